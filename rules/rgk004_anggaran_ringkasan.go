package rules

import (
	"lkjip/reconcile"
)

// RGK004 checks the Ringkasan's budget figures against the Realisasi Anggaran (spec: every
// Ringkasan figure equals the one computed from the detail sheets).
var RGK004 = &reconcile.Rule{
	ID:       "RGK004",
	Severity: reconcile.Error,
	Scope:    reconcile.ScopeWorkbook,
	Title:    reconcile.Text{ID: "Pagu, realisasi atau % serapan di Ringkasan tidak sama dengan Realisasi Anggaran", EN: "Ringkasan budget figures differ from Realisasi Anggaran"},
	Doc: reconcile.Text{
		ID: `Pagu Anggaran, Realisasi Anggaran dan % Serapan Anggaran di Ringkasan harus sama dengan baris Jumlah Realisasi Anggaran (dan Realisasi / Pagu x 100 darinya). Temuan menunjuk sel di Ringkasan.

Contoh (Kragan 2021):
    Ringkasan: % Serapan Anggaran 88,98; Realisasi Anggaran, Jumlah: 2.063.833.435 dari 2.739.149.000
    RGK004: % Serapan Anggaran di Ringkasan seharusnya 75,35, tertulis 88,98.`,
		EN: `Pagu Anggaran, Realisasi Anggaran and % Serapan Anggaran in Ringkasan must equal the Jumlah row of Realisasi Anggaran (and Realisasi / Pagu x 100 from it). The finding names the Ringkasan cell.

Example (Kragan 2021):
    Ringkasan: % Serapan Anggaran 88.98; Realisasi Anggaran, Jumlah: 2,063,833,435 of 2,739,149,000
    RGK004: % Serapan Anggaran in Ringkasan should be 75.35, it says 88.98.`,
	},
	Run: func(p *reconcile.Pass) { checkSummaryAmounts(p, p.Workbook.Ringkasan) },
}
