package rules

import (
	"github.com/shopspring/decimal"

	"lkjip/reconcile"
	"lkjip/reconcile/number"
	wb "lkjip/reconcile/workbook"
)

// LRA011 checks the % of a parent row that carries no amounts of its own (spec, "Realisasi
// Anggaran": % = Realisasi / Anggaran x 100, and a parent is the sum of its children). Many
// reports print Anggaran and Realisasi only on the sub kegiatan and a % on each program and
// kegiatan above them; that % is the realisation of the parent's whole budget, the sum of the
// children's realisasi over the sum of their anggaran. The plain average of the children's
// percentages is a different figure (it weighs a small sub kegiatan like a large one), and a
// common mistake: the finding says so when the written figure is that average.
var LRA011 = &reconcile.Rule{
	ID:       "LRA011",
	Severity: reconcile.Error,
	Scope:    reconcile.ScopeTable,
	Title:    reconcile.Text{ID: "Persentase induk tanpa angka tidak sesuai jumlah rinciannya", EN: "Percentage of a parent without amounts does not follow its children's sums"},
	Doc: reconcile.Text{
		ID: `Program atau kegiatan yang hanya menuliskan % (Anggaran dan Realisasinya kosong, angka ada di sub kegiatan) dinilai terhadap jumlah Realisasi rinciannya dibagi jumlah Anggaran rinciannya x 100, dibulatkan pada desimal yang ditampilkan. Rata-rata biasa dari % rinciannya bukan angka itu (sub kegiatan kecil dihitung sama berat dengan yang besar): bila % yang tertulis sama dengan rata-rata itu, temuannya menyebutnya. Baris Jumlah yang hanya menuliskan % dinilai terhadap baris tingkat satu. Temuan menunjuk sel % induk.

Contoh (angka sebuah laporan nyata: program 88,6 %, seharusnya 88,9 %):
    Program Penunjang                          % 88,6
      Sub kegiatan A: Anggaran 100.000.000 | Realisasi  96.000.000 | % 96,00
      Sub kegiatan B: Anggaran 300.000.000 | Realisasi 268.050.000 | % 89,35
      Sub kegiatan C: Anggaran 100.000.000 | Realisasi  80.450.000 | % 80,45
    LRA011: % "Program Penunjang" seharusnya 88,9 (jumlah Realisasi / jumlah Anggaran 3 rincian x 100), tertulis 88,6: itu rata-rata persentase, bukan jumlah realisasi / jumlah anggaran.`,
		EN: `A program or kegiatan that shows only a % (its Anggaran and Realisasi empty, the amounts on its sub kegiatan) is judged against the sum of its children's Realisasi over the sum of their Anggaran x 100, rounded at the decimals shown. The plain average of the children's % is not that figure (it weighs a small sub kegiatan like a large one): where the written % equals that average, the finding says so. A Jumlah row showing only a % is judged against the level-one rows. The finding names the parent's % cell.

Example (the figures of a real report: a program at 88.6 %, rightly 88.9 %):
    Program Penunjang                          % 88.6
      Sub kegiatan A: Anggaran 100,000,000 | Realisasi  96,000,000 | % 96.00
      Sub kegiatan B: Anggaran 300,000,000 | Realisasi 268,050,000 | % 89.35
      Sub kegiatan C: Anggaran 100,000,000 | Realisasi  80,450,000 | % 80.45
    LRA011: % of "Program Penunjang" should be 88.9 (the sum of Realisasi / the sum of Anggaran of its 3 children x 100), it says 88.6: that is the average of the percentages, not the sum of realisasi over the sum of anggaran.`,
	},
	Run: func(p *reconcile.Pass) {
		for _, t := range budgetTables(p.Workbook) {
			if !t.Has(wb.RolePersen, wb.RoleAnggaran, wb.RoleRealisasi) {
				continue
			}
			for _, r := range t.AllRows() {
				children := r.Children
				if r.IsTotal {
					children = nil
					for _, x := range t.Rows {
						if x.Parent == nil {
							children = append(children, x)
						}
					}
				}
				c := r.Cell(wb.RolePersen)
				if len(children) == 0 || !c.IsFigure() || hasAmounts(r) || anyNotAvailable(r, wb.RoleAnggaran, wb.RoleRealisasi) {
					continue
				}
				var num, den reconcile.Expr
				for _, ch := range children {
					if anyNotAvailable(ch, wb.RoleAnggaran, wb.RoleRealisasi) {
						num.Terms = nil
						break
					}
					num = num.Add(contributionOf(ch, wb.RoleRealisasi))
					den = den.Add(contributionOf(ch, wb.RoleAnggaran))
				}
				if len(den.Terms) == 0 || den.Value().IsZero() {
					continue // no amounts below either, or a zero budget: nothing to divide
				}
				avg, averaged := plainAverage(children, int(c.Decimals))
				n := len(children)
				p.Relate(reconcile.Relation{Kind: reconcile.Ratio, Out: c, B: one, Num: num, Den: den,
					Says: func(e, g reconcile.Fig) reconcile.Text {
						m := reconcile.Msg("%% %q seharusnya %s (jumlah Realisasi / jumlah Anggaran %d rincian x 100), tertulis %s",
							"%% of %q should be %s (the sum of Realisasi / the sum of Anggaran of its %d children x 100), it says %s",
							r.Label(), e, n, g)
						if averaged && avg.Equal(g.Value) {
							m.ID += ": itu rata-rata persentase, bukan jumlah realisasi / jumlah anggaran."
							m.EN += ": that is the average of the percentages, not the sum of realisasi over the sum of anggaran."
						} else {
							m.ID += "."
							m.EN += "."
						}
						return m
					}})
			}
		}
	},
}

// plainAverage is the average of the rows' % as written, rounded at places: the figure a
// parent shows when its % was averaged instead of computed from the sums. ok is false when a
// row shows no %.
func plainAverage(rows []*wb.Row, places int) (decimal.Decimal, bool) {
	sum := decimal.Zero
	for _, r := range rows {
		c := r.Cell(wb.RolePersen)
		if !c.IsFigure() {
			return sum, false
		}
		sum = sum.Add(c.Num)
	}
	return number.Round(sum.DivRound(decimal.NewFromInt(int64(len(rows))), divPlaces), places), true
}
