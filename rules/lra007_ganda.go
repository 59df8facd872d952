package rules

import (
	"lkjip/reconcile"
	wb "lkjip/reconcile/workbook"
)

// LRA007 flags the same amounts counted under two parents (spec, "Realisasi Anggaran"): the
// Kragan report lists 1.991.620.000 both as Belanja Tidak Langsung and as Administrasi
// Keuangan under Program I, so the money is counted twice in the Jumlah.
var LRA007 = &reconcile.Rule{
	ID:       "LRA007",
	Severity: reconcile.Warning,
	Scope:    reconcile.ScopeTable,
	Title:    reconcile.Text{ID: "Jumlah yang sama dihitung di bawah dua induk", EN: "The same amounts counted under two parents"},
	Doc: reconcile.Text{
		ID: `Dua baris yang tidak saling membawahi, dengan Anggaran dan Realisasi yang sama persis (bukan nol) dan berada di bawah induk yang berbeda (atau salah satunya baris kelompok tingkat satu), kemungkinan besar adalah satu belanja yang dihitung dua kali. Temuan menunjuk sel Anggaran baris kedua dan menyebut baris pertama.

Contoh (Kragan 2021):
    Belanja Tidak Langsung             1.991.620.000 | 1.991.620.000
    I.2 Administrasi Keuangan Perangkat Daerah 1.991.620.000 | 1.991.620.000
    LRA007: "Administrasi Keuangan Perangkat Daerah" memuat Anggaran dan Realisasi yang sama dengan "Belanja Tidak Langsung" (baris 6).`,
		EN: `Two rows that do not contain one another, with exactly the same non-zero Anggaran and Realisasi, under different parents (or one of them a level-one group row), are most likely one expense counted twice. The finding names the second row's Anggaran cell and points to the first.

Example (Kragan 2021):
    Belanja Tidak Langsung             1,991,620,000 | 1,991,620,000
    I.2 Administrasi Keuangan Perangkat Daerah 1,991,620,000 | 1,991,620,000
    LRA007: "Administrasi Keuangan Perangkat Daerah" holds the same Anggaran and Realisasi as "Belanja Tidak Langsung" (row 6).`,
	},
	Run: func(p *reconcile.Pass) {
		for _, t := range budgetTables(p.Workbook) {
			if !t.Has(wb.RoleAnggaran, wb.RoleRealisasi) {
				continue
			}
			type key struct{ a, r string }
			first := map[key]*wb.Row{}
			for _, r := range t.Rows {
				a, re := r.Cell(wb.RoleAnggaran), r.Cell(wb.RoleRealisasi)
				if !a.IsFigure() || !re.IsFigure() || a.Num.IsZero() {
					continue
				}
				k := key{a.Num.String(), re.Num.String()}
				prev, seen := first[k]
				if !seen {
					first[k] = r
					continue
				}
				if related(prev, r) || prev.Parent == r.Parent {
					continue // a parent with its only child, or two siblings alike
				}
				// Equal round amounts do occur in two kegiatan by chance; a double count shows
				// as the same label twice, or as a group row (Belanja Tidak Langsung) repeating
				// a row inside a program.
				if !(isGroupRow(prev) || isGroupRow(r) || normText(prev.Label()) == normText(r.Label())) {
					continue
				}
				p.Report(a, reconcile.Msg("%q memuat Anggaran dan Realisasi yang sama dengan %q (baris %d): belanja yang sama tampaknya dihitung dua kali.",
					"%q holds the same Anggaran and Realisasi as %q (row %d): the same expense seems counted twice.", r.Label(), prev.Label(), prev.Num),
					"", reconcile.Actual(a))
			}
		}
	},
}

// related reports whether one row contains the other.
func related(a, b *wb.Row) bool {
	for x := b.Parent; x != nil; x = x.Parent {
		if x == a {
			return true
		}
	}
	for x := a.Parent; x != nil; x = x.Parent {
		if x == b {
			return true
		}
	}
	return false
}

// isGroupRow reports whether a budget row is a level-one row with nothing under it, such as
// Belanja Tidak Langsung.
func isGroupRow(r *wb.Row) bool { return r.Level == 1 && len(r.Children) == 0 }
