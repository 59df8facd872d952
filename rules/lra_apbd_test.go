package rules

import (
	"strings"
	"testing"

	"lkjip/reconcile"
	rt "lkjip/rules/rulestest"
)

// postur is a region's budget as the DJPK portal prints it (POSTUR APBD): no Kode, amounts
// in miliar rounded to 0,01 ("2.325,32 M"), percentages from the exact amounts, a netto
// Pembiayaan. Every figure is right: the totals miss the sum of their printed rows by the
// rounding, and the percentages the ratio of the printed amounts.
func postur() [][]string {
	return [][]string{
		{"POSTUR APBD"},
		{"Akun", "Anggaran/Pagu", "Realisasi", "%"},
		{"Pendapatan Daerah", "2.325,32 M", "1.008,98 M", "43.39"},                            // 3
		{"PAD", "229,95 M", "98,62 M", "42.89"},                                               // 4
		{"Pajak Daerah", "66,82 M", "23,52 M", "35.20"},                                       // 5
		{"Retribusi Daerah", "13,93 M", "3,44 M", "24.71"},                                    // 6: 24.69 from the printed amounts
		{"Hasil Pengelolaan Kekayaan Daerah yang Dipisahkan", "15,04 M", "28,49 M", "189.49"}, // 7: income above its target
		{"Lain-Lain PAD yang Sah", "134,16 M", "43,17 M", "32.17"},                            // 8
		{"TKDD", "1.921,76 M", "873,76 M", "45.47"},                                           // 9
		{"Pendapatan Transfer Pemerintah Pusat", "1.921,76 M", "873,76 M", "45.47"},
		{"Pendapatan Lainnya", "173,62 M", "36,60 M", "21.08"}, // 11: 54,41 + 119,20 = 173,61
		{"Pendapatan Hibah", "54,41 M", "1,52 M", "2.79"},
		{"Pendapatan Transfer Antar Daerah", "119,20 M", "35,08 M", "29.43"},
		{"Pembiayaan Daerah", "53,50 M", "82,71 M", "154.60"},             // 14: netto
		{"Penerimaan Pembiayaan Daerah", "68,50 M", "112,71 M", "164.55"}, // 15: SiLPA above its estimate
		{"Sisa Lebih Perhitungan Anggaran Tahun Sebelumnya", "68,50 M", "112,71 M", "164.55"},
		{"Pengeluaran Pembiayaan Daerah", "15,00 M", "30,00 M", "200.00"}, // 17
		{"Pembentukan Dana Cadangan", "15,00 M", "30,00 M", "200.00"},
	}
}

var apbdRules = []*reconcile.Rule{LRA001, LRA002, LRA003, LRA004, LRA005, LRA006, LRA011}

func TestPosturAPBDIsRight(t *testing.T) {
	w := rt.Workbook(budgetSheet(postur()))
	for _, r := range apbdRules {
		if r == LRA005 {
			// Pengeluaran realised 200 % of its pagu: a fact LRA005 reports, not a mistake
			// of the print.
			rt.ExpectWith(t, LRA005, apbdRules, w,
				rt.Want{At: "Realisasi Anggaran!C17", Expected: "<= 15.00", Actual: "30.00"},
				rt.Want{At: "Realisasi Anggaran!C18", Expected: "<= 15.00", Actual: "30.00"})
			continue
		}
		rt.ExpectWith(t, r, apbdRules, w)
	}
}

// TestPosturAPBDNetto: Pembiayaan Daerah is penerimaan − pengeluaran (spec silent; the APBD's
// own structure). A printed 0,00 where 112,71 − 30,00 = 82,71 is named, with the netto.
func TestPosturAPBDNetto(t *testing.T) {
	rows := postur()
	rows[13][2] = "0,00 M"
	rows[13][3] = "0.00"
	w := rt.Workbook(budgetSheet(rows))
	rt.ExpectWith(t, LRA003, apbdRules, w, rt.Want{At: "Realisasi Anggaran!C14", Expected: "82.71", Actual: "0.00"})
	// A negative netto is no negative amount, nor above its anggaran.
	rows = postur()
	rows[13][1], rows[13][2], rows[13][3] = "-3,00 M", "0,00 M", "0.00"
	rows[14][1], rows[15][1] = "3,50 M", "3,50 M"
	rows[14][2], rows[15][2], rows[16][2], rows[17][2] = "0,00 M", "0,00 M", "0,00 M", "0,00 M"
	rows[14][3], rows[15][3], rows[16][3], rows[17][3] = "0.00", "0.00", "0.00", "0.00"
	rows[16][1], rows[17][1] = "6,50 M", "6,50 M"
	w = rt.Workbook(budgetSheet(rows))
	for _, r := range []*reconcile.Rule{LRA003, LRA005, LRA006} {
		rt.ExpectWith(t, r, apbdRules, w)
	}
}

// TestPosturAPBDRounding: within the rounding of printed miliar a total and a % are right;
// beyond it they are not.
func TestPosturAPBDRounding(t *testing.T) {
	rows := postur()
	rows[10][1] = "173,64 M" // 54,41 + 119,20 = 173,61: 0,03 is more than two roundings
	rows[10][3] = "21.08"
	rt.ExpectWith(t, LRA003, apbdRules, rt.Workbook(budgetSheet(rows)),
		rt.Want{At: "Realisasi Anggaran!B11", Expected: "173.61", Actual: "173.64"})
	rows = postur()
	rows[5][3] = "24.80" // 3,44 / 13,93 lies between 24,65 and 24,74 whatever the rounding
	rt.ExpectWith(t, LRA002, apbdRules, rt.Workbook(budgetSheet(rows)),
		rt.Want{At: "Realisasi Anggaran!D6", Expected: "24.69", Actual: "24.80"})
}

// TestMiliarBesideRupiahIsUM004: in a column that writes amounts in rupiah, one in miliar is
// not read (two units would be added together); UM004 names it and says why.
func TestMiliarBesideRupiahIsUM004(t *testing.T) {
	w := rt.Workbook(budgetSheet([][]string{
		{"Uraian", "Anggaran", "Realisasi"},
		{"Program Penunjang", "2,50 M", "#2000000000"},
		{"Program Pelayanan", "#1500000000", "#1200000000"},
	}))
	got := rt.Expect(t, UM004, w, rt.Want{At: "Realisasi Anggaran!B2", Actual: "2,50 M"})
	if len(got) == 1 && !strings.Contains(got[0].Message.EN, "miliar") {
		t.Errorf("UM004 does not say the unit: %s", got[0].Message.EN)
	}
	// A column in miliar throughout is read: no UM004.
	rt.Expect(t, UM004, rt.Workbook(budgetSheet(postur())))
}
