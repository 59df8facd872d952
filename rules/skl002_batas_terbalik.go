package rules

import "lkjip/reconcile"

// SKL002 reports a Skala row whose Batas Atas is not above its Batas Bawah, where SKL001 does
// not already name that cell (spec, "Skala").
var SKL002 = &reconcile.Rule{
	ID:       "SKL002",
	Severity: reconcile.Warning,
	Scope:    reconcile.ScopeRow,
	Title:    reconcile.Text{ID: "Batas Atas tidak di atas Batas Bawah", EN: "Batas Atas is not above Batas Bawah"},
	Doc: reconcile.Text{
		ID: `Setiap baris skala adalah rentang dari Batas Bawah sampai di bawah Batas Atas, jadi Batas Atas harus lebih besar dari Batas Bawah (spesifikasi, bagian Skala). Untuk baris yang punya baris lebih tinggi, Batas Atas yang terbalik pasti juga tidak sama dengan Batas Bawah baris di atasnya: SKL001 melaporkannya sebagai kesalahan, dengan nilai yang seharusnya. Aturan ini melaporkan sisanya: baris teratas (yang juga mengambil semua nilai di atasnya, sehingga Batas Atas-nya tidak mengubah predikat apa pun: karena itu peringatan) dan baris yang Batas Bawah-nya sama dengan baris lain. Temuan menunjuk sel Batas Atas, tanpa nilai seharusnya.

Contoh:
    90 | 9 | Amat Baik
    SKL002: Batas Atas "Amat Baik" (9) tidak di atas Batas Bawah-nya (90).`,
		EN: `Every scale row is a range from its Batas Bawah up to its Batas Atas, so the Batas Atas must be above the Batas Bawah (spec, section Skala). For a row with a higher row, an inverted Batas Atas also differs from the Batas Bawah of the row above: SKL001 reports it as an error, with the value it should hold. This rule reports the rest: the top row (which also takes every value above it, so its Batas Atas changes no predikat: hence a warning) and a row sharing its Batas Bawah with another. The finding names the Batas Atas cell, with no expected value.

Example:
    90 | 9 | Amat Baik
    SKL002: the Batas Atas of "Amat Baik" (9) is not above its Batas Bawah (90).`,
	},
	Run: func(p *reconcile.Pass) {
		bands := sklBands(p.Workbook)
		for i, b := range bands {
			p.Checked(b.low, b.up)
			if !b.hasLow || !b.hasUp || b.upV.GreaterThan(b.lowV) {
				continue
			}
			if sklJoinsAbove(bands, i) {
				continue // SKL001 names this cell with the value it should hold
			}
			p.Report(b.up, reconcile.Msg("Batas Atas %q (%s) tidak di atas Batas Bawah-nya (%s).", "The Batas Atas of %q (%s) is not above its Batas Bawah (%s).",
				b.Label, reconcile.Fig{Value: b.upV, Places: int(b.up.Decimals)}, reconcile.Fig{Value: b.lowV, Places: int(b.low.Decimals)}), "", reconcile.Actual(b.up))
		}
	},
}
