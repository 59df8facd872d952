// Package workbook is the model of an LKjIP workbook that rules see: the sheets the spec
// defines, each read into a table of typed cells with their sheet and address and exact
// values. It knows nothing of excelize or of the file format; the reader fills it once and every
// rule reads it.
package workbook

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/shopspring/decimal"
)

// Kind is one of the sheets of the standard workbook (spec, "Sheets").
type Kind string

// The sheets of the standard LKjIP workbook.
const (
	Identitas         Kind = "Identitas"
	IKU               Kind = "IKU"
	PK                Kind = "PK"
	Pengukuran        Kind = "Pengukuran"
	AnggaranSasaran   Kind = "Anggaran Sasaran"
	RealisasiAnggaran Kind = "Realisasi Anggaran"
	Ringkasan         Kind = "Ringkasan"
	Pegawai           Kind = "Pegawai"
	Inventaris        Kind = "Inventaris"
	Skala             Kind = "Skala"
)

// Kinds lists every sheet kind in the order of the spec.
var Kinds = []Kind{Identitas, IKU, PK, Pengukuran, AnggaranSasaran, RealisasiAnggaran,
	Ringkasan, Pegawai, Inventaris, Skala}

// Cell is one cell of a sheet with everything the rules need to judge its figure.
type Cell struct {
	Sheet string // the workbook's own sheet name
	Row   int    // 1-based
	Col   int    // 1-based

	// Text is what the cell holds as text: the string of a text cell, the stored text of a
	// numeric cell ("98.32") at the 15 significant digits a spreadsheet keeps (a float
	// artefact stored as 98.56999999999999 is "98.57", as Excel shows it), the cached text of
	// a formula, the code of an error.
	Text string
	// Num is the exact figure when Kind is Number (a percent-formatted cell holds its shown
	// percentage: 0.9832 formatted "0.00%" is 98.32).
	Num decimal.Decimal
	// more holds the cell's formula and number format (Formula, NumberFormat): nil for a
	// cell that has neither, one record shared by the cells of one format and no formula
	// (Formats). Most cells of a big sheet have no formula and one of a few formats; two
	// strings in each would be a quarter of its size.
	more *cellMore

	// MergedInto is the top-left cell of the merged range holding this cell, nil otherwise or
	// for that top-left cell itself.
	MergedInto *Cell

	// The small fields come last, together, so that the struct has no padding between them:
	// a 100,000-row sheet holds over half a million cells.

	// ID numbers the cell within its workbook, from 1, in reading order; 0 for a cell lkjip
	// made itself (a blank where the file has none, the inner cell of a merged range, a value
	// split from its label). The checker indexes the cells it judges by it: a map of half a
	// million cells by their place costs more than the rest of the judging.
	ID int32
	// Decimals is how many decimals the figure shows: the rounding rule compares at it.
	Decimals int16
	Kind     CellKind
	// None marks "-" or a blank in a figure column: no figure, not zero written as a number.
	None bool
	// FromText is true when the figure was read from text in Indonesian notation.
	FromText bool
	// Percent is true when the cell's format or text carries a % sign.
	Percent bool
	// Date is true when the format shows the number as a date (Num is then a serial day,
	// counted in the workbook's date system: see Date1904 and Day).
	Date bool
	// Date1904 is true when the workbook counts its serial days from 1904 (Mac Excel's
	// date system, workbookPr date1904="1"): the serial of a date is then 1,462 less than in
	// the 1900 system.
	Date1904 bool
	// HasCache is false for a formula cell saved without a cached value (no <v>, or an
	// empty one as openpyxl writes it): its value is unknown, not empty.
	HasCache bool
	Hidden   bool // the row is hidden
	// Rounded marks an amount printed rounded from a larger exact one, at the decimals it
	// shows (an amount in miliar, "2.325,32 M"): the exact amount may lie half a unit of its
	// last decimal either side, and the figures computed from it are judged so.
	Rounded bool
}

type cellMore struct{ formula, format string }

// Formula returns the cell's formula without "=", shared formulas already expanded; "" for
// none.
func (c *Cell) Formula() string {
	if c.more == nil {
		return ""
	}
	return c.more.formula
}

