// Package workbook is the model of an LKjIP workbook that rules see: the sheets the spec
// defines, each read into a table of typed cells with their sheet and address and exact
// values. It knows nothing of excelize or of the file format; the reader fills it once and every
// rule reads it.
package workbook

import (
	"strconv"
	"strings"

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

// CellKind says what a cell holds.
type CellKind int

// Kinds of cell content.
const (
	Blank  CellKind = iota
	Number          // a figure: a numeric cell, a formula's cached number, or a text in number notation
	Text            // text that is not a number
	Bool
	Error // an error value such as #DIV/0!
)

// Cell is one cell of a sheet with everything the rules need to judge its figure.
type Cell struct {
	Sheet string // the workbook's own sheet name
	Ref   string // "F12"
	Row   int    // 1-based
	Col   int    // 1-based

	Kind CellKind
	// Text is what the cell holds as text: the string of a text cell, the stored text of a
	// numeric cell ("98.32"), the cached text of a formula, the code of an error.
	Text string
	// Num is the exact figure when Kind is Number (a percent-formatted cell holds its shown
	// percentage: 0.9832 formatted "0.00%" is 98.32).
	Num decimal.Decimal
	// Decimals is how many decimals the figure shows: the rounding rule compares at it.
	Decimals int
	// None marks "-" or a blank in a figure column: no figure, not zero written as a number.
	None bool
	// FromText is true when the figure was read from text in Indonesian notation.
	FromText bool
	// Percent is true when the cell's format or text carries a % sign.
	Percent bool
	// NumberFormat is the cell's format code ("#,##0.00"), "" for General.
	NumberFormat string
	// Date is true when the format shows the number as a date (Num is then a serial day).
	Date bool

	// Formula is the cell's formula without "=", shared formulas already expanded.
	Formula string
	// HasCache is false for a formula cell saved without a cached value.
	HasCache bool

	Hidden bool // the row is hidden
	// MergedInto is the top-left cell of the merged range holding this cell, nil otherwise or
	// for that top-left cell itself.
	MergedInto *Cell
}

// IsFigure reports whether the cell holds a figure.
func (c *Cell) IsFigure() bool { return c != nil && c.Kind == Number }

// IsEmpty reports whether the cell holds nothing (or "-").
func (c *Cell) IsEmpty() bool {
	return c == nil || c.Kind == Blank || c.None
}

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

// Sheet is one worksheet as read, before any table is recognised in it.
type Sheet struct {
	Name     string
	Position int // position in the workbook, 0-based
	Hidden   bool
	Rows     []*GridRow // in row order, only rows that exist in the file
	// MaxCol is the largest column index holding a cell.
	MaxCol int
	// Damaged is set when the sheet's XML could not be read to its end.
	Damaged string
	byRow   map[int]*GridRow
}

// GridRow is one row of a sheet.
type GridRow struct {
	Num    int
	Hidden bool
	Cells  []*Cell // indexed by column-1; nil where the file has no cell
}

// Index builds the row lookup; the reader calls it once the rows are in place.
func (s *Sheet) Index() {
	s.byRow = make(map[int]*GridRow, len(s.Rows))
	for _, r := range s.Rows {
		s.byRow[r.Num] = r
		if len(r.Cells) > s.MaxCol {
			s.MaxCol = len(r.Cells)
		}
	}
}

// Cell returns the cell at row and col (1-based), or nil.
func (s *Sheet) Cell(row, col int) *Cell {
	r := s.byRow[row]
	if r == nil || col < 1 || col > len(r.Cells) {
		return nil
	}
	return r.Cells[col-1]
}

// At returns the cell at row and col, creating an empty placeholder with its address when the
// file has none, so that a finding can always name a cell.
func (s *Sheet) At(row, col int) *Cell {
	if c := s.Cell(row, col); c != nil {
		return c
	}
	return &Cell{Sheet: s.Name, Ref: Ref(col, row), Row: row, Col: col}
}

// Ref builds an A1 reference.
func Ref(col, row int) string {
	var buf [24]byte // one allocation per cell: the reader names every cell it keeps
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
