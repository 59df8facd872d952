package rules

import (
	"lkjip/reconcile"
)

// roleNames are the spec's labels for the roles a table requires, for messages.
var roleNames = map[string]string{
	"sasaran": "Sasaran Strategis", "indikator": "Indikator Kinerja", "target": "Target",
	"realisasi": "Realisasi", "capaian": "% Capaian", "anggaran": "Anggaran", "uraian": "Uraian",
	"pagu": "Pagu (Rp)", "nama_barang": "Nama Barang", "jumlah": "Jumlah",
	"batas_bawah": "Batas Bawah", "predikat": "Predikat", "count": "Jenis Kelamin / Pendidikan",
}

// UM003 reports a required column a table lacks, once per table and column (spec, "Reading
// rules"); the rest of the workbook is still checked.
var UM003 = &reconcile.Rule{
	ID:       "UM003",
	Severity: reconcile.Error,
	Scope:    reconcile.ScopeTable,
	Title:    reconcile.Text{ID: "Kolom wajib tidak ada", EN: "Required column missing"},
	Doc: reconcile.Text{
		ID: `Setiap tabel LKjIP memiliki kolom wajib (misalnya Target, Realisasi dan % Capaian di Pengukuran). Kolom dikenali dari judulnya, bukan dari letaknya. Kolom wajib yang tidak ada dilaporkan sekali per tabel, di sel pertama baris judul; pemeriksaan yang memerlukan kolom itu dilewati, sisanya tetap berjalan.

Contoh:
    Pengukuran tanpa kolom Realisasi
    UM003: tabel Pengukuran tidak memiliki kolom "Realisasi".`,
		EN: `Each LKjIP table has required columns (for example Target, Realisasi and % Capaian in Pengukuran). Columns are found by their labels, not their position. A missing required column is reported once per table, at the first cell of the header row; the checks that need it are skipped and the rest still run.

Example:
    Pengukuran without a Realisasi column
    UM003: the Pengukuran table has no "Realisasi" column.`,
	},
	Run: func(p *reconcile.Pass) {
		for _, t := range p.Workbook.Tables {
			for _, role := range t.Missing {
				name := roleNames[string(role)]
				if name == "" {
					name = string(role)
				}
				p.Report(t.Sheet.At(t.HeaderRows[0], 1), reconcile.Msg("Tabel %s tidak memiliki kolom %q.",
					"The %s table has no %q column.", string(t.Kind), name), name, "")
			}
		}
	},
}
