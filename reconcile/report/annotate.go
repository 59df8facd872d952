package report

import (
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"

	"github.com/xuri/excelize/v2"

	"lkjip/reconcile"
	"lkjip/reconcile/safetext"
)

// AnnotateOptions are the settings of an annotated copy.
type AnnotateOptions struct {
	// Password opens a password-protected input. The copy is then protected with the same
	// password: a workbook its owner chose to protect does not leave that protection through
	// lkjip. An unprotected input gives an unprotected copy.
	Password string
	// MaxUnzipSize bounds what the workbook may unpack to, as it bounds the check (see
	// reconcile.Options); 0 is the reader's default.
	MaxUnzipSize int64
}

// The fills of a marked cell, by what its findings are. Text colours are left as they are.
const (
	annotateRed   = "FFC7CE" // an error
	annotateAmber = "FFEB9C" // a warning
	annotateBlue  = "BDD7EE" // a note
	annotateGrey  = "E7E6E6" // every finding at the cell is accepted by the settings
)

// annotateAuthor signs the comments lkjip adds.
const annotateAuthor = "lkjip"

// annotateSheet is the name of the sheet listing the findings; annotateSheetAlt is used when the
// workbook already has a sheet of that name.
const (
	annotateSheet    = "Temuan"
	annotateSheetAlt = "Temuan (lkjip)"
)

var annotateWords = map[string]reconcile.Text{
	"no":      {ID: "No", EN: "No"},
	"clean":   {ID: "Tidak ada temuan.", EN: "No findings."},
	"comment": {ID: "Komentar sebelumnya", EN: "Earlier comment"},
}

func aword(key, lang string) string { return annotateWords[key].In(lang) }

// Annotate writes to out a copy of the workbook at r.Path with r's findings marked. lang is "id"
// or "en".
//
// Every cell with a finding gets a solid fill (red for an error, amber for a warning, blue for
// a note, grey when all its findings are accepted; the most severe finding decides) in place
// of its own fill only: its number format, font and text colour, borders, alignment and named
// cell style are kept. A finding inside a merged range fills the whole range and comments its
// top-left cell. Each marked cell gets one comment by "lkjip" listing each finding there:
// rule, severity, message, "Seharusnya: X / Tertulis: Y" in the language's notation, the other
// cells that could be the cause ("atau salah satu dari: ..."), the cause a finding only follows
// ("ikut: ...", its severity marked "ikutan"), and an acceptance's reason; a comment the cell
// already had is kept below them. A finding that follows keeps its severity's fill: the cell is
// still wrong, only not counted apart from its cause. A new first sheet,
// Temuan (or "Temuan (lkjip)" when the workbook already has a Temuan), lists every finding
// with a link to its cell; it is the active sheet. Nothing else changes: values, formulas,
// number formats, merged cells, widths, hidden sheets and the other sheets stay as they are,
// and sheet-scoped names (print areas, filters) keep pointing at their sheets.
//
// The input is opened read-only and never written; only out is. A finding without a cell
// (about the whole workbook or a whole sheet), or whose sheet or cell the workbook does not
// have, is only listed. A marked empty cell stays empty.
//
// prov, when not nil, is recorded under the Temuan list ("Cara laporan ini dibuat": tool,
// rule catalogue, settings, time, and each input's path, SHA-256 and size) and in the copy's
// custom document properties (see provProps).
//
// The workbook is opened under the check's unzip limit (opt.MaxUnzipSize) and refused as the
// check refuses it beyond; a sheet whose name Excel does not take is renamed in the copy and
// package entries named outside the package are left out, both said under the totals (see
// openCopy). A failure inside excelize is an error naming the file, never a panic.
func Annotate(out io.Writer, r *reconcile.Result, lang string, prov *reconcile.Provenance, opt AnnotateOptions) (err error) {
	if r == nil {
		return errors.New("annotate: no result")
	}
	if r.Err != nil {
		return fmt.Errorf("annotate: %s", r.Err.Message.In(lang))
	}
	r, err = r.Loaded()
	if err != nil {
		return fmt.Errorf("annotate: %w", err)
	}
	defer func() {
		if v := recover(); v != nil {
			err = panicError(r.Path, lang, v)
		}
	}()
	c, err := openCopy(r.Path, opt.Password, opt.MaxUnzipSize, lang)
	if err != nil {
		return openFailed("annotate", r.Path, err)
	}
	defer c.f.Close()
	a := newAnnotator(c, lang)
	links := make([]string, len(r.Findings)) // the location each finding's row links to
	if err := a.mark(r.Findings, links); err != nil {
		return err
	}
	if err := a.markUnchecked(r); err != nil {
		return err
	}
	if err := a.findingsSheet(r, links, prov); err != nil {
		return err
	}
	paper := PaperOf(r, lang)
	paper.Marks = true
	if err := paper.Apply(a.f); err != nil {
		return fmt.Errorf("annotate: %w", err)
	}
	return c.write(out, opt.Password)
}

