package report

import (
	"bufio"
	"bytes"
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
	// Candidates are the other cells ("Sheet!F7") that could be the cause instead; Because the
	// cell whose mistake this finding only follows from (it is then in no count).
	Candidates []string `json:"candidates,omitempty"`
	Because    string   `json:"because,omitempty"`
}

// jsonFindingOf is a finding as the JSON documents hold it, its message in lang.
func jsonFindingOf(x reconcile.Finding, lang string) jsonFinding {
	return jsonFinding{Rule: x.Rule, Severity: x.Severity.String(), Sheet: x.Sheet, Cell: x.Cell, Message: x.Message.In(lang),
		Expected: x.Expected, Actual: x.Actual, Accepted: x.Accepted, Reason: x.Reason, Candidates: x.Candidates, Because: x.Because}
}

type jsonFile struct {
	Path     string        `json:"path"`
	About    string        `json:"about,omitempty"`
	Unit     string        `json:"unit"`
	Year     int           `json:"year,omitempty"`
	Error    string        `json:"error,omitempty"`
	Code     string        `json:"error_code,omitempty"`
	Damaged  []string      `json:"damaged_sheets,omitempty"`
	Findings []jsonFinding `json:"findings"`
	// Coverage is {"figures","checked","unchecked"} (see reconcile.Coverage); absent for a file
	// that could not be read and for a result about no workbook.
	Coverage *reconcile.Coverage `json:"coverage,omitempty"`
}

// printJSON prints the results as one JSON document:
// {"files":[...],"summary":{...},"recap":[...],"provenance":{...}}.
// Expected and actual are plain decimals ("98.32"), as the findings carry them. A finding the
// settings accept carries "accepted": true and its "reason", and the summary counts it under
// "accepted" instead of its severity. A finding may carry "candidates" (the other cells that
// could be the cause) and "because" (the cell it only follows from): the summary counts such
// a finding under "following", in no severity. The files are written one at a time, so that a batch of
// thousands of workbooks never holds its whole report in memory twice.
//
// provenance, last like a colophon, records how the report was made: {"tool","catalogue":
// {"rules","digest"},"settings":{"path","sha256"} or {"default":true},"time","inputs":
// [{"path","role","sha256","bytes"}]}. The inputs sit there rather than on each file's entry:
// the object alone then says what was read and how, and lkjip diff's document has the same
// one. It is left out when prov is nil.
func printJSON(out io.Writer, files Files, opt Options) error {
	lang, prov := opt.lang(), opt.Provenance
	bw := bufio.NewWriter(out)
	marshal := func(v any, prefix string) ([]byte, error) {
		var b bytes.Buffer
		enc := json.NewEncoder(&b)
		enc.SetIndent(prefix, "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(v); err != nil {
			return nil, err
		}
		return bytes.TrimRight(b.Bytes(), "\n"), nil
	}
	bw.WriteString("{\n  \"files\": [")
	err := files.Each(func(i int, r *reconcile.Result) error {
		f := jsonFile{Path: r.Path, About: r.About, Unit: r.Unit, Year: r.Year, Damaged: r.Damaged, Findings: []jsonFinding{},
			Coverage: r.Coverage}
		if r.Err != nil {
			f.Error, f.Code = r.Err.Message.In(lang), r.Err.Code
		}
		for _, x := range r.Findings {
			f.Findings = append(f.Findings, jsonFindingOf(x, lang))
		}
		b, err := marshal(f, "    ")
		if err != nil {
			return err
		}
		if i > 0 {
			bw.WriteString(",")
		}
		bw.WriteString("\n    ")
		bw.Write(b)
		return nil
	})
	if err != nil {
		return err
	}
	if files.Len() > 0 {
		bw.WriteString("\n  ")
	}
	bw.WriteString("],\n  \"summary\": ")
	b, err := marshal(files.Totals(), "  ")
	if err != nil {
		return err
	}
	bw.Write(b)
	bw.WriteString(",\n  \"recap\": ")
	if b, err = marshal(files.Recap(), "  "); err != nil {
		return err
	}
	bw.Write(b)
	if prov != nil {
		bw.WriteString(",\n  \"provenance\": ")
		if b, err = marshal(provJSON(prov), "  "); err != nil {
			return err
		}
		bw.Write(b)
	}
	bw.WriteString("\n}\n")
	return bw.Flush()
}
