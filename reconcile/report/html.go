package report

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"path/filepath"
	"strings"

	"lkjip/reconcile"
	"lkjip/reconcile/number"
	"lkjip/reconcile/safetext"
)

// The page is one self-contained file: the template and its style sheet are compiled into the
// binary and written inline, and the page names no URL at all (no font, script, image or link
// to fetch), so it opens offline, mails as one attachment and prints as it shows.
var (
	//go:embed html_report.gohtml
	htmlSource string
	//go:embed html_report.css
	htmlStyle string

	htmlPage = template.Must(template.New("report").Option("missingkey=error").Parse(htmlSource))
)

// htmlWords are the page's own texts, beside the printers' shared words.
var htmlWords = map[string]reconcile.Text{
	"title":      {ID: "Laporan Pemeriksaan LKjIP", EN: "LKjIP Check Report"},
	"errors":     {ID: "kesalahan", EN: "errors"},
	"warnings":   {ID: "peringatan", EN: "warnings"},
	"infos":      {ID: "catatan", EN: "notes"},
	"files":      {ID: "berkas", EN: "files"},
	"recap":      {ID: "Rekap berkas", EN: "Files"},
	"chart":      {ID: "Kesalahan per sheet", EN: "Errors per sheet"},
	"findings":   {ID: "Temuan per sheet", EN: "Findings by sheet"},
	"noerrors":   {ID: "Tidak ada kesalahan.", EN: "No errors."},
	"notchecked": {ID: "Berkas ini tidak dapat diperiksa", EN: "This file could not be checked"},
	"madeby":     {ID: "Dibuat oleh lkjip.", EN: "Made by lkjip."},
	// Column heads of the recap table.
	"colErrors":   {ID: "Kesalahan", EN: "Errors"},
	"colWarnings": {ID: "Peringatan", EN: "Warnings"},
	"colInfos":    {ID: "Catatan", EN: "Notes"},
	"colAccepted": {ID: "Diterima", EN: "Accepted"},
}

// htmlView is what the template renders: every text already in the reader's language and every
// figure in the reader's notation, so that the template only lays things out.
type htmlView struct {
	Lang, Title string
	Style       template.CSS
	W           map[string]string
	Multi       bool
	Totals      Totals
	Summary     string
	Files       []htmlFile
	// Provenance is the closing section, how the report was made; nil for none.
	Provenance *provView
	// PrintHead heads every printed page (the unit, year and file, or the batch's summary);
	// PageOf are the words of "Halaman N dari M" at its foot.
	PrintHead string
	PageOf    [2]string
}

// htmlPageWords frame the page counter of a printed page: "Halaman 2 dari 9".
var htmlPageWords = [2]reconcile.Text{{ID: "Halaman ", EN: "Page "}, {ID: " dari ", EN: " of "}}

type htmlFile struct {
	ID                                string // the section's anchor: "f1"
	Path, Unit                        string
	Year                              int
	Heading                           string
	Error                             string
	Errors, Warnings, Infos, Accepted int
	Following                         int
	Ignored                           string
	// Coverage is the file's closing line: how many of its figures some rule checked, and
	// where the others are.
	Coverage  string
	Bars      []htmlBar
	Sheets    []htmlSheet
	MaxErrors int
}

// htmlBar is one sheet's bar in the chart of errors: Width is a whole percentage of the widest
// bar, so the chart needs no arithmetic beyond integers.
type htmlBar struct {
	Sheet, Anchor string
	Errors, Width int
}

type htmlSheet struct {
	Name, Anchor string
	Findings     []htmlFinding
}

type htmlFinding struct {
	Cell, Rule             string
	Class, Severity        string // Class: error, warning, info or accepted
	Actual, Expected       string
	ActualNum, ExpectedNum bool
	Message                string
	// Mark ("diterima") and Accepted ("Diterima: <reason>") are set when the settings accept
	// the finding.
	Mark, Accepted string
	// Candidates ("atau salah satu dari: ...") names the other cells that could be the cause;
	// Follows ("ikut: ...") the cause of a finding that only follows from it, which then
	// stands Under it, marked FollowMark ("ikutan").
	Candidates, Follows, FollowMark string
	Under                           bool
	// CellSheet names the sheet of a finding shown under a cause on another sheet.
	CellSheet string
}