// NumberFormat returns the cell's format code ("#,##0.00"), "" for General.
func (c *Cell) NumberFormat() string {
	if c.more == nil {
		return ""
	}
	return c.more.format
}

// SetFormula sets the cell's formula (without "="), keeping its number format.
func (c *Cell) SetFormula(formula string) { c.set(formula, c.NumberFormat()) }

// SetNumberFormat sets the cell's number format code, keeping its formula.
func (c *Cell) SetNumberFormat(format string) { c.set(c.Formula(), format) }

// set gives the cell a record of its own: a shared one is never changed.
func (c *Cell) set(formula, format string) {
	c.more = nil
	if formula != "" || format != "" {
		c.more = &cellMore{formula: formula, format: format}
	}
}

// Formats gives the cells of one number format and no formula one shared record of it (a
// reader's: a sheet of half a million cells has a handful of formats). The zero value is
// ready to use; a nil *Formats shares nothing.
type Formats struct{ shared map[string]*cellMore }

// Set sets a cell's formula and number format.
func (f *Formats) Set(c *Cell, formula, format string) {
	if f == nil || formula != "" || format == "" {
		c.set(formula, format)
		return
	}
	m := f.shared[format]
	if m == nil {
		if f.shared == nil {
			f.shared = map[string]*cellMore{}
		}
		m = &cellMore{format: format}
		f.shared[format] = m
	}
	c.more = m
}

// CellKind says what a cell holds.
type CellKind uint8

// Kinds of cell content.
const (
	Blank  CellKind = iota
	Number          // a figure: a numeric cell, a formula's cached number, or a text in number notation
	Text            // text that is not a number
	Bool
	Error // an error value such as #DIV/0!
)

// IsFigure reports whether the cell holds a figure.
func (c *Cell) IsFigure() bool { return c != nil && c.Kind == Number }

// IsEmpty reports whether the cell holds nothing (or "-"). A formula saved without its
// cached value is not empty: what it shows is unknown (UM006 says so), and a check that
// took it for a blank would report a figure missing where the file has a formula.
func (c *Cell) IsEmpty() bool {
	return c == nil || c.Kind == Blank && !c.Uncached() || c.None
}

// Uncached reports whether the cell is a formula saved without its cached value.
func (c *Cell) Uncached() bool { return c != nil && c.Formula() != "" && !c.HasCache }

// String returns the cell's text, trimmed; "" for a nil cell.
func (c *Cell) String() string {
	if c == nil {
		return ""
	}
	return strings.TrimSpace(c.Text)
}

// Value returns the text a label cell shows, looking through a merge to its top-left cell.
func (c *Cell) Value() string {
	if c == nil {
		return ""
	}
	if c.Kind == Blank && c.MergedInto != nil {
		return c.MergedInto.String()
	}
	return c.String()
}

// epoch1900 and epoch1904 are day 0 of the two date systems of a spreadsheet. 1899-12-30 makes
// the serials of the 1900 system right from March 1900 on (Lotus 1-2-3 counted a 29 February
// 1900 that never was, and Excel kept it); the 1904 system starts at 1904-01-01, day 0.
var (
	epoch1900 = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)
	epoch1904 = time.Date(1904, 1, 1, 0, 0, 0, 0, time.UTC)
)

// Day returns the date a serial day number shows in the cell's workbook (its whole days; the
// time of day is dropped): 44927 is 1 January 2023 in the 1900 system and 5 January 2027 in
// the 1904 system.
func (c *Cell) Day(serial int64) time.Time {
	if c != nil && c.Date1904 {
		return epoch1904.AddDate(0, 0, int(serial))
	}
	return epoch1900.AddDate(0, 0, int(serial))
}

// Sheet is one worksheet as read, before any table is recognised in it.
type Sheet struct {
	Name     string
	Position int // position in the workbook, 0-based
	Hidden   bool
	Rows     []*GridRow // in row order, only rows that exist in the file
	// MaxCol is the largest column index holding a cell or covered by a merged range.
	MaxCol int
	// Damaged is set when the sheet's XML could not be read to its end.
	Damaged string

	// byNum finds a row by its number when the rows are numbered closely (most sheets):
	// byNum[n] is row n; nil otherwise, and rows are found by binary search in Rows.
	byNum  []*GridRow
	merges *mergeIndex
}

