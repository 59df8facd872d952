package reconcile

import (
	"context"
	"encoding/json"
	"slices"
	"sort"
	"strings"

	"github.com/shopspring/decimal"

	"lkjip/reconcile/layout"
	"lkjip/reconcile/workbook"
)

// Coverage says how much of a workbook's figures the rules checked (issue #16): "no errors"
// must mean "checked, and right", so every report says which figures no rule looked at.
//
// A figure is a cell holding a number, or text that reads as one, in any sheet lkjip read
// (its own output sheets aside), inside the tables it recognised and outside them. Not
// figures: dates; the header rows and column-number row of a recognised table, and their
// repeats after a page break; the columns that only identify a row (No, Kode, Level), whose
// numbers say where a row stands, not how much; and columns of remarks (Keterangan).
//
// A figure is checked when some rule used it as an input or judged it as an output: a cell of
// a declared relation (Pass.Relate), a cell compared with its recomputation
// (Pass.CheckFigure), a cell a rule says it judged (Pass.Checked), or the cell of a finding.
// The report year and the Renstra period count as checked: every rule about years judges
// against them. Checks across files (last year's report, BKS005) are not counted: the
// coverage is the file's own, made before the batch.
type Coverage struct {
	Figures int
	Checked int
	// Unchecked are the figures no rule checked, as ranges of contiguous cells of one
	// column, in sheet order then column then row.
	Unchecked []Span
}

// Span is a range of unchecked figures in one column of one sheet.
type Span struct {
	Sheet    string
	Col      int
	From, To int // sheet rows, inclusive
	// Header is the label of the column when the span lies in a recognised table under a
	// header lkjip cannot place (the usual reason a figure goes unchecked), "" otherwise.
	Header string
}

// String writes the span as "Sheet!G4:G30", or "Sheet!G4" for one cell.
func (s Span) String() string {
	from := workbook.Ref(s.Col, s.From)
	if s.To == s.From {
		return s.Sheet + "!" + from
	}
	return s.Sheet + "!" + from + ":" + workbook.Ref(s.Col, s.To)
}

// Reason says in a report's line why the span was not checked; "" when lkjip has nothing
// more precise to say than that no rule reads it.
func (s Span) Reason() Text {
	if s.Header == "" {
		return Text{}
	}
	return Msg("kolom %q tidak dikenal", "column %q not recognised", s.Header)
}

// MarshalJSON writes {"figures": N, "checked": N, "unchecked": ["Sheet!G4:G30", ...]}: the
// ranges as strings, which a script can hand to a spreadsheet as they are.
func (c Coverage) MarshalJSON() ([]byte, error) {
	u := make([]string, len(c.Unchecked))
	for i, s := range c.Unchecked {
		u[i] = s.String()
	}
	return json.Marshal(struct {
		Figures   int      `json:"figures"`
		Checked   int      `json:"checked"`
		Unchecked []string `json:"unchecked"`
	}{c.Figures, c.Checked, u})
}

// UnplacedColumn is a column of a recognised table that holds figures in its rows but whose
// header names no role lkjip knows: nothing checks it.
type UnplacedColumn struct {
	Table  *workbook.Table
	Col    int
	Header *workbook.Cell // the header cell naming it, the lowest header row's first
	Label  string
}

// UnplacedColumns returns the columns of a table that hold at least one figure in its rows
// (the Jumlah row included) under a header that is no column of the table, in column order.
// A column without any header text is left out (there is nothing to name), and so is a column
// of remarks. UM020 makes a note of each; the coverage line gives their label as the reason
// the figures were not checked.
func UnplacedColumns(t *workbook.Table) []UnplacedColumn {
	out, _ := unplaced(t)
	return out
}

