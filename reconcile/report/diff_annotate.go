package report

import (
	"errors"
	"fmt"
	"io"

	"github.com/xuri/excelize/v2"

	"lkjip/reconcile"
	"lkjip/reconcile/diff"
	"lkjip/reconcile/safetext"
)

// The fills of the comparison's marks. Changed cells take a colour no finding takes, so that a
// reader who knows the Temuan copy does not read a change as an error.
const (
	diffChanged = "E4DFEC" // a value changed (lavender)
	diffAdded   = "C6EFCE" // a row added; a finding fixed (green)
)

// diffSheet is the name of the sheet listing the comparison; diffSheetAlt is used when the
// workbook already has a sheet of that name.
const (
	diffSheet    = "Perubahan"
	diffSheetAlt = "Perubahan (lkjip)"
)

// diffColumns are the Perubahan sheet's columns, by their header word.
var diffColumns = []string{"no", "what", "sheet", "cell", "oldcell", "row", "column", "old", "new", "rule", "severity", "message"}

// DiffAnnotate writes to out a copy of the NEW workbook of a comparison with what changed
// marked. lang is "id" or "en".
//
// Every changed cell gets a lavender fill (in place of its own fill only, as Annotate does)
// and a comment by "lkjip" with its old value ("lama: 98,82", and OLD's cell when the row
// moved); the cells of an added row get a green fill and a comment on their label. A comment
// the cell already had is kept below. A new first sheet, Perubahan (or "Perubahan (lkjip)"),
// lists in one filterable table the changes, the rows added and removed, then the findings
// fixed, still open and new, each with a link to its cell in the copy when it has one there
// (a removed row and a fixed finding are in OLD only); it is the active sheet, and a line of
// totals closes it, then the provenance (prov, as Annotate records it: both inputs with their
// SHA-256). Nothing else changes. Neither input is written; only out is.
//
// NEW is opened as Annotate opens its workbook: under the unzip limit, its sheets renamed where
// Excel does not take their names, entries outside the package left out; a failure inside
// excelize is an error naming the file.
func DiffAnnotate(out io.Writer, d *diff.Diff, lang string, prov *reconcile.Provenance, opt AnnotateOptions) (err error) {
	if d == nil || d.New == nil {
		return errors.New("annotate: no comparison")
	}
	defer func() {
		if v := recover(); v != nil {
			err = panicError(d.New.Path, lang, v)
		}
	}()
	c, err := openCopy(d.New.Path, opt.Password, opt.MaxUnzipSize, lang)
	if err != nil {
		return openFailed("annotate", d.New.Path, err)
	}
	defer c.f.Close()
	a := newAnnotator(c, lang)
	notes := &diffNotes{a: a, comments: map[string]map[string]excelize.Comment{}}
	for _, c := range d.Changes {
		text := dword("was", lang) + ": " + display(c.Old, lang)
		if c.Old == "" {
			text = dword("was", lang) + ": " + dword("empty", lang)
		}
		if c.OldCell != "" && (c.OldCell != c.Cell || c.OldSheet != c.Sheet) {
			text += " (" + c.OldSheet + "!" + c.OldCell + ")"
		}
		if err := notes.mark(c.Sheet, []string{c.Cell}, c.Cell, diffChanged, text); err != nil {
			return err
		}
	}
	for _, r := range d.Added {
		if err := notes.mark(r.Sheet, r.Cells, r.Cell, diffAdded, dword("k-added", lang)); err != nil {
			return err
		}
	}
	if err := notes.flush(); err != nil {
		return err
	}
	if err := a.diffSheet(d, prov); err != nil {
		return err
	}
	if d.New != nil {
		if err := PaperOf(d.New, lang).Apply(a.f); err != nil {
			return fmt.Errorf("diff: %w", err)
		}
	}
	return c.write(out, opt.Password)
}

// diffNotes fills cells and gathers one comment per cell, so that a cell with two marks gets
// one comment with both.
type diffNotes struct {
	a        *annotator
	order    []string
	texts    map[string][]string
	comments map[string]map[string]excelize.Comment
}

// mark fills cells of a sheet and notes a text for the comment of one of them. A sheet or cell
// the copy does not have is left alone (it is still listed).
func (n *diffNotes) mark(sheet string, cells []string, at, fill, text string) error {
	sheet = n.a.sheetName(sheet)
	if sheet == "" {
		return nil
	}
	for _, cell := range cells {
		if _, err := n.a.f.GetCellStyle(sheet, cell); err != nil {
			continue
		}
		if err := n.a.fillCell(sheet, cell, fill); err != nil {
			return err
		}
	}
	if at == "" {
		return nil
	}
	if n.texts == nil {
		n.texts = map[string][]string{}
	}
	key := sheet + "\x00" + at
	if _, ok := n.texts[key]; !ok {
		n.order = append(n.order, key)
	}
	n.texts[key] = append(n.texts[key], text)
	return nil
}

