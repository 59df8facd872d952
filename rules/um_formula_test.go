package rules

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"lkjip/reconcile"
	"lkjip/reconcile/formula"
	wb "lkjip/reconcile/workbook"
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
	got := rt.Expect(t, UM009, rt.Workbook(pengukuran(rows)...), rt.Want{At: "Pengukuran!L3", Expected: "3/7*100", Actual: "7/3*100"})
	expectFixes(t, got, fixWant{At: "Pengukuran!L3", Fix: "8=3/7*100"})
	rows[2][11] = "8=3/7 x 100"
	rt.Expect(t, UM009, rt.Workbook(pengukuran(rows)...))

	// A Selisih declared neither way is fixed to the convention the table's rows follow.
	budgetRows := func(selisih string, flip bool) [][]string {
		b := budget()
		numbers := []string{"1", "2", "3", "4", selisih, "6=4/3*100"}
		if flip {
			for _, r := range b[3:] {
				r[4] = "-" + strings.TrimPrefix(r[4], "#")
				if r[4] == "-0" {
					r[4] = "0"
				}
			}
		}
		return append(b[:3], append([][]string{numbers}, b[3:]...)...)
	}
	rt.Expect(t, UM009, rt.Workbook(budgetSheet(budgetRows("5=3-4", false))))
	got = rt.Expect(t, UM009, rt.Workbook(budgetSheet(budgetRows("5=3+4", false))), rt.Want{At: "Realisasi Anggaran!E4", Expected: "3-4"})
	expectFixes(t, got, fixWant{At: "Realisasi Anggaran!E4", Fix: "5=3-4"})
	got = rt.Expect(t, UM009, rt.Workbook(budgetSheet(budgetRows("5=3+4", true))), rt.Want{At: "Realisasi Anggaran!E4", Expected: "4-3"})
	expectFixes(t, got, fixWant{At: "Realisasi Anggaran!E4", Fix: "5=4-3"})
}

// TestUM010ValuesAgainstDeclaration: a wrong declaration in a column that has a standard
// formula is UM009's one finding, and the values below it are judged by the standard formula
// only (spec, "Reading rules"); only a column without one is held to its declaration.
func TestUM010ValuesAgainstDeclaration(t *testing.T) {
	rt.Expect(t, UM010, rt.Workbook(pengukuran(measurement())...)) // standard declarations

	// % Capaian s/d declares % Capaian T-2 / Target Akhir: one finding, at the declaration;
	// the figures, right by Realisasi / Target Akhir, are not called wrong.
	rows := measurement()
	rows[2][11] = "8=6/7*100"
	w := rt.Workbook(pengukuran(rows)...)
	rt.Expect(t, UM009, w, rt.Want{At: "Pengukuran!L3", Expected: "3/7*100", Actual: "6/7*100"})
	rt.Expect(t, UM010, w)
	rt.Expect(t, PGK002, w)

	// % Capaian declares Realisasi / Target Akhir; a figure wrong by the standard formula is
	// the column's own rule's, once.
	rows = measurement()
	rows[2][7] = "4=3/7*100"
	rows[5][7] = "#78.57|0.00" // Rentang: 55 below 60 -> 91.67
	w = rt.Workbook(pengukuran(rows)...)
	rt.Expect(t, UM009, w, rt.Want{At: "Pengukuran!H3", Expected: "3/2*100"})
	rt.Expect(t, UM010, w)
	rt.Expect(t, PGK001, w, rt.Want{At: "Pengukuran!H6", Expected: "91.67", Actual: "78.57"})

	// A column without a standard formula (% Capaian T-1) is held to what it declares.
	rows = measurement()
	rows[2][8] = "5=3/2*100"
	w = rt.Workbook(pengukuran(rows)...)
	rt.Expect(t, UM009, w)
	got := rt.Expect(t, UM010, w, rt.Want{At: "Pengukuran!I4", Expected: "105.63", Actual: "99.10"},
		rt.Want{At: "Pengukuran!I5", Expected: "120.00", Actual: "90.00"})
	expectFixes(t, got, fixWant{At: "Pengukuran!I4", Fix: "105.63"}, fixWant{At: "Pengukuran!I5", Fix: "120.00"})
}

