package rules

import (
	"lkjip/reconcile"
	wb "lkjip/reconcile/workbook"
)

// UM014 checks the years in the column labels of the tables other than Pengukuran (whose
// columns have roles of their own, PGK004): a year there is the report year.
var UM014 = &reconcile.Rule{
	ID:       "UM014",
	Severity: reconcile.Error,
	Scope:    reconcile.ScopeColumn,
	Title:    reconcile.Text{ID: "Tahun pada judul kolom bukan tahun laporan", EN: "A column label's year is not the report year"},
	Doc: reconcile.Text{
		ID: `Judul kolom PK, IKU, Anggaran Sasaran dan Realisasi Anggaran yang membawa tahun (Anggaran 2021, Target 2021) harus bertahun laporan. Tahun yang lain biasanya judul tahun lalu yang tertinggal. Temuan menunjuk sel judul, dengan judul bertahun laporan sebagai perbaikan. Judul-judul satu tabel yang semuanya meleset sejumlah tahun yang sama adalah satu kesalahan: satu temuan di judul pertama yang menyebut setiap judul yang terkena, dan temuan ikutan (Because) di judul lainnya, masing-masing dengan perbaikannya, yang tidak dihitung sebagai kesalahan (seperti PGK004).

Contoh:
    Realisasi Anggaran tahun laporan 2021 dengan judul "Anggaran 2020 | Realisasi 2020"
    UM014 (judul Anggaran): judul kolom tahun lalu yang tertinggal: 2 judul kolom semuanya 1 tahun lebih awal dari seharusnya. Perbaiki C3 "Anggaran 2020" menjadi "Anggaran 2021", D3 "Realisasi 2020" menjadi "Realisasi 2021".
    UM014 (judul Realisasi, ikutan): "Realisasi 2020" seharusnya "Realisasi 2021": bagian dari judul kolom tahun lalu yang tertinggal, lihat Realisasi Anggaran!C3.
    Dengan hanya "Realisasi 2020" yang salah: judul "Realisasi 2020" seharusnya bertahun 2021 (tahun laporan), tertulis 2020.`,
		EN: `Column labels of PK, IKU, Anggaran Sasaran and Realisasi Anggaran that carry a year (Anggaran 2021, Target 2021) must carry the report year. Another year is usually last year's label left in place. The finding names the label's cell, with the label carrying the report year as its fix. Labels of one table all off by the same number of years are one mistake: one finding at the first label naming every label concerned, and following findings (Because) at the others, each with its fix, that do not count as errors (as PGK004).

Example:
    Realisasi Anggaran of report year 2021 with the labels "Anggaran 2020 | Realisasi 2020"
    UM014 (the Anggaran label): last year's column labels left in place: all 2 column labels are 1 year earlier than they should be. Correct C3 "Anggaran 2020" to "Anggaran 2021", D3 "Realisasi 2020" to "Realisasi 2021".
    UM014 (the Realisasi label, following): "Realisasi 2020" should read "Realisasi 2021": part of last year's column labels left in place, see Realisasi Anggaran!C3.
    With only "Realisasi 2020" wrong: the label "Realisasi 2020" should carry 2021 (the report year), it says 2020.`,
	},
	Run: func(p *reconcile.Pass) {
		w := p.Workbook
		if w.Year == 0 {
			return
		}
		for _, t := range w.Tables {
			switch t.Kind {
			case wb.Pengukuran, wb.Skala, wb.Pegawai, wb.Inventaris:
				continue
			}
			reportSlips(p, columnLabels, labelSlips(t, func(*wb.Column) (int, reconcile.Text) {
				return w.Year, reconcile.Text{ID: "tahun laporan", EN: "the report year"}
			}))
		}
	},
}
