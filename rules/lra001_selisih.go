package rules

import (
	"lkjip/reconcile"
	wb "lkjip/reconcile/workbook"
)

// LRA001 checks Selisih = Anggaran - Realisasi (spec, "Realisasi Anggaran").
var LRA001 = &reconcile.Rule{
	ID:       "LRA001",
	Severity: reconcile.Error,
	Scope:    reconcile.ScopeRow,
	Title:    reconcile.Text{ID: "Selisih tidak sama dengan Anggaran dikurangi Realisasi", EN: "Selisih is not Anggaran minus Realisasi"},
	Doc: reconcile.Text{
		ID: `Selisih sebuah baris Realisasi Anggaran harus sama dengan Anggaran - Realisasi baris itu. Bila tabel menulis Realisasi - Anggaran, konvensi yang diikuti mayoritas baris tabel yang dipakai; baris yang memakai tanda kebalikannya dilaporkan oleh LRA008. Baris Jumlah juga diperiksa. Temuan menunjuk sel Selisih.

Contoh (sebuah sub kegiatan; % 92,08 cocok dengan Realisasi):
    Anggaran 120.000.000 | Realisasi 110.500.000 | Selisih 9.000.000 | % 92,08
    LRA001: Selisih seharusnya 9.500.000 (Anggaran - Realisasi), tertulis 9.000.000.
Bila Selisih dan % sama-sama cocok dengan Realisasi lain, Realisasinya yang salah ketik (UM017) dan Selisih ini hanya ikut (Kragan 2021, baris Jumlah: Selisih 301.765.911 benar, Realisasi 2.063.833.435 seharusnya 2.437.383.089).`,
		EN: `A Realisasi Anggaran row's Selisih must equal that row's Anggaran - Realisasi. Where a table writes Realisasi - Anggaran, the convention most of its rows follow is used; rows with the opposite sign are reported by LRA008. The Jumlah row is checked too. The finding names the Selisih cell.

Example (a sub kegiatan; its % 92.08 agrees with its Realisasi):
    Anggaran 120,000,000 | Realisasi 110,500,000 | Selisih 9,000,000 | % 92.08
    LRA001: Selisih should be 9,500,000 (Anggaran - Realisasi), it says 9,000,000.
Where the Selisih and the % both agree with another Realisasi, the Realisasi is the mistyped figure (UM017) and this Selisih only follows it (Kragan 2021, Jumlah row: the Selisih 301,765,911 is right, the Realisasi 2,063,833,435 should be 2,437,383,089).`,
	},
	Run: func(p *reconcile.Pass) {
		for _, t := range budgetTables(p.Workbook) {
			if !t.Has(wb.RoleSelisih, wb.RoleAnggaran, wb.RoleRealisasi) {
				continue
			}
			sign := selisihSign(t)
			for _, r := range t.AllRows() {
				s := r.Cell(wb.RoleSelisih)
				if !s.IsFigure() || !hasAmounts(r) {
					continue
				}
				want := expectedSelisih(r, sign)
				if !want.IsZero() && s.Num.Equal(want.Neg()) {
					continue // the other sign convention: LRA008
				}
				p.Relate(reconcile.Relation{Kind: reconcile.Equals, Out: s, Num: selisihOf(r, sign),
					Says: func(e, a reconcile.Fig) reconcile.Text {
						return reconcile.Msg("Selisih %q seharusnya %s (Anggaran - Realisasi), tertulis %s.",
							"Selisih of %q should be %s (Anggaran - Realisasi), it says %s.", r.Label(), e, a)
					}})
			}
		}
	},
}
