package rules

import (
	"lkjip/reconcile"
	"lkjip/reconcile/layout"
	wb "lkjip/reconcile/workbook"
)

// PGK004 checks the year in each Pengukuran column label against the column's role (spec,
// "Reading rules": labels carry years, and the year is data to be checked).
var PGK004 = &reconcile.Rule{
	ID:       "PGK004",
	Severity: reconcile.Error,
	Scope:    reconcile.ScopeColumn,
	Title:    reconcile.Text{ID: "Tahun pada judul kolom Pengukuran salah", EN: "Wrong year in a Pengukuran column label"},
	Doc: reconcile.Text{
		ID: `Judul kolom Pengukuran membawa tahun, dan tahun itu harus sesuai perannya: Target, Realisasi, % Capaian pertama dan % Capaian s/d bertahun laporan T; % Capaian kedua dan ketiga bertahun T-1 dan T-2; Target Akhir Renstra bertahun akhir periode Renstra. Tahun laporan dan periode Renstra diambil dari sheet Identitas. Temuan menunjuk sel judul kolom, dengan isi yang benar (judul dengan tahun diganti) sebagai perbaikan.

Judul-judul yang semuanya meleset sejumlah tahun yang sama adalah satu kesalahan: judul kolom tahun lalu tertinggal. Itu satu temuan, di judul pertama (urut baca), yang menyebut setiap judul yang terkena dan seharusnya berbunyi apa. Judul lain dari pergeseran itu masing-masing mendapat temuan ikutan (Because: sel judul pertama) yang membawa perbaikannya sendiri, sehingga --fix membetulkan setiap judul, tetapi hanya temuan pertama yang dihitung sebagai kesalahan. Judul yang meleset dengan selisih lain adalah temuan tersendiri.

Contoh (Kragan 2021: judul tahun lalu tertinggal):
    % Target 2020 | % Realisasi 2020 | % Capaian 2020 | % Capaian 2019 | % Capaian 2018 | % Capaian s/d 2020
    PGK004 (F4): judul kolom tahun lalu yang tertinggal: 6 judul kolom semuanya 1 tahun lebih awal dari seharusnya. Perbaiki F4 "% Target 2020" menjadi "% Target 2021", G4 "% Realisasi 2020" menjadi "% Realisasi 2021", ... L5 "% Capaian s/d 2020" menjadi "% Capaian s/d 2021".
    PGK004 (G4 ... L5, ikutan F4): "% Realisasi 2020" seharusnya "% Realisasi 2021": bagian dari judul kolom tahun lalu yang tertinggal, lihat Pengukuran!F4.`,
		EN: `Pengukuran column labels carry years, and each year must fit the column's role: Target, Realisasi, the first % Capaian and % Capaian s/d carry the report year T; the second and third % Capaian carry T-1 and T-2; Target Akhir Renstra carries the last year of the Renstra period. The report year and the Renstra period come from the Identitas sheet. The finding names the label's cell, with its right content (the label with the year replaced) as the fix.

Labels all off by the same number of years are one mistake: last year's header left in place. That is one finding, at the first of them (in reading order), naming every label concerned and what it should read. Every other label of that shift gets a following finding (Because: the first label's cell) carrying its own fix, so that --fix corrects every label while only the first finding counts as an error. A label off by another amount is a finding of its own.

Example (Kragan 2021: last year's labels left in place):
    % Target 2020 | % Realisasi 2020 | % Capaian 2020 | % Capaian 2019 | % Capaian 2018 | % Capaian s/d 2020
    PGK004 (F4): last year's column labels left in place: all 6 column labels are 1 year earlier than they should be. Correct F4 "% Target 2020" to "% Target 2021", G4 "% Realisasi 2020" to "% Realisasi 2021", ... L5 "% Capaian s/d 2020" to "% Capaian s/d 2021".
    PGK004 (G4 ... L5, following F4): "% Realisasi 2020" should read "% Realisasi 2021": part of last year's column labels left in place, see Pengukuran!F4.`,
	},
	Run: func(p *reconcile.Pass) {
		w := p.Workbook
		if w.Year == 0 {
			return // UM011 says the year is unknown
		}
		for _, t := range measurementTables(w) {
			reportSlips(p, columnLabels, labelSlips(t, func(c *wb.Column) (int, reconcile.Text) { return expectedYear(w, c.Role) }))
		}
	},
}

// expectedYear returns the year a column of a role must carry, and the role's name.
func expectedYear(w *wb.Workbook, role wb.Role) (int, reconcile.Text) {
	t := w.Year
	switch role {
	case wb.RoleTarget, wb.RoleRealisasi, wb.RoleCapaian, wb.RoleCapaianRenstra:
		return t, reconcile.Text{ID: "tahun laporan", EN: "the report year"}
	case wb.RoleCapaian1, layout.RoleTarget1, layout.RoleRealisasi1:
		return t - 1, reconcile.Text{ID: "tahun laporan - 1", EN: "the report year - 1"}
	case wb.RoleCapaian2, layout.RoleTarget2, layout.RoleRealisasi2:
		return t - 2, reconcile.Text{ID: "tahun laporan - 2", EN: "the report year - 2"}
	case wb.RoleTargetRenstra:
		if w.RenstraTo == 0 {
			return 0, reconcile.Text{}
		}
		return w.RenstraTo, reconcile.Text{ID: "akhir periode Renstra", EN: "the end of the Renstra period"}
	}
	return 0, reconcile.Text{}
}