// openFailed is the error of a copy whose workbook did not open: a refusal the check would
// give (too-large) as it is, anything else naming the file.
func openFailed(what, path string, err error) error {
	if _, ok := err.(*copyError); ok {
		return err
	}
	return fmt.Errorf("%s: %s: %w", what, path, err)
}

type annotator struct {
	f      *excelize.File
	c      *copyBook
	lang   string
	sheets map[string]string // the workbook's sheet names, and the file's names of renamed sheets, to the copy's
	styles map[annotateStyleKey]int
	// commented counts the comments added, uncommented the cells left without one past
	// maxComments; unlisted the findings (or lines) a list sheet left out past maxListed.
	commented, uncommented, unlisted int
}

// maxComments bounds the comments a copy adds (see addComment), and maxListed the rows of its
// list sheet: far more than a report with real mistakes has findings. Each row of a list is
// nine cells and a link, which excelize holds as a sheet's cells and checks one by one: 20,000
// findings (a file built for it) made a Temuan sheet of 180,000 cells and 440 MB. Every
// finding is in the check's own report (text, JSON, HTML, CSV); the list says how many it
// leaves to it.
const (
	maxComments = 2000
	maxListed   = 5000
)

// newAnnotator is the annotator of a copy: every sheet under its name in the copy, and a
// renamed sheet under its name in the file too, which the findings give.
func newAnnotator(c *copyBook, lang string) *annotator {
	a := &annotator{f: c.f, c: c, lang: lang, styles: map[annotateStyleKey]int{}, sheets: map[string]string{}}
	for _, name := range c.f.GetSheetList() {
		a.sheets[name] = name
	}
	for _, r := range c.renamed {
		a.sheets[r.from] = r.to
	}
	return a
}

// fileSheet is the file's name of a sheet of the copy: the model read from the file knows it
// so.
func (a *annotator) fileSheet(name string) string {
	if a.c != nil {
		for _, r := range a.c.renamed {
			if r.to == name {
				return r.from
			}
		}
	}
	return name
}

// listText writes text into a cell of a list sheet (Temuan, Perbaikan, Perubahan). The text
// comes from the workbook (sheet names, cell texts, labels) or from a message quoting it: a
// text starting with = + - @ gets a leading apostrophe, so that the list saved as CSV, or a
// cell of it edited, never turns it into a live formula, and a control character is shown as
// an escape (\x1b) rather than written into the file (safetext).
func (a *annotator) listText(sheet, cell, s string) error {
	return a.f.SetCellStr(sheet, cell, safetext.Spreadsheet(safetext.Visible(s)))
}

// notesRows writes, from a row of a list sheet down, what the copy changed to be written at
// all (sheets renamed, entries dropped) and the cells left without a comment, and returns the
// row after them.
func (a *annotator) notesRows(sheet string, row int) (int, error) {
	var notes []reconcile.Text
	if a.c != nil {
		notes = a.c.packageNotes()
	}
	if a.unlisted > 0 {
		notes = append(notes, reconcile.Msg(
			"Daftar ini memuat %d baris pertama; %d lainnya ada di laporan pemeriksaan (lkjip check, juga --format json, html atau csv).",
			"This list holds the first %d rows; %d more are in the check's report (lkjip check, also --format json, html or csv).",
			maxListed, a.unlisted))
	}
	if a.uncommented > 0 {
		notes = append(notes, reconcile.Msg(
			"Komentar hanya ditulis pada %d sel pertama; %d sel lain yang ditandai hanya diwarnai. Daftar di sheet ini memuat semuanya.",
			"Comments were written at the first %d cells only; %d other marked cells have their fill only. The list on this sheet holds them all.",
			maxComments, a.uncommented))
	}
	for _, n := range notes {
		if err := a.listText(sheet, fmt.Sprintf("A%d", row), n.In(a.lang)); err != nil {
			return row, err
		}
		row++
	}
	return row, nil
}

