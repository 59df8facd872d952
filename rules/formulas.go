package rules

import (
	"sort"
	"strings"

	"lkjip/reconcile/formula"
	wb "lkjip/reconcile/workbook"
)

// cellResolver gives the formula evaluator the workbook's cells as a spreadsheet would see
// them: stored values, formula cells through their cached values.
type cellResolver struct {
	w     *wb.Workbook
	sheet *wb.Sheet
}

func (r cellResolver) Cell(sheet string, col, row int) formula.Value {
	sh := r.find(sheet)
	if sh == nil {
		return formula.ErrorValue("#REF!")
	}
	return value(sh.Cell(row, col))
}

// find returns the sheet a formula names ("" for its own), or nil when the workbook has none.
func (r cellResolver) find(sheet string) *wb.Sheet {
	if sheet == "" {
		return r.sheet
	}
	for _, s := range r.w.Sheets {
		if strings.EqualFold(s.Name, sheet) {
			return s
		}
	}
	return nil
}

// Range walks the cells of a range that the sheet holds, row by row (the rows the file has,
// found by a binary search), each row from the range's first column: a range costs the rows
// and cells the sheet has in it, never its area. Every row and every cell passed counts as a
// place looked at.
func (r cellResolver) Range(sheet string, c1, r1, c2, r2 int, limit int64, fn func(col, row int, v formula.Value) bool) int64 {
	sh := r.find(sheet)
	if sh == nil {
		fn(c1, r1, formula.ErrorValue("#REF!"))
		return 1
	}
	rows := sh.Rows
	var looked int64
	for i := sort.Search(len(rows), func(i int) bool { return rows[i].Num >= r1 }); i < len(rows) && rows[i].Num <= r2; i++ {
		if looked++; looked > limit {
			return looked
		}
		cells := rows[i].Cells
		if n := len(cells); n > 0 && cells[n-1] != nil && cells[n-1].Col == n {
			// Cells indexed by column: only the range's columns are passed.
			cells = cells[min(c1-1, n):min(c2, n)]
		}
		for _, c := range cells {
			if looked++; looked > limit {
				return looked
			}
			if c == nil || c.Col < c1 || c.Col > c2 {
				continue
			}
			v := value(c)
			if v.Kind == formula.Blank {
				continue
			}
			if !fn(c.Col, rows[i].Num, v) {
				return looked
			}
		}
	}
	return looked
}

// value is a cell as a formula sees it: stored values, formula cells through their cached
// values.
func value(c *wb.Cell) formula.Value {
	if c == nil {
		return formula.Value{}
	}
	switch c.Kind {
	case wb.Number:
		if c.FromText {
			return formula.TextValue(c.Text) // a number typed as text is text to a formula
		}
		v := c.Num
		if c.Percent {
			v = v.Shift(-2) // the model holds 98.32 for a stored 0.9832 shown as a percentage
		}
		return formula.NumberValue(v)
	case wb.Text:
		return formula.TextValue(c.Text)
	case wb.Bool:
		return formula.BoolValue(c.Text == "1" || strings.EqualFold(c.Text, "true"))
	case wb.Error:
		return formula.ErrorValue(c.Text)
	}
	return formula.Value{}
}
