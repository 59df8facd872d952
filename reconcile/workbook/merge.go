package workbook

import (
	"slices"
)

// Range is a merged range of a sheet: rows R1 to R2, columns C1 to C2, 1-based, inclusive.
type Range struct{ R1, C1, R2, C2 int }

// mergeIndex finds the merged range holding a position. A merge is kept as its range and its
// top-left cell; its other cells are not made until asked for (Sheet.Cell), so that a merge of
// a few bytes in the file, reaching column XFD or thousands of rows down, costs a few bytes
// here: per row it spans, one entry.
type mergeIndex struct {
	ranges []mergeRange // in file order: a later range wins where ranges overlap
	// byRow lists, for each row from first on, the ranges that span it, by first column:
	// ids[start[i]:start[i+1]] for row first+i.
	first int
	start []int32
	ids   []int32
	// overlap is true when some ranges share a cell (a file Excel would repair): lookups
	// then look at every range of the row, not only the nearest.
	overlap bool
	maxCol  int
}

type mergeRange struct {
	Range
	anchor *Cell
}

// SetMerges records the sheet's merged ranges, in file order, once its rows are in place.
// The top-left cell of each range must be in the sheet (the reader makes a blank one where the
// file has none). Every other cell of the sheet inside a range points to its top-left cell
// (MergedInto); a later range wins where ranges overlap, as a later merge replaced an earlier
// one's link when each merged cell was made. Positions without a cell inside a range read as
// blank merged cells (Sheet.Cell). MaxCol takes the ranges in.
func (s *Sheet) SetMerges(ranges []Range) {
	s.merges = nil
	s.Index()
	m := &mergeIndex{}
	last := 0
	for _, r := range ranges {
		anchor := s.Cell(r.R1, r.C1)
		if anchor == nil || r.R1 < 1 || r.C1 < 1 || r.R2 < r.R1 || r.C2 < r.C1 {
			continue // not the reader's way: no top-left cell, no merge
		}
		if len(m.ranges) == 0 || r.R1 < m.first {
			m.first = r.R1
		}
		m.ranges = append(m.ranges, mergeRange{Range: r, anchor: anchor})
		last = max(last, r.R2)
		m.maxCol = max(m.maxCol, r.C2)
	}
	if len(m.ranges) == 0 {
		return
	}
	// A table of the ranges spanning each row, built by counting: the rows from the first
	// range's top to the last range's bottom, and one entry per range and row it spans.
	m.start = make([]int32, last-m.first+2)
	for _, r := range m.ranges {
		for row := r.R1; row <= r.R2; row++ {
			m.start[row-m.first+1]++
		}
	}
	for i := 1; i < len(m.start); i++ {
		m.start[i] += m.start[i-1]
	}
	m.ids = make([]int32, m.start[len(m.start)-1])
	fill := slices.Clone(m.start[:len(m.start)-1])
	for id, r := range m.ranges {
		for row := r.R1; row <= r.R2; row++ {
			i := row - m.first
			m.ids[fill[i]] = int32(id)
			fill[i]++
		}
	}
	for i := 0; i+1 < len(m.start); i++ {
		ids := m.ids[m.start[i]:m.start[i+1]]
		if len(ids) < 2 {
			continue
		}
		// By first column; ranges of one first column (overlapping ones) stay in file order.
		slices.SortStableFunc(ids, func(a, b int32) int { return m.ranges[a].C1 - m.ranges[b].C1 })
		end := 0
		for _, id := range ids {
			if m.ranges[id].C1 <= end {
				m.overlap = true
			}
			end = max(end, m.ranges[id].C2)
		}
	}
	s.merges = m
	s.MaxCol = max(s.MaxCol, m.maxCol)
	// The cells the file has inside each range point to its top-left cell, in file order so
	// that a later range wins.
	for _, r := range m.ranges {
		i, _ := slices.BinarySearchFunc(s.Rows, r.R1, func(g *GridRow, n int) int { return g.Num - n })
		for ; i < len(s.Rows) && s.Rows[i].Num <= r.R2; i++ {
			g := s.Rows[i]
			for col := r.C1; col <= r.C2; col++ {
				if g.Num == r.R1 && col == r.C1 {
					continue
				}
				if c := g.cell(col); c != nil {
					c.MergedInto = r.anchor
				}
			}
		}
	}
}

// at returns the range holding a position, nil when none does; where ranges overlap, the
// last in file order.
func (m *mergeIndex) at(row, col int) *mergeRange {
	i := row - m.first
	if i < 0 || i+1 >= len(m.start) {
		return nil
	}
	ids := m.ids[m.start[i]:m.start[i+1]]
	// the ranges whose first column is at most col
	n, _ := slices.BinarySearchFunc(ids, col+1, func(id int32, c int) int { return m.ranges[id].C1 - c })
	if !m.overlap {
		if n > 0 && m.ranges[ids[n-1]].C2 >= col {
			return &m.ranges[ids[n-1]]
		}
		return nil
	}
	best := int32(-1)
	for _, id := range ids[:n] {
		if m.ranges[id].C2 >= col && id > best {
			best = id
		}
	}
	if best < 0 {
		return nil
	}
	return &m.ranges[best]
}

// mergedCell is Cell for a position the rows have no cell at: a blank cell pointing to the
// top-left cell of the range holding it, nil outside every range.
func (s *Sheet) mergedCell(row, col int) *Cell {
	r := s.merges.at(row, col)
	if r == nil {
		return nil
	}
	if row == r.R1 && col == r.C1 {
		return r.anchor
	}
	hidden := false
	if g := s.row(row); g != nil {
		hidden = g.Hidden
	}
	return &Cell{Sheet: s.Name, Row: row, Col: col, Hidden: hidden, MergedInto: r.anchor}
}

// Columns returns, in order, the columns at which the given rows hold a cell or lie in a
// merged range: the only columns where a label can show. A header search walks these rather
// than every column up to MaxCol, which one cell at column XFD makes 16,384.
func (s *Sheet) Columns(rows ...int) []int {
	var out []int
	var spans [][2]int
	for _, n := range rows {
		if g := s.row(n); g != nil {
			for i, c := range g.Cells {
				switch {
				case g.layout == layoutSparse:
					out = append(out, c.Col)
				case c != nil:
					out = append(out, i+1)
				}
			}
		}
		if m := s.merges; m != nil {
			if i := n - m.first; i >= 0 && i+1 < len(m.start) {
				for _, id := range m.ids[m.start[i]:m.start[i+1]] {
					spans = append(spans, [2]int{m.ranges[id].C1, m.ranges[id].C2})
				}
			}
		}
	}
	if len(spans) > 0 {
		// Ranges may overlap (and two rows bring theirs): each column once.
		slices.SortFunc(spans, func(a, b [2]int) int { return a[0] - b[0] })
		next := 0
		for _, sp := range spans {
			for col := max(sp[0], next); col <= sp[1]; col++ {
				out = append(out, col)
			}
			next = max(next, sp[1]+1)
		}
	}
	if len(rows) > 1 || len(spans) > 0 {
		slices.Sort(out)
		out = slices.Compact(out)
	}
	return out
}
