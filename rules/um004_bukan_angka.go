package rules

import (
	"regexp"

	"lkjip/reconcile"
	wb "lkjip/reconcile/workbook"
)

// inMiliar reports whether a cell's text is an amount in miliar ("2,50 M").
func inMiliar(c *wb.Cell) bool { return reMiliar.MatchString(c.Text) }

var reMiliar = regexp.MustCompile(`^\s*(?:Rp\.?\s*)?-?[0-9][0-9.,]*\s*M\s*$`)

// UM004 reports text where a figure belongs (spec, "Reading rules": numbers may be typed as
// text in Indonesian notation; what cannot be read as a number is a finding).
var UM004 = &reconcile.Rule{
	ID:       "UM004",
	Severity: reconcile.Error,
	Scope:    reconcile.ScopeCell,
	Title:    reconcile.Text{ID: "Teks di kolom angka", EN: "Text in a figure column"},
	Doc: reconcile.Text{
		ID: `Kolom angka (Anggaran, Realisasi, %, Target, jumlah...) boleh berisi angka atau teks bernotasi Indonesia (2.739.149.000; 98,32; Rp. 340.500.000,-; (1.500.000); 95 %; - untuk kosong). Teks lain tidak dapat dibaca sebagai angka, sehingga angka turunannya tidak dapat diperiksa. Target berupa rentang (60 - 70) atau angka bersatuan (7 nilai) diterima, tetapi jumlah uang tidak bersatuan: di kolom Anggaran yang juga memuat rupiah, "2,50 M" (miliar) adalah temuan; n/a dan "tidak ada data" adalah peringatan UM018. Temuan menunjuk sel itu.

Contoh:
    Realisasi "sembilan juta"
    UM004: "sembilan juta" di kolom Realisasi bukan angka.`,
		EN: `Figure columns (Anggaran, Realisasi, %, Target, counts...) hold numbers or text in Indonesian notation (2.739.149.000; 98,32; Rp. 340.500.000,-; (1.500.000); 95 %; - for none). Other text cannot be read as a number, so the figures derived from it cannot be checked. A target range (60 - 70) or a number with a unit (7 nilai) is accepted, but an amount has no unit: in an Anggaran column that also holds rupiah, "2,50 M" (miliar) is a finding; n/a and "tidak ada data" are UM018 warnings. The finding names the cell.

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
					amount := t.Kind == wb.RealisasiAnggaran && (col.Role == wb.RoleAnggaran || col.Role == wb.RoleRealisasi || col.Role == wb.RoleSelisih)
					if _, _, ok := quantity(c); ok && !amount {
						continue // a count with its unit; an amount has none
					}
					if amount && inMiliar(c) {
						// The layout reads miliar only where the column holds no rupiah.
						p.Report(c, reconcile.Msg("%q di kolom %s ditulis dalam miliar, sedangkan angka lain di kolom itu dalam rupiah: satukan satuannya agar dapat dijumlahkan.",
							"%q in the %s column is written in miliar while other amounts of the column are in rupiah: write them in one unit so that they can be added.", c.String(), col.Label), "", c.String())
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
