package main

import (
	"flag"
	"fmt"
	"io"
	"time"

	"lkjip/reconcile"
	"lkjip/reconcile/diff"
	"lkjip/reconcile/report"
)

// runDiff compares two submissions of the same unit and year (lkjip diff OLD NEW): the values
// changed, the rows added and removed, the findings fixed, still open and new. It exits 2 when
// a file cannot be read (or only in part), 1 when NEW still has errors, 0 when NEW is clean:
// see diff.Diff.ExitCode.
func runDiff(args []string, stdout, stderr io.Writer) int {
	start := time.Now() // the reports' provenance records when the run began
	fs := flag.NewFlagSet("diff", flag.ContinueOnError)
	c := newCommand("lkjip diff", fs, stdout, stderr)
	format := fs.String("format", "text", "text|json")
	paths, code, done := parseFlags(fs, args, stdout, stderr)
	if done {
		return code
	}
	if !validLang(*c.lang, stderr) {
		return 2
	}
	if *format != "text" && *format != "json" {
		return c.fail(reconcile.Msg("--format harus text atau json.", "--format must be text or json."))
	}
	if len(paths) != 2 {
		return c.fail(reconcile.Msg("berikan dua berkas, yang lama lalu yang baru: lkjip diff LAMA.xlsx BARU.xlsx",
			"give two files, the old one then the new one: lkjip diff OLD.xlsx NEW.xlsx"))
	}
	if *c.annotate != "" {
		if msg := copyTarget("--annotate", *c.annotate, paths[1:]); msg != nil {
			return c.fail(*msg)
		}
	}
	inputs := reconcile.Inputs(paths...)
	checker := c.prepare(inputs)
	if checker == nil {
		return 2
	}
	defer startProfile(stderr)()
	// The two models are held together until compared: each may hold half the cells one
	// file of its size may.
	checker.Options.Together = 2
	// Each file is checked as a run of its own: the two are one unit and year on purpose, not
	// a double submission (BKS001). The export, when given, is compared with both.
	var sides [2]*diff.Side
	failed := false
	for i, in := range inputs {
		w, res := checker.CheckWorkbook(in)
		if res.Err != nil {
			fmt.Fprintln(stderr, "lkjip diff: "+res.Err.Message.In(*c.lang))
			failed = true
			continue
		}
		sides[i] = &diff.Side{Workbook: w, Result: res}
	}
	if failed {
		return 2
	}
	d := diff.Compare(sides[0], sides[1])
	prov := c.provenance(start, func(p *reconcile.Provenance) {
		p.AddResults("old", sides[0].Result)
		p.AddResults("new", sides[1].Result)
	})
	if *c.annotate != "" && !c.writeFile("--annotate", *c.annotate, func(w io.Writer) error {
		return report.DiffAnnotate(w, d, *c.lang, prov, report.AnnotateOptions{Password: *c.password, MaxUnzipSize: int64(c.settings.MaxUnzipMiB) << 20})
	}) {
		return 2
	}
	if !c.emit(func(w io.Writer) error {
		if *format == "json" {
			return report.DiffJSON(w, d, *c.lang, prov)
		}
		return report.DiffText(w, d, *c.lang, terminalWidth(w))
	}) {
		return 2
	}
	return d.ExitCode()
}
