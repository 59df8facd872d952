// Package reconcile defines what a rule and a finding are, and checks files with a catalogue of
// rules: the Checker reads each workbook into the model (package workbook), runs the rules
// over it and across files, and collects the findings under the settings' policy. It knows no
// single rule: the catalogue (package rules) only adds values of type Rule, and the printers
// (package report) render the findings.
//
// The split follows golang.org/x/tools/go/analysis: a Rule is like an Analyzer (an ID, its
// documentation and a Run function), a Pass hands a rule everything already computed and a
// way to report, a Finding is data that printers render, and the Checker is the one driver.
package reconcile

import (
	"fmt"

	"lkjip/reconcile/number"
	"lkjip/reconcile/workbook"

	"github.com/shopspring/decimal"
)

// Severity ranks a finding.
type Severity int

// Severities, from least to most serious.
const (
	Info Severity = iota
	Warning
	Error
)

func (s Severity) String() string {
	switch s {
	case Error:
		return "error"
	case Warning:
		return "warning"
	}
	return "info"
}

// MarshalText writes the severity as "error", "warning" or "info".
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// Text is a text in Indonesian and in English.
type Text struct {
	ID string
	EN string
}

// In returns the text in a language: "en" for English, Indonesian otherwise.
func (t Text) In(lang string) string {
	if lang == "en" && t.EN != "" {
		return t.EN
	}
	return t.ID
}

// Scope says how far a rule looks to judge a figure: the cell alone, the formula its column
// declares, the other figures of its row, the other rows of its table, the workbook's other
// sheets, or other files. It decides which rule speaks when two describe one cause: two rules
// that expect the same figure of the same cell (a stale formula and the total it leaves wrong)
// make one finding, the one of the narrower scope, which names the cause most precisely
// (see collector.resolve).
type Scope int

// The scopes, from the narrowest.
const (
	// ScopeCell: the cell on its own (its text, its error value, its formula's cached value).
	ScopeCell Scope = iota + 1
	// ScopeColumn: the cell against its column (the column-number row's declared formula, the
	// year in its label).
	ScopeColumn
	// ScopeRow: the cell against the other figures of its row (Selisih, %, % Capaian).
	ScopeRow
	// ScopeTable: the cell against other rows of its table (parents, Jumlah, numbering).
	ScopeTable
	// ScopeWorkbook: the cell against other sheets (Identitas and Ringkasan against the detail).
	ScopeWorkbook
	// ScopeFiles: the cell against other files (last year's report, the LRA export).
	ScopeFiles
)

// Rule is one check of the catalogue.
type Rule struct {
	// ID is the rule's stable code, such as LRA001: settings, accepted findings and
	// `lkjip explain` name rules by it.
	ID       string
	Severity Severity
	// Scope is how far the rule looks; the narrower scope speaks for a cause two rules see.
	Scope Scope
	Title Text
	// Doc says why the rule exists (citing the spec or the regulation), what it checks, and
	// gives an example of a figure that breaks it and the finding it gets.
	Doc Text
	// Run checks one workbook. RunBatch, for the rules that look across the files of a batch
	// (the same unit twice, last year's figures), runs once over every file's result instead,
	// after every file was checked.
	Run      func(*Pass)
	RunBatch func(*BatchPass)
}

// Pass is one rule's run over one workbook.
type Pass struct {
	Rule     *Rule
	Workbook *workbook.Workbook
	Settings *Settings
	found    *collector
}

// Report records a finding of the pass's rule at a cell.
func (p *Pass) Report(c *workbook.Cell, msg Text, expected, actual string) {
	p.ReportFix(c, msg, expected, actual, "")
}

// ReportFix records a finding whose cell has one right content, fix (see Finding.Fix).
func (p *Pass) ReportFix(c *workbook.Cell, msg Text, expected, actual, fix string) {
	f := Finding{Rule: p.Rule.ID, Severity: p.Rule.Severity, Message: msg, Expected: expected, Actual: actual, Fix: fix, scope: p.Rule.Scope}
	if c != nil {
		f.Sheet, f.Cell, f.row, f.col = c.Sheet, c.Ref(), c.Row, c.Col
	}
	p.found.add(f)
}

// ReportFor records, as rule r, a finding the pass's own run gives rise to: UM007 says, as the
// note UM021, which formulas its budget left unrecomputed. The finding takes r's severity and
// scope, and nothing is recorded when the settings turn r off.
func (p *Pass) ReportFor(r *Rule, c *workbook.Cell, msg Text, expected, actual string) {
	if p.Settings != nil && p.Settings.Disabled[r.ID] {
		return
	}
	f := Finding{Rule: r.ID, Severity: r.Severity, Message: msg, Expected: expected, Actual: actual, scope: r.Scope}
	if c != nil {
		f.Sheet, f.Cell, f.row, f.col = c.Sheet, c.Ref(), c.Row, c.Col
	}
	p.found.add(f)
}