// GridRow is one row of a sheet.
type GridRow struct {
	Num int
	// Cells holds the row's cells in column order; iterate it skipping nils. A row whose
	// cells stand close together keeps them by position (Cells[col-1], nil where the file
	// has no cell); a row whose few cells lie far apart (one at column XFD) lists only the
	// cells it has, so that it costs what it holds, not the width of the sheet. Sheet.Cell
	// looks a cell up either way; set the cells with SetCells.
	Cells []*Cell
	// The small fields last: 40 bytes a row, not 48.
	Hidden bool
	layout rowLayout
}

type rowLayout uint8

const (
	layoutUnknown rowLayout = iota // set by hand: Sheet.Index finds out
	layoutDense                    // Cells[col-1] is column col
	layoutSparse                   // Cells lists the cells only, by column
)

// SetCells sets a row's cells: cells holds no nil and is in column order, each column once.
// The row keeps them by position when they stand close together (a lookup is then one
// index), as a list otherwise. cells is not kept.
func (r *GridRow) SetCells(cells []*Cell) { r.SetCellsFrom(cells, nil) }

// SetCellsFrom is SetCells taking the row's room from slab when it is not nil: the rows of a
// sheet, read together, share a few large arrays of cell pointers instead of one small one
// each (which the allocator rounds up: five pointers take 48 bytes, not 40). The slab keeps
// its array alive as long as a row uses it: give it to rows that live together.
func (r *GridRow) SetCellsFrom(cells []*Cell, slab *[]*Cell) {
	room := func(n int) []*Cell {
		if slab == nil {
			return make([]*Cell, n)
		}
		if cap(*slab)-len(*slab) < n {
			*slab = make([]*Cell, 0, max(n, 4096))
		}
		at := len(*slab)
		*slab = (*slab)[:at+n]
		return (*slab)[at : at+n : at+n]
	}
	if len(cells) == 0 {
		r.Cells, r.layout = nil, layoutDense
		return
	}
	last := cells[len(cells)-1].Col
	// Close together: the gaps cost at most one pointer per cell and a few more. A sheet's
	// rows mostly start at column A and skip an empty cell here and there.
	if last <= 2*len(cells)+8 {
		out := room(last)
		for _, c := range cells {
			out[c.Col-1] = c
		}
		r.Cells, r.layout = out, layoutDense
		return
	}
	out := room(len(cells))
	copy(out, cells)
	r.Cells, r.layout = out, layoutSparse
}

