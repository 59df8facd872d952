package realreports

import (
	"flag"
	"fmt"
	"math/big"
	"os"
	"sort"
	"strings"
	"testing"

	"lkjip/reconcile"
	"lkjip/reconcile/workbook"
	"lkjip/rules"
)

// dir, when set, keeps the workbooks there (to open them, or to run lkjip check on them):
//
//	go test ./samples/realreports -run TestRealReports -v -args -realreports.dir=/tmp/rr
var dir = flag.String("realreports.dir", "", "write the real-report workbooks into this folder and keep them")

// dump prints every finding lkjip gives on each workbook, to see what it did.
var dump = flag.Bool("realreports.findings", false, "print every finding on every real-report workbook")

// TestSources keeps the collection what issue #16 asks for: at least eight reports of
// different units, each named by its URL, year and table, every expectation on a sheet that
// exists, and every expectation lkjip does not meet yet saying which item would fix it.
func TestSources(t *testing.T) {
	all := All()
	if len(all) < 8 {
		t.Errorf("%d sources, issue #16 asks for at least eight", len(all))
	}
	units, keys := map[string]bool{}, map[string]bool{}
	for _, s := range all {
		if s.URL == "" || s.Unit == "" || s.Kind == "" || s.Year < 2000 || s.Tables == "" || s.Document == "" {
			t.Errorf("%s: URL, unit, kind, year, document and table must be named", s.Key)
		}
		if units[s.Unit] || keys[s.Key] {
			t.Errorf("%s: unit or key given twice", s.Key)
		}
		units[s.Unit], keys[s.Key] = true, true
		if len(s.Sheets) < 2 || s.Sheets[0].Name != "Identitas" {
			t.Errorf("%s: Identitas first, then the transcribed tables", s.Key)
		}
		for _, e := range s.Expect {
			if _, ok := s.At(e.Cell); !ok {
				t.Errorf("%s: %s: no such sheet", s.Key, e.Cell)
			}
			if !e.Now && e.Gap == "" {
				t.Errorf("%s: %s: an expectation lkjip does not meet today must name the #16 item that fixes it", s.Key, e.Cell)
			}
			if e.Why == "" {
				t.Errorf("%s: %s: say why", s.Key, e.Cell)
			}
		}
		for _, r := range s.Read {
			if !r.Now && r.Gap == "" {
				t.Errorf("%s: table on %s: name the #16 item that makes lkjip read it", s.Key, r.Sheet)
			}
		}
	}
}

// TestHandArithmetic recomputes every derived figure of the expectations exactly (big.Rat,
// rounding half up to the decimals printed): a right cell must agree with its inputs, a
// mistake must not, and the right value given for a mistake must.
func TestHandArithmetic(t *testing.T) {
	for _, s := range All() {
		for _, e := range s.Expect {
			if e.Calc == "" {
				continue
			}
			lo, hi, err := Recompute(s, e)
			if err != nil {
				t.Errorf("%s: %v", s.Key, err)
				continue
			}
			text, _ := s.At(e.Cell)
			printed, places, err := Printed(text)
			if err != nil {
				t.Errorf("%s: %s: %v", s.Key, e.Cell, err)
				continue
			}
			ok := Agrees(printed, places, lo, hi)
			switch {
			case e.Mistake && ok:
				t.Errorf("%s: %s is listed as a mistake, but %q agrees with %s = %s", s.Key, e.Cell, text, e.Calc, Round(lo, places+2))
			case !e.Mistake && !ok:
				t.Errorf("%s: %s is listed as right, but %q disagrees with %s = %s..%s", s.Key, e.Cell, text, e.Calc, Round(lo, places+2), Round(hi, places+2))
			}
			if e.Mistake && e.Want != "" {
				want, ok := new(big.Rat).SetString(e.Want)
				wantPlaces := 0
				if _, frac, cut := strings.Cut(e.Want, "."); cut {
					wantPlaces = len(frac)
				}
				if !ok || !Agrees(want, wantPlaces, lo, hi) {
					t.Errorf("%s: %s: the right value %s does not follow from %s = %s", s.Key, e.Cell, e.Want, e.Calc, Round(lo, wantPlaces+2))
				}
			}
		}
	}
}

// card is one workbook's scorecard.
type card struct {
	key                      string
	mistakes, found          int
	right, flagged           int
	tables, unread           int
	lines                    []string // one per expectation not met, and per expectation met early
	failures                 []string // expectations marked now: true that lkjip no longer meets
	otherErrors, allFindings int
}

