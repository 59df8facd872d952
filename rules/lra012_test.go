package rules

import (
	"fmt"
	"testing"

	rt "lkjip/rules/rulestest"
)

// monthly is an e-kinerja budget table: Realisasi Anggaran (Rp) over the months 1 ... 12 and
// their Jumlah, two rows whose months add up to 780 and 390; March of the second row is empty.
func monthly() rt.Sheet {
	top := []string{"No", "Uraian", "Anggaran (Rp)", "Realisasi Anggaran (Rp)"}
	sub := []string{"", "", ""}
	one := []string{"1", "Penyusunan Renstra", "#1200"}
	two := []string{"2", "Penyusunan Renja", "#600"}
	for m := 1; m <= 12; m++ {
		if m > 1 {
			top = append(top, "")
		}
		sub = append(sub, fmt.Sprintf("#%d", m))
		one = append(one, fmt.Sprintf("#%d", 10*m))
		if m == 3 {
			two = append(two, "")
		} else {
			two = append(two, fmt.Sprintf("#%d", 5*m+2)) // 5*78 - 15 + 2*11 = 397
		}
	}
	top = append(top, "", "%")
	sub = append(sub, "Jumlah", "")
	one = append(one, "#780", "#65|0.00")
	two = append(two, "#397", "#66.17")
	return rt.Sheet{Name: "Realisasi Anggaran", Rows: [][]string{top, sub, one, two},
		Merges: []string{"A1:A2", "B1:B2", "C1:C2", "D1:P1", "Q1:Q2"}}
}

func TestLRA012JumlahOfMonths(t *testing.T) {
	rt.Expect(t, LRA012, rt.Workbook(monthly()))
	s := monthly()
	s.Rows[2][15] = "#800" // the Jumlah of row 3 mistyped: its months say 780
	rt.Expect(t, LRA012, rt.Workbook(s), rt.Want{At: "Realisasi Anggaran!P3", Expected: "780", Actual: "800"})
}
