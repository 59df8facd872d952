package reconcile

import (
	"github.com/shopspring/decimal"

	"lkjip/reconcile/workbook"
)

// TooManyConflicts is the rule of the finding a big workbook gets when more of its relations
// fail than a diagnosis takes on (maxDiagnosed): the causes are not traced one by one, and the
// finding says how many relations fail and where the first ones are. Like Implied, the
// framework names it: it judges the run's diagnosis, not a sheet.
var TooManyConflicts = &Rule{
	ID:       "UM022",
	Severity: Error,
	Scope:    ScopeWorkbook,
	Title:    Text{ID: "Terlalu banyak angka tidak cocok untuk ditelusuri penyebabnya", EN: "Too many figures disagree for their causes to be traced"},
	Doc: Text{
		ID: `Di buku kerja besar (20.000 baris atau lebih), lkjip mula-mula menilai setiap hubungan antarangka sendiri-sendiri (Selisih = Anggaran − Realisasi, % = Realisasi / Anggaran × 100, induk = jumlah anaknya, salinan di Identitas dan Ringkasan). Satu salah ketik merusak beberapa hubungan, dan lkjip menelusuri penyebabnya sampai ke satu sel. Bila lebih dari 20.000 hubungan tidak cocok, biasanya satu kolom salah dari atas sampai bawah (rumus yang salah, salinan dari berkas lain, kolom yang tertukar); menelusuri penyebab satu per satu tidak berguna di sana dan akan memakan memori berlipat. lkjip melaporkannya sekali: berapa hubungan yang tidak cocok, dan sel-sel pertamanya. Perbaiki kolom itu lalu periksa lagi: temuan per sel muncul bila yang tersisa tidak sebanyak itu.

Contoh:
    100.000 baris anggaran; Selisih tiap baris 200, padahal Anggaran 1.000 dan Realisasi 900
    UM022: 100.000 hubungan antarangka tidak cocok, lebih dari 20.000 yang ditelusuri penyebabnya satu per satu. Yang pertama: Realisasi Anggaran!E2, E3, E4, ...`,
		EN: `In a big workbook (20,000 rows or more), lkjip first judges each relation between figures alone (Selisih = Anggaran − Realisasi, % = Realisasi / Anggaran × 100, a parent = the sum of its rows, the copies in Identitas and Ringkasan). One typo breaks a few relations, and lkjip traces their cause to one cell. Where more than 20,000 relations fail, usually a column is wrong from top to bottom (a wrong formula, a copy from another file, swapped columns); tracing causes one by one is of no use there and would take many times the memory. lkjip says so once: how many relations fail, and their first cells. Correct that column and check again: the findings per cell come once fewer remain.

Example:
    100,000 budget rows; every row's Selisih is 200, while its Anggaran is 1,000 and its Realisasi 900
    UM022: 100,000 relations between figures do not hold, more than the 20,000 whose causes are traced one by one. The first: Realisasi Anggaran!E2, E3, E4, ...`,
	},
}

// tooManyConflicts is TooManyConflicts' finding: n relations fail; first are the cells of the
// first of them.
func tooManyConflicts(n int, first []*workbook.Cell) Finding {
	refs := make([]string, len(first))
	for i, c := range first {
		refs[i] = ref(c)
	}
	list := RefList(refs)
	count, limit := Fig{Value: decimal.NewFromInt(int64(n))}, Fig{Value: decimal.NewFromInt(int64(maxDiagnosed))}
	f := Finding{Rule: TooManyConflicts.ID, Severity: TooManyConflicts.Severity, scope: TooManyConflicts.Scope,
		Message: Msg("%s hubungan antarangka (Selisih, %%, jumlah, salinan) tidak cocok, lebih dari %s yang ditelusuri penyebabnya satu per satu; yang pertama: %s. Biasanya satu kolom salah dari atas sampai bawah: perbaiki lalu periksa lagi.",
			"%s relations between figures (Selisih, %%, sums, copies) do not hold, more than the %s whose causes are traced one by one; the first: %s. Usually one column is wrong from top to bottom: correct it and check again.",
			count, limit, list)}
	if len(first) > 0 {
		f.Sheet = first[0].Sheet
	}
	return f
}
