package rules

import (
	"lkjip/reconcile"
	wb "lkjip/reconcile/workbook"
)

// LRA005 flags a realisation above its budget (spec, "Realisasi Anggaran"): spending beyond
// the pagu is not allowed under the regional finance rules (PP 12/2019), so a figure that says
// so is either a typing error or a fact an auditor must see.
var LRA005 = &reconcile.Rule{
	ID:       "LRA005",
	Severity: reconcile.Error,
	Scope:    reconcile.ScopeRow,
	Title:    reconcile.Text{ID: "Realisasi melebihi Anggaran", EN: "Realisasi exceeds Anggaran"},
	Doc: reconcile.Text{
		ID: `Realisasi sebuah baris tidak boleh melebihi Anggarannya: belanja di atas pagu tidak diperbolehkan (PP 12/2019). Temuan menunjuk sel Realisasi.

Contoh:
    Anggaran 10.000.000 | Realisasi 10.500.000
    LRA005: Realisasi 10.500.000 melebihi Anggaran 10.000.000.`,
		EN: `A row's Realisasi must not exceed its Anggaran: spending above the budget ceiling is not allowed (PP 12/2019). The finding names the Realisasi cell.

Example:
    Anggaran 10,000,000 | Realisasi 10,500,000
    LRA005: Realisasi 10,500,000 exceeds Anggaran 10,000,000.`,
	},
	Run: func(p *reconcile.Pass) {
		for _, t := range budgetTables(p.Workbook) {
			for _, r := range t.AllRows() {
				a, re := r.Cell(wb.RoleAnggaran), r.Cell(wb.RoleRealisasi)
				if !a.IsFigure() || !re.IsFigure() {
					continue
				}
				p.Relate(reconcile.Relation{Kind: reconcile.AtMost, Out: re, Num: reconcile.Of(a),
					Says: func(bound, got reconcile.Fig) reconcile.Text {
						return reconcile.Msg("Realisasi %q (%s) melebihi Anggaran %s.", "Realisasi of %q (%s) exceeds Anggaran %s.",
							r.Label(), got, bound)
					}})
			}
		}
	},
}
