package reconcile

import (
	"fmt"
	"runtime/debug"
	"sort"

	"lkjip/reconcile/workbook"
)

// Internal is the finding a run makes when a rule fails inside itself: the run goes on with
// the other rules and the user learns that one check did not finish.
var Internal = &Rule{
	ID:       "UM000",
	Severity: Error,
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
// matched no finding (rules.UM015). Run holds it back until every other rule has run and the
// acceptances are applied, then runs it with Pass.Unmatched set; like Internal, it is the one
// rule the framework names, because it judges the run rather than the workbook.
const AcceptanceRule = "UM015"

// Run runs every rule over a workbook and returns the findings in reading order: by sheet as
// the workbook orders them, then by row and column, then by rule.
//
// The settings apply here: a disabled rule does not run; a replacement predikat scale is the
// one the rules see (on a copy of the workbook: the caller's model is left as read); a
// severity override is applied to each finding of its rule; an acceptance marks the findings
// it matches as accepted (still listed, no longer counted), and the acceptances of this
// workbook that matched nothing go to the AcceptanceRule.
func Run(w *workbook.Workbook, rules []*Rule, s *Settings) []Finding {
	if s == nil {
		s = DefaultSettings()
	}
	if s.Scale != nil {
		policy := *w
		policy.Scale = *s.Scale
		w = &policy
	}
	var out []Finding
	seen := map[[3]string]bool{}
	facts := map[[4]string]bool{}
	add := func(f Finding) {
		key := [3]string{f.Rule, f.Sheet, f.Cell}
		if f.Cell == "" {
			key[2] = f.Message.ID
		}
		if seen[key] {
			return // one finding per rule and cell: the first says it all
		}
		// Two rules that expect the same figure of the same cell describe one cause (a stale
		// formula and the total it leaves wrong): the rule earlier in the catalogue, the more
		// precise diagnosis, speaks for both.
		fact := [4]string{f.Sheet, f.Cell, f.Expected, f.Actual}
		if f.Cell != "" && f.Expected != "" {
			if facts[fact] {
				return
			}
			facts[fact] = true
		}
		seen[key] = true
		if sev, ok := s.Severities[f.Rule]; ok {
			f.Severity = sev
		}
		out = append(out, f)
	}
	var late []*Rule
	for _, r := range rules {
		if r.Run == nil || s.Disabled[r.ID] {
			continue
		}
		if r.ID == AcceptanceRule {
			late = append(late, r)
			continue
		}
		runOne(r, w, s, add, nil)
	}
	if unmatched := accept(out, s.Accept, w.Path); len(unmatched) > 0 {
		for _, r := range late {
			runOne(r, w, s, add, unmatched)
		}
	}
	order := map[string]int{}
	for i, sh := range w.Sheets {
		order[sh.Name] = i + 1
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
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
	return out
}

// accept marks the findings the acceptances of a workbook match and returns the acceptances
// that match none. Every acceptance that fits a finding counts as used; a finding takes the
// reason of the first.
func accept(findings []Finding, acceptances []Acceptance, path string) (unmatched []Acceptance) {
	for _, a := range acceptances {
		if !a.AppliesTo(path) {
			continue
		}
		used := false
		for i := range findings {
			f := &findings[i]
			if !a.Matches(*f) {
				continue
			}
			used = true
			if !f.Accepted {
				f.Accepted, f.Reason = true, a.Reason
			}
		}
		if !used {
			unmatched = append(unmatched, a)
		}
	}
	return unmatched
}

// UnusedAcceptances returns the acceptances of the settings that name a file (File) which
// none of the results checked. The AcceptanceRule judges an acceptance only in a workbook it
// applies to, so these would otherwise go unsaid.
func UnusedAcceptances(s *Settings, results []*Result) []Acceptance {
	var out []Acceptance
	for _, a := range s.Accept {
		if a.File == "" {
			continue
		}
		used := false
		for _, r := range results {
			used = used || (r.Err == nil && a.AppliesTo(r.Path))
		}
		if !used {
			out = append(out, a)
		}
	}
	return out
}

// Unmatched returns the acceptances of the settings that matched no finding of the workbook:
// set only for the AcceptanceRule, which Run runs after the others.
func (p *Pass) Unmatched() []Acceptance { return p.unmatched }

// Verbose makes internal-error findings carry the stack trace.
var Verbose = false

func runOne(r *Rule, w *workbook.Workbook, s *Settings, add func(Finding), unmatched []Acceptance) {
	defer func() {
		if v := recover(); v != nil {
			msg := Msg("aturan %s berhenti: %v", "rule %s stopped: %v", r.ID, v)
			if Verbose {
				msg.ID += "\n" + string(debug.Stack())
				msg.EN += "\n" + string(debug.Stack())
			}
			add(Finding{Rule: Internal.ID, Severity: Internal.Severity, Message: msg, Actual: fmt.Sprint(v)})
		}
	}()
	r.Run(&Pass{Rule: r, Workbook: w, Settings: s, report: add, unmatched: unmatched})
}