// flush writes the comments, keeping a cell's earlier comment below lkjip's.
func (n *diffNotes) flush() error {
	f := n.a.f
	for _, key := range n.order {
		var sheet, cell string
		for i := range key {
			if key[i] == 0 {
				sheet, cell = key[:i], key[i+1:]
				break
			}
		}
		if n.a.commented >= maxComments { // as addComment bounds them
			n.a.uncommented++
			continue
		}
		n.a.commented++
		if _, ok := n.comments[sheet]; !ok {
			list, err := f.GetComments(sheet)
			if err != nil {
				return fmt.Errorf("annotate: %s: %w", sheet, err)
			}
			n.comments[sheet] = map[string]excelize.Comment{}
			for _, c := range list {
				n.comments[sheet][c.Cell] = c
			}
		}
		body := ""
		for i, t := range n.texts[key] {
			if i > 0 {
				body += "\n"
			}
			body += t
		}
		runs := []excelize.RichTextRun{{Text: "lkjip diff\n", Font: &excelize.Font{Bold: true}}, {Text: safetext.Visible(body)}}
		lines := annotateLines("lkjip diff\n" + body)
		if old, ok := n.comments[sheet][cell]; ok {
			if err := f.DeleteComment(sheet, cell); err != nil {
				return fmt.Errorf("annotate: %s!%s: %w", sheet, cell, err)
			}
			runs = append(runs, excelize.RichTextRun{Text: "\n\n" + aword("comment", n.a.lang) + annotateBy(old.Author) + ":\n", Font: &excelize.Font{Bold: true}})
			if old.Text != "" {
				runs = append(runs, excelize.RichTextRun{Text: old.Text})
			}
			for _, run := range old.Paragraph {
				runs = append(runs, excelize.RichTextRun{Text: run.Text, Font: run.Font})
			}
			lines += annotateLines(old.Text+annotateRunsText(old.Paragraph)) + 2
		}
		c := excelize.Comment{Author: annotateAuthor, Cell: cell, Paragraph: runs, Width: 240, Height: uint(min(15*lines+10, 600))}
		if err := f.AddComment(sheet, c); err != nil {
			return fmt.Errorf("annotate: %s!%s: %w", sheet, cell, err)
		}
	}
	return nil
}

// diffLine is one line of the Perubahan sheet.
type diffLine struct {
	kind, fill            string
	sheet, cell, oldCell  string
	row, column, old, new string
	finding               *reconcile.Finding
}

func diffLines(d *diff.Diff, lang string) []diffLine {
	var lines []diffLine
	for _, c := range d.Changes {
		l := diffLine{kind: "k-" + string(c.What), fill: diffChanged, sheet: c.Sheet, cell: c.Cell, row: diffLabel(c, lang), column: c.Column, old: c.Old, new: c.New}
		if c.OldCell != c.Cell || c.OldSheet != c.Sheet {
			l.oldCell = c.OldSheet + "!" + c.OldCell
		}
		lines = append(lines, l)
	}
	for _, r := range d.Added {
		lines = append(lines, diffLine{kind: "k-added", fill: diffAdded, sheet: r.Sheet, cell: r.Cell, row: r.Label})
	}
	for _, r := range d.Removed {
		lines = append(lines, diffLine{kind: "k-removed", fill: annotateGrey, sheet: r.Sheet, oldCell: r.Cell, row: r.Label})
	}
	for _, part := range []struct {
		kind, fill string
		findings   []reconcile.Finding
		old        bool
	}{{"k-fixed", diffAdded, d.Fixed, true}, {"k-introduced", annotateRed, d.Introduced, false}, {"k-open", annotateAmber, d.Open, false}} {
		for i := range part.findings {
			x := &part.findings[i]
			l := diffLine{kind: part.kind, fill: part.fill, sheet: x.Sheet, finding: x}
			if part.old {
				l.oldCell, l.old = x.Cell, x.Actual
			} else {
				l.cell, l.new = x.Cell, x.Actual
			}
			lines = append(lines, l)
		}
	}
	return lines
}

