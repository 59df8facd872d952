package corpus

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"lkjip/reconcile"
	"lkjip/rules"
	"lkjip/samples/build"
)

// check writes w in the plain layout and checks it with every rule.
func check(t *testing.T, w *build.Workbook, name string) *reconcile.Result {
	t.Helper()
	p := filepath.Join(t.TempDir(), name+".xlsx")
	if err := w.Write(p, build.Layout{}); err != nil {
		t.Fatal(err)
	}
	res := reconcile.CheckFile(p, rules.All, nil, reconcile.Options{})
	if res.Err != nil {
		t.Fatalf("%s: %v", name, res.Err)
	}
	return res
}

func describe(fs []reconcile.Finding) string {
	s := ""
	for _, f := range fs {
		s += fmt.Sprintf("\n\t%s %s %s!%s expected %q actual %q: %s", f.Rule, f.Severity, f.Sheet, f.Cell, f.Expected, f.Actual, f.Message.EN)
		if len(f.Candidates) > 0 {
			s += fmt.Sprintf(" [candidates %s]", strings.Join(f.Candidates, ", "))
		}
		if f.Because != "" {
			s += " [because " + f.Because + "]"
		}
	}
	return s
}

// TestUnitClean: a generated unit is consistent; lkjip finds nothing in it, not even a note.
func TestUnitClean(t *testing.T) {
	for seed := int64(1); seed <= 30; seed++ {
		r := regions[int(seed)%len(regions)]
		w := Unit(seed, r.kecamatan[int(seed)%len(r.kecamatan)], r.kabupaten, 2019+int(seed)%7)
		res := check(t, w, fmt.Sprintf("unit-%d", seed))
		if len(res.Findings) > 0 {
			t.Errorf("seed %d (%s): %d findings:%s", seed, w.Name, len(res.Findings), describe(res.Findings))
		}
		if want := w.Sheet(build.Identitas).Pairs[0].Value.Text; res.Unit != want {
			t.Errorf("seed %d: unit %q, want %q", seed, res.Unit, want)
		}
	}
}

// TestUnitDeterministic: the same seed gives the same workbook, another seed another one.
func TestUnitDeterministic(t *testing.T) {
	a, b, c := Unit(7, "Lasem", "Rembang", 2023), Unit(7, "Lasem", "Rembang", 2023), Unit(8, "Lasem", "Rembang", 2023)
	if fmt.Sprint(a) != fmt.Sprint(b) {
		t.Error("Unit(7) differs between two calls")
	}
	if fmt.Sprint(a) == fmt.Sprint(c) {
		t.Error("Unit(7) and Unit(8) are the same")
	}
}
