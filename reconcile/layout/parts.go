package layout

import (
	"strconv"
	"strings"

	wb "lkjip/reconcile/workbook"
)

// RolePart is the role of a column that holds a part of another column's figure: the months
// `1 ... 12` that an e-kinerja page prints under `Realisasi Anggaran (Rp)` beside their
// `Jumlah`. The Jumlah column takes the group's role (RoleRealisasi); each month is a column of
// RolePart whose Group is the same group label and whose Label is the month as written.
// Parts gives the parts of a column: their sum must be the column's figure, row by row (spec,
// "Reading rules": the months must add up to their Jumlah).
const RolePart wb.Role = "bagian"

// partSpec is the spec every part column is matched to: a figure column of RolePart.
var partSpec = &colSpec{role: RolePart, figure: true}

// Parts returns the part columns of a table column: the RolePart columns under the same group
// label, next to it (the months on either side of their Jumlah), in column order. Nil for a
// column without parts.
func Parts(t *wb.Table, c *wb.Column) []*wb.Column {
	if c == nil || c.Role == RolePart || c.Group == "" {
		return nil
	}
	at := -1
	for i, x := range t.Columns {
		if x == c {
			at = i
		}
	}
	if at < 0 {
		return nil
	}
	lo, hi := at, at
	for lo > 0 && t.Columns[lo-1].Role == RolePart && t.Columns[lo-1].Group == c.Group {
		lo--
	}
	for hi+1 < len(t.Columns) && t.Columns[hi+1].Role == RolePart && t.Columns[hi+1].Group == c.Group {
		hi++
	}
	var out []*wb.Column
	for _, x := range t.Columns[lo : hi+1] {
		if x != c {
			out = append(out, x)
		}
	}
	return out
}

// monthAt returns the cell at (row, col) when it names a month: 1 to 12, as a number or as
// text, or a month's name ("Januari", "Jan", "Mei").
func monthAt(sh *wb.Sheet, row, col int) *wb.Cell {
	c := sh.Cell(row, col)
	if c == nil {
		return nil
	}
	switch c.Kind {
	case wb.Number:
		if c.Num.IsInteger() && c.Num.IntPart() >= 1 && c.Num.IntPart() <= 12 {
			return c
		}
	case wb.Text:
		s := strings.ToLower(strings.TrimSuffix(strings.TrimSpace(c.Text), "."))
		if n, err := strconv.Atoi(s); err == nil && n >= 1 && n <= 12 {
			return c
		}
		if _, ok := bulan[s]; ok {
			return c
		}
	}
	return nil
}

// monthGroups finds, in the two header rows starting at row, the group labels standing over
// at least two months and a Jumlah: only there are the months parts (a group over sub-labels
// "1 | 2" without a Jumlah is read as before). cols are the rows' columns (Sheet.Columns).
func monthGroups(sh *wb.Sheet, row int, cols []int) map[*wb.Cell]bool {
	count := map[*wb.Cell]int{}
	total := map[*wb.Cell]bool{}
	var last *wb.Cell
	for _, col := range cols {
		top := labelCell(sh, row, col)
		if top != nil && top.Col == col {
			last = nil
			if spans(sh, top) {
				last = top
			}
		}
		if last == nil || top != nil && top != last {
			continue
		}
		if monthAt(sh, row+1, col) != nil {
			count[last]++
		} else if b := labelCell(sh, row+1, col); b != nil && b != last && totalLabels[norm(b.Text)] {
			total[last] = true
		}
	}
	var out map[*wb.Cell]bool
	for g, n := range count {
		if n >= 2 && total[g] {
			if out == nil {
				out = map[*wb.Cell]bool{}
			}
			out[g] = true
		}
	}
	return out
}

// dropOrphanParts leaves out the part columns of a group whose Jumlah took no role: parts of
// nothing checked.
func dropOrphanParts(cols []*wb.Column) []*wb.Column {
	whole := map[string]bool{}
	for _, c := range cols {
		if c.Role != RolePart && c.Group != "" {
			whole[c.Group] = true
		}
	}
	out := cols[:0]
	for _, c := range cols {
		if c.Role != RolePart || whole[c.Group] {
			out = append(out, c)
		}
	}
	return out
}
