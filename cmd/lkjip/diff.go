package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"time"

	"lkjip/reconcile"
	"lkjip/reconcile/diff"
	"lkjip/reconcile/report"
	"lkjip/rules"
)

// runDiff compares two submissions of the same unit and year (lkjip diff OLD NEW): the values
// changed, the rows added and removed, the findings fixed, still open and new. It exits 2 when
// a file cannot be read (or only in part), 1 when NEW still has errors, 0 when NEW is clean:
// see diff.Diff.ExitCode.
func runDiff(args []string, stdout, stderr io.Writer) int {
	start := time.Now() // the reports' provenance records when the run began
	fs := flag.NewFlagSet("diff", flag.ContinueOnError)
	fs.SetOutput(stderr)
	lang := fs.String("lang", "id", "id|en")
	format := fs.String("format", "text", "text|json")
	out := fs.String("o", "", "output file")
	annotate := fs.String("annotate", "", "annotated copy of the new workbook")
	password := fs.String("password", "", "workbook password (both files)")
	configFile := fs.String("config", "", "settings file")
	lra := fs.String("lra", "", "the finance system's LRA export to compare both workbooks with")
	fs.Usage = func() { fmt.Fprint(stderr, usageID) }
	paths, err := parse(fs, args)
	if err != nil {
		return 2
	}
	if !validLang(*lang, stderr) {
		return 2
	}
	fail := func(m reconcile.Text) int {
		fmt.Fprintln(stderr, "lkjip diff: "+m.In(*lang))
		return 2
	}
	if *format != "text" && *format != "json" {
		return fail(reconcile.Msg("--format harus text atau json.", "--format must be text or json."))
	}
	if len(paths) != 2 {
		return fail(reconcile.Msg("berikan dua berkas, yang lama lalu yang baru: lkjip diff LAMA.xlsx BARU.xlsx",
			"give two files, the old one then the new one: lkjip diff OLD.xlsx NEW.xlsx"))
	}
	if *annotate != "" {
		if msg := annotateTarget(*annotate, paths[1:]); msg != nil {
			return fail(*msg)
		}
	}
	// Nothing is read before the outputs are known to leave every input whole.
	inputs := reconcile.Inputs(paths...)
	outputs := []reconcile.Output{{Option: "-o", Path: *out}, {Option: "--annotate", Path: *annotate}}
	if msg := reconcile.CheckOutputs(outputs, inputs, *configFile, *lra); msg != nil {
		return fail(*msg)
	}
	settings, ok := loadSettings(*configFile, *lang, stderr)
	if !ok {
		return 2
	}
	export, msg := readExport(*lra, settings)
	if msg != nil {
		return fail(*msg)
	}
	// Each file is checked as a run of its own: the two are one unit and year on purpose, not
	// a double submission (BKS001).
	checker := newChecker(settings, *lang, *password, export)
	var sides [2]*diff.Side
	failed := false
	for i, in := range inputs {
		w, res := checker.CheckWorkbook(in)
		if res.Err != nil {
			fmt.Fprintln(stderr, "lkjip diff: "+res.Err.Message.In(*lang))
			failed = true
			continue
		}
		sides[i] = &diff.Side{Workbook: w, Result: res}
	}
	if failed {
		return 2
	}
	d := diff.Compare(sides[0], sides[1])
	prov := reconcile.NewProvenance(rules.All, settings, start)
	prov.AddResults("old", sides[0].Result)
	prov.AddResults("new", sides[1].Result)
	if *lra != "" {
		prov.Add(*lra, "lra")
	}

	if *annotate != "" {
		err := reconcile.WriteFile(*annotate, func(w io.Writer) error {
			return report.DiffAnnotate(w, d, *lang, prov, report.AnnotateOptions{Password: *password})
		})
		if err != nil {
			return writeFailed(stderr, "--annotate", err, *lang)
		}
	}
	render := func(w io.Writer) error {
		if *format == "json" {
			return report.DiffJSON(w, d, *lang, prov)
		}
		return report.DiffText(w, d, *lang)
	}
	if *out != "" {
		if err := reconcile.WriteFile(*out, render); err != nil {
			return writeFailed(stderr, "-o", err, *lang)
		}
	} else {
		bw := bufio.NewWriter(stdout)
		if err := errors.Join(render(bw), bw.Flush()); err != nil {
			fmt.Fprintf(stderr, "lkjip diff: %v\n", err)
			return 2
		}
	}
	return d.ExitCode()
}
