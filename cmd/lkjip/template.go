package main

import (
	"flag"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"

	"lkjip/reconcile"
	"lkjip/reconcile/template"
)

const usageTemplateID = `Pemakaian:
  lkjip template --tahun TAHUN --instansi NAMA [--kabupaten NAMA] [--provinsi NAMA]
                 [--renstra 2021-2026] [--lang en] -o BERKAS.xlsx

Menulis buku kerja LKjIP kosong: semua sheet, judul kolom bertahun, rumus untuk setiap
angka turunan, validasi isian, dan sheet pertama "Petunjuk".
`

const usageTemplateEN = `Usage:
  lkjip template --tahun YEAR --instansi NAME [--kabupaten NAME] [--provinsi NAME]
                 [--renstra 2021-2026] [--lang en] -o FILE.xlsx

Writes an empty LKjIP workbook: every sheet, column headers with their years, a formula for
every derived figure, input validation, and a first sheet "Petunjuk".
`

var reRenstra = regexp.MustCompile(`^\s*(\d{4})\s*[-–/]\s*(\d{4})\s*$`)

// runTemplate writes an empty LKjIP workbook (lkjip template).
func runTemplate(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("template", flag.ContinueOnError)
	tahun := fs.Int("tahun", 0, "report year")
	instansi := fs.String("instansi", "", "unit name")
	kabupaten := fs.String("kabupaten", "", "kabupaten/kota")
	provinsi := fs.String("provinsi", "", "provinsi")
	renstra := fs.String("renstra", "", "Renstra period, e.g. 2021-2026")
	out := fs.String("o", "", "output file (.xlsx)")
	lang := fs.String("lang", "id", "id|en")
	rest, code, done := parseFlags(fs, args, stdout, stderr)
	if done {
		return code
	}
	if !validLang(*lang, stderr) {
		return 2
	}
	c := &command{name: "lkjip template", stdout: stdout, stderr: stderr, lang: lang}
	if len(rest) > 0 || *out == "" || *tahun == 0 || strings.TrimSpace(*instansi) == "" {
		fmt.Fprint(stderr, helpOf("template", *lang == "en"))
		return 2
	}
	if !strings.EqualFold(strings.ToLower(*out)[max(0, len(*out)-5):], ".xlsx") {
		return c.fail(reconcile.Msg("-o %s: templat ditulis sebagai .xlsx.", "-o %s: the template is written as .xlsx.", *out))
	}
	o := template.Options{Year: *tahun, Instansi: strings.TrimSpace(*instansi), Kabupaten: *kabupaten, Provinsi: *provinsi}
	if *renstra != "" {
		m := reRenstra.FindStringSubmatch(*renstra)
		if m == nil {
			return c.fail(reconcile.Msg("--renstra %q: tulis seperti 2021-2026.", "--renstra %q: write it like 2021-2026.", *renstra))
		}
		o.RenstraFrom, _ = strconv.Atoi(m[1])
		o.RenstraTo, _ = strconv.Atoi(m[2])
	}
	if msg := reconcile.CheckOutputs([]reconcile.Output{{Option: "-o", Path: *out}}, nil); msg != nil {
		return c.fail(*msg)
	}
	if !c.writeFile("-o", *out, func(w io.Writer) error { return template.Write(w, o) }) {
		return 2
	}
	fmt.Fprintln(stdout, reconcile.Msg("Templat ditulis: %s", "Template written: %s", *out).In(*lang))
	return 0
}