type annotateStyleKey struct {
	style int
	fill  string
}

// annotateTarget is one marked cell: the cell its comment goes on and the findings there.
type annotateTarget struct {
	sheet, cell string   // the comment's cell: the finding's, or the top-left cell of its merge
	cells       []string // the cells filled: the finding's, or every cell of its merge
	findings    []reconcile.Finding
}

// sheetName returns the workbook's own spelling of a finding's sheet, or "" when there is none.
func (a *annotator) sheetName(name string) string {
	if n, ok := a.sheets[name]; ok {
		return n
	}
	for n := range a.sheets {
		if strings.EqualFold(n, name) {
			return n
		}
	}
	return ""
}

// mark fills and comments the cells of the findings, and records in links the location each
// finding's row of the Temuan sheet links to ("" for a finding that names no cell of the
// workbook).
func (a *annotator) mark(findings []reconcile.Finding, links []string) error {
	var order []string
	targets := map[string]*annotateTarget{}
	merges := map[string][]excelize.MergeCell{}
	for i, x := range findings {
		sheet := a.sheetName(x.Sheet)
		if sheet == "" || x.Cell == "" {
			continue
		}
		col, row, err := excelize.CellNameToCoordinates(x.Cell)
		if err != nil {
			continue // not a cell of any sheet: listed only
		}
		cell, _ := excelize.CoordinatesToCellName(col, row) // "$F$7" or "f7" spelled F7
		if _, err := a.f.GetCellStyle(sheet, cell); err != nil {
			continue // a chart sheet or a damaged one: listed only
		}
		links[i] = annotateLocation(sheet, cell)
		if _, ok := merges[sheet]; !ok {
			m, err := a.f.GetMergeCells(sheet, true)
			if err != nil {
				return fmt.Errorf("annotate: %s: %w", sheet, err)
			}
			merges[sheet] = append([]excelize.MergeCell{}, m...)
		}
		anchor, cells := cell, []string{cell}
		for _, m := range merges[sheet] {
			if c, ok := annotateMergeCells(m, col, row); ok {
				anchor, cells = m.GetStartAxis(), c
				break
			}
		}
		key := sheet + "\x00" + anchor
		t, ok := targets[key]
		if !ok {
			t = &annotateTarget{sheet: sheet, cell: anchor, cells: cells}
			targets[key] = t
			order = append(order, key)
		}
		t.findings = append(t.findings, x)
	}
	comments := map[string]map[string]excelize.Comment{}
	for _, key := range order {
		t := targets[key]
		fill := annotateFill(t.findings)
		for _, cell := range t.cells {
			if err := a.fillCell(t.sheet, cell, fill); err != nil {
				return err
			}
		}
		runs, lines := a.comment(t)
		if err := a.addComment(t.sheet, t.cell, runs, lines, comments); err != nil {
			return err
		}
	}
	return nil
}

// addComment adds lkjip's comment (runs, about lines lines long) at a cell; a comment the cell
// already had is kept below it. comments caches each sheet's comments as the workbook had them.
//
// A copy gets at most maxComments comments: excelize places each one by walking the rows above
// it and the shapes before it, so that 20,000 findings (a file built for it) took 17 s of CPU
// and 540 MB. The cells beyond keep their fill, the list sheet names them all, and a line under
// its totals says how many cells have no comment.
func (a *annotator) addComment(sheet, cell string, runs []excelize.RichTextRun, lines int, comments map[string]map[string]excelize.Comment) error {
	if a.commented >= maxComments {
		a.uncommented++
		return nil
	}
	a.commented++
	if _, ok := comments[sheet]; !ok {
		list, err := a.f.GetComments(sheet)
		if err != nil {
			return fmt.Errorf("annotate: %s: %w", sheet, err)
		}
		comments[sheet] = map[string]excelize.Comment{}
		for _, c := range list {
			comments[sheet][c.Cell] = c
		}
	}
	own := len(runs)
	if old, ok := comments[sheet][cell]; ok {
		if err := a.f.DeleteComment(sheet, cell); err != nil {
			return fmt.Errorf("annotate: %s!%s: %w", sheet, cell, err)
		}
		runs = append(runs, excelize.RichTextRun{Text: "\n\n" + aword("comment", a.lang) + annotateBy(old.Author) + ":\n", Font: &excelize.Font{Bold: true}})
		if old.Text != "" {
			runs = append(runs, excelize.RichTextRun{Text: old.Text})
		}
		for _, run := range old.Paragraph {
			runs = append(runs, excelize.RichTextRun{Text: run.Text, Font: run.Font})
		}
		lines += annotateLines(old.Text+annotateRunsText(old.Paragraph)) + 1
	}
	for i := range runs[:own] {
		// lkjip's own text quotes the workbook (a cell's text, a label): its control
		// characters are shown, not written into the comment. The earlier comment is the
		// workbook's own and stays as it was.
		runs[i].Text = safetext.Visible(runs[i].Text)
	}
	c := excelize.Comment{Author: annotateAuthor, Cell: cell, Paragraph: runs, Width: 320, Height: uint(min(15*lines+10, 600))}
	if err := a.f.AddComment(sheet, c); err != nil {
		return fmt.Errorf("annotate: %s!%s: %w", sheet, cell, err)
	}
	return nil
}

