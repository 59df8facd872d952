package rules

import (
	"lkjip/reconcile"
	wb "lkjip/reconcile/workbook"
)

// EKS002 flags a program, kegiatan or sub kegiatan of the LRA export that the workbook's
// Realisasi Anggaran lacks (issue #9): money the books spent that the report does not show.
var EKS002 = &reconcile.Rule{
	ID:       "EKS002",
	Severity: reconcile.Error,
	Scope:    reconcile.ScopeFiles,
	Title:    reconcile.Text{ID: "Baris ekspor LRA tidak ada di Realisasi Anggaran", EN: "LRA export row missing from Realisasi Anggaran"},
	Doc: reconcile.Text{
		ID: `Setiap program, kegiatan dan sub kegiatan di ekspor LRA (lkjip check --lra) harus ada di Realisasi Anggaran, dicocokkan menurut Kode atau, tanpa Kode, menurut Uraian (lihat EKS001). Baris yang dilaporkan hanya pada tingkat yang dirinci buku kerja: sub kegiatan di bawah kegiatan yang di buku kerja tidak dirinci tidak dianggap hilang, dan bila sebuah kegiatan hilang, sub kegiatannya tidak dilaporkan satu per satu. Temuan menunjuk sel Kode baris itu di ekspor (sheet bernama [berkas ekspor]Sheet) dan menyebut kodenya.

Contoh:
    Ekspor LRA:  7.01.01.2.01.0003 Penyusunan Laporan Capaian Kinerja | 5.000.000 | 4.750.000
    Buku kerja:  tidak ada baris 7.01.01.2.01.0003
    EKS002: Kode 7.01.01.2.01.0003 "Penyusunan Laporan Capaian Kinerja" (Anggaran 5.000.000, Realisasi 4.750.000) ada di ekspor LRA tetapi tidak ada di Realisasi Anggaran.`,
		EN: `Every program, kegiatan and sub kegiatan of the LRA export (lkjip check --lra) must be in the Realisasi Anggaran, matched by Kode or, without one, by Uraian (see EKS001). Rows are reported only at the levels the workbook breaks down: the sub kegiatan of a kegiatan the workbook lists without detail are not missing, and when a kegiatan is missing, its sub kegiatan are not reported one by one. The finding names the row's Kode cell in the export (the sheet named [export file]Sheet) and gives its code.

Example:
    LRA export:  7.01.01.2.01.0003 Penyusunan Laporan Capaian Kinerja | 5,000,000 | 4,750,000
    Workbook:    no row 7.01.01.2.01.0003
    EKS002: Code 7.01.01.2.01.0003 "Penyusunan Laporan Capaian Kinerja" (Anggaran 5,000,000, Realisasi 4,750,000) is in the LRA export but not in the Realisasi Anggaran.`,
	},
	Run: func(p *reconcile.Pass) {
		m := matchExport(p.Workbook)
		if m == nil {
			return
		}
		for _, r := range m.exportOnly {
			at := rowCell(r)
			a, re := effective(r, wb.RoleAnggaran), effective(r, wb.RoleRealisasi)
			p.Report(at, reconcile.Msg("%s (Anggaran %s, Realisasi %s) ada di ekspor LRA tetapi tidak ada di %s.",
				"%s (Anggaran %s, Realisasi %s) is in the LRA export but not in the %s.",
				codeOrLabel(r), reconcile.Fig{Value: a}, reconcile.Fig{Value: re}, m.workbook.Sheet.Name), at.String(), "")
		}
	},
}
