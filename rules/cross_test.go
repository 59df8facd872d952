package rules

import (
	"strings"
	"testing"

	rt "lkjip/rules/rulestest"
)

// whole is a small workbook whose sheets tell one story: two sasaran, a budget of 350 million
// of which 340 million was spent, the summaries agreeing with the detail.
func whole() []rt.Sheet {
	return []rt.Sheet{
		{Name: "Identitas", Rows: [][]string{
			{"IDENTITAS LAPORAN KINERJA TAHUN 2023"},
			{""},
			{"Nama Instansi", "Kecamatan Lasem"},
			{"Kabupaten/Kota", "Kabupaten Rembang"},
			{"Provinsi", "Jawa Tengah"},
			{"Tahun Laporan", "2023"},
			{"Periode Renstra", "2021-2026"},
			{"Nama Kepala", "Drs. Budi"},
			{"Jabatan", "Camat Lasem"},
			{"Pangkat/Golongan", "Pembina / IVa"},
			{"NIP", "19750312 200003 1 004"},
			{"Tempat", "Lasem"},
			{"Tanggal", "20 Februari 2024"},
			{"Pagu Anggaran", "350.000.000"},
			{"Realisasi Anggaran", "340.000.000"},
			{"Jumlah Program", "2"},
			{"Jumlah Kegiatan", "3"},
		}},
		{Name: "IKU", Rows: [][]string{
			{"No", "Sasaran Strategis", "Indikator Kinerja Utama", "Target"},
			{"1", "Meningkatnya pelayanan", "Indeks kepuasan", "80"},
			{"", "", "Waktu layanan", "5"},
			{"2", "Meningkatnya tata kelola desa", "Nilai SAKIP", "60 – 70"},
		}},
		{Name: "PK", Rows: [][]string{
			{"PERJANJIAN KINERJA TAHUN 2023"},
			{"No", "Sasaran Strategis", "Indikator Kinerja", "Target", "Program/Kegiatan", "Anggaran (Rp)"},
			{"1", "Meningkatnya pelayanan", "Indeks kepuasan", "80", "Program Penunjang\n1.Perencanaan\n2.Administrasi Keuangan", "300.000.000"},
			{"2", "Meningkatnya tata kelola desa", "Nilai SAKIP", "60 – 70", "Program Pemerintahan\n1.Pelayanan Publik", "50.000.000"},
			{"Jumlah", "", "", "", "", "350.000.000"},
		}},
		{Name: "Pengukuran", Rows: measurement()},
		{Name: "Anggaran Sasaran", Rows: [][]string{
			{"No", "Sasaran Strategis", "Pagu (Rp)", "Realisasi (Rp)", "% Serapan", "% Capaian Kinerja", "% Efisiensi"},
			{"1", "Meningkatnya pelayanan", "300.000.000", "290.000.000", "96,67", "92,82", "3,33"},
			{"2", "Meningkatnya tata kelola desa", "50.000.000", "50.000.000", "100,00", "91,67", "0,00"},
			{"Jumlah", "", "350.000.000", "340.000.000", "97,14", "", "2,86"},
		}},
		budgetSheet(budget()),
		{Name: "Ringkasan", Rows: [][]string{
			{"RINGKASAN TAHUN 2023"},
			{"Capaian Sasaran 1", "92,82"},
			{"Capaian Sasaran 2", "91,67"},
			{"Rata-rata Capaian", "92,24"},
			{"Predikat", "Amat Baik"},
			{"Pagu Anggaran", "350.000.000"},
			{"Realisasi Anggaran", "340.000.000"},
			{"% Serapan Anggaran", "97,14"},
		}},
	}
}

// sheetOf returns the rows of the sheet named name in a fixture, for a test to change.
func sheetOf(sheets []rt.Sheet, name string) [][]string {
	for _, s := range sheets {
		if s.Name == name {
			return s.Rows
		}
	}
	panic("no sheet " + name)
}

func TestWholeWorkbookIsClean(t *testing.T) {
	w := rt.Workbook(whole()...)
	if got := rt.Run(w, All...); len(got) != 0 {
		for _, f := range got {
			t.Errorf("%s %s!%s %s", f.Rule, f.Sheet, f.Cell, f.Message.EN)
		}
	}
}