func annotateBy(author string) string {
	if author == "" {
		return ""
	}
	return " (" + author + ")"
}

func annotateRunsText(runs []excelize.RichTextRun) string {
	var b strings.Builder
	for _, r := range runs {
		b.WriteString(r.Text)
	}
	return b.String()
}

// annotateMergeCells returns the cells of a merged range holding (col, row).
func annotateMergeCells(m excelize.MergeCell, col, row int) ([]string, bool) {
	c1, r1, err1 := excelize.CellNameToCoordinates(m.GetStartAxis())
	c2, r2, err2 := excelize.CellNameToCoordinates(m.GetEndAxis())
	if err1 != nil || err2 != nil || col < c1 || col > c2 || row < r1 || row > r2 {
		return nil, false
	}
	if (c2-c1+1)*(r2-r1+1) > 4096 {
		// A huge merge keeps its fill on the finding's cell and the top-left one only.
		cell, _ := excelize.CoordinatesToCellName(col, row)
		if cell == m.GetStartAxis() {
			return []string{cell}, true
		}
		return []string{m.GetStartAxis(), cell}, true
	}
	var cells []string
	for r := r1; r <= r2; r++ {
		for c := c1; c <= c2; c++ {
			cell, _ := excelize.CoordinatesToCellName(c, r)
			cells = append(cells, cell)
		}
	}
	return cells, true
}

// annotateFill is the fill of a cell with these findings: the most severe finding that is not
// accepted decides; grey when every one is accepted.
func annotateFill(findings []reconcile.Finding) string {
	worst := reconcile.Severity(-1)
	for _, x := range findings {
		if !x.Accepted && x.Severity > worst {
			worst = x.Severity
		}
	}
	switch worst {
	case reconcile.Error:
		return annotateRed
	case reconcile.Warning:
		return annotateAmber
	case reconcile.Info:
		return annotateBlue
	}
	return annotateGrey
}

// fillCell gives a cell its format with a solid fill of the colour (see fillStyle), keeping
// the format it has: its own, or its row's or column's when it has none. The value is not
// touched.
func (a *annotator) fillCell(sheet, cell, colour string) error {
	old, err := a.f.GetCellStyle(sheet, cell)
	if err != nil {
		return fmt.Errorf("annotate: %s!%s: %w", sheet, cell, err)
	}
	key := annotateStyleKey{old, colour}
	id, ok := a.styles[key]
	if !ok {
		if id, err = a.fillStyle(old, colour); err != nil {
			return fmt.Errorf("annotate: %s!%s: %w", sheet, cell, err)
		}
		a.styles[key] = id
	}
	return a.f.SetCellStyle(sheet, cell, cell, id)
}

// fillStyle adds a cell format that is the format old with a solid fill of the colour, and
// returns its index. It copies the format's own record and changes its fill only: going
// through excelize's Style (GetStyle, then NewStyle) would keep the number format, font,
// borders and alignment but drop what Style does not carry (the named cell style a format
// derives from, a quote prefix, the font scheme) and, in a workbook without a theme part, the
// colours of borders.
func (a *annotator) fillStyle(old int, colour string) (int, error) {
	return a.styleWithFill(old, excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{colour}})
}

