package reconcile_test

import (
	"context"
	"fmt"
	"testing"

	"lkjip/reconcile"
	"lkjip/rules"
	"lkjip/samples/corpus"
)

// TestSpillKeepsEverything checks a batch twice, with the findings kept in memory and with
// them spilled to disk: every file must come back with the same findings in the same order,
// the same counts and the same indicators, the checks across files included.
func TestSpillKeepsEverything(t *testing.T) {
	files, err := corpus.Generate(t.TempDir(), 24, 7, corpus.Kinds(), 60)
	if err != nil {
		t.Fatal(err)
	}
	paths := []string{"../samples/kragan-2021.xlsx", "../samples/bersih-2023.xlsx", "../samples/kragan-2021.xlsx"}
	for _, f := range files {
		paths = append(paths, f.Path)
	}
	s := reconcile.DefaultSettings()
	check := func(spill *reconcile.Spill) []*reconcile.Result {
		opt := reconcile.Options{Summarize: rules.Summarize, Spill: spill}
		res, err := (&reconcile.Checker{Rules: rules.All, Settings: s, Options: opt}).Check(context.Background(), reconcile.Inputs(paths...))
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	kept := check(nil)
	spill, err := reconcile.NewSpill()
	if err != nil {
		t.Fatal(err)
	}
	defer spill.Close()
	spilled := check(spill)

	if len(kept) != len(spilled) {
		t.Fatalf("%d results kept, %d spilled", len(kept), len(spilled))
	}
	findings, batch, indicators := 0, 0, 0
	for i := range kept {
		a, b := kept[i], spilled[i]
		if n := len(b.Findings) - countRule(b.Findings, "BKS"); n > 0 {
			t.Errorf("%s: the spilled result still holds %d of its own findings in memory", b.Path, n)
		}
		lb, err := b.Loaded()
		if err != nil {
			t.Fatal(err)
		}
		if got, want := fmt.Sprint(lb.Findings), fmt.Sprint(a.Findings); got != want {
			t.Errorf("%s: findings differ after the spill\n got %s\nwant %s", a.Path, got, want)
		}
		for _, sev := range []reconcile.Severity{reconcile.Error, reconcile.Warning, reconcile.Info} {
			if a.Count(sev) != b.Count(sev) || a.Count(sev) != lb.Count(sev) {
				t.Errorf("%s: %s count %d kept, %d spilled, %d loaded", a.Path, sev, a.Count(sev), b.Count(sev), lb.Count(sev))
			}
		}
		ia, _ := a.Indicators()
		ib, err := b.Indicators()
		if err != nil {
			t.Fatal(err)
		}
		if fmt.Sprint(ia) != fmt.Sprint(ib) {
			t.Errorf("%s: indicators differ after the spill", a.Path)
		}
		findings += len(a.Findings)
		batch += countRule(a.Findings, "BKS")
		indicators += len(ia)
	}
	// The batch holds Kragan twice (BKS001) and units of several years: the comparison is
	// not an empty one.
	if findings < 100 || batch == 0 || indicators < 50 {
		t.Errorf("a weak batch: %d findings, %d of them across files, %d indicators", findings, batch, indicators)
	}
	t.Logf("%d files, %d findings (%d across files), %d indicators", len(kept), findings, batch, indicators)
}

func countRule(fs []reconcile.Finding, prefix string) int {
	n := 0
	for _, f := range fs {
		if len(f.Rule) >= len(prefix) && f.Rule[:len(prefix)] == prefix {
			n++
		}
	}
	return n
}