func TestIDN001IdentitasIncomplete(t *testing.T) {
	rt.Expect(t, IDN001, rt.Workbook(whole()...))
	s := whole()
	id := sheetOf(s, "Identitas")
	id[10][1] = ""                          // NIP left empty
	s[0].Rows = append(id[:12], id[13:]...) // no Tanggal line
	rt.Expect(t, IDN001, rt.Workbook(s...), rt.Want{At: "Identitas!A1", Expected: "NIP, Tanggal"})
}

func TestIDN002Renstra(t *testing.T) {
	rt.Expect(t, IDN002, rt.Workbook(whole()...))
	s := whole()
	sheetOf(s, "Identitas")[6][1] = "2016-2021"
	rt.Expect(t, IDN002, rt.Workbook(s...), rt.Want{At: "Identitas!B7", Expected: "2023", Actual: "2016-2021"})
	sheetOf(s, "Identitas")[6][1] = "lima tahun"
	rt.Expect(t, IDN002, rt.Workbook(s...), rt.Want{At: "Identitas!B7"})
}

func TestIDN003SigningDate(t *testing.T) {
	rt.Expect(t, IDN003, rt.Workbook(whole()...))
	for _, ok := range []string{"1 Januari 2024", "31-03-2024", "2024-03-31", "Lasem, 20 Pebruari 2024", "#45342|dd/mm/yyyy"} {
		s := whole()
		sheetOf(s, "Identitas")[12][1] = ok
		rt.Expect(t, IDN003, rt.Workbook(s...))
	}
	s := whole()
	sheetOf(s, "Identitas")[12][1] = "20 Februari 2023" // before the year's end
	rt.Expect(t, IDN003, rt.Workbook(s...), rt.Want{At: "Identitas!B13", Expected: "2024-01-01..2024-03-31", Actual: "2023-02-20"})
	sheetOf(s, "Identitas")[12][1] = "1 April 2024" // the deadline itself is late
	rt.Expect(t, IDN003, rt.Workbook(s...), rt.Want{At: "Identitas!B13", Actual: "2024-04-01"})
	sheetOf(s, "Identitas")[12][1] = "30 Februari 2024"
	rt.Expect(t, IDN003, rt.Workbook(s...), rt.Want{At: "Identitas!B13", Actual: "30 Februari 2024"})
}

func TestIDN004IdentitasAmounts(t *testing.T) {
	rt.Expect(t, IDN004, rt.Workbook(whole()...))
	s := whole()
	sheetOf(s, "Identitas")[14][1] = "345.000.000"
	rt.Expect(t, IDN004, rt.Workbook(s...), rt.Want{At: "Identitas!B15", Expected: "340000000", Actual: "345000000"})
}

func TestIDN005ProgramCounts(t *testing.T) {
	rt.Expect(t, IDN005, rt.Workbook(whole()...))
	s := whole()
	sheetOf(s, "Identitas")[16][1] = "4"
	got := rt.Expect(t, IDN005, rt.Workbook(s...), rt.Want{At: "Identitas!B17", Expected: "3", Actual: "4"})
	expectFixes(t, got, fixWant{At: "Identitas!B17", Fix: "3"})
}

func TestRGK001CapaianSasaran(t *testing.T) {
	rt.Expect(t, RGK001, rt.Workbook(whole()...))
	s := whole()
	r := sheetOf(s, "Ringkasan")
	r[1][1] = "96,67" // the budget absorption written as the achievement
	s[6].Rows = append(r[:3], append([][]string{{"Capaian Sasaran 3", "100"}}, r[3:]...)...)
	rt.Expect(t, RGK001, rt.Workbook(s...), rt.Want{At: "Ringkasan!B2", Expected: "92.82", Actual: "96.67"}, rt.Want{At: "Ringkasan!B4", Actual: "100"})
}

