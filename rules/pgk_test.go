package rules

import (
	"strings"
	"testing"

	"lkjip/reconcile"
	rt "lkjip/rules/rulestest"
)

func identitas(year, renstra string) rt.Sheet {
	return rt.Sheet{Name: "Identitas", Rows: [][]string{
		{"Nama Instansi", "Kecamatan Lasem"},
		{"Tahun Laporan", year},
		{"Periode Renstra", renstra},
	}}
}

// measurement is a clean Pengukuran table of report year 2023, Renstra 2021-2026.
func measurement() [][]string {
	return [][]string{
		{"PENGUKURAN KINERJA TAHUN 2023"},
		{"No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Polaritas", "Target 2023", "Realisasi 2023", "% Capaian 2023", "% Capaian 2022", "% Capaian 2021", "Target Akhir Renstra 2026", "% Capaian s/d 2023", "Predikat"},
		{"", "", "1", "", "", "2", "3", "4=3/2*100", "5", "6", "7", "8=3/7*100", ""},
		{"1", "Meningkatnya pelayanan", "Indeks kepuasan", "nilai", "Positif", "#80", "#84.5", "#105.63|0.00", "#99.1|0.00", "#97|0.00", "#85", "#99.41|0.00", "Amat Baik"},
		{"", "", "Waktu layanan", "hari", "Negatif", "#5", "#6", "#80|0.00", "#90|0.00", "#88|0.00", "#4", "#50|0.00", "Baik"},
		{"2", "Meningkatnya tata kelola desa", "Nilai SAKIP", "nilai", "Rentang", "60 – 70", "#55", "#91.67|0.00", "#95|0.00", "#96|0.00", "70-80", "#78.57|0.00", "Amat Baik"},
	}
}

func pengukuran(rows [][]string) []rt.Sheet {
	return []rt.Sheet{identitas("2023", "2021-2026"), {Name: "Pengukuran", Rows: rows}}
}

func TestPengukuranCleanTable(t *testing.T) {
	w := rt.Workbook(pengukuran(measurement())...)
	got := rt.Run(w, PGK001, PGK002, PGK003, PGK004, PGK005, PGK006, UM004, UM008, UM012)
	if len(got) != 0 {
		t.Fatalf("clean Pengukuran flagged: %+v", got)
	}
	tab := w.Table("Pengukuran")
	if tab == nil || len(tab.Rows) != 3 || tab.NumberRow != 3 {
		t.Fatalf("table not read: %+v", tab)
	}
	if tab.Rows[1].Sasaran != "Meningkatnya pelayanan" {
		t.Errorf("blank repeat of the sasaran not carried down: %q", tab.Rows[1].Sasaran)
	}
}

func TestPGK001Polarities(t *testing.T) {
	rows := measurement()
	rows[3][7] = "#105.62|0.00" // 84.5/80 = 105.625 -> half up 105.63
	rows[4][7] = "#120|0.00"    // Negatif: (2*5-6)/5 = 80
	rows[5][7] = "#100|0.00"    // Rentang: 55 below 60 -> 55/60 = 91.67
	rt.Expect(t, PGK001, rt.Workbook(pengukuran(rows)...),
		rt.Want{At: "Pengukuran!H4", Expected: "105.63", Actual: "105.62"},
		rt.Want{At: "Pengukuran!H5", Expected: "80.00", Actual: "120.00"},
		rt.Want{At: "Pengukuran!H6", Expected: "91.67", Actual: "100.00"})
}

func TestPGK001NegatifRatioSetting(t *testing.T) {
	rows := measurement()
	rows[4][7] = "#83.33|0.00" // Target / Realisasi = 5/6
	w := rt.Workbook(pengukuran(rows)...)
	s := reconcile.DefaultSettings()
	s.Negatif = reconcile.NegatifRatio
	if got := reconcile.Run(w, []*reconcile.Rule{PGK001}, s); len(got) != 0 {
		t.Fatalf("T/R setting: %+v", got)
	}
	rt.Expect(t, PGK001, w, rt.Want{At: "Pengukuran!H5", Expected: "80.00"})
}

func TestPGK002Renstra(t *testing.T) {
	rows := measurement()
	rows[3][11] = "#96.62|0.00"
	rt.Expect(t, PGK002, rt.Workbook(pengukuran(rows)...), rt.Want{At: "Pengukuran!L4", Expected: "99.41", Actual: "96.62"})
}

