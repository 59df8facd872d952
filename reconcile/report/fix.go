package report

import (
	"errors"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strings"

	"github.com/shopspring/decimal"
	"github.com/xuri/excelize/v2"

	"lkjip/reconcile"
	"lkjip/reconcile/number"
	"lkjip/reconcile/safetext"
	"lkjip/reconcile/workbook"
	"lkjip/reconcile/xlsx"
)

// fixFill is the fill of a cell the corrected copy changed: teal, a colour no finding (red,
// amber, blue, grey) and no comparison (lavender, green) takes, so that a reader who knows
// the other copies does not take a correction for a finding.
const fixFill = "9FE0D6"

// fixSheet is the name of the sheet listing the corrections; fixSheetAlt is used when the
// workbook already has a sheet of that name.
const (
	fixSheet    = "Perbaikan"
	fixSheetAlt = "Perbaikan (lkjip)"
)

// FixOptions are the settings of a corrected copy.
type FixOptions struct {
	// Password opens a protected input; the copy is protected with the same password, as an
	// annotated copy is.
	Password string
	// MaxUnzipSize bounds what reading the workbook unpacks (see reconcile.Options); 0 is
	// the reader's default.
	MaxUnzipSize int64
}

var fixWords = map[string]reconcile.Text{
	// The heads of the old and the new content serve both lists: what a cell says and should
	// say, written or not.
	"old":      {ID: "Lama\n(tertulis)", EN: "Old\n(says)"},
	"new":      {ID: "Baru\n(seharusnya)", EN: "New\n(should be)"},
	"was":      {ID: "lama", EN: "old"},
	"empty":    {ID: "(kosong)", EN: "(empty)"},
	"why":      {ID: "Mengapa tidak diterapkan", EN: "Why it was not applied"},
	"skipped":  {ID: "Temuan yang tidak diterapkan", EN: "Findings not applied"},
	"none":     {ID: "Tidak ada sel yang dapat diperbaiki otomatis.", EN: "No cell could be corrected automatically."},
	"clean":    {ID: "Tidak ada temuan; tidak ada yang diubah.", EN: "No findings; nothing was changed."},
	"noskip":   {ID: "Semua temuan diterapkan.", EN: "Every finding was applied."},
	"checkNow": {ID: "Periksa salinan ini lagi dengan lkjip sebelum dipakai.", EN: "Check this copy again with lkjip before using it."},
}

func fword(key, lang string) string {
	if t, ok := fixWords[key]; ok {
		return t.In(lang)
	}
	return word(key, lang)
}

// fixColumns are the Perbaikan sheet's columns, under one header for both lists (so that a
// printed page of either is headed right): the changes fill the first seven, the findings not
// applied all eight, Lama and Baru then holding what the cell says and should say.
var fixColumns = []string{"no", "sheet", "cell", "old", "new", "rule", "message", "why"}

// fixChange is one cell the corrected copy changes.
type fixChange struct {
	sheet, cell string // the workbook's own sheet name, the cell
	// old is what the cell held (a figure as a plain decimal, a text as written, "" when
	// empty); fix what it holds now, the findings' Fix.
	old, fix string
	// number is set when fix is written as a number; percent when the cell's format shows a
	// percentage, whose stored value is then fix / 100.
	number, percent bool
	// cells are the cells filled: the cell, or every cell of the merged range it heads.
	cells    []string
	findings []reconcile.Finding // the findings it applies, in the result's order
}

// fixSkip is a finding the corrected copy does not apply, with why.
type fixSkip struct {
	finding reconcile.Finding
	why     reconcile.Text
}

// fixPlan is what a corrected copy changes and what it leaves.
type fixPlan struct {
	changes []fixChange
	skipped []fixSkip
}