// styleWithFill adds a cell format that is old with fill as its fill: old's record copied,
// its fill alone changed (fillStyle says why).
func (a *annotator) styleWithFill(old int, with excelize.Fill) (int, error) {
	fillOnly, err := a.f.NewStyle(&excelize.Style{Fill: with})
	if err != nil {
		return 0, err
	}
	s := a.f.Styles // read by NewStyle
	if s == nil || s.CellXfs == nil || old < 0 || old >= len(s.CellXfs.Xf) || fillOnly >= len(s.CellXfs.Xf) || s.CellXfs.Xf[fillOnly].FillID == nil {
		return 0, fmt.Errorf("cell format %d not found", old)
	}
	xf := s.CellXfs.Xf[old]
	fill, apply := *s.CellXfs.Xf[fillOnly].FillID, true
	xf.FillID, xf.ApplyFill = &fill, &apply
	if xf.Alignment != nil {
		alignment := *xf.Alignment
		xf.Alignment = &alignment
	}
	if xf.Protection != nil {
		protection := *xf.Protection
		xf.Protection = &protection
	}
	s.CellXfs.Xf = append(s.CellXfs.Xf, xf)
	s.CellXfs.Count = len(s.CellXfs.Xf)
	return len(s.CellXfs.Xf) - 1, nil
}

// comment is the comment of a marked cell, and about how many lines it takes: each finding's
// rule and severity (bold), its message, "Seharusnya: X / Tertulis: Y" and the acceptance's
// reason.
func (a *annotator) comment(t *annotateTarget) ([]excelize.RichTextRun, int) {
	var runs []excelize.RichTextRun
	lines := 0
	for i, x := range t.findings {
		head := x.Rule + " · " + a.severity(x)
		if i > 0 {
			head = "\n\n" + head
		}
		runs = append(runs, excelize.RichTextRun{Text: head + "\n", Font: &excelize.Font{Bold: true}})
		body := x.Message.In(a.lang)
		if fig := a.figures(x); fig != "" {
			body += "\n" + fig
		}
		for _, n := range notes(x, a.lang) {
			body += "\n" + n
		}
		runs = append(runs, excelize.RichTextRun{Text: body})
		lines += annotateLines(head+"\n"+body) + 1
	}
	return runs, lines
}

// annotateLines estimates how many lines a text takes in a comment box 320 pixels wide.
func annotateLines(s string) int {
	n := 0
	for _, line := range strings.Split(s, "\n") {
		n += 1 + len([]rune(line))/48
	}
	return n
}

// severity names a finding's severity, marked when the settings accept it or when it follows
// another.
func (a *annotator) severity(x reconcile.Finding) string { return severityMark(x, a.lang) }

// figures is "Seharusnya: X / Tertulis: Y" in the reader's notation, or the half that is known.
func (a *annotator) figures(x reconcile.Finding) string {
	var parts []string
	if x.Expected != "" {
		parts = append(parts, word("expected", a.lang)+": "+display(x.Expected, a.lang))
	}
	if x.Actual != "" {
		parts = append(parts, word("actual", a.lang)+": "+display(x.Actual, a.lang))
	}
	return strings.Join(parts, " / ")
}

// annotateLocation is a hyperlink's location in the workbook: 'Realisasi Anggaran'!F7.
func annotateLocation(sheet, cell string) string {
	return "'" + strings.ReplaceAll(sheet, "'", "''") + "'!" + cell
}

// annotateColumns are the Temuan sheet's columns, by their header word.
var annotateColumns = []string{"no", "sheet", "cell", "rule", "severity", "actual", "expected", "message", "reason"}

