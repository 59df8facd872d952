// Package rulestest builds workbook models from small grids of text, runs one rule over them
// and compares the cells it flags with the cells a test expects, in the manner of
// golang.org/x/tools/go/analysis/analysistest: a missing or an unexpected finding fails.
package rulestest

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"lkjip/reconcile"
	"lkjip/reconcile/layout"
	"lkjip/reconcile/number"
	"lkjip/reconcile/workbook"
)

// Sheet is a sheet for a test. Each cell of Rows is written as:
//
//	""                 no cell
//	"#98.32"           a numeric cell whose stored text is 98.32 (General format)
//	"#98.3|0.00"       the same with a number format ("0.00" shows two decimals)
//	"#71.09999999999999" a numeric cell storing a float artefact: read, as the file reader
//	                   reads it, at 15 significant digits (71.1)
//	"=E5/D5*100|98.32" a formula cell with its cached value ("=E5/D5*100" has none)
//	"!#DIV/0!"         an error value
//	anything else      text, as typed (figure columns read Indonesian notation from it)
type Sheet struct {
	Name   string
	Rows   [][]string
	Merges []string // "A1:B1"
	Hidden []int    // hidden row numbers
}

// Workbook builds a model from sheets through the real layout recogniser.
func Workbook(sheets ...Sheet) *workbook.Workbook {
	var out []*workbook.Sheet
	for i, s := range sheets {
		out = append(out, Build(s, i))
	}
	return layout.Build("test.xlsx", out)
}

// Build turns one test sheet into a model sheet.
func Build(s Sheet, position int) *workbook.Sheet {
	sh := &workbook.Sheet{Name: s.Name, Position: position}
	hidden := map[int]bool{}
	for _, h := range s.Hidden {
		hidden[h] = true
	}
	for ri, row := range s.Rows {
		gr := &workbook.GridRow{Num: ri + 1, Hidden: hidden[ri+1]}
		for ci, v := range row {
			gr.Cells = append(gr.Cells, cell(s.Name, ri+1, ci+1, v, hidden[ri+1]))
		}
		sh.Rows = append(sh.Rows, gr)
	}
	sh.Index()
	for _, m := range s.Merges {
		from, to, _ := strings.Cut(m, ":")
		c1, r1 := split(from)
		c2, r2 := split(to)
		anchor := sh.Cell(r1, c1)
		for r := r1; r <= r2; r++ {
			for c := c1; c <= c2; c++ {
				if r == r1 && c == c1 {
					continue
				}
				x := sh.Cell(r, c)
				if x == nil {
					panic(fmt.Sprintf("rulestest: merge %s covers %s, which the grid lacks: write \"\" cells? use a placeholder", m, workbook.Ref(c, r)))
				}
				x.MergedInto = anchor
			}
		}
	}
	return sh
}

func cell(sheet string, row, col int, v string, hidden bool) *workbook.Cell {
	c := &workbook.Cell{Sheet: sheet, Row: row, Col: col, Hidden: hidden}
	switch {
	case v == "":
		return c // a blank placeholder, so that merges can cover it
	case strings.HasPrefix(v, "#"):
		text, format, _ := strings.Cut(v[1:], "|")
		numeric(c, text, format)
	case strings.HasPrefix(v, "="):
		f, cached, has := strings.Cut(v[1:], "|")
		c.HasCache = has
		c.SetFormula(f)
		if has {
			if _, ok := number.Stored(cached); ok {
				numeric(c, cached, "")
			} else {
				c.Kind, c.Text = workbook.Text, cached
			}
		}
	case strings.HasPrefix(v, "!"):
		c.Kind, c.Text = workbook.Error, v[1:]
	default:
		c.Kind, c.Text = workbook.Text, v
	}
	return c
}

