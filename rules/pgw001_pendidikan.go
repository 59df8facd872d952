package rules

import (
	"lkjip/reconcile"
	wb "lkjip/reconcile/workbook"
)

// PGW001 checks that a Pegawai row's Pendidikan counts add up to its head count (spec,
// "Pegawai": Jenis Kelamin gives the head count; Pendidikan must sum to it).
var PGW001 = &reconcile.Rule{
	ID:       "PGW001",
	Severity: reconcile.Error,
	Scope:    reconcile.ScopeTable,
	Title:    reconcile.Text{ID: "Jumlah pegawai menurut Pendidikan tidak sama dengan jumlah menurut Jenis Kelamin", EN: "Pendidikan counts do not add up to the head count"},
	Doc: reconcile.Text{
		ID: `Setiap pegawai punya satu jenis kelamin dan satu pendidikan terakhir, jadi dalam satu baris tabel Pegawai jumlah kolom Pendidikan (S2, S1, D3, SLTA ...) harus sama dengan jumlah pegawai menurut Jenis Kelamin (Lk + Pr). "-" dan sel kosong dihitung nol; baris yang kolom Jenis Kelaminnya kosong semua, atau tabel tanpa kolom Jenis Kelamin, tidak diperiksa. Baris Jumlah ikut diperiksa, kecuali bila sel Jumlah-nya sendiri tidak sama dengan jumlah kolomnya (itu temuan PGW004). Temuan menunjuk sel Pendidikan pertama di baris itu; nilai seharusnya adalah jumlah pegawai menurut Jenis Kelamin, nilai tertulis adalah jumlah kolom Pendidikan.

Contoh (Kragan 2021, Tabel E.2, Camat):
    Pendidikan S2 1 | S1 1 | D3 - | SLTA -    Jenis Kelamin Lk 1 | Pr -
    PGW001 di C6: Pendidikan berjumlah 2, seharusnya 1 (jumlah menurut Jenis Kelamin).`,
		EN: `Every employee has one sex and one highest education, so within a row of a Pegawai table the Pendidikan counts (S2, S1, D3, SLTA ...) must add up to the head count by Jenis Kelamin (Lk + Pr). "-" and blank count as zero; a row whose Jenis Kelamin cells are all blank, or a table without Jenis Kelamin columns, is not checked. The Jumlah row is checked too, unless one of its own cells differs from its column's sum (that is PGW004's finding). The finding names the row's first Pendidikan cell; the expected value is the head count by Jenis Kelamin, the actual value the sum of the Pendidikan counts.

Example (Kragan 2021, Tabel E.2, Camat):
    Pendidikan S2 1 | S1 1 | D3 - | SLTA -    Jenis Kelamin Lk 1 | Pr -
    PGW001 at C6: Pendidikan adds up to 2, it should be 1 (the head count by Jenis Kelamin).`,
	},
	Run: func(p *reconcile.Pass) {
		pgwHeadCheck(p, []string{pgwPendidikan}, false, func(r *wb.Row, what, where, headWhere string, sum, head reconcile.Fig) reconcile.Text {
			return reconcile.Msg("%s %q (%s) berjumlah %s, seharusnya %s: jumlah pegawai menurut Jenis Kelamin (%s).",
				"%s of %q (%s) adds up to %s, it should be %s: the head count by Jenis Kelamin (%s).", what, r.Label(), where, sum, head, headWhere)
		})
	},
}
