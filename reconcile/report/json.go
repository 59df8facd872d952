package report

import (
	"encoding/json"
	"io"

	"lkjip/reconcile"
)

type jsonFinding struct {
	Rule     string `json:"rule"`
	Severity string `json:"severity"`
	Sheet    string `json:"sheet"`
	Cell     string `json:"cell"`
	Message  string `json:"message"`
	Expected string `json:"expected"`
	Actual   string `json:"actual"`
	Accepted bool   `json:"accepted,omitempty"`
	Reason   string `json:"reason,omitempty"`
}

type jsonFile struct {
	Path     string        `json:"path"`
	Unit     string        `json:"unit"`
	Year     int           `json:"year,omitempty"`
	Error    string        `json:"error,omitempty"`
	Code     string        `json:"error_code,omitempty"`
	Findings []jsonFinding `json:"findings"`
}

type jsonDoc struct {
	Files   []jsonFile `json:"files"`
	Summary Totals     `json:"summary"`
	// Recap is one row per file: the unit's totals (see RecapRow).
	Recap []RecapRow `json:"recap"`
}

// JSON prints the results as one JSON document: {"files":[...],"summary":{...}}. Expected and
// actual are plain decimals ("98.32"), as the findings carry them. A finding the settings
// accept carries "accepted": true and its "reason", and the summary counts it under
// "accepted" instead of its severity.
func JSON(out io.Writer, results []*reconcile.Result, lang string) error {
	doc := jsonDoc{Files: []jsonFile{}, Summary: Count(results), Recap: Recap(results)}
	for _, r := range results {
		f := jsonFile{Path: r.Path, Unit: r.Unit, Year: r.Year, Findings: []jsonFinding{}}
		if r.Err != nil {
			f.Error, f.Code = r.Err.Message.In(lang), r.Err.Code
		}
		for _, x := range r.Findings {
			f.Findings = append(f.Findings, jsonFinding{Rule: x.Rule, Severity: x.Severity.String(), Sheet: x.Sheet,
				Cell: x.Cell, Message: x.Message.In(lang), Expected: x.Expected, Actual: x.Actual, Accepted: x.Accepted, Reason: x.Reason})
		}
		doc.Files = append(doc.Files, f)
	}
	enc := json.NewEncoder(out)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(doc)
}