// wideSums is the budget sheet with n formulas below it, each summing the whole sheet (every
// other formula included) from A1 to XFD: a file built so that recomputing costs n² cell
// reads (20,000 of them would read 400 million and take hours).
func wideSums(n int) *wb.Workbook {
	rows := budget()
	for i := 0; i < n; i++ {
		row := make([]string, 30)
		row[29] = "=SUM(A1:XFD" + strconv.Itoa(len(budget())+n) + ")|1"
		rows = append(rows, row)
	}
	return rt.Workbook(budgetSheet(rows))
}

// TestUM018BoundedRecomputation: UM007 stops when the file's budget is spent, and UM021 says
// so once, at the first formula not recomputed, with how many were not; 20,000 wide sums are
// checked in seconds. A workbook within the budget gets no note.
func TestUM018BoundedRecomputation(t *testing.T) {
	rt.ExpectWith(t, UM021, []*reconcile.Rule{UM007}, wideSums(100)) // within the budget: every formula recomputed

	const n = 20000
	w := wideSums(n)
	start := time.Now()
	got := rt.Run(w, UM007)
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("20,000 wide sums took %v", d)
	} else {
		t.Logf("20,000 wide sums checked in %v", d.Round(time.Millisecond))
	}
	var notes []reconcile.Finding
	stale := 0
	for _, f := range got {
		switch f.Rule {
		case "UM021":
			notes = append(notes, f)
		case "UM007":
			stale++ // each formula caches 1, far from the sum
		}
	}
	if len(notes) != 1 {
		t.Fatalf("%d UM021 notes, want one: %+v", len(notes), notes)
	}
	note := notes[0]
	first := len(budget()) + 1 // the first formula's row
	row, _ := strconv.Atoi(strings.TrimPrefix(note.Cell, "AD"))
	left := n - (row - first)
	if note.Severity != reconcile.Info || note.Sheet != "Realisasi Anggaran" || !strings.HasPrefix(note.Cell, "AD") || row <= first ||
		note.Actual != strconv.Itoa(left) || stale != row-first || left < n/2 {
		t.Errorf("note %+v after %d recomputed formulas", note, stale)
	}
	if !strings.Contains(note.Message.EN, strconv.Itoa(left)+" formulas, from this cell on, were not recomputed") ||
		!strings.Contains(note.Message.ID, strconv.Itoa(left)+" rumus, mulai dari sel ini, tidak dihitung ulang") {
		t.Errorf("message %+v", note.Message)
	}
	rt.ExpectWith(t, UM021, []*reconcile.Rule{UM007}, w, rt.Want{At: "Realisasi Anggaran!" + note.Cell, Actual: note.Actual})

	// Turned off in the settings, the note is not made; UM007 is still bounded.
	s := reconcile.DefaultSettings()
	s.Disabled = map[string]bool{"UM021": true}
	for _, f := range reconcile.Run(w, []*reconcile.Rule{UM007}, s) {
		if f.Rule == "UM021" {
			t.Errorf("UM021 turned off but reported: %+v", f)
		}
	}
}

// TestUM007WideRangeReadsWhatTheSheetHolds: the resolver UM007 evaluates through walks a range
// reaching column XFD, or the whole sheet, over the cells the rows hold, and gives what Excel
// reads: blank places skipped, text ignored by SUM and COUNT.
func TestUM007WideRangeReadsWhatTheSheetHolds(t *testing.T) {
	w := rt.Workbook(budgetSheet(budget()))
	res := cellResolver{w: w, sheet: w.Sheets[0]}
	for expr, want := range map[string]string{
		"SUM(C4:C10)":          "800000000", // the parents and their children
		"SUM(C5:XFD5)":         "200000095", // Anggaran, Realisasi, Selisih and % of one row
		"COUNT(A1:XFD1048576)": "32",        // the figures of eight rows
		"COUNTA(A3:B3)":        "2",
		"SUM(Missing!A1:B2)":   "#REF!",
	} {
		v, err := formula.Eval(expr, res)
		if err != nil || v.String() != want {
			t.Errorf("%s = %s, %v; want %s", expr, v.String(), err, want)
		}
	}
}
