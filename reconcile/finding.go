package reconcile

import "strings"

// Finding is one inconsistency at one cell: a fact an auditor can act on.
type Finding struct {
	Rule     string   `json:"rule"`
	Severity Severity `json:"severity"`
	// Sheet is the workbook's own sheet name; Cell its A1 address ("F12").
	Sheet    string `json:"sheet"`
	Cell     string `json:"cell"`
	Message  Text   `json:"-"`
	Expected string `json:"expected"`
	Actual   string `json:"actual"`
	// Fix is what the cell should hold, exactly, where there is one right content: the
	// expected figure as a plain decimal, a predikat, the amount in words, a header's label
	// with the right year. "" when there is none to write (a range, a list of sheets, a cell
	// the finding cannot pin down). lkjip check --fix writes it into the corrected copy.
	Fix string `json:"-"`
	// Candidates name the other cells ("Sheet!F7") that could be the cause instead of this
	// one: each of them alone would make the workbook agree as well.
	Candidates []string `json:"candidates,omitempty"`
	// Because names the cell ("Sheet!D12") whose mistake this finding only follows from: the
	// figure here was computed from that wrong one and must change with it. Such a finding is
	// listed under its cause and counts neither as an error nor as a warning.
	Because string `json:"because,omitempty"`
	// Accepted is set when an acceptance of the settings matches the finding: it is still
	// listed, with its severity and the acceptance's Reason, but no longer counts toward the
	// totals or the exit status.
	Accepted bool   `json:"accepted,omitempty"`
	Reason   string `json:"reason,omitempty"`
	// row and col place the finding for ordering (0 when it names no cell); scope is its
	// rule's, for the collector.
	row, col int
	scope    Scope
}

// Position returns the finding's row and column for ordering, 0 when it names no cell.
func (f Finding) Position() (row, col int) { return f.row, f.col }

// Result is the outcome of checking one file.
type Result struct {
	Path string
	// SHA256 (hexadecimal) and Bytes identify the file checked, for the reports' provenance;
	// SHA256 is empty when the file could not be opened.
	SHA256 string
	Bytes  int64
	Unit   string
	Year   int
	// Err is set when the file could not be checked at all; Findings is then empty.
	Err      *FileError
	Findings []Finding
	// Ignored lists sheets the workbook holds that the spec does not define.
	Ignored []string
	// SheetOrder lists the sheet names as they stand in the workbook, for printing.
	SheetOrder []string
	// Damaged lists the sheets that could not be read to their end (a file cut short): the
	// findings of the rest are reported, but the file was not checked whole.
	Damaged []string
	// Coverage counts the workbook's figures and those some rule checked; nil for a file
	// that could not be read, and for a result that is not a workbook (About).
	Coverage *Coverage
	// Summary holds the figures a batch recap and the checks across files need; nil for an
	// unreadable file or when no Summarizer was given.
	Summary *Summary
	// About says what a result is about when it is not a workbook given to the run: "unit"
	// for a unit of the settings' list that sent no workbook (BKS004), "settings" for the
	// settings file itself (an acceptance across files that matched nothing, UM015). "" for
	// a workbook.
	About string
	// spilled is set when a batch moved the findings (and the summary's indicators) to its
	// spill file: Findings then holds only those added since. Printers read them with Loaded.
	spilled *spilled
	// used lists the acceptances of the settings (by index) that matched a finding of this
	// result, for the AcceptanceRule.
	used []int
}

// Count returns how many findings of a severity the result holds, accepted findings left out.
func (r *Result) Count(s Severity) int {
	n := 0
	if r.spilled != nil && s >= Info && s <= Error {
		n = r.spilled.bySev[s]
	}
	for _, f := range r.Findings {
		if f.Severity == s && f.Counts() {
			n++
		}
	}
	return n
}

// Counts reports whether a finding counts toward the totals and the exit status: neither an
// accepted finding nor one that follows from another (Because) does.
func (f Finding) Counts() bool { return !f.Accepted && f.Because == "" }

// CountAccepted returns how many findings of the result the settings accept.
func (r *Result) CountAccepted() int {
	n := 0
	if r.spilled != nil {
		n = r.spilled.accepted
	}
	for _, f := range r.Findings {
		if f.Accepted {
			n++
		}
	}
	return n
}

// CountFollowing returns how many findings of the result only follow from another (Because)
// and are not accepted.
func (r *Result) CountFollowing() int {
	n := 0
	if r.spilled != nil {
		n = r.spilled.following
	}
	for _, f := range r.Findings {
		if f.Because != "" && !f.Accepted {
			n++
		}
	}
	return n
}

// ExitCode decides a run's status from its results, in one place: 2 when some file could not
// be checked at all or only in part (a damaged sheet), 1 when errors were found (accepted ones
// do not count), 0 otherwise.
func ExitCode(results []*Result) int {
	code := 0
	for _, r := range results {
		if r.Err != nil || len(r.Damaged) > 0 {
			return 2
		}
		if r.Count(Error) > 0 {
			code = 1
		}
	}
	return code
}

// SplitRef splits "Sheet!F7" into its sheet and cell; a reference without "!" is a cell.
func SplitRef(ref string) (sheet, cell string) {
	if i := strings.LastIndexByte(ref, '!'); i >= 0 {
		return ref[:i], ref[i+1:]
	}
	return "", ref
}

// RefList prints cell references with each sheet named once for the cells of it that follow
// one another: "Realisasi Anggaran!D7, D9, Ringkasan!B4".
func RefList(refs []string) string {
	var b strings.Builder
	last := "\x00"
	for i, r := range refs {
		if i > 0 {
			b.WriteString(", ")
		}
		sheet, cell := SplitRef(r)
		if sheet != last || sheet == "" {
			b.WriteString(r)
		} else {
			b.WriteString(cell)
		}
		last = sheet
	}
	return b.String()
}
