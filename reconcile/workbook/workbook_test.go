package workbook

import (
	"fmt"
	"testing"
	"time"
	"unsafe"

	"github.com/shopspring/decimal"
)

func cellAt(sheet string, row, col int, text string) *Cell {
	return &Cell{Sheet: sheet, Row: row, Col: col, Kind: Text, Text: text}
}

// A row keeps its cells by position when they stand close together, as a list when they lie
// far apart; a lookup finds them either way, and nothing where there is no cell.
func TestRowLayouts(t *testing.T) {
	s := &Sheet{Name: "S"}
	close, far := &GridRow{Num: 1}, &GridRow{Num: 3}
	close.SetCells([]*Cell{cellAt("S", 1, 1, "a"), cellAt("S", 1, 2, "b"), cellAt("S", 1, 5, "e")})
	far.SetCells([]*Cell{cellAt("S", 3, 2, "b"), cellAt("S", 3, 16384, "xfd")})
	s.Rows = []*GridRow{close, far}
	s.Index()
	if len(close.Cells) != 5 || close.Cells[4].Text != "e" || close.Cells[2] != nil {
		t.Errorf("close row: %d slots", len(close.Cells))
	}
	if len(far.Cells) != 2 {
		t.Errorf("far row: %d slots, want its 2 cells", len(far.Cells))
	}
	if s.MaxCol != 16384 {
		t.Errorf("MaxCol %d", s.MaxCol)
	}
	for _, tc := range []struct {
		row, col int
		want     string
	}{{1, 1, "a"}, {1, 2, "b"}, {1, 3, ""}, {1, 5, "e"}, {1, 6, ""}, {1, 0, ""}, {2, 1, ""},
		{3, 1, ""}, {3, 2, "b"}, {3, 3, ""}, {3, 16384, "xfd"}, {3, 16385, ""}, {4, 1, ""}, {0, 1, ""}} {
		c := s.Cell(tc.row, tc.col)
		got := ""
		if c != nil {
			got = c.Text
			if c.Row != tc.row || c.Col != tc.col {
				t.Errorf("(%d,%d): cell says (%d,%d)", tc.row, tc.col, c.Row, c.Col)
			}
		}
		if got != tc.want {
			t.Errorf("(%d,%d) = %q, want %q", tc.row, tc.col, got, tc.want)
		}
	}
	if got := fmt.Sprint(s.Columns(1)); got != "[1 2 5]" {
		t.Errorf("Columns(1) = %s", got)
	}
	if got := fmt.Sprint(s.Columns(1, 3)); got != "[1 2 5 16384]" {
		t.Errorf("Columns(1, 3) = %s", got)
	}
	if a := s.At(3, 3); a.Ref() != "C3" || a.Kind != Blank {
		t.Errorf("At(3,3): %+v", a)
	}
}

// Rows set by hand (as tests build them) are settled by Index: by position when each cell
// stands at its column, else listed by column with the last of a column kept.
func TestIndexSettlesRowsSetByHand(t *testing.T) {
	s := &Sheet{Name: "S"}
	byPos := &GridRow{Num: 2, Cells: []*Cell{cellAt("S", 2, 1, "a"), nil, cellAt("S", 2, 3, "c")}}
	mixed := &GridRow{Num: 1, Cells: []*Cell{cellAt("S", 1, 9, "i"), cellAt("S", 1, 2, "b"), nil, cellAt("S", 1, 9, "i2")}}
	s.Rows = []*GridRow{byPos, mixed} // out of order too
	s.Index()
	if s.Rows[0] != mixed {
		t.Errorf("rows not in order")
	}
	if s.Cell(2, 3).Text != "c" || s.Cell(2, 2) != nil {
		t.Errorf("row by position")
	}
	if s.Cell(1, 9).Text != "i2" || s.Cell(1, 2).Text != "b" || len(mixed.Cells) != 2 {
		t.Errorf("mixed row: %d cells, I9 %q", len(mixed.Cells), s.Cell(1, 9).Text)
	}
	if s.MaxCol != 9 {
		t.Errorf("MaxCol %d", s.MaxCol)
	}
}

