package rules

import (
	"testing"

	rt "lkjip/rules/rulestest"
)

func TestUM006FormulaWithoutCache(t *testing.T) {
	rows := budget()
	rows[5][5] = "=D6/C6*100"       // written by a script, never calculated
	rows[6][5] = "=D7/C7*100|95"    // calculated
	rows[3][5] = "=ROUND(D4/C4*100" // broken, and without a value either
	rt.Expect(t, UM006, rt.Workbook(budgetSheet(rows)), rt.Want{At: "Realisasi Anggaran!F6"}, rt.Want{At: "Realisasi Anggaran!F4"})
	rt.Expect(t, UM012, rt.Workbook(budgetSheet(rows))) // an uncalculated formula is not "left empty"
}

func TestUM007StaleCache(t *testing.T) {
	rows := budget()
	rows[5][5] = "=D6/C6*100|95"                                      // 57/60 = 95: fresh
	rows[6][5] = "=D7/C7*100|96"                                      // 38/40 = 95: stale
	rows[10][2] = "=SUM(C4,C9)|350000000"                             // fresh
	rows[10][3] = "=SUM(D4,D9)|345000000"                             // 290 + 50 = 340 million: stale
	rows[9][5] = "=IFERROR(D10/C10*100,0)|100"                        // fresh
	rows[4][4] = "=C5-D5|5000000"                                     // fresh
	rows[8][4] = "=FOO(C9)|0"                                         // unsupported function: skipped
	rows[3][5] = "='Realisasi Anggaran'!D4/C4*100|96.666666666666671" // a float artefact, fresh
	w := rt.Workbook(budgetSheet(rows))
	rt.Expect(t, UM007, rt.Workbook(budgetSheet(budget()))) // no formulas at all
	rt.Expect(t, UM007, w, rt.Want{At: "Realisasi Anggaran!F7", Expected: "95", Actual: "96"},
		rt.Want{At: "Realisasi Anggaran!D11", Expected: "340000000", Actual: "345000000"})
	// The stale Jumlah is one finding: LRA004 says the same of the same cell and is not
	// repeated.
	got := rt.Run(w, UM007, LRA004)
	n := 0
	for _, f := range got {
		if f.Cell == "D11" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("D11 reported %d times, want once: %+v", n, got)
	}
}

func TestUM009DeclaredFormula(t *testing.T) {
	rows := measurement()
	rt.Expect(t, UM009, rt.Workbook(pengukuran(rows)...)) // 4=3/2*100 and 8=3/7*100 are standard
	rows[2][7] = "4=3*100/2"                              // equivalent
	rows[2][11] = "8=7/3*100"                             // upside down
	rt.Expect(t, UM009, rt.Workbook(pengukuran(rows)...), rt.Want{At: "Pengukuran!L3", Expected: "3/7*100", Actual: "7/3*100"})
	rows[2][11] = "8=3/7 x 100"
	rt.Expect(t, UM009, rt.Workbook(pengukuran(rows)...))
}

func TestUM010ValuesAgainstDeclaration(t *testing.T) {
	rows := measurement()
	rows[2][7] = "4=3/7*100" // declares Realisasi / Target Akhir for % Capaian
	// Row 4 follows the standard formula (105.63), not the declared one (99.41);
	// row 5 (Negatif) and row 6 (Rentang) neither.
	rows[5][7] = "#78.57|0.00"
	w := rt.Workbook(pengukuran(rows)...)
	rt.Expect(t, UM009, w, rt.Want{At: "Pengukuran!H3", Expected: "3/2*100"})
	rt.Expect(t, UM010, rt.Workbook(pengukuran(measurement())...)) // standard declarations
	rt.Expect(t, UM010, w, rt.Want{At: "Pengukuran!H4", Expected: "99.41", Actual: "105.63"},
		rt.Want{At: "Pengukuran!H5", Expected: "150.00", Actual: "80.00"})
}
