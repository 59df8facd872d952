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

func TestUM020UnknownColumnOfFigures(t *testing.T) {
	w := rt.Workbook(budgetSheet(budgetWithFisik()))
	got := rt.Expect(t, UM020, w, rt.Want{At: "Realisasi Anggaran!G3", Actual: "Realisasi Fisik (%)"})
	if len(got) == 1 && got[0].Severity != reconcile.Info {
		t.Errorf("UM020 severity %v, want info", got[0].Severity)
	}
}

func TestUM020KnownColumnsOrUnknownTextIsQuiet(t *testing.T) {
	// The clean table: every column placed.
	rt.Expect(t, UM020, rt.Workbook(budgetSheet(budget())))
	// An unknown column of words (a remark) holds no figure: nothing to note.
	rows := budget()
	rows[2] = append(rows[2], "Catatan")
	for i := 3; i < len(rows); i++ {
		rows[i] = append(rows[i], "sesuai")
	}
	rt.Expect(t, UM020, rt.Workbook(budgetSheet(rows)))
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

// TestUM020IssueBudgetTable is the budget table of issue #16 whose % column lkjip does not
// place: the column is noted and its figures (a wrong 80,5 among them: 307.055.630 /
// 398.379.650 gives 77,1) are listed as not checked, where before the report said nothing.
// Once the header vocabulary places the column (issue #16, item 3), LRA002 must find D2
// instead, and every figure is checked: either way, the wrong figure is not passed in silence.
func TestUM020IssueBudgetTable(t *testing.T) {
	w := rt.Workbook(rt.Sheet{Name: "Realisasi Anggaran", Rows: [][]string{
		{"PROGRAM/ KEGIATAN", "ANGGARAN", "REALISASI", "CAPAIAN REALISASI ANGGARAN (%)"},
		{"Program Penunjang Urusan Pemerintahan Daerah", "#398379650", "#307055630", "#80.5|0.0"},
		{"Program Pemerintahan", "#100000000", "#95000000", "#95|0.0"},
	}})
	tab := w.Table("Realisasi Anggaran")
	if tab == nil {
		t.Fatal("the table is not recognised")
	}
	cov := reconcile.CoverageOf(w, All, nil)
	if tab.Column("persen") != nil {
		rt.Expect(t, LRA002, w, rt.Want{At: "Realisasi Anggaran!D2", Expected: "77.1", Actual: "80.5"})
		if cov.Figures != 6 || cov.Checked != 6 {
			t.Errorf("coverage %+v, want 6 of 6", cov)
		}
		return
	}
	rt.Expect(t, UM020, w, rt.Want{At: "Realisasi Anggaran!D1", Actual: "CAPAIAN REALISASI ANGGARAN (%)"})
	if cov.Figures != 6 || cov.Checked != 4 || len(cov.Unchecked) != 1 || cov.Unchecked[0].String() != "Realisasi Anggaran!D2:D3" {
		t.Errorf("coverage %+v, want 4 of 6, D2:D3 not checked", cov)
	}
	want := `4 dari 6 angka diperiksa; tidak diperiksa: Realisasi Anggaran!D2:D3 (kolom "CAPAIAN REALISASI ANGGARAN (%)" tidak dikenal)`
	if got := cov.Line("id"); got != want {
		t.Errorf("line %q, want %q", got, want)
	}
}
