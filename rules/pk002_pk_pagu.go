package rules

import (
	"lkjip/reconcile"
	wb "lkjip/reconcile/workbook"
)

// PK002 checks the PK's total budget against the budget in Realisasi Anggaran (spec: "PK
// Jumlah Anggaran = Realisasi Anggaran Jumlah Anggaran (the pagu)"). Kragan agreed to
// Rp 2.996.218.700 of performance against a budget of Rp 2.739.149.000.
var PK002 = &reconcile.Rule{
	ID:       "PK002",
	Severity: reconcile.Error,
	Scope:    reconcile.ScopeWorkbook,
	Title:    reconcile.Text{ID: "Anggaran PK tidak sama dengan pagu", EN: "PK budget differs from the pagu"},
	Doc: reconcile.Text{
		ID: `Jumlah Anggaran Perjanjian Kinerja harus sama dengan pagu, yaitu Jumlah Anggaran di Realisasi Anggaran. Tanpa baris Jumlah di PK, jumlah kolom Anggarannya yang dibandingkan. Temuan menunjuk sel Jumlah PK (atau judul kolom Anggaran PK).

Contoh (Kragan 2021):
    PK Jumlah 2.996.218.700; Realisasi Anggaran Jumlah 2.739.149.000
    PK002: Jumlah Anggaran PK seharusnya 2.739.149.000 (pagu di Realisasi Anggaran!C25), tertulis 2.996.218.700.`,
		EN: `The performance agreement's Jumlah Anggaran must equal the pagu, the Jumlah Anggaran of Realisasi Anggaran. Without a Jumlah row in the PK, the sum of its Anggaran column is compared. The finding names the PK's Jumlah cell (or its Anggaran label).

Example (Kragan 2021):
    PK Jumlah 2,996,218,700; Realisasi Anggaran Jumlah 2,739,149,000
    PK002: the PK's Jumlah Anggaran should be 2,739,149,000 (the pagu in Realisasi Anggaran!C25), it says 2,996,218,700.`,
	},
	Run: func(p *reconcile.Pass) {
		bt, ok := budgetTotals(p.Workbook)
		t := p.Workbook.Table(wb.PK)
		if !ok || t == nil || t.Column(wb.RoleAnggaran) == nil {
			return
		}
		msg := func(e, a reconcile.Fig) reconcile.Text {
			return reconcile.Msg("Jumlah Anggaran PK seharusnya %s (pagu di %s), tertulis %s.", "The PK's Jumlah Anggaran should be %s (the pagu in %s), it says %s.", e, bt.where(bt.cellA), a)
		}
		if t.Total != nil && t.Total.Cell(wb.RoleAnggaran).IsFigure() {
			// The PK's total and the pagu are summed apart: where both add up, their difference
			// is a finding of its own, not a cell to change.
			p.Relate(reconcile.Relation{Kind: reconcile.Equals, Out: t.Total.Cell(wb.RoleAnggaran), Num: bt.exprA, Says: msg, Sum: true})
			return
		}
		cells := make([]*wb.Cell, len(t.Rows))
		for i, r := range t.Rows {
			cells[i] = r.Cell(wb.RoleAnggaran)
		}
		sum := reconcile.Sum(cells...)
		if len(sum.Terms) == 0 {
			return
		}
		p.Relate(reconcile.Relation{Kind: reconcile.Equals, Lhs: sum, Num: bt.exprA, At: t.Column(wb.RoleAnggaran).Header, Sum: true,
			Name: reconcile.Msg("Jumlah kolom Anggaran PK", "The PK's Anggaran column"),
			Says: func(e, a reconcile.Fig) reconcile.Text {
				return reconcile.Msg("Jumlah kolom Anggaran PK seharusnya %s (pagu di %s), tertulis %s.", "The PK's Anggaran column should add up to %s (the pagu in %s), it adds up to %s.",
					e, bt.where(bt.cellA), a)
			}})
	},
}