// TestRealReports runs lkjip's check over every real-report workbook and compares its
// findings with the hand-verified expectations. It prints a scorecard per workbook (run it
// with -v to see it) and fails only where lkjip stops meeting an expectation marked now: true.
func TestRealReports(t *testing.T) {
	out := *dir
	if out == "" {
		out = t.TempDir()
	} else if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	var cards []card
	for _, s := range All() {
		path, err := s.Write(out)
		if err != nil {
			t.Fatalf("%s: %v", s.Key, err)
		}
		res := reconcile.CheckFile(path, rules.All, nil, reconcile.Options{})
		if res.Err != nil {
			t.Fatalf("%s: %s", s.Key, res.Err.Message.EN)
		}
		model, ferr := reconcile.Read(path, reconcile.Options{})
		if ferr != nil {
			t.Fatalf("%s: %s", s.Key, ferr.Message.EN)
		}
		if *dump {
			for _, f := range res.Findings {
				t.Logf("%s: %s %s %s!%s expected %q actual %q candidates %v because %q: %s", s.Key, f.Rule, f.Severity, f.Sheet, f.Cell, f.Expected, f.Actual, f.Candidates, f.Because, f.Message.EN)
			}
		}
		cards = append(cards, score(s, res, model))
	}
	var b strings.Builder
	fmt.Fprintf(&b, "\nreal-report workbooks (issue #16): found = hand-verified mistakes lkjip names at their cell or among its candidates;\nflagged = right cells lkjip calls an error; unread = tables lkjip does not recognise with the columns they have\n\n")
	fmt.Fprintf(&b, "%-42s %8s %10s %9s %8s\n", "workbook", "found", "flagged", "unread", "errors*")
	var tot card
	for _, c := range cards {
		fmt.Fprintf(&b, "%-42s %4d/%-3d %5d/%-4d %4d/%-3d %8d\n", c.key, c.found, c.mistakes, c.flagged, c.right, c.unread, c.tables, c.otherErrors)
		tot.found += c.found
		tot.mistakes += c.mistakes
		tot.flagged += c.flagged
		tot.right += c.right
		tot.unread += c.unread
		tot.tables += c.tables
		tot.otherErrors += c.otherErrors
	}
	fmt.Fprintf(&b, "%-42s %4d/%-3d %5d/%-4d %4d/%-3d %8d\n", "total", tot.found, tot.mistakes, tot.flagged, tot.right, tot.unread, tot.tables, tot.otherErrors)
	fmt.Fprintf(&b, "* errors at cells the expectations do not mention\n")
	for _, c := range cards {
		if len(c.lines) > 0 {
			fmt.Fprintf(&b, "\n%s\n", c.key)
			for _, l := range c.lines {
				fmt.Fprintf(&b, "  %s\n", l)
			}
		}
	}
	t.Log(b.String())
	for _, c := range cards {
		for _, f := range c.failures {
			t.Errorf("%s: %s", c.key, f)
		}
	}
}

