package rules

import (
	"lkjip/reconcile"
	wb "lkjip/reconcile/workbook"
)

// PGW002 checks that a Pegawai row's Pangkat/Golongan counts, together with any Kontrak/THL
// column, add up to its head count (spec, "Pegawai").
var PGW002 = &reconcile.Rule{
	ID:       "PGW002",
	Severity: reconcile.Error,
	Scope:    reconcile.ScopeTable,
	Title:    reconcile.Text{ID: "Jumlah menurut Pangkat/Golongan (dan Kontrak/THL) tidak sama dengan jumlah pegawai", EN: "Pangkat/Golongan (with Kontrak/THL) counts do not add up to the head count"},
	Doc: reconcile.Text{
		ID: `Setiap pegawai PNS punya satu golongan, dan pegawai kontrak atau THL tidak bergolongan, jadi dalam satu baris tabel Pegawai jumlah kolom Pangkat/Golongan (IV, III, II, I) ditambah kolom Kontrak/THL bila ada harus sama dengan jumlah pegawai menurut Jenis Kelamin. "-" dan sel kosong dihitung nol; baris yang kolom Jenis Kelaminnya kosong semua, atau tabel tanpa kolom Jenis Kelamin atau Pangkat/Golongan, tidak diperiksa. Baris Jumlah ikut diperiksa, kecuali bila sel Jumlah-nya sendiri tidak sama dengan jumlah kolomnya (itu temuan PGW004). Temuan menunjuk sel Pangkat/Golongan pertama di baris itu; nilai seharusnya adalah jumlah pegawai menurut Jenis Kelamin, nilai tertulis adalah jumlah Pangkat/Golongan + Kontrak/THL.

Contoh (Kragan 2021, Tabel E.3, Kecamatan Kragan):
    Jenis Kelamin 12 | 7    Golongan IV 2 | III 8 | II 11 | I -    Kontrak/THL 11
    PGW002 di J15: Pangkat/Golongan + Kontrak/THL berjumlah 32, seharusnya 19.`,
		EN: `Every civil servant has one rank, and contract or THL staff have none, so within a row of a Pegawai table the Pangkat/Golongan counts (IV, III, II, I) plus the Kontrak/THL column, where there is one, must add up to the head count by Jenis Kelamin. "-" and blank count as zero; a row whose Jenis Kelamin cells are all blank, or a table without Jenis Kelamin or Pangkat/Golongan columns, is not checked. The Jumlah row is checked too, unless one of its own cells differs from its column's sum (that is PGW004's finding). The finding names the row's first Pangkat/Golongan cell; the expected value is the head count by Jenis Kelamin, the actual value the sum of Pangkat/Golongan + Kontrak/THL.

Example (Kragan 2021, Tabel E.3, Kecamatan Kragan):
    Jenis Kelamin 12 | 7    Golongan IV 2 | III 8 | II 11 | I -    Kontrak/THL 11
    PGW002 at J15: Pangkat/Golongan + Kontrak/THL adds up to 32, it should be 19.`,
	},
	Run: func(p *reconcile.Pass) {
		pgwHeadCheck(p, []string{pgwGolongan, pgwKontrak}, false, func(r *wb.Row, what, where, headWhere string, sum, head reconcile.Fig) reconcile.Text {
			return reconcile.Msg("%s %q (%s) berjumlah %s, seharusnya %s: jumlah pegawai menurut Jenis Kelamin (%s).",
				"%s of %q (%s) adds up to %s, it should be %s: the head count by Jenis Kelamin (%s).", what, r.Label(), where, sum, head, headWhere)
		})
	},
}
