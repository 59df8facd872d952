package rules

import (
	"github.com/shopspring/decimal"

	"lkjip/reconcile"
)

// averageCapaian is the average of the sasaran capaian in Pengukuran.
func averageCapaian(measured []*sasaranCapaian) decimal.Decimal {
	sum := decimal.Zero
	for _, m := range measured {
		sum = sum.Add(m.value)
	}
	return sum.DivRound(decimal.NewFromInt(int64(len(measured))), divPlaces)
}

// RGK002 checks the Ringkasan's average capaian (spec: "the average capaian and its
// predikat").
var RGK002 = &reconcile.Rule{
	ID:       "RGK002",
	Severity: reconcile.Error,
	Scope:    reconcile.ScopeWorkbook,
	Title:    reconcile.Text{ID: "Rata-rata capaian di Ringkasan tidak sesuai Pengukuran", EN: "Ringkasan average capaian does not follow Pengukuran"},
	Doc: reconcile.Text{
		ID: `Rata-rata Capaian di Ringkasan adalah rata-rata % Capaian sasaran di Pengukuran (setiap sasaran dengan rata-rata indikatornya), dihitung eksak lalu dibulatkan pada desimal yang ditampilkan. Temuan menunjuk sel Rata-rata Capaian.

Contoh (Kragan 2021):
    Pengukuran: 98,32; 99,99; 100; 78,56 — Ringkasan: Rata-rata Capaian 88,98
    RGK002: Rata-rata Capaian seharusnya 94,22, tertulis 88,98.`,
		EN: `Rata-rata Capaian in Ringkasan is the average of the sasaran's % Capaian in Pengukuran (each sasaran with the average of its indicators), computed exactly and rounded at the decimals shown. The finding names the Rata-rata Capaian cell.

Example (Kragan 2021):
    Pengukuran: 98.32; 99.99; 100; 78.56 — Ringkasan: Rata-rata Capaian 88.98
    RGK002: Rata-rata Capaian should be 94.22, it says 88.98.`,
	},
	Run: func(p *reconcile.Pass) {
		measured := capaianBySasaran(p.Workbook)
		pair := p.Workbook.Ringkasan.Get("Rata-rata Capaian")
		if len(measured) == 0 || pair == nil || !pair.Value.IsFigure() || anyUnknown(measured) {
			return
		}
		p.Relate(reconcile.Relation{Kind: reconcile.Equals, Out: pair.Value, Num: averageExpr(measured),
			Says: func(e, a reconcile.Fig) reconcile.Text {
				return reconcile.Msg("Rata-rata Capaian seharusnya %s (rata-rata %d sasaran di Pengukuran), tertulis %s.",
					"Rata-rata Capaian should be %s (the average of %d sasaran in Pengukuran), it says %s.", e, len(measured), a)
			}})
	},
}
