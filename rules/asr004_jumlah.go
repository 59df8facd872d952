package rules

import (
	"lkjip/reconcile"
	wb "lkjip/reconcile/workbook"
)

// ASR004 checks Anggaran Sasaran against the budget (spec: "Anggaran Sasaran pagu and
// realisasi sums reconcile with Realisasi Anggaran"), and its own Jumlah row where it has one.
var ASR004 = &reconcile.Rule{
	ID:       "ASR004",
	Severity: reconcile.Error,
	Scope:    reconcile.ScopeWorkbook,
	Title:    reconcile.Text{ID: "Anggaran per sasaran tidak sama dengan Realisasi Anggaran", EN: "Budget per sasaran does not reconcile with Realisasi Anggaran"},
	Doc: reconcile.Text{
		ID: `Jumlah Pagu dan Realisasi semua sasaran di Anggaran Sasaran harus sama dengan Jumlah Anggaran dan Realisasi di Realisasi Anggaran: anggaran dibagi habis ke sasaran. Bila tabel punya baris Jumlah, baris itu juga harus sama dengan jumlah barisnya. Temuan menunjuk sel Jumlah (atau, tanpa baris Jumlah, judul kolomnya).

Contoh (Kragan 2021):
    Anggaran Sasaran: Pagu 340.500.000 + 10.000.000 + 7.500.000 + 215.512.000 = 573.512.000; pagu 2.739.149.000
    ASR004: jumlah Pagu Anggaran Sasaran seharusnya 2.739.149.000 (Realisasi Anggaran!C25), menjadi 573.512.000.`,
		EN: `The Pagu and Realisasi of all sasaran in Anggaran Sasaran must add up to the Jumlah Anggaran and Realisasi of Realisasi Anggaran: the budget is divided among the sasaran. Where the table has a Jumlah row, it must also equal the sum of its rows. The finding names the Jumlah cell (or, without a Jumlah row, the column's label).

Example (Kragan 2021):
    Anggaran Sasaran: Pagu 340,500,000 + 10,000,000 + 7,500,000 + 215,512,000 = 573,512,000; pagu 2,739,149,000
    ASR004: the Anggaran Sasaran Pagu should add up to 2,739,149,000 (Realisasi Anggaran!C25), it adds up to 573,512,000.`,
	},
	Run: func(p *reconcile.Pass) {
		bt, haveBudget := budgetTotals(p.Workbook)
		for _, t := range budgetPerSasaranTables(p.Workbook) {
			for _, pair := range []struct {
				role   wb.Role
				budget reconcile.Expr
				from   *wb.Cell
			}{{wb.RolePagu, bt.exprA, bt.cellA}, {wb.RoleRealisasi, bt.exprR, bt.cellR}} {
				col := t.Column(pair.role)
				if col == nil {
					continue
				}
				cells := make([]*wb.Cell, len(t.Rows))
				for i, r := range t.Rows {
					cells[i] = r.At(col)
				}
				sum := reconcile.Sum(cells...)
				if len(sum.Terms) == 0 {
					continue
				}
				if t.Total != nil && t.Total.At(col).IsFigure() {
					total := t.Total.At(col)
					p.Relate(reconcile.Relation{Kind: reconcile.Equals, Out: total, Num: sum, Sum: true,
						Says: func(e, a reconcile.Fig) reconcile.Text {
							return reconcile.Msg("Jumlah %s Anggaran Sasaran seharusnya %s (jumlah barisnya), tertulis %s.", "The Anggaran Sasaran Jumlah %s should be %s (the sum of its rows), it says %s.", col.Label, e, a)
						}})
					if haveBudget {
						// Two totals summed apart, per sasaran and per program: where both add
						// up, their difference is a finding of its own, not a cell to change.
						p.Relate(reconcile.Relation{Kind: reconcile.Equals, Out: total, Num: pair.budget, Sum: true,
							Says: func(e, a reconcile.Fig) reconcile.Text {
								return reconcile.Msg("Jumlah %s Anggaran Sasaran seharusnya %s (%s), tertulis %s.", "The Anggaran Sasaran Jumlah %s should be %s (%s), it says %s.", col.Label, e, bt.where(pair.from), a)
							}})
					}
					continue
				}
				if !haveBudget {
					continue
				}
				p.Relate(reconcile.Relation{Kind: reconcile.Equals, Lhs: sum, Num: pair.budget, At: col.Header, Sum: true,
					Name: reconcile.Msg("Jumlah %s Anggaran Sasaran", "The Anggaran Sasaran %s", col.Label),
					Says: func(e, a reconcile.Fig) reconcile.Text {
						return reconcile.Msg("Jumlah %s Anggaran Sasaran seharusnya %s (%s), menjadi %s.", "The Anggaran Sasaran %s should add up to %s (%s), it adds up to %s.",
							col.Label, e, bt.where(pair.from), a)
					}})
			}
		}
	},
}
