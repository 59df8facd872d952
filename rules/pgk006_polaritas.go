package rules

import (
	"lkjip/reconcile"
	wb "lkjip/reconcile/workbook"
)

// PGK006 flags a Polaritas the spec does not know: the capaian is then computed as Positif,
// which may be wrong.
var PGK006 = &reconcile.Rule{
	ID:       "PGK006",
	Severity: reconcile.Warning,
	Scope:    reconcile.ScopeCell,
	Title:    reconcile.Text{ID: "Polaritas tidak dikenal", EN: "Unknown Polaritas"},
	Doc: reconcile.Text{
		ID: `Polaritas ditulis Positif / + / Maksimal, Negatif / - / Minimal, atau Rentang / Range; kosong berarti Positif. Nilai lain tidak dapat ditafsirkan, dan % Capaian baris itu dihitung sebagai Positif. Temuan menunjuk sel Polaritas.

Contoh:
    Polaritas "Menurun"
    PGK006: polaritas "Menurun" tidak dikenal; dihitung sebagai Positif.`,
		EN: `Polaritas is written Positif / + / Maksimal, Negatif / - / Minimal, or Rentang / Range; blank means Positif. Any other value cannot be interpreted, and the row's % Capaian is computed as Positif. The finding names the Polaritas cell.

Example:
    Polaritas "Menurun"
    PGK006: polarity "Menurun" is unknown; computed as Positif.`,
	},
	Run: func(p *reconcile.Pass) {
		for _, t := range measurementTables(p.Workbook) {
			for _, r := range t.Rows {
				c := r.Cell(wb.RolePolaritas)
				if c == nil || polarityOf(c) != unknownPolarity {
					continue
				}
				p.Report(c, reconcile.Msg("Polaritas %q tidak dikenal (Positif, Negatif, atau Rentang); dihitung sebagai Positif.",
					"Polarity %q is unknown (Positif, Negatif or Rentang); computed as Positif.", c.Value()), "Positif | Negatif | Rentang", c.Value())
			}
		}
	},
}