// printHTML writes the results as one self-contained HTML page in lang ("id" or "en"): the unit,
// year and counts at the top (for several files, a recap table first and one section per file,
// each starting a printed page), a chart of errors per sheet, then each sheet's findings with
// what the cell says and what it should say side by side. An unreadable file shows its message.
// The page has inline CSS only, no script and no external resource; it reads well printed.
// A closing section, "Cara laporan ini dibuat" / "How this report was made", records prov: the
// tool, the rule catalogue, the settings, the time and every input's SHA-256 (none when prov
// is nil).
func printHTML(out io.Writer, files Files, opt Options) error {
	lang := opt.lang()
	v := htmlView{Lang: lang, Style: template.CSS(htmlStyle), W: map[string]string{}, Multi: files.Len() > 1,
		Totals: files.Totals(), Summary: files.Summary(lang), Provenance: provHTML(opt.Provenance, lang)}
	for k, t := range words {
		v.W[k] = t.In(lang)
	}
	for k, t := range htmlWords {
		v.W[k] = t.In(lang)
	}
	v.W["following"] = cword("following", lang)
	err := files.Each(func(i int, r *reconcile.Result) error {
		v.Files = append(v.Files, htmlFileView(i+1, r, lang))
		return nil
	})
	if err != nil {
		return err
	}
	v.Title = v.W["title"]
	v.PrintHead = v.W["title"] + " · " + files.Summary(lang)
	if len(v.Files) == 1 {
		v.Title = v.Files[0].Heading + " · " + v.W["title"]
		v.PrintHead = v.Files[0].Heading + " · " + filepath.Base(v.Files[0].Path)
	}
	// html/template refuses a CSS string with a colon (it could be a URL's scheme): the
	// ratio sign looks the same on paper.
	v.PrintHead = strings.ReplaceAll(v.PrintHead, ":", "\u2236")
	v.PageOf = [2]string{htmlPageWords[0].In(lang), htmlPageWords[1].In(lang)}
	return htmlPage.Execute(out, v)
}

func htmlFileView(n int, r *reconcile.Result, lang string) htmlFile {
	f := htmlFile{ID: fmt.Sprintf("f%d", n), Path: r.Path, Unit: r.Unit, Year: r.Year,
		Errors: r.Count(reconcile.Error), Warnings: r.Count(reconcile.Warning), Infos: r.Count(reconcile.Info), Accepted: r.CountAccepted(),
		Following: r.CountFollowing()}
	f.Heading = r.Unit
	if f.Heading == "" {
		f.Heading = r.Path
	}
	if r.Year != 0 {
		f.Heading += fmt.Sprintf(" · %d", r.Year)
	}
	if r.Err != nil {
		f.Error = r.Err.Message.In(lang)
		return f
	}
	f.Ignored = strings.Join(r.Ignored, ", ")
	f.Coverage = safetext.Visible(r.Coverage.Line(lang))
	for i, g := range bySheet(r) {
		s := htmlSheet{Name: g.sheet, Anchor: fmt.Sprintf("%s-s%d", f.ID, i+1)}
		if s.Name == "" {
			s.Name = word("workbook", lang)
		}
		errors := 0
		for _, x := range g.findings {
			if x.Severity == reconcile.Error && x.Counts() {
				errors++
			}
			s.Findings = append(s.Findings, htmlFindingView(x, g.sheet, lang))
		}
		f.Sheets = append(f.Sheets, s)
		f.Bars = append(f.Bars, htmlBar{Sheet: s.Name, Anchor: s.Anchor, Errors: errors})
		f.MaxErrors = max(f.MaxErrors, errors)
	}
	for i := range f.Bars {
		if b := &f.Bars[i]; b.Errors > 0 {
			b.Width = max(1, b.Errors*100/f.MaxErrors)
		}
	}
	return f
}

func htmlFindingView(p placed, sheet, lang string) htmlFinding {
	x := p.Finding
	h := htmlFinding{Cell: x.Cell, Rule: x.Rule, Class: x.Severity.String(), Severity: SeverityName(x.Severity, lang),
		Actual: display(x.Actual, lang), Expected: display(x.Expected, lang),
		ActualNum: isFigure(x.Actual), ExpectedNum: isFigure(x.Expected), Message: x.Message.In(lang),
		Candidates: candidatesLine(x, lang), Follows: followsLine(x, lang), Under: p.depth > 0}
	if x.Because != "" && !x.Accepted {
		h.FollowMark = cword("following", lang)
	}
	if x.Sheet != sheet && x.Cell != "" {
		h.CellSheet = x.Sheet
	}
	if x.Accepted {
		// An accepted finding keeps its severity's name, on a grey badge marked accepted, and
		// shows the acceptance's reason under its message.
		h.Class = "accepted"
		h.Mark = word("accepted", lang)
		h.Accepted = word("reason", lang) + ": " + x.Reason
	}
	return h
}

// isFigure tells a plain decimal, which the page aligns right, from a text such as a sasaran's
// name or an amount in words.
func isFigure(s string) bool {
	_, ok := number.Stored(s)
	return ok && !strings.ContainsAny(s, "eE")
}
