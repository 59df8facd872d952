package layout

import (
	"regexp"
	"strings"

	"lkjip/reconcile/number"
	wb "lkjip/reconcile/workbook"
)

var (
	// "90 - 100", "-90 -100" (the Kragan report bullets each line with a dash), "50 – 79",
	// "80 s.d. 89", "80 sampai 89", and an interval written with one sign, "76 % ≤ 90%"
	// (Sampang 2019: 76 % ≤ capaian ≤ 90 %).
	reScaleRange = regexp.MustCompile(`^[-–•*\s]*(\d+(?:[.,]\d+)?)\s*%?\s*(?:-|–|—|s\s*[./]?\s*d\.?|sampai(?:\s+dengan)?|hingga|≤|<=?)\s*(\d+(?:[.,]\d+)?)\s*%?$`)
	// "< 49", "≤ 49", "kurang dari 50", "di bawah 50".
	reScaleBelow = regexp.MustCompile(`^[-–•*\s]*(?:<=?|≤|kurang\s+dari|di\s*bawah)\s*(\d+(?:[.,]\d+)?)\s*%?$`)
	// "> 90", "≥ 90", "90 ke atas", "lebih dari 90".
	reScaleAbove = regexp.MustCompile(`^[-–•*\s]*(?:(?:>=?|≥|lebih\s+dari|di\s*atas)\s*(\d+(?:[.,]\d+)?)|(\d+(?:[.,]\d+)?)\s*(?:ke\s*atas|\+))\s*%?$`)
)

// rangeBounds reads a scale row written as one range. The bounds come back as figure cells
// that carry the range cell's address, so that a finding about a bound names that cell.
func rangeBounds(c *wb.Cell) (lower, upper *wb.Cell, ok bool) {
	text := strings.ToLower(strings.TrimSpace(c.Value()))
	bound := func(s string) *wb.Cell {
		n, none, ok := number.Text(s)
		if !ok || none {
			return nil
		}
		b := *c
		b.Kind, b.Num, b.Decimals, b.FromText, b.MergedInto = wb.Number, n.Value, int16(n.Decimals), true, nil
		return &b
	}
	if m := reScaleRange.FindStringSubmatch(text); m != nil {
		lower, upper = bound(m[1]), bound(m[2])
		return lower, upper, lower != nil && upper != nil
	}
	if m := reScaleBelow.FindStringSubmatch(text); m != nil {
		upper = bound(m[1])
		return nil, upper, upper != nil
	}
	if m := reScaleAbove.FindStringSubmatch(text); m != nil {
		s := m[1]
		if s == "" {
			s = m[2]
		}
		lower = bound(s)
		return lower, nil, lower != nil
	}
	return nil, nil, false
}

// readScale reads the Skala table into bands, highest first. A row gives its bounds in
// Batas Bawah and Batas Atas cells or as one range; a row with an upper bound only ("below
// 50", or a Batas Bawah of "-") is the bottom band: its lower bound is set to its upper one,
// so that it sorts last and covers exactly the values under it (Scale.Predikat gives the
// bottom band everything below). Dropping it would hand those values to the band above.
func readScale(t *wb.Table) (wb.Scale, bool) {
	s := wb.Scale{Table: t}
	for _, r := range t.Rows {
		label := r.Cell(wb.RolePredikat)
		if label.Value() == "" {
			continue
		}
		lo, hi := r.Cell(wb.RoleBatasBawah), r.Cell(wb.RoleBatasAtas)
		if !lo.IsFigure() && (hi == nil || !hi.IsFigure()) {
			if rc := r.Cell(wb.RoleRentang); rc != nil {
				if l, u, ok := rangeBounds(rc); ok {
					lo, hi = l, u
				}
			}
		}
		b := wb.Band{Label: label.Value(), Row: r}
		switch {
		case lo.IsFigure():
			b.Lower, b.LowerCell = lo.Num, lo
			if hi.IsFigure() {
				b.Upper, b.HasUpper, b.UpperCell = hi.Num, true, hi
			}
		case (lo == nil || lo.IsEmpty()) && hi.IsFigure():
			b.Lower, b.Upper, b.HasUpper, b.UpperCell = hi.Num, hi.Num, true, hi
		default:
			continue
		}
		s.Bands = append(s.Bands, b)
	}
	if len(s.Bands) == 0 {
		return s, false
	}
	for i := 1; i < len(s.Bands); i++ {
		for j := i; j > 0 && s.Bands[j].Lower.GreaterThan(s.Bands[j-1].Lower); j-- {
			s.Bands[j], s.Bands[j-1] = s.Bands[j-1], s.Bands[j]
		}
	}
	return s, true
}
