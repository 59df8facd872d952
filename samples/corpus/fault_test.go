package corpus

import (
	"fmt"
	"testing"

	"lkjip/reconcile"
	"lkjip/samples/build"
)

// same reports whether a finding is the fault: its rule at its cell, with its expected value
// where the fault records one.
func same(f reconcile.Finding, x Fault) bool {
	return f.Rule == x.Rule && f.Sheet == x.Sheet && f.Cell == x.Cell && (x.Expected == "" || f.Expected == x.Expected)
}

// TestEachKindAlone injects each kind alone into clean units and checks that lkjip reports
// exactly that fault: its rule, at its cell, with its expected value, and nothing else.
func TestEachKindAlone(t *testing.T) {
	seeds := 6
	if testing.Short() {
		seeds = 2
	}
	for _, k := range Kinds() {
		t.Run(k, func(t *testing.T) {
			for s := range seeds {
				seed := int64(1000*s + len(k)*31 + int(k[len(k)-1]))
				w := Unit(seed, "Sluke", "Rembang", 2020+s%5)
				faults := Inject(w, []string{k}, newRand(seed, saltFault))
				if len(faults) != 1 || faults[0].Rule != k {
					t.Fatalf("seed %d: Inject(%s) gave %+v", seed, k, faults)
				}
				res := check(t, w, fmt.Sprintf("%s-%d", k, seed))
				if len(res.Findings) != 1 || !same(res.Findings[0], faults[0]) {
					t.Errorf("seed %d: injected %+v; findings:%s", seed, faults[0], describe(res.Findings))
				}
			}
		})
	}
}

// TestInjectClean: the kinds also apply to the committed clean workbook.
func TestInjectClean(t *testing.T) {
	w := build.Clean()
	faults := Inject(w, Kinds(), newRand(1, saltFault))
	if len(faults) != len(Kinds()) {
		t.Fatalf("%d faults for %d kinds: %+v", len(faults), len(Kinds()), faults)
	}
	res := check(t, w, "clean")
	compare(t, "bersih-2023", faults, res.Findings, true)
}

// compare checks findings against injected faults: every fault found (rule, cell, expected),
// and, when exact, nothing else at all; otherwise no error-severity finding elsewhere. It
// returns the faults found and the findings beyond them.
func compare(t *testing.T, name string, faults []Fault, findings []reconcile.Finding, exact bool) (found, extra int) {
	t.Helper()
	matched := make([]bool, len(findings))
	for _, x := range faults {
		ok := false
		for i, f := range findings {
			if !matched[i] && same(f, x) {
				matched[i], ok = true, true
				break
			}
		}
		if ok {
			found++
		} else {
			t.Errorf("%s: fault %+v not found", name, x)
		}
	}
	for i, f := range findings {
		if matched[i] {
			continue
		}
		extra++
		if exact || f.Severity == reconcile.Error {
			t.Errorf("%s: finding beyond the injected faults: %s", name, describe([]reconcile.Finding{f}))
		}
	}
	return found, extra
}