// cell returns the row's cell in a column, or nil.
func (r *GridRow) cell(col int) *Cell {
	cs := r.Cells
	if r.layout != layoutSparse {
		if col < 1 || col > len(cs) {
			return nil
		}
		return cs[col-1]
	}
	lo, hi := 0, len(cs)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if cs[m].Col < col {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(cs) && cs[lo].Col == col {
		return cs[lo]
	}
	return nil
}

// lastCol is the column of the row's last cell, 0 when it has none.
func (r *GridRow) lastCol() int {
	for i := len(r.Cells) - 1; i >= 0; i-- {
		if c := r.Cells[i]; c != nil {
			if r.layout == layoutSparse {
				return c.Col
			}
			return i + 1
		}
	}
	return 0
}

// normalise settles the layout of a row whose cells were set by hand: kept by position when
// each cell stands at its column's index, else listed by column (the last of a column
// counts, as a later cell of the file replaces an earlier one).
func (r *GridRow) normalise() {
	if r.layout != layoutUnknown {
		return
	}
	dense := true
	for i, c := range r.Cells {
		if c != nil && c.Col != i+1 {
			dense = false
			break
		}
	}
	if dense {
		r.layout = layoutDense
		return
	}
	var cells []*Cell
	for _, c := range r.Cells {
		if c != nil {
			cells = append(cells, c)
		}
	}
	r.Cells, r.layout = InColumnOrder(cells), layoutSparse
}

// InColumnOrder sorts cells by column (stably: file order within a column) and keeps the
// last of each column (as a later cell of the file replaces an earlier one), in place.
func InColumnOrder(cells []*Cell) []*Cell {
	sorted := true
	for i := 1; i < len(cells); i++ {
		if cells[i].Col <= cells[i-1].Col {
			sorted = false
			break
		}
	}
	if sorted {
		return cells
	}
	slices.SortStableFunc(cells, func(a, b *Cell) int { return a.Col - b.Col })
	out := cells[:0]
	for _, c := range cells {
		if n := len(out); n > 0 && out[n-1].Col == c.Col {
			out[n-1] = c
			continue
		}
		out = append(out, c)
	}
	return out
}

// Index builds the row lookup and MaxCol; the reader calls it once the rows are in place
// (code that changes Rows or a row's cells by hand calls it again). Rows are put in row
// order.
func (s *Sheet) Index() {
	s.MaxCol = 0
	sorted := true
	maxNum := 0
	for i, r := range s.Rows {
		r.normalise()
		s.MaxCol = max(s.MaxCol, r.lastCol())
		if i > 0 && r.Num < s.Rows[i-1].Num {
			sorted = false
		}
		maxNum = max(maxNum, r.Num)
	}
	if !sorted {
		slices.SortStableFunc(s.Rows, func(a, b *GridRow) int { return a.Num - b.Num })
	}
	s.byNum = nil
	// A table by row number costs a pointer per number up to the last row: taken when the
	// rows are numbered closely, not for a sheet of a few rows far apart (one at row 1,048,576).
	if maxNum <= 2*len(s.Rows)+64 {
		s.byNum = make([]*GridRow, maxNum+1)
		for _, r := range s.Rows {
			s.byNum[r.Num] = r
		}
	}
	if s.merges != nil {
		s.MaxCol = max(s.MaxCol, s.merges.maxCol)
	}
}

// row returns the row numbered n, or nil.
func (s *Sheet) row(n int) *GridRow {
	if s.byNum != nil {
		if n < 0 || n >= len(s.byNum) {
			return nil
		}
		return s.byNum[n]
	}
	rows := s.Rows
	i, found := slices.BinarySearchFunc(rows, n, func(r *GridRow, n int) int { return r.Num - n })
	if !found {
		return nil
	}
	return rows[i]
}

// Cell returns the cell at row and col (1-based), or nil. A position inside a merged range
// that the file has no cell for reads as a blank cell pointing to the range's top-left cell
// (MergedInto), made when asked for: a merge costs what it holds, not the cells it spans.
func (s *Sheet) Cell(row, col int) *Cell {
	if r := s.row(row); r != nil {
		if c := r.cell(col); c != nil {
			return c
		}
	}
	if s.merges == nil {
		return nil
	}
	return s.mergedCell(row, col)
}

// At returns the cell at row and col, creating an empty placeholder with its address when the
// file has none, so that a finding can always name a cell.
func (s *Sheet) At(row, col int) *Cell {
	if c := s.Cell(row, col); c != nil {
		return c
	}
	return &Cell{Sheet: s.Name, Row: row, Col: col}
}

// Ref returns the cell's address in its sheet ("F12"). It is made when asked for, not kept:
// a finding names a few cells, a sheet holds half a million.
func (c *Cell) Ref() string { return Ref(c.Col, c.Row) }

// Ref returns the address of a column and row ("F12").
func Ref(col, row int) string {
	var buf [24]byte
	b := appendColumn(buf[:0], col)
	return string(strconv.AppendInt(b, int64(row), 10))
}

func appendColumn(b []byte, col int) []byte {
	start := len(b)
	for col > 0 {
		col--
		b = append(b, byte('A'+col%26))
		col /= 26
	}
	for i, j := start, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return b
}

// ColumnName turns a 1-based column index into letters: 1 is A, 28 is AB.
func ColumnName(col int) string {
	var buf [8]byte
	return string(appendColumn(buf[:0], col))
}
