package rules

import (
	"strings"
	"testing"

	"lkjip/reconcile"
	rt "lkjip/rules/rulestest"
)

// budget is a clean Realisasi Anggaran table with Kode: two programs, kegiatan, sub kegiatan.
func budget() [][]string {
	return [][]string{
		{"LAPORAN REALISASI ANGGARAN TAHUN 2023"},
		{""},
		{"Kode", "Uraian", "Anggaran", "Realisasi", "Selisih", "%"},
		{"7.01.01", "Program Penunjang", "#300000000", "#290000000", "#10000000", "#96.67|0.00"},
		{"7.01.01.2.01", "Perencanaan", "#100000000", "#95000000", "#5000000", "#95|0.00"},
		{"7.01.01.2.01.0001", "Penyusunan Renja", "#60000000", "#57000000", "#3000000", "#95|0.00"},
		{"7.01.01.2.01.0002", "Evaluasi Kinerja", "#40000000", "#38000000", "#2000000", "#95|0.00"},
		{"7.01.01.2.02", "Administrasi Keuangan", "#200000000", "#195000000", "#5000000", "#97.5|0.00"},
		{"7.01.02", "Program Pemerintahan", "#50000000", "#50000000", "#0", "#100|0.00"},
		{"7.01.02.2.01", "Pelayanan Publik", "#50000000", "#50000000", "#0", "#100|0.00"},
		{"", "Jumlah", "#350000000", "#340000000", "#10000000", "#97.14|0.00"},
	}
}

func budgetSheet(rows [][]string) rt.Sheet { return rt.Sheet{Name: "Realisasi Anggaran", Rows: rows} }

func TestLRARulesCleanTable(t *testing.T) {
	w := rt.Workbook(budgetSheet(budget()))
	if got := rt.Run(w, LRA001, LRA002, LRA003, LRA004, LRA005, LRA006, LRA007, LRA008, LRA009, UM008, UM012); len(got) != 0 {
		t.Fatalf("clean budget flagged: %+v", got)
	}
	tab := w.Table("Realisasi Anggaran")
	if tab == nil || len(tab.Rows) != 7 || tab.Total == nil {
		t.Fatalf("table not read: %+v", tab)
	}
	levels := []int{1, 2, 3, 3, 2, 1, 2}
	for i, r := range tab.Rows {
		if r.Level != levels[i] {
			t.Errorf("row %d level %d, want %d", r.Num, r.Level, levels[i])
		}
	}
}

func TestLRA001Selisih(t *testing.T) {
	rows := budget()
	rows[5][4] = "#3500000" // Penyusunan Renja: 60 - 57 = 3 million
	rt.Expect(t, LRA001, rt.Workbook(budgetSheet(rows)), rt.Want{At: "Realisasi Anggaran!E6", Expected: "3000000", Actual: "3500000"})
}

func TestLRA002Persen(t *testing.T) {
	rows := budget()
	rows[3][5] = "#96.76|0.00" // 290/300 = 96.666.. -> 96.67
	rows[8][5] = "#100"        // General, shows no decimals: 100 is right
	rt.Expect(t, LRA002, rt.Workbook(budgetSheet(rows)), rt.Want{At: "Realisasi Anggaran!F4", Expected: "96.67", Actual: "96.76"})
}

func TestLRA002RoundsAtShownDecimals(t *testing.T) {
	rows := budget()
	rows[3][5] = "#96.7|0.0"    // one decimal: 96.7 is right
	rows[10][5] = "#97.1428571" // Jumlah: 340/350*100 = 97.142857142.. at 7 decimals -> 97.1428571
	rt.Expect(t, LRA002, rt.Workbook(budgetSheet(rows)))
	rows[10][5] = "#97.1428572"
	rt.Expect(t, LRA002, rt.Workbook(budgetSheet(rows)), rt.Want{At: "Realisasi Anggaran!F11", Expected: "97.1428571"})
}

func TestLRA003ParentSum(t *testing.T) {
	rows := budget()
	rows[4][3] = "#96000000" // Perencanaan realisasi: children say 95 million
	w := rt.Workbook(budgetSheet(rows))
	// One mistake, one finding, at the cause (spec, "Which cell a finding names"): the
	// program above Perencanaan adds up once Perencanaan is corrected, and is not named.
	rt.Expect(t, LRA003, w, rt.Want{At: "Realisasi Anggaran!D5", Expected: "95000000", Actual: "96000000"})
}

