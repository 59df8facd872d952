package rules

import (
	"errors"
	"strconv"

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
		budget := &formula.Budget{Left: recomputeBudget}
		var first *wb.Cell // the first formula not recomputed
		skipped := 0
		held := map[*wb.Sheet][][]*wb.Cell{}
		for _, sh := range p.Workbook.Sheets {
			res := cellResolver{w: p.Workbook, sheet: sh, held: held}
			for _, row := range sh.Rows {
				for _, c := range row.Cells {
					if c == nil || c.Formula() == "" || !c.HasCache || c.Kind != wb.Number || c.Date {
						continue
					}
					// Each formula costs its text too (parsing it), so that many formulas that
					// read nothing are bounded as well.
					v, err := formula.Value{}, formula.ErrBudget
					if budget.Spend(1 + int64(len(c.Formula()))/16) {
						var n formula.Node
						if n, err = formula.Parse(c.Formula()); err == nil {
							v, err = formula.EvalNodeWithin(n, res, budget)
						}
					}
					if errors.Is(err, formula.ErrBudget) {
						if skipped++; first == nil {
							first = c
						}
						continue
					}
					if err != nil || v.Kind != formula.Number {
						continue // unsupported, or a text or error result: nothing exact to compare
					}
					exact := v.Num
					if c.Percent {
						exact = exact.Shift(2)
					}
					p.CheckFigure(c, exact, func(e, a reconcile.Fig) reconcile.Text {
						return reconcile.Msg("Rumus =%s menghasilkan %s, tetapi nilai tersimpannya %s: angka di laporan usang. Hitung ulang dan simpan berkas.",
							"The formula =%s gives %s, but its stored value is %s: the figure in the report is stale. Recalculate and save the file.", c.Formula(), e, a)
					})
				}
			}
		}
		if skipped > 0 {
			p.ReportFor(UM021, first, reconcile.Msg(
				"%d rumus, mulai dari sel ini, tidak dihitung ulang: pemeriksaan rumus satu berkas dibatasi %d sel dibaca, dan batas itu habis di sini. Nilai tersimpan rumus-rumus itu tidak diperiksa (UM007); hitung ulang buku kerja di Excel (Ctrl+Alt+F9) sebelum ditandatangani.",
				"%d formulas, from this cell on, were not recomputed: checking the formulas of one file is bounded to %d cells read, and the bound was reached here. Their stored values were not checked (UM007); recalculate the workbook in Excel (Ctrl+Alt+F9) before it is signed.",
				skipped, recomputeBudget), "", strconv.Itoa(skipped))
		}
	},
}

// recomputeBudget bounds what UM007 reads to recompute the formulas of one file: cells read,
// rows and cells a range walk passes, and the formulas' text by 16 characters. A real
// workbook needs far less: a 100,000-row budget sheet whose Selisih and % are formulas and
// whose parents sum their children reads about 1,000,000. Beyond it, a file built to cost
// (20,000 formulas each summing 20,000 cells would read 400 million) is checked in seconds
// and told, once, how many formulas were left (UM021).
const recomputeBudget = 5_000_000

// UM021 says, once, that UM007 stopped recomputing the formulas of a file when its budget was
// spent, at the first formula left and with how many were left: a check that went unmade is
// never silent. UM007's run reports it.
var UM021 = &reconcile.Rule{
	ID:       "UM021",
	Severity: reconcile.Info,
	Scope:    reconcile.ScopeCell,
	Title:    reconcile.Text{ID: "Rumus tidak dihitung ulang: batas pemeriksaan tercapai", EN: "Formulas not recomputed: the checking bound was reached"},
	Doc: reconcile.Text{
		ID: `UM007 menghitung ulang rumus satu berkas sampai batas 5.000.000 sel dibaca (baris dan sel yang dilewati rentang, dan panjang teks rumus, ikut dihitung). Buku kerja yang wajar jauh di bawahnya; berkas yang rumusnya menjumlah rentang sangat lebar berulang-ulang dapat melampauinya. Rumus sisanya tidak dihitung ulang dan nilai tersimpannya tidak diperiksa; catatan ini muncul sekali, di rumus pertama yang tidak dihitung, dengan jumlahnya.

Contoh:
    20.000 sel berisi =SUM(Y1000:AA20999), masing-masing membaca 20.000 sel
    UM021 di Z1124: 19.877 rumus, mulai dari sel ini, tidak dihitung ulang.`,
		EN: `UM007 recomputes the formulas of one file up to a bound of 5,000,000 cells read (the rows and cells a range passes, and the length of the formulas' text, count too). A sound workbook stays far below it; a file whose formulas sum very wide ranges over and over can reach it. The remaining formulas are not recomputed and their stored values not checked; this note says so once, at the first formula not recomputed, with how many.

Example:
    20,000 cells holding =SUM(Y1000:AA20999), each reading 20,000 cells
    UM021 at Z1124: 19,877 formulas, from this cell on, were not recomputed.`,
	},
}
