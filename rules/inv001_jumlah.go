package rules

import (
	"lkjip/reconcile"
	"lkjip/reconcile/number"
	wb "lkjip/reconcile/workbook"
)

// INV001 checks that an Inventaris Jumlah is a whole number >= 0 (spec, "Inventaris").
var INV001 = &reconcile.Rule{
	ID:       "INV001",
	Severity: reconcile.Error,
	Scope:    reconcile.ScopeCell,
	Title:    reconcile.Text{ID: "Jumlah barang bukan bilangan bulat tidak negatif", EN: "An item count is not a whole number >= 0"},
	Doc: reconcile.Text{
		ID: `Kolom Jumlah daftar Inventaris menghitung barang: angkanya harus bilangan bulat dan tidak negatif (spesifikasi, bagian Inventaris). Angka dibaca pada jumlah desimal yang ditampilkannya; angka bersatuan seperti "2 unit" dibaca 2; "-" atau kosong berarti tidak ada. Baris Jumlah (bila ada) hanya diperiksa bila semua barisnya benar, agar satu kesalahan menjadi satu temuan. Temuan menunjuk sel Jumlah, tanpa nilai seharusnya (tidak ada satu nilai pasti).

Contoh:
    Lap Top | Jumlah 1,5 | Baik
    INV001: Jumlah "Lap Top" adalah 1,5: bukan bilangan bulat.`,
		EN: `The Jumlah column of an Inventaris list counts items: its figures must be whole numbers and not negative (spec, section Inventaris). A figure is read at the decimals it shows; a number with a unit such as "2 unit" reads 2; "-" or blank means none. A Jumlah row (where there is one) is checked only when all its rows are right, so that one mistake gives one finding. The finding names the Jumlah cell, with no expected value (there is no single right one).

Example:
    Lap Top | Jumlah 1.5 | Baik
    INV001: the Jumlah of "Lap Top" is 1.5: not a whole number.`,
	},
	Run: func(p *reconcile.Pass) {
		for _, t := range p.Workbook.TablesOf(wb.Inventaris) {
			if t.Column(wb.RoleJumlah) == nil {
				continue
			}
			bad := false
			for _, r := range t.AllRows() {
				if r.IsTotal && bad {
					continue
				}
				c := r.Cell(wb.RoleJumlah)
				v, ok := figureOf(c)
				if !ok {
					continue // "-", blank, or text that is no figure (UM004)
				}
				p.Checked(c)
				if c.IsFigure() {
					v = number.Round(v, int(c.Decimals))
				}
				if v.IsInteger() && !v.IsNegative() {
					continue
				}
				bad = true
				what := reconcile.Text{ID: "bukan bilangan bulat", EN: "not a whole number"}
				if v.IsNegative() {
					what = reconcile.Text{ID: "negatif", EN: "negative"}
				}
				var shown any = c.String()
				if c.IsFigure() {
					shown = reconcile.Fig{Value: c.Num, Places: int(c.Decimals)}
				}
				p.Report(c, reconcile.Msg("Jumlah %q adalah %s: %s.", "The Jumlah of %q is %s: %s.", r.Label(), shown, what),
					"", reconcile.Actual(c))
			}
		}
	},
}