func TestRGK001SasaranLeftOut(t *testing.T) {
	s := whole()
	r := sheetOf(s, "Ringkasan")
	s[6].Rows = append(r[:2:2], r[3:]...) // Capaian Sasaran 2 left out
	rt.Expect(t, RGK001, rt.Workbook(s...), rt.Want{At: "Ringkasan!A3", Expected: "2 (Meningkatnya tata kelola desa)"})
}

func TestRGK002Average(t *testing.T) {
	rt.Expect(t, RGK002, rt.Workbook(whole()...))
	s := whole()
	sheetOf(s, "Ringkasan")[3][1] = "92,25" // (92.815 + 91.67) / 2 = 92.2425
	rt.Expect(t, RGK002, rt.Workbook(s...), rt.Want{At: "Ringkasan!B4", Expected: "92.24", Actual: "92.25"})
}

func TestRGK003Predikat(t *testing.T) {
	rt.Expect(t, RGK003, rt.Workbook(whole()...))
	s := whole()
	sheetOf(s, "Ringkasan")[4][1] = "Baik"
	rt.Expect(t, RGK003, rt.Workbook(s...), rt.Want{At: "Ringkasan!B5", Expected: "Amat Baik", Actual: "Baik"})
}

func TestRGK004RingkasanAmounts(t *testing.T) {
	rt.Expect(t, RGK004, rt.Workbook(whole()...))
	s := whole()
	sheetOf(s, "Ringkasan")[7][1] = "88,98"
	rt.Expect(t, RGK004, rt.Workbook(s...), rt.Want{At: "Ringkasan!B8", Expected: "97.14", Actual: "88.98"})
}

func TestSAS001SasaranAcrossSheets(t *testing.T) {
	rt.Expect(t, SAS001, rt.Workbook(whole()...))
	s := whole()
	sheetOf(s, "IKU")[3][1] = "Meningkatnya tata kelola pemerintahan desa"
	sheetOf(s, "PK")[3][1] = "Meningkatnya Tata-Kelola  Desa" // the same sasaran, typed differently
	w := rt.Workbook(s...)
	got := rt.Expect(t, SAS001, w, rt.Want{At: "IKU!B4", Actual: "IKU"}, rt.Want{At: "PK!B4", Actual: "PK, Pengukuran, Anggaran Sasaran"})
	if len(got) != 2 {
		t.Errorf("one finding per sasaran, not per cell: %d", len(got))
	}
}

func TestPK001Jumlah(t *testing.T) {
	rt.Expect(t, PK001, rt.Workbook(whole()...))
	s := whole()
	sheetOf(s, "PK")[4][5] = "360.000.000"
	rt.Expect(t, PK001, rt.Workbook(s...), rt.Want{At: "PK!F5", Expected: "350000000", Actual: "360000000"})
}

func TestPK002AgainstPagu(t *testing.T) {
	rt.Expect(t, PK002, rt.Workbook(whole()...))
	s := whole()
	sheetOf(s, "PK")[3][5] = "60.000.000"
	sheetOf(s, "PK")[4][5] = "360.000.000"
	rt.Expect(t, PK002, rt.Workbook(s...), rt.Want{At: "PK!F5", Expected: "350000000", Actual: "360000000"})
	s[2].Rows = s[2].Rows[:4] // no Jumlah row: the column's sum is compared
	rt.Expect(t, PK002, rt.Workbook(s...), rt.Want{At: "PK!F2", Expected: "350000000", Actual: "360000000"})
}

func TestASR004AgainstBudget(t *testing.T) {
	rt.Expect(t, ASR004, rt.Workbook(whole()...))
	s := whole()
	a := sheetOf(s, "Anggaran Sasaran")
	a[3][2] = "340.000.000" // Jumlah Pagu is not the sum of its rows
	rt.Expect(t, ASR004, rt.Workbook(s...), rt.Want{At: "Anggaran Sasaran!C4", Expected: "350000000", Actual: "340000000"})
	s = whole()
	a = sheetOf(s, "Anggaran Sasaran")
	a[2][3], a[2][4], a[2][6] = "40.000.000", "80,00", "20,00"
	a[3][3], a[3][4], a[3][6] = "330.000.000", "94,29", "5,71" // adds up, but not to the budget's 340 million
	rt.Expect(t, ASR004, rt.Workbook(s...), rt.Want{At: "Anggaran Sasaran!D4", Expected: "340000000", Actual: "330000000"})
	s[4].Rows = s[4].Rows[:3] // without a Jumlah row the column label is named
	rt.Expect(t, ASR004, rt.Workbook(s...), rt.Want{At: "Anggaran Sasaran!D1", Expected: "340000000", Actual: "330000000"})
}