func numeric(c *workbook.Cell, text, format string) {
	n, ok := number.Stored(text)
	if !ok {
		panic("rulestest: not a stored number: " + text)
	}
	c.Kind, c.Text, c.Num, c.Decimals = workbook.Number, text, n.Value, int16(n.Decimals)
	c.SetNumberFormat(format)
	if format != "" {
		f := number.ParseFormat(format)
		if f.Percent {
			c.Num, c.Percent = n.Value.Shift(2), true
		}
		if !f.General {
			c.Decimals = int16(f.Decimals)
		}
	}
}

func split(ref string) (col, row int) {
	i := 0
	for i < len(ref) && ref[i] >= 'A' && ref[i] <= 'Z' {
		col = col*26 + int(ref[i]-'A'+1)
		i++
	}
	fmt.Sscan(ref[i:], &row)
	return col, row
}

// Run runs one rule (or several) over a workbook with the default settings.
func Run(w *workbook.Workbook, rules ...*reconcile.Rule) []reconcile.Finding {
	return reconcile.Run(w, rules, reconcile.DefaultSettings())
}

// Want is one expected finding: its place as "Sheet!F12", and optionally its expected and
// actual values ("" = not compared).
type Want struct {
	At       string
	Expected string
	Actual   string
}

// Expect runs a rule and fails the test unless it reports exactly the findings wanted.
//
// The rule runs alone, so the diagnosis judges the workbook with that rule's relations only:
// where which cell is wrong depends on what other rules say of the same figures (a parent
// against its children and against its own Selisih and %), use ExpectWith.
func Expect(t testing.TB, rule *reconcile.Rule, w *workbook.Workbook, want ...Want) []reconcile.Finding {
	t.Helper()
	return ExpectWith(t, rule, nil, w, want...)
}

// ExpectWith runs a rule together with others, as the catalogue would, and fails the test
// unless the rule reports exactly the findings wanted; the others' findings are not judged.
func ExpectWith(t testing.TB, rule *reconcile.Rule, others []*reconcile.Rule, w *workbook.Workbook, want ...Want) []reconcile.Finding {
	t.Helper()
	var got []reconcile.Finding
	for _, f := range Run(w, append([]*reconcile.Rule{rule}, others...)...) {
		if f.Rule == rule.ID || len(others) == 0 {
			got = append(got, f)
		}
	}
	byAt := map[string]reconcile.Finding{}
	var gotAt []string
	for _, f := range got {
		if f.Rule != rule.ID {
			t.Errorf("%s: finding of another rule: %+v", rule.ID, f)
		}
		at := f.Sheet + "!" + f.Cell
		byAt[at] = f
		gotAt = append(gotAt, at)
	}
	var wantAt []string
	for _, w := range want {
		wantAt = append(wantAt, w.At)
		f, ok := byAt[w.At]
		if !ok {
			continue
		}
		if w.Expected != "" && f.Expected != w.Expected {
			t.Errorf("%s at %s: expected value %q, want %q (%s)", rule.ID, w.At, f.Expected, w.Expected, f.Message.EN)
		}
		if w.Actual != "" && f.Actual != w.Actual {
			t.Errorf("%s at %s: actual value %q, want %q (%s)", rule.ID, w.At, f.Actual, w.Actual, f.Message.EN)
		}
		if f.Message.ID == "" || f.Message.EN == "" {
			t.Errorf("%s at %s: message missing in a language: %+v", rule.ID, w.At, f.Message)
		}
	}
	sort.Strings(gotAt)
	sort.Strings(wantAt)
	if strings.Join(gotAt, " ") != strings.Join(wantAt, " ") {
		var msgs []string
		for _, f := range got {
			msgs = append(msgs, fmt.Sprintf("  %s!%s: %s (expected %s, actual %s)", f.Sheet, f.Cell, f.Message.EN, f.Expected, f.Actual))
		}
		t.Errorf("%s flagged %v, want %v\n%s", rule.ID, gotAt, wantAt, strings.Join(msgs, "\n"))
	}
	return got
}
