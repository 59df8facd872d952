package rules

import (
	"lkjip/reconcile"
	wb "lkjip/reconcile/workbook"
)

// LRA006 flags a negative budget or realisation (spec, "Realisasi Anggaran").
var LRA006 = &reconcile.Rule{
	ID:       "LRA006",
	Severity: reconcile.Error,
	Scope:    reconcile.ScopeCell,
	Title:    reconcile.Text{ID: "Anggaran atau Realisasi bernilai negatif", EN: "Negative Anggaran or Realisasi"},
	Doc: reconcile.Text{
		ID: `Anggaran dan Realisasi tidak pernah negatif. Angka negatif, termasuk yang ditulis dalam kurung seperti (1.500.000), hampir selalu salah ketik atau salinan dari kolom Selisih. Pembiayaan netto (penerimaan dikurangi pengeluaran) boleh negatif. Temuan menunjuk sel itu.

Contoh:
    Realisasi (1.500.000)
    LRA006: Realisasi bernilai negatif: -1.500.000.`,
		EN: `Anggaran and Realisasi are never negative. A negative figure, including one written in brackets such as (1.500.000), is almost always a typing error or a copy from the Selisih column. A netto Pembiayaan (receipts less expenditure) may be negative. The finding names that cell.

Example:
    Realisasi (1.500.000)
    LRA006: Realisasi is negative: -1,500,000.`,
	},
	Run: func(p *reconcile.Pass) {
		for _, t := range budgetTables(p.Workbook) {
			for _, r := range t.AllRows() {
				if nettoParent(r) {
					continue // penerimaan − pengeluaran: below zero when more is spent than received
				}
				for _, role := range []wb.Role{wb.RoleAnggaran, wb.RoleRealisasi} {
					c := r.Cell(role)
					if c == nil || !c.IsFigure() {
						continue
					}
					col := t.Column(role).Label
					p.Relate(reconcile.Relation{Kind: reconcile.AtLeast, Out: c,
						Says: func(_, got reconcile.Fig) reconcile.Text {
							return reconcile.Msg("%s %q bernilai negatif: %s.", "%s of %q is negative: %s.", col, r.Label(), got)
						}})
				}
			}
		}
	},
}
