// Command lkjip checks the numbers of an LKjIP workbook (Laporan Kinerja Instansi
// Pemerintah) before anyone signs it.
//
//	lkjip check FILE|FOLDER...   check workbooks and print every inconsistent figure
//	lkjip rules                  list the rule catalogue
//	lkjip explain ID             print a rule's documentation
//	lkjip config                 print the default settings file, commented
//
// The command only parses flags and chooses the output; reading and checking live in package
// reconcile, the rules in package rules, the printers in package report.
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"sort"
	"strings"
	"time"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/tw"

	"lkjip/reconcile"
	"lkjip/reconcile/config"
	"lkjip/reconcile/report"
	"lkjip/rules"
)

const usageID = `lkjip memeriksa angka buku kerja LKjIP sebelum ditandatangani.

Pemakaian:
  lkjip check [opsi] BERKAS|FOLDER...   periksa buku kerja (.xlsx, .xlsm)
  lkjip diff [opsi] LAMA.xlsx BARU.xlsx bandingkan dua kiriman unit dan tahun yang sama:
                                        isi yang berubah, baris ditambah/dihapus, temuan
                                        diperbaiki, masih ada dan baru (opsi: --lang,
                                        --format text|json, -o, --annotate SALINAN.xlsx,
                                        --password, --config); status 1 bila BARU masih
                                        bergalat
  lkjip rules [--lang en]               daftar aturan pemeriksaan
  lkjip explain [--lang en] ID          penjelasan satu aturan, dengan contoh
  lkjip template --tahun T --instansi NAMA -o BERKAS.xlsx
                                        buku kerja LKjIP standar, siap diisi
  lkjip config [--lang en]              cetak berkas pengaturan bawaan, berkomentar
  lkjip config --example NAMA           cetak contoh siap pakai (permendagri-86-2017,
                                        rembang-14-kecamatan)
  lkjip serve [opsi]                    halaman pemeriksaan di peramban: seret buku kerja, lihat
                                        temuannya, unduh salinan bertanda dan rekap

Opsi serve:
  --addr HOST:PORT             alamat halaman (bawaan: 127.0.0.1:8080, komputer ini saja)
  --izinkan-jaringan           izinkan alamat yang dijangkau komputer lain (server
                               Inspektorat), mis. --addr :8080 --izinkan-jaringan
  --buka                       buka halaman di peramban
  --config BERKAS, --lang id|en  seperti pada check; bahasa bawaan halaman

Opsi check:
  --config BERKAS              berkas pengaturan YAML (lihat lkjip config)
  --lang id|en                 bahasa pesan (bawaan: id)
  --format text|json|html|csv  bentuk keluaran (bawaan: text)
  -o BERKAS                    tulis keluaran ke berkas
  --annotate SALINAN.xlsx      tulis salinan buku kerja: sel bertemuan diwarnai dan diberi
                               komentar, sheet pertama "Temuan" mendaftar semua temuan
  --password SANDI             kata sandi buku kerja yang dilindungi
  --verbose                    tampilkan sheet yang diabaikan dan jejak kesalahan internal
  --recap REKAP.xlsx|.csv      tulis rekap per unit (galat, pagu, realisasi, % serapan,
                               rata-rata capaian, predikat), .xlsx dengan grafik % serapan
  --quiet                      tanpa baris kemajuan di terminal
  --lra EKSPOR.xlsx            bandingkan Realisasi Anggaran dengan ekspor LRA sistem keuangan
                               (SIPD, SIMDA): setiap angka yang berbeda, kode yang hanya ada di
                               satu sisi, hitungan ekspor sendiri, unit dan periodenya
                               (aturan EKS); satu buku kerja saja

Status keluar: 0 tidak ada galat, 1 ada galat, 2 ada berkas yang tidak dapat diperiksa.
`

