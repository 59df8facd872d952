package reconcile

import (
	"encoding/json"
	"slices"
	"strings"

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
// of remarks. UM018 makes a note
// of each; the coverage line gives their label as the reason the figures were not checked.
func UnplacedColumns(t *workbook.Table) []UnplacedColumn {
	if len(t.HeaderRows) == 0 {
		return nil
	}
	placed := make(map[int]bool, len(t.Columns))
	for _, c := range t.Columns {
		placed[c.Col] = true
	}
	rows := t.AllRows()
	var out []UnplacedColumn
	for col := 1; col <= t.Sheet.MaxCol; col++ {
		if placed[col] {
			continue
		}
		hdr, label := headerAt(t, col)
		if label == "" || remarks(label) {
			continue
		}
		for _, r := range rows {
			if isFigure(t.Sheet.Cell(r.Num, col)) {
				out = append(out, UnplacedColumn{Table: t, Col: col, Header: hdr, Label: label})
				break
			}
		}
	}
	return out
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
	if c.checked == nil {
		c.checked = make(map[*workbook.Cell]struct{}, 256)
	}
	for _, x := range cells {
		if x != nil {
			c.checked[x] = struct{}{}
		}
	}
}

func (c *collector) markExpr(e Expr) {
	for _, t := range e.Terms {
		c.mark(t.Cell)
	}
}

// skip is a cell of a sheet that is no figure for coverage however it reads (see Coverage).
type skip struct{ row, col int }

// coverage counts a workbook's figures and those the rules checked.
func coverage(w *workbook.Workbook, checked map[*workbook.Cell]struct{}, findings []Finding) *Coverage {
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
	// The year and the Renstra period are the workbook's own facts rather than figures
	// derived from others: every rule about years (UM011, UM014, THN001, IDN002, PGK004)
	// judges against them, and a wrong one is their finding.
	facts := map[*workbook.Cell]bool{w.YearCell: true, w.RenstraCell: true}
	for _, sh := range w.Sheets {
		if slices.Contains(layout.OutputSheets, sh.Name) {
			continue
		}
		// Header rows, column-number rows and identifying columns of the tables on this
		// sheet; the unplaced columns, whose label is the reason they go unchecked.
		var rowsOut map[int]bool
		var colsOut map[skip]bool
		var unplaced map[skip]string
		for _, t := range w.Tables {
			if t.Sheet != sh {
				continue
			}
			if rowsOut == nil {
				rowsOut, colsOut, unplaced = map[int]bool{}, map[skip]bool{}, map[skip]string{}
			}
			for _, r := range t.HeaderRows {
				rowsOut[r] = true
			}
			if t.NumberRow > 0 {
				rowsOut[t.NumberRow] = true
			}
			rows := t.AllRows()
			// Inside the table, the rows the reader passed over are the header or the
			// column-number row repeated after a page break (Kragan's Inventaris!A36:D36
			// reads "1 | 2 | 3 | 4"), or blank: no figures of the report.
			if len(rows) > 0 {
				data := make(map[int]bool, len(rows))
				for _, r := range rows {
					data[r.Num] = true
				}
				for n := t.HeaderRows[0]; n <= rows[len(rows)-1].Num; n++ {
					if !data[n] {
						rowsOut[n] = true
					}
				}
			}
			out := func(col int) {
				for _, r := range rows {
					colsOut[skip{r.Num, col}] = true
				}
			}
			placed := make(map[int]bool, len(t.Columns))
			for _, c := range t.Columns {
				placed[c.Col] = true
				switch c.Role {
				case workbook.RoleNo, workbook.RoleKode, workbook.RoleLevel, workbook.RoleKeterangan:
					out(c.Col)
				}
			}
			for col := 1; col <= sh.MaxCol; col++ {
				if _, label := headerAt(t, col); !placed[col] && remarks(label) {
					out(col)
				}
			}
			for _, u := range UnplacedColumns(t) {
				for _, r := range rows {
					unplaced[skip{r.Num, u.Col}] = u.Label
				}
			}
		}
		// Each column's open span, by index into spans: spans grows while they are open.
		var spans []Span
		var last []int
		for _, gr := range sh.Rows {
			if rowsOut[gr.Num] {
				continue
			}
			for i, c := range gr.Cells {
				if !isFigure(c) || colsOut[skip{gr.Num, i + 1}] {
					continue
				}
				cov.Figures++
				if _, ok := checked[c]; ok || facts[c] || found[place{sh.Name, c.Row, c.Col}] {
					cov.Checked++
					continue
				}
				hdr := unplaced[skip{c.Row, c.Col}]
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
	(&Checker{Rules: rules, Settings: s}).model(res, w)
	return res.Coverage
}

// lineSpans is how many unchecked ranges a report's coverage line names; the JSON lists them
// all, and a line naming hundreds would hide the count it exists to give.
const lineSpans = 12

// Line is the coverage as a report's closing line for a file, in lang: "412 dari 430 angka
// diperiksa; tidak diperiksa: Realisasi Anggaran!G4:G30 (kolom "Realisasi Fisik (%)" tidak
// dikenal)".
func (c *Coverage) Line(lang string) string {
	if c == nil {
		return ""
	}
	head := Msg("%d dari %d angka diperiksa", "%d of %d figures checked", c.Checked, c.Figures).In(lang)
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
