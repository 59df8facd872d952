package rules

import (
	"testing"

	"lkjip/reconcile"
	rt "lkjip/rules/rulestest"
)

// budgetWithFisik is the clean budget table with a "Realisasi Fisik (%)" column the spec does
// not define, filled with figures.
func budgetWithFisik() [][]string {
	rows := budget()
	rows[2] = append(rows[2], "Realisasi Fisik (%)")
	for i := 3; i < len(rows); i++ {
		rows[i] = append(rows[i], "#100")
	}
	return rows
}

func TestUM018UnknownColumnOfFigures(t *testing.T) {
	w := rt.Workbook(budgetSheet(budgetWithFisik()))
	got := rt.Expect(t, UM018, w, rt.Want{At: "Realisasi Anggaran!G3", Actual: "Realisasi Fisik (%)"})
	if len(got) == 1 && got[0].Severity != reconcile.Info {
		t.Errorf("UM018 severity %v, want info", got[0].Severity)
	}
}

func TestUM018KnownColumnsOrUnknownTextIsQuiet(t *testing.T) {
	// The clean table: every column placed.
	rt.Expect(t, UM018, rt.Workbook(budgetSheet(budget())))
	// An unknown column of words (a remark) holds no figure: nothing to note.
	rows := budget()
	rows[2] = append(rows[2], "Catatan")
	for i := 3; i < len(rows); i++ {
		rows[i] = append(rows[i], "sesuai")
	}
	rt.Expect(t, UM018, rt.Workbook(budgetSheet(rows)))
}

// TestCoverageOfUnknownColumn: the unknown column's figures are the unchecked ones, named by
// the column; every other figure of the clean table is checked by the budget rules.
func TestCoverageOfUnknownColumn(t *testing.T) {
	w := rt.Workbook(budgetSheet(budgetWithFisik()))
	cov := reconcile.CoverageOf(w, All, nil)
	// 8 rows (7 and Jumlah) x Anggaran, Realisasi, Selisih, % and Fisik; the Kode column
	// identifies rows and holds text anyway.
	if cov.Figures != 40 || cov.Checked != 32 {
		t.Errorf("coverage %d of %d, want 32 of 40", cov.Checked, cov.Figures)
	}
	if len(cov.Unchecked) != 1 || cov.Unchecked[0].String() != "Realisasi Anggaran!G4:G11" || cov.Unchecked[0].Header != "Realisasi Fisik (%)" {
		t.Errorf("unchecked %+v, want Realisasi Anggaran!G4:G11 under Realisasi Fisik (%%)", cov.Unchecked)
	}
}
