package rules

import (
	"lkjip/reconcile"
	"lkjip/reconcile/layout"
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
		ID: `Realisasi sebuah baris tidak boleh melebihi Anggarannya: belanja di atas pagu tidak diperbolehkan (PP 12/2019). Pendapatan tidak termasuk: tabel pendapatan (judulnya menyebut Pendapatan atau Lain-lain PAD yang Sah, bukan Belanja) dan baris di bawah induk berlabel Pendapatan boleh melampaui anggarannya, karena anggaran pendapatan adalah target, bukan batas. Begitu pula Penerimaan Pembiayaan (SiLPA, pinjaman yang diterima) dan Pembiayaan netto. Melebihi anggaran adalah fakta yang dilaporkan apa adanya: lkjip tidak menyarankan angka lain hanya karena itu. Temuan menunjuk sel Realisasi. Baris yang hanya menuliskan % (tanpa Anggaran dan Realisasi, juga di rinciannya) dinilai dari %-nya: di atas 100 berarti realisasi melebihi anggaran, dan temuan menunjuk sel %.

Contoh:
    Anggaran 10.000.000 | Realisasi 10.500.000
    LRA005: Realisasi 10.500.000 melebihi Anggaran 10.000.000.
    Pendapatan Asli Daerah: Anggaran 10.000.000 | Realisasi 10.500.000
    (bukan temuan: pendapatan melampaui targetnya)
    Program Pengembangan Kebudayaan: Anggaran - | Realisasi - | % 180
    LRA005: % "Program Pengembangan Kebudayaan" (180) berarti Realisasi melebihi Anggaran (di atas 100 %).`,
		EN: `A row's Realisasi must not exceed its Anggaran: spending above the budget ceiling is not allowed (PP 12/2019). Income is exempt: an income table (its title names Pendapatan or Lain-lain PAD yang Sah, not Belanja) and the rows under a parent labelled Pendapatan may exceed their anggaran, which for income is a target, not a ceiling. So are Penerimaan Pembiayaan (SiLPA, a loan received) and a netto Pembiayaan. Exceeding the anggaran is a fact reported as it stands: lkjip suggests no other figure for that alone. The finding names the Realisasi cell. A row that shows only its % (no Anggaran or Realisasi, nor any under it) is judged by its %: above 100, realisasi exceeds anggaran, and the finding names the % cell.

Example:
    Anggaran 10,000,000 | Realisasi 10,500,000
    LRA005: Realisasi 10,500,000 exceeds Anggaran 10,000,000.
    Pendapatan Asli Daerah: Anggaran 10,000,000 | Realisasi 10,500,000
    (no finding: income above its target)
    Program Pengembangan Kebudayaan: Anggaran - | Realisasi - | % 180
    LRA005: % of "Program Pengembangan Kebudayaan" (180) says Realisasi exceeds Anggaran (above 100 %).`,
	},
	Run: func(p *reconcile.Pass) {
		for _, t := range budgetTables(p.Workbook) {
			// Income is a target to reach, not a ceiling (spec, "Realisasi Anggaran": "a table
			// of income, its title or its rows under Pendapatan, is judged as income"): the
			// layout tells it from the table's title and the rows' labels.
			income := layout.Incomes(t)
			for _, r := range t.AllRows() {
				a, re := r.Cell(wb.RoleAnggaran), r.Cell(wb.RoleRealisasi)
				if income(r) || nettoParent(r) {
					continue // a target to reach, or a netto (penerimaan − pengeluaran): no ceiling
				}
				if pc := r.Cell(wb.RolePersen); pc.IsFigure() && noAmounts(r) {
					// A row that shows only its %: above 100, it says the same. (Amounts
					// written but not read, "2.325,32 M", are no such row: UM004 names them.)
					p.Relate(reconcile.Relation{Kind: reconcile.AtMost, Out: pc, Num: reconcile.Constant(hundred),
						Says: func(bound, got reconcile.Fig) reconcile.Text {
							return reconcile.Msg("%% %q (%s) berarti Realisasi melebihi Anggaran (di atas %s %%).", "%% of %q (%s) says Realisasi exceeds Anggaran (above %s %%).",
								r.Label(), got, bound)
						}})
					continue
				}
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