func TestTHN001TitleYears(t *testing.T) {
	rt.Expect(t, THN001, rt.Workbook(whole()...))
	s := whole()
	sheetOf(s, "PK")[0][0] = "PERJANJIAN KINERJA TAHUN 2022"
	sheetOf(s, "Identitas")[0][0] = "IDENTITAS LKJIP 2023 (RENSTRA 2021-2026)" // a Renstra period is allowed
	sheetOf(s, "Ringkasan")[0][0] = "RINGKASAN TAHUN 2021"
	got := rt.Expect(t, THN001, rt.Workbook(s...), rt.Want{At: "PK!A1", Expected: "2023", Actual: "2022"}, rt.Want{At: "Ringkasan!A1", Actual: "2021"})
	// Titles of different tables are findings of their own, each with its fix.
	expectFixes(t, got, fixWant{At: "PK!A1", Fix: "PERJANJIAN KINERJA TAHUN 2023"}, fixWant{At: "Ringkasan!A1", Fix: "RINGKASAN TAHUN 2023"})

	// Two title rows above one table, both last year's: one finding and one following it.
	// A title naming two years, or a period, has no one right content.
	s = whole()
	for i := range s {
		if s[i].Name == "PK" {
			s[i].Rows[0][0] = "PERJANJIAN KINERJA TAHUN 2022"
			s[i].Rows = append([][]string{{"LAPORAN KINERJA TAHUN 2022"}}, s[i].Rows...)
		}
	}
	sheetOf(s, "Ringkasan")[0][0] = "RINGKASAN 2022 DAN 2023"
	got = rt.Expect(t, THN001, rt.Workbook(s...), rt.Want{At: "PK!A1"}, rt.Want{At: "PK!A2"}, rt.Want{At: "Ringkasan!A1", Actual: "2022"})
	expectFixes(t, got, fixWant{At: "PK!A1", Fix: "LAPORAN KINERJA TAHUN 2023"},
		fixWant{At: "PK!A2", Fix: "PERJANJIAN KINERJA TAHUN 2023", Because: "PK!A1"},
		fixWant{At: "Ringkasan!A1"})
	if c := counting(got); len(c) != 2 || !strings.Contains(c[0].Message.EN+c[1].Message.EN, "Last year's table titles left in place: all 2 table titles") {
		t.Errorf("two shifted titles of one table count once: %+v", c)
	}
}

// TestIDN005ProgramsOnlyInPK: a PK that names its programs only says nothing of the number of
// kegiatan (not 0): Jumlah Kegiatan is set against the budget's kegiatan, or left unchecked.
func TestIDN005ProgramsOnlyInPK(t *testing.T) {
	s := whole()
	pk := sheetOf(s, "PK")
	pk[2][4], pk[3][4] = "Program Penunjang", "Program Pemerintahan"
	rt.Expect(t, IDN005, rt.Workbook(s...)) // 3 kegiatan in Realisasi Anggaran, as Identitas says
	sheetOf(s, "Identitas")[16][1] = "4"
	got := rt.Expect(t, IDN005, rt.Workbook(s...), rt.Want{At: "Identitas!B17", Expected: "3", Actual: "4"})
	if len(got) == 1 && got[0].Message.ID != "Jumlah Kegiatan seharusnya 3 (dihitung dari kegiatan di Realisasi Anggaran), tertulis 4." {
		t.Errorf("message %q", got[0].Message.ID)
	}
	// Without a budget sheet nothing counts the kegiatan: no finding, never "should be 0".
	var noBudget []rt.Sheet
	for _, sh := range s {
		if sh.Name != "Realisasi Anggaran" {
			noBudget = append(noBudget, sh)
		}
	}
	rt.Expect(t, IDN005, rt.Workbook(noBudget...))
}
