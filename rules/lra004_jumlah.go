package rules

import (
	"lkjip/reconcile"
	wb "lkjip/reconcile/workbook"
)

// LRA004 checks Jumlah = the sum of the level-one rows (spec, "Realisasi Anggaran").
var LRA004 = &reconcile.Rule{
	ID:       "LRA004",
	Severity: reconcile.Error,
	Scope:    reconcile.ScopeTable,
	Title:    reconcile.Text{ID: "Baris Jumlah tidak sama dengan jumlah baris tingkat satu", EN: "Jumlah row is not the sum of the level-one rows"},
	Doc: reconcile.Text{
		ID: `Anggaran dan Realisasi pada baris Jumlah harus sama dengan jumlah baris tingkat satu: program dan baris kelompok seperti Belanja Tidak Langsung. Baris judul yang kosong dihitung dari rinciannya. Bila tidak satu pun baris tingkat satu (atau rinciannya) menuliskan angka di kolom itu, misalnya program yang hanya menuliskan %, Jumlah tidak dibandingkan dengan apa pun: baris kosong bukan nol. Selisih dan % baris Jumlah diperiksa oleh LRA001 dan LRA002. Temuan menunjuk sel Jumlah.

Contoh (Kragan 2021):
    Belanja Tidak Langsung 1.991.620.000; Program I-V 503.858.200 + 30.131.875 + 23.724.000 + 26.100.000 + 25.200.000
    Jumlah Anggaran 2.739.149.000
    LRA004: Jumlah Anggaran 2.739.149.000 tidak sama dengan jumlah 6 rinciannya, 2.600.634.075 (selisih 138.514.925); atau salah satu dari: C6, C7, C14, C17, C20, C22.
Identitas dan Ringkasan juga menulis 2.739.149.000, jadi tidak ada nilai seharusnya: bisa jadi jumlahnya, bisa jadi salah satu baris, atau ada baris yang terlewat. Bila hanya baris Jumlah yang menyimpang dari semua angka lain, temuan memberi jumlah barisnya sebagai nilai seharusnya.`,
		EN: `The Jumlah row's Anggaran and Realisasi must equal the sums of the level-one rows: programs and group rows such as Belanja Tidak Langsung. An empty heading row counts as the sum of its children. Where no level-one row (nor any row under it) writes a figure in the column, programs showing only their %, the Jumlah is set against nothing: an empty row is no zero. The Jumlah row's Selisih and % are checked by LRA001 and LRA002. The finding names the Jumlah cell.

Example (Kragan 2021):
    Belanja Tidak Langsung 1,991,620,000; Programs I-V 503,858,200 + 30,131,875 + 23,724,000 + 26,100,000 + 25,200,000
    Jumlah Anggaran 2,739,149,000
    LRA004: Jumlah Anggaran 2,739,149,000 does not equal the sum of its 6 items, 2,600,634,075 (a difference of 138,514,925); or one of: C6, C7, C14, C17, C20, C22.
Identitas and Ringkasan say 2,739,149,000 too, so there is no expected value: the total, one of the rows, or a missing row. Where only the Jumlah row departs from every other figure, the finding gives the rows' sum as its expected value.`,
	},
	Run: func(p *reconcile.Pass) {
		for _, t := range budgetTables(p.Workbook) {
			if t.Total == nil {
				continue
			}
			for _, role := range []wb.Role{wb.RoleAnggaran, wb.RoleRealisasi} {
				c := t.Total.Cell(role)
				if c == nil || !c.IsFigure() {
					continue
				}
				var parts []reconcile.Expr
				na, given := false, false
				for _, r := range t.Rows {
					na = na || notAvailable(r.Cell(role))
					if r.Level == 1 {
						parts = append(parts, effectiveOf(r, role))
						given = given || carriesFigure(r, role)
					}
				}
				sum, n := reconcile.SumOf(parts...), len(parts)
				if n == 0 || na || !given {
					// A row's "n/a": the sum cannot be judged (UM018). Rows that carry no
					// amount at all (a statement's programs with only their %): their sum is
					// no zero to set the Jumlah against; the Jumlah stands unchecked.
					continue
				}
				col := t.Column(role).Label
				p.Relate(reconcile.Relation{Kind: reconcile.Equals, Out: c, Num: sum, Sum: true,
					Says: func(e, a reconcile.Fig) reconcile.Text {
						return reconcile.Msg("Jumlah %s seharusnya %s (jumlah %d baris tingkat satu), tertulis %s.",
							"Jumlah %s should be %s (the sum of %d level-one rows), it says %s.", col, e, n, a)
					}})
			}
		}
	},
}
