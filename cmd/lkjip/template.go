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
                 [--renstra 2021-2026] -o BERKAS.xlsx

Menulis buku kerja LKjIP kosong: semua sheet, judul kolom bertahun, rumus untuk setiap
angka turunan, validasi isian, dan sheet pertama "Petunjuk".
`

var reRenstra = regexp.MustCompile(`^\s*(\d{4})\s*[-–/]\s*(\d{4})\s*$`)

// runTemplate writes an empty LKjIP workbook (lkjip template).
func runTemplate(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("template", flag.ContinueOnError)
	fs.SetOutput(stderr)
	tahun := fs.Int("tahun", 0, "report year")
	instansi := fs.String("instansi", "", "unit name")
	kabupaten := fs.String("kabupaten", "", "kabupaten/kota")
	provinsi := fs.String("provinsi", "", "provinsi")
	renstra := fs.String("renstra", "", "Renstra period, e.g. 2021-2026")
	out := fs.String("o", "", "output file (.xlsx)")
	fs.Usage = func() { fmt.Fprint(stderr, usageTemplateID) }
	rest, err := parse(fs, args)
	if err != nil {
		return 2
	}
	if len(rest) > 0 || *out == "" || *tahun == 0 || strings.TrimSpace(*instansi) == "" {
		fmt.Fprint(stderr, usageTemplateID)
		return 2
	}
	if !strings.EqualFold(strings.ToLower(*out)[max(0, len(*out)-5):], ".xlsx") {
		fmt.Fprintf(stderr, "lkjip: -o %s: templat ditulis sebagai .xlsx / the template is written as .xlsx\n", *out)
		return 2
	}
	o := template.Options{Year: *tahun, Instansi: strings.TrimSpace(*instansi), Kabupaten: *kabupaten, Provinsi: *provinsi}
	if *renstra != "" {
		m := reRenstra.FindStringSubmatch(*renstra)
		if m == nil {
			fmt.Fprintf(stderr, "lkjip: --renstra %q: tulis seperti 2021-2026 / write like 2021-2026\n", *renstra)
			return 2
		}
		o.RenstraFrom, _ = strconv.Atoi(m[1])
		o.RenstraTo, _ = strconv.Atoi(m[2])
	}
	if msg := reconcile.CheckOutputs([]reconcile.Output{{Option: "-o", Path: *out}}, nil); msg != nil {
		fmt.Fprintln(stderr, "lkjip: "+msg.ID+"\nlkjip: "+msg.EN)
		return 2
	}
	lang := "id"
	c := &command{name: "lkjip template", stdout: stdout, stderr: stderr, lang: &lang}
	if !c.writeFile("-o", *out, func(w io.Writer) error { return template.Write(w, o) }) {
		return 2
	}
	fmt.Fprintf(stdout, "Templat ditulis / template written: %s\n", *out)
	return 0
}
