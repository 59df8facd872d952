package rules

import (
	"strconv"

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
		ID: `Judul kolom PK, IKU, Anggaran Sasaran dan Realisasi Anggaran yang membawa tahun (Anggaran 2021, Target 2021) harus bertahun laporan. Tahun yang lain biasanya judul tahun lalu yang tertinggal. Temuan menunjuk sel judul.

Contoh:
    Realisasi Anggaran tahun laporan 2021 dengan judul "Realisasi 2020"
    UM014: judul "Realisasi 2020" seharusnya bertahun 2021, tertulis 2020.`,
		EN: `Column labels of PK, IKU, Anggaran Sasaran and Realisasi Anggaran that carry a year (Anggaran 2021, Target 2021) must carry the report year. Another year is usually last year's label left in place. The finding names the label's cell.

Example:
    Realisasi Anggaran of report year 2021 with the label "Realisasi 2020"
    UM014: the label "Realisasi 2020" should carry 2021, it says 2020.`,
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
			for _, c := range t.Columns {
				if c.Year == 0 || c.Year == w.Year {
					continue
				}
				p.Report(c.YearCell, reconcile.Msg("Judul %q seharusnya bertahun %d (tahun laporan), tertulis %d.",
					"The label %q should carry %d (the report year), it says %d.", c.Label, w.Year, c.Year),
					strconv.Itoa(w.Year), strconv.Itoa(c.Year))
			}
		}
	},
}
