package corpus

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"sync"
	"testing"

	"lkjip/reconcile"
	"lkjip/rules"
)

// TestRecall is the project's recall test. It generates a corpus with every fault kind
// (faults in about half of the files, a random subset of the kinds in each), checks every
// file with lkjip and holds the findings to the ground-truth files (Compare): every fault
// must be found at its cell, by its rule, with its expected value and naming its candidates
// (recall 100 %), every figure the truth says follows a fault must be found following it,
// and no error that counts may stand anywhere else. A finding that only follows another
// (Because) never counts as an error elsewhere. A fault that a known engine gap (Gaps)
// accounts for is not found but does not fail the test: the gaps are logged with their
// counts, and a listed gap that no longer happens in the full corpus fails it, so that the
// list stays true. Warnings and notes beyond the truth are counted and logged. It checks 200
// files, 40 with -short; LKJIP_RECALL_N=5000 checks that many.
func TestRecall(t *testing.T) {
	n := 200
	if testing.Short() {
		n = 40
	}
	if v := os.Getenv("LKJIP_RECALL_N"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil || n < 1 {
			t.Fatalf("LKJIP_RECALL_N=%q: want a positive number", v)
		}
	}
	dir := t.TempDir()
	files, err := Generate(dir, n, 2024, Kinds(), 50)
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != n {
		t.Fatalf("Generate wrote %d files, want %d", len(files), n)
	}

	results := make([]*reconcile.Result, n)
	var wg sync.WaitGroup
	next := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				results[i] = reconcile.CheckFile(files[i].Path, rules.All, nil, reconcile.Options{})
			}
		}()
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()

	var total Score
	faulty := 0
	for i, f := range files {
		truth, err := ReadTruth(f.Truth)
		if err != nil {
			t.Fatal(err)
		}
		if truth.File != filepath.Base(f.Path) || truth.Unit != f.Unit || truth.Year != f.Year {
			t.Errorf("%s: truth names %q, %q, %d", f.Path, truth.File, truth.Unit, truth.Year)
		}
		res := results[i]
		if res.Err != nil {
			t.Errorf("%s: %v", f.Path, res.Err)
			continue
		}
		if res.Unit != truth.Unit || res.Year != truth.Year {
			t.Errorf("%s: lkjip reads unit %q, year %d; truth %q, %d", f.Path, res.Unit, res.Year, truth.Unit, truth.Year)
		}
		if len(truth.Faults) > 0 {
			faulty++
		}
		total.Add(compare(t, filepath.Base(f.Path), truth.Faults, res.Findings, false))
	}
	for _, k := range Kinds() {
		if total.PerRule[k][0] == 0 {
			t.Errorf("no %s fault in the corpus: the test would not know whether lkjip finds it", k)
		}
	}
	if total.Faults == 0 {
		t.Fatal("no fault injected")
	}
	t.Logf("%d files (%d with faults): %d faults injected: %d found as the truth says (%s), %d under known engine gaps (%s), %d missed; "+
		"%d of %d figures that follow a fault found following it; %d errors elsewhere; %d findings beyond the truth (warnings, notes, following)",
		n, faulty, total.Faults, total.Found, percentOf(total.Found, total.Faults), total.Gapped(), percentOf(total.Gapped(), total.Faults),
		len(total.Missed), total.FollowersSeen, total.Followers, len(total.Elsewhere), total.Beyond)
	var b bytes.Buffer
	for _, k := range total.Rules() {
		if c := total.PerRule[k]; c[0] > 0 {
			b.WriteString(" " + k + " " + strconv.Itoa(c[1]) + "/" + strconv.Itoa(c[0]))
		}
	}
	t.Logf("found/injected per rule:%s", b.String())
	for _, g := range Gaps {
		t.Logf("known engine gap %s: %d faults (%s)", g.Name, total.UnderGap[g.Name], g.Why)
	}
}