func score(s *Source, res *reconcile.Result, model *workbook.Workbook) card {
	c := card{key: s.Key}
	at := map[string][]reconcile.Finding{}   // findings by the cell they name
	cand := map[string][]reconcile.Finding{} // findings by the cells they list as candidates
	for _, f := range res.Findings {
		c.allFindings++
		ref := f.Sheet + "!" + f.Cell
		at[ref] = append(at[ref], f)
		for _, x := range f.Candidates {
			cand[x] = append(cand[x], f)
		}
	}
	mentioned := map[string]bool{}
	mistakeCells := map[string]bool{} // the cells of the mistakes, theirs and their Alt
	for _, e := range s.Expect {
		if e.Mistake {
			for _, ref := range append([]string{e.Cell}, e.Alt...) {
				mistakeCells[ref] = true
			}
		}
	}
	for _, e := range s.Expect {
		mentioned[e.Cell] = true
		for _, a := range e.Alt {
			mentioned[a] = true
		}
		mark := "    "
		if e.Now {
			mark = "now "
		}
		if e.Mistake {
			c.mistakes++
			var hit *reconcile.Finding
			for _, ref := range append([]string{e.Cell}, e.Alt...) {
				for _, fs := range [][]reconcile.Finding{at[ref], cand[ref]} {
					if len(fs) > 0 && hit == nil {
						hit = &fs[0]
					}
				}
			}
			switch {
			case hit != nil:
				c.found++
				if !e.Now {
					c.lines = append(c.lines, fmt.Sprintf("%sfound    %s by %s (expected %q): meets an expectation marked now: false; mark it now: true", mark, e.Cell, hit.Rule, hit.Expected))
				}
			case e.Now:
				c.failures = append(c.failures, fmt.Sprintf("mistake at %s no longer found (%s)", e.Cell, e.Why))
			default:
				c.lines = append(c.lines, fmt.Sprintf("%smissed   %s, should be %s: %s [%s]", mark, e.Cell, orDash(e.Want), e.Why, e.Gap))
			}
			continue
		}
		c.right++
		var errs []string
		for _, f := range at[e.Cell] {
			if f.Because != "" && mistakeCells[f.Because] {
				// It only follows a cell named for a hand-verified mistake: right as long as
				// that cell is, and said so ("ikut").
				continue
			}
			if f.Severity == reconcile.Error && !f.Accepted {
				errs = append(errs, describe(f))
			}
		}
		switch {
		case len(errs) > 0:
			c.flagged++
			if e.Now {
				c.failures = append(c.failures, fmt.Sprintf("right cell %s called an error: %s (%s)", e.Cell, strings.Join(errs, ", "), e.Why))
			} else {
				c.lines = append(c.lines, fmt.Sprintf("%sflagged  %s: %s; but %s [%s]", mark, e.Cell, strings.Join(errs, ", "), e.Why, e.Gap))
			}
		case !e.Now:
			c.lines = append(c.lines, fmt.Sprintf("%sclean    %s: no error there any more; mark it now: true", mark, e.Cell))
		}
	}
	for _, r := range s.Read {
		c.tables++
		missing := missingRoles(model, r)
		switch {
		case len(missing) > 0 && r.Now:
			c.unread++
			c.failures = append(c.failures, fmt.Sprintf("table on %s no longer read: %s", r.Sheet, strings.Join(missing, ", ")))
		case len(missing) > 0:
			c.unread++
			c.lines = append(c.lines, fmt.Sprintf("    unread   %s: %s [%s]", r.Sheet, strings.Join(missing, ", "), r.Gap))
		case !r.Now:
			c.lines = append(c.lines, fmt.Sprintf("    read     %s: read with every column; mark it now: true", r.Sheet))
		}
	}
	var other []string
	for ref, fs := range at {
		if mentioned[ref] {
			continue
		}
		for _, f := range fs {
			if f.Severity == reconcile.Error && !f.Accepted {
				c.otherErrors++
				other = append(other, ref+" "+describe(f))
			}
		}
	}
	sort.Strings(other)
	for _, o := range other {
		c.lines = append(c.lines, "    error    "+o+" (a cell no expectation covers)")
	}
	return c
}

// missingRoles lists the roles of a ReadExpect that no table on its sheet has a column for,
// or has in another column than the one given (every role when lkjip recognised no table
// there).
func missingRoles(model *workbook.Workbook, r ReadExpect) []string {
	var best []string
	for i, tb := range model.Tables {
		if tb.Sheet == nil || tb.Sheet.Name != r.Sheet {
			continue
		}
		var miss []string
		for _, role := range r.Roles {
			col := tb.Column(workbook.Role(role))
			switch {
			case col == nil:
				miss = append(miss, role)
			case r.At[role] != "" && workbook.ColumnName(col.Col) != r.At[role]:
				miss = append(miss, fmt.Sprintf("%s (taken from column %s, is %s)", role, workbook.ColumnName(col.Col), r.At[role]))
			}
		}
		if i == 0 || best == nil || len(miss) < len(best) {
			best = miss
		}
		if len(miss) == 0 {
			return nil
		}
	}
	if best == nil {
		return []string{"no table recognised (" + strings.Join(r.Roles, ", ") + ")"}
	}
	return best
}

// describe names a finding for the scorecard. A finding that only follows from another
// (Because) is listed too: lkjip does not count it, but it still tells the unit to change a
// right cell.
func describe(f reconcile.Finding) string {
	s := fmt.Sprintf("%s (expected %q, actual %q)", f.Rule, f.Expected, f.Actual)
	if f.Because != "" {
		s += " following " + f.Because
	}
	return s
}

func orDash(s string) string {
	if s == "" {
		return "(no single value)"
	}
	return s
}
