package mutation

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"
	"github.com/xuri/excelize/v2"

	"lkjip/reconcile"
	"lkjip/reconcile/number"
	"lkjip/reconcile/workbook"
)

// Outcome is what checking one mutant gave, scored.
type Outcome struct {
	Mutant
	// Named: an error finding that counts (not accepted, not following from another)
	// names the changed cell, as its own cell or among its Candidates.
	Named bool
	// Elsewhere: an error finding that counts names another cell and not the changed one
	// among its Candidates.
	Elsewhere bool
	// Single: an error finding that counts stands at the changed cell without Candidates:
	// lkjip names that one cell. ExpectedEqual: every such finding expects the original
	// figure (compared as exact decimals; as text where the expected value is no number).
	Single, ExpectedEqual bool
	// Said is what lkjip reported that matters here: every error that counts, and any
	// other finding that names the changed cell.
	Said []string
	// Broken says why the mutant measures nothing (a benchmark fault, not lkjip's): the
	// mutant could not be read, or its cell does not read as the figure typed, or reads as
	// the original. "" for a good mutant.
	Broken string
}

// Score scores the result of checking a mutant; w is the mutant's model (to see that the
// cell reads as the figure typed), nil when it could not be read.
func Score(m Mutant, res *reconcile.Result, w *workbook.Workbook) Outcome {
	o := Outcome{Mutant: m}
	if res == nil || res.Err != nil || w == nil {
		why := "no result"
		if res != nil && res.Err != nil {
			why = res.Err.Error()
		}
		o.Broken = "the mutant could not be checked: " + why
		return o
	}
	o.Broken = m.readsAsTyped(w)

	addr := m.Address()
	var singles []reconcile.Finding
	for _, f := range res.Findings {
		at := f.Sheet == m.Sheet && f.Cell == m.Cell
		cand := named(f.Candidates, addr)
		if f.Severity != reconcile.Error || !f.Counts() {
			if at || cand || sameCell(f.Because, addr) {
				o.Said = append(o.Said, describe(f))
			}
			continue
		}
		o.Said = append(o.Said, describe(f))
		switch {
		case at || cand:
			o.Named = true
		default:
			o.Elsewhere = true
		}
		if at && len(f.Candidates) == 0 {
			singles = append(singles, f)
		}
	}
	if len(singles) > 0 {
		o.Single, o.ExpectedEqual = true, true
		for _, f := range singles {
			if !m.isOriginal(f.Expected) {
				o.ExpectedEqual = false
			}
		}
	}
	return o
}

// readsAsTyped checks the mutant's model: the changed cell must read as the figure typed, at
// the decimals of the original, and so differ from the original at those decimals.
func (m *Mutant) readsAsTyped(w *workbook.Workbook) string {
	col, row, err := excelize.CellNameToCoordinates(m.Cell)
	if err != nil {
		return err.Error()
	}
	for _, sh := range w.Sheets {
		if sh.Name != m.Sheet {
			continue
		}
		c := sh.Cell(row, col)
		switch {
		case c == nil || !c.IsFigure():
			return fmt.Sprintf("%s does not read as a figure in the mutant", m.Address())
		case int(c.Decimals) != m.Places:
			return fmt.Sprintf("%s reads %s at %d decimals in the mutant; the base shows %d", m.Address(), c.Text, c.Decimals, m.Places)
		case !number.Round(c.Num, m.Places).Equal(m.Value):
			return fmt.Sprintf("%s reads %s in the mutant, not the %s typed", m.Address(), c.Num, m.Value)
		case number.Round(c.Num, m.Places).Equal(m.Original):
			return fmt.Sprintf("%s is not different in the mutant: %s", m.Address(), c.Num)
		}
		return ""
	}
	return fmt.Sprintf("the mutant has no sheet %q", m.Sheet)
}

// isOriginal reports whether a finding's expected value is the original figure: as exact
// decimals ("98.3" equals "98.30"), or as text where it is no number.
func (m *Mutant) isOriginal(expected string) bool {
	expected = strings.TrimSpace(expected)
	if d, err := decimal.NewFromString(expected); err == nil {
		return d.Equal(m.Original)
	}
	return expected != "" && expected == strings.TrimSpace(m.OriginalText)
}

// named reports whether a list of candidates ("Sheet!F7", "'Sheet'!F7") names addr.
func named(candidates []string, addr string) bool {
	for _, c := range candidates {
		if sameCell(c, addr) {
			return true
		}
	}
	return false
}

func sameCell(ref, addr string) bool {
	if ref == "" {
		return false
	}
	sheet, cell, ok := cutLast(ref, "!")
	if !ok {
		return false
	}
	sheet = strings.TrimSuffix(strings.TrimPrefix(sheet, "'"), "'")
	return sheet+"!"+strings.ReplaceAll(cell, "$", "") == addr
}

func cutLast(s, sep string) (before, after string, ok bool) {
	i := strings.LastIndex(s, sep)
	if i < 0 {
		return s, "", false
	}
	return s[:i], s[i+len(sep):], true
}

// describe prints a finding on one line: "LRA003 Realisasi Anggaran!C7 expected 2633856425,
// actual 503858200", with its candidates, what it follows from, and its severity when it is
// not a counting error.
func describe(f reconcile.Finding) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s!%s", f.Rule, f.Sheet, f.Cell)
	if f.Severity != reconcile.Error {
		fmt.Fprintf(&b, " (%s)", f.Severity)
	}
	if f.Expected != "" || f.Actual != "" {
		fmt.Fprintf(&b, " expected %s, actual %s", orDash(f.Expected), orDash(f.Actual))
	}
	if len(f.Candidates) > 0 {
		fmt.Fprintf(&b, " [or %s]", strings.Join(f.Candidates, ", "))
	}
	if f.Because != "" {
		fmt.Fprintf(&b, " [because of %s]", f.Because)
	}
	if f.Accepted {
		b.WriteString(" [accepted]")
	}
	return b.String()
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
