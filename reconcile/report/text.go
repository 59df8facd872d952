// Package report prints the findings of a run. The formats of lkjip check (terminal tables,
// JSON, HTML, CSV) are values of Formats, each with its printer; beside them are the outputs
// that are not a --format: the annotated copy of a workbook, the recap, the checking page's
// fragment and lkjip diff's printers. A printer only renders the results it is given; which
// findings exist is decided by the rules and the Checker. A new output format goes here, as
// one more value of Formats.
package report

import (
	"bytes"
	"fmt"
	"io"
	"reflect"
	"runtime"
	"strings"
	"sync"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/tw"

	"github.com/shopspring/decimal"

	"lkjip/reconcile"
	"lkjip/reconcile/number"
)

// words are the printers' fixed texts in both languages.
var words = map[string]reconcile.Text{
	"file":     {ID: "Berkas", EN: "File"},
	"unit":     {ID: "Instansi", EN: "Unit"},
	"year":     {ID: "Tahun", EN: "Year"},
	"cell":     {ID: "Sel", EN: "Cell"},
	"rule":     {ID: "Aturan", EN: "Rule"},
	"severity": {ID: "Tingkat", EN: "Severity"},
	"actual":   {ID: "Tertulis", EN: "Says"},
	"expected": {ID: "Seharusnya", EN: "Should be"},
	"message":  {ID: "Pesan", EN: "Message"},
	"sheet":    {ID: "Sheet", EN: "Sheet"},
	"workbook": {ID: "(buku kerja)", EN: "(workbook)"},
	"clean":    {ID: "Tidak ada temuan.", EN: "No findings."},
	"error":    {ID: "kesalahan", EN: "error"},
	"warning":  {ID: "peringatan", EN: "warning"},
	"info":     {ID: "catatan", EN: "note"},
	"ignored":  {ID: "Sheet yang diabaikan", EN: "Sheets ignored"},
	"accepted": {ID: "diterima", EN: "accepted"},
	"reason":   {ID: "Diterima", EN: "Accepted"},
}

func word(key, lang string) string { return words[key].In(lang) }

// SeverityName names a severity in a language: kesalahan / peringatan / catatan.
func SeverityName(s reconcile.Severity, lang string) string { return word(s.String(), lang) }

// printText prints the results as one table per sheet, then a one-line summary.
func printText(out io.Writer, files Files, opt Options) error {
	lang := opt.lang()
	err := inOrder(files.Len(), func(i int, w io.Writer) error {
		if i > 0 {
			fmt.Fprintln(w)
		}
		r, err := files.Load(i)
		if err != nil {
			return err
		}
		return textFile(w, r, lang, opt.Verbose, opt.width())
	}, out)
	if err != nil {
		return err
	}
	if files.Len() > 1 {
		if err := recapText(out, files.Recap(), lang, opt.width()); err != nil {
			return err
		}
	}
	fmt.Fprintln(out)
	return writeWrapped(out, files.Summary(lang), opt.width(), "", "  ")
}

// textFile prints one file's section: its title, then its findings in one table per sheet.
func textFile(out io.Writer, r *reconcile.Result, lang string, verbose bool, width int) error {
	title := fmt.Sprintf("%s: %s", word("file", lang), r.Path)
	if r.Unit != "" {
		title += fmt.Sprintf(" · %s: %s", word("unit", lang), r.Unit)
	}
	if r.Year != 0 {
		title += fmt.Sprintf(" · %s: %d", word("year", lang), r.Year)
	}
	writeWrapped(out, title, width, "", "  ")
	if r.Err != nil {
		return writeWrapped(out, r.Err.Message.In(lang), width, "  ", "  ")
	}
	if len(r.Damaged) > 0 {
		writeWrapped(out, reconcile.Msg("Berkas ini rusak: sheet %s tidak terbaca sampai akhir; pemeriksaannya tidak lengkap. Salin ulang berkas aslinya.",
			"This file is damaged: sheet %s cannot be read to its end; its check is incomplete. Copy the original file again.", strings.Join(r.Damaged, ", ")).In(lang), width, "  ", "  ")
	}
	if verbose && len(r.Ignored) > 0 {
		writeWrapped(out, word("ignored", lang)+": "+strings.Join(r.Ignored, ", "), width, "  ", "    ")
	}
	if len(r.Findings) == 0 {
		fmt.Fprintln(out, "  "+word("clean", lang))
		return coverageLine(out, r, lang, false, width)
	}
	for _, group := range bySheet(r) {
		name := group.sheet
		if name == "" {
			name = word("workbook", lang)
		}
		fmt.Fprintln(out)
		writeWrapped(out, fmt.Sprintf("%s: %s (%d)", word("sheet", lang), name, len(group.findings)), width, "", "  ")
		if err := sheetTable(out, group.sheet, group.findings, lang, width); err != nil {
			return err
		}
	}
	return coverageLine(out, r, lang, true, width)
}