func TestPGK003Predikat(t *testing.T) {
	rows := measurement()
	rows[4][12] = "Amat Baik" // 80 is Baik on the default scale
	rows[5][12] = "AMAT  baik"
	rt.Expect(t, PGK003, rt.Workbook(pengukuran(rows)...), rt.Want{At: "Pengukuran!M5", Expected: "Baik", Actual: "Amat Baik"})
}

func TestPGK003ScaleFromSkala(t *testing.T) {
	rows := measurement()
	rows[4][12] = "Cukup"
	sheets := append(pengukuran(rows), rt.Sheet{Name: "Skala", Rows: [][]string{
		{"Batas Bawah", "Batas Atas", "Predikat"},
		{"95", "100", "Amat Baik"},
		{"75", "95", "Baik"},
		{"0", "75", "Kurang"},
	}})
	w := rt.Workbook(sheets...)
	rt.Expect(t, PGK003, w, rt.Want{At: "Pengukuran!M5", Expected: "Baik", Actual: "Cukup"}, rt.Want{At: "Pengukuran!M6", Expected: "Baik", Actual: "Amat Baik"})
}

func TestPGK004ColumnYears(t *testing.T) {
	rows := measurement()
	// Kragan: last year's labels left in place. One finding for the header, at its first
	// label, and one following it at each other label, each with the label it should read.
	rows[1][5], rows[1][6], rows[1][7], rows[1][8], rows[1][9], rows[1][11] =
		"% Target 2022", "% Realisasi 2022", "% Capaian 2022", "% Capaian 2021", "% Capaian 2020", "% Capaian s/d 2022"
	rt.Expect(t, PGK004, rt.Workbook(pengukuran(measurement())...))
	got := rt.Expect(t, PGK004, rt.Workbook(pengukuran(rows)...), rt.Want{At: "Pengukuran!F2", Expected: "2023", Actual: "2022"},
		rt.Want{At: "Pengukuran!G2"}, rt.Want{At: "Pengukuran!H2"},
		rt.Want{At: "Pengukuran!I2", Expected: "2022", Actual: "2021"},
		rt.Want{At: "Pengukuran!J2", Expected: "2021", Actual: "2020"},
		rt.Want{At: "Pengukuran!L2"})
	expectFixes(t, got,
		fixWant{At: "Pengukuran!F2", Fix: "% Target 2023"},
		fixWant{At: "Pengukuran!G2", Fix: "% Realisasi 2023", Because: "Pengukuran!F2"},
		fixWant{At: "Pengukuran!H2", Fix: "% Capaian 2023", Because: "Pengukuran!F2"},
		fixWant{At: "Pengukuran!I2", Fix: "% Capaian 2022", Because: "Pengukuran!F2"},
		fixWant{At: "Pengukuran!J2", Fix: "% Capaian 2021", Because: "Pengukuran!F2"},
		fixWant{At: "Pengukuran!L2", Fix: "% Capaian s/d 2023", Because: "Pengukuran!F2"})
	if c := counting(got); len(c) != 1 {
		t.Fatalf("a shifted header counts %d times, want once: %+v", len(c), c)
	}
	for _, label := range []string{`"% Target 2022" menjadi "% Target 2023"`, `L2 "% Capaian s/d 2022" menjadi "% Capaian s/d 2023"`, "6 judul kolom", "1 tahun lebih awal", "tahun lalu yang tertinggal"} {
		if !strings.Contains(got[0].Message.ID, label) {
			t.Errorf("the header's finding does not say %q: %s", label, got[0].Message.ID)
		}
	}
	if !strings.Contains(got[0].Message.EN, `L2 "% Capaian s/d 2022" to "% Capaian s/d 2023"`) || !strings.Contains(got[0].Message.EN, "all 6 column labels are 1 year earlier") {
		t.Errorf("English: %s", got[0].Message.EN)
	}

	// A label off by another amount than the rest is its own finding; a header with one
	// wrong label has one finding, with its fix.
	rows[1][9] = "% Capaian 2019"
	got = rt.Expect(t, PGK004, rt.Workbook(pengukuran(rows)...), rt.Want{At: "Pengukuran!F2"}, rt.Want{At: "Pengukuran!G2"},
		rt.Want{At: "Pengukuran!H2"}, rt.Want{At: "Pengukuran!I2"}, rt.Want{At: "Pengukuran!J2", Expected: "2021", Actual: "2019"}, rt.Want{At: "Pengukuran!L2"})
	expectFixes(t, got, fixWant{At: "Pengukuran!F2", Fix: "% Target 2023"}, fixWant{At: "Pengukuran!J2", Fix: "% Capaian 2021"},
		fixWant{At: "Pengukuran!L2", Fix: "% Capaian s/d 2023", Because: "Pengukuran!F2"})
	if c := counting(got); len(c) != 2 {
		t.Errorf("%d findings count, want 2 (the shift and the label off by two years)", len(c))
	}
	one := measurement()
	one[1][8] = "% Capaian 2021" // T-1 written as T-2
	got = rt.Expect(t, PGK004, rt.Workbook(pengukuran(one)...), rt.Want{At: "Pengukuran!I2", Expected: "2022", Actual: "2021"})
	expectFixes(t, got, fixWant{At: "Pengukuran!I2", Fix: "% Capaian 2022"})
}

