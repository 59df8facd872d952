// Command mutate runs the mutation benchmark of single mistakes (package
// lkjip/samples/mutation): it changes one figure at a time in clean workbooks (the committed
// samples/bersih-2023.xlsx, the same content under every other layout, and clean corpus
// workbooks), checks each changed copy with every rule on all cores, and prints per kind of
// cell and overall how often lkjip names the changed cell, names another cell as an error, and
// expects the original figure, beside the targets, with examples of each failure. Run from the
// module root:
//
//	go run ./samples/mutate [-n 30] [-seed 1] [-cells 3] [-text 25] [-layouts=true] [-examples 6]
//
// It exits 0 when every target is met, 1 when one is missed, 2 when the benchmark itself is
// broken (no mutant, a mutant that reads as its original, a base that cannot be prepared).
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"runtime"
	"strings"
	"time"

	"lkjip/samples/mutation"
)

func main() { os.Exit(run()) }

// run runs the benchmark and returns the exit status, so that the deferred removal of the
// temporary folder happens before the exit.
func run() int {
	n := flag.Int("n", 30, "number of clean corpus workbooks to mutate")
	seed := flag.Int64("seed", 1, "seed of the corpus and of the cells drawn")
	cells := flag.Int("cells", 3, "cells of each kind changed per workbook, drawn at random (0: every cell)")
	text := flag.Int("text", 25, "percentage of the typos also written as Indonesian text (0-100)")
	typos := flag.String("typos", strings.Join(mutation.Typos, ","), "typos to make: digit, swap")
	kinds := flag.String("kinds", "", `only kinds of cell whose name contains one of these, separated by "|" (e.g. "Pengukuran|Ringkasan")`)
	sample := flag.String("sample", "samples/bersih-2023.xlsx", `the committed clean workbook ("" for none)`)
	layouts := flag.Bool("layouts", true, "also mutate the clean workbook written under every other layout")
	examples := flag.Int("examples", 6, "examples printed of each failure")
	workers := flag.Int("j", runtime.GOMAXPROCS(0), "mutants checked at once")
	keep := flag.String("keep", "", "write the bases into this folder and keep them (default: a temporary folder)")
	flag.Parse()
	if *text < 0 || *text > 100 || *cells < 0 || *n < 0 {
		return fail(fmt.Errorf("-text 0-100, -cells >= 0, -n >= 0"))
	}
	choice := mutation.Choice{Cells: *cells, TextShare: *text, Seed: uint64(*seed)}
	for _, t := range strings.Split(*typos, ",") {
		t = strings.TrimSpace(t)
		if t != mutation.Digit && t != mutation.Swap {
			return fail(fmt.Errorf("unknown typo %q (digit, swap)", t))
		}
		choice.Typos = append(choice.Typos, t)
	}
	if *kinds != "" {
		for _, k := range mutation.Kinds {
			for _, w := range strings.Split(*kinds, "|") {
				if w != "" && strings.Contains(strings.ToLower(k), strings.ToLower(w)) {
					choice.Kinds = append(choice.Kinds, k)
					break
				}
			}
		}
		if len(choice.Kinds) == 0 {
			return fail(fmt.Errorf("-kinds %q matches no kind of cell", *kinds))
		}
	}

	dir := *keep
	if dir == "" {
		d, err := os.MkdirTemp("", "lkjip-mutation-")
		if err != nil {
			return fail(err)
		}
		defer os.RemoveAll(d)
		dir = d
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		return fail(err)
	}
	start := time.Now()
	bases, err := mutation.Bases(dir, mutation.BaseChoice{Sample: *sample, Layouts: *layouts, Corpus: *n, CorpusSeed: *seed})
	if err != nil {
		return fail(err)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	tty := false
	if st, err := os.Stderr.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
		tty = true
	}
	opt := mutation.Options{Choice: choice, Workers: *workers}
	if tty {
		opt.Progress = func(done, total int) {
			if done%50 == 0 || done == total {
				fmt.Fprintf(os.Stderr, "\r%d/%d mutants", done, total)
				if done == total {
					fmt.Fprintln(os.Stderr)
				}
			}
		}
	}
	rep, err := mutation.Run(ctx, bases, opt)
	if err != nil {
		return fail(err)
	}
	fmt.Printf("mutation benchmark: %d bases (-n %d -seed %d -cells %d -text %d -layouts=%v), %d mutants checked on %d cores in %s\n",
		len(bases), *n, *seed, *cells, *text, *layouts, len(rep.Outcomes), *workers, time.Since(start).Round(100*time.Millisecond))
	rep.Print(os.Stdout, *examples)
	switch {
	case len(rep.Outcomes) == 0 || len(rep.Broken()) > 0:
		return 2
	case !rep.Total().Met():
		return 1
	}
	return 0
}

// fail says what went wrong and returns the exit status of a broken run.
func fail(err error) int {
	fmt.Fprintln(os.Stderr, "mutate:", err)
	return 2
}
