package rules

import (
	"lkjip/reconcile"
	wb "lkjip/reconcile/workbook"
)

// PGW005 checks that Pegawai counts are whole numbers, never negative (spec, "Pegawai").
var PGW005 = &reconcile.Rule{
	ID:       "PGW005",
	Severity: reconcile.Error,
	Scope:    reconcile.ScopeCell,
	Title:    reconcile.Text{ID: "Jumlah pegawai bukan bilangan bulat tidak negatif", EN: "A staff count is not a whole number >= 0"},
	Doc: reconcile.Text{
		ID: `Kolom-kolom tabel Pegawai menghitung orang: setiap angka harus bilangan bulat dan tidak negatif (spesifikasi, bagian Pegawai). Angka dibaca pada jumlah desimal yang ditampilkannya. "-" dan sel kosong berarti nol. Baris Jumlah tidak diperiksa di sini: bila rinciannya benar, Jumlah yang pecahan atau negatif pasti berbeda dari jumlah kolomnya dan dilaporkan PGW004; bila rinciannya salah, temuan ada di rincian itu. Temuan menunjuk sel itu, tanpa nilai seharusnya (tidak ada satu nilai pasti).

Contoh:
    Jenis Kelamin Pr 1,5
    PGW005: jumlah pegawai Pr "Kasi" adalah 1,5: bukan bilangan bulat.`,
		EN: `The columns of a Pegawai table count people: every figure must be a whole number and not negative (spec, section Pegawai). A figure is read at the decimals it shows. "-" and blank mean zero. The Jumlah row is not checked here: where the rows above are right, a fractional or negative Jumlah differs from its column's sum and PGW004 reports it; where they are wrong, the finding is at that row. The finding names the cell, with no expected value (there is no single right one).

Example:
    Jenis Kelamin Pr 1.5
    PGW005: the Pr count of "Kasi" is 1.5: not a whole number.`,
	},
	Run: func(p *reconcile.Pass) {
		for _, t := range pgwTables(p.Workbook) {
			for _, r := range t.Rows {
				for _, col := range t.Columns {
					if col.Role != wb.RoleCount {
						continue
					}
					c := r.At(col)
					if !c.IsFigure() || pgwWholeNonNegative(c) {
						continue
					}
					what := reconcile.Text{ID: "bukan bilangan bulat", EN: "not a whole number"}
					if c.Num.IsNegative() {
						what = reconcile.Text{ID: "negatif", EN: "negative"}
					}
					p.Report(c, reconcile.Msg("Jumlah pegawai %s %q adalah %s: %s.", "The %s count of %q is %s: %s.",
						col.Label, r.Label(), reconcile.Fig{Value: c.Num, Places: int(c.Decimals)}, what), "", reconcile.Actual(c))
				}
			}
		}
	},
}
