package report

import (
	"io"
	"path/filepath"
	"strings"

	"lkjip/reconcile"
	"lkjip/reconcile/safetext"
)

// Format is one output of lkjip check: its name for --format, the extension -o takes for it,
// a line of help, and its printer. `lkjip check --format`, its help text and the check of -o's
// extension are all derived from Formats; a new format is one more value there and one
// printer beside the others.
type Format struct {
	Name string
	Ext  string
	Help reconcile.Text
	// write prints the files. It sees them only through Files, which hands each result with
	// every finding in memory, so that no printer can leave out findings a batch moved to
	// its spill file.
	write func(out io.Writer, files Files, opt Options) error
}

// Options are what a printer takes besides the results.
type Options struct {
	// Lang is "id" (the default) or "en".
	Lang string
	// Verbose adds the sheets a workbook holds that the spec does not define (text).
	Verbose bool
	// Provenance, when set, is recorded in the formats that keep a record (JSON, HTML).
	Provenance *reconcile.Provenance
	// Width is the terminal's width in columns the text report fits (DefaultWidth when 0):
	// tables as wide as it, or, under 110 columns, one block per finding.
	Width int
}

func (o Options) lang() string {
	if o.Lang == "en" {
		return "en"
	}
	return "id"
}

// Write prints the results of a run in the format.
func (f *Format) Write(out io.Writer, results []*reconcile.Result, opt Options) error {
	if f.Name == "text" || f.Name == "html" {
		// Text from a workbook (a unit's name, an indicator, a cell as written) reaches a
		// terminal or a page with its control characters shown, not obeyed. JSON escapes
		// them itself; CSV fields are made safe one by one (csvRow).
		v := safetext.NewWriter(out)
		defer v.Flush()
		out = v
	}
	return f.write(out, Files{results}, opt)
}

// Formats are the outputs of lkjip check, the default first.
var Formats = []*Format{
	{Name: "text", Ext: ".txt", Help: reconcile.Text{ID: "tabel di terminal", EN: "tables for the terminal"}, write: printText},
	{Name: "json", Ext: ".json", Help: reconcile.Text{ID: "satu dokumen JSON", EN: "one JSON document"}, write: printJSON},
	{Name: "html", Ext: ".html", Help: reconcile.Text{ID: "satu halaman HTML, siap cetak", EN: "one HTML page, ready to print"}, write: printHTML},
	{Name: "csv", Ext: ".csv", Help: reconcile.Text{ID: "satu temuan sebaris, untuk Excel", EN: "one finding a row, for Excel"}, write: printCSV},
}

// FormatNamed returns the format of a name, or nil.
func FormatNamed(name string) *Format {
	for _, f := range Formats {
		if f.Name == name {
			return f
		}
	}
	return nil
}

// FormatOfFile returns the format whose extension a file name has (".htm" is HTML too), or
// nil.
func FormatOfFile(path string) *Format {
	ext := strings.ToLower(filepath.Ext(path))
	if ext == ".htm" {
		ext = ".html"
	}
	for _, f := range Formats {
		if f.Ext == ext {
			return f
		}
	}
	return nil
}

// FormatNames lists the formats' names as --format takes them: "text|json|html|csv".
func FormatNames() string {
	names := make([]string, len(Formats))
	for i, f := range Formats {
		names[i] = f.Name
	}
	return strings.Join(names, "|")
}

// Files are a run's results as a printer reads them. Load and Each hand each result with
// every finding in memory: read back from the spill file where a batch moved them there, with
// the findings across files added since. The counts and the recap come from the results
// themselves, which keep them whether spilled or not.
type Files struct {
	results []*reconcile.Result
}

// Len is the number of results.
func (fs Files) Len() int { return len(fs.results) }

// Load returns the i-th result with its findings.
func (fs Files) Load(i int) (*reconcile.Result, error) { return fs.results[i].Loaded() }

// Each calls fn with each result and its findings, in order, one at a time; the first error
// stops it.
func (fs Files) Each(fn func(i int, r *reconcile.Result) error) error {
	for i := range fs.results {
		r, err := fs.Load(i)
		if err != nil {
			return err
		}
		if err := fn(i, r); err != nil {
			return err
		}
	}
	return nil
}

// Totals adds up the files and their findings.
func (fs Files) Totals() Totals { return Count(fs.results) }

// Recap is the recap by unit.
func (fs Files) Recap() []RecapRow { return Recap(fs.results) }

// Summary is the one-line summary.
func (fs Files) Summary(lang string) string { return Summary(fs.results, lang) }
