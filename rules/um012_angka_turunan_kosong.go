package rules

import (
	"github.com/shopspring/decimal"

	"lkjip/reconcile"
	"lkjip/reconcile/number"
	wb "lkjip/reconcile/workbook"
)

// UM012 reports a derived figure left empty (or "-") although its inputs give a figure that
// is not zero: the reader of the report would take the blank for "nothing" (Kragan writes "-"
// for the % of Belanja Tidak Langsung, whose realisation is 100 %).
var UM012 = &reconcile.Rule{
	ID:       "UM012",
	Severity: reconcile.Warning,
	Scope:    reconcile.ScopeCell,
	Title:    reconcile.Text{ID: "Angka turunan kosong", EN: "Derived figure left empty"},
	Doc: reconcile.Text{
		ID: `Selisih dan % di Realisasi Anggaran, % Capaian dan % Capaian s/d di Pengukuran, serta % Serapan dan % Efisiensi di Anggaran Sasaran dihitung dari angka lain di barisnya. Bila masukannya ada dan hasilnya bukan nol, sel itu tidak boleh kosong atau "-". Temuan menunjuk sel yang kosong, dengan angka yang seharusnya, yang juga menjadi perbaikannya.

Contoh (Kragan 2021, Belanja Tidak Langsung):
    Anggaran 1.991.620.000 | Realisasi 1.991.620.000 | % -
    UM012: % kosong; seharusnya 100,00.`,
		EN: `Selisih and % in Realisasi Anggaran, % Capaian and % Capaian s/d in Pengukuran, and % Serapan and % Efisiensi in Anggaran Sasaran follow from other figures of their row. Where the inputs are there and the result is not zero, the cell must not be empty or "-". The finding names the empty cell, with the figure it should hold, which is also its fix.

Example (Kragan 2021, Belanja Tidak Langsung):
    Anggaran 1,991,620,000 | Realisasi 1,991,620,000 | % -
    UM012: % is empty; it should be 100.00.`,
	},
	Run: func(p *reconcile.Pass) {
		w := p.Workbook
		missing := func(r *wb.Row, role wb.Role, want decimal.Decimal, places int) {
			c := r.Cell(role)
			if c == nil || !c.IsEmpty() || number.Round(want, places).IsZero() {
				return // a formula saved without its value is not empty: it is UM006's
			}
			label := r.Table.Column(role).Label
			plain := number.Plain(number.Round(want, places), places)
			p.ReportFix(c, reconcile.Msg("%s %q kosong; seharusnya %s.", "%s of %q is empty; it should be %s.",
				label, r.Label(), reconcile.Fig{Value: number.Round(want, places), Places: places}),
				plain, reconcile.Actual(c), plain)
		}
		for _, t := range budgetTables(w) {
			sign := selisihSign(t)
			for _, r := range t.AllRows() {
				a := r.Cell(wb.RoleAnggaran)
				if !a.IsFigure() || !r.Cell(wb.RoleRealisasi).IsFigure() {
					continue
				}
				missing(r, wb.RoleSelisih, expectedSelisih(r, sign), int(a.Decimals))
				if !a.Num.IsZero() {
					missing(r, wb.RolePersen, pct(amount(r.Cell(wb.RoleRealisasi)), a.Num), 2)
				}
			}
		}
		for _, t := range measurementTables(w) {
			for _, r := range t.Rows {
				real := r.Cell(wb.RoleRealisasi)
				if !real.IsFigure() {
					continue
				}
				for _, pair := range [][2]wb.Role{{wb.RoleTarget, wb.RoleCapaian}, {wb.RoleTargetRenstra, wb.RoleCapaianRenstra}} {
					target := r.Cell(pair[0])
					if target == nil {
						continue
					}
					pol := polarityOf(r.Cell(wb.RolePolaritas))
					if r.Cell(wb.RolePolaritas) == nil || pol == unknownPolarity {
						pol = Positif
					}
					if got := computeCapaian(pol, real.Num, target, p.Settings); got.ok {
						missing(r, pair[1], got.value, 2)
					}
				}
			}
		}
		eachSerapan(w, func(r *wb.Row, pagu, real *wb.Cell) {
			serapan := pct(real.Num, pagu.Num)
			missing(r, wb.RoleSerapan, serapan, 2)
			missing(r, wb.RoleEfisiensi, hundred.Sub(serapan), 2)
		})
	},
}