// Fix writes to out a corrected copy of the workbook at r.Path: every finding of r with a Fix
// (the cell's one right content) that the settings do not accept is applied. lang is "id" or
// "en".
//
// A Fix that is a plain decimal is written as a number into a cell that holds a figure (a
// number, or a figure typed as text), into a "-" or empty cell of a figure column, and into
// an empty cell outside any table column of text (a value of Identitas or Ringkasan); a
// percent-formatted cell gets the fraction it shows (98.32 is stored 0.9832). Anything else is
// written as text. The cell keeps its format (number format, font, borders, alignment) and
// gets a teal fill in place of its own fill only, and a comment by "lkjip" with its old value
// and the rules ("lama: 98,82 (LRA002)"), a comment it had kept below.
//
// A finding is not applied, and is listed with the reason, when it has no single right
// content (Fix ""), when the settings accept it, when its cell holds a formula (a stale
// formula is corrected by recalculating, a wrong one by correcting the formula: neither by
// writing over it), when another finding at the same cell has another Fix (neither is
// applied), or when it names no cell of this workbook.
//
// A new first sheet, Perbaikan (or "Perbaikan (lkjip)"), lists every change (No, Sheet, Sel
// with a link, Lama, Baru, Aturan, Pesan), then the findings not applied with why, then the
// provenance as the annotated copy records it (prov; nil for none). The input is opened
// read-only and never written; only out is. It is opened as Annotate opens it (openCopy: the
// unzip limit, the cell budget, sheet names Excel refuses renamed, entries outside the package
// left out), and a failure inside excelize is an error naming the file.
func Fix(out io.Writer, r *reconcile.Result, lang string, prov *reconcile.Provenance, opt FixOptions) (err error) {
	if r == nil {
		return errors.New("fix: no result")
	}
	if r.Err != nil {
		return fmt.Errorf("fix: %s", r.Err.Message.In(lang))
	}
	r, err = r.Loaded()
	if err != nil {
		return fmt.Errorf("fix: %w", err)
	}
	defer func() {
		if v := recover(); v != nil {
			err = panicError(r.Path, lang, v)
		}
	}()
	// Opened first, under the unzip limit: a file refused there is not read at all.
	c, err := openCopy(r.Path, opt.Password, opt.MaxUnzipSize, lang)
	if err != nil {
		return openFailed("fix", r.Path, err)
	}
	defer c.f.Close()
	// What each cell holds, as the rules read it: its kind, a figure typed as text, "-", its
	// formula, the tables' figure columns. A workbook the reader does not take for an LKjIP
	// (never one checked) is read cell by cell.
	w, ferr := reconcile.Read(r.Path, reconcile.Options{Password: opt.Password, MaxUnzipSize: opt.MaxUnzipSize})
	if ferr != nil {
		sheets, err := xlsx.Read(r.Path, xlsx.Options{Password: opt.Password, MaxUnzipSize: opt.MaxUnzipSize})
		if errors.Is(err, xlsx.ErrTooLarge) {
			return tooLarge(r.Path, lang)
		}
		if err != nil {
			return fmt.Errorf("fix: %s: %w", r.Path, err)
		}
		w = &workbook.Workbook{Sheets: sheets}
	}
	a := newAnnotator(c, lang)
	plan, err := a.planFix(r.Findings, w)
	if err != nil {
		return err
	}
	if err := a.applyFix(plan); err != nil {
		return err
	}
	if err := a.fixSheet(r, plan, prov); err != nil {
		return err
	}
	paper := PaperOf(r, lang)
	paper.Marks = true
	if err := paper.Apply(a.f); err != nil {
		return fmt.Errorf("fix: %w", err)
	}
	return c.write(out, opt.Password)
}

// The reasons a finding is not applied.
var (
	fixNoContent = reconcile.Msg("tidak ada satu isi yang pasti benar", "no single right content")
	fixNotAlone  = reconcile.Msg("sel ini menulis angka itu di antara kata lain, lebih dari sekali atau tidak persis: perbaiki dengan tangan.",
		"this cell writes the figure among other words, more than once or not exactly: correct it by hand.")
	fixNoCell = reconcile.Msg("temuan ini tidak menunjuk sel buku kerja ini.", "this finding names no cell of this workbook.")
)

