package rules

import (
	"lkjip/reconcile"
	wb "lkjip/reconcile/workbook"
)

// PGW003 checks that a Pegawai row's Eselon and Diklat counts do not exceed its head count
// (spec, "Pegawai": Eselon and Diklat may be less).
var PGW003 = &reconcile.Rule{
	ID:       "PGW003",
	Severity: reconcile.Error,
	Scope:    reconcile.ScopeTable,
	Title:    reconcile.Text{ID: "Jumlah menurut Eselon atau Diklat melebihi jumlah pegawai", EN: "Eselon or Diklat counts exceed the head count"},
	Doc: reconcile.Text{
		ID: `Tidak setiap pegawai menduduki eselon atau sudah mengikuti diklat penjenjangan, jadi jumlah kolom Eselon, dan terpisah jumlah kolom Diklat, dalam satu baris boleh kurang dari jumlah pegawai menurut Jenis Kelamin, tetapi tidak boleh lebih: setiap orang paling banyak satu eselon dan satu diklat penjenjangan terakhir. "-" dan sel kosong dihitung nol; baris yang kolom Jenis Kelaminnya kosong semua tidak diperiksa. Baris Jumlah ikut diperiksa, kecuali bila sel Jumlah-nya sendiri tidak sama dengan jumlah kolomnya (temuan PGW004). Temuan menunjuk sel pertama kelompok itu (Eselon atau Diklat) di baris itu; nilai seharusnya adalah batasnya, jumlah pegawai menurut Jenis Kelamin, dan nilai tertulis adalah jumlah kelompok itu.

Contoh:
    Kasi: Jenis Kelamin Lk 2 | Pr 1    Diklat PIM III - | PIM IV 4
    PGW003: Diklat "Kasi" berjumlah 4, lebih dari 3 pegawai menurut Jenis Kelamin.`,
		EN: `Not every employee holds an echelon or has taken the leadership training, so within a row the Eselon counts, and apart from them the Diklat counts, may add up to less than the head count by Jenis Kelamin, but never to more: each person has at most one echelon and one last leadership training. "-" and blank count as zero; a row whose Jenis Kelamin cells are all blank is not checked. The Jumlah row is checked too, unless one of its own cells differs from its column's sum (PGW004's finding). The finding names the first cell of the group (Eselon or Diklat) in the row; the expected value is the limit, the head count by Jenis Kelamin, and the actual value the group's sum.

Example:
    Kasi: Jenis Kelamin Lk 2 | Pr 1    Diklat PIM III - | PIM IV 4
    PGW003: Diklat of "Kasi" adds up to 4, more than the 3 employees by Jenis Kelamin.`,
	},
	Run: func(p *reconcile.Pass) {
		for _, g := range []string{pgwEselon, pgwDiklat} {
			pgwHeadCheck(p, []string{g}, true, func(r *wb.Row, what, where, headWhere string, sum, head reconcile.Fig) reconcile.Text {
				return reconcile.Msg("%s %q (%s) berjumlah %s, lebih dari %s pegawai menurut Jenis Kelamin (%s).",
					"%s of %q (%s) adds up to %s, more than the %s employees by Jenis Kelamin (%s).", what, r.Label(), where, sum, head, headWhere)
			})
		}
	},
}
