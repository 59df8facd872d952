package mutation

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"lkjip/reconcile"
)

// enforceTargets holds the slice of TestBersihMutants to the targets of issue #14 (every
// mutant named, errors elsewhere in at most 2 %, the original expected in at least 95 % of
// the singly named). It is switched on when the engine that names the fewest cells at the
// cause meets them; until then the scores are computed and logged, and the test fails only
// when the benchmark itself is broken.
const enforceTargets = true

const sample = "../bersih-2023.xlsx"

// TestBersihMutants is the slice of the benchmark in go test: one cell of each kind of the
// clean sample changed by a digit, a third of them also typed as text.
func TestBersihMutants(t *testing.T) {
	rep, err := Run(context.Background(), []Base{{Name: filepath.Base(sample), Path: sample, Group: "bersih-2023 plain"}},
		Options{Choice: Choice{Cells: 1, Typos: []string{Digit}, TextShare: 34, Seed: 1}, Dir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	// The benchmark itself: a clean base, mutants of every kind the sample has, each one
	// reading as the figure typed.
	if left := rep.LeftOut(); len(left) > 0 {
		t.Fatalf("the base is left out: %v", left)
	}
	if len(rep.Outcomes) == 0 {
		t.Fatal("no mutants")
	}
	if broken := rep.Broken(); len(broken) > 0 {
		t.Fatalf("%d mutants measure nothing:\n%s", len(broken), strings.Join(broken, "\n"))
	}
	kinds, stats := rep.ByKind()
	for _, k := range Kinds {
		switch k {
		case INVJumlah, INVJumlahTotal: // the sample's Inventaris has no Jumlah row
			continue
		case ASRJumlahCapaianKin: // left blank in the sample's Jumlah row
			continue
		}
		if stats[k] == nil {
			t.Errorf("no mutant of kind %q", k)
		}
	}
	text := 0
	for _, o := range rep.Outcomes {
		if o.AsText {
			text++
		}
	}
	if text == 0 {
		t.Error("no mutant typed as text")
	}

	var b strings.Builder
	rep.Print(&b, 3)
	t.Logf("%d mutants of %d kinds of cell:\n%s", len(rep.Outcomes), len(kinds), b.String())
	total := rep.Total()
	if total.Met() {
		return
	}
	missed := fmt.Sprintf("named %s (target %d %%), errors elsewhere %s (target <= %d %%), expected = original %s of %d singly named (target >= %d %%)",
		percent(total.Named, total.Mutants), TargetNamedPercent, percent(total.Elsewhere, total.Mutants), TargetElsewherePercent,
		percent(total.ExpectedEqual, total.Single), total.Single, TargetExpectedPercent)
	if enforceTargets {
		t.Errorf("the targets of issue #14 are missed: %s", missed)
		return
	}
	t.Logf("targets missed (not enforced until the engine meets them, enforceTargets): %s", missed)
}

// TestBenchmarkGuards: the guards of the benchmark itself catch a base that is not clean
// and a mutant that reads as its original.
func TestBenchmarkGuards(t *testing.T) {
	rep, err := Run(context.Background(), []Base{{Name: "kragan-2021.xlsx", Path: "../kragan-2021.xlsx"}},
		Options{Choice: Choice{Cells: 1}, Dir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	if left := rep.LeftOut(); len(left) != 1 || !strings.Contains(left[0], "not clean") || len(rep.Outcomes) != 0 {
		t.Errorf("Kragan, full of mistakes, as a base: left out %v, %d mutants", left, len(rep.Outcomes))
	}

	w, ferr := reconcile.Read(sample, reconcile.Options{})
	if ferr != nil {
		t.Fatal(ferr)
	}
	targets, _ := Targets(w)
	ms, _ := Mutants("bersih-2023.xlsx", targets, Choice{Cells: 1, Typos: []string{Digit}, Kinds: []string{LRAPersen}})
	if len(ms) != 1 {
		t.Fatalf("%d mutants of one %% cell", len(ms))
	}
	same := ms[0]
	same.Value, same.Written = same.Original, same.Original.String() // "typed" as it was
	data, err := os.ReadFile(sample)
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "same.xlsx")
	if err := same.Write(data, p); err != nil {
		t.Fatal(err)
	}
	mw, res := (&reconcile.Checker{}).CheckWorkbook(reconcile.Input{Path: p})
	if o := Score(same, res, mw); !strings.Contains(o.Broken, "not different") {
		t.Errorf("a mutant holding its original figure: broken %q", o.Broken)
	}
}
