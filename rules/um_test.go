package rules

import (
	"strings"
	"testing"

	"lkjip/reconcile"
	wb "lkjip/reconcile/workbook"
	rt "lkjip/rules/rulestest"
)

func TestUM001MissingSheets(t *testing.T) {
	w := rt.Workbook(budgetSheet(budget()))
	// Every core sheet but Realisasi Anggaran, in one finding.
	rt.Expect(t, UM001, w, rt.Want{At: "!", Expected: "Identitas, IKU, PK, Pengukuran, Anggaran Sasaran, Ringkasan"})
	f := rt.Run(w, UM001)[0]
	if want := `6 sheets not found: "Identitas", "IKU", "PK", "Pengukuran", "Anggaran Sasaran", "Ringkasan"; these parts cannot be checked.`; f.Message.EN != want {
		t.Errorf("message %q, want %q", f.Message.EN, want)
	}
	if !strings.HasPrefix(f.Message.ID, "6 sheet tidak ditemukan: ") {
		t.Errorf("Indonesian message %q", f.Message.ID)
	}
}

func TestUM002NoHeader(t *testing.T) {
	w := rt.Workbook(rt.Sheet{Name: "LRA", Rows: [][]string{{"gambar hasil pindaian"}}}, identitas("2023", "2021-2026"))
	rt.Expect(t, UM002, w, rt.Want{At: "LRA!A1"})
	for _, f := range rt.Run(w, UM001) {
		if f.Expected == "Realisasi Anggaran" {
			t.Errorf("a sheet without header is reported twice: %+v", f)
		}
	}
}

func TestUM003MissingColumn(t *testing.T) {
	rows := measurement()
	for i := range rows {
		if len(rows[i]) > 7 {
			rows[i] = append(rows[i][:6:6], rows[i][7:]...) // drop Realisasi
		}
	}
	rt.Expect(t, UM003, rt.Workbook(pengukuran(rows)...), rt.Want{At: "Pengukuran!A2", Expected: "Realisasi"})
}

func TestUM004TextInFigureColumn(t *testing.T) {
	rows := budget()
	rows[5][3] = "sembilan juta"
	rows[6][3] = "Rp38.000.000,00" // Indonesian notation is a figure
	rt.Expect(t, UM004, rt.Workbook(budgetSheet(rows)), rt.Want{At: "Realisasi Anggaran!D6", Actual: "sembilan juta"})
}

func TestUM005ErrorValue(t *testing.T) {
	rows := budget()
	rows[5][5] = "!#DIV/0!"
	rt.Expect(t, UM005, rt.Workbook(budgetSheet(rows)), rt.Want{At: "Realisasi Anggaran!F6", Actual: "#DIV/0!"})
}

func TestUM008Numbering(t *testing.T) {
	w := rt.Workbook(rt.Sheet{Name: "IKU", Rows: [][]string{
		{"No", "Sasaran Strategis", "Indikator Kinerja Utama", "Target"},
		{"1", "2", "3", "4"},
		{"1", "A", "a", "60 – 70"},
		{"2", "B", "b", "7 nilai"},
		{"3", "C", "c", "7 nilai"},
		{"4", "D", "d", "7 nilai"},
		{"4", "E", "e", "7 nilai"},
		{"7", "F", "f", "7 nilai"},
	}})
	// Neither number alone restores the sequence: no fix.
	got := rt.Expect(t, UM008, w, rt.Want{At: "IKU!A7", Expected: "5", Actual: "4"}, rt.Want{At: "IKU!A8", Expected: "5", Actual: "7"})
	expectFixes(t, got, fixWant{At: "IKU!A7"}, fixWant{At: "IKU!A8"})

	iku := func(numbers ...string) *wb.Workbook {
		rows := [][]string{{"No", "Sasaran Strategis", "Indikator Kinerja Utama", "Target"}}
		for i, n := range numbers {
			rows = append(rows, []string{n, string(rune('A' + i)), "a", "80"})
		}
		return rt.Workbook(rt.Sheet{Name: "IKU", Rows: rows})
	}
	rt.Expect(t, UM008, iku("1.", "2.", "3."))
	// Kragan: the last number repeats the one before; it alone is wrong.
	got = rt.Expect(t, UM008, iku("1", "2", "3", "4", "4"), rt.Want{At: "IKU!A6", Expected: "5", Actual: "4"})
	expectFixes(t, got, fixWant{At: "IKU!A6", Fix: "5"})
	// A repeat the next number corrects: one finding, with the punctuation written.
	got = rt.Expect(t, UM008, iku("1.", "2.", "2.", "4."), rt.Want{At: "IKU!A4", Expected: "3", Actual: "2."})
	expectFixes(t, got, fixWant{At: "IKU!A4", Fix: "3."})
	got = rt.Expect(t, UM008, iku("I", "II", "II", "IV"), rt.Want{At: "IKU!A4", Expected: "III"})
	expectFixes(t, got, fixWant{At: "IKU!A4", Fix: "III"})
	// A gap the rest follows: one finding, and no one cell restores the sequence.
	got = rt.Expect(t, UM008, iku("1", "2", "4", "5"), rt.Want{At: "IKU!A4", Expected: "3", Actual: "4"})
	expectFixes(t, got, fixWant{At: "IKU!A4"})
	// A list that does not start at 1 but whose next number is 2.
	got = rt.Expect(t, UM008, iku("0", "2", "3"), rt.Want{At: "IKU!A2", Expected: "1", Actual: "0"})
	expectFixes(t, got, fixWant{At: "IKU!A2", Fix: "1"})
}

