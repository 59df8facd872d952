package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"lkjip/reconcile"
	"lkjip/reconcile/config"
	"lkjip/reconcile/report"
	"lkjip/rules"
)

// parse parses flags that may stand before or after the paths, as users type them.
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	var rest []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return rest, nil
		}
		rest = append(rest, args[0])
		args = args[1:]
	}
}

func check(args []string, stdout, stderr io.Writer) int {
	start := time.Now() // the reports' provenance records when the run began
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	c := newCommand("lkjip", fs, stdout, stderr)
	formatName := fs.String("format", "", report.FormatNames())
	verbose := fs.Bool("verbose", false, "verbose")
	quiet := fs.Bool("quiet", false, "no progress bar")
	recap := fs.String("recap", "", "recap file (.xlsx or .csv)")
	var fix string
	fs.StringVar(&fix, "fix", "", "corrected copy of the workbook")
	fs.StringVar(&fix, "perbaiki", "", "corrected copy of the workbook")
	paths, code, done := parseFlags(fs, args, stdout, stderr)
	if done {
		return code
	}
	if !validLang(*c.lang, stderr) {
		return 2
	}
	format, msg := outputFormat(*formatName, *c.out)
	if msg != nil {
		return c.fail(*msg)
	}
	if len(paths) == 0 {
		fmt.Fprint(stderr, usageID)
		return 2
	}
	if ext := strings.ToLower(filepath.Ext(*recap)); *recap != "" && ext != ".xlsx" && ext != ".csv" {
		return c.fail(reconcile.Msg("--recap menulis .xlsx atau .csv.", "--recap writes .xlsx or .csv."))
	}
	if *c.annotate != "" {
		if msg := copyTarget("--annotate", *c.annotate, paths); msg != nil {
			return c.fail(*msg)
		}
	}
	if fix != "" {
		if msg := copyTarget("--fix", fix, paths); msg != nil {
			return c.fail(*msg)
		}
	}
	if *c.lra != "" {
		if msg := oneWorkbook(paths, reconcile.Msg("--lra membandingkan satu buku kerja dengan ekspor LRA-nya", "--lra compares one workbook with its LRA export")); msg != nil {
			return c.fail(*msg)
		}
	}
	inputs, missing := present(reconcile.Expand(paths))
	for _, m := range missing {
		// A path that names nothing was not checked: said on stderr, and not counted among
		// the files checked (exit status 2).
		fmt.Fprintln(stderr, "lkjip: "+m.In(*c.lang))
	}
	if len(inputs) == 0 {
		return 2
	}
	checker := c.prepare(inputs, reconcile.Output{Option: "--recap", Path: *recap}, reconcile.Output{Option: "--fix", Path: fix})
	if checker == nil {
		return 2
	}
	reconcile.Verbose = *verbose
	checker.Options.Summarize = rules.Summarize
	checker.Progress = progressBar(stderr, *quiet)
	if len(inputs) > 1 {
		tuneForBatch()
		// The findings wait on disk until printed; without a temporary folder they stay in
		// memory, as for a single file.
		if spill, err := reconcile.NewSpill(); err == nil {
			defer spill.Close()
			checker.Options.Spill = spill
		}
	}
	defer startProfile(stderr)()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	results, err := checker.Check(ctx, inputs)
	if err != nil {
		return c.fail(reconcile.Msg("dihentikan sebelum selesai; tidak ada yang ditulis.", "stopped before the end; nothing was written."))
	}
	if len(inputs) > 1 && *c.lra == "" {
		results = c.pairExports(checker, inputs, results)
	}
	prov := c.provenance(start, func(p *reconcile.Provenance) { p.AddResults("", results...) })
	for _, a := range reconcile.UnusedAcceptances(c.settings, results) {
		// Said on stderr, without changing the exit status: UM015 reports an acceptance in the
		// workbook it names, and this one's workbook was not checked.
		fmt.Fprintln(stderr, reconcile.Msg("%s: penerimaan %s untuk berkas %q tidak dipakai: berkas itu tidak ikut diperiksa.",
			"%s: the acceptance of %s for the file %q was not used: that file was not checked.", a.At, a.Rule, a.File).In(*c.lang))
	}

	// A copy or a recap that cannot be written is said on stderr and makes the exit status 2,
	// but the report is still printed: the check's findings stand without the copy.
	copyFailed := false
	if *c.annotate != "" {
		if results[0].Err != nil {
			fmt.Fprintln(stderr, "lkjip: "+reconcile.Msg("--annotate %s tidak ditulis: buku kerjanya tidak dapat diperiksa.",
				"--annotate %s was not written: the workbook could not be checked.", *c.annotate).In(*c.lang))
		} else if !c.writeFile("--annotate", *c.annotate, func(w io.Writer) error {
			return report.Annotate(w, results[0], *c.lang, prov, report.AnnotateOptions{Password: *c.password, MaxUnzipSize: int64(c.settings.MaxUnzipMiB) << 20})
		}) {
			copyFailed = true
		}
	}
	if fix != "" {
		if results[0].Err != nil {
			fmt.Fprintln(stderr, "lkjip: "+reconcile.Msg("--fix %s tidak ditulis: buku kerjanya tidak dapat diperiksa.",
				"--fix %s was not written: the workbook could not be checked.", fix).In(*c.lang))
		} else if !c.writeFile("--fix", fix, func(w io.Writer) error {
			return report.Fix(w, results[0], *c.lang, prov, report.FixOptions{Password: *c.password, MaxUnzipSize: int64(c.settings.MaxUnzipMiB) << 20})
		}) {
			copyFailed = true
		}
	}
	if *recap != "" {
		write := report.RecapXLSX
		if strings.EqualFold(filepath.Ext(*recap), ".csv") {
			write = report.RecapCSV
		}
		if !c.writeFile("--recap", *recap, func(w io.Writer) error { return write(w, results, *c.lang) }) {
			copyFailed = true
		}
	}
	opt := report.Options{Lang: *c.lang, Verbose: *verbose, Provenance: prov, Width: terminalWidth(stdout)}
	if !c.emit(func(w io.Writer) error { return format.Write(w, results, opt) }) || copyFailed || len(missing) > 0 {
		return 2
	}
	return reconcile.ExitCode(results)
}

