package report

import (
	"encoding/json"
	"io"

	"lkjip/reconcile"
	"lkjip/reconcile/diff"
)

type jsonDiffFile struct {
	Path    string   `json:"path"`
	Unit    string   `json:"unit"`
	Year    int      `json:"year,omitempty"`
	Damaged []string `json:"damaged_sheets,omitempty"`
}

type jsonChange struct {
	Kind     string `json:"kind"` // figure, text, header, numbers
	Sheet    string `json:"sheet"`
	Cell     string `json:"cell"`
	OldSheet string `json:"old_sheet"`
	OldCell  string `json:"old_cell"`
	Row      string `json:"row_label"`
	Column   string `json:"column"`
	Old      string `json:"old"`
	New      string `json:"new"`
}

type jsonRow struct {
	Sheet string `json:"sheet"`
	Cell  string `json:"cell"`
	Label string `json:"label"`
}

type jsonDiffSummary struct {
	Changes    int `json:"changes"`
	Added      int `json:"rows_added"`
	Removed    int `json:"rows_removed"`
	Fixed      int `json:"fixed"`
	Open       int `json:"open"`
	Introduced int `json:"new"`
	// Errors, Warnings, Infos and Accepted are NEW's totals, as `lkjip check NEW` counts them.
	Errors   int `json:"errors"`
	Warnings int `json:"warnings"`
	Infos    int `json:"infos"`
	Accepted int `json:"accepted"`
}

type jsonDiff struct {
	Old      jsonDiffFile `json:"old"`
	New      jsonDiffFile `json:"new"`
	Warnings []string     `json:"warnings"`
	Changes  []jsonChange `json:"changes"`
	Added    []jsonRow    `json:"rows_added"`
	Removed  []jsonRow    `json:"rows_removed"`
	Findings struct {
		Fixed      []jsonFinding `json:"fixed"`
		Open       []jsonFinding `json:"open"`
		Introduced []jsonFinding `json:"new"`
	} `json:"findings"`
	Summary    jsonDiffSummary `json:"summary"`
	Provenance *jsonProvenance `json:"provenance,omitempty"`
}

// DiffJSON prints a comparison as one JSON document:
//
//	{"old":{"path","unit","year"},"new":{...},"warnings":[...],
//	 "changes":[{"kind","sheet","cell","old_sheet","old_cell","row_label","column","old","new"}],
//	 "rows_added":[{"sheet","cell","label"}],"rows_removed":[...],
//	 "findings":{"fixed":[...],"open":[...],"new":[...]},"summary":{...},"provenance":{...}}
//
// old and new are plain decimals for figures ("98.32"), as expected and actual are in the
// findings; a date is 2006-01-02, a text as written. A fixed finding names OLD's cell, an
// open or new one NEW's. Lists are [] when empty, never null. provenance is as in JSON, its
// inputs the two files with the roles "old" and "new"; it is left out when prov is nil.
func DiffJSON(out io.Writer, d *diff.Diff, lang string, prov *reconcile.Provenance) error {
	doc := jsonDiff{
		Old:        jsonDiffFile{Path: d.Old.Path, Unit: d.Old.Unit, Year: d.Old.Year, Damaged: d.Old.Damaged},
		New:        jsonDiffFile{Path: d.New.Path, Unit: d.New.Unit, Year: d.New.Year, Damaged: d.New.Damaged},
		Warnings:   []string{},
		Changes:    []jsonChange{},
		Added:      jsonRows(d.Added),
		Removed:    jsonRows(d.Removed),
		Provenance: provJSON(prov),
	}
	for _, w := range d.Warnings {
		doc.Warnings = append(doc.Warnings, w.In(lang))
	}
	for _, c := range d.Changes {
		doc.Changes = append(doc.Changes, jsonChange{Kind: string(c.What), Sheet: c.Sheet, Cell: c.Cell, OldSheet: c.OldSheet,
			OldCell: c.OldCell, Row: c.Label, Column: c.Column, Old: c.Old, New: c.New})
	}
	doc.Findings.Fixed = jsonFindings(d.Fixed, lang)
	doc.Findings.Open = jsonFindings(d.Open, lang)
	doc.Findings.Introduced = jsonFindings(d.Introduced, lang)
	t := Count([]*reconcile.Result{d.New})
	doc.Summary = jsonDiffSummary{Changes: len(d.Changes), Added: len(d.Added), Removed: len(d.Removed),
		Fixed: len(d.Fixed), Open: len(d.Open), Introduced: len(d.Introduced),
		Errors: t.Errors, Warnings: t.Warnings, Infos: t.Infos, Accepted: t.Accepted}
	enc := json.NewEncoder(out)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(doc)
}

func jsonRows(rows []diff.RowChange) []jsonRow {
	out := []jsonRow{}
	for _, r := range rows {
		out = append(out, jsonRow{Sheet: r.Sheet, Cell: r.Cell, Label: r.Label})
	}
	return out
}

func jsonFindings(findings []reconcile.Finding, lang string) []jsonFinding {
	out := []jsonFinding{}
	for _, x := range findings {
		out = append(out, jsonFindingOf(x, lang))
	}
	return out
}
