package rules

import (
	"lkjip/reconcile"
	wb "lkjip/reconcile/workbook"
)

// PGK005 flags a capaian that would divide by zero (spec: "A target of 0, or a capaian that
// would divide by 0, is a finding that asks for a reviewer, never a crash or an infinite
// percentage").
var PGK005 = &reconcile.Rule{
	ID:       "PGK005",
	Severity: reconcile.Warning,
	Scope:    reconcile.ScopeRow,
	Title:    reconcile.Text{ID: "% Capaian tidak dapat dihitung: pembagi nol", EN: "% Capaian cannot be computed: division by zero"},
	Doc: reconcile.Text{
		ID: `Target 0 (atau, untuk rumus Negatif Target / Realisasi, Realisasi 0) membuat % Capaian tidak terdefinisi. lkjip tidak menebak: baris itu perlu ditinjau orang. Temuan menunjuk sel Target (atau Target Akhir Renstra).

Contoh:
    Target 0 | Realisasi 12 | % Capaian 100
    PGK005: % Capaian tidak dapat dihitung karena Target 0; tinjau indikator ini.`,
		EN: `A target of 0 (or, for the Negatif formula Target / Realisasi, a realisation of 0) leaves % Capaian undefined. lkjip does not guess: a person must review the row. The finding names the Target (or Target Akhir Renstra) cell.

Example:
    Target 0 | Realisasi 12 | % Capaian 100
    PGK005: % Capaian cannot be computed because the target is 0; review this indicator.`,
	},
	Run: func(p *reconcile.Pass) {
		for _, t := range measurementTables(p.Workbook) {
			for _, r := range t.Rows {
				for _, pair := range [][2]wb.Role{{wb.RoleTarget, wb.RoleCapaian}, {wb.RoleTargetRenstra, wb.RoleCapaianRenstra}} {
					target, real := r.Cell(pair[0]), r.Cell(wb.RoleRealisasi)
					if target == nil || real == nil || !real.IsFigure() {
						continue
					}
					pol := Positif
					if pc := r.Cell(wb.RolePolaritas); pc != nil && polarityOf(pc) != unknownPolarity {
						pol = polarityOf(pc)
					}
					if got := computeCapaian(pol, real.Num, target, p.Settings); got.zero {
						p.Report(target, reconcile.Msg("%q: %% Capaian tidak dapat dihitung karena pembaginya nol (Target %s, Realisasi %s); tinjau indikator ini.",
							"%q: %% Capaian cannot be computed because its divisor is zero (Target %s, Realisasi %s); review this indicator.",
							r.Label(), target.String(), real.String()), "", reconcile.Actual(target))
					}
				}
			}
		}
	},
}
