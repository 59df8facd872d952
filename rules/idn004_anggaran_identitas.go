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

Contoh (Identitas salah ketik; baris Jumlah, Ringkasan dan Selisih serta % baris Jumlah sepakat):
    Identitas: Pagu Anggaran 2.739.194.000; Realisasi Anggaran, Jumlah: 2.739.149.000
    IDN004: Pagu Anggaran di Identitas seharusnya 2.739.149.000 (Realisasi Anggaran!C25), tertulis 2.739.194.000.
Bila baris Jumlah yang menyimpang (Kragan 2021: Realisasi 2.063.833.435, sedangkan Identitas, Ringkasan, Selisih dan % sepakat 2.437.383.089), temuan ada di baris Jumlah (UM017), bukan di Identitas.`,
		EN: `Pagu Anggaran and Realisasi Anggaran in Identitas must equal the Jumlah row of the Realisasi Anggaran table (or, without one, the sum of its level-one rows). The finding names the Identitas cell.

Example (Identitas mistyped; the Jumlah row, Ringkasan and the Jumlah row's Selisih and % agree):
    Identitas: Pagu Anggaran 2,739,194,000; Realisasi Anggaran, Jumlah: 2,739,149,000
    IDN004: Pagu Anggaran in Identitas should be 2,739,149,000 (Realisasi Anggaran!C25), it says 2,739,194,000.
Where the Jumlah row is the one that departs (Kragan 2021: Realisasi 2,063,833,435, while Identitas, Ringkasan, the Selisih and the % agree on 2,437,383,089), the finding is at the Jumlah row (UM017), not in Identitas.`,
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