func TestLRA004Jumlah(t *testing.T) {
	rows := budget()
	rows[10][2] = "#360000000"
	rt.Expect(t, LRA004, rt.Workbook(budgetSheet(rows)), rt.Want{At: "Realisasi Anggaran!C11", Expected: "350000000", Actual: "360000000"})
}

func TestLRA005RealisasiAboveAnggaran(t *testing.T) {
	rows := budget()
	rows[9][3], rows[9][4], rows[9][5] = "#52000000", "#-2000000", "#104|0.00"
	rt.Expect(t, LRA005, rt.Workbook(budgetSheet(rows)), rt.Want{At: "Realisasi Anggaran!D10"})
}

func TestLRA006Negative(t *testing.T) {
	rows := budget()
	rows[5][3] = "(57.000.000)"
	rt.Expect(t, LRA006, rt.Workbook(budgetSheet(rows)), rt.Want{At: "Realisasi Anggaran!D6", Actual: "-57000000"})
}

func TestLRA007CountedTwice(t *testing.T) {
	// The Kragan pattern: a group row repeats a kegiatan inside a program.
	rows := [][]string{
		{"No", "Uraian", "Anggaran", "Realisasi", "Selisih", "%"},
		{"", "Belanja Tidak Langsung", "1.991.620.000", "1.991.620.000", "-", "100,00"},
		{"I.", "Program Penunjang", "2.005.680.000", "2.001.050.000", "4.630.000", "99,77"},
		{"1.", "Perencanaan", "14.060.000", "9.430.000", "4.630.000", "67,07"},
		{"2.", "Administrasi Keuangan", "1.991.620.000", "1.991.620.000", "0", "100,00"},
		{"", "Jumlah", "3.997.300.000", "3.992.670.000", "4.630.000", "99,88"},
	}
	rt.Expect(t, LRA007, rt.Workbook(budgetSheet(rows)), rt.Want{At: "Realisasi Anggaran!C5"})
	// Equal amounts in two unrelated kegiatan of different programs are not flagged.
	rt.Expect(t, LRA007, rt.Workbook(budgetSheet(budget())))
}

func TestLRA008SignConvention(t *testing.T) {
	rows := budget()
	// The table writes Realisasi - Anggaran throughout; one row follows the other convention.
	for i := 3; i <= 10; i++ {
		if rows[i][4] != "#0" {
			rows[i][4] = "#-" + rows[i][4][1:]
		}
	}
	rt.Expect(t, LRA008, rt.Workbook(budgetSheet(rows)))
	rt.Expect(t, LRA001, rt.Workbook(budgetSheet(rows)))
	rows[6][4] = "#2000000"
	rt.Expect(t, LRA008, rt.Workbook(budgetSheet(rows)), rt.Want{At: "Realisasi Anggaran!E7", Expected: "-2000000", Actual: "2000000"})
	rt.Expect(t, LRA001, rt.Workbook(budgetSheet(rows)))
}

func TestLRA009NoJumlah(t *testing.T) {
	rows := budget()
	rows = rows[:10]
	rt.Expect(t, LRA009, rt.Workbook(budgetSheet(rows)), rt.Want{At: "Realisasi Anggaran!A11"})
}