func fixFormula(formula string) reconcile.Text {
	if r := []rune(formula); len(r) > 60 {
		formula = string(r[:57]) + "..."
	}
	return reconcile.Msg("sel berisi rumus (=%s) dan tidak ditimpa: bila nilainya basi, hitung ulang buku kerja (Excel: Ctrl+Alt+F9); bila rumusnya salah, perbaiki rumusnya.",
		"the cell holds a formula (=%s) and is not overwritten: if its value is stale, recalculate the workbook (Excel: Ctrl+Alt+F9); if the formula is wrong, correct it.", formula)
}

func fixAccepted(reason string) reconcile.Text {
	return reconcile.Msg("diterima oleh pengaturan: %s", "accepted by the settings: %s", reason)
}

func fixFollows(cause string) reconcile.Text {
	return reconcile.Msg("ikut temuan di %s: berubah setelah sel itu diperbaiki.", "follows the finding at %s: it changes once that cell is corrected.", cause)
}

func fixConflict(others []string) reconcile.Text {
	id, en := make([]string, len(others)), make([]string, len(others))
	for i, o := range others {
		id[i], en[i] = display(o, "id"), display(o, "en")
	}
	return reconcile.Text{
		ID: fmt.Sprintf("temuan lain di sel ini menghendaki isi lain (%s); tidak ada yang diterapkan: tentukan sendiri isi yang benar.", strings.Join(id, " / ")),
		EN: fmt.Sprintf("another finding at this cell wants other content (%s); neither is applied: decide the right content yourself.", strings.Join(en, " / ")),
	}
}

func fixMerged(anchor string) reconcile.Text {
	return reconcile.Msg("sel ini di dalam sel gabungan yang dimulai di %s, yang menampilkan isinya: perbaiki di sana.",
		"this cell is inside a merged range starting at %s, which shows its content: correct it there.", anchor)
}

// planFix decides what the corrected copy changes: the findings with a Fix, by cell, and the
// findings it leaves with why. w is the workbook as the rules read it, for what each cell
// holds.
func (a *annotator) planFix(findings []reconcile.Finding, w *workbook.Workbook) (*fixPlan, error) {
	plan := &fixPlan{}
	type target struct {
		change   fixChange
		model    *workbook.Cell
		row, col int
		idx      []int // the findings, by index
	}
	var order []string
	targets := map[string]*target{}
	skip := map[int]reconcile.Text{}
	merges := map[string][]excelize.MergeCell{}
	for i, x := range findings {
		switch {
		case x.Accepted:
			skip[i] = fixAccepted(x.Reason)
			continue
		case x.Fix == "" && x.Because != "":
			skip[i] = fixFollows(x.Because)
			continue
		case x.Fix == "":
			skip[i] = fixNoContent
			continue
		}
		sheet := a.sheetName(x.Sheet)
		col, row, err := excelize.CellNameToCoordinates(x.Cell)
		if sheet == "" || x.Cell == "" || err != nil {
			skip[i] = fixNoCell
			continue
		}
		if _, err := a.f.GetCellStyle(sheet, x.Cell); err != nil {
			skip[i] = fixNoCell // a chart sheet or a damaged one
			continue
		}
		cell, _ := excelize.CoordinatesToCellName(col, row)
		if _, ok := merges[sheet]; !ok {
			m, err := a.f.GetMergeCells(sheet, true)
			if err != nil {
				return nil, fmt.Errorf("fix: %s: %w", sheet, err)
			}
			merges[sheet] = m
		}
		cells := []string{cell}
		for _, m := range merges[sheet] {
			if c, ok := annotateMergeCells(m, col, row); ok {
				if m.GetStartAxis() != cell {
					skip[i] = fixMerged(m.GetStartAxis())
				}
				cells = c
				break
			}
		}
		if _, ok := skip[i]; ok {
			continue
		}
		mc := fixModelCell(w, a.fileSheet(sheet), row, col)
		if mc != nil && mc.Formula() != "" {
			skip[i] = fixFormula(mc.Formula())
			continue
		}
		key := sheet + "\x00" + cell
		t, ok := targets[key]
		if !ok {
			t = &target{change: fixChange{sheet: sheet, cell: cell, cells: cells, old: fixOld(mc)}, model: mc, row: row, col: col}
			targets[key] = t
			order = append(order, key)
		}
		t.idx = append(t.idx, i)
	}
	applied := map[int]int{} // finding index -> change index
	for _, key := range order {
		t := targets[key]
		var fixes []string
		for _, i := range t.idx {
			if !slices.ContainsFunc(fixes, func(f string) bool { return sameFix(f, findings[i].Fix) }) {
				fixes = append(fixes, findings[i].Fix)
			}
		}
		if len(fixes) > 1 {
			for _, i := range t.idx {
				var others []string
				for _, o := range fixes {
					if !sameFix(o, findings[i].Fix) {
						others = append(others, o)
					}
				}
				skip[i] = fixConflict(others)
			}
			continue
		}
		c := &t.change
		c.fix = fixes[0]
		if in, ok := fixInText(t.model, findings[t.idx[0]].Actual, c.fix); !ok {
			for _, i := range t.idx {
				skip[i] = fixNotAlone
			}
			continue
		} else if in != "" {
			c.fix = in
		}
		c.number = fixAsNumber(w, t.model, a.fileSheet(c.sheet), t.row, t.col, c.fix)
		c.percent = c.number && a.percentFormat(c.sheet, c.cell)
		for _, i := range t.idx {
			t.change.findings = append(t.change.findings, findings[i])
			applied[i] = len(plan.changes)
		}
		plan.changes = append(plan.changes, t.change)
	}
	for i, x := range findings {
		if why, ok := skip[i]; ok {
			plan.skipped = append(plan.skipped, fixSkip{finding: x, why: why})
		}
	}
	return plan, nil
}