// coverageLine ends a file's part of the text report with its coverage (how many of its
// figures some rule checked, and where the others are): without it, "no findings" would read
// as "every figure right" when some were never looked at.
func coverageLine(out io.Writer, r *reconcile.Result, lang string, gap bool, width int) error {
	if r.Coverage == nil {
		return nil
	}
	if gap {
		fmt.Fprintln(out)
		return writeWrapped(out, r.Coverage.Line(lang), width, "", "  ")
	}
	return writeWrapped(out, r.Coverage.Line(lang), width, "  ", "    ")
}

// inOrder renders n parts on all cores and writes them to out in order. Drawing the tables of
// thousands of files is most of the text output's time; at most a few parts per core wait in
// memory for the ones before them. The first error stops the writing; it is returned once
// every part under way has ended.
func inOrder(n int, render func(i int, w io.Writer) error, out io.Writer) error {
	workers := min(runtime.GOMAXPROCS(0), n)
	if workers <= 1 {
		for i := range n {
			if err := render(i, out); err != nil {
				return err
			}
		}
		return nil
	}
	type part struct {
		buf  bytes.Buffer
		err  error
		done chan struct{}
	}
	parts := make([]part, n)
	for i := range parts {
		parts[i].done = make(chan struct{})
	}
	window := make(chan struct{}, 4*workers) // parts rendered or being rendered, not yet written
	jobs := make(chan int)
	stop := make(chan struct{})
	go func() {
		defer close(jobs)
		for i := range n {
			select {
			case window <- struct{}{}:
			case <-stop:
				return
			}
			jobs <- i
		}
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for i := range jobs {
				parts[i].err = render(i, &parts[i].buf)
				close(parts[i].done)
			}
		})
	}
	var err error
	for i := range parts {
		<-parts[i].done
		err = parts[i].err
		if err == nil {
			_, err = out.Write(parts[i].buf.Bytes())
		}
		parts[i].buf = bytes.Buffer{}
		<-window
		if err != nil {
			break
		}
	}
	close(stop) // parts handed out before the producer saw it are rendered and dropped
	wg.Wait()
	return err
}

// findingTable is a finding table kept for reuse. tablewriter's NewTable makes a cache of
// 10,240 entries each time, which for a batch of thousands of files was most of the text
// output's time (and of its garbage); a table is reset and drawn again instead, into the
// writer its switchWriter points at.
type findingTable struct {
	t   *tablewriter.Table
	out switchWriter
}

type switchWriter struct{ w io.Writer }

func (s *switchWriter) Write(p []byte) (int, error) { return s.w.Write(p) }

// noCache is tablewriter's stringer cache, disabled: the rows are strings already.
type noCache struct{}

func (noCache) Add(reflect.Type, reflect.Value) bool           { return false }
func (noCache) Get(reflect.Type) (v reflect.Value, found bool) { return v, false }
func (noCache) Purge()                                         {}

var findingTables = sync.Pool{New: func() any {
	ft := &findingTable{}
	ft.t = tablewriter.NewTable(&ft.out,
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithRowAutoWrap(tw.WrapNormal),
		tablewriter.WithRowMaxWidth(70),
		tablewriter.WithStringerCacheCustom(noCache{}),
		// Says and should-be hold figures, and now and then a sentence (an amount in words):
		// narrower than the message, so that the table fits a terminal.
		func(t *tablewriter.Table) {
			t.Configure(func(c *tablewriter.Config) {
				c.Row.ColMaxWidths.PerColumn = tw.NewMapper[int, int]().Set(3, 30).Set(4, 30)
			})
		},
	)
	return ft
}}

// sheetTable prints a sheet's findings as a table as wide as width, or, where that would
// leave the message too narrow to read, as blocks (sheetBlocks).
func sheetTable(out io.Writer, sheet string, findings []placed, lang string, width int) error {
	header := []string{word("cell", lang), word("rule", lang), word("severity", lang), word("actual", lang), word("expected", lang), word("message", lang)}
	rows := make([][]string, len(findings))
	for i, f := range findings {
		// An accepted finding keeps its severity for the reader, marked, with the reason; one
		// that follows another stands under it, marked, with its cause.
		rows[i] = []string{placedCell(f, sheet), f.Rule, severityMark(f.Finding, lang), display(f.Actual, lang), display(f.Expected, lang), withNotes(f.Finding, lang)}
	}
	m := 0
	if width >= blockWidth {
		m = messageWidth(rows, header, width)
	}
	if m == 0 {
		return sheetBlocks(out, sheet, findings, lang, width)
	}
	ft := findingTables.Get().(*findingTable)
	defer findingTables.Put(ft)
	ft.out.w = out
	defer func() { ft.out.w = nil }()
	t := ft.t
	t.Reset()
	t.Configure(func(c *tablewriter.Config) { c.Row.ColMaxWidths.PerColumn.Set(5, m) })
	t.Header(header)
	for _, r := range rows {
		if err := t.Append(r); err != nil {
			return err
		}
	}
	return t.Render()
}