// findingsSheet adds the sheet listing every finding, first in the tab order and active: a
// header row (bold, frozen, with filters), one row per finding in the result's order (one that
// follows another right under its cause, marked "ikutan", its cause under its message), then a
// blank row and a line of totals ("Tidak ada temuan." when there is none), then, after another
// blank row, the provenance.
func (a *annotator) findingsSheet(r *reconcile.Result, links []string, prov *reconcile.Provenance) error {
	f, lang := a.f, a.lang
	name, st, err := a.listSheet(annotateSheet, annotateSheetAlt)
	if err != nil {
		return err
	}
	header, top, wrap, link := st.header, st.top, st.wrap, st.link
	severity := map[string]int{}
	for _, colour := range []string{annotateRed, annotateAmber, annotateBlue, annotateGrey} {
		severity[colour], _ = f.NewStyle(&excelize.Style{Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{colour}},
			Alignment: &excelize.Alignment{Vertical: "top"}})
	}
	figures := map[string]int{}

	cols := len(annotateColumns)
	last, _ := excelize.ColumnNumberToName(cols)
	for i, key := range annotateColumns {
		cell, _ := excelize.CoordinatesToCellName(i+1, 1)
		text := aword(key, lang)
		if _, ok := annotateWords[key]; !ok {
			text = word(key, lang)
		}
		if err := a.listText(name, cell, text); err != nil {
			return err
		}
	}
	if err := errors.Join(
		f.SetCellStyle(name, "A1", last+"1", header),
		f.SetColWidth(name, "A", "A", 5),  // No
		f.SetColWidth(name, "B", "B", 22), // Sheet
		f.SetColWidth(name, "C", "C", 8),  // Sel
		f.SetColWidth(name, "D", "D", 9),  // Aturan
		f.SetColWidth(name, "E", "E", 18), // Tingkat
		f.SetColWidth(name, "F", "G", 18), // Tertulis, Seharusnya
		f.SetColWidth(name, "H", "H", 70), // Pesan
		f.SetColWidth(name, "I", "I", 36), // Diterima
	); err != nil {
		return fmt.Errorf("annotate: %w", err)
	}

	// A finding that follows another stands right under its cause.
	listed := arrange(r.Findings)
	if len(listed) > maxListed {
		a.unlisted = len(listed) - maxListed
		listed = listed[:maxListed]
	}
	for i, p := range listed {
		x, row := p.Finding, i+2
		at := func(col int) string { c, _ := excelize.CoordinatesToCellName(col, row); return c }
		sheet := x.Sheet
		if sheet == "" {
			sheet = word("workbook", lang)
		}
		message := strings.Join(append([]string{x.Message.In(lang)}, causeNotes(x, lang)...), "\n")
		if err := errors.Join(
			f.SetCellInt(name, at(1), int64(i+1)),
			a.listText(name, at(2), sheet),
			a.listText(name, at(3), x.Cell),
			a.listText(name, at(4), x.Rule),
			a.listText(name, at(5), a.severity(x)),
			a.listText(name, at(8), message),
			a.listText(name, at(9), x.Reason),
			f.SetCellStyle(name, at(1), at(9), top),
			f.SetCellStyle(name, at(8), at(9), wrap),
			f.SetCellStyle(name, at(5), at(5), severity[annotateFill([]reconcile.Finding{x})]),
		); err != nil {
			return fmt.Errorf("annotate: %w", err)
		}
		for col, v := range map[int]string{6: x.Actual, 7: x.Expected} {
			if err := a.figureCell(name, at(col), v, wrap, figures); err != nil {
				return err
			}
		}
		lines := max(annotateWrap(message, 70), annotateWrap(x.Reason, 36),
			annotateWrap(x.Actual, 18), annotateWrap(x.Expected, 18), annotateWrap(sheet, 22))
		if err := annotateRowHeight(f, name, row, lines); err != nil {
			return fmt.Errorf("annotate: %w", err)
		}
		if links[p.index] != "" {
			tip := safetext.Visible(x.Sheet + "!" + x.Cell)
			if err := f.SetCellHyperLink(name, at(3), links[p.index], "Location", excelize.HyperlinkOpts{Tooltip: &tip}); err != nil {
				return fmt.Errorf("annotate: %w", err)
			}
			if err := f.SetCellStyle(name, at(3), at(3), link); err != nil {
				return err
			}
		}
	}
	end := len(listed) + 1
	if err := f.AutoFilter(name, fmt.Sprintf("A1:%s%d", last, end), nil); err != nil {
		return fmt.Errorf("annotate: %w", err)
	}
	summary := aword("clean", lang)
	if len(r.Findings) > 0 {
		summary = annotateTotals(r, lang)
	}
	if err := a.listText(name, fmt.Sprintf("A%d", end+2), summary); err != nil {
		return err
	}
	next, err := a.notesRows(name, end+3)
	if err != nil {
		return err
	}
	next, err = a.uncheckedRows(name, next, r)
	if err != nil {
		return err
	}
	if _, err := a.provRows(name, next+1, prov); err != nil {
		return err
	}
	if r.CountAccepted() == 0 {
		// Nothing accepted: the Diterima column would take a fifth of every printed page
		// for nothing. Hidden, not removed: a reader who accepts a finding can show it.
		if err := f.SetColVisible(name, "I", false); err != nil {
			return fmt.Errorf("annotate: %w", err)
		}
	}
	return a.finishList(name)
}