// reFigureToken is a figure inside a text, as fixInText looks for it.
var reFigureToken = regexp.MustCompile(`\d[\d.,]*\d|\d`)

// fixInText returns the text of a cell that holds a figure among other words ("76 % ≤ 90%"
// of a scale written as intervals, "Level 3", "3*") with the figure it was read as (actual)
// replaced by the fix: written alone, the fix would erase the rest. It returns "" where the
// fix replaces the whole content (a figure, a text that is a figure, a fix that is no
// figure), and ok false where the text shows the figure more than once or not at all: which
// one to change is then no longer certain.
func fixInText(c *workbook.Cell, actual, fix string) (text string, ok bool) {
	if c == nil || c.Kind != workbook.Text || !fixNumeric(fix) {
		return "", true
	}
	if _, none, isFigure := number.Text(c.Text); isFigure || none {
		return "", true
	}
	was, err := decimal.NewFromString(actual)
	if err != nil {
		return "", true // the finding quotes no figure: its fix is the whole content
	}
	var at [][]int
	for _, m := range reFigureToken.FindAllStringIndex(c.Text, -1) {
		if n, _, ok := number.Text(c.Text[m[0]:m[1]]); ok && n.Value.Equal(was) {
			at = append(at, m)
		}
	}
	if len(at) != 1 {
		return "", false
	}
	v, _ := decimal.NewFromString(fix)
	token := c.Text[at[0][0]:at[0][1]]
	shown := v.String()
	if strings.Contains(token, ",") || !strings.Contains(token, ".") {
		shown = strings.ReplaceAll(shown, ".", ",") // Indonesian notation, as the text writes it
	}
	return c.Text[:at[0][0]] + shown + c.Text[at[0][1]:], true
}

// sameFix reports whether two Fix values are one content: the same text, or the same figure
// ("98.30" and "98.3" are one figure, and the first is kept).
func sameFix(a, b string) bool {
	if a == b {
		return true
	}
	if !fixNumeric(a) || !fixNumeric(b) {
		return false
	}
	da, err1 := decimal.NewFromString(a)
	db, err2 := decimal.NewFromString(b)
	return err1 == nil && err2 == nil && da.Equal(db)
}

// fixNumeric reports whether a Fix is a plain decimal a number cell holds exactly (see
// annotatePlain): a NIP or a code with a leading zero stays text.
func fixNumeric(v string) bool {
	digits := strings.TrimLeft(strings.NewReplacer("-", "", ".", "").Replace(v), "0")
	return annotatePlain.MatchString(v) && len(digits) <= 15
}

