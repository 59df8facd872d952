package rules

import (
	"lkjip/reconcile"
)

// RGK003 checks the Ringkasan's Predikat against the scale for its average capaian.
var RGK003 = &reconcile.Rule{
	ID:       "RGK003",
	Severity: reconcile.Error,
	Scope:    reconcile.ScopeWorkbook,
	Title:    reconcile.Text{ID: "Predikat di Ringkasan tidak sesuai skala", EN: "Ringkasan Predikat does not match the scale"},
	Doc: reconcile.Text{
		ID: `Predikat di Ringkasan adalah label skala untuk rata-rata capaian sasaran sebagaimana seharusnya (dihitung dari Pengukuran, seperti RGK002; tanpa Pengukuran, angka Rata-rata Capaian yang tertulis). Skala dari pengaturan (--config) bila ada, lalu dari sheet Skala, atau skala baku. Temuan menunjuk sel Predikat.

Contoh:
    Rata-rata Capaian 94,22 | Predikat Baik
    RGK003: Predikat untuk rata-rata capaian 94,22 seharusnya "Amat Baik", tertulis "Baik".`,
		EN: `The Ringkasan's Predikat is the scale's label for the sasaran's average capaian as it should read (computed from Pengukuran, as RGK002 does; without Pengukuran, the Rata-rata Capaian written). The scale is the settings' (--config) where they give one, then the Skala sheet's, or the default. The finding names the Predikat cell.

Example:
    Rata-rata Capaian 94.22 | Predikat Baik
    RGK003: the Predikat for an average capaian of 94.22 should be "Amat Baik", it says "Baik".`,
	},
	Run: func(p *reconcile.Pass) {
		w := p.Workbook
		avg, pred := w.Ringkasan.Get("Rata-rata Capaian"), w.Ringkasan.Get("Predikat")
		if avg == nil || pred == nil || !avg.Value.IsFigure() || pred.Value.Value() == "" {
			return
		}
		// Judged by the average as it should read: where the average is the wrong figure, the
		// predikat follows the corrected one.
		p.Relate(reconcile.Relation{Kind: reconcile.Lookup, Out: pred.Value, Num: reconcile.Of(avg.Value), InPlaces: int(avg.Value.Decimals), Scale: &w.Scale,
			SaysLabel: func(want, got string, average reconcile.Fig) reconcile.Text {
				return reconcile.Msg("Predikat untuk rata-rata capaian %s seharusnya %q, tertulis %q.", "The Predikat for an average capaian of %s should be %q, it says %q.",
					average, want, got)
			}})
	},
}