// TestKnownGaps: every known engine gap still shows in its example, and accounts there for
// every fault not found and every error beyond the truth. When one no longer shows, the
// engine was fixed (remove the gap) or the generator changed (find another example).
func TestKnownGaps(t *testing.T) {
	for _, g := range Gaps {
		t.Run(g.Name, func(t *testing.T) {
			e := g.Example
			w, truth := Workbook(e.Seed, e.Name, e.Kabupaten, e.Year, e.Kinds)
			res := check(t, w, "gap")
			s := compare(t, g.Name, truth, res.Findings, false)
			if s.UnderGap[g.Name] == 0 {
				t.Errorf("the known engine gap %s no longer shows in its example: remove it from Gaps, or find another example", g.Name)
			}
		})
	}
}

// percentOf prints part / whole as a percentage with two decimals, cut rather than rounded
// (99.999 % is not 100 %).
func percentOf(part, whole int) string {
	whole = max(whole, 1)
	return strconv.Itoa(part*100/whole) + "." + fmt.Sprintf("%02d", part*10000/whole%100) + " %"
}

// TestGenerate: names, sizes, the share of faulty files, the truth files, and the same
// corpus for the same seed whatever the order the workers take the files in.
func TestGenerate(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	fa, err := Generate(a, 30, 7, Kinds(), 50)
	if err != nil {
		t.Fatal(err)
	}
	fb, err := Generate(b, 30, 7, Kinds(), 50)
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	faulty := 0
	for i, f := range fa {
		base := filepath.Base(f.Path)
		if names[base] {
			t.Errorf("%s written twice", base)
		}
		names[base] = true
		if f.Bytes <= 0 || f.Bytes >= 40_000 {
			t.Errorf("%s: %d bytes, want under 40 KB", base, f.Bytes)
		}
		if len(f.Faults) > 0 {
			faulty++
		}
		if causes(f.Faults) != len(f.Kinds) {
			t.Errorf("%s: %d faults for kinds %v", base, len(f.Faults), f.Kinds)
		}
		g := fb[i]
		if filepath.Base(g.Path) != base || g.Seed != f.Seed || len(g.Faults) != len(f.Faults) {
			t.Errorf("file %d differs between two runs: %s / %s", i, base, filepath.Base(g.Path))
			continue
		}
		for _, p := range [][2]string{{f.Path, g.Path}, {f.Truth, g.Truth}} {
			x, err1 := os.ReadFile(p[0])
			y, err2 := os.ReadFile(p[1])
			if err1 != nil || err2 != nil || !bytes.Equal(x, y) {
				t.Errorf("%s differs between two runs (%v, %v)", filepath.Base(p[0]), err1, err2)
			}
		}
		// The seed rebuilds the file's content and faults.
		if _, faults := Workbook(f.Seed, f.Unit, f.Kabupaten, f.Year, f.Kinds); !slices.EqualFunc(faults, f.Faults, sameFault) {
			t.Errorf("%s: rebuilt from its seed, faults %+v, want %+v", base, faults, f.Faults)
		}
	}
	if faulty < 5 || faulty > 25 {
		t.Errorf("%d of 30 files with faults at a rate of 50 %%", faulty)
	}
	clean, err := Generate(t.TempDir(), 5, 7, Kinds(), 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range clean {
		if len(f.Faults) != 0 {
			t.Errorf("%s: faults at a rate of 0: %+v", f.Path, f.Faults)
		}
	}
	if _, err := Generate(t.TempDir(), 1, 1, []string{"XYZ001"}, 50); err == nil {
		t.Error("Generate accepted an unknown fault kind")
	}
}

func sameFault(a, b Fault) bool {
	return a.Rule == b.Rule && a.Sheet == b.Sheet && a.Cell == b.Cell && a.Expected == b.Expected && a.Because == b.Because &&
		slices.Equal(a.Candidates, b.Candidates)
}
