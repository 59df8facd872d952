package report

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/tw"

	"lkjip/reconcile"
	"lkjip/reconcile/diff"
	"lkjip/reconcile/safetext"
)

// diffWords are the fixed texts of the comparison's printers, in both languages.
var diffWords = map[string]reconcile.Text{
	"old":        {ID: "Lama", EN: "Old"},
	"new":        {ID: "Baru", EN: "New"},
	"row":        {ID: "Baris", EN: "Row"},
	"column":     {ID: "Kolom", EN: "Column"},
	"what":       {ID: "Jenis", EN: "Kind"},
	"changes":    {ID: "Isi yang berubah", EN: "Values changed"},
	"added":      {ID: "Baris ditambah", EN: "Rows added"},
	"removed":    {ID: "Baris dihapus", EN: "Rows removed"},
	"fixed":      {ID: "Temuan diperbaiki", EN: "Findings fixed"},
	"open":       {ID: "Temuan masih ada", EN: "Findings still open"},
	"introduced": {ID: "Temuan baru", EN: "New findings"},
	"same":       {ID: "Tidak ada perubahan isi.", EN: "No value changed."},
	"header":     {ID: "(judul kolom)", EN: "(column label)"},
	"numbers":    {ID: "(baris nomor kolom)", EN: "(column-number row)"},
	"was":        {ID: "lama", EN: "was"},
	"empty":      {ID: "(kosong)", EN: "(empty)"},
	// The kinds of a line of the Perubahan sheet.
	"k-figure":     {ID: "angka berubah", EN: "figure changed"},
	"k-text":       {ID: "teks berubah", EN: "text changed"},
	"k-header":     {ID: "judul kolom berubah", EN: "column label changed"},
	"k-numbers":    {ID: "nomor kolom berubah", EN: "column number changed"},
	"k-added":      {ID: "baris ditambah", EN: "row added"},
	"k-removed":    {ID: "baris dihapus", EN: "row removed"},
	"k-fixed":      {ID: "temuan diperbaiki", EN: "finding fixed"},
	"k-open":       {ID: "temuan masih ada", EN: "finding still open"},
	"k-introduced": {ID: "temuan baru", EN: "new finding"},
}

func dword(key, lang string) string {
	if t, ok := diffWords[key]; ok {
		return t.In(lang)
	}
	return word(key, lang)
}

// DiffText prints a comparison for the terminal: the two files, any warning, then a table for
// each part that is not empty (values changed, rows added, rows removed, findings fixed, new
// and still open), and a line of totals. The findings still open are listed without their
// message, which `lkjip check NEW` prints in full.
func DiffText(out io.Writer, d *diff.Diff, lang string, width int) error {
	if width <= 0 {
		width = DefaultWidth
	}
	v := safetext.NewWriter(out) // control characters from the workbooks shown, not obeyed
	defer v.Flush()
	out = v
	writeWrapped(out, dword("old", lang)+": "+d.Old.Path, width, "", "  ")
	writeWrapped(out, dword("new", lang)+": "+d.New.Path, width, "", "  ")
	if d.New.Unit != "" || d.New.Year != 0 {
		writeWrapped(out, fmt.Sprintf("%s: %s · %s: %d", word("unit", lang), d.New.Unit, word("year", lang), d.New.Year), width, "", "  ")
	}
	for _, w := range d.Warnings {
		writeWrapped(out, w.In(lang), width, "! ", "  ")
	}
	if d.Same() {
		fmt.Fprintln(out, "\n"+dword("same", lang))
	}
	if len(d.Changes) > 0 {
		fmt.Fprintf(out, "\n%s (%d)\n", dword("changes", lang), len(d.Changes))
		header := []string{word("sheet", lang), word("cell", lang), dword("row", lang), dword("column", lang), dword("old", lang), dword("new", lang)}
		var rows [][]string
		for _, c := range d.Changes {
			rows = append(rows, []string{c.Sheet, diffCell(c, lang), diffLabel(c, lang), c.Column, display(c.Old, lang), display(c.New, lang)})
		}
		if err := fitTable(out, width, header, rows, 2, []int{2, 4, 5}); err != nil {
			return err
		}
	}
	for _, part := range []struct {
		key  string
		rows []diff.RowChange
	}{{"added", d.Added}, {"removed", d.Removed}} {
		if len(part.rows) == 0 {
			continue
		}
		fmt.Fprintf(out, "\n%s (%d)\n", dword(part.key, lang), len(part.rows))
		var rows [][]string
		for _, r := range part.rows {
			rows = append(rows, []string{r.Sheet, r.Cell, r.Label})
		}
		if err := fitTable(out, width, []string{word("sheet", lang), word("cell", lang), dword("row", lang)}, rows, 3, []int{2}); err != nil {
			return err
		}
	}
	// Every list of findings keeps its message: "masih ada" without it named a rule and two
	// figures, and left the reader to look the rest up.
	for _, part := range []struct {
		key      string
		findings []reconcile.Finding
	}{{"fixed", d.Fixed}, {"introduced", d.Introduced}, {"open", d.Open}} {
		if len(part.findings) == 0 {
			continue
		}
		fmt.Fprintf(out, "\n%s (%d)\n", dword(part.key, lang), len(part.findings))
		header := []string{word("sheet", lang), word("cell", lang), word("rule", lang), word("severity", lang), word("actual", lang), word("expected", lang), word("message", lang)}
		var rows [][]string
		for _, f := range part.findings {
			rows = append(rows, []string{f.Sheet, f.Cell, f.Rule, severityMark(f, lang), display(f.Actual, lang), display(f.Expected, lang), withNotes(f, lang)})
		}
		if err := fitTable(out, width, header, rows, 4, []int{4, 5, 6}); err != nil {
			return err
		}
	}
	fmt.Fprintln(out)
	return writeWrapped(out, DiffSummary(d, lang), width, "", "  ")
}

