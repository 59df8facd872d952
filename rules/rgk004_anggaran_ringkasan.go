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

Contoh (% Serapan di Ringkasan salah ketik):
    Ringkasan: % Serapan Anggaran 88,89; Realisasi Anggaran, Jumlah: 2.437.383.089 dari 2.739.149.000
    RGK004: % Serapan Anggaran di Ringkasan seharusnya 88,98, tertulis 88,89.
Bila baris Jumlah yang menyimpang dari Ringkasan, Identitas dan Selisih serta %-nya sendiri (Kragan 2021), temuan ada di baris Jumlah (UM017), bukan di Ringkasan.`,
		EN: `Pagu Anggaran, Realisasi Anggaran and % Serapan Anggaran in Ringkasan must equal the Jumlah row of Realisasi Anggaran (and Realisasi / Pagu x 100 from it). The finding names the Ringkasan cell.

Example (the % Serapan in Ringkasan mistyped):
    Ringkasan: % Serapan Anggaran 88.89; Realisasi Anggaran, Jumlah: 2,437,383,089 of 2,739,149,000
    RGK004: % Serapan Anggaran in Ringkasan should be 88.98, it says 88.89.
Where the Jumlah row is the one that departs from Ringkasan, Identitas and its own Selisih and % (Kragan 2021), the finding is at the Jumlah row (UM017), not in Ringkasan.`,
	},
	Run: func(p *reconcile.Pass) { checkSummaryAmounts(p, p.Workbook.Ringkasan) },
}
