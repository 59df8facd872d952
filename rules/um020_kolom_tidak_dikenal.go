package rules

import (
	"lkjip/reconcile"
)

// UM020 names, once per column, a column of figures under a header lkjip cannot place (issue
// #16): no rule reads such a column, so without a word the report's "no errors" would pass
// figures nobody checked. The note tells the unit to rename the header or to tell us.
var UM020 = &reconcile.Rule{
	ID:       "UM020",
	Severity: reconcile.Info,
	Scope:    reconcile.ScopeColumn,
	Title:    reconcile.Text{ID: "Kolom angka dengan judul yang tidak dikenal", EN: "A column of figures under a header lkjip does not know"},
	Doc: reconcile.Text{
		ID: `Sebuah tabel yang dikenali memuat kolom berisi angka di bawah judul yang tidak dapat dipetakan lkjip ke kolom mana pun dari spesifikasi. Tidak ada aturan yang memeriksa angka-angka di kolom itu, sehingga "tidak ada kesalahan" tidak berlaku untuknya: lkjip mencatatnya sekali per kolom, menyebut judulnya, dan baris cakupan laporan mendaftar sel-selnya sebagai tidak diperiksa. Ganti judulnya dengan nama kolom dari spesifikasi bila kolom itu memang salah satunya, atau sampaikan judul itu kepada pengelola lkjip.

Contoh:
    Realisasi Anggaran: Kode | Uraian | Anggaran | Realisasi | Selisih | % | Realisasi Fisik (%)
    UM020 Realisasi Anggaran!G3: kolom "Realisasi Fisik (%)" berisi angka tetapi judulnya tidak dikenal; angka-angkanya tidak diperiksa.`,
		EN: `A recognised table holds a column of figures under a header lkjip cannot map to any column of the spec. No rule checks the figures of that column, so "no errors" says nothing about them: lkjip notes it once per column, naming its header, and the report's coverage line lists its cells as not checked. Rename the header to the spec's name if the column is one of its columns, or tell the lkjip maintainers about the header.

Example:
    Realisasi Anggaran: Kode | Uraian | Anggaran | Realisasi | Selisih | % | Realisasi Fisik (%)
    UM020 Realisasi Anggaran!G3: the column "Realisasi Fisik (%)" holds figures but its header is not recognised; its figures are not checked.`,
	},
	Run: func(p *reconcile.Pass) {
		for _, t := range p.Workbook.Tables {
			for _, u := range reconcile.UnplacedColumns(t) {
				p.Report(u.Header, reconcile.Msg(
					"kolom %q berisi angka tetapi judulnya tidak dikenal; angka-angkanya tidak diperiksa. Ganti judulnya dengan nama kolom dari spesifikasi, atau sampaikan judul ini kepada pengelola lkjip.",
					"the column %q holds figures but its header is not recognised; its figures are not checked. Rename it to a column of the spec, or tell the lkjip maintainers about this header.",
					u.Label), "", u.Label)
			}
		}
	},
}