// fitTable prints rows under header as a table when it fits width, or else one block per
// row: the first head columns on one line ("Realisasi Anggaran · D16 · ..."), then each other
// filled column as "Header: value". narrow are the columns a table wraps at 30.
func fitTable(out io.Writer, width int, header []string, rows [][]string, head int, narrow []int) error {
	if width >= blockWidth {
		var b bytes.Buffer
		t := diffTable(&b, narrow...)
		cells := make([]any, len(header))
		for i, h := range header {
			cells[i] = h
		}
		t.Header(cells...)
		for _, r := range rows {
			if err := t.Append(r); err != nil {
				return err
			}
		}
		if err := t.Render(); err != nil {
			return err
		}
		if line, _, _ := strings.Cut(b.String(), "\n"); textWidth(line) <= width {
			_, err := out.Write(b.Bytes())
			return err
		}
	}
	for _, r := range rows {
		fmt.Fprintln(out)
		if err := writeWrapped(out, strings.Join(nonEmpty(append([]string(nil), r[:head]...)...), " · "), width, "", "  "); err != nil {
			return err
		}
		// Short fields share a line ("Lama: 9 · Baru: 8"); a long one (a message) has its own.
		var line string
		flush := func() error {
			if line == "" {
				return nil
			}
			err := writeWrapped(out, line, width, "  ", "    ")
			line = ""
			return err
		}
		for i := head; i < len(r); i++ {
			if r[i] == "" {
				continue
			}
			item := header[i] + ": " + r[i]
			if line != "" && (textWidth(item) > 40 || strings.Contains(r[i], "\n") || 2+textWidth(line)+3+textWidth(item) > width) {
				if err := flush(); err != nil {
					return err
				}
			}
			if line == "" {
				line = item
			} else {
				line += " · " + item
			}
			if textWidth(item) > 40 || strings.Contains(r[i], "\n") {
				if err := flush(); err != nil {
					return err
				}
			}
		}
		if err := flush(); err != nil {
			return err
		}
	}
	return nil
}

// diffTable is a terminal table whose wrapped columns (by index) are at most 30 wide.
func diffTable(out io.Writer, narrow ...int) *tablewriter.Table {
	return tablewriter.NewTable(out,
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithRowAutoWrap(tw.WrapNormal),
		tablewriter.WithRowMaxWidth(60),
		func(t *tablewriter.Table) {
			t.Configure(func(c *tablewriter.Config) {
				m := tw.NewMapper[int, int]()
				for _, i := range narrow {
					m.Set(i, 30)
				}
				c.Row.ColMaxWidths.PerColumn = m
			})
		},
	)
}

// diffCell is a change's cell in NEW, with OLD's when the row moved: "B52 (lama B51)".
func diffCell(c diff.Change, lang string) string {
	if c.OldCell == "" || c.OldSheet == c.Sheet && c.OldCell == c.Cell {
		return c.Cell
	}
	old := c.OldCell
	if c.OldSheet != c.Sheet {
		old = c.OldSheet + "!" + old
	}
	return c.Cell + " (" + dword("was", lang) + " " + old + ")"
}

// diffLabel is what a change's row is called: its label, or what a header change is about.
func diffLabel(c diff.Change, lang string) string {
	switch c.What {
	case diff.Header:
		return dword("header", lang)
	case diff.Numbers:
		return dword("numbers", lang)
	}
	return c.Label
}

// DiffSummary is the line of totals of a comparison: what changed, the findings fixed, still
// open and new, and NEW's totals.
func DiffSummary(d *diff.Diff, lang string) string {
	t := Count([]*reconcile.Result{d.New})
	if lang == "en" {
		return fmt.Sprintf("%d value(s) changed, %d row(s) added, %d row(s) removed; findings: %d fixed, %d still open, %d new. The new file has %d error(s), %d warning(s), %d note(s).",
			len(d.Changes), len(d.Added), len(d.Removed), len(d.Fixed), len(d.Open), len(d.Introduced), t.Errors, t.Warnings, t.Infos)
	}
	return fmt.Sprintf("%d isi berubah, %d baris ditambah, %d baris dihapus; temuan: %d diperbaiki, %d masih ada, %d baru. Berkas baru: %d kesalahan, %d peringatan, %d catatan.",
		len(d.Changes), len(d.Added), len(d.Removed), len(d.Fixed), len(d.Open), len(d.Introduced), t.Errors, t.Warnings, t.Infos)
}