// Relay reports, as the pass's rule, a finding another run made (EKS004 relays the findings of
// the budget rules over the LRA export): its place, values, candidates and cause are kept, its
// message replaced.
func (p *Pass) Relay(c *workbook.Cell, f Finding, msg Text) {
	g := Finding{Rule: p.Rule.ID, Severity: p.Rule.Severity, Message: msg, Expected: f.Expected, Actual: f.Actual, Fix: f.Fix,
		Candidates: f.Candidates, Because: f.Because, scope: p.Rule.Scope}
	if c != nil {
		g.Sheet, g.Cell, g.row, g.col = c.Sheet, c.Ref(), c.Row, c.Col
	}
	p.found.add(g)
}

// CheckFigure compares a reported figure with its exact recomputation under the spec's
// rounding rule (half up at the decimals the figure shows, widened by the rule's tolerance)
// and reports when they differ. msg receives the expected and the actual figure as printed in
// each language. It returns true when the figure is right. A cell without a figure is not
// judged here.
func (p *Pass) CheckFigure(c *workbook.Cell, exact decimal.Decimal, msg func(expected, actual Fig) Text) bool {
	if !c.IsFigure() {
		return true
	}
	p.found.mark(c)
	places := int(c.Decimals)
	if number.Equal(c.Num, places, exact, p.Settings.Tolerance(p.Rule.ID)) {
		return true
	}
	want := number.Round(exact, places)
	plain := number.Plain(want, places)
	p.ReportFix(c, msg(Fig{want, places}, Fig{c.Num, places}), plain, Actual(c), plain)
	return false
}

// Actual prints a cell's figure for a finding: at the decimals it shows, or in full when its
// value holds more (98.3245 formatted 0.00). In full is as read, at Excel's 15 significant
// digits: a stored float artefact such as 98.56999999999999 prints 98.57.
func Actual(c *workbook.Cell) string {
	if !c.IsFigure() {
		return c.String()
	}
	if c.Num.Equal(number.Round(c.Num, int(c.Decimals))) {
		return number.Plain(c.Num, int(c.Decimals))
	}
	return c.Num.String()
}

// Fig is a figure for a message: Indonesian notation in Indonesian texts ("98,32"), English
// in English ones ("98.32").
type Fig struct {
	Value  decimal.Decimal
	Places int
}

// Msg builds a message in both languages from two format strings sharing their arguments; a
// Fig argument is printed in each language's notation.
func Msg(id, en string, args ...any) Text {
	idArgs := make([]any, len(args))
	enArgs := make([]any, len(args))
	for i, a := range args {
		idArgs[i], enArgs[i] = a, a
		switch v := a.(type) {
		case Fig:
			idArgs[i], enArgs[i] = number.Indonesian(v.Value, v.Places), number.English(v.Value, v.Places)
		case Text:
			idArgs[i], enArgs[i] = v.ID, v.EN
		}
	}
	return Text{ID: fmt.Sprintf(id, idArgs...), EN: fmt.Sprintf(en, enArgs...)}
}

// Internal is the finding a run makes when a rule fails inside itself: the run goes on with
// the other rules and the user learns that one check did not finish.
var Internal = &Rule{
	ID:       "UM000",
	Severity: Error,
	Scope:    ScopeWorkbook,
	Title:    Text{ID: "Kesalahan internal lkjip", EN: "lkjip internal error"},
	Doc: Text{
		ID: "Sebuah aturan berhenti karena kesalahan di dalam lkjip sendiri, bukan di buku kerja. Aturan lain tetap dijalankan. " +
			"Laporkan temuan ini beserta berkasnya; jalankan dengan --verbose untuk melihat jejak tumpukan.\n\n" +
			"Contoh: UM000 Realisasi Anggaran: \"aturan LRA003 berhenti: index out of range\".",
		EN: "A rule stopped because of an error inside lkjip itself, not in the workbook. The other rules still run. " +
			"Report this finding with the file; run with --verbose to see the stack trace.\n\n" +
			"Example: UM000: \"rule LRA003 stopped: index out of range\".",
	},
}

// AcceptanceRule is the ID of the rule that reports the acceptances of the settings that
// matched no finding (rules.UM015). The Checker holds it back until every other rule, those
// across files included, has run and the acceptances are applied, then runs it with
// BatchPass.Unmatched set; like Internal, it is a rule the framework names, because it judges
// the run rather than a workbook.
const AcceptanceRule = "UM015"
