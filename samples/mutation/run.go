package mutation

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/xuri/excelize/v2"

	"lkjip/reconcile"
	"lkjip/rules"
	"lkjip/samples/build"
	"lkjip/samples/corpus"
)

// Base is one clean workbook the mutants are made of.
type Base struct {
	// Name is what the report calls it: its file name.
	Name string
	Path string
	// Group gathers bases in the report: "bersih-2023 plain", "bersih-2023 text",
	// "corpus".
	Group string
}

// BaseChoice says which bases to mutate.
type BaseChoice struct {
	// Sample is the committed clean workbook (samples/bersih-2023.xlsx), "" for none.
	Sample string
	// Layouts adds the same content (build.Clean) written under every other layout of
	// package build: alias names, title rows, two-row headers, another column order,
	// numbers as text, a hidden row and sheet, an extra sheet and column, all together.
	Layouts bool
	// Corpus is how many clean corpus workbooks to add (corpus.Generate with fault rate 0),
	// drawn with CorpusSeed.
	Corpus     int
	CorpusSeed int64
}

// Bases writes the bases chosen into dir (the layouts and the corpus; the sample is used
// where it is) and lists them: the sample first, then its layouts, then the corpus.
func Bases(dir string, c BaseChoice) ([]Base, error) {
	var out []Base
	if c.Sample != "" {
		out = append(out, Base{Name: filepath.Base(c.Sample), Path: c.Sample, Group: "bersih-2023 plain"})
	}
	if c.Layouts {
		for _, l := range build.Layouts() {
			if l == (build.Layout{}) {
				continue // the sample itself
			}
			name := "bersih-2023-" + strings.ReplaceAll(l.String(), "+", "-") + ".xlsx"
			if l.String() == "alias+titles+tworow+reorder+text+hidden+extra" {
				name = "bersih-2023-all.xlsx"
			}
			p := filepath.Join(dir, name)
			if err := build.Clean().Write(p, l); err != nil {
				return nil, err
			}
			group := "bersih-2023 " + l.String()
			if strings.HasSuffix(name, "-all.xlsx") {
				group = "bersih-2023 all layouts"
			}
			out = append(out, Base{Name: name, Path: p, Group: group})
		}
	}
	if c.Corpus > 0 {
		files, err := corpus.Generate(filepath.Join(dir, "corpus"), c.Corpus, c.CorpusSeed, nil, 0)
		if err != nil {
			return nil, err
		}
		for _, f := range files {
			out = append(out, Base{Name: filepath.Base(f.Path), Path: f.Path, Group: "corpus"})
		}
	}
	return out, nil
}

// BaseResult is what became of one base.
type BaseResult struct {
	Base
	// LeftOut says why the base was not mutated ("" when it was): it is not clean (lkjip
	// finds something in it), not clean once excelize has rewritten it, or unreadable.
	LeftOut string
	Mutants int
	// Skipped names the kinds of cell the base has no target for although it has the sheet,
	// and why. Inert counts the typos not made because they change no other figure (a
	// Rentang realisasi that stays inside its ranges).
	Skipped map[string]string
	Inert   int
}

// Options control a run.
type Options struct {
	Choice
	// Workers is how many mutants are checked at once (0: one per core).
	Workers int
	// Dir is where the mutants are written and removed again; a temporary folder when "".
	Dir string
	// Progress, when set, is called after each mutant with the count done.
	Progress func(done, total int)
}

// Report is the outcome of a run.
type Report struct {
	Bases    []BaseResult
	Outcomes []Outcome
	Choice   Choice
}

