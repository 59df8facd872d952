package rules

import (
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
	sh := r.sheet
	if sheet != "" {
		sh = nil
		for _, s := range r.w.Sheets {
			if strings.EqualFold(s.Name, sheet) {
				sh = s
				break
			}
		}
		if sh == nil {
			return formula.ErrorValue("#REF!")
		}
	}
	c := sh.Cell(row, col)
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
