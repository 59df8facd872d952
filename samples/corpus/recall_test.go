package corpus

import (
	"bytes"
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
// file with lkjip and holds the findings to the ground-truth files: every injected fault
// must be found at its cell, by its rule, with its expected value (recall 100 %), and no
// error-severity finding may stand anywhere else (on a clean cell). Warnings and notes
// beyond the faults are counted and logged. It checks 200 files, 40 with -short;
// LKJIP_RECALL_N=5000 checks that many.
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

	injected, found, extra, faulty := 0, 0, 0, 0
	perRule := map[string][2]int{} // injected, found
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
		name := filepath.Base(f.Path)
		ok, more := compare(t, name, truth.Faults, res.Findings, false)
		injected, found, extra = injected+len(truth.Faults), found+ok, extra+more
		for _, x := range truth.Faults {
			c := perRule[x.Rule]
			c[0]++
			perRule[x.Rule] = c
		}
		for _, x := range truth.Faults {
			for _, fd := range res.Findings {
				if same(fd, x) {
					c := perRule[x.Rule]
					c[1]++
					perRule[x.Rule] = c
					break
				}
			}
		}
	}
	for _, k := range Kinds() {
		if perRule[k][0] == 0 {
			t.Errorf("no %s fault in the corpus: the test would not know whether lkjip finds it", k)
		}
	}
	if injected == 0 {
		t.Fatal("no fault injected")
	}
	t.Logf("%d files (%d with faults): %d faults injected, %d found: recall %d.%02d %%; %d findings beyond them (warnings and notes; errors fail the test)",
		n, faulty, injected, found, found*100/injected, found*10000/injected%100, extra)
	var b bytes.Buffer
	for _, k := range Kinds() {
		b.WriteString(" " + k + " " + strconv.Itoa(perRule[k][1]) + "/" + strconv.Itoa(perRule[k][0]))
	}
	t.Logf("found/injected per rule:%s", b.String())
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
		if len(f.Faults) != len(f.Kinds) {
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
		if _, faults := Workbook(f.Seed, f.Unit, f.Kabupaten, f.Year, f.Kinds); !slices.Equal(faults, f.Faults) {
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
