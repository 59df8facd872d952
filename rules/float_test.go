package rules

import (
	"strings"
	"testing"

	rt "lkjip/rules/rulestest"
)

// artefacts is the whole workbook with its capaian stored as Excel and openpyxl store them:
// 98,57 as 98.56999999999999, 96,92 as 96.92000000000000 written with noise. Read at 15
// significant digits, as Excel shows and computes them, sasaran 1 is (98,57 + 96,92) / 2 =
// 97,745 (shows 97,75) and the average of the two sasaran (97,745 + 91,665) / 2 = 94,705
// (shows 94,71). Read as the artefacts spell them, they would be 97,744999999999995 and
// 94,7049999999999975, and a clean workbook would show 97,74 and 94,70.
func artefacts() []rt.Sheet {
	s := whole()
	p := sheetOf(s, "Pengukuran")
	// Positif: 78,856 / 80 = 98,57; s/d: 78,856 / 85 = 92,77.
	p[3][6], p[3][7], p[3][11], p[3][12] = "#78.856", "#98.56999999999999", "#92.77|0.00", "Amat Baik"
	// Negatif: (2 x 5 - 5,154) / 5 = 96,92; s/d: (2 x 4 - 5,154) / 4 = 71,15.
	p[4][6], p[4][7], p[4][11], p[4][12] = "#5.154", "#96.920000000000002|0.00", "#71.15|0.00", "Amat Baik"
	// Rentang 60 – 70, below it: 54,999 / 60 = 91,665; s/d: 54,999 / 70 = 78,57.
	p[5][6], p[5][7] = "#54.999", "#91.665"
	as := sheetOf(s, "Anggaran Sasaran")
	as[1][5], as[2][5] = "97,75", "91,67"
	r := sheetOf(s, "Ringkasan")
	r[1][1], r[2][1], r[3][1] = "97,75", "91,67", "94,71"
	return s
}

// A stored double is read at 15 significant digits both where the cell is compared and where
// it is an input to another figure: averaged from artefacts, the Ringkasan Rata-rata and the
// Anggaran Sasaran % Capaian Kinerja are what Excel shows, and the workbook is clean.
func TestFloatArtefactsAsInputs(t *testing.T) {
	w := rt.Workbook(artefacts()...)
	if got := rt.Run(w, All...); len(got) != 0 {
		for _, f := range got {
			t.Errorf("%s %s!%s %s (expected %s, actual %s)", f.Rule, f.Sheet, f.Cell, f.Message.EN, f.Expected, f.Actual)
		}
	}
	// The same figures, one decimal further, are still judged: the sums are not rounded away.
	s := artefacts()
	sheetOf(s, "Ringkasan")[3][1] = "94,70"
	sheetOf(s, "Anggaran Sasaran")[1][5] = "97,74"
	w = rt.Workbook(s...)
	rt.Expect(t, RGK002, w, rt.Want{At: "Ringkasan!B4", Expected: "94.71", Actual: "94.70"})
	rt.Expect(t, ASR003, w, rt.Want{At: "Anggaran Sasaran!F2", Expected: "97.75", Actual: "97.74"})
}

// A finding on a cell storing an artefact prints the figure the cell shows, in the Tertulis
// column as in the message.
func TestFloatArtefactActual(t *testing.T) {
	for _, cell := range []string{"#98.56999999999999", "#98.569999999999993|0.00"} {
		w := rt.Workbook(budgetPerSasaran(cell)...)
		got := rt.Expect(t, ASR003, w, rt.Want{At: "Anggaran Sasaran!F2", Expected: "92.82", Actual: "98.57"})
		for _, f := range got {
			for _, msg := range []string{f.Message.ID, f.Message.EN} {
				if strings.Contains(msg, "9999") || !strings.Contains(msg, "98") {
					t.Errorf("%s: message %q, want the figure as shown", cell, msg)
				}
			}
			if !strings.Contains(f.Message.ID, "tertulis 98,57.") {
				t.Errorf("%s: message %q, want tertulis 98,57.", cell, f.Message.ID)
			}
		}
	}
}

// A ratio Excel computed in the General format holds 15 significant digits, and its 15th is
// the double's: 552.489.000 / 607.620.000 x 100 is 90.92673052236594 as a double, which reads
// 90.9267305223659, while the exact ratio rounded there is 90.9267305223660. The General
// format shows at most nine decimals, where the two agree: the figure is right, and so is the
// formula's cached value.
func TestGeneralRatioComparedAtShownDecimals(t *testing.T) {
	rows := budget()
	rows[3][2], rows[3][3] = "#607620000", "#552489000"
	rows[3][5] = "=D4/C4*100|90.92673052236594"
	w := rt.Workbook(budgetSheet(rows))
	rt.Expect(t, LRA002, w)
	rt.Expect(t, UM007, w)
	// Nine decimals are still judged.
	rows[3][5] = "=D4/C4*100|90.926730523"
	rt.Expect(t, UM007, rt.Workbook(budgetSheet(rows)), rt.Want{At: "Realisasi Anggaran!F4", Expected: "90.926730522", Actual: "90.926730523"})
}