// placedCell names a finding's cell in a table of a sheet's findings: "└ F7" under its cause,
// with its sheet when it is another one ("└ Ringkasan!B15"). A finding that follows one that
// follows stands under it marked the same: its "ikut:" line names which.
func placedCell(f placed, sheet string) string {
	cell := f.Cell
	if f.Sheet != sheet && f.Cell != "" {
		cell = f.Sheet + "!" + f.Cell
	}
	if f.depth > 0 {
		cell = "└ " + cell
	}
	return cell
}

// display prints a plain decimal from a finding in the reader's notation for the terminal
// ("2.633.856.425" or "98,32" in Indonesian); years and other short whole numbers, and any
// text, stay as they are. JSON and CSV keep the plain form.
func display(s, lang string) string {
	_, ok := number.Stored(s)
	// The figure is read as it spells, not as a cell is (at 15 significant digits): an
	// expected value may need more digits.
	v, err := decimal.NewFromString(s)
	places := 0
	if i := strings.IndexByte(s, '.'); i >= 0 {
		places = len(s) - i - 1
	}
	if !ok || err != nil || strings.ContainsAny(s, "eE") || (places == 0 && v.Abs().LessThan(decimal.NewFromInt(10000))) {
		return s
	}
	if lang == "en" {
		return number.English(v, places)
	}
	return number.Indonesian(v, places)
}

type sheetGroup struct {
	sheet    string
	findings []placed
}

// bySheet groups a result's findings by sheet, workbook-level findings first, then the sheets
// in workbook order (the findings are already in that order); a finding that follows another
// stands right under its cause, in its cause's group (see arrange).
func bySheet(r *reconcile.Result) []sheetGroup {
	var out []sheetGroup
	index := map[string]int{}
	last := 0
	for _, f := range arrange(r.Findings) {
		if f.depth > 0 {
			out[last].findings = append(out[last].findings, f)
			continue
		}
		i, ok := index[f.Sheet]
		if !ok {
			i = len(out)
			index[f.Sheet] = i
			out = append(out, sheetGroup{sheet: f.Sheet})
		}
		out[i].findings = append(out[i].findings, f)
		last = i
	}
	return out
}

// Totals counts a run's files and findings. Errors, Warnings and Infos leave out the findings
// the settings accept and those that only follow from another; Accepted and Following count
// those, whatever their severity.
type Totals struct {
	Files      int `json:"files"`
	Unreadable int `json:"unreadable"`
	Errors     int `json:"errors"`
	Warnings   int `json:"warnings"`
	Infos      int `json:"infos"`
	Accepted   int `json:"accepted"`
	// Following counts the findings that only follow from another (Because), not accepted:
	// they are in none of the counts above.
	Following int `json:"following"`
}

// Count adds up the results.
func Count(results []*reconcile.Result) Totals {
	var t Totals
	for _, r := range results {
		if r.About == "" {
			t.Files++ // a unit without a workbook, or the settings file, is no file checked
		}
		if r.Err != nil {
			t.Unreadable++
		}
		t.Errors += r.Count(reconcile.Error)
		t.Warnings += r.Count(reconcile.Warning)
		t.Infos += r.Count(reconcile.Info)
		t.Accepted += r.CountAccepted()
		t.Following += r.CountFollowing()
	}
	return t
}

// Summary is the one-line summary of a run.
func Summary(results []*reconcile.Result, lang string) string {
	t := Count(results)
	if lang == "en" {
		s := fmt.Sprintf("%d file(s) checked: %d error(s), %d warning(s), %d note(s)", t.Files, t.Errors, t.Warnings, t.Infos)
		if t.Accepted > 0 {
			s += fmt.Sprintf(", %d accepted", t.Accepted)
		}
		if t.Following > 0 {
			s += fmt.Sprintf(", %d following", t.Following)
		}
		if t.Unreadable > 0 {
			s += fmt.Sprintf("; %d file(s) could not be checked", t.Unreadable)
		}
		return s + "."
	}
	s := fmt.Sprintf("%d berkas diperiksa: %d kesalahan, %d peringatan, %d catatan", t.Files, t.Errors, t.Warnings, t.Infos)
	if t.Accepted > 0 {
		s += fmt.Sprintf(", %d diterima", t.Accepted)
	}
	if t.Following > 0 {
		s += fmt.Sprintf(", %d ikutan", t.Following)
	}
	if t.Unreadable > 0 {
		s += fmt.Sprintf("; %d berkas tidak dapat diperiksa", t.Unreadable)
	}
	return s + "."
}