// A sheet of a few rows far apart finds them without a table as long as its last row number.
func TestRowsFarApart(t *testing.T) {
	s := &Sheet{Name: "S"}
	for _, n := range []int{1, 500000, 1048576} {
		r := &GridRow{Num: n}
		r.SetCells([]*Cell{cellAt("S", n, 1, fmt.Sprint(n))})
		s.Rows = append(s.Rows, r)
	}
	s.Index()
	if s.byNum != nil {
		t.Errorf("a row table of %d entries for 3 rows", len(s.byNum))
	}
	for _, n := range []int{1, 500000, 1048576} {
		if c := s.Cell(n, 1); c == nil || c.Text != fmt.Sprint(n) {
			t.Errorf("row %d: %v", n, c)
		}
	}
	if s.Cell(2, 1) != nil || s.Cell(1048577, 1) != nil {
		t.Errorf("a row that is not there")
	}
}

// Merged ranges: the cells the sheet has point to the top-left cell; the positions it lacks
// read as blank cells pointing there, made when asked for; where ranges overlap the later
// wins, as when every merged cell was made in file order.
func TestMerges(t *testing.T) {
	s := &Sheet{Name: "S"}
	r1, r5 := &GridRow{Num: 1}, &GridRow{Num: 5, Hidden: true}
	top := cellAt("S", 1, 1, "Sasaran")
	inside := cellAt("S", 1, 3, "typed over")
	r1.SetCells([]*Cell{top, inside, cellAt("S", 1, 20, "kanan")})
	blankTop := &Cell{Sheet: "S", Row: 5, Col: 2, Hidden: true}
	r5.SetCells([]*Cell{blankTop})
	s.Rows = []*GridRow{r1, r5}
	s.SetMerges([]Range{
		{R1: 1, C1: 1, R2: 3, C2: 3},        // A1:C3
		{R1: 5, C1: 2, R2: 4100, C2: 16384}, // B5:XFD4100, past the reader's bound but valid here
		{R1: 2, C1: 3, R2: 2, C2: 4},        // C2:D2, overlapping A1:C3 at C2
		{R1: 9, C1: 1, R2: 9, C2: 2},        // no top-left cell: not taken
	})
	if inside.MergedInto != top || top.MergedInto != nil {
		t.Errorf("C1: MergedInto %v; A1: %v", inside.MergedInto, top.MergedInto)
	}
	for _, tc := range []struct {
		row, col int
		anchor   *Cell
		hidden   bool
	}{{1, 2, top, false}, {3, 1, top, false}, {3, 3, top, false}, {2, 2, top, false},
		{5, 3, blankTop, true}, {4100, 16384, blankTop, false}, {6, 2, blankTop, false}} {
		c := s.Cell(tc.row, tc.col)
		if c == nil || c.MergedInto != tc.anchor || c.Kind != Blank || c.Ref() != Ref(tc.col, tc.row) || c.Hidden != tc.hidden || c.Sheet != "S" {
			t.Errorf("%s: %+v, want a blank cell merged into %s (hidden %v)", Ref(tc.col, tc.row), c, tc.anchor.Ref(), tc.hidden)
		}
	}
	// C2:D2 was not taken: C2, its top-left cell, is no cell of the sheet (the reader makes
	// one; SetMerges takes none without it). C2 stays in A1:C3.
	if c := s.Cell(2, 3); c == nil || c.MergedInto != top {
		t.Errorf("C2: %+v", c)
	}
	if c := s.Cell(2, 4); c != nil {
		t.Errorf("D2: %+v", c)
	}
	if c := s.Cell(4, 1); c != nil {
		t.Errorf("A4, under A1:C3: %+v", c)
	}
	if s.Cell(5, 2) != blankTop || s.Cell(4101, 2) != nil || s.Cell(9, 1) != nil {
		t.Errorf("B5, B4101, A9")
	}
	if s.MaxCol != 16384 {
		t.Errorf("MaxCol %d", s.MaxCol)
	}
	if got := fmt.Sprint(s.Columns(1)); got != "[1 2 3 20]" {
		t.Errorf("Columns(1) = %s", got)
	}
	if got := len(s.Columns(6)); got != 16383 {
		t.Errorf("Columns(6): %d columns, want B to XFD", got)
	}
	if c := s.Cell(2, 2); c.Value() != "Sasaran" {
		t.Errorf("B2 shows %q", c.Value())
	}
}

