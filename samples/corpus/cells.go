package corpus

import (
	"strings"

	"github.com/xuri/excelize/v2"

	"lkjip/samples/build"
)

// Where the renderer of package build puts a cell in the plain layout (build.Layout{}): a
// label/value sheet holds its pairs from row 1, labels in A and values in B; a table sheet
// starts with its pairs (none), then each table after one blank row, under its caption rows:
// the header (two rows when a column has a group label), the column-number row if any, the
// data rows and the Jumlah row. Columns stand in content order from column A.

const (
	headerRow = -1 // the row index of a table's header label
	totalRow  = -2 // the row index of a table's Jumlah row
)

// pairRef is the address of the value of pair i.
func pairRef(i int) string {
	ref, _ := excelize.CoordinatesToCellName(2, i+1)
	return ref
}

// tableRef is the address of column col of row (a data-row index, headerRow or totalRow) of
// table ti of a sheet.
func tableRef(s *build.Sheet, ti, row, col int) string {
	r := 1 + len(s.Pairs)
	for i := 0; i <= ti; i++ {
		t := &s.Tables[i]
		if i > 0 {
			r++
		}
		r += len(t.Caption)
		header, two := r, false
		for _, c := range t.Columns {
			two = two || c.Group != ""
		}
		r++
		if two {
			r++
		}
		if t.Numbers != nil {
			r++
		}
		if i == ti {
			switch row {
			case headerRow:
				if t.Columns[col].Group != "" {
					header++ // the label sits under its group label
				}
				r = header
			case totalRow:
				r += len(t.Rows)
			default:
				r += row
			}
			break
		}
		r += len(t.Rows)
		if t.Total != nil {
			r++
		}
	}
	ref, _ := excelize.CoordinatesToCellName(col+1, r)
	return ref
}

// column returns the index of the first column whose label starts with prefix (case
// ignored), skipping those that start with one of the excluded prefixes; -1 when none does.
func column(t *build.Table, prefix string, except ...string) int {
	for i, c := range t.Columns {
		l := strings.ToLower(c.Label)
		if !strings.HasPrefix(l, strings.ToLower(prefix)) {
			continue
		}
		skip := false
		for _, e := range except {
			skip = skip || strings.HasPrefix(l, strings.ToLower(e))
		}
		if !skip {
			return i
		}
	}
	return -1
}

// pair returns the index of the pair with a label, -1 when there is none.
func pair(s *build.Sheet, label string) int {
	for i, p := range s.Pairs {
		if p.Label == label {
			return i
		}
	}
	return -1
}
