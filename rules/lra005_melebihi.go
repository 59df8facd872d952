package rules

import (
	"lkjip/reconcile"
	wb "lkjip/reconcile/workbook"
)

// LRA005 flags a realisation above its budget (spec, "Realisasi Anggaran"): spending beyond
// the pagu is not allowed under the regional finance rules (PP 12/2019), so a figure that says
// so is either a typing error or a fact an auditor must see. Income is not spending: a
// Pendapatan row above its anggaran has collected more than planned, which is normal (spec:
// "a table of income ... is judged as income"), and is not judged here.
var LRA005 = &reconcile.Rule{
	ID:       "LRA005",
	Severity: reconcile.Error,
	Scope:    reconcile.ScopeRow,
	Title:    reconcile.Text{ID: "Realisasi melebihi Anggaran", EN: "Realisasi exceeds Anggaran"},
	Doc: reconcile.Text{
		ID: `Realisasi sebuah baris tidak boleh melebihi Anggarannya: belanja di atas pagu tidak diperbolehkan (PP 12/2019). Pendapatan tidak termasuk: tabel pendapatan (judulnya menyebut Pendapatan atau Lain-lain PAD yang Sah, bukan Belanja) dan baris di bawah induk berlabel Pendapatan boleh melampaui anggarannya, karena anggaran pendapatan adalah target, bukan batas. Temuan menunjuk sel Realisasi.

Contoh:
    Anggaran 10.000.000 | Realisasi 10.500.000
    LRA005: Realisasi 10.500.000 melebihi Anggaran 10.000.000.
    Pendapatan Asli Daerah: Anggaran 10.000.000 | Realisasi 10.500.000
    (bukan temuan: pendapatan melampaui targetnya)`,
		EN: `A row's Realisasi must not exceed its Anggaran: spending above the budget ceiling is not allowed (PP 12/2019). Income is exempt: an income table (its title names Pendapatan or Lain-lain PAD yang Sah, not Belanja) and the rows under a parent labelled Pendapatan may exceed their anggaran, which for income is a target, not a ceiling. The finding names the Realisasi cell.

Example:
    Anggaran 10,000,000 | Realisasi 10,500,000
    LRA005: Realisasi 10,500,000 exceeds Anggaran 10,000,000.
    Pendapatan Asli Daerah: Anggaran 10,000,000 | Realisasi 10,500,000
    (no finding: income above its target)`,
	},
	Run: func(p *reconcile.Pass) {
		for _, t := range budgetTables(p.Workbook) {
			for _, r := range t.AllRows() {
				a, re := r.Cell(wb.RoleAnggaran), r.Cell(wb.RoleRealisasi)
				if !a.IsFigure() || !re.IsFigure() || isIncome(r) {
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