func TestLRALevelsFromNumbering(t *testing.T) {
	rows := [][]string{
		{"NO", "Program/Kegiatan", "Jumlah Anggaran", "Realisasi", "Selisih", "Prosentase (%)"},
		{"", "Belanja Langsung", "", "", "", ""},
		{"I.", "Program A", "30.000", "20.000", "10.000", "66,67"},
		{"1.", "Kegiatan A1", "10.000", "10.000", "0", "100,00"},
		{"2.", "Kegiatan A2", "20.000", "11.000", "9.000", "55,00"},
		{"II.", "Program B", "5.000", "5.000", "0", "100"},
		{"1.", "Kegiatan B1", "5.000", "5.000", "0", "100"},
		{"", "Jumlah", "35.000", "26.000", "9.000", "74,29"},
	}
	w := rt.Workbook(budgetSheet(rows))
	// Program A's Realisasi, Selisih and % agree with each other, but not with its kegiatan,
	// whose sum the Jumlah (Realisasi 26.000, Selisih and %) agrees with: the program is the
	// cause (its Selisih and % follow it), and the Jumlah is right.
	budgetRules := []*reconcile.Rule{LRA001, LRA002, LRA004}
	rt.ExpectWith(t, LRA003, budgetRules, w, rt.Want{At: "Realisasi Anggaran!D3", Expected: "21000", Actual: "20000"})
	rt.ExpectWith(t, LRA004, []*reconcile.Rule{LRA001, LRA002, LRA003}, w)
	got := rt.Run(w, LRA001, LRA002, LRA003, LRA004)
	for _, f := range got {
		if (f.Cell == "E3" || f.Cell == "F3") != (f.Because == "Realisasi Anggaran!D3") || f.Cell != "D3" && f.Cell != "E3" && f.Cell != "F3" {
			t.Errorf("finding %s %s!%s (because %q): want D3 and its Selisih and %% following it", f.Rule, f.Sheet, f.Cell, f.Because)
		}
	}
	if len(got) != 3 {
		t.Errorf("%d findings, want 3: %+v", len(got), got)
	}
	// Alone, LRA003 cannot tell the program from its kegiatan: it names the program's
	// figures and their children as candidates, with nothing to change.
	for _, f := range rt.Run(w, LRA003) {
		if f.Fix != "" || len(f.Candidates) != 2 {
			t.Errorf("LRA003 alone: %+v", f)
		}
	}
	rt.Expect(t, UM008, w)
}

// income is a Realisasi Anggaran table with a Pendapatan part (collected above its target)
// and a Belanja part.
func income() [][]string {
	return [][]string{
		{"LAPORAN REALISASI ANGGARAN TAHUN 2023"},
		{""},
		{"No", "Uraian", "Anggaran", "Realisasi", "Selisih", "%"},
		{"I.", "Pendapatan", "#10000000", "#10500000", "#-500000", "#105|0.00"},
		{"1.", "Lain-lain PAD yang Sah", "#10000000", "#10500000", "#-500000", "#105|0.00"},
		{"II.", "Belanja", "#8000000", "#8400000", "#-400000", "#105|0.00"},
		{"1.", "Belanja Pegawai", "#8000000", "#8400000", "#-400000", "#105|0.00"},
	}
}

func TestLRA005IncomeAboveTarget(t *testing.T) {
	// Income above its target is normal; the Belanja above its pagu is not.
	rt.Expect(t, LRA005, rt.Workbook(budgetSheet(income())),
		rt.Want{At: "Realisasi Anggaran!D6"}, rt.Want{At: "Realisasi Anggaran!D7"})
	// A table whose title names income alone: every row is income.
	rows := income()[:5]
	rows[0][0] = "REALISASI LAIN-LAIN PENDAPATAN ASLI DAERAH YANG SAH TAHUN 2023"
	rows[3][1] = "Retribusi Pelayanan"
	rows[4][1] = "Sewa Gedung"
	rt.Expect(t, LRA005, rt.Workbook(budgetSheet(rows)))
	// The same rows under a title of the whole budget are spending.
	rows[0][0] = "LAPORAN REALISASI ANGGARAN PENDAPATAN DAN BELANJA TAHUN 2023"
	rt.Expect(t, LRA005, rt.Workbook(budgetSheet(rows)),
		rt.Want{At: "Realisasi Anggaran!D4"}, rt.Want{At: "Realisasi Anggaran!D5"})
}

func TestLRA010PersenOverZeroAnggaran(t *testing.T) {
	rows := budget()
	rt.Expect(t, LRA010, rt.Workbook(budgetSheet(rows)))
	// Pelayanan Publik with no budget, its % printed 100,00; the program above follows.
	rows[9][2], rows[9][3], rows[9][4] = "#0", "#0", "#0"
	rows[8][2], rows[8][3], rows[8][4] = "#0", "#0", "#0"
	rows[10][2], rows[10][3], rows[10][4], rows[10][5] = "#300000000", "#290000000", "#10000000", "#96.67|0.00"
	got := rt.Expect(t, LRA010, rt.Workbook(budgetSheet(rows)),
		rt.Want{At: "Realisasi Anggaran!F9", Actual: "100.00"}, rt.Want{At: "Realisasi Anggaran!F10", Actual: "100.00"})
	if want := `% realised of "Pelayanan Publik" says 100.00 over an Anggaran of 0: the percentage cannot be computed; leave the % empty or check the Anggaran.`; got[1].Message.EN != want && got[0].Message.EN != want {
		t.Errorf("messages %q / %q, want %q", got[0].Message.EN, got[1].Message.EN, want)
	}
	// "-" over a zero anggaran is what the row should say.
	rows[9][5], rows[8][5] = "-", ""
	rt.Expect(t, LRA010, rt.Workbook(budgetSheet(rows)))
}

