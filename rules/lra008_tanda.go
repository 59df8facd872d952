package rules

import (
	"lkjip/reconcile"
	wb "lkjip/reconcile/workbook"
)

// LRA008 flags a row whose Selisih follows the other sign convention than its table (spec:
// "take the convention the table's own rows follow, and flag the rows that break it").
var LRA008 = &reconcile.Rule{
	ID:       "LRA008",
	Severity: reconcile.Error,
	Scope:    reconcile.ScopeTable,
	Title:    reconcile.Text{ID: "Tanda Selisih berlawanan dengan konvensi tabel", EN: "Selisih sign against the table's convention"},
	Doc: reconcile.Text{
		ID: `Sebuah tabel menulis Selisih sebagai Anggaran - Realisasi atau sebagai Realisasi - Anggaran; konvensi yang diikuti mayoritas barisnya yang berlaku. Baris yang Selisihnya sama besar tetapi bertanda kebalikan dilaporkan di sel Selisihnya.

Contoh (tabel dengan Selisih = Anggaran - Realisasi):
    Anggaran 10.000.000 | Realisasi 9.000.000 | Selisih -1.000.000
    LRA008: Selisih seharusnya 1.000.000 menurut konvensi tabel (Anggaran - Realisasi), tertulis -1.000.000.`,
		EN: `A table writes Selisih either as Anggaran - Realisasi or as Realisasi - Anggaran; the convention most of its rows follow applies. A row whose Selisih has the right size but the opposite sign is reported at its Selisih cell.

Example (a table with Selisih = Anggaran - Realisasi):
    Anggaran 10,000,000 | Realisasi 9,000,000 | Selisih -1,000,000
    LRA008: Selisih should be 1,000,000 under the table's convention (Anggaran - Realisasi), it says -1,000,000.`,
	},
	Run: func(p *reconcile.Pass) {
		for _, t := range budgetTables(p.Workbook) {
			if !t.Has(wb.RoleSelisih, wb.RoleAnggaran, wb.RoleRealisasi) {
				continue
			}
			sign := selisihSign(t)
			conv := reconcile.Text{ID: "Anggaran - Realisasi", EN: "Anggaran - Realisasi"}
			if sign < 0 {
				conv = reconcile.Text{ID: "Realisasi - Anggaran", EN: "Realisasi - Anggaran"}
			}
			for _, r := range t.AllRows() {
				s := r.Cell(wb.RoleSelisih)
				if !s.IsFigure() || !hasAmounts(r) {
					continue
				}
				want := expectedSelisih(r, sign)
				if want.IsZero() || !s.Num.Equal(want.Neg()) {
					continue
				}
				p.Relate(reconcile.Relation{Kind: reconcile.Equals, Out: s, Num: selisihOf(r, sign),
					Says: func(e, a reconcile.Fig) reconcile.Text {
						return reconcile.Msg("Selisih %q seharusnya %s menurut konvensi tabel (%s), tertulis %s.",
							"Selisih of %q should be %s under the table's convention (%s), it says %s.", r.Label(), e, conv, a)
					}})
			}
		}
	},
}