// annotateWrap counts the lines a text takes in a wrapped column of a width (in characters),
// breaking at spaces as a spreadsheet does; a plain decimal, written as a number, takes one.
func annotateWrap(s string, width int) int {
	if annotatePlain.MatchString(s) {
		return 1
	}
	width-- // the cell's margins
	lines := 0
	for _, para := range strings.Split(s, "\n") {
		lines++
		n := 0
		for _, w := range strings.Fields(para) {
			l := len([]rune(w))
			switch {
			case n == 0:
				n = l
			case n+1+l <= width:
				n += 1 + l
			default:
				lines++
				n = l
			}
			for n > width { // a word longer than the column is broken
				lines++
				n -= width
			}
		}
	}
	return lines
}

// annotateRowHeight sets a row of the Temuan sheet to the height of its lines of text, 15
// points a line, up to ten (neither Excel nor LibreOffice fits a row to wrapped text when it
// opens a file). The heights are constants: excelize takes a float, which this package never
// holds.
func annotateRowHeight(f *excelize.File, sheet string, row, lines int) error {
	switch min(lines, 10) {
	case 2:
		return f.SetRowHeight(sheet, row, 2*15)
	case 3:
		return f.SetRowHeight(sheet, row, 3*15)
	case 4:
		return f.SetRowHeight(sheet, row, 4*15)
	case 5:
		return f.SetRowHeight(sheet, row, 5*15)
	case 6:
		return f.SetRowHeight(sheet, row, 6*15)
	case 7:
		return f.SetRowHeight(sheet, row, 7*15)
	case 8:
		return f.SetRowHeight(sheet, row, 8*15)
	case 9:
		return f.SetRowHeight(sheet, row, 9*15)
	case 10:
		return f.SetRowHeight(sheet, row, 10*15)
	}
	return nil // one line: the default height
}

// annotatePlain matches a plain decimal that a number cell holds exactly: at most 15
// significant digits (beyond that a spreadsheet keeps a double's approximation), no leading
// zero (a NIP or a code stays text), no exponent.
var annotatePlain = regexp.MustCompile(`^-?(0|[1-9][0-9]*)(\.[0-9]+)?$`)

// figureCell writes what a cell says or should say: a plain decimal as a number cell from its
// exact text, with a format showing its decimals; anything else (words, a NIP) as text.
func (a *annotator) figureCell(sheet, cell, v string, style int, figures map[string]int) error {
	digits := strings.TrimLeft(strings.NewReplacer("-", "", ".", "").Replace(v), "0")
	if v == "" || !annotatePlain.MatchString(v) || len(digits) > 15 {
		return errors.Join(a.listText(sheet, cell, v), a.f.SetCellStyle(sheet, cell, cell, style))
	}
	places := 0
	if i := strings.IndexByte(v, '.'); i >= 0 {
		places = len(v) - i - 1
	}
	code := "[$-421]#,##0" // Indonesian separators, whatever the reader's locale
	if places == 0 && len(strings.TrimPrefix(v, "-")) < 5 {
		code = "0" // a year, a count: as display prints them
	}
	if places > 0 {
		code += "." + strings.Repeat("0", places)
	}
	id, ok := figures[code]
	if !ok {
		var err error
		if id, err = a.f.NewStyle(&excelize.Style{CustomNumFmt: &code, Alignment: &excelize.Alignment{Vertical: "top"}}); err != nil {
			return err
		}
		figures[code] = id
	}
	return errors.Join(a.f.SetCellDefault(sheet, cell, v), a.f.SetCellStyle(sheet, cell, cell, id))
}

// annotateTotals is the line of totals under the table: "61 kesalahan, 3 peringatan, 1 catatan."
func annotateTotals(r *reconcile.Result, lang string) string {
	t := Count([]*reconcile.Result{r})
	var s string
	if lang == "en" {
		s = fmt.Sprintf("%d error(s), %d warning(s), %d note(s)", t.Errors, t.Warnings, t.Infos)
		if t.Accepted > 0 {
			s += fmt.Sprintf(", %d accepted", t.Accepted)
		}
		if t.Following > 0 {
			s += fmt.Sprintf(", %d following", t.Following)
		}
	} else {
		s = fmt.Sprintf("%d kesalahan, %d peringatan, %d catatan", t.Errors, t.Warnings, t.Infos)
		if t.Accepted > 0 {
			s += fmt.Sprintf(", %d diterima", t.Accepted)
		}
		if t.Following > 0 {
			s += fmt.Sprintf(", %d ikutan", t.Following)
		}
	}
	return s + "."
}

