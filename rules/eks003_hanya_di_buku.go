package rules

import (
	"lkjip/reconcile"
	wb "lkjip/reconcile/workbook"
)

// EKS003 flags a row of the workbook's Realisasi Anggaran that the LRA export lacks (issue
// #9): a figure the report shows that the books do not hold, such as Kragan's Belanja Tidak
// Langsung, which the 2021 budget structure (Permendagri 90/2019) no longer has and which
// repeats the salaries already under Administrasi Keuangan.
var EKS003 = &reconcile.Rule{
	ID:       "EKS003",
	Severity: reconcile.Error,
	Scope:    reconcile.ScopeFiles,
	Title:    reconcile.Text{ID: "Baris Realisasi Anggaran tidak ada di ekspor LRA", EN: "Realisasi Anggaran row missing from the LRA export"},
	Doc: reconcile.Text{
		ID: `Setiap program, kegiatan, sub kegiatan dan baris kelompok berangka di Realisasi Anggaran harus ada di ekspor LRA (lkjip check --lra), dicocokkan menurut Kode atau, tanpa Kode, menurut Uraian (lihat EKS001). Judul tanpa angka tidak diperiksa; bila sebuah program tidak ada, rinciannya tidak dilaporkan satu per satu. Temuan menunjuk sel Kode baris itu (atau sel Uraian bila tanpa Kode) dan menyebut kodenya.

Contoh (Kragan 2021):
    Buku kerja:  Belanja Tidak Langsung | 1.991.620.000 | 1.991.620.000
    Ekspor LRA:  tidak ada baris itu (gaji ada di 7.01.01.2.02 Administrasi Keuangan Perangkat Daerah)
    EKS003: "Belanja Tidak Langsung" (Anggaran 1.991.620.000, Realisasi 1.991.620.000) tidak ada di ekspor LRA lra-kragan-2021.xlsx.`,
		EN: `Every program, kegiatan, sub kegiatan and group row with figures in the Realisasi Anggaran must be in the LRA export (lkjip check --lra), matched by Kode or, without one, by Uraian (see EKS001). Headings without figures are not checked; when a program is missing, its detail is not reported row by row. The finding names the row's Kode cell (or its Uraian cell without a Kode) and gives its code.

Example (Kragan 2021):
    Workbook:    Belanja Tidak Langsung | 1,991,620,000 | 1,991,620,000
    LRA export:  no such row (the salaries are under 7.01.01.2.02 Administrasi Keuangan Perangkat Daerah)
    EKS003: "Belanja Tidak Langsung" (Anggaran 1,991,620,000, Realisasi 1,991,620,000) is not in the LRA export lra-kragan-2021.xlsx.`,
	},
	Run: func(p *reconcile.Pass) {
		m := matchExport(p.Workbook)
		if m == nil {
			return
		}
		for _, r := range m.workbookOnly {
			at := rowCell(r)
			a, re := effective(r, wb.RoleAnggaran), effective(r, wb.RoleRealisasi)
			p.Report(at, reconcile.Msg("%s (Anggaran %s, Realisasi %s) tidak ada di ekspor LRA %s.",
				"%s (Anggaran %s, Realisasi %s) is not in the LRA export %s.",
				codeOrLabel(r), reconcile.Fig{Value: a}, reconcile.Fig{Value: re}, exportLabel(p.Workbook.Export)), "", at.String())
		}
	},
}
