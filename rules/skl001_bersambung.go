package rules

import (
	"lkjip/reconcile"
	"lkjip/reconcile/number"
)

// SKL001 checks that the Skala is contiguous and non-overlapping (spec, "Skala": each row's
// Batas Bawah is the next lower row's Batas Atas).
var SKL001 = &reconcile.Rule{
	ID:       "SKL001",
	Severity: reconcile.Error,
	Scope:    reconcile.ScopeTable,
	Title:    reconcile.Text{ID: "Skala predikat berlubang atau tumpang tindih", EN: "The predikat scale has a gap or an overlap"},
	Doc: reconcile.Text{
		ID: `Sebuah capaian mendapat predikat baris skala yang Batas Bawah-nya dicapai dan Batas Atas-nya tidak dicapai (spesifikasi, bagian Skala). Karena itu Batas Atas setiap baris harus sama dengan Batas Bawah baris di atasnya (baris berikutnya yang lebih tinggi): bila lebih kecil, nilai di antaranya tidak mendapat predikat; bila lebih besar, nilai di antaranya masuk dua baris. Skala seperti 90-100, 80-89, 50-79, <49 yang dibaca dengan desimal meninggalkan 89,5 atau 49,5 tanpa predikat. Baris diurutkan menurut Batas Bawah, di mana pun letaknya di sheet. Baris tanpa Batas Atas ("mulai 80") bersambung dengan sendirinya. Dua baris dengan Batas Bawah sama juga tumpang tindih; temuannya menunjuk Batas Bawah baris kedua, tanpa nilai seharusnya. Temuan lain menunjuk sel Batas Atas baris yang lebih rendah, dengan Batas Bawah baris di atasnya sebagai nilai seharusnya dan sebagai perbaikan. Tanpa sheet Skala dipakai skala baku, yang bersambung.

Contoh (Kragan 2021):
    90 | 100 | Amat Baik
    80 |  89 | Baik
    SKL001 di B5: Batas Atas "Baik" seharusnya 90 (Batas Bawah "Amat Baik"), tertulis 89: nilai 89 sampai di bawah 90 tidak mendapat predikat.`,
		EN: `A capaian takes the predikat of the scale row whose Batas Bawah it reaches and whose Batas Atas it stays below (spec, section Skala). So every row's Batas Atas must equal the Batas Bawah of the row above it (the next higher one): below it, the values in between get no predikat; above it, they fall in two rows. A scale such as 90-100, 80-89, 50-79, <49 read with decimals leaves 89.5 or 49.5 without a label. Rows are ordered by Batas Bawah wherever they stand in the sheet. A row without a Batas Atas ("from 80") joins the one above by itself. Two rows with the same Batas Bawah overlap too; that finding names the second row's Batas Bawah, with no expected value. Other findings name the lower row's Batas Atas cell, with the Batas Bawah of the row above as the expected value and the fix. Without a Skala sheet the default scale applies, which is contiguous.

Example (Kragan 2021):
    90 | 100 | Amat Baik
    80 |  89 | Baik
    SKL001 at B5: the Batas Atas of "Baik" should be 90 (the Batas Bawah of "Amat Baik"), it says 89: values from 89 up to 90 get no predikat.`,
	},
	Run: func(p *reconcile.Pass) {
		bands := sklBands(p.Workbook)
		for i := 1; i < len(bands); i++ {
			hi, lo := bands[i-1], bands[i]
			if sklSameStart(bands, i) {
				p.Report(lo.low, reconcile.Msg("Baris %q dan %q sama-sama mulai dari %s: rentangnya tumpang tindih.",
					"Rows %q and %q both start at %s: their ranges overlap.", hi.Label, lo.Label, reconcile.Fig{Value: lo.lowV, Places: int(lo.low.Decimals)}),
					"", reconcile.Actual(lo.low))
				continue
			}
			if !sklJoinsAbove(bands, i) || lo.upV.Equal(hi.lowV) {
				continue
			}
			places := int(max(lo.up.Decimals, hi.low.Decimals))
			from, to := lo.upV, hi.lowV
			what := reconcile.Text{ID: "tidak mendapat predikat", EN: "get no predikat"}
			if lo.upV.GreaterThan(hi.lowV) {
				from, to = hi.lowV, lo.upV
				what = reconcile.Text{ID: "masuk dua baris", EN: "fall in two rows"}
			}
			want := number.Plain(hi.lowV, int(hi.low.Decimals))
			p.ReportFix(lo.up, reconcile.Msg("Batas Atas %q seharusnya %s (Batas Bawah %q), tertulis %s: nilai %s sampai di bawah %s %s.",
				"The Batas Atas of %q should be %s (the Batas Bawah of %q), it says %s: values from %s up to %s %s.",
				lo.Label, reconcile.Fig{Value: hi.lowV, Places: int(hi.low.Decimals)}, hi.Label, reconcile.Fig{Value: lo.upV, Places: int(lo.up.Decimals)},
				reconcile.Fig{Value: from, Places: places}, reconcile.Fig{Value: to, Places: places}, what),
				want, reconcile.Actual(lo.up), want)
		}
	},
}
