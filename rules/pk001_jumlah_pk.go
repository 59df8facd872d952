package rules

import (
	"lkjip/reconcile"
	wb "lkjip/reconcile/workbook"
)

// PK001 checks the PK's Jumlah row against the sum of its Anggaran (spec, "PK": closed by a
// Jumlah row).
var PK001 = &reconcile.Rule{
	ID:       "PK001",
	Severity: reconcile.Error,
	Scope:    reconcile.ScopeTable,
	Title:    reconcile.Text{ID: "Jumlah anggaran PK tidak sama dengan jumlah barisnya", EN: "PK Jumlah is not the sum of its rows"},
	Doc: reconcile.Text{
		ID: `Anggaran pada baris Jumlah Perjanjian Kinerja harus sama dengan jumlah Anggaran setiap baris PK. Temuan menunjuk sel Jumlah.

Contoh:
    PK: 2.741.121.350 + 66.479.350 + 40.198.000 + 95.920.000 + 52.500.000; Jumlah 2.739.149.000
    PK001: Jumlah Anggaran PK seharusnya 2.996.218.700, tertulis 2.739.149.000.`,
		EN: `The Anggaran of the performance agreement's Jumlah row must equal the sum of the PK rows' Anggaran. The finding names the Jumlah cell.

Example:
    PK: 2,741,121,350 + 66,479,350 + 40,198,000 + 95,920,000 + 52,500,000; Jumlah 2,739,149,000
    PK001: the PK's Jumlah Anggaran should be 2,996,218,700, it says 2,739,149,000.`,
	},
	Run: func(p *reconcile.Pass) {
		for _, t := range p.Workbook.TablesOf(wb.PK) {
			if t.Total == nil || !t.Total.Cell(wb.RoleAnggaran).IsFigure() {
				continue
			}
			cells := make([]*wb.Cell, len(t.Rows))
			for i, r := range t.Rows {
				cells[i] = r.Cell(wb.RoleAnggaran)
			}
			sum := reconcile.Sum(cells...)
			p.Relate(reconcile.Relation{Kind: reconcile.Equals, Out: t.Total.Cell(wb.RoleAnggaran), Num: sum, Sum: true,
				Says: func(e, a reconcile.Fig) reconcile.Text {
					return reconcile.Msg("Jumlah Anggaran PK seharusnya %s, tertulis %s.", "The PK's Jumlah Anggaran should be %s, it says %s.", e, a)
				}})
		}
	},
}