func TestUM011YearUnknown(t *testing.T) {
	w := rt.Workbook(identitas("dua ribu", "2021-2026"), budgetSheet(budget()))
	rt.Expect(t, UM011, w, rt.Want{At: "Identitas!B2"})
	rt.Expect(t, UM011, rt.Workbook(identitas("2023", "2021-2026")))
}

func TestUM012DerivedMissing(t *testing.T) {
	rows := budget()
	rows[8][4], rows[8][5] = "-", "-" // Program Pemerintahan: selisih 0 may be "-", % may not
	got := rt.Expect(t, UM012, rt.Workbook(budgetSheet(rows)), rt.Want{At: "Realisasi Anggaran!F9", Expected: "100.00"})
	expectFixes(t, got, fixWant{At: "Realisasi Anggaran!F9", Fix: "100.00"})
}

func TestUM013DamagedSheet(t *testing.T) {
	w := rt.Workbook(budgetSheet(budget()))
	w.Sheets[0].Damaged = "cut short"
	rt.Expect(t, UM013, w, rt.Want{At: "Realisasi Anggaran!A1"})
}

func TestUM014LabelYears(t *testing.T) {
	rows := budget()
	rows[2][2], rows[2][3] = "Anggaran 2023", "Realisasi 2022"
	got := rt.Expect(t, UM014, rt.Workbook(identitas("2023", "2021-2026"), budgetSheet(rows)), rt.Want{At: "Realisasi Anggaran!D3", Expected: "2023", Actual: "2022"})
	expectFixes(t, got, fixWant{At: "Realisasi Anggaran!D3", Fix: "Realisasi 2023"})
	rows[2][3] = "Realisasi 2023"
	rt.Expect(t, UM014, rt.Workbook(identitas("2023", "2021-2026"), budgetSheet(rows)))

	// Last year's header left in place: one finding at its first label, the other following.
	rows[2][2], rows[2][3] = "Anggaran 2022", "Realisasi (Rp) 2022"
	got = rt.Expect(t, UM014, rt.Workbook(identitas("2023", "2021-2026"), budgetSheet(rows)),
		rt.Want{At: "Realisasi Anggaran!C3", Expected: "2023", Actual: "2022"}, rt.Want{At: "Realisasi Anggaran!D3", Expected: "2023", Actual: "2022"})
	expectFixes(t, got, fixWant{At: "Realisasi Anggaran!C3", Fix: "Anggaran 2023"},
		fixWant{At: "Realisasi Anggaran!D3", Fix: "Realisasi (Rp) 2023", Because: "Realisasi Anggaran!C3"})
	if c := counting(got); len(c) != 1 || !strings.Contains(c[0].Message.ID, `D3 "Realisasi (Rp) 2022" menjadi "Realisasi (Rp) 2023"`) {
		t.Errorf("a shifted header must count once and name every label: %+v", c)
	}
	// Labels off by different amounts are two mistakes.
	rows[2][3] = "Realisasi 2021"
	got = rt.Expect(t, UM014, rt.Workbook(identitas("2023", "2021-2026"), budgetSheet(rows)),
		rt.Want{At: "Realisasi Anggaran!C3", Actual: "2022"}, rt.Want{At: "Realisasi Anggaran!D3", Actual: "2021"})
	if c := counting(got); len(c) != 2 {
		t.Errorf("%d findings count, want 2", len(c))
	}
}

