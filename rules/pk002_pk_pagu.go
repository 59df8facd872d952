package rules

import (
	"github.com/shopspring/decimal"

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
			p.CheckFigure(t.Total.Cell(wb.RoleAnggaran), bt.anggaran, msg)
			return
		}
		sum, n := decimal.Zero, 0
		for _, r := range t.Rows {
			if c := r.Cell(wb.RoleAnggaran); c.IsFigure() {
				sum, n = sum.Add(c.Num), n+1
			}
		}
		if n == 0 || sum.Equal(bt.anggaran) {
			return
		}
		header := t.Column(wb.RoleAnggaran).Header
		p.Report(header, reconcile.Msg("Jumlah kolom Anggaran PK seharusnya %s (pagu di %s), tertulis %s.", "The PK's Anggaran column should add up to %s (the pagu in %s), it adds up to %s.",
			reconcile.Fig{Value: bt.anggaran}, bt.where(bt.cellA), reconcile.Fig{Value: sum}), bt.anggaran.String(), sum.String())
	},
}
