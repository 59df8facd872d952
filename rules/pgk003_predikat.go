package rules

import (
	"lkjip/reconcile"
	wb "lkjip/reconcile/workbook"
)

// PGK003 checks the Predikat against the scale (spec, "Pengukuran" and "Skala").
var PGK003 = &reconcile.Rule{
	ID:       "PGK003",
	Severity: reconcile.Error,
	Scope:    reconcile.ScopeRow,
	Title:    reconcile.Text{ID: "Predikat tidak sesuai skala untuk % Capaian", EN: "Predikat does not match the scale for % Capaian"},
	Doc: reconcile.Text{
		ID: `Predikat sebuah indikator adalah label skala untuk % Capaian tahun laporan barisnya, sebagaimana seharusnya tertulis (dihitung ulang dari Target dan Realisasi; bila tidak dapat dihitung, angka yang tertulis). Skala diambil dari pengaturan (--config) bila ada, lalu dari sheet Skala; tanpa keduanya dipakai skala baku: mulai 90 Amat Baik, mulai 80 Baik, mulai 50 Cukup Baik, di bawah 50 Kurang (capaian di atas 100 tetap Amat Baik). Huruf besar/kecil dan spasi diabaikan. Temuan menunjuk sel Predikat.

Contoh:
    % Capaian 78,56 | Predikat Baik
    PGK003: Predikat untuk capaian 78,56 seharusnya "Cukup Baik", tertulis "Baik".`,
		EN: `An indicator's Predikat is the scale's label for its row's report-year % Capaian as it should read (recomputed from Target and Realisasi; where that cannot be computed, the figure written). The scale comes from the settings (--config) where they give one, then from the Skala sheet; without either the default applies: from 90 Amat Baik, from 80 Baik, from 50 Cukup Baik, below 50 Kurang (a capaian above 100 stays Amat Baik). Case and spaces are ignored. The finding names the Predikat cell.

Example:
    % Capaian 78.56 | Predikat Baik
    PGK003: the Predikat for a capaian of 78.56 should be "Cukup Baik", it says "Baik".`,
	},
	Run: func(p *reconcile.Pass) {
		for _, t := range measurementTables(p.Workbook) {
			for _, r := range t.Rows {
				c, pred := r.Cell(wb.RoleCapaian), r.Cell(wb.RolePredikat)
				if c == nil || pred == nil || !c.IsFigure() || pred.Value() == "" {
					continue
				}
				// The label follows the capaian as it should read: where the capaian is the
				// wrong figure, the predikat is judged by the corrected one.
				p.Relate(reconcile.Relation{Kind: reconcile.Lookup, Out: pred, Num: reconcile.Of(c), InPlaces: int(c.Decimals), Scale: &p.Workbook.Scale,
					SaysLabel: func(want, got string, capaian reconcile.Fig) reconcile.Text {
						return reconcile.Msg("Predikat %q untuk capaian %s seharusnya %q, tertulis %q.",
							"The Predikat of %q for a capaian of %s should be %q, it says %q.", r.Label(), capaian, want, got)
					}})
			}
		}
	},
}