const usageEN = `lkjip checks the numbers of an LKjIP workbook before it is signed.

Usage:
  lkjip check [options] FILE|FOLDER...   check workbooks (.xlsx, .xlsm)
  lkjip diff [options] OLD.xlsx NEW.xlsx compare two submissions of one unit and year:
                                         values changed, rows added/removed, findings
                                         fixed, still open and new (options: --lang,
                                         --format text|json, -o, --annotate COPY.xlsx,
                                         --password, --config); exit 1 while NEW has errors
  lkjip rules [--lang en]                list the rule catalogue
  lkjip explain [--lang en] ID           explain one rule, with an example
  lkjip template --tahun YEAR --instansi NAME -o FILE.xlsx
                                         the standard LKjIP workbook, ready to fill
  lkjip config [--lang en]               print the default settings file, commented
  lkjip config --example NAME            print a ready example (permendagri-86-2017,
                                         rembang-14-kecamatan)
  lkjip serve [options]                  the checking page in a browser: drop workbooks, see
                                         their findings, download annotated copies and the recap

serve options:
  --addr HOST:PORT             the page's address (default: 127.0.0.1:8080, this computer only)
  --public                     allow an address other computers reach (the Inspektorat's
                               server), e.g. --addr :8080 --public (also --izinkan-jaringan)
  --open                       open the page in the browser (also --buka)
  --config FILE, --lang id|en  as for check; the page's default language

check options:
  --config FILE                YAML settings file (see lkjip config)
  --lang id|en                 message language (default: id)
  --format text|json|html|csv  output format (default: text)
  -o FILE                      write the output to a file
  --annotate COPY.xlsx         write a copy of the workbook: cells with findings coloured and
                               commented, a first sheet "Temuan" listing every finding
  --password PASS              password of a protected workbook
  --verbose                    show ignored sheets and internal error traces
  --recap RECAP.xlsx|.csv      write a recap by unit (errors, budget, realised, % absorbed,
                               average capaian, predikat); .xlsx with a chart of % absorbed
  --quiet                      no progress bar on the terminal
  --lra EXPORT.xlsx            compare the Realisasi Anggaran with the finance system's LRA
                               export (SIPD, SIMDA): every figure that differs, codes in one
                               source only, the export's own arithmetic, its unit and period
                               (the EKS rules); one workbook only

Exit status: 0 no error, 1 errors found, 2 some file could not be checked.
`

// pageWithoutArgs makes lkjip without arguments serve the checking page and open it: on
// Windows, finance staff double-click lkjip.exe, and a usage text would flash in a window
// that closes at once.
var pageWithoutArgs = runtime.GOOS == "windows"

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// tuneForBatch sets the collector for a batch: each check allocates many short-lived values
// (XML tokens, cells) and a batch keeps little of them, so the collector may wait longer
// between cycles, within a soft memory limit that keeps thousands of files under 150 MB. A
// single file keeps the defaults: a 100,000-row sheet lives larger than that limit, and the
// collector would run without end. GOGC and GOMEMLIMIT in the environment still win.
func tuneForBatch() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(100 << 20)
	}
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 && pageWithoutArgs {
		fmt.Fprintln(stderr, reconcile.Msg("lkjip tanpa perintah membuka halaman pemeriksaan; `lkjip help` menjelaskan perintah lainnya.",
			"lkjip without a command opens the checking page; `lkjip help` explains the other commands.").ID)
		return runServe([]string{"--buka"}, stdout, stderr)
	}
	if len(args) == 0 {
		fmt.Fprint(stderr, usageID)
		return 2
	}
	switch args[0] {
	case "check":
		return check(args[1:], stdout, stderr)
	case "rules":
		return listRules(args[1:], stdout, stderr)
	case "explain":
		return explain(args[1:], stdout, stderr)
	case "template":
		return runTemplate(args[1:], stdout, stderr)
	case "config":
		return printConfig(args[1:], stdout, stderr)
	case "diff":
		return runDiff(args[1:], stdout, stderr)
	case "serve":
		return runServe(args[1:], stdout, stderr)
	case "help", "-h", "--help":
		if hasEN(args) {
			fmt.Fprint(stdout, usageEN)
		} else {
			fmt.Fprint(stdout, usageID)
		}
		return 0
	}
	if strings.HasSuffix(strings.ToLower(args[0]), ".xlsx") || strings.HasSuffix(strings.ToLower(args[0]), ".xlsm") {
		return check(args, stdout, stderr) // "lkjip FILE.xlsx" means check
	}
	fmt.Fprintf(stderr, "lkjip: perintah tidak dikenal %q / unknown command\n\n%s", args[0], usageID)
	return 2
}

