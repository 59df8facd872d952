package rules

import (
	"testing"

	rt "lkjip/rules/rulestest"
)

func skalaSheet(rows ...[]string) rt.Sheet {
	return rt.Sheet{Name: "Skala", Rows: append([][]string{{"Batas Bawah", "Batas Atas", "Predikat"}}, rows...)}
}

func TestSKLCleanScale(t *testing.T) {
	w := rt.Workbook(skalaSheet(
		[]string{"#90", "#100", "Amat Baik"},
		[]string{"#80", "#90", "Baik"},
		[]string{"#50", "#80", "Cukup Baik"},
		[]string{"#0", "#50", "Kurang"}))
	rt.Expect(t, SKL001, w)
	rt.Expect(t, SKL002, w)
	rt.Expect(t, SKL003, w)
	// Rows in rising order, and lower bounds only ("from 80"), are contiguous too.
	w = rt.Workbook(skalaSheet(
		[]string{"0", "-", "Kurang"},
		[]string{"#50", "", "Cukup Baik"},
		[]string{"#80", "#90", "Baik"},
		[]string{"#90", "", "Amat Baik"}))
	rt.Expect(t, SKL001, w)
	rt.Expect(t, SKL002, w)
	// A bottom row "below 50" with no Batas Bawah joins the row above at its Batas Atas.
	w = rt.Workbook(skalaSheet(
		[]string{"#90", "#100", "Amat Baik"},
		[]string{"#80", "#90", "Baik"},
		[]string{"#50", "#80", "Cukup Baik"},
		[]string{"-", "#50", "Kurang"}))
	rt.Expect(t, SKL001, w)
	rt.Expect(t, SKL002, w)
}

// TestSKL001Kragan: the report's 90-100, 80-89, 50-79, <49 leaves [89, 90), [79, 80) and
// [49, 50) without a label.
func TestSKL001Kragan(t *testing.T) {
	w := rt.Workbook(skalaSheet(
		[]string{"#90", "#100", "Amat Baik"},
		[]string{"#80", "#89", "Baik"},
		[]string{"#50", "#79", "Cukup Baik"},
		[]string{"#0", "#49", "Kurang"}))
	got := rt.Expect(t, SKL001, w, rt.Want{At: "Skala!B3", Expected: "90", Actual: "89"}, rt.Want{At: "Skala!B4", Expected: "80", Actual: "79"}, rt.Want{At: "Skala!B5", Expected: "50", Actual: "49"})
	expectFixes(t, got, fixWant{At: "Skala!B3", Fix: "90"}, fixWant{At: "Skala!B4", Fix: "80"}, fixWant{At: "Skala!B5", Fix: "50"})
}

func TestSKL001OverlapAndRepeat(t *testing.T) {
	w := rt.Workbook(skalaSheet(
		[]string{"#0", "#50", "Kurang"},
		[]string{"#90", "#100", "Amat Baik"},
		[]string{"#80", "#90.5|0.0", "Baik"},
		[]string{"#80", "#85", "Cukup"},
		[]string{"#50", "#8", "Cukup Baik"}))
	// B4 overlaps Amat Baik; A5 starts where Baik starts; B6 (8, inverted) should reach 80.
	got := rt.Expect(t, SKL001, w, rt.Want{At: "Skala!B4", Expected: "90", Actual: "90.5"}, rt.Want{At: "Skala!A5", Actual: "80"}, rt.Want{At: "Skala!B6", Expected: "80", Actual: "8"})
	// Two rows starting at one figure: which one moves is not known, so no fix.
	expectFixes(t, got, fixWant{At: "Skala!B4", Fix: "90"}, fixWant{At: "Skala!A5"}, fixWant{At: "Skala!B6", Fix: "80"})
	rt.Expect(t, SKL002, w)
}

func TestSKL002Inverted(t *testing.T) {
	w := rt.Workbook(skalaSheet(
		[]string{"#90", "#9", "Amat Baik"},
		[]string{"#80", "#90", "Baik"},
		[]string{"#80", "#70", "Cukup"},
		[]string{"#0", "#80", "Kurang"}))
	rt.Expect(t, SKL002, w, rt.Want{At: "Skala!B2", Actual: "9"}, rt.Want{At: "Skala!B4", Actual: "70"})
}

func TestSKL003DuplicateLabel(t *testing.T) {
	w := rt.Workbook(skalaSheet(
		[]string{"#90", "#100", "Amat Baik"},
		[]string{"#80", "#90", "Baik"},
		[]string{"#50", "#80", "BAIK "},
		[]string{"#0", "#50", "Kurang"}))
	rt.Expect(t, SKL003, w, rt.Want{At: "Skala!C4", Actual: "BAIK"})
}

// TestSKLIntervalsInOneColumn: a scale written as intervals with one sign in one column under
// a "Kriteria" header (Inspektorat Sampang 2019, Tabel 3.1) is read, and its gaps named at the
// interval cells.
func TestSKLIntervalsInOneColumn(t *testing.T) {
	sheet := func(rows ...[]string) rt.Sheet {
		return rt.Sheet{Name: "Skala", Rows: append([][]string{{"No", "Interval Nilai Realisasi Kinerja", "Kriteria Penilaian Realisasi Kinerja"}}, rows...)}
	}
	rt.Expect(t, SKL001, rt.Workbook(sheet(
		[]string{"1", "91 % ≤ 100 %", "Sangat Baik"},
		[]string{"2", "76 % ≤ 91%", "Baik"},
		[]string{"3", "≤ 76 %", "Cukup"})))
	rt.Expect(t, SKL001, rt.Workbook(sheet(
		[]string{"1", "91 % ≤ 100 %", "Sangat Baik"},
		[]string{"2", "76 % ≤ 90%", "Baik"},
		[]string{"3", "≤ 75 %", "Cukup"})),
		rt.Want{At: "Skala!B3", Expected: "91", Actual: "90"},
		rt.Want{At: "Skala!B4", Expected: "76", Actual: "75"})
}
