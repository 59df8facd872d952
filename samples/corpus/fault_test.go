package corpus

import (
	"fmt"
	"testing"

	"lkjip/reconcile"
	"lkjip/samples/build"
)

// findings turns lkjip's findings into the scorer's.
func findings(fs []reconcile.Finding) []Finding {
	out := make([]Finding, len(fs))
	for i, f := range fs {
		out[i] = Finding{Rule: f.Rule, Severity: f.Severity.String(), Sheet: f.Sheet, Cell: f.Cell, Expected: f.Expected, Actual: f.Actual,
			Candidates: f.Candidates, Because: f.Because, Accepted: f.Accepted}
	}
	return out
}

// TestEachKindAlone injects each kind alone into clean units and checks that lkjip reports
// exactly its truth: the fault (its rule, at its cell, with its expected value, naming its
// candidates), the findings that follow it, and nothing else at all.
func TestEachKindAlone(t *testing.T) {
	seeds := 8
	if testing.Short() {
		seeds = 2
	}
	for _, k := range Kinds() {
		t.Run(k, func(t *testing.T) {
			for s := range seeds {
				seed := int64(1000*s + len(k)*31 + int(k[len(k)-1]))
				w := Unit(seed, "Sluke", "Rembang", 2020+s%5)
				truth := Inject(w, []string{k}, newRand(seed, saltFault))
				if len(truth) == 0 || truth[0].Rule != k || truth[0].Follows() {
					t.Fatalf("seed %d: Inject(%s) gave %+v", seed, k, truth)
				}
				for _, x := range truth[1:] {
					if !x.Follows() || x.Because != truth[0].Ref() {
						t.Errorf("seed %d: %s: an entry after the fault does not follow it: %s", seed, k, x.Describe())
					}
				}
				res := check(t, w, fmt.Sprintf("%s-%d", k, seed))
				compare(t, fmt.Sprintf("seed %d", seed), truth, res.Findings, true)
			}
		})
	}
}

// TestInjectClean: the kinds also apply to the committed clean workbook, all at once.
func TestInjectClean(t *testing.T) {
	w := build.Clean()
	truth := Inject(w, Kinds(), newRand(1, saltFault))
	if n := causes(truth); n != len(Kinds()) {
		t.Fatalf("%d faults for %d kinds: %+v", n, len(Kinds()), truth)
	}
	res := check(t, w, "clean")
	compare(t, "bersih-2023", truth, res.Findings, true)
}

// causes counts the faults of a truth, the entries that follow one left out.
func causes(truth []Fault) int {
	n := 0
	for _, x := range truth {
		if !x.Follows() {
			n++
		}
	}
	return n
}

// compare holds findings to a truth (Compare): every entry found, none accounted for by a
// known engine gap unless allowed, no error that counts elsewhere, and, when exact, no
// other finding at all. It returns the score.
func compare(t *testing.T, name string, truth []Fault, fs []reconcile.Finding, exact bool) Score {
	t.Helper()
	s := Compare(truth, findings(fs))
	for _, x := range s.Missed {
		t.Errorf("%s: not found: %s; findings:%s", name, x.Describe(), describe(fs))
	}
	for _, f := range s.Elsewhere {
		t.Errorf("%s: error beyond the truth: %s", name, f.Describe())
	}
	if exact {
		for g, n := range s.UnderGap {
			t.Logf("%s: %d faults under the known engine gap %s", name, n, g)
		}
	}
	if exact && s.Beyond > 0 {
		t.Errorf("%s: %d findings beyond the truth:%s", name, s.Beyond, describe(fs))
	}
	return s
}
