// Package reconcile defines what a rule and a finding are, and runs a catalogue of rules over
// a workbook read into the model (package workbook). It knows no single rule: the catalogue
// (package rules) only adds values of type Rule, and the command prints the findings.
//
// The split follows golang.org/x/tools/go/analysis: a Rule is like an Analyzer (an ID, its
// documentation and a Run function), a Pass hands a rule everything already computed and a
// way to report, and a Finding is data that printers render.
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

// Rule is one check of the catalogue.
type Rule struct {
	// ID is the rule's stable code, such as LRA001: settings, accepted findings and
	// `lkjip explain` name rules by it.
	ID       string
	Severity Severity
	Title    Text
	// Doc says why the rule exists (citing the spec or the regulation), what it checks, and
	// gives an example of a figure that breaks it and the finding it gets.
	Doc Text
	// Run checks one workbook. RunBatch, for the rules that look across the files of a batch
	// (the same unit twice, last year's figures), runs once over every file's result instead.
	Run      func(*Pass)
	RunBatch func(*BatchPass)
}

// Pass is one rule's run over one workbook.
type Pass struct {
	Rule     *Rule
	Workbook *workbook.Workbook
	Settings *Settings
	report   func(Finding)
	// unmatched are the acceptances that matched no finding, for the AcceptanceRule only.
	unmatched []Acceptance
}

// Report records a finding of the pass's rule at a cell.
func (p *Pass) Report(c *workbook.Cell, msg Text, expected, actual string) {
	f := Finding{Rule: p.Rule.ID, Severity: p.Rule.Severity, Message: msg, Expected: expected, Actual: actual}
	if c != nil {
		f.Sheet, f.Cell, f.row, f.col = c.Sheet, c.Ref, c.Row, c.Col
	}
	p.report(f)
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
	places := c.Decimals
	if number.Equal(c.Num, places, exact, p.Settings.Tolerance(p.Rule.ID)) {
		return true
	}
	want := number.Round(exact, places)
	p.Report(c, msg(Fig{want, places}, Fig{c.Num, places}), number.Plain(want, places), Actual(c))
	return false
}

// Actual prints a cell's figure for a finding: at the decimals it shows, or in full when its
// stored text holds more (a float artefact is shown as stored).
func Actual(c *workbook.Cell) string {
	if !c.IsFigure() {
		return c.String()
	}
	if c.Num.Equal(number.Round(c.Num, c.Decimals)) {
		return number.Plain(c.Num, c.Decimals)
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
