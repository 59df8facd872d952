package rules

import (
	"lkjip/reconcile"
)

// UM002 reports a sheet named as a sheet of the spec in which no header row was found
// (spec, "Reading rules": the header is found by its labels in the first 15 rows).
var UM002 = &reconcile.Rule{
	ID:       "UM002",
	Severity: reconcile.Error,
	Scope:    reconcile.ScopeTable,
	Title:    reconcile.Text{ID: "Baris judul kolom tidak ditemukan", EN: "Header row not found"},
	Doc: reconcile.Text{
		ID: `Nama sheet menunjukkan bagian LKjIP, tetapi dalam 15 baris pertamanya tidak ada baris judul kolom yang dikenali (misalnya Uraian | Anggaran | Realisasi untuk Realisasi Anggaran). Sheet itu tidak dapat diperiksa. Temuan menunjuk sel A1 sheet itu.

Contoh:
    sheet "LRA" berisi gambar hasil pindaian, tanpa tabel
    UM002: sheet "LRA" (Realisasi Anggaran): baris judul kolom tidak ditemukan dalam 15 baris pertama.`,
		EN: `The sheet's name says which LKjIP part it is, but no recognisable header row was found in its first 15 rows (for example Uraian | Anggaran | Realisasi for Realisasi Anggaran). The sheet cannot be checked. The finding names the sheet's cell A1.

Example:
    sheet "LRA" holds a scanned picture, no table
    UM002: sheet "LRA" (Realisasi Anggaran): no header row found in the first 15 rows.`,
	},
	Run: func(p *reconcile.Pass) {
		for _, n := range p.Workbook.NoHeader {
			p.Report(n.Sheet.At(1, 1), reconcile.Msg("Sheet %q (%s): baris judul kolom tidak ditemukan dalam 15 baris pertama; sheet ini tidak diperiksa.",
				"Sheet %q (%s): no header row found in the first 15 rows; this sheet is not checked.", n.Sheet.Name, string(n.Kind)), "", "")
		}
	},
}