// present splits the inputs into those to check and what the paths that name nothing say
// (Expand marks them not-found): a file that does not exist, a folder without workbooks.
func present(inputs []reconcile.Input) (out []reconcile.Input, missing []reconcile.Text) {
	for _, in := range inputs {
		if in.Err != nil && in.Err.Code == "not-found" {
			missing = append(missing, in.Err.Message)
		} else {
			out = append(out, in)
		}
	}
	return out, missing
}

// outputFormat chooses the report's format: --format, else the extension of -o, else text.
// An -o whose extension is another format's is refused: the file would not hold what its
// name says.
func outputFormat(name, out string) (*report.Format, *reconcile.Text) {
	var f *report.Format
	if name != "" {
		if f = report.FormatNamed(name); f == nil {
			m := reconcile.Msg("--format harus salah satu dari %s.", "--format must be one of %s.", strings.ReplaceAll(report.FormatNames(), "|", ", "))
			return nil, &m
		}
	}
	if out != "" {
		ext := strings.ToLower(filepath.Ext(out))
		if ext == ".xlsx" || ext == ".xlsm" {
			m := reconcile.Msg("-o %s: -o menulis laporan (%s); buku kerja ditulis dengan --annotate (salinan bertanda), --fix (salinan yang diperbaiki) atau --recap (rekap).",
				"-o %s: -o writes the report (%s); a workbook is written with --annotate (the annotated copy), --fix (the corrected copy) or --recap (the recap).", out, report.FormatNames())
			return nil, &m
		}
		if byExt := report.FormatOfFile(out); byExt != nil {
			if f != nil && f != byExt {
				m := reconcile.Msg("-o %s berakhiran %s (bentuk %s) tetapi --format %s. Samakan keduanya.",
					"-o %s ends in %s (the %s format) but --format is %s. Make them agree.", out, filepath.Ext(out), byExt.Name, f.Name)
				return nil, &m
			}
			f = byExt
		}
	}
	if f == nil {
		f = report.Formats[0]
	}
	return f, nil
}

// validLang says on stderr when --lang is neither id nor en.
func validLang(lang string, stderr io.Writer) bool {
	if lang == "id" || lang == "en" {
		return true
	}
	fmt.Fprintf(stderr, "lkjip: --lang harus id atau en / must be id or en\n")
	return false
}

// loadSettings reads the --config file, or gives the defaults when there is none. A file
// that cannot be used is said on stderr (naming its line) and ok is false: the command then
// exits 2.
func loadSettings(file, lang string, stderr io.Writer) (s *reconcile.Settings, ok bool) {
	if file == "" {
		return reconcile.DefaultSettings(), true
	}
	loaded, err := config.Load(file, rules.All)
	if err != nil {
		var ce *config.Error
		if errors.As(err, &ce) {
			fmt.Fprintln(stderr, ce.In(lang))
		} else {
			fmt.Fprintf(stderr, "lkjip: %v\n", err)
		}
		return nil, false
	}
	return loaded, true
}

// oneWorkbook says what is wrong when an option that takes one workbook gets several files
// or a folder; what names the option's purpose.
func oneWorkbook(paths []string, what reconcile.Text) *reconcile.Text {
	if len(paths) != 1 {
		m := reconcile.Msg("%s; berikan tepat satu buku kerja.", "%s; give exactly one workbook.", what)
		return &m
	}
	if info, err := os.Stat(paths[0]); err == nil && info.IsDir() {
		m := reconcile.Msg("%s, bukan sebuah folder.", "%s, not a folder.", what)
		return &m
	}
	return nil
}

// copyTarget says what is wrong with a request for a copy of the workbook (--annotate, --fix),
// or nil: it takes one workbook, and the copy keeps its extension (an .xlsm saved as .xlsx is
// refused by Excel). That it is not an input is CheckOutputs' business.
func copyTarget(option, target string, paths []string) *reconcile.Text {
	what := reconcile.Msg("%s menulis salinan satu buku kerja", "%s writes a copy of one workbook", option)
	if msg := oneWorkbook(paths, what); msg != nil {
		return msg
	}
	if !strings.EqualFold(filepath.Ext(target), filepath.Ext(paths[0])) {
		m := reconcile.Msg("%s %s: salinan harus berakhiran %s seperti berkas yang diperiksa.", "%s %s: the copy must end in %s like the file checked.", option, target, filepath.Ext(paths[0]))
		return &m
	}
	return nil
}