// unplaced returns the unplaced columns of a table that hold figures, and apart the columns
// of remarks among them.
func unplaced(t *workbook.Table) (out []UnplacedColumn, remarkCols []int) {
	rows := t.AllRows()
	if len(t.HeaderRows) == 0 || len(rows) == 0 {
		return nil, nil
	}
	// Every file of a batch runs this twice (UM020, the coverage): the rows' cells are
	// walked once, in the sheet's own rows, without a lookup per cell.
	placed := make([]bool, t.Sheet.MaxCol+1)
	for _, c := range t.Columns {
		if c.Col < len(placed) {
			placed[c.Col] = true
		}
	}
	var figures []bool
	forRows(t.Sheet, rows, func(gr *workbook.GridRow) {
		for i, c := range gr.Cells {
			if i+1 < len(placed) && !placed[i+1] && isFigure(c) {
				if figures == nil {
					figures = make([]bool, len(placed))
				}
				figures[i+1] = true
			}
		}
	})
	for col, ok := range figures {
		if !ok {
			continue
		}
		hdr, label := headerAt(t, col)
		switch {
		case remarks(label):
			remarkCols = append(remarkCols, col)
		case label != "":
			out = append(out, UnplacedColumn{Table: t, Col: col, Header: hdr, Label: label})
		}
	}
	return out, remarkCols
}

// forRows calls f with the sheet's row of each of rows, which run down the sheet (a table's
// rows, then its Jumlah).
func forRows(sh *workbook.Sheet, rows []*workbook.Row, f func(*workbook.GridRow)) {
	i := sort.Search(len(sh.Rows), func(i int) bool { return sh.Rows[i].Num >= rows[0].Num })
	for _, r := range rows {
		for i < len(sh.Rows) && sh.Rows[i].Num < r.Num {
			i++
		}
		if i < len(sh.Rows) && sh.Rows[i].Num == r.Num {
			f(sh.Rows[i])
		}
	}
}

// headerAt returns the text over a column in a table's header, from the lowest header row
// up: a sub-label under a group speaks for the column before the group does. A merged cell
// spanning the column counts only at its own first column, so that a group label over
// recognised columns does not name every empty column under it.
func headerAt(t *workbook.Table, col int) (*workbook.Cell, string) {
	for i := len(t.HeaderRows) - 1; i >= 0; i-- {
		c := t.Sheet.Cell(t.HeaderRows[i], col)
		if c == nil || c.MergedInto != nil {
			continue
		}
		if s := strings.Join(strings.Fields(c.String()), " "); s != "" {
			return c, s
		}
	}
	return nil, ""
}

// remarks reports whether a header names a column of remarks (Keterangan, Ket., Catatan): a
// number written there ("1", a letter's number) is a note beside the table, not a figure of
// the report, and lkjip places the column as what it is.
func remarks(label string) bool {
	switch strings.Trim(strings.ToLower(label), " .:") {
	case "keterangan", "ket", "catatan", "remarks", "notes":
		return true
	}
	return false
}

// isFigure reports whether a cell counts as a figure for coverage (see Coverage).
func isFigure(c *workbook.Cell) bool {
	return c != nil && c.Kind == workbook.Number && !c.None && !c.Date
}

// mark records cells a rule used or judged, for the coverage.
func (c *collector) mark(cells ...*workbook.Cell) {
	set := c.cellSet()
	for _, x := range cells {
		set.add(x)
	}
}

// cellSet returns the set of the cells checked, made on first use.
func (c *collector) cellSet() *cellSet {
	if c.checked == nil {
		c.checked = newCellSet(c.w)
	}
	return c.checked
}

// cellSet is the set of the figures checked; it keeps no cell that is not a figure (the
// coverage counts figures only). The workbook's own cells are kept by their ID in a bitset: a
// 100,000-row budget checks half a million, which a map of pointers would hold in 8 MB or
// more, at the peak of the run, for 60 KB here. Other figures (one lkjip read from a label's
// text, a cell of the LRA export, whose IDs overlap these) go to a map.
type cellSet struct {
	sheets map[string]bool // the workbook's sheet names: a cell of another has none of them
	bits   []uint64
	other  map[*workbook.Cell]struct{}
}