func hasEN(args []string) bool {
	for i, a := range args {
		if a == "--lang=en" || a == "-lang=en" || (a == "--lang" || a == "-lang") && i+1 < len(args) && args[i+1] == "en" {
			return true
		}
	}
	return false
}

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
	fs.SetOutput(stderr)
	lang := fs.String("lang", "id", "id|en")
	format := fs.String("format", "text", "text|json|html|csv")
	annotate := fs.String("annotate", "", "annotated copy of the workbook")
	out := fs.String("o", "", "output file")
	password := fs.String("password", "", "workbook password")
	configFile := fs.String("config", "", "settings file")
	verbose := fs.Bool("verbose", false, "verbose")
	quiet := fs.Bool("quiet", false, "no progress bar")
	recap := fs.String("recap", "", "recap file (.xlsx or .csv)")
	lra := fs.String("lra", "", "the finance system's LRA export to compare with")
	fs.Usage = func() { fmt.Fprint(stderr, usageID) }
	paths, err := parse(fs, args)
	if err != nil {
		return 2
	}
	if !validLang(*lang, stderr) {
		return 2
	}
	switch *format {
	case "text", "json", "html", "csv":
	default:
		fmt.Fprintf(stderr, "lkjip: --format harus text, json, html atau csv / must be text, json, html or csv\n")
		return 2
	}
	if len(paths) == 0 {
		fmt.Fprint(stderr, usageID)
		return 2
	}
	if ext := strings.ToLower(filepath.Ext(*recap)); *recap != "" && ext != ".xlsx" && ext != ".csv" {
		fmt.Fprintf(stderr, "lkjip: --recap menulis .xlsx atau .csv / writes .xlsx or .csv\n")
		return 2
	}
	if *annotate != "" {
		if msg := annotateTarget(*annotate, paths); msg != nil {
			fmt.Fprintln(stderr, "lkjip: "+msg.In(*lang))
			return 2
		}
	}
	reconcile.Verbose = *verbose
	settings, ok := loadSettings(*configFile, *lang, stderr)
	if !ok {
		return 2
	}
	settings.Lang = *lang
	opt := reconcile.Options{Password: *password, MaxUnzipSize: int64(settings.MaxUnzipMiB) << 20, OnlyLang: *lang}

	opt.Summarize = rules.Summarize
	if *lra != "" {
		export, msg := readLRA(*lra, paths, opt)
		if msg != nil {
			fmt.Fprintln(stderr, "lkjip: "+msg.In(*lang))
			return 2
		}
		opt.Export = export
	}
	inputs := withoutOutputs(expand(paths), *out, *annotate, *recap)
	if len(inputs) > 1 {
		tuneForBatch()
		// The findings wait on disk until printed; without a temporary folder they stay in
		// memory, as for a single file.
		if spill, err := reconcile.NewSpill(); err == nil {
			defer spill.Close()
			opt.Spill = spill
		}
	}
	defer startProfile(stderr)()
	results := checkAll(inputs, settings, opt, progressBar(stderr, *quiet))
	results = append(results, reconcile.RunBatch(results, rules.All, settings)...)
	// How the reports were made: the tool, the catalogue, the settings file's hash, the time
	// and every input's hash (each result carries its file's, computed as it was checked).
	prov := reconcile.NewProvenance(rules.All, settings, start)
	prov.AddResults("", results...)
	if *lra != "" {
		prov.Add(*lra, "lra")
	}
	for _, a := range reconcile.UnusedAcceptances(settings, results) {
		// Said on stderr, without changing the exit status: UM015 reports an acceptance in the
		// workbook it names, and this one's workbook was not checked.
		m := reconcile.Msg("%s: penerimaan %s untuk berkas %q tidak dipakai: berkas itu tidak ikut diperiksa.",
			"%s: the acceptance of %s for the file %q was not used: that file was not checked.", a.At, a.Rule, a.File)
		fmt.Fprintln(stderr, m.In(*lang))
	}

	render := func(w io.Writer) error {
		switch *format {
		case "json":
			return report.JSON(w, results, *lang, prov)
		case "html":
			return report.HTML(w, results, *lang, prov)
		case "csv":
			return report.CSV(w, results, *lang)
		}
		return report.Text(w, results, *lang, *verbose)
	}
	if *annotate != "" && results[0].Err == nil {
		err := writeAtomic(*annotate, func(w io.Writer) error {
			return report.Annotate(w, results[0], *lang, prov, report.AnnotateOptions{Password: *password})
		})
		if err != nil {
			fmt.Fprintf(stderr, "lkjip: --annotate: %v\n", err)
			return 2
		}
	}
	if *recap != "" {
		write := report.RecapXLSX
		if strings.EqualFold(filepath.Ext(*recap), ".csv") {
			write = report.RecapCSV
		}
		if err := writeAtomic(*recap, func(w io.Writer) error { return write(w, results, *lang) }); err != nil {
			fmt.Fprintf(stderr, "lkjip: --recap: %v\n", err)
			return 2
		}
	}
	if *out != "" {
		err = writeAtomic(*out, render)
	} else {
		bw := bufio.NewWriter(stdout)
		err = errors.Join(render(bw), bw.Flush())
	}
	if err != nil {
		fmt.Fprintf(stderr, "lkjip: %v\n", err)
		return 2
	}
	return reconcile.ExitCode(results)
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

