package rules

import (
	"lkjip/reconcile"
	wb "lkjip/reconcile/workbook"
)

// LRA003 checks that a parent row equals the sum of its children (spec, "Realisasi
// Anggaran"). Selisih is left to LRA001: with Anggaran and Realisasi summing right and each
// row's Selisih following its own row, the Selisih sums follow, and a wrong parent Selisih is
// one finding, not two.
var LRA003 = &reconcile.Rule{
	ID:       "LRA003",
	Severity: reconcile.Error,
	Scope:    reconcile.ScopeTable,
	Title:    reconcile.Text{ID: "Jumlah induk tidak sama dengan jumlah rinciannya", EN: "Parent row is not the sum of its children"},
	Doc: reconcile.Text{
		ID: `Anggaran dan Realisasi sebuah program (atau kegiatan) harus sama dengan jumlah Anggaran dan Realisasi kegiatan (atau sub kegiatan) di bawahnya. Tingkatan dibaca dari Kode (7.01.01 program, 7.01.01.2.01 kegiatan, 7.01.01.2.01.0001 sub kegiatan), dari penomoran (I. / 1. / a.), atau dari kolom Level; tabel APBD tanpa Kode dan tanpa nomor (Postur APBD portal DJPK) bertingkat menurut nama akunnya (Pendapatan Daerah > PAD > Pajak Daerah). Pembiayaan Daerah adalah netto: Penerimaan Pembiayaan dikurangi Pengeluaran Pembiayaan. Jumlah uang yang dibulatkan dalam miliar ("2.325,32 M") boleh meleset dari jumlah rinciannya sebanyak setengah satuan per rincian. Baris induk yang dibiarkan kosong dianggap judul dan tidak diperiksa. Temuan menunjuk sel induk.

Contoh (program yang salah ketik: Selisih dan %-nya cocok dengan jumlah rinciannya):
    II.  Anggaran 30.131.875 | Realisasi 31.127.900 | Selisih 3.975 | % 99,99
    1.   Realisasi  5.069.300
    2.   Realisasi 25.058.600
    LRA003: Realisasi program seharusnya 30.127.900 (jumlah 2 rincian), tertulis 31.127.900.
Bila tidak ada angka lain yang menunjukkan mana yang salah, induknya atau salah satu rinciannya, temuan menyebut jumlah rincian dan selisihnya, tanpa nilai seharusnya, dan menyebut rinciannya sebagai kandidat (Kragan 2021, Program I: Anggaran 503.858.200 tidak sama dengan jumlah 6 rinciannya, 2.633.856.425).`,
		EN: `A program's (or kegiatan's) Anggaran and Realisasi must equal the sums of the kegiatan (or sub kegiatan) under it. Levels come from Kode (7.01.01 program, 7.01.01.2.01 kegiatan, 7.01.01.2.01.0001 sub kegiatan), from the numbering (I. / 1. / a.), or from a Level column; an APBD table without Kode or numbering (the DJPK portal's Postur APBD) nests by its account names (Pendapatan Daerah > PAD > Pajak Daerah). Pembiayaan Daerah is a netto: Penerimaan Pembiayaan less Pengeluaran Pembiayaan. Amounts printed rounded in miliar ("2,325.32 M") may miss the sum of their children by half a unit per child. A parent row left empty is a heading and is not checked. The finding names the parent's cell.

Example (a mistyped program: its Selisih and % agree with the sum of its children):
    II.  Anggaran 30,131,875 | Realisasi 31,127,900 | Selisih 3,975 | % 99.99
    1.   Realisasi  5,069,300
    2.   Realisasi 25,058,600
    LRA003: the program's Realisasi should be 30,127,900 (the sum of 2 children), it says 31,127,900.
Where no other figure shows which is wrong, the parent or one of its children, the finding gives the children's sum and the difference, no expected value, and names the children as candidates (Kragan 2021, Program I: Anggaran 503,858,200 does not equal the sum of its 6 items, 2,633,856,425).`,
	},
	Run: func(p *reconcile.Pass) {
		for _, t := range budgetTables(p.Workbook) {
			for _, r := range t.Rows {
				if len(r.Children) == 0 {
					continue
				}
				for _, role := range []wb.Role{wb.RoleAnggaran, wb.RoleRealisasi, wb.RoleSelisih} {
					c := r.Cell(role)
					if c == nil || !c.IsFigure() || anyNotAvailable(r, role) {
						continue // a child's "n/a": the sum cannot be judged (UM018)
					}
					var parts []reconcile.Expr
					netto := false
					for _, ch := range r.Children {
						if v := ch.Cell(role); v.IsFigure() || len(ch.Children) > 0 {
							parts = append(parts, contributionOf(ch, role))
							netto = netto || ch.Netto
						}
					}
					sum, counted := reconcile.SumOf(parts...), len(parts)
					if counted == 0 {
						continue
					}
					col := t.Column(role).Label
					says := func(e, a reconcile.Fig) reconcile.Text {
						return reconcile.Msg("%s %q seharusnya %s (jumlah %d rincian di bawahnya), tertulis %s.",
							"%s of %q should be %s (the sum of its %d children), it says %s.", col, r.Label(), e, counted, a)
					}
					if netto {
						says = func(e, a reconcile.Fig) reconcile.Text {
							return reconcile.Msg("%s %q seharusnya %s (netto: penerimaan dikurangi pengeluaran di bawahnya), tertulis %s.",
								"%s of %q should be %s (netto: the receipts under it less the expenditure), it says %s.", col, r.Label(), e, a)
						}
					}
					p.Relate(reconcile.Relation{Kind: reconcile.Equals, Out: c, Num: sum, Sum: true, Implied: role == wb.RoleSelisih, Says: says})
				}
			}
		}
	},
}
