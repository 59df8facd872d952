package config

import (
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strings"

	"lkjip/reconcile"
	"lkjip/reconcile/workbook"
)

// examples are ready settings files shipped with lkjip (`lkjip config --example NAME`).
//
//go:embed examples/*.yaml
var examples embed.FS

// Examples lists the names of the shipped example files, without ".yaml".
func Examples() []string {
	files, _ := fs.Glob(examples, "examples/*.yaml")
	var names []string
	for _, f := range files {
		names = append(names, strings.TrimSuffix(strings.TrimPrefix(f, "examples/"), ".yaml"))
	}
	sort.Strings(names)
	return names
}

// Example returns the text of a shipped example file by name ("permendagri-86-2017").
func Example(name string) (string, bool) {
	b, err := examples.ReadFile("examples/" + strings.TrimSuffix(name, ".yaml") + ".yaml")
	if err != nil {
		return "", false
	}
	return string(b), true
}

// Default returns the settings file `lkjip config` prints: every default value written out,
// and a commented-out example of every other key, with comments in a language ("en" for
// English, Indonesian otherwise). Loaded back, it gives reconcile.DefaultSettings unchanged.
func Default(lang string) string {
	d := reconcile.DefaultSettings()
	t := func(id, en string) string {
		if lang == "en" {
			return en
		}
		return id
	}
	var b strings.Builder
	p := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	p("%s", t(`# Pengaturan lkjip. Pakai: lkjip check --config lkjip.yaml BERKAS|FOLDER...
# Berkas ini memuat nilai bawaan. Baris berawalan "#" adalah komentar: hapus "# " di depan
# sebuah contoh untuk memakainya. Kunci yang tidak dikenal atau nilai yang salah membuat lkjip
# berhenti dengan satu pesan yang menyebut barisnya.
`, `# lkjip settings. Use: lkjip check --config lkjip.yaml FILE|FOLDER...
# This file holds the defaults. Lines starting with "#" are comments: remove the "# " before an
# example to use it. An unknown key or a wrong value stops lkjip with one message naming its
# line.
`))

	p("\n%s", t(`# Rumus yang oleh spesifikasi diserahkan kepada pengaturan.
`, `# The formulas the spec leaves to the settings.
`))
	p("formulas:\n")
	p("%s", t(`  # % Capaian indikator berpolaritas Negatif (makin kecil makin baik):
  #   2T-R  (2 x Target - Realisasi) / Target x 100, PermenPANRB 8/2021 (bawaan)
  #   T/R   Target / Realisasi x 100
`, `  # % Capaian of a Negatif indicator (lower is better):
  #   2T-R  (2 x Target - Realisasi) / Target x 100, PermenPANRB 8/2021 (the default)
  #   T/R   Target / Realisasi x 100
`))
	p("  negatif: %s\n", d.Negatif)
	p("%s", t(`  # % Efisiensi di sheet Anggaran Sasaran. Saat ini hanya satu rumus:
  #   100-serapan  100 - % Serapan, rumus yang dinyatakan laporan Kragan
`, `  # % Efisiensi on the Anggaran Sasaran sheet. There is one formula for now:
  #   100-serapan  100 - % Serapan, the formula the Kragan report states
`))
	p("  efisiensi: %s\n", d.Efisiensi)

	p("\n%s", t(`# Batas penyampaian (IDN003): laporan tahun T ditandatangani sebelum tanggal ini pada tahun
# T+1. Bawaan 1 April: PermenPANRB 53/2014, tiga bulan setelah tahun anggaran berakhir. Tulis
# tanggal dan nama bulan tanpa tahun: 1 April, 31 Maret.
`, `# Filing deadline (IDN003): the report of year T is signed before this day of year T+1. The
# default, 1 April, is PermenPANRB 53/2014: three months after the year's end. Write a day and
# a month name without a year: 1 April, 31 March.
`))
	p("deadline: %d %s\n", d.DeadlineDay, monthName(d.DeadlineMonth, lang))

	p("\n%s", t(`# Pengaturan per aturan, menurut ID (daftarnya: lkjip rules):
#   severity   tingkat temuannya: error, warning atau info (juga kesalahan, peringatan, catatan);
#              status keluar 1 hanya bila ada kesalahan
#   tolerance  selisih yang masih dianggap benar antara angka tertulis dan hitungan ulang
#              setelah pembulatan (bawaan 0); desimal ditulis dengan titik: 0.01
#   enabled    false mematikan aturan
`, `# Per-rule settings, by rule ID (the list: lkjip rules):
#   severity   the severity of its findings: error, warning or info (or kesalahan, peringatan,
#              catatan); the exit status is 1 only when errors remain
#   tolerance  how far a written figure may stay from its recomputation after rounding and
#              still be right (default 0); decimals take a point: 0.01
#   enabled    false turns the rule off
`))
	p(`# rules:
#   LRA002:
#     tolerance: 0.01
#   PGK004:
#     severity: warning
#   IDN003:
#     enabled: false
`)

	p("\n%s", t(`# Skala predikat pengganti. Bila ada, skala ini berlaku untuk setiap buku kerja dan mengalahkan
# sheet Skala-nya (kebijakan pemeriksa); tanpa kunci ini dipakai sheet Skala buku kerja, atau
# skala baku spesifikasi seperti contoh di bawah. Setiap pita: from (Batas Bawah), to (Batas
# Atas; bila kosong, batas bawah pita di atasnya), label (Predikat). Pita teratas juga mengambil
# nilai di atas batasnya, pita terbawah (boleh tanpa from) nilai di bawahnya. Skala harus
# bersambung: tanpa celah, tanpa tumpang tindih. Contoh siap pakai:
# lkjip config --example permendagri-86-2017
`, `# A replacement predikat scale. When given, it applies to every workbook and wins over the
# workbook's Skala sheet (the auditor's policy); without this key the workbook's Skala sheet is
# used, or the spec's default scale, shown as the example below. Each band: from (Batas Bawah),
# to (Batas Atas; when left out, the lower bound of the band above), label (Predikat). The top
# band also takes values above it, the bottom band (which may lack from) values below it. The
# scale must be contiguous: no gap, no overlap. A ready example:
# lkjip config --example permendagri-86-2017
`))
	p("# scale:\n")
	for _, band := range workbook.DefaultScale().Bands {
		p("#   - {from: %s", band.Lower.String())
		if band.HasUpper {
			p(", to: %s", band.Upper.String())
		}
		p(", label: %s}\n", band.Label)
	}

	p("\n%s", t(`# Instansi yang seharusnya ada dalam satu kiriman, bernama seperti Nama Instansi di sheet
# Identitas. Disimpan dan diperiksa bentuknya; pemeriksaan kiriman memakainya kelak. Contoh
# lengkap: lkjip config --example rembang-14-kecamatan
`, `# The units a batch should hold, named as Nama Instansi on the Identitas sheet. Stored and
# validated; a batch check will use it. A full example:
# lkjip config --example rembang-14-kecamatan
`))
	p(`# units:
#   - name: Kecamatan Kragan
#     kabupaten: Kabupaten Rembang
#   - name: Kecamatan Sarang
#     kabupaten: Kabupaten Rembang
`)

	p("\n%s", t(`# Temuan yang diterima. Temuan yang cocok (rule dan sheet sama, huruf besar/kecil diabaikan;
# cell sama, "$" diabaikan) tetap ditampilkan dengan tanda "(diterima)" dan alasannya, tetapi
# tidak dihitung sebagai kesalahan atau peringatan dan tidak memengaruhi status keluar. reason
# wajib. Untuk temuan yang tidak menunjuk sel atau sheet (seperti UM001, sheet hilang),
# kosongkan cell, atau sheet dan cell. file (opsional) membatasinya pada satu berkas, menurut
# nama berkasnya; tanpa file, berlaku untuk setiap berkas yang diperiksa. Penerimaan yang tidak
# cocok dengan temuan mana pun di sebuah berkas dilaporkan di berkas itu sebagai UM015
# (peringatan). Temuan lintas berkas (BKS, misalnya BKS002: unit yang sama dikirim dua kali)
# diterima dengan rule saja (dan file bila hanya satu berkas); penerimaannya dinilai bila dua
# berkas atau lebih diperiksa bersama, dan yang tanpa file cukup cocok di satu berkas.
`, `# Accepted findings. A finding that matches (same rule and sheet, ignoring case; same cell,
# ignoring "$") is still listed, marked "(accepted)" with the reason, but counts neither as an
# error nor as a warning, nor toward the exit status. reason is required. For a finding that
# names no cell or no sheet (such as UM001, a missing sheet), leave out cell, or sheet and
# cell. file (optional) limits it to one workbook, by its file name; without file it applies
# to every workbook checked. An acceptance that matches no finding of a workbook is reported
# in that workbook as UM015 (a warning). A finding across files (BKS, such as BKS002: the same
# unit submitted twice) is accepted by its rule alone (with file for one workbook only); such
# an acceptance is judged when two workbooks or more are checked together, and one without
# file is used by a match in any of them.
`))
	p(`# accept:
#   - rule: LRA002
#     sheet: Realisasi Anggaran
#     cell: F7
#     reason: %s
#     file: kragan-2021.xlsx
`, t(`"Salah ketik di laporan yang sudah ditandatangani; dibetulkan di LKjIP 2022."`,
		`"A typo in the signed report; corrected in the 2022 LKjIP."`))

	p("\n%s", t(`# Batas baca satu berkas: max_unzip_mib adalah ukuran (MiB) yang boleh dicapai bagian-bagian
# berkas setelah dibuka kompresinya; berkas yang mengembang melebihinya (zip bomb) ditolak.
# Bawaan 128, jauh di atas buku kerja nyata (100.000 baris anggaran sekitar 20 MiB).
`, `# What lkjip reads of one file: max_unzip_mib is the size (MiB) the file's parts may unpack
# to; a file that inflates beyond it (a zip bomb) is refused. The default, 128, is far above a
# real workbook (100,000 budget rows unpack to about 20 MiB).
`))
	p(`# limits:
#   max_unzip_mib: 128
`)

	p("\n%s", t(`# Batas satu kiriman ke lkjip serve (halaman tempat unit memeriksa buku kerjanya sendiri):
# max_upload_mib adalah ukuran (MiB) semua berkas satu kiriman bersama-sama, max_files jumlah
# berkasnya. Kiriman yang melebihinya ditolak dengan pesan yang jelas.
`, `# What one sending to lkjip serve (the page where a unit checks its own workbooks) may hold:
# max_upload_mib is the size (MiB) of all its files together, max_files how many files. A
# sending beyond them is refused with a clear message.
`))
	p(`# serve:
#   max_upload_mib: 32
#   max_files: 20
`)
	return b.String()
}

// monthName names a month for the defaults: the Indonesian name (which the loader also reads
// in an English file), or the English one.
func monthName(m int, lang string) string {
	id := []string{"", "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"}
	en := []string{"", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	if m < 1 || m > 12 {
		return ""
	}
	if lang == "en" {
		return en[m]
	}
	return id[m]
}
