package rules

import (
	"lkjip/reconcile"
	"lkjip/reconcile/formula"
	wb "lkjip/reconcile/workbook"
)

// UM007 recomputes every formula exactly and compares the result with the value the file
// stores for it (spec, "Reading rules": a stale cached value is a finding). A stale value is
// what the printed report shows while the formula says otherwise: inputs changed after the
// last recalculation, or the value was typed over.
var UM007 = &reconcile.Rule{
	ID:       "UM007",
	Severity: reconcile.Error,
	Scope:    reconcile.ScopeCell,
	Title:    reconcile.Text{ID: "Nilai tersimpan rumus tidak sesuai rumusnya", EN: "A formula's cached value does not match the formula"},
	Doc: reconcile.Text{
		ID: `lkjip menghitung ulang setiap rumus secara eksak dari sel-sel yang dirujuknya dan membandingkan hasilnya dengan nilai yang tersimpan di berkas, pada desimal yang ditampilkan sel. Bila berbeda, angka di laporan sudah usang: masukannya berubah setelah perhitungan terakhir. Rumus dengan fungsi yang tidak didukung dilewati. Temuan menunjuk sel berumus.

Contoh:
    F12 = E12/D12*100, tersimpan 98,82; E12 495.416.225, D12 503.858.200
    UM007: rumus =E12/D12*100 menghasilkan 98,32, tersimpan 98,82; hitung ulang dan simpan.`,
		EN: `lkjip recomputes every formula exactly from the cells it refers to and compares the result with the value the file stores, at the decimals the cell shows. Where they differ, the figure in the report is stale: its inputs changed after the last recalculation. Formulas with unsupported functions are skipped. The finding names the formula cell.

Example:
    F12 = E12/D12*100, stored 98.82; E12 495,416,225, D12 503,858,200
    UM007: the formula =E12/D12*100 gives 98.32, the file stores 98.82; recalculate and save.`,
	},
	Run: func(p *reconcile.Pass) {
		for _, sh := range p.Workbook.Sheets {
			res := cellResolver{w: p.Workbook, sheet: sh}
			for _, row := range sh.Rows {
				for _, c := range row.Cells {
					if c == nil || c.Formula == "" || !c.HasCache || c.Kind != wb.Number || c.Date {
						continue
					}
					v, err := formula.Eval(c.Formula, res)
					if err != nil || v.Kind != formula.Number {
						continue // unsupported, or a text or error result: nothing exact to compare
					}
					exact := v.Num
					if c.Percent {
						exact = exact.Shift(2)
					}
					p.CheckFigure(c, exact, func(e, a reconcile.Fig) reconcile.Text {
						return reconcile.Msg("Rumus =%s menghasilkan %s, tetapi nilai tersimpannya %s: angka di laporan usang. Hitung ulang dan simpan berkas.",
							"The formula =%s gives %s, but its stored value is %s: the figure in the report is stale. Recalculate and save the file.", c.Formula, e, a)
					})
				}
			}
		}
	},
}