// parentsWithoutAmounts is a budget table whose program and kegiatan show only a %, the
// amounts standing on the sub kegiatan (the example of LRA011's documentation).
func parentsWithoutAmounts() [][]string {
	return [][]string{
		{"Kode", "Uraian", "Anggaran", "Realisasi", "Selisih", "%"},
		{"7.01.01", "Program Penunjang", "", "", "", "#88.9|0.0"},
		{"7.01.01.2.01", "Perencanaan", "", "", "", "#91.01|0.00"},
		{"7.01.01.2.01.0001", "Penyusunan Renja", "#100000000", "#96000000", "#4000000", "#96|0.00"},
		{"7.01.01.2.01.0002", "Evaluasi Kinerja", "#300000000", "#268050000", "#31950000", "#89.35|0.00"},
		{"7.01.01.2.02", "Administrasi Keuangan", "", "", "", "#80.45|0.00"},
		{"7.01.01.2.02.0001", "Penyediaan Gaji", "#100000000", "#80450000", "#19550000", "#80.45|0.00"},
		{"", "Jumlah", "#500000000", "#444500000", "#55500000", "#88.90|0.00"},
	}
}

func TestLRA011ParentWithoutAmounts(t *testing.T) {
	rows := parentsWithoutAmounts()
	rt.Expect(t, LRA011, rt.Workbook(budgetSheet(rows)))
	for _, f := range rt.Run(rt.Workbook(budgetSheet(rows)), All...) {
		if f.Rule != "UM001" { // a workbook of one sheet
			t.Errorf("clean table flagged by the catalogue: %+v", f)
		}
	}
	// The program's % written as the plain average of its kegiatan's % is named as such:
	// (91.01 + 80.45) / 2 = 85.73, shown 85.7, where 444.5 / 500 = 88.9.
	rows[1][5] = "#85.7|0.0"
	got := rt.Expect(t, LRA011, rt.Workbook(budgetSheet(rows)), rt.Want{At: "Realisasi Anggaran!F2", Expected: "88.9", Actual: "85.7"})
	if want := `% of "Program Penunjang" should be 88.9 (the sum of Realisasi / the sum of Anggaran of its 2 children x 100), it says 85.7: that is the average of the percentages, not the sum of realisasi over the sum of anggaran.`; len(got) == 1 && got[0].Message.EN != want {
		t.Errorf("message %q, want %q", got[0].Message.EN, want)
	}
	if len(got) == 1 && !strings.Contains(got[0].Message.ID, "rata-rata persentase, bukan jumlah realisasi / jumlah anggaran") {
		t.Errorf("Indonesian message %q", got[0].Message.ID)
	}
	// A kegiatan's % averaged from its sub kegiatan: (96 + 89.35) / 2 = 92.675, shown 92.68,
	// where 364.05 / 400 = 91.0125. The program's % follows from the amounts, not from it.
	rows = parentsWithoutAmounts()
	rows[2][5] = "#92.68|0.00"
	got = rt.Expect(t, LRA011, rt.Workbook(budgetSheet(rows)), rt.Want{At: "Realisasi Anggaran!F3", Expected: "91.01", Actual: "92.68"})
	if len(got) == 1 && !strings.Contains(got[0].Message.EN, "average of the percentages") {
		t.Errorf("message %q does not name the average", got[0].Message.EN)
	}
	// A Jumlah row showing only a %: judged against the level-one rows' sums.
	rows = parentsWithoutAmounts()
	rows[7][2], rows[7][3], rows[7][4], rows[7][5] = "", "", "", "#88.6|0.0"
	rt.Expect(t, LRA011, rt.Workbook(budgetSheet(rows)), rt.Want{At: "Realisasi Anggaran!F8", Expected: "88.9", Actual: "88.6"})
	rows = parentsWithoutAmounts()
	rows[2][5] = "#92.68|0.00"
	// A wrong figure that is no average gets the plain message.
	rows[2][5] = "#95.00|0.00"
	got = rt.Expect(t, LRA011, rt.Workbook(budgetSheet(rows)), rt.Want{At: "Realisasi Anggaran!F3", Expected: "91.01"})
	if len(got) == 1 && strings.Contains(got[0].Message.EN, "average") {
		t.Errorf("message %q names an average", got[0].Message.EN)
	}
}

