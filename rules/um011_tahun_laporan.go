package rules

import (
	"lkjip/reconcile"
)

// UM011 reports a workbook whose report year cannot be read: every year check depends on it.
var UM011 = &reconcile.Rule{
	ID:       "UM011",
	Severity: reconcile.Warning,
	Scope:    reconcile.ScopeWorkbook,
	Title:    reconcile.Text{ID: "Tahun laporan tidak diketahui", EN: "Report year unknown"},
	Doc: reconcile.Text{
		ID: `Tahun laporan (T) dibaca dari "Tahun Laporan" di sheet Identitas. Tanpa tahun itu, tahun pada judul kolom (PGK004, UM014) tidak dapat diperiksa. Temuan menunjuk sel nilai Tahun Laporan bila ada.

Contoh:
    Identitas: Tahun Laporan "dua ribu dua puluh satu"
    UM011: tahun laporan tidak dapat dibaca; pemeriksaan tahun dilewati.`,
		EN: `The report year (T) is read from "Tahun Laporan" on the Identitas sheet. Without it the years in column labels (PGK004, UM014) cannot be checked. The finding names the Tahun Laporan value cell where there is one.

Example:
    Identitas: Tahun Laporan "dua ribu dua puluh satu"
    UM011: the report year cannot be read; year checks are skipped.`,
	},
	Run: func(p *reconcile.Pass) {
		w := p.Workbook
		if w.Year != 0 {
			return
		}
		if pair := w.Identitas.Get("Tahun Laporan"); pair != nil {
			p.Report(pair.Value, reconcile.Msg("Tahun laporan %q tidak dapat dibaca; pemeriksaan tahun dilewati.",
				"The report year %q cannot be read; year checks are skipped.", pair.Value.String()), "", pair.Value.String())
			return
		}
		if w.Identitas != nil {
			p.Report(w.Identitas.Sheet.At(1, 1), reconcile.Msg("Identitas tidak memuat Tahun Laporan; pemeriksaan tahun dilewati.",
				"Identitas holds no Tahun Laporan; year checks are skipped."), "", "")
		}
		// Without Identitas, UM001 already says the sheet is missing.
	},
}