// diffSheet adds the Perubahan sheet, first in the tab order and active.
func (a *annotator) diffSheet(d *diff.Diff, prov *reconcile.Provenance) error {
	f, lang := a.f, a.lang
	name, st, err := a.listSheet(diffSheet, diffSheetAlt)
	if err != nil {
		return err
	}
	header, top, wrap, link := st.header, st.top, st.wrap, st.link
	fills := map[string]int{}
	fillStyle := func(colour string) int {
		if id, ok := fills[colour]; ok {
			return id
		}
		id, _ := f.NewStyle(&excelize.Style{Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{colour}}, Alignment: &excelize.Alignment{Vertical: "top"}})
		fills[colour] = id
		return id
	}
	figures := map[string]int{}

	words := map[string]reconcile.Text{"oldcell": {ID: "Sel lama", EN: "Old cell"}}
	last, _ := excelize.ColumnNumberToName(len(diffColumns))
	for i, key := range diffColumns {
		cell, _ := excelize.CoordinatesToCellName(i+1, 1)
		text := dword(key, lang)
		if key == "no" {
			text = aword("no", lang)
		} else if w, ok := words[key]; ok {
			text = w.In(lang)
		}
		if err := a.listText(name, cell, text); err != nil {
			return err
		}
	}
	if err := errors.Join(
		f.SetCellStyle(name, "A1", last+"1", header),
		f.SetColWidth(name, "A", "A", 5),  // No
		f.SetColWidth(name, "B", "B", 20), // Jenis
		f.SetColWidth(name, "C", "C", 20), // Sheet
		f.SetColWidth(name, "D", "E", 9),  // Sel, Sel lama
		f.SetColWidth(name, "F", "F", 40), // Baris
		f.SetColWidth(name, "G", "G", 18), // Kolom
		f.SetColWidth(name, "H", "I", 16), // Lama, Baru
		f.SetColWidth(name, "J", "J", 9),  // Aturan
		f.SetColWidth(name, "K", "K", 12), // Tingkat
		f.SetColWidth(name, "L", "L", 60), // Pesan
	); err != nil {
		return fmt.Errorf("annotate: %w", err)
	}
	lines := diffLines(d, lang)
	if len(lines) > maxListed {
		a.unlisted = len(lines) - maxListed
		lines = lines[:maxListed]
	}
	for i, l := range lines {
		row := i + 2
		at := func(col int) string { c, _ := excelize.CoordinatesToCellName(col, row); return c }
		var rule, severity, message string
		if l.finding != nil {
			rule, severity, message = l.finding.Rule, a.severity(*l.finding), withNotes(*l.finding, lang)
		}
		if err := errors.Join(
			f.SetCellInt(name, at(1), int64(i+1)),
			a.listText(name, at(2), dword(l.kind, lang)),
			a.listText(name, at(3), l.sheet),
			a.listText(name, at(4), l.cell),
			a.listText(name, at(5), l.oldCell),
			a.listText(name, at(6), l.row),
			a.listText(name, at(7), l.column),
			a.listText(name, at(10), rule),
			a.listText(name, at(11), severity),
			a.listText(name, at(12), message),
			f.SetCellStyle(name, at(1), at(12), top),
			f.SetCellStyle(name, at(6), at(7), wrap),
			f.SetCellStyle(name, at(12), at(12), wrap),
			f.SetCellStyle(name, at(2), at(2), fillStyle(l.fill)),
		); err != nil {
			return fmt.Errorf("annotate: %w", err)
		}
		if l.finding != nil {
			if err := f.SetCellStyle(name, at(11), at(11), fillStyle(annotateFill([]reconcile.Finding{*l.finding}))); err != nil {
				return err
			}
		}
		for col, v := range map[int]string{8: l.old, 9: l.new} {
			if err := a.figureCell(name, at(col), v, wrap, figures); err != nil {
				return err
			}
		}
		height := max(annotateWrap(l.row, 40), annotateWrap(l.column, 18), annotateWrap(message, 60),
			annotateWrap(l.old, 16), annotateWrap(l.new, 16), annotateWrap(l.sheet, 20))
		if err := annotateRowHeight(f, name, row, height); err != nil {
			return fmt.Errorf("annotate: %w", err)
		}
		if sheet := a.sheetName(l.sheet); sheet != "" && l.cell != "" {
			if _, err := f.GetCellStyle(sheet, l.cell); err == nil {
				tip := safetext.Visible(sheet + "!" + l.cell)
				if err := f.SetCellHyperLink(name, at(4), annotateLocation(sheet, l.cell), "Location", excelize.HyperlinkOpts{Tooltip: &tip}); err != nil {
					return fmt.Errorf("annotate: %w", err)
				}
				if err := f.SetCellStyle(name, at(4), at(4), link); err != nil {
					return err
				}
			}
		}
	}
	end := len(lines) + 1
	if err := f.AutoFilter(name, fmt.Sprintf("A1:%s%d", last, end), nil); err != nil {
		return fmt.Errorf("annotate: %w", err)
	}
	summary := DiffSummary(d, lang)
	if d.Same() {
		summary = dword("same", lang) + " " + summary
	}
	if err := a.listText(name, fmt.Sprintf("A%d", end+2), summary); err != nil {
		return err
	}
	for i, w := range d.Warnings {
		if err := a.listText(name, fmt.Sprintf("A%d", end+3+i), w.In(lang)); err != nil {
			return err
		}
	}
	next, err := a.notesRows(name, end+3+len(d.Warnings))
	if err != nil {
		return err
	}
	if _, err := a.provRows(name, next+1, prov); err != nil {
		return err
	}
	return a.finishList(name)
}
