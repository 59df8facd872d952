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

Ukuran (banyak baris isian; bawaan dalam kurung):
  --sasaran N (3)  --indikator N per sasaran (2)  --program N (3)  --kegiatan N per program (2)
  --subkegiatan N per kegiatan (2)  --inventaris N (15)  --unit-pegawai N (5)
  Pilih ukuran laporan Anda: baris tidak dapat disisipkan pada lembar yang terkunci.

Menulis buku kerja LKjIP kosong: semua sheet, judul kolom bertahun, rumus untuk setiap
angka turunan, validasi isian, dan sheet pertama "Petunjuk".
`

const usageTemplateEN = `Usage:
  lkjip template --tahun YEAR --instansi NAME [--kabupaten NAME] [--provinsi NAME]
                 [--renstra 2021-2026] [--lang en] -o FILE.xlsx

Size (rows to fill; defaults in brackets):
  --sasaran N (3)  --indikator N per sasaran (2)  --program N (3)  --kegiatan N per program (2)
  --subkegiatan N per kegiatan (2)  --inventaris N (15)  --unit-pegawai N (5)
  Choose the size of your report: rows cannot be inserted into the locked sheets.

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
	sizes := []struct {
		name     string
		v        *int
		def, max int
	}{
		{"sasaran", nil, 3, 50}, {"indikator", nil, 2, 20}, {"program", nil, 3, 50}, {"kegiatan", nil, 2, 30},
		{"subkegiatan", nil, 2, 30}, {"inventaris", nil, 15, 2000}, {"unit-pegawai", nil, 5, 200},
	}
	for i := range sizes {
		sizes[i].v = fs.Int(sizes[i].name, sizes[i].def, "rows")
	}
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
	for _, sz := range sizes {
		if *sz.v < 1 || *sz.v > sz.max {
			return c.fail(reconcile.Msg("--%s %d: berikan 1 sampai %d.", "--%s %d: give 1 to %d.", sz.name, *sz.v, sz.max))
		}
	}
	if rows := *sizes[2].v * *sizes[3].v * *sizes[4].v; rows > 5000 {
		return c.fail(reconcile.Msg("--program × --kegiatan × --subkegiatan membuat %d sub kegiatan; paling banyak 5000.",
			"--program × --kegiatan × --subkegiatan make %d sub kegiatan; 5000 at most.", rows))
	}
	o := template.Options{Year: *tahun, Instansi: strings.TrimSpace(*instansi), Kabupaten: *kabupaten, Provinsi: *provinsi,
		Sasaran: *sizes[0].v, Indikator: *sizes[1].v, Program: *sizes[2].v, Kegiatan: *sizes[3].v, Sub: *sizes[4].v,
		Inventaris: *sizes[5].v, Pegawai: *sizes[6].v}
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