func newCellSet(w *workbook.Workbook) *cellSet {
	s := &cellSet{sheets: map[string]bool{}, other: map[*workbook.Cell]struct{}{}}
	if w != nil {
		for _, sh := range w.Sheets {
			s.sheets[sh.Name] = true
		}
	}
	return s
}

func (s *cellSet) add(c *workbook.Cell) {
	switch {
	case !isFigure(c):
		// The coverage counts figures only. A blank a rule made for a missing cell (one per
		// row of a column left empty) would otherwise be kept alive in the map.
	case c.ID > 0 && s.sheets[c.Sheet]:
		i := int(c.ID)
		if w := i / 64; w >= len(s.bits) {
			s.bits = slices.Grow(s.bits, w+1-len(s.bits))[:w+1]
		}
		s.bits[i/64] |= 1 << (i % 64)
	default:
		s.other[c] = struct{}{}
	}
}

func (s *cellSet) has(c *workbook.Cell) bool {
	if s == nil || c == nil {
		return false
	}
	if c.ID > 0 && s.sheets[c.Sheet] {
		i := int(c.ID)
		return i/64 < len(s.bits) && s.bits[i/64]&(1<<(i%64)) != 0
	}
	_, ok := s.other[c]
	return ok
}

// tableArea is what the coverage needs of one recognised table: its rows, the columns whose
// numbers are no figures, and the labels of its unplaced columns.
type tableArea struct {
	from, to int    // the sheet rows of its first data row and of its last (the Jumlah)
	out      []bool // by column: No, Kode, Level, Keterangan
	unplaced map[int]string
}

// coverage counts a workbook's figures and those the rules checked.
func coverage(w *workbook.Workbook, checked *cellSet, findings []Finding) *Coverage {
	cov := &Coverage{}
	type place struct {
		sheet    string
		row, col int
	}
	var found map[place]bool
	for _, f := range findings {
		if f.row > 0 {
			if found == nil {
				found = map[place]bool{}
			}
			found[place{f.Sheet, f.row, f.col}] = true
		}
	}
	for _, sh := range w.Sheets {
		if slices.Contains(layout.OutputSheets, sh.Name) {
			continue
		}
		// The header rows and column-number rows of the tables on this sheet, and what of
		// each table's columns is no figure or unplaced.
		var rowsOut map[int]bool
		var areas []tableArea
		for _, t := range w.Tables {
			if t.Sheet != sh {
				continue
			}
			if rowsOut == nil {
				rowsOut = map[int]bool{}
			}
			for _, r := range t.HeaderRows {
				rowsOut[r] = true
			}
			if t.NumberRow > 0 {
				rowsOut[t.NumberRow] = true
			}
			rows := t.AllRows()
			if len(rows) == 0 {
				continue
			}
			// Inside the table, the rows the reader passed over are the header or the
			// column-number row repeated after a page break (Kragan's Inventaris!A36:D36
			// reads "1 | 2 | 3 | 4"), or blank: no figures of the report.
			next := rows[0].Num
			for _, r := range rows {
				for ; next < r.Num; next++ {
					rowsOut[next] = true
				}
				next = r.Num + 1
			}
			a := tableArea{from: rows[0].Num, to: rows[len(rows)-1].Num, out: make([]bool, sh.MaxCol+1)}
			for _, c := range t.Columns {
				switch c.Role {
				case workbook.RoleNo, workbook.RoleKode, workbook.RoleLevel, workbook.RoleKeterangan:
					if c.Col < len(a.out) {
						a.out[c.Col] = true
					}
				}
			}
			cols, remarkCols := unplaced(t)
			for _, col := range remarkCols {
				a.out[col] = true
			}
			for _, u := range cols {
				if a.unplaced == nil {
					a.unplaced = map[int]string{}
				}
				a.unplaced[u.Col] = u.Label
			}
			areas = append(areas, a)
		}
		// Each column's open span, by index into spans: spans grows while they are open.
		var spans []Span
		var last []int
		for _, gr := range sh.Rows {
			if rowsOut[gr.Num] {
				continue
			}
			var area *tableArea
			for i := range areas {
				if areas[i].from <= gr.Num && gr.Num <= areas[i].to {
					area = &areas[i]
				}
			}
			for i, c := range gr.Cells {
				if !isFigure(c) || area != nil && area.out[i+1] {
					continue
				}
				cov.Figures++
				if checked.has(c) || c == w.YearCell || c == w.RenstraCell || found[place{sh.Name, c.Row, c.Col}] {
					cov.Checked++
					continue
				}
				hdr := ""
				if area != nil {
					hdr = area.unplaced[c.Col]
				}
				for len(last) < c.Col {
					last = append(last, -1)
				}
				if j := last[c.Col-1]; j >= 0 && spans[j].To == c.Row-1 && spans[j].Header == hdr {
					spans[j].To = c.Row
					continue
				}
				last[c.Col-1] = len(spans)
				spans = append(spans, Span{Sheet: sh.Name, Col: c.Col, From: c.Row, To: c.Row, Header: hdr})
			}
		}
		// Read row by row, the spans stand in the order they opened; a reader looks down a
		// column, so they are listed by column, each column's top first.
		slices.SortStableFunc(spans, func(a, b Span) int { return a.Col - b.Col })
		cov.Unchecked = append(cov.Unchecked, spans...)
	}
	return cov
}

