package rules

import (
	"strings"

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

// isIncome reports whether a budget row is income (spec, "Realisasi Anggaran": "a table of
// income, its title or its rows under Pendapatan, is judged as income: there, realisasi above
// anggaran is normal"). Income is a target to reach, not a ceiling: a Pendapatan or Lain-lain
// PAD yang Sah row above its anggaran is good news, not spending beyond the pagu.
//
// The layout does not yet mark income tables; this reads the model's labels (the table's
// title, the row's own label and its parents'), so that when the table gains such a field,
// this one function switches to it.
func isIncome(r *wb.Row) bool {
	if r == nil {
		return false
	}
	if incomeTitle(r.Table) {
		return true
	}
	if r.IsTotal {
		// A Jumlah is income only when every level-one row is: a table holding Pendapatan
		// and Belanja side by side totals both, and its Belanja still has a ceiling.
		any := false
		for _, x := range r.Table.Rows {
			if x.Parent != nil {
				continue
			}
			if !incomeLabel(x.Label()) {
				return false
			}
			any = true
		}
		return any
	}
	for x := r; x != nil; x = x.Parent {
		if incomeLabel(x.Label()) {
			return true
		}
	}
	return false
}

// incomeLabel reports whether a label names income: Pendapatan (Asli Daerah, Transfer...),
// Lain-lain PAD yang Sah, Lain-lain Pendapatan Daerah yang Sah.
func incomeLabel(s string) bool {
	words := strings.Fields(normText(s))
	// Skip the numbering a label may carry: "I. Pendapatan", "4.1 Pendapatan", "a. Lain-lain".
	for len(words) > 1 && (strings.Trim(words[0], "0123456789") == "" || len(words[0]) == 1 || strings.Trim(words[0], "ivx") == "") {
		words = words[1:]
	}
	n := strings.Join(words, " ")
	return strings.HasPrefix(n, "pendapatan") || strings.HasPrefix(n, "lain lain pad") || strings.HasPrefix(n, "lain lain pendapatan")
}

// incomeTitle reports whether the title rows above a table's header name income and not
// spending: "Realisasi Pendapatan Asli Daerah", "Lain-lain PAD yang Sah". A title of both,
// "Realisasi Anggaran Pendapatan dan Belanja", is a whole budget, not income.
func incomeTitle(t *wb.Table) bool {
	if t == nil || len(t.HeaderRows) == 0 {
		return false
	}
	income := false
	top := t.HeaderRows[0]
	for row := max(1, top-titleRows); row < top; row++ {
		for col := 1; col <= t.Sheet.MaxCol && col <= 4; col++ {
			c := t.Sheet.Cell(row, col)
			if c == nil || c.Kind != wb.Text {
				continue
			}
			n := " " + normText(c.Text) + " "
			if strings.Contains(n, " belanja ") {
				return false
			}
			if strings.Contains(n, " pendapatan ") || strings.Contains(n, " lain lain pad ") {
				income = true
			}
		}
	}
	return income
}

// titleRows is how far above a header a table's title is looked for: the few rows a report
// puts between a title and its table.
const titleRows = 4