// annotateTarget says what is wrong with an --annotate request, or nil: it takes one
// workbook, and its output must never be that workbook (an input is never written).
func annotateTarget(target string, paths []string) *reconcile.Text {
	if len(paths) != 1 {
		m := reconcile.Msg("--annotate menulis salinan satu buku kerja; berikan tepat satu berkas.", "--annotate writes a copy of one workbook; give exactly one file.")
		return &m
	}
	if info, err := os.Stat(paths[0]); err == nil && info.IsDir() {
		m := reconcile.Msg("--annotate menulis salinan satu buku kerja, bukan folder.", "--annotate writes a copy of one workbook, not of a folder.")
		return &m
	}
	if !strings.EqualFold(filepath.Ext(target), filepath.Ext(paths[0])) {
		// A copy keeps the input's content type: an .xlsm saved as .xlsx is refused by Excel.
		m := reconcile.Msg("--annotate %s: salinan harus berakhiran %s seperti berkas yang diperiksa.", "--annotate %s: the copy must end in %s like the file checked.", target, filepath.Ext(paths[0]))
		return &m
	}
	in, err1 := os.Stat(paths[0])
	out, err2 := os.Stat(target)
	a1, _ := filepath.Abs(paths[0])
	a2, _ := filepath.Abs(target)
	if a1 == a2 || err1 == nil && err2 == nil && os.SameFile(in, out) {
		m := reconcile.Msg("--annotate %s akan menimpa berkas yang diperiksa; pilih nama lain.", "--annotate %s would overwrite the file being checked; choose another name.", target)
		return &m
	}
	return nil
}

// checkAll checks the inputs on all cores, keeping their order; inputs that are already known
// to be unreadable (a folder that cannot be walked) keep their error.
func checkAll(inputs []input, settings *reconcile.Settings, opt reconcile.Options, progress func(done, total int)) []*reconcile.Result {
	var paths []string
	for _, in := range inputs {
		if in.err == nil {
			paths = append(paths, in.path)
		}
	}
	checked := reconcile.CheckAll(paths, rules.All, settings, opt, progress)
	results := make([]*reconcile.Result, 0, len(inputs))
	for _, in := range inputs {
		if in.err != nil {
			results = append(results, &reconcile.Result{Path: in.path, Err: in.err})
			continue
		}
		results = append(results, checked[0])
		checked = checked[1:]
	}
	return results
}

// withoutOutputs leaves this run's own output files out of the inputs: a recap or an
// annotated copy written into the folder being checked is not a submission.
func withoutOutputs(inputs []input, outputs ...string) []input {
	skip := map[string]bool{}
	for _, o := range outputs {
		if o != "" {
			if abs, err := filepath.Abs(o); err == nil {
				skip[abs] = true
			}
		}
	}
	var kept []input
	for _, in := range inputs {
		if abs, err := filepath.Abs(in.path); err == nil && skip[abs] {
			continue
		}
		kept = append(kept, in)
	}
	return kept
}

type input struct {
	path string
	err  *reconcile.FileError
}