func TestPGK004TwoRowMergedHeader(t *testing.T) {
	rows := [][]string{
		{"No", "Indikator Kinerja", "Target 2022", "Realisasi 2022", "Capaian", "", "", "RPJMD", ""},
		{"", "", "", "", "% Capaian 2022", "% Capaian 2021", "% Capaian 2020", "Target Akhir 2026", "% Capaian s/d 2022"},
		{"1", "Indeks kepuasan", "#80", "#84", "#105|0.00", "#99|0.00", "#97|0.00", "#85", "#98.82|0.00"},
	}
	s := rt.Sheet{Name: "Capaian Kinerja", Rows: rows, Merges: []string{"A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:G1", "H1:I1"}}
	w := rt.Workbook(identitas("2023", "2021-2026"), s)
	tab := w.Table("Pengukuran")
	if tab == nil || len(tab.HeaderRows) != 2 {
		t.Fatalf("two-row header not read: %+v", tab)
	}
	got := rt.Expect(t, PGK004, w,
		rt.Want{At: "Capaian Kinerja!C1"}, rt.Want{At: "Capaian Kinerja!D1"},
		rt.Want{At: "Capaian Kinerja!E2"}, rt.Want{At: "Capaian Kinerja!F2"}, rt.Want{At: "Capaian Kinerja!G2"},
		rt.Want{At: "Capaian Kinerja!I2"})
	// The first label in reading order speaks for the shifted header.
	expectFixes(t, got, fixWant{At: "Capaian Kinerja!C1", Fix: "Target 2023"},
		fixWant{At: "Capaian Kinerja!G2", Fix: "% Capaian 2021", Because: "Capaian Kinerja!C1"},
		fixWant{At: "Capaian Kinerja!I2", Fix: "% Capaian s/d 2023", Because: "Capaian Kinerja!C1"})
	rt.Expect(t, PGK001, w)

	// A group label naming the year of the columns under it is one label, fixed once.
	grouped := rt.Sheet{Name: "Pengukuran", Rows: [][]string{
		{"No", "Indikator Kinerja", "Tahun 2022", "", "", "Target Akhir Renstra (2026)"},
		{"", "", "Target", "Realisasi", "% Capaian", ""},
		{"1", "IKM", "#80", "#82", "#102.5", "#85"},
	}, Merges: []string{"A1:A2", "B1:B2", "C1:E1", "F1:F2"}}
	got = rt.Expect(t, PGK004, rt.Workbook(identitas("2023", "2021-2026"), grouped), rt.Want{At: "Pengukuran!C1", Expected: "2023", Actual: "2022"})
	expectFixes(t, got, fixWant{At: "Pengukuran!C1", Fix: "Tahun 2023"})
}

func TestPGK005ZeroTarget(t *testing.T) {
	rows := measurement()
	rows[3][5] = "#0"
	w := rt.Workbook(pengukuran(rows)...)
	rt.Expect(t, PGK005, w, rt.Want{At: "Pengukuran!F4"})
	rt.Expect(t, PGK001, w) // no division, no infinite percentage
}

func TestPGK006UnknownPolarity(t *testing.T) {
	rows := measurement()
	rows[3][4] = "Menurun"
	rt.Expect(t, PGK006, rt.Workbook(pengukuran(rows)...), rt.Want{At: "Pengukuran!E4", Actual: "Menurun"})
}
