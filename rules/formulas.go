package rules

import (
	"slices"
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
	// held lists, for each sheet a range was walked on, the cells of each of its rows that hold
	// something, in column order: made once per sheet and shared by the resolvers of one run,
	// so that a range costs the cells the sheet holds in it, not the blank places of the rows
	// (a row read from the file holds a place for every column up to its last cell).
	held map[*wb.Sheet][][]*wb.Cell
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

// Range walks the cells of a range that the sheet holds: the rows the file has in it (found by
// a binary search), and in each the cells that hold something from the range's first column
// (another): a range costs the rows and the cells the sheet has in it, never its area. Each
// row and each cell passed is a place looked at; so is each place of a sheet's rows the first
// walk on that sheet passes to list its cells.
func (r cellResolver) Range(sheet string, c1, r1, c2, r2 int, limit int64, fn func(col, row int, v formula.Value) bool) int64 {
	sh := r.find(sheet)
	if sh == nil {
		fn(c1, r1, formula.ErrorValue("#REF!"))
		return 1
	}
	var looked int64
	held, ok := r.held[sh]
	if !ok {
		held = make([][]*wb.Cell, len(sh.Rows))
		for i, row := range sh.Rows {
			looked += int64(len(row.Cells)) + 1
			for _, c := range row.Cells {
				if c != nil && value(c).Kind != formula.Blank {
					held[i] = append(held[i], c)
				}
			}
			slices.SortFunc(held[i], func(a, b *wb.Cell) int { return a.Col - b.Col })
		}
		if r.held != nil {
			r.held[sh] = held
		}
	}
	rows := sh.Rows
	for i := sort.Search(len(rows), func(i int) bool { return rows[i].Num >= r1 }); i < len(rows) && rows[i].Num <= r2; i++ {
		if looked++; looked > limit {
			return looked
		}
		cells := held[i]
		for j := sort.Search(len(cells), func(j int) bool { return cells[j].Col >= c1 }); j < len(cells) && cells[j].Col <= c2; j++ {
			if looked++; looked > limit {
				return looked
			}
			if !fn(cells[j].Col, rows[i].Num, value(cells[j])) {
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