// Overlapping ranges (a file Excel would repair): the later range wins at the cells they share.
func TestOverlappingMerges(t *testing.T) {
	s := &Sheet{Name: "S"}
	r1, r2 := &GridRow{Num: 1}, &GridRow{Num: 2}
	a1, b2 := cellAt("S", 1, 1, "a"), cellAt("S", 2, 2, "b")
	r1.SetCells([]*Cell{a1})
	r2.SetCells([]*Cell{b2})
	s.Rows = []*GridRow{r1, r2}
	s.SetMerges([]Range{{R1: 1, C1: 1, R2: 3, C2: 3}, {R1: 2, C1: 2, R2: 4, C2: 4}})
	if b2.MergedInto != a1 {
		t.Errorf("B2, the later range's top-left cell inside the earlier: MergedInto %v", b2.MergedInto)
	}
	for ref, want := range map[[2]int]*Cell{{1, 2}: a1, {3, 3}: b2, {3, 1}: a1, {4, 4}: b2, {2, 3}: b2} {
		if c := s.Cell(ref[0], ref[1]); c == nil || c.MergedInto != want {
			t.Errorf("%v: %+v, want merged into %s", ref, c, want.Ref())
		}
	}
}

func TestUncachedIsNotEmpty(t *testing.T) {
	uncached := &Cell{}
	uncached.SetFormula("SUM(B2:B5)")
	if uncached.IsEmpty() || !uncached.Uncached() {
		t.Errorf("a formula without a cached value: IsEmpty %v Uncached %v", uncached.IsEmpty(), uncached.Uncached())
	}
	dash := &Cell{HasCache: true, Kind: Text, Text: "-", None: true}
	dash.SetFormula(`IF(B2=0,"-",C2/B2*100)`)
	if !dash.IsEmpty() || dash.Uncached() {
		t.Errorf("a formula showing \"-\": IsEmpty %v Uncached %v", dash.IsEmpty(), dash.Uncached())
	}
	if !(&Cell{}).IsEmpty() || (&Cell{}).Uncached() {
		t.Errorf("a blank cell")
	}
}

func TestDay(t *testing.T) {
	n := decimal.NewFromInt(44927)
	for _, tc := range []struct {
		c    *Cell
		want time.Time
	}{
		{&Cell{Num: n}, time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)},
		{&Cell{Num: n, Date1904: true}, time.Date(2027, 1, 2, 0, 0, 0, 0, time.UTC)},
		{&Cell{Num: decimal.NewFromInt(43465), Date1904: true}, time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)},
		{&Cell{Num: decimal.NewFromInt(61)}, time.Date(1900, 3, 1, 0, 0, 0, 0, time.UTC)},
	} {
		if got := tc.c.Day(tc.c.Num.IntPart()); !got.Equal(tc.want) {
			t.Errorf("serial %s (1904: %v): %s, want %s", tc.c.Num, tc.c.Date1904, got.Format("2006-01-02"), tc.want.Format("2006-01-02"))
		}
	}
}

// A 100,000-row budget sheet holds half a million cells: each byte of a cell is half a
// megabyte of the check's peak (issue #15's 150 MB). The fields are ordered so that the
// struct has no padding; a field added in the wrong place costs 8 bytes a cell.
func TestCellSize(t *testing.T) {
	if n := unsafe.Sizeof(Cell{}); n > 96 {
		t.Errorf("a Cell is %d bytes, want at most 96: put small fields with the small ones", n)
	}
}

// Cells of one number format and no formula share one record; setting a formula gives the
// cell its own, and the others keep theirs.
func TestFormatsShared(t *testing.T) {
	var f Formats
	a, b := &Cell{}, &Cell{}
	f.Set(a, "", "#,##0")
	f.Set(b, "", "#,##0")
	if a.more == nil || a.more != b.more || a.NumberFormat() != "#,##0" {
		t.Fatalf("two cells of one format: records %p %p, format %q", a.more, b.more, a.NumberFormat())
	}
	b.SetFormula("C2-D2")
	if a.Formula() != "" || b.Formula() != "C2-D2" || b.NumberFormat() != "#,##0" || a.more == b.more {
		t.Errorf("after a formula set on one: %q %q, formats %q %q", a.Formula(), b.Formula(), a.NumberFormat(), b.NumberFormat())
	}
	f.Set(a, "", "")
	if a.more != nil || a.NumberFormat() != "" {
		t.Errorf("General and no formula keep a record: %+v", a.more)
	}
}