// fixModelCell returns the cell of the workbook as read, or nil for a cell the file does not
// hold.
func fixModelCell(w *workbook.Workbook, sheet string, row, col int) *workbook.Cell {
	if w == nil {
		return nil
	}
	for _, sh := range w.Sheets {
		if sh.Name == sheet {
			return sh.Cell(row, col)
		}
	}
	return nil
}

// fixOld is what a cell holds, for the comment and the list: a figure as a plain decimal at
// the decimals it shows, a text (a figure typed as text too) as written, "" for an empty one.
func fixOld(c *workbook.Cell) string {
	switch {
	case c == nil || c.Kind == workbook.Blank:
		return ""
	case c.IsFigure() && !c.FromText:
		return reconcile.Actual(c)
	}
	return c.Text
}

// fixAsNumber decides whether a Fix is written as a number: a plain decimal, into a cell that
// holds a figure, a "-" or an empty cell of a figure column, or an empty cell outside any
// table's text column.
func fixAsNumber(w *workbook.Workbook, c *workbook.Cell, sheet string, row, col int, fix string) bool {
	if !fixNumeric(fix) {
		return false
	}
	switch {
	case c.IsFigure() || (c != nil && c.None):
		return true
	case c != nil && c.Kind != workbook.Blank:
		return false // a text, a truth value, an error value: the content is text
	}
	for _, t := range w.Tables {
		if t.Sheet == nil || t.Sheet.Name != sheet || len(t.Rows) == 0 {
			continue
		}
		rows := t.AllRows()
		if row < rows[0].Num || row > rows[len(rows)-1].Num {
			continue
		}
		for _, column := range t.Columns {
			if column.Col == col {
				return column.Figure
			}
		}
	}
	return true
}

// percentFormat reports whether a cell's number format shows a percentage.
func (a *annotator) percentFormat(sheet, cell string) bool {
	id, err := a.f.GetCellStyle(sheet, cell)
	if err != nil {
		return false
	}
	st, err := a.f.GetStyle(id)
	if err != nil {
		return false
	}
	code, _ := number.BuiltinCode(st.NumFmt)
	if st.CustomNumFmt != nil {
		code = *st.CustomNumFmt
	}
	return number.ParseFormat(code).Percent
}

// applyFix writes each change into its cell, fills it and comments it.
func (a *annotator) applyFix(plan *fixPlan) error {
	comments := map[string]map[string]excelize.Comment{}
	for _, c := range plan.changes {
		var err error
		switch {
		case c.number && c.percent:
			v, _ := decimal.NewFromString(c.fix)
			err = a.f.SetCellDefault(c.sheet, c.cell, v.Shift(-2).String())
		case c.number:
			err = a.f.SetCellDefault(c.sheet, c.cell, c.fix)
		default:
			err = a.f.SetCellStr(c.sheet, c.cell, c.fix)
		}
		if err != nil {
			return fmt.Errorf("fix: %s!%s: %w", c.sheet, c.cell, err)
		}
		for _, cell := range c.cells {
			if err := a.fillCell(c.sheet, cell, fixFill); err != nil {
				return err
			}
		}
		head := fword("was", a.lang) + ": " + fixShown(c.old, a.lang) + " (" + fixRules(c.findings) + ")"
		var body []string
		for _, x := range c.findings {
			body = append(body, x.Rule+": "+x.Message.In(a.lang))
			body = append(body, causeNotes(x, a.lang)...)
		}
		text := strings.Join(body, "\n")
		runs := []excelize.RichTextRun{{Text: head + "\n", Font: &excelize.Font{Bold: true}}, {Text: text}}
		lines := annotateLines(head+"\n"+text) + 1
		if err := a.addComment(c.sheet, c.cell, runs, lines, comments); err != nil {
			return err
		}
	}
	return nil
}