// CoverageOf checks a workbook already read into the model as a run of its own, as Run does,
// and returns its coverage: the tests of the catalogue assert what the rules check with it.
func CoverageOf(w *workbook.Workbook, rules []*Rule, s *Settings) *Coverage {
	res := &Result{Path: w.Path}
	(&Checker{Rules: rules, Settings: s}).model(context.Background(), res, w)
	return res.Coverage
}

// lineSpans is how many unchecked ranges a report's coverage line names; the JSON lists them
// all, and a line naming hundreds would hide the count it exists to give.
const lineSpans = 12

// Head is the count the coverage opens with, the counts printed as figures: "412 dari 430
// angka diperiksa", "75.000 dari 75.000 angka diperiksa".
func (c *Coverage) Head(lang string) string {
	n := func(v int) Fig { return Fig{Value: decimal.NewFromInt(int64(v))} }
	return Msg("%s dari %s angka diperiksa", "%s of %s figures checked", n(c.Checked), n(c.Figures)).In(lang)
}

// Line is the coverage as a report's closing line for a file, in lang: "412 dari 430 angka
// diperiksa; tidak diperiksa: Realisasi Anggaran!G4:G30 (kolom "Realisasi Fisik (%)" tidak
// dikenal)".
func (c *Coverage) Line(lang string) string {
	if c == nil {
		return ""
	}
	head := c.Head(lang)
	if len(c.Unchecked) == 0 {
		return head
	}
	var b strings.Builder
	b.WriteString(head)
	b.WriteString(Msg("; tidak diperiksa: ", "; not checked: ").In(lang))
	for i, s := range c.Unchecked {
		if i == lineSpans {
			b.WriteString(Msg(" dan %d rentang lain", " and %d more ranges", len(c.Unchecked)-lineSpans).In(lang))
			break
		}
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(s.String())
		if r := s.Reason(); r.ID != "" {
			b.WriteString(" (" + r.In(lang) + ")")
		}
	}
	return b.String()
}

// Checked records cells a rule judged without declaring a relation or reporting a finding (a
// count that must be whole, a scale's bounds in order): a right figure leaves no other trace,
// and the coverage would call it unchecked.
func (p *Pass) Checked(cells ...*workbook.Cell) { p.found.mark(cells...) }
