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
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"strings"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/tw"

	"lkjip/reconcile"
	"lkjip/reconcile/config"
	"lkjip/reconcile/report"
	"lkjip/rules"
)

const usageIDText = `lkjip memeriksa angka buku kerja LKjIP sebelum ditandatangani.

Pemakaian:
  lkjip check [opsi] BERKAS|FOLDER...   periksa buku kerja (.xlsx, .xlsm)
  lkjip diff [opsi] LAMA.xlsx BARU.xlsx bandingkan dua kiriman unit dan tahun yang sama:
                                        isi yang berubah, baris ditambah/dihapus, temuan
                                        diperbaiki, masih ada dan baru (opsi: --lang,
                                        --format text|json, -o, --annotate SALINAN.xlsx,
                                        --password, --config, --lra EKSPOR.xlsx); status 1
                                        bila BARU masih ada kesalahan
  lkjip rules [--lang en]               daftar aturan pemeriksaan
  lkjip explain [--lang en] ID          penjelasan satu aturan, dengan contoh
  lkjip template --tahun T --instansi NAMA -o BERKAS.xlsx
                                        buku kerja LKjIP standar, siap diisi
  lkjip config [--lang en]              cetak berkas pengaturan bawaan, berkomentar
  lkjip config --example NAMA           cetak contoh siap pakai (permendagri-86-2017,
                                        rembang-14-kecamatan)
  lkjip serve [opsi]                    halaman pemeriksaan di peramban: seret buku kerja, lihat
                                        temuannya, unduh salinan bertanda dan rekap
  lkjip --version                       versi lkjip
  lkjip PERINTAH --help                 bantuan satu perintah

Opsi serve:
  --addr HOST:PORT             alamat halaman (bawaan: 127.0.0.1:8080, komputer ini saja)
  --izinkan-jaringan[=NAMA,..] izinkan alamat yang dijangkau komputer lain (server
                               Inspektorat), mis. --addr :8080 --izinkan-jaringan; =NAMA
                               menambah nama host yang diketik komputer lain
  --buka                       buka halaman di peramban
  --config BERKAS, --lang id|en  seperti pada check; bahasa bawaan halaman

Opsi check:
  --config BERKAS              berkas pengaturan YAML (lihat lkjip config)
  --lang id|en                 bahasa pesan (bawaan: id)
  --format {formats}  bentuk keluaran (bawaan: text, atau menurut akhiran -o)
  -o BERKAS                    tulis keluaran ke berkas ({exts})
  --annotate SALINAN.xlsx      tulis salinan buku kerja: sel bertemuan diwarnai dan diberi
                               komentar, sheet pertama "Temuan" mendaftar semua temuan
  --fix SALINAN.xlsx           tulis salinan buku kerja yang diperbaiki: isi benar setiap
                               temuan yang punya satu isi benar ditulis ke selnya (sel berumus
                               tidak ditimpa), sheet pertama "Perbaikan" mendaftar perubahan
                               dan temuan yang tidak diterapkan (juga --perbaiki)
  --password SANDI             kata sandi buku kerja yang dilindungi
  --verbose                    tampilkan sheet yang diabaikan dan jejak kesalahan internal
  --recap REKAP.xlsx|.csv      tulis rekap per unit (kesalahan, pagu, realisasi, % serapan,
                               rata-rata capaian, predikat), .xlsx dengan grafik % serapan
  --quiet                      tanpa baris kemajuan di terminal
  --lra EKSPOR.xlsx            bandingkan Realisasi Anggaran dengan ekspor LRA sistem keuangan
                               (SIPD, SIMDA): setiap angka yang berbeda, kode yang hanya ada di
                               satu sisi, hitungan ekspor sendiri, unit dan periodenya
                               (aturan EKS); satu buku kerja saja

Status keluar: 0 tidak ada kesalahan, 1 ada kesalahan, 2 ada berkas yang tidak dapat diperiksa.
`

