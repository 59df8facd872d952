package rules

import (
	"lkjip/reconcile"
	"lkjip/reconcile/layout"
)

// LRA012 checks a Jumlah column against the months beside it under the same group label
// (spec, "Realisasi Anggaran"; issue #16: an e-kinerja export prints `Realisasi Anggaran (Rp)`
// over `1 ... 12 | Jumlah`). The layout reads the Jumlah as the realisasi and the months as its
// parts (layout.Parts); the Jumlah of each row is the sum of its months, an empty month 0.
var LRA012 = &reconcile.Rule{
	ID:       "LRA012",
	Severity: reconcile.Error,
	Scope:    reconcile.ScopeRow,
	Title:    reconcile.Text{ID: "Jumlah tidak sama dengan jumlah bulanannya", EN: "Jumlah does not equal the sum of its months"},
	Doc: reconcile.Text{
		ID: `Sebuah kolom Jumlah di bawah judul kelompok yang juga membawahi bulan-bulan (Realisasi Anggaran (Rp): 1 ... 12 | Jumlah, seperti ekspor e-kinerja) adalah jumlah bulan-bulannya pada baris yang sama; bulan yang kosong bernilai 0. Temuan menunjuk Jumlah, atau bulan yang salah bila angka lain menunjukkannya.

Contoh:
    Realisasi Anggaran (Rp): Jan 100.000 | Feb 250.000 | Mar (kosong) | Jumlah 300.000
    LRA012: Jumlah Realisasi "Penyusunan Renstra" seharusnya 350.000 (jumlah 2 bulan), tertulis 300.000.`,
		EN: `A Jumlah column under a group label that also stands over months (Realisasi Anggaran (Rp): 1 ... 12 | Jumlah, as an e-kinerja export prints it) is the sum of its months on the same row; an empty month counts 0. The finding names the Jumlah, or the month that is wrong where the other figures show it.

Example:
    Realisasi Anggaran (Rp): Jan 100,000 | Feb 250,000 | Mar (empty) | Jumlah 300,000
    LRA012: Jumlah Realisasi of "Penyusunan Renstra" should be 350,000 (the sum of 2 months), it says 300,000.`,
	},
	Run: func(p *reconcile.Pass) {
		for _, t := range p.Workbook.Tables {
			for _, col := range t.Columns {
				parts := layout.Parts(t, col)
				if len(parts) == 0 {
					continue
				}
				for _, r := range t.AllRows() {
					total := r.At(col)
					if !total.IsFigure() {
						continue
					}
					var terms []reconcile.Expr
					judged := true
					for _, pc := range parts {
						c := r.At(pc)
						switch {
						case c.IsFigure():
							terms = append(terms, reconcile.Of(c))
						case c != nil && !c.IsEmpty():
							judged = false // a month that is text ("n/a"): UM004 or UM018 says so
						}
					}
					if !judged || len(terms) == 0 {
						continue
					}
					label, n := r.Label(), len(terms)
					p.Relate(reconcile.Relation{Kind: reconcile.Equals, Out: total, Num: reconcile.SumOf(terms...), Sum: true,
						Says: func(e, a reconcile.Fig) reconcile.Text {
							return reconcile.Msg("Jumlah %s %q seharusnya %s (jumlah %d bulan), tertulis %s.",
								"Jumlah %s of %q should be %s (the sum of %d months), it says %s.", col.Group, label, e, n, a)
						}})
				}
			}
		}
	},
}