// core is one minimal sheet of each core kind, so that a test can leave one out.
func core() []rt.Sheet {
	return []rt.Sheet{
		identitas("2023", "2021-2026"),
		{Name: "IKU", Rows: [][]string{{"No", "Sasaran Strategis", "Indikator Kinerja Utama", "Target"}, {"1", "A", "a", "80"}}},
		{Name: "PK", Rows: [][]string{{"No", "Sasaran Strategis", "Indikator Kinerja", "Target", "Program/Kegiatan", "Anggaran (Rp)"}, {"1", "A", "a", "80", "Program", "1.000"}, {"Jumlah", "", "", "", "", "1.000"}}},
		{Name: "Pengukuran", Rows: measurement()},
		{Name: "Anggaran Sasaran", Rows: [][]string{{"No", "Sasaran Strategis", "Pagu", "Realisasi", "% Serapan"}, {"1", "A", "1.000", "900", "90,00"}}},
		budgetSheet(budget()),
		{Name: "Ringkasan", Rows: [][]string{{"Rata-rata Capaian", "90"}, {"Predikat", "Amat Baik"}}},
	}
}

func TestUM001OneSheetMissing(t *testing.T) {
	rt.Expect(t, UM001, rt.Workbook(core()...))
	sheets := core()
	sheets = append(sheets[:4], sheets[5:]...) // no Anggaran Sasaran
	rt.Expect(t, UM001, rt.Workbook(sheets...), rt.Want{At: "!", Expected: "Anggaran Sasaran"})
}

func TestUMRulesCleanWorkbook(t *testing.T) {
	w := rt.Workbook(core()...)
	if got := rt.Run(w, UM002, UM003, UM004, UM005, UM006, UM007, UM008, UM009, UM010, UM011, UM012, UM013, UM014); len(got) != 0 {
		t.Fatalf("clean workbook flagged: %+v", got)
	}
}

func TestUM016NoFiguresYet(t *testing.T) {
	rt.Expect(t, UM016, rt.Workbook(core()...))
	empty := budget()[:4]
	empty[3] = []string{"7.01.01", "Program Penunjang", "", "", "", ""}
	w := rt.Workbook(identitas("2023", "2021-2026"), budgetSheet(empty))
	rt.Expect(t, UM016, w, rt.Want{At: "Realisasi Anggaran!A1"})
	rt.Expect(t, IDN001, w) // Identitas completeness waits for the figures
}

func TestUM018NotAvailable(t *testing.T) {
	rows := measurement()
	rows[4][6], rows[4][7], rows[4][8] = "n/a", "N/A", "tidak ada data" // Waktu layanan
	rows[4][11], rows[4][12] = "", ""
	budgetRows := budget()
	budgetRows[5][3], budgetRows[5][4], budgetRows[5][5] = "tidak ada data", "", "" // Penyusunan Renja
	w := rt.Workbook(identitas("2023", "2021-2026"), rt.Sheet{Name: "Pengukuran", Rows: rows},
		rt.Sheet{Name: "Anggaran Sasaran", Rows: [][]string{
			{"No", "Sasaran Strategis", "Pagu", "Realisasi", "% Serapan", "% Capaian Kinerja"},
			// 105.63 alone, or (105.63 + 0) / 2: with "n/a" the sasaran's capaian is unknown.
			{"1", "Meningkatnya pelayanan", "#300000000", "#290000000", "#96.67|0.00", "#92.82|0.00"},
			{"2", "Meningkatnya tata kelola desa", "#50000000", "#50000000", "#100|0.00", "#91.67|0.00"},
		}},
		budgetSheet(budgetRows),
		rt.Sheet{Name: "Ringkasan", Rows: [][]string{{"Capaian Sasaran 1", "#92.82|0.00"}, {"Capaian Sasaran 2", "#91.67|0.00"}, {"Rata-rata Capaian", "#92.25|0.00"}, {"Predikat", "Amat Baik"}}},
	)
	got := rt.Expect(t, UM018, w,
		rt.Want{At: "Pengukuran!G5", Actual: "n/a"}, rt.Want{At: "Pengukuran!H5", Actual: "N/A"},
		rt.Want{At: "Pengukuran!I5", Actual: "tidak ada data"}, rt.Want{At: "Realisasi Anggaran!D6", Actual: "tidak ada data"})
	for _, f := range got {
		want := map[string]string{
			"Pengukuran!G5": `Realisasi 2023 of "Waktu layanan" is not available ("n/a"): the row's % Capaian cannot be computed; its sasaran's average capaian and the Ringkasan's Rata-rata Capaian are not judged.`,
			"Pengukuran!H5": `% Capaian 2023 of "Waktu layanan" is not available ("N/A"): its sasaran's average capaian (Anggaran Sasaran, Ringkasan), the Ringkasan's Rata-rata Capaian and the row's predikat are not judged.`,
		}[f.Sheet+"!"+f.Cell]
		if want != "" && f.Message.EN != want {
			t.Errorf("message %q, want %q", f.Message.EN, want)
		}
		if !strings.Contains(f.Message.ID, "tidak tersedia") {
			t.Errorf("Indonesian message %q", f.Message.ID)
		}
	}
	// No error anywhere: neither "bukan angka" nor an average, a sum or a capaian judged
	// without the figure.
	for _, f := range rt.Run(w, All...) {
		if f.Rule != "UM018" && f.Rule != "UM001" && f.Rule != "IDN001" { // IDN001: a short Identitas
			t.Errorf("finding downstream of a figure not available: %s %s!%s %s", f.Rule, f.Sheet, f.Cell, f.Message.EN)
		}
	}
	// "-" for the realisation of an indicator with a target is the same warning.
	rows = measurement()
	rows[3][6], rows[3][7], rows[3][11], rows[3][12] = "-", "-", "-", ""
	rt.Expect(t, UM018, rt.Workbook(pengukuran(rows)...), rt.Want{At: "Pengukuran!G4", Actual: "-"})
	rt.Expect(t, UM018, rt.Workbook(pengukuran(measurement())...))
}