// fixShown prints an old or new value for a reader: a figure in the language's notation,
// "(kosong)" for nothing.
func fixShown(v, lang string) string {
	if v == "" {
		return fword("empty", lang)
	}
	return display(v, lang)
}

// fixRules names the rules of a change's findings: "LRA003, LRA004".
func fixRules(findings []reconcile.Finding) string {
	var ids []string
	for _, x := range findings {
		if !strings.Contains(strings.Join(ids, ","), x.Rule) {
			ids = append(ids, x.Rule)
		}
	}
	return strings.Join(ids, ", ")
}

// fixSheet adds the Perbaikan sheet, first in the tab order and active: the changes under a
// frozen header with filters, a line of totals, the findings not applied with why under a
// header of their own, then the provenance.
func (a *annotator) fixSheet(r *reconcile.Result, plan *fixPlan, prov *reconcile.Provenance) error {
	f, lang := a.f, a.lang
	name, st, err := a.listSheet(fixSheet, fixSheetAlt)
	if err != nil {
		return err
	}
	title, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 12}})
	if err != nil {
		return err
	}
	// The rule stands off the figure before it, which a number cell aligns right.
	ruleStyle, err := f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", Horizontal: "left", Indent: 1}})
	if err != nil {
		return err
	}
	figures := map[string]int{}
	for i, key := range fixColumns {
		cell, _ := excelize.CoordinatesToCellName(i+1, 1)
		text := fword(key, lang)
		if key == "no" {
			text = aword("no", lang)
		}
		if err := a.listText(name, cell, text); err != nil {
			return err
		}
	}
	// line writes one row of a list: the finding's place (linked when the workbook has the
	// cell), old and new (or says and should say), rule, message and the reason.
	line := func(row, n int, sheet, cell, old, new, rules, message, why string) error {
		at := func(col int) string { c, _ := excelize.CoordinatesToCellName(col, row); return c }
		shown := sheet
		if shown == "" {
			shown = word("workbook", lang)
		}
		if err := errors.Join(
			f.SetCellInt(name, at(1), int64(n)),
			a.listText(name, at(2), shown),
			a.listText(name, at(3), cell),
			a.listText(name, at(6), rules),
			a.listText(name, at(7), message),
			f.SetCellStyle(name, at(1), at(8), st.top),
			f.SetCellStyle(name, at(7), at(8), st.wrap),
			f.SetCellStyle(name, at(6), at(6), ruleStyle),
		); err != nil {
			return fmt.Errorf("fix: %w", err)
		}
		if why != "" {
			if err := a.listText(name, at(8), why); err != nil {
				return err
			}
		}
		for col, v := range map[int]string{4: old, 5: new} {
			if err := a.figureCell(name, at(col), v, st.wrap, figures); err != nil {
				return err
			}
		}
		lines := max(annotateWrap(message, 60), annotateWrap(why, 42), annotateWrap(old, 18), annotateWrap(new, 18), annotateWrap(shown, 22))
		if err := annotateRowHeight(f, name, row, lines); err != nil {
			return fmt.Errorf("fix: %w", err)
		}
		if s := a.sheetName(sheet); s != "" && cell != "" {
			if _, err := f.GetCellStyle(s, cell); err == nil {
				tip := safetext.Visible(s + "!" + cell)
				if err := f.SetCellHyperLink(name, at(3), annotateLocation(s, cell), "Location", excelize.HyperlinkOpts{Tooltip: &tip}); err != nil {
					return fmt.Errorf("fix: %w", err)
				}
				if err := f.SetCellStyle(name, at(3), at(3), st.link); err != nil {
					return err
				}
			}
		}
		return nil
	}

	if err := errors.Join(
		f.SetCellStyle(name, "A1", "H1", st.header),
		f.SetRowHeight(name, 1, 2*15),
		f.SetColWidth(name, "A", "A", 5),  // No
		f.SetColWidth(name, "B", "B", 22), // Sheet
		f.SetColWidth(name, "C", "C", 8),  // Sel
		f.SetColWidth(name, "D", "E", 18), // Lama, Baru
		f.SetColWidth(name, "F", "F", 9),  // Aturan
		f.SetColWidth(name, "G", "G", 60), // Pesan
		f.SetColWidth(name, "H", "H", 42), // Mengapa tidak diterapkan
	); err != nil {
		return fmt.Errorf("fix: %w", err)
	}
	// Both lists within maxListed rows, the changes first; every change is made all the same.
	changes := plan.changes[:min(len(plan.changes), maxListed)]
	skipped := plan.skipped[:min(len(plan.skipped), maxListed-len(changes))]
	a.unlisted = len(plan.changes) + len(plan.skipped) - len(changes) - len(skipped)
	row := 2
	for i, c := range changes {
		var msgs []string
		for _, x := range c.findings {
			// A change whose finding names other candidates says so: the cause may be elsewhere.
			msgs = append(msgs, x.Message.In(lang))
			msgs = append(msgs, causeNotes(x, lang)...)
		}
		if err := line(row, i+1, c.sheet, c.cell, c.old, c.fix, fixRules(c.findings), strings.Join(msgs, "\n"), ""); err != nil {
			return err
		}
		// The new content takes the fill of the changed cells, its number format kept.
		if err := a.fillCell(name, fmt.Sprintf("E%d", row), fixFill); err != nil {
			return err
		}
		row++
	}
	end := row - 1
	if err := f.AutoFilter(name, fmt.Sprintf("A1:G%d", max(end, 1)), nil); err != nil {
		return fmt.Errorf("fix: %w", err)
	}
	row++
	if err := a.listText(name, fmt.Sprintf("A%d", row), fixTotals(r, plan, lang)); err != nil {
		return err
	}
	if row, err = a.notesRows(name, row+1); err != nil {
		return err
	}
	row++
	if len(plan.skipped) > 0 {
		if err := errors.Join(
			a.listText(name, fmt.Sprintf("A%d", row), fmt.Sprintf("%s (%d)", fword("skipped", lang), len(plan.skipped))),
			f.SetCellStyle(name, fmt.Sprintf("A%d", row), fmt.Sprintf("A%d", row), title),
		); err != nil {
			return err
		}
		row++
		for i, s := range skipped {
			x := s.finding
			// A finding without a Fix that follows another has that for its reason, beside.
			lines := []string{x.Message.In(lang), candidatesLine(x, lang)}
			if x.Fix != "" || x.Accepted {
				lines = append(lines, followsLine(x, lang))
			}
			message := strings.Join(slices.DeleteFunc(lines, func(l string) bool { return l == "" }), "\n")
			if err := line(row, i+1, x.Sheet, x.Cell, x.Actual, x.Expected, x.Rule, message, s.why.In(lang)); err != nil {
				return err
			}
			row++
		}
		row++
	}
	if _, err := a.provRows(name, row+1, prov); err != nil {
		return err
	}
	return a.finishList(name)
}

// fixTotals is the line under the changes: "23 sel diubah untuk 25 temuan; 40 temuan tidak
// diterapkan (di bawah). Periksa salinan ini lagi..."
func fixTotals(r *reconcile.Result, plan *fixPlan, lang string) string {
	if len(r.Findings) == 0 {
		return fword("clean", lang)
	}
	applied := 0
	for _, c := range plan.changes {
		applied += len(c.findings)
	}
	var s string
	switch {
	case len(plan.changes) == 0:
		s = fword("none", lang)
	case lang == "en":
		s = fmt.Sprintf("%d cell(s) changed for %d finding(s).", len(plan.changes), applied)
	default:
		s = fmt.Sprintf("%d sel diubah untuk %d temuan.", len(plan.changes), applied)
	}
	switch {
	case len(plan.skipped) == 0:
		s += " " + fword("noskip", lang)
	case lang == "en":
		s += fmt.Sprintf(" %d finding(s) not applied, listed below.", len(plan.skipped))
	default:
		s += fmt.Sprintf(" %d temuan tidak diterapkan, didaftar di bawah.", len(plan.skipped))
	}
	if len(plan.changes) > 0 {
		s += " " + fword("checkNow", lang)
	}
	return s
}
