package rules

import (
	"testing"

	"lkjip/reconcile"
)

// fixWant is what a finding at a cell ("Sheet!F4") must carry for --fix and for its cause:
// its Fix (the cell's right content) and its Because ("" for a finding that counts).
type fixWant struct {
	At, Fix, Because string
}

// expectFixes fails unless each wanted cell has a finding with that Fix and Because.
func expectFixes(t *testing.T, got []reconcile.Finding, want ...fixWant) {
	t.Helper()
	by := map[string]reconcile.Finding{}
	for _, f := range got {
		by[f.Sheet+"!"+f.Cell] = f
	}
	for _, w := range want {
		f, ok := by[w.At]
		if !ok {
			t.Errorf("no finding at %s", w.At)
			continue
		}
		if f.Fix != w.Fix || f.Because != w.Because {
			t.Errorf("%s at %s: fix %q because %q, want fix %q because %q (%s)", f.Rule, w.At, f.Fix, f.Because, w.Fix, w.Because, f.Message.EN)
		}
	}
}

// counting returns the findings that count (no Because, not accepted).
func counting(got []reconcile.Finding) []reconcile.Finding {
	var out []reconcile.Finding
	for _, f := range got {
		if f.Counts() {
			out = append(out, f)
		}
	}
	return out
}
