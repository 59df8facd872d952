package rules

import (
	"lkjip/reconcile"
	wb "lkjip/reconcile/workbook"
)

// PGK002 checks % Capaian s/d T against the Renstra's final target (spec, "Pengukuran").
var PGK002 = &reconcile.Rule{
	ID:       "PGK002",
	Severity: reconcile.Error,
	Scope:    reconcile.ScopeRow,
	Title:    reconcile.Text{ID: "% Capaian terhadap target akhir Renstra tidak sesuai", EN: "% Capaian against the Renstra target does not follow"},
	Doc: reconcile.Text{
		ID: `% Capaian s/d tahun laporan dibandingkan dengan Target Akhir Renstra: Realisasi / Target Akhir Renstra x 100, dengan aturan polaritas yang sama seperti PGK001. Temuan menunjuk sel % Capaian s/d.

Contoh (Kragan 2021, Sasaran 1):
    Realisasi 98,32 | Target Akhir 2021 95 | % Capaian s/d 96,62
    PGK002: % Capaian s/d seharusnya 103,49 (Positif), tertulis 96,62.`,
		EN: `% Capaian up to the report year is measured against the Renstra's final target: Realisasi / Target Akhir Renstra x 100, with the same polarity rules as PGK001. The finding names the % Capaian s/d cell.

Example (Kragan 2021, Sasaran 1):
    Realisasi 98.32 | Target Akhir 2021 95 | % Capaian s/d 96.62
    PGK002: % Capaian s/d should be 103.49 (Positif), it says 96.62.`,
	},
	Run: func(p *reconcile.Pass) {
		for _, t := range measurementTables(p.Workbook) {
			for _, r := range t.Rows {
				checkCapaian(p, r, wb.RoleTargetRenstra, wb.RoleCapaianRenstra, "% Capaian s/d")
			}
		}
	},
}