const usageENText = `lkjip checks the numbers of an LKjIP workbook before it is signed.

Usage:
  lkjip check [options] FILE|FOLDER...   check workbooks (.xlsx, .xlsm)
  lkjip diff [options] OLD.xlsx NEW.xlsx compare two submissions of one unit and year:
                                         values changed, rows added/removed, findings
                                         fixed, still open and new (options: --lang,
                                         --format text|json, -o, --annotate COPY.xlsx,
                                         --password, --config, --lra EXPORT.xlsx); exit 1
                                         while NEW has errors
  lkjip rules [--lang en]                list the rule catalogue
  lkjip explain [--lang en] ID           explain one rule, with an example
  lkjip template --tahun YEAR --instansi NAME -o FILE.xlsx
                                         the standard LKjIP workbook, ready to fill
  lkjip config [--lang en]               print the default settings file, commented
  lkjip config --example NAME            print a ready example (permendagri-86-2017,
                                         rembang-14-kecamatan)
  lkjip serve [options]                  the checking page in a browser: drop workbooks, see
                                         their findings, download annotated copies and the recap
  lkjip --version                        the version of lkjip
  lkjip COMMAND --help                   help on one command

serve options:
  --addr HOST:PORT             the page's address (default: 127.0.0.1:8080, this computer only)
  --public[=NAME,...]          allow an address other computers reach (the Inspektorat's
                               server), e.g. --addr :8080 --public (also --izinkan-jaringan);
                               =NAME adds the host names the other computers type
  --open                       open the page in the browser (also --buka)
  --config FILE, --lang id|en  as for check; the page's default language

check options:
  --config FILE                YAML settings file (see lkjip config)
  --lang id|en                 message language (default: id)
  --format {formats}  output format (default: text, or as -o's extension says)
  -o FILE                      write the output to a file ({exts})
  --annotate COPY.xlsx         write a copy of the workbook: cells with findings coloured and
                               commented, a first sheet "Temuan" listing every finding
  --fix COPY.xlsx              write a corrected copy of the workbook: every finding with one
                               right content gets it written into its cell (formula cells are
                               not overwritten), a first sheet "Perbaikan" listing the changes
                               and the findings not applied (also --perbaiki)
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

// The usage texts name the report formats of report.Formats.
var (
	usageID = usageText(usageIDText)
	usageEN = usageText(usageENText)
)

func usageText(text string) string {
	var exts []string
	for _, f := range report.Formats {
		exts = append(exts, f.Ext)
	}
	return strings.NewReplacer("{formats}", report.FormatNames(), "{exts}", strings.Join(exts, ", ")).Replace(text)
}

// pageWithoutArgs makes lkjip without arguments serve the checking page and open it: on
// Windows, finance staff double-click lkjip.exe, and a usage text would flash in a window
// that closes at once.
var pageWithoutArgs = runtime.GOOS == "windows"

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// tuneForBatch sets the collector for a batch: each check allocates many short-lived values
// (XML tokens, cells) and a batch keeps little of them, so the collector runs only when the
// heap reaches a soft limit (GOGC off, the runtime's pattern for a known memory budget) that
// keeps thousands of files under 150 MB: measured on 7,300 files, 6 % less wall time than a
// collector proportional to the live heap (GOGC 400 within 100 MiB), at a peak of about
// 128 MB. A single file keeps tuneForOne's setting: a 100,000-row sheet lives larger than that
// limit, and the collector would run without end. GOGC and GOMEMLIMIT in the environment
// still win.
func tuneForBatch() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(-1)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(120 << 20)
	}
}

// tuneForOne sets the collector for every command that holds one workbook (or two, for diff)
// at a time: the model of its cells lives until the report is written, and the default GOGC
// of 100 lets the heap grow to twice it before collecting. 33 keeps a 100,000-row budget
// sheet at about 160 MB instead of 230 MB, in no more time (farm-bench, 9 runs each): its
// check allocates little beside the model, so the collector runs rarely either way. A batch
// then sets its own (tuneForBatch). GOGC in the environment still wins.
func tuneForOne() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(33)
	}
}

func run(args []string, stdout, stderr io.Writer) int {
	tuneForOne()
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
	case "version", "--version", "-version", "versi", "--versi":
		fmt.Fprintln(stdout, reconcile.ToolVersion())
		return 0
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
	m := reconcile.Msg("lkjip: perintah %q tidak dikenal; lihat lkjip help.", "lkjip: unknown command %q; see lkjip help.", args[0])
	if hasEN(args) {
		fmt.Fprintln(stderr, m.EN)
	} else {
		fmt.Fprintln(stderr, m.ID)
	}
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

func listRules(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("rules", flag.ContinueOnError)
	lang := fs.String("lang", "id", "id|en")
	if _, code, done := parseFlags(fs, args, stdout, stderr); done {
		return code
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
	lang := fs.String("lang", "id", "id|en")
	ids, code, done := parseFlags(fs, args, stdout, stderr)
	if done {
		return code
	}
	if len(ids) == 0 {
		fmt.Fprint(stderr, helpOf("explain", *lang == "en"))
		return 2
	}
	for _, id := range ids {
		r := rules.ByID(strings.ToUpper(id))
		if r == nil {
			fmt.Fprintln(stderr, reconcile.Msg("lkjip explain: aturan %q tidak ada; lihat lkjip rules.", "lkjip explain: no rule %q; see lkjip rules.", id).In(*lang))
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
	lang := fs.String("lang", "id", "id|en")
	example := fs.String("example", "", "example name")
	rest, code, done := parseFlags(fs, args, stdout, stderr)
	if done {
		return code
	}
	if len(rest) > 0 {
		fmt.Fprint(stderr, helpOf("config", *lang == "en"))
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