// TestLRA011DocExample is the example of LRA011's documentation, the figures of a real
// report: a program printed at 88,6 %, the plain average of its three sub kegiatan's %,
// where the sum of realisasi over the sum of anggaran gives 88,9 %.
func TestLRA011DocExample(t *testing.T) {
	rows := [][]string{
		{"No", "Uraian", "Anggaran", "Realisasi", "%"},
		{"I.", "Program Penunjang", "", "", "#88.6|0.0"},
		{"1.", "Sub kegiatan A", "#100000000", "#96000000", "#96|0.00"},
		{"2.", "Sub kegiatan B", "#300000000", "#268050000", "#89.35|0.00"},
		{"3.", "Sub kegiatan C", "#100000000", "#80450000", "#80.45|0.00"},
	}
	got := rt.ExpectWith(t, LRA011, []*reconcile.Rule{LRA002}, rt.Workbook(budgetSheet(rows)),
		rt.Want{At: "Realisasi Anggaran!E2", Expected: "88.9", Actual: "88.6"})
	if want := `% "Program Penunjang" seharusnya 88,9 (jumlah Realisasi / jumlah Anggaran 3 rincian x 100), tertulis 88,6: itu rata-rata persentase, bukan jumlah realisasi / jumlah anggaran.`; len(got) == 1 && got[0].Message.ID != want {
		t.Errorf("message %q, want %q", got[0].Message.ID, want)
	}
}

// statementRows is a dinas's budget statement as Dikbud Tegal published it for 2022: the
// programs with only their %, the amounts on the Jumlah row alone.
func statementRows() [][]string {
	return [][]string{
		{"No", "Program", "Anggaran (Rp)", "Realisasi (Rp)", "Realisasi Keuangan (%)"},
		{"1", "Penunjang urusan pemerintah daerah", "", "", "#91.15|0.00"},
		{"2", "Pengelolaan pendidikan", "", "", "#90.9|0.00"},
		{"3", "Pengembangan kebudayaan", "", "", "#98|0"},
		{"Jumlah", "", "#964945520064", "#881446716611", "#91.35|0.00"},
	}
}

func TestLRA004RowsWithoutAmounts(t *testing.T) {
	// Programs showing only their % add up to no zero: the Jumlah's amounts stand unchecked.
	rt.Expect(t, LRA004, rt.Workbook(budgetSheet(statementRows())))
	// One program with an amount: the rows are summed, blanks as written.
	rows := statementRows()
	rows[1][2] = "#100000000"
	rt.Expect(t, LRA004, rt.Workbook(budgetSheet(rows)), rt.Want{At: "Realisasi Anggaran!C5", Actual: "964945520064"})
}

func TestLRA005PercentOnly(t *testing.T) {
	rows := statementRows()
	rt.Expect(t, LRA005, rt.Workbook(budgetSheet(rows)))
	rows[3][4] = "#180|0"
	got := rt.Expect(t, LRA005, rt.Workbook(budgetSheet(rows)), rt.Want{At: "Realisasi Anggaran!E4", Actual: "180"})
	if want := `% of "Pengembangan kebudayaan" (180) says Realisasi exceeds Anggaran (above 100 %).`; len(got) == 1 && got[0].Message.EN != want {
		t.Errorf("message %q, want %q", got[0].Message.EN, want)
	}
	// Income above its target is no finding, a % included.
	rows[3][1] = "Pendapatan Asli Daerah"
	rt.Expect(t, LRA005, rt.Workbook(budgetSheet(rows)))
	// The whole catalogue on the statement: the 180 % alone (the Jumlah's 91,35 is right).
	rows = statementRows()
	rows[3][4] = "#180|0"
	found := false
	for _, f := range rt.Run(rt.Workbook(budgetSheet(rows)), All...) {
		if f.Rule == "LRA005" && f.Cell == "E4" {
			found = true
		} else if f.Rule != "UM001" && f.Severity == reconcile.Error {
			t.Errorf("unexpected error: %s %s!%s %s", f.Rule, f.Sheet, f.Cell, f.Message.EN)
		}
	}
	if !found {
		t.Error("the catalogue does not name the 180 %")
	}
}
