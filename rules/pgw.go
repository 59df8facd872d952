package rules

import (
	"strings"

	"github.com/shopspring/decimal"

	"lkjip/reconcile"
	"lkjip/reconcile/number"
	wb "lkjip/reconcile/workbook"
)

// The count groups of a Pegawai table, as the reader names them (spec, "Pegawai").
const (
	pgwJenisKelamin = "Jenis Kelamin"
	pgwPendidikan   = "Pendidikan"
	pgwEselon       = "Eselon"
	pgwGolongan     = "Pangkat/Golongan"
	pgwDiklat       = "Diklat"
	pgwKontrak      = "Kontrak/THL"
)

// pgwTable is one Pegawai table with its count columns by group. A sub-column that totals its
// own group within the row (Lk | Pr | Jml under Jenis Kelamin) is kept apart in subtotal: it
// is not a count of its own, and summing it with its group would count every person twice.
type pgwTable struct {
	*wb.Table
	groups   map[string][]*wb.Column
	subtotal map[string]*wb.Column
}

// pgwTables returns the Pegawai tables of a workbook (a sheet may hold several: Kragan's
// Tabel E.2 and E.3 are stacked on one sheet).
func pgwTables(w *wb.Workbook) []*pgwTable {
	var out []*pgwTable
	for _, t := range w.TablesOf(wb.Pegawai) {
		pt := &pgwTable{Table: t, groups: map[string][]*wb.Column{}, subtotal: map[string]*wb.Column{}}
		for _, c := range t.Columns {
			if c.Role != wb.RoleCount {
				continue
			}
			if pgwIsSubtotal(c) {
				if pt.subtotal[c.Group] == nil {
					pt.subtotal[c.Group] = c
				}
				continue
			}
			pt.groups[c.Group] = append(pt.groups[c.Group], c)
		}
		out = append(out, pt)
	}
	return out
}

// pgwIsSubtotal reports whether a count column is its group's row total ("Jumlah", "Jml").
func pgwIsSubtotal(c *wb.Column) bool {
	if c.Group == "" || normText(c.Label) == normText(c.Group) {
		return false
	}
	switch normText(c.Label) {
	case "jumlah", "jml", "total", "sub total", "subtotal", "jumlah total":
		return true
	}
	return false
}

// pgwSum adds a row's counts in some columns: "-" and blank are none (zero). given is false
// when every cell is blank (the row says nothing in those columns; "-" says zero); ok is false
// when a cell holds something that is no figure (UM004 reports it), so the sum is unknown.
func pgwSum(r *wb.Row, cols []*wb.Column) (sum decimal.Decimal, given, ok bool) {
	ok = true
	for _, col := range cols {
		c := r.At(col)
		switch {
		case c.IsFigure():
			sum = sum.Add(c.Num)
			given = true
		case c.Kind == wb.Blank && c.MergedInto == nil && !c.Uncached():
		case c.IsEmpty():
			given = true
		default:
			ok = false
		}
	}
	return sum, given, ok
}

// pgwColumnSum adds a column over the table's data rows; ok is false when a data cell is no
// figure.
func pgwColumnSum(t *wb.Table, col *wb.Column) (decimal.Decimal, bool) {
	sum := decimal.Zero
	for _, r := range t.Rows {
		s, _, ok := pgwSum(r, []*wb.Column{col})
		if !ok {
			return sum, false
		}
		sum = sum.Add(s)
	}
	return sum, true
}

// pgwHeadCheck relates, in every row of every Pegawai table (the Jumlah row included), the
// sum of some count groups to the row's head count (the sum of its Jenis Kelamin counts):
// equal, or with atMost no more. A finding the diagnosis leaves at the relation itself names
// the first cell of the groups in the row and expects the head count. Rows whose Jenis
// Kelamin cells are all blank have no head count and are skipped, as are tables without Jenis
// Kelamin columns or without the first group.
func pgwHeadCheck(p *reconcile.Pass, groups []string, atMost bool, msg func(r *wb.Row, what, where, headWhere string, sum, head reconcile.Fig) reconcile.Text) {
	for _, t := range pgwTables(p.Workbook) {
		jk := t.groups[pgwJenisKelamin]
		if len(jk) == 0 || len(t.groups[groups[0]]) == 0 {
			continue
		}
		var cols []*wb.Column
		var names []string
		for _, g := range groups {
			if len(t.groups[g]) > 0 {
				cols = append(cols, t.groups[g]...)
				names = append(names, g)
			}
		}
		// The data rows: the Jumlah row's head counts follow from theirs and the column sums
		// (PGW004), and would only say their mistakes again.
		for _, r := range t.Rows {
			_, given, ok := pgwSum(r, jk)
			if !given || !ok {
				continue
			}
			if _, _, ok := pgwSum(r, cols); !ok {
				continue
			}
			var where []string
			for _, g := range names {
				where = append(where, pgwSpan(r, t.groups[g]))
			}
			what, span, headWhere := strings.Join(names, " + "), strings.Join(where, " + "), pgwSpan(r, jk)
			rel := reconcile.Relation{Kind: reconcile.Equals, Lhs: pgwCells(r, cols), Num: pgwCells(r, jk), At: r.At(cols[0]), Sum: true,
				Name: reconcile.Msg("%s %q (%s)", "%s of %q (%s)", what, r.Label(), span),
				Says: func(head, sum reconcile.Fig) reconcile.Text {
					return msg(r, what, span, headWhere, pgwFig(sum.Value), pgwFig(head.Value))
				}}
			if atMost {
				rel.Kind = reconcile.AtMost
			}
			p.Relate(rel)
		}
	}
}

// pgwCells is the sum of a row's counts in some columns ("-" and blank are none).
func pgwCells(r *wb.Row, cols []*wb.Column) reconcile.Expr {
	var e reconcile.Expr
	for _, c := range cols {
		e = e.Add(reconcile.Of(r.At(c)))
	}
	return e
}

// pgwSpan names a row's cells of a group for a message: "C6:F6", or "N15" for one column.
func pgwSpan(r *wb.Row, cols []*wb.Column) string {
	first, last := cols[0].Col, cols[0].Col
	for _, c := range cols {
		first, last = min(first, c.Col), max(last, c.Col)
	}
	if first == last {
		return wb.Ref(first, r.Num)
	}
	return wb.Ref(first, r.Num) + ":" + wb.Ref(last, r.Num)
}

// pgwFig is a count for a message, at the decimals it has (a count is normally whole).
func pgwFig(d decimal.Decimal) reconcile.Fig {
	return reconcile.Fig{Value: d, Places: number.ShownDecimals(d)}
}

// pgwPlain is a count in plain notation for a finding's expected or actual value: "11".
func pgwPlain(d decimal.Decimal) string {
	return number.Plain(d, number.ShownDecimals(d))
}

// pgwWholeNonNegative reports whether a figure, at the decimals it shows, is a whole number
// >= 0 (a float artefact such as 2.0000000000001 reads 2).
func pgwWholeNonNegative(c *wb.Cell) bool {
	v := number.Round(c.Num, int(c.Decimals))
	return v.IsInteger() && !v.IsNegative()
}
