package rules

import (
	"lkjip/reconcile"
	wb "lkjip/reconcile/workbook"
)

// UM004 reports text where a figure belongs (spec, "Reading rules": numbers may be typed as
// text in Indonesian notation; what cannot be read as a number is a finding).
var UM004 = &reconcile.Rule{
	ID:       "UM004",
	Severity: reconcile.Error,
	Scope:    reconcile.ScopeCell,
	Title:    reconcile.Text{ID: "Teks di kolom angka", EN: "Text in a figure column"},
	Doc: reconcile.Text{
		ID: `Kolom angka (Anggaran, Realisasi, %, Target, jumlah...) boleh berisi angka atau teks bernotasi Indonesia (2.739.149.000; 98,32; Rp. 340.500.000,-; (1.500.000); 95 %; - untuk kosong). Teks lain tidak dapat dibaca sebagai angka, sehingga angka turunannya tidak dapat diperiksa. Target berupa rentang (60 - 70) atau angka bersatuan (7 nilai) diterima; n/a dan "tidak ada data" adalah peringatan UM018. Temuan menunjuk sel itu.

Contoh:
    Realisasi "sembilan juta"
    UM004: "sembilan juta" di kolom Realisasi bukan angka.`,
		EN: `Figure columns (Anggaran, Realisasi, %, Target, counts...) hold numbers or text in Indonesian notation (2.739.149.000; 98,32; Rp. 340.500.000,-; (1.500.000); 95 %; - for none). Other text cannot be read as a number, so the figures derived from it cannot be checked. A target range (60 - 70) or a number with a unit (7 nilai) is accepted; n/a and "tidak ada data" are UM018 warnings. The finding names the cell.

Example:
    Realisasi "sembilan juta"
    UM004: "sembilan juta" in the Realisasi column is not a number.`,
	},
	Run: func(p *reconcile.Pass) {
		for _, t := range p.Workbook.Tables {
			for _, r := range t.AllRows() {
				for _, col := range t.Columns {
					if !col.Figure {
						continue
					}
					c := r.At(col)
					if c.Kind != wb.Text || c.None || c.String() == "" || (r.IsTotal && !c.IsFigure() && isTotalWord(c)) || notAvailable(c) {
						continue // "n/a" is no typing mistake: UM018 warns about it
					}
					if _, _, ok := targetRange(c); ok {
						continue
					}
					if _, _, ok := quantity(c); ok {
						continue
					}
					p.Report(c, reconcile.Msg("%q di kolom %s bukan angka.", "%q in the %s column is not a number.", c.String(), col.Label), "", c.String())
				}
			}
		}
	},
}

// isTotalWord reports whether a cell says Jumlah or Total (a Jumlah row's label may sit in a
// figure column).
func isTotalWord(c *wb.Cell) bool {
	switch normText(c.String()) {
	case "jumlah", "total", "jumlah total":
		return true
	}
	return false
}
