package rules

import (
	"github.com/shopspring/decimal"

	"lkjip/reconcile"
	wb "lkjip/reconcile/workbook"
)

// budgetTables returns the workbook's Realisasi Anggaran tables.
func budgetTables(w *wb.Workbook) []*wb.Table { return w.TablesOf(wb.RealisasiAnggaran) }

// hasAmounts reports whether a budget row carries its own Anggaran or Realisasi figure.
func hasAmounts(r *wb.Row) bool {
	return r.Cell(wb.RoleAnggaran).IsFigure() || r.Cell(wb.RoleRealisasi).IsFigure()
}

// selisihSign is the table's own Selisih convention (spec: "take the convention the table's
// own rows follow"): +1 for Anggaran - Realisasi, -1 for Realisasi - Anggaran. The rows with
// a non-zero Selisih vote; a tie keeps the spec's default, Anggaran - Realisasi.
func selisihSign(t *wb.Table) int {
	if t.Column(wb.RoleSelisih) == nil {
		return 1
	}
	plus, minus := 0, 0
	for _, r := range t.AllRows() {
		s := r.Cell(wb.RoleSelisih)
		if !s.IsFigure() || s.Num.IsZero() || !hasAmounts(r) {
			continue
		}
		d := amount(r.Cell(wb.RoleAnggaran)).Sub(amount(r.Cell(wb.RoleRealisasi)))
		switch {
		case s.Num.Equal(d):
			plus++
		case s.Num.Equal(d.Neg()):
			minus++
		}
	}
	if minus > plus {
		return -1
	}
	return 1
}

// selisihOf is a row's Selisih under the table's convention, as an expression of its cells.
func selisihOf(r *wb.Row, sign int) reconcile.Expr {
	e := reconcile.Of(r.Cell(wb.RoleAnggaran)).Plus(r.Cell(wb.RoleRealisasi), decimal.NewFromInt(-1))
	if sign < 0 {
		return e.Neg()
	}
	return e
}

// expectedSelisih is a row's Selisih under the table's convention.
func expectedSelisih(r *wb.Row, sign int) decimal.Decimal {
	d := amount(r.Cell(wb.RoleAnggaran)).Sub(amount(r.Cell(wb.RoleRealisasi)))
	if sign < 0 {
		return d.Neg()
	}
	return d
}
