package rules

import (
	"strconv"

	"lkjip/reconcile"
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
		ID: `Judul kolom Pengukuran membawa tahun, dan tahun itu harus sesuai perannya: Target, Realisasi, % Capaian pertama dan % Capaian s/d bertahun laporan T; % Capaian kedua dan ketiga bertahun T-1 dan T-2; Target Akhir Renstra bertahun akhir periode Renstra. Tahun laporan dan periode Renstra diambil dari sheet Identitas. Temuan menunjuk sel judul kolom (satu temuan per judul).

Contoh (Kragan 2021: judul tahun lalu tertinggal):
    % Target 2020 | % Realisasi 2020 | % Capaian 2020 | % Capaian 2019 | % Capaian 2018
    PGK004: judul "% Target 2020" seharusnya bertahun 2021 (tahun laporan), tertulis 2020.`,
		EN: `Pengukuran column labels carry years, and each year must fit the column's role: Target, Realisasi, the first % Capaian and % Capaian s/d carry the report year T; the second and third % Capaian carry T-1 and T-2; Target Akhir Renstra carries the last year of the Renstra period. The report year and the Renstra period come from the Identitas sheet. The finding names the label's cell (one finding per label).

Example (Kragan 2021: last year's labels left in place):
    % Target 2020 | % Realisasi 2020 | % Capaian 2020 | % Capaian 2019 | % Capaian 2018
    PGK004: the label "% Target 2020" should carry 2021 (the report year), it says 2020.`,
	},
	Run: func(p *reconcile.Pass) {
		w := p.Workbook
		if w.Year == 0 {
			return // UM011 says the year is unknown
		}
		for _, t := range measurementTables(w) {
			for _, c := range t.Columns {
				want, role := expectedYear(w, c.Role)
				if want == 0 || c.Year == 0 || c.Year == want {
					continue
				}
				p.Report(c.YearCell, reconcile.Msg("Judul %q seharusnya bertahun %d (%s), tertulis %d.",
					"The label %q should carry %d (%s), it says %d.", c.Label, want, role, c.Year),
					strconv.Itoa(want), strconv.Itoa(c.Year))
			}
		}
	},
}

// expectedYear returns the year a column of a role must carry, and the role's name.
func expectedYear(w *wb.Workbook, role wb.Role) (int, reconcile.Text) {
	t := w.Year
	switch role {
	case wb.RoleTarget, wb.RoleRealisasi, wb.RoleCapaian, wb.RoleCapaianRenstra:
		return t, reconcile.Text{ID: "tahun laporan", EN: "the report year"}
	case wb.RoleCapaian1:
		return t - 1, reconcile.Text{ID: "tahun laporan - 1", EN: "the report year - 1"}
	case wb.RoleCapaian2:
		return t - 2, reconcile.Text{ID: "tahun laporan - 2", EN: "the report year - 2"}
	case wb.RoleTargetRenstra:
		if w.RenstraTo == 0 {
			return 0, reconcile.Text{}
		}
		return w.RenstraTo, reconcile.Text{ID: "akhir periode Renstra", EN: "the end of the Renstra period"}
	}
	return 0, reconcile.Text{}
}
