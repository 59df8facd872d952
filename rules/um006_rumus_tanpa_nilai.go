package rules

import (
	"lkjip/reconcile"
)

// UM006 reports a formula cell saved without its cached value (spec, "Reading rules": a
// missing cached value is a finding). Files written by some tools, or by scripts, carry the
// formula only; what the printed report showed cannot be known, so the figure is not checked.
var UM006 = &reconcile.Rule{
	ID:       "UM006",
	Severity: reconcile.Warning,
	Scope:    reconcile.ScopeCell,
	Title:    reconcile.Text{ID: "Rumus tanpa nilai tersimpan", EN: "Formula without a cached value"},
	Doc: reconcile.Text{
		ID: `Sel berumus menyimpan hasil terakhirnya di dalam berkas. Sel ini hanya menyimpan rumusnya (berkas dibuat oleh program lain atau belum pernah dihitung ulang), sehingga angka yang tampil di laporan tidak diketahui dan tidak dapat diperiksa. Buka berkas di Excel atau LibreOffice, hitung ulang, lalu simpan. Temuan menunjuk sel itu.

Contoh:
    F12 = E12/D12*100, tanpa nilai tersimpan
    UM006: rumus =E12/D12*100 tidak menyimpan nilai; buka dan simpan ulang di Excel.`,
		EN: `A formula cell stores its last result in the file. This cell stores only its formula (the file was written by another program or never recalculated), so the figure the report shows is unknown and cannot be checked. Open the file in Excel or LibreOffice, recalculate, and save it. The finding names the cell.

Example:
    F12 = E12/D12*100, with no cached value
    UM006: the formula =E12/D12*100 stores no value; open and save the file again in Excel.`,
	},
	Run: func(p *reconcile.Pass) {
		for _, sh := range p.Workbook.Sheets {
			for _, row := range sh.Rows {
				for _, c := range row.Cells {
					if c == nil || c.Formula() == "" || c.HasCache {
						continue
					}
					p.Report(c, reconcile.Msg("Rumus =%s tidak menyimpan nilai; angkanya tidak dapat diperiksa. Buka, hitung ulang, dan simpan ulang berkas di Excel atau LibreOffice.",
						"The formula =%s stores no value; its figure cannot be checked. Open, recalculate and save the file again in Excel or LibreOffice.", c.Formula()), "", "")
				}
			}
		}
	},
}