// firstSheet adds a sheet first in the tab order, active and in view. Sheet-scoped names
// (print areas, filters) are tied to a sheet by its position, which moves one place on.
// toFront moves element i of s to its front, the others keeping their order.
func toFront[E any](s []E, i int) {
	x := s[i]
	copy(s[1:i+1], s[:i])
	s[0] = x
}

func (a *annotator) firstSheet(name string) error {
	f := a.f
	first := f.GetSheetList()[0]
	if _, err := f.NewSheet(name); err != nil {
		return fmt.Errorf("annotate: %w", err)
	}
	// Not f.MoveSheet: it first ungroups every sheet, and dereferences the sheet it could not
	// parse (one whose XML is cut short: a nil pointer inside the library, found by FuzzServe).
	// Only the order is needed; SetActiveSheet below selects the new tab.
	from, err := f.GetSheetIndex(name)
	if err != nil || from < 0 || f.WorkBook == nil || f.GetSheetName(0) != first {
		return fmt.Errorf("annotate: the sheet %q cannot be put first", name)
	}
	toFront(f.WorkBook.Sheets.Sheet, from)
	if f.WorkBook != nil && f.WorkBook.DefinedNames != nil {
		for i := range f.WorkBook.DefinedNames.DefinedName {
			if id := f.WorkBook.DefinedNames.DefinedName[i].LocalSheetID; id != nil {
				v := *id + 1
				f.WorkBook.DefinedNames.DefinedName[i].LocalSheetID = &v
			}
		}
	}
	f.SetActiveSheet(0)
	if f.WorkBook != nil && f.WorkBook.BookViews != nil {
		for i := range f.WorkBook.BookViews.WorkBookView {
			f.WorkBook.BookViews.WorkBookView[i].FirstSheet = 0
		}
	}
	return nil
}

// listStyles are the styles of a list sheet (Temuan, Perubahan).
type listStyles struct{ header, top, wrap, link int }

// listSheet adds a list sheet first in the tab order and active, under the first of name,
// alt, "NAME (lkjip 2)"... that the workbook does not hold yet, and makes its styles: a grey
// bold header, cells aligned at the top, wrapped text and links.
func (a *annotator) listSheet(name, alt string) (string, listStyles, error) {
	f := a.f
	chosen := name
	for i := 1; a.sheetName(chosen) != ""; i++ {
		chosen = alt
		if i > 1 {
			chosen = fmt.Sprintf("%s (lkjip %d)", name, i)
		}
	}
	var st listStyles
	if err := a.firstSheet(chosen); err != nil {
		return "", st, err
	}
	var err error
	st.header, err = f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9D9D9"}},
		Border:    []excelize.Border{{Type: "bottom", Color: "808080", Style: 1}},
		Alignment: &excelize.Alignment{Vertical: "center", WrapText: true}})
	if err != nil {
		return "", st, err
	}
	st.top, _ = f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{Vertical: "top"}})
	st.wrap, _ = f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}})
	st.link, _ = f.NewStyle(&excelize.Style{Font: &excelize.Font{Color: "0563C1", Underline: "single"}, Alignment: &excelize.Alignment{Vertical: "top"}})
	return chosen, st, nil
}

// finishList freezes a list sheet's header row and lays it out for printing: landscape, as
// wide as a page, the header repeated on every page.
func (a *annotator) finishList(name string) error {
	f := a.f
	if err := f.SetPanes(name, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}}}); err != nil {
		return fmt.Errorf("annotate: %w", err)
	}
	landscape, one, unbounded := "landscape", 1, 0
	fit := true
	if err := errors.Join(
		f.SetPageLayout(name, &excelize.PageLayoutOptions{Orientation: &landscape, FitToWidth: &one, FitToHeight: &unbounded}),
		f.SetSheetProps(name, &excelize.SheetPropsOptions{FitToPage: &fit}),
		f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: annotateLocation(name, "$1:$1"), Scope: name}),
	); err != nil {
		return fmt.Errorf("annotate: %w", err)
	}
	return nil
}