// expand turns the paths given into the workbooks to check: a folder is walked for .xlsx and
// .xlsm files (Excel's "~$" lock files left out), in name order.
func expand(paths []string) []input {
	var out []input
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil || !info.IsDir() {
			out = append(out, input{path: p}) // CheckFile says what is wrong with it
			continue
		}
		var found []string
		walkErr := filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				out = append(out, input{path: path, err: &reconcile.FileError{Code: "unreadable", Message: reconcile.Msg(
					"%s: folder tidak dapat dibaca (%v).", "%s: the folder cannot be read (%v).", path, err)}})
				return nil
			}
			name := strings.ToLower(d.Name())
			if !d.IsDir() && !strings.HasPrefix(name, "~$") && (strings.HasSuffix(name, ".xlsx") || strings.HasSuffix(name, ".xlsm")) {
				found = append(found, path)
			}
			return nil
		})
		if walkErr != nil {
			continue
		}
		sort.Strings(found)
		if len(found) == 0 {
			out = append(out, input{path: p, err: &reconcile.FileError{Code: "not-found", Message: reconcile.Msg(
				"%s: folder ini tidak memuat berkas .xlsx atau .xlsm.", "%s: this folder holds no .xlsx or .xlsm file.", p)}})
		}
		for _, f := range found {
			out = append(out, input{path: f})
		}
	}
	return out
}

// writeAtomic writes data to a temporary file beside path and renames it into place, so that
// a failed write never leaves half a file.
func writeAtomic(path string, write func(io.Writer) error) error {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	name := tmp.Name()
	bw := bufio.NewWriter(tmp)
	werr := write(bw)
	ferr := bw.Flush()
	cerr := tmp.Close()
	if err := errors.Join(werr, ferr, cerr); err != nil {
		os.Remove(name)
		return err
	}
	if err := os.Rename(name, path); err != nil {
		os.Remove(name)
		return err
	}
	return nil
}

func listRules(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("rules", flag.ContinueOnError)
	fs.SetOutput(stderr)
	lang := fs.String("lang", "id", "id|en")
	if _, err := parse(fs, args); err != nil {
		return 2
	}
	t := tablewriter.NewTable(stdout, tablewriter.WithHeaderAutoFormat(tw.Off))
	if *lang == "en" {
		t.Header("ID", "Severity", "Title")
	} else {
		t.Header("ID", "Tingkat", "Judul")
	}
	for _, r := range rules.All {
		if err := t.Append([]string{r.ID, report.SeverityName(r.Severity, *lang), r.Title.In(*lang)}); err != nil {
			return 2
		}
	}
	if err := t.Render(); err != nil {
		return 2
	}
	return 0
}

func explain(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("explain", flag.ContinueOnError)
	fs.SetOutput(stderr)
	lang := fs.String("lang", "id", "id|en")
	ids, err := parse(fs, args)
	if err != nil || len(ids) == 0 {
		fmt.Fprint(stderr, usageID)
		return 2
	}
	code := 0
	for _, id := range ids {
		r := rules.ByID(strings.ToUpper(id))
		if r == nil {
			fmt.Fprintf(stderr, "lkjip: aturan %q tidak ada / no such rule; lihat / see `lkjip rules`\n", id)
			code = 2
			continue
		}
		fmt.Fprintf(stdout, "%s (%s): %s\n\n%s\n", r.ID, report.SeverityName(r.Severity, *lang), r.Title.In(*lang), r.Doc.In(*lang))
	}
	return code
}

// printConfig prints the default settings file, commented in the chosen language, or one of
// the shipped examples.
func printConfig(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("config", flag.ContinueOnError)
	fs.SetOutput(stderr)
	lang := fs.String("lang", "id", "id|en")
	example := fs.String("example", "", "example name")
	rest, err := parse(fs, args)
	if err != nil || len(rest) > 0 {
		fmt.Fprint(stderr, usageID)
		return 2
	}
	if *example == "" {
		fmt.Fprint(stdout, config.Default(*lang))
		return 0
	}
	text, ok := config.Example(*example)
	if !ok {
		fmt.Fprintf(stderr, "lkjip: contoh %q tidak ada / no such example; ada / there are: %s\n", *example, strings.Join(config.Examples(), ", "))
		return 2
	}
	fmt.Fprint(stdout, text)
	return 0
}
