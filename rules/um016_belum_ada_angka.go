package rules

import (
	"lkjip/reconcile"
	wb "lkjip/reconcile/workbook"
)

// figureTables are the tables whose figures make a report: without one, there is nothing yet
// to check.
var figureTables = []wb.Kind{wb.Pengukuran, wb.RealisasiAnggaran, wb.AnggaranSasaran, wb.PK}

// hasFigures reports whether any data row of the figure tables holds a figure.
func hasFigures(w *wb.Workbook) bool {
	for _, k := range figureTables {
		for _, t := range w.TablesOf(k) {
			for _, r := range t.Rows {
				for _, c := range t.Columns {
					if c.Figure && r.At(c).IsFigure() {
						return true
					}
				}
			}
		}
	}
	return false
}

// UM016 says, as a note, that a workbook holds no figures yet (an empty template, a form
// not filled in): an auditor learns that nothing was checked, and the submitter is not met
// with a wall of errors about empty cells.
var UM016 = &reconcile.Rule{
	ID:       "UM016",
	Severity: reconcile.Info,
	Scope:    reconcile.ScopeWorkbook,
	Title:    reconcile.Text{ID: "Buku kerja belum berisi angka", EN: "The workbook holds no figures yet"},
	Doc: reconcile.Text{
		ID: `Bila Pengukuran, Realisasi Anggaran, Anggaran Sasaran dan PK tidak memuat satu angka pun (templat yang belum diisi), lkjip mencatatnya sekali sebagai catatan, dan kelengkapan Identitas (IDN001) belum ditagih. Tidak ada angka yang diperiksa.

Contoh:
    lkjip template --tahun 2023 --instansi "Kecamatan Lasem" -o kosong.xlsx; lkjip check kosong.xlsx
    UM016: buku kerja belum berisi angka; isi templatnya lalu periksa lagi.`,
		EN: `Where Pengukuran, Realisasi Anggaran, Anggaran Sasaran and PK hold not one figure (a template not filled in yet), lkjip says so once, as a note, and the completeness of Identitas (IDN001) is not yet asked for. No figure is checked.

Example:
    lkjip template --tahun 2023 --instansi "Kecamatan Lasem" -o kosong.xlsx; lkjip check kosong.xlsx
    UM016: the workbook holds no figures yet; fill in the template and check again.`,
	},
	Run: func(p *reconcile.Pass) {
		w := p.Workbook
		if hasFigures(w) {
			return
		}
		for _, k := range figureTables {
			if t := w.Table(k); t != nil {
				p.Report(t.Sheet.At(1, 1), reconcile.Msg("Buku kerja belum berisi angka; isi templatnya lalu periksa lagi.",
					"The workbook holds no figures yet; fill in the template and check again."), "", "")
				return
			}
		}
	},
}
