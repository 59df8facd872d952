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

// Run runs every rule over a workbook and returns the findings in reading order: by sheet as
// the workbook orders them, then by row and column, then by rule.
func Run(w *workbook.Workbook, rules []*Rule, s *Settings) []Finding {
	if s == nil {
		s = DefaultSettings()
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
		out = append(out, f)
	}
	for _, r := range rules {
		if r.Run == nil || s.Disabled[r.ID] {
			continue
		}
		runOne(r, w, s, add)
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

// Verbose makes internal-error findings carry the stack trace.
var Verbose = false

func runOne(r *Rule, w *workbook.Workbook, s *Settings, add func(Finding)) {
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
	r.Run(&Pass{Rule: r, Workbook: w, Settings: s, report: add})
}
