package rules

import (
	"lkjip/reconcile"
	wb "lkjip/reconcile/workbook"
)

// IDN004 checks the Identitas budget figures against the Realisasi Anggaran (spec:
// "Identitas and Ringkasan amounts equal the computed ones"). Kragan's narrative realisation,
// Rp 2.437.383.089, is not its table's total, Rp 2.063.833.435.
var IDN004 = &reconcile.Rule{
	ID:       "IDN004",
	Severity: reconcile.Error,
	Scope:    reconcile.ScopeWorkbook,
	Title:    reconcile.Text{ID: "Pagu atau realisasi di Identitas tidak sama dengan Realisasi Anggaran", EN: "Identitas budget figures differ from Realisasi Anggaran"},
	Doc: reconcile.Text{
		ID: `Pagu Anggaran dan Realisasi Anggaran di Identitas harus sama dengan baris Jumlah tabel Realisasi Anggaran (atau, tanpa baris Jumlah, jumlah baris tingkat satunya). Temuan menunjuk sel di Identitas.

Contoh (Kragan 2021):
    Identitas: Realisasi Anggaran 2.437.383.089; Realisasi Anggaran, Jumlah: 2.063.833.435
    IDN004: Realisasi Anggaran di Identitas seharusnya 2.063.833.435 (Realisasi Anggaran!D25), tertulis 2.437.383.089.`,
		EN: `Pagu Anggaran and Realisasi Anggaran in Identitas must equal the Jumlah row of the Realisasi Anggaran table (or, without one, the sum of its level-one rows). The finding names the Identitas cell.

Example (Kragan 2021):
    Identitas: Realisasi Anggaran 2,437,383,089; Realisasi Anggaran, Jumlah: 2,063,833,435
    IDN004: Realisasi Anggaran in Identitas should be 2,063,833,435 (Realisasi Anggaran!D25), it says 2,437,383,089.`,
	},
	Run: func(p *reconcile.Pass) { checkSummaryAmounts(p, p.Workbook.Identitas) },
}

// checkSummaryAmounts compares the Pagu, Realisasi and % Serapan lines of a label/value sheet
// with the budget table's totals.
func checkSummaryAmounts(p *reconcile.Pass, pairs *wb.Pairs) {
	if pairs == nil {
		return
	}
	bt, ok := budgetTotals(p.Workbook)
	if !ok {
		return
	}
	check := func(key string, rel reconcile.Relation, from string) {
		pair := pairs.Get(key)
		if pair == nil || !pair.Value.IsFigure() {
			return
		}
		rel.Out = pair.Value
		rel.Says = func(e, a reconcile.Fig) reconcile.Text {
			return reconcile.Msg("%s di %s seharusnya %s (%s), tertulis %s.", "%s in %s should be %s (%s), it says %s.",
				key, string(pairs.Kind), e, from, a)
		}
		p.Relate(rel)
	}
	check("Pagu Anggaran", reconcile.Relation{Kind: reconcile.Equals, Num: bt.exprA}, bt.where(bt.cellA))
	check("Realisasi Anggaran", reconcile.Relation{Kind: reconcile.Equals, Num: bt.exprR}, bt.where(bt.cellR))
	if !bt.anggaran.IsZero() {
		check("% Serapan Anggaran", reconcile.Relation{Kind: reconcile.Ratio, B: one, Num: bt.exprR, Den: bt.exprA}, "Realisasi / Pagu x 100, "+bt.table.Sheet.Name)
	}
}
