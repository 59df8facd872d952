package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
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
	fs.Usage = func() { fmt.Fprint(stderr, usageID) }
	paths, err := parse(fs, args)
	if err != nil {
		return 2
	}
	if !validLang(*lang, stderr) {
		return 2
	}
	if *format != "text" && *format != "json" {
		fmt.Fprintf(stderr, "lkjip diff: --format harus text atau json / must be text or json\n")
		return 2
	}
	if len(paths) != 2 {
		m := reconcile.Msg("lkjip diff: berikan dua berkas, yang lama lalu yang baru: lkjip diff LAMA.xlsx BARU.xlsx",
			"lkjip diff: give two files, the old one then the new one: lkjip diff OLD.xlsx NEW.xlsx")
		fmt.Fprintln(stderr, m.In(*lang))
		return 2
	}
	if msg := diffOutputs(paths, *out, *annotate); msg != nil {
		fmt.Fprintln(stderr, "lkjip diff: "+msg.In(*lang))
		return 2
	}
	settings, ok := loadSettings(*configFile, *lang, stderr)
	if !ok {
		return 2
	}
	settings.Lang = *lang
	opt := reconcile.Options{Password: *password, MaxUnzipSize: int64(settings.MaxUnzipMiB) << 20}

	var sides [2]*diff.Side
	failed := false
	for i, p := range paths {
		side, ferr := diff.Load(p, rules.All, settings, opt)
		if ferr != nil {
			fmt.Fprintln(stderr, "lkjip diff: "+ferr.Message.In(*lang))
			failed = true
			continue
		}
		sides[i] = side
	}
	if failed {
		return 2
	}
	d := diff.Compare(sides[0], sides[1])
	prov := reconcile.NewProvenance(rules.All, settings, start)
	prov.AddResults("old", sides[0].Result)
	prov.AddResults("new", sides[1].Result)

	if *annotate != "" {
		err := writeAtomic(*annotate, func(w io.Writer) error {
			return report.DiffAnnotate(w, d, *lang, prov, report.AnnotateOptions{Password: *password})
		})
		if err != nil {
			fmt.Fprintf(stderr, "lkjip diff: --annotate: %v\n", err)
			return 2
		}
	}
	render := func(w io.Writer) error {
		if *format == "json" {
			return report.DiffJSON(w, d, *lang, prov)
		}
		return report.DiffText(w, d, *lang)
	}
	if *out != "" {
		err = writeAtomic(*out, render)
	} else {
		bw := bufio.NewWriter(stdout)
		err = errors.Join(render(bw), bw.Flush())
	}
	if err != nil {
		fmt.Fprintf(stderr, "lkjip diff: %v\n", err)
		return 2
	}
	return d.ExitCode()
}

// diffOutputs says what is wrong with the outputs asked for, or nil: neither -o nor --annotate
// may be one of the two inputs (an input is never written), and the annotated copy keeps the
// new workbook's extension.
func diffOutputs(inputs []string, out, annotate string) *reconcile.Text {
	for _, o := range []struct{ flag, path string }{{"-o", out}, {"--annotate", annotate}} {
		if o.path == "" {
			continue
		}
		for _, in := range inputs {
			if samePath(in, o.path) {
				m := reconcile.Msg("%s %s akan menimpa berkas yang dibandingkan; pilih nama lain.",
					"%s %s would overwrite a file being compared; choose another name.", o.flag, o.path)
				return &m
			}
		}
	}
	if annotate != "" {
		if msg := annotateTarget(annotate, inputs[1:]); msg != nil {
			return msg
		}
	}
	return nil
}

// samePath reports whether two paths name the same file, or would.
func samePath(a, b string) bool {
	x, err1 := filepath.Abs(a)
	y, err2 := filepath.Abs(b)
	if err1 == nil && err2 == nil && x == y {
		return true
	}
	s1, err1 := os.Stat(a)
	s2, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(s1, s2)
}
