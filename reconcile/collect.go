package reconcile

import (
	"slices"
	"sort"

	"lkjip/reconcile/workbook"
)

// collector gathers the findings the rules report about one result and makes them what the
// printers get. It is the one place where the settings' policy meets the findings, and it
// works the same way for a file's own findings (its rules' Run) and for the findings across
// files (RunBatch), which join them later:
//
//   - one finding per rule and place: a rule that reports a cell twice said it all the first
//     time;
//   - one finding per cause (resolve): two rules that expect the same figure of the same cell
//     describe one mistake, and the rule of the narrower Scope speaks for both;
//   - the settings' severity of each rule;
//   - the settings' acceptances (accept);
//   - a place for ordering: a finding across files names its cell by text.
type collector struct {
	findings []Finding
	// w is the workbook the rules see (nil for the findings across files, which declare no
	// relation); judging the relations they declared, as a graph built as they come and
	// judged together once they have all run.
	w       *workbook.Workbook
	judging *judgement
	// probe judges each relation alone as it is declared and keeps none (a big workbook's
	// first run, see Checker.model); conflict is set once one does not hold. within is
	// what such a run found, for the second: only the relations it names relevant are kept.
	probe, conflict bool
	within          *probe
	// checked holds the cells some rule used or judged, for the file's Coverage.
	checked *cellSet
}

func (c *collector) add(f Finding) {
	if f.row == 0 && f.Cell != "" {
		if _, col, row, ok := ParseCell(f.Cell); ok {
			f.row, f.col = row, col
		}
	}
	c.findings = append(c.findings, f)
}

// place identifies a rule's finding: its rule, sheet and cell, or its message when it names
// no cell (a finding about a whole sheet or workbook).
type place struct{ rule, sheet, at string }

func placeOf(f Finding) place {
	if f.Cell == "" {
		return place{f.Rule, f.Sheet, f.Message.ID}
	}
	return place{f.Rule, f.Sheet, f.Cell}
}

// fact is what a finding says of a cell: its expected and its actual figure.
type fact struct{ sheet, cell, expected, actual string }

func factOf(f Finding) (fact, bool) {
	return fact{f.Sheet, f.Cell, f.Expected, f.Actual}, f.Cell != "" && f.Expected != ""
}

// resolve returns the collected findings without repeats, given the findings the result
// already holds (known: its own, when findings across files join it).
//
// The order for rules that share a cell is stated here and nowhere else: when two findings
// expect the same figure of the same cell, the one whose rule has the narrower Scope is kept
// (a formula's stale cached value, ScopeCell, over the Jumlah it leaves wrong, ScopeTable);
// between rules of one scope, the lower rule ID. A finding already known to the result is
// never displaced: those are a file's own findings, and a rule across files (ScopeFiles) is
// never the narrower.
func (c *collector) resolve(known []Finding) []Finding {
	seen := make(map[place]bool, len(c.findings)+len(known))
	kept := map[fact]int{} // the index in out of the finding that speaks for a fact; -1: known
	for _, f := range known {
		seen[placeOf(f)] = true
		if k, ok := factOf(f); ok {
			kept[k] = -1
		}
	}
	// Filtered in place: a file of 100,000 findings would otherwise hold them twice, 20 MB
	// more at the peak of its run. out never overtakes the finding being read.
	out := c.findings[:0]
	for _, f := range c.findings {
		p := placeOf(f)
		if seen[p] {
			continue
		}
		seen[p] = true
		if k, ok := factOf(f); ok {
			if i, dup := kept[k]; dup {
				if i >= 0 && narrower(f, out[i]) {
					out[i] = f
				}
				continue
			}
			kept[k] = len(out)
		}
		out = append(out, f)
	}
	clear(c.findings[len(out):]) // what was dropped is not kept alive by the array
	c.findings = nil
	return out
}

// narrower reports whether a's rule names a cause more precisely than b's: a narrower scope,
// or the same scope and a lower rule ID. A rule without a scope (a test's) is the widest.
func narrower(a, b Finding) bool {
	sa, sb := widestIfUnset(a.scope), widestIfUnset(b.scope)
	if sa != sb {
		return sa < sb
	}
	return a.Rule < b.Rule
}

func widestIfUnset(s Scope) Scope {
	if s == 0 {
		return ScopeFiles + 1
	}
	return s
}

// finish resolves the collected findings against those the result already holds and applies
// the settings: each rule's severity, then the acceptances, whose use it records in r.
func (c *collector) finish(r *Result, known []Finding, s *Settings) []Finding {
	out := c.resolve(known)
	for i := range out {
		if sev, ok := s.Severities[out[i].Rule]; ok {
			out[i].Severity = sev
		}
	}
	accept(r, out, s)
	return out
}

// accept marks the findings the settings' acceptances match and records in r which
// acceptances (by index) matched one. Every acceptance that fits a finding counts as used; a
// finding takes the reason of the first.
func accept(r *Result, findings []Finding, s *Settings) {
	for i, a := range s.Accept {
		if !a.AppliesTo(r.Path) {
			continue
		}
		used := false
		for j := range findings {
			f := &findings[j]
			if !a.Matches(*f) {
				continue
			}
			used = true
			if !f.Accepted {
				f.Accepted, f.Reason = true, a.Reason
			}
		}
		if used && !slices.Contains(r.used, i) {
			r.used = append(r.used, i)
		}
	}
}

// sortFindings puts findings in reading order: by sheet as the workbook orders them (findings
// about the whole workbook first), then by row and column, then by rule.
func sortFindings(findings []Finding, sheetOrder []string) {
	order := make(map[string]int, len(sheetOrder))
	for i, name := range sheetOrder {
		order[name] = i + 1
	}
	sort.SliceStable(findings, func(i, j int) bool {
		a, b := findings[i], findings[j]
		if order[a.Sheet] != order[b.Sheet] {
			return order[a.Sheet] < order[b.Sheet]
		}
		if a.row != b.row {
			return a.row < b.row
		}
		if a.col != b.col {
			return a.col < b.col
		}
		return a.Rule < b.Rule
	})
}