// Run checks every base, makes the mutants of the clean ones, checks each mutant with every
// rule on all cores and scores it.
func Run(ctx context.Context, bases []Base, opt Options) (*Report, error) {
	dir := opt.Dir
	if dir == "" {
		d, err := os.MkdirTemp("", "lkjip-mutants-")
		if err != nil {
			return nil, err
		}
		defer os.RemoveAll(d)
		dir = d
	}
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}

	// The bases, each checked as it is and as excelize rewrites it unchanged (every mutant is
	// such a rewrite: a base lkjip reads differently once rewritten would blame the mutation
	// for the rewriting).
	rep := &Report{Bases: make([]BaseResult, len(bases)), Choice: opt.Choice}
	contents := make([][]byte, len(bases))
	perBase := make([][]Mutant, len(bases))
	parallel(len(bases), workers, func(i int) {
		b := bases[i]
		br := &rep.Bases[i]
		br.Base = b
		data, err := os.ReadFile(b.Path)
		if err != nil {
			br.LeftOut = err.Error()
			return
		}
		if why := notClean(b.Path, b.Name); why != "" {
			br.LeftOut = "not clean: " + why
			return
		}
		again := filepath.Join(dir, fmt.Sprintf("base-%d.xlsx", i))
		if err := rewrite(data, again); err != nil {
			br.LeftOut = "excelize cannot rewrite it: " + err.Error()
			return
		}
		defer os.Remove(again)
		if why := notClean(again, b.Name); why != "" {
			br.LeftOut = "not clean once rewritten by excelize: " + why
			return
		}
		w, ferr := reconcile.Read(b.Path, reconcile.Options{})
		if ferr != nil {
			br.LeftOut = ferr.Error()
			return
		}
		targets, skipped := Targets(w)
		br.Skipped = skipped
		contents[i] = data
		perBase[i], br.Inert = Mutants(b.Name, targets, opt.Choice)
		br.Mutants = len(perBase[i])
	})

	type job struct {
		base int
		m    Mutant
	}
	var jobs []job
	for i, ms := range perBase {
		for _, m := range ms {
			jobs = append(jobs, job{i, m})
		}
	}
	rep.Outcomes = make([]Outcome, len(jobs))
	var done atomic.Int64
	var progress sync.Mutex
	checkers := make(chan *reconcile.Checker, workers)
	for range workers {
		checkers <- &reconcile.Checker{Rules: rules.All}
	}
	parallel(len(jobs), workers, func(i int) {
		if ctx.Err() != nil {
			return
		}
		j := jobs[i]
		p := filepath.Join(dir, fmt.Sprintf("mutant-%d.xlsx", i))
		if err := j.m.Write(contents[j.base], p); err != nil {
			rep.Outcomes[i] = Outcome{Mutant: j.m, Broken: "the mutant could not be written: " + err.Error()}
		} else {
			c := <-checkers
			w, res := c.CheckWorkbook(reconcile.Input{Path: p, Name: j.m.Base})
			checkers <- c
			rep.Outcomes[i] = Score(j.m, res, w)
			os.Remove(p)
		}
		if opt.Progress != nil {
			n := done.Add(1)
			progress.Lock()
			opt.Progress(int(n), len(jobs))
			progress.Unlock()
		}
	})
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return rep, nil
}

// notClean checks a base: "" when lkjip finds nothing in it, else what it finds.
func notClean(path, name string) string {
	res := reconcile.CheckFile(path, rules.All, nil, reconcile.Options{})
	if res.Err != nil {
		return res.Err.Error()
	}
	if len(res.Findings) == 0 {
		return ""
	}
	var said []string
	for i, f := range res.Findings {
		if i == 3 {
			said = append(said, fmt.Sprintf("and %d more", len(res.Findings)-3))
			break
		}
		said = append(said, describe(f))
	}
	return fmt.Sprintf("%d findings: %s", len(res.Findings), strings.Join(said, "; "))
}

// rewrite writes a workbook's bytes through excelize unchanged.
func rewrite(data []byte, path string) error {
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		return err
	}
	defer f.Close()
	return save(f, path)
}

// parallel runs fn(0..n-1) on workers goroutines.
func parallel(n, workers int, fn func(i int)) {
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(workers, max(n, 1)) {
		wg.Go(func() {
			for i := range next {
				fn(i)
			}
		})
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}