// withAverage is the clean Pengukuran closed by a Jumlah and a Rata-rata row of its % Capaian
// T: 105.63 + 80 + 91.67 = 277.30, / 3 = 92.4333.. shown 92.43.
func withAverage() [][]string {
	return append(measurement(),
		[]string{"", "Jumlah", "", "", "", "", "", "#277.3|0.00"},
		[]string{"", "Rata-rata", "", "", "", "", "", "#92.43|0.00"})
}

func TestUM019RataRata(t *testing.T) {
	rt.Expect(t, UM019, rt.Workbook(pengukuran(withAverage())...))
	w := rt.Workbook(pengukuran(withAverage())...)
	if tab := w.Table("Pengukuran"); tab.Total == nil || len(tab.Rows) != 3 {
		t.Fatalf("table not read as three rows and a Jumlah: %+v", tab)
	}
	for _, f := range rt.Run(w, All...) {
		if f.Rule != "UM001" && f.Rule != "IDN001" {
			t.Errorf("clean table with Jumlah and Rata-rata flagged: %s %s!%s %s", f.Rule, f.Sheet, f.Cell, f.Message.EN)
		}
	}
	rows := withAverage()
	rows[7][7] = "#93.3|0.00" // the Rata-rata of a Jumlah of 280 (a row added twice, or typed)
	// With PGK001, the rows' capaian are known right, and the Rata-rata is the one wrong figure.
	got := rt.ExpectWith(t, UM019, []*reconcile.Rule{PGK001}, rt.Workbook(pengukuran(rows)...), rt.Want{At: "Pengukuran!H8", Expected: "92.43", Actual: "93.30"})
	if want := "Rata-rata of % Capaian 2023 should be 92.43 (Jumlah 277.30 / 3 rows), it says 93.30."; len(got) == 1 && got[0].Message.EN != want {
		t.Errorf("message %q, want %q", got[0].Message.EN, want)
	}
	// Without Jumlah, the Rata-rata as the table's last row, written as text.
	rows = append(measurement(), []string{"", "Rata-rata", "", "", "", "", "", "92,50"})
	rt.Expect(t, UM019, rt.Workbook(pengukuran(rows)...), rt.Want{At: "Pengukuran!H7", Expected: "92.43", Actual: "92.50"})
	rows[6][7] = "92,43"
	rt.Expect(t, UM019, rt.Workbook(pengukuran(rows)...))
	// An indicator named "Rata-rata ..." as the last row is data, not the table's average
	// (the synthetic corpus has such indicators).
	rows = measurement()
	rows[5][2] = "Rata-rata waktu penerbitan rekomendasi"
	rt.Expect(t, UM019, rt.Workbook(pengukuran(rows)...))
	// A row without a capaian: which rows the average counts is not certain, not judged.
	rows = withAverage()
	rows[5][7] = ""
	rt.Expect(t, UM019, rt.Workbook(pengukuran(rows)...))
}
