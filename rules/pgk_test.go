package rules

import (
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
	// Kragan: last year's labels left in place.
	rows[1][5], rows[1][6], rows[1][7], rows[1][8], rows[1][9], rows[1][11] =
		"% Target 2022", "% Realisasi 2022", "% Capaian 2022", "% Capaian 2021", "% Capaian 2020", "% Capaian s/d 2022"
	rt.Expect(t, PGK004, rt.Workbook(pengukuran(measurement())...))
	rt.Expect(t, PGK004, rt.Workbook(pengukuran(rows)...), rt.Want{At: "Pengukuran!F2", Expected: "2023", Actual: "2022"},
		rt.Want{At: "Pengukuran!G2"}, rt.Want{At: "Pengukuran!H2"},
		rt.Want{At: "Pengukuran!I2", Expected: "2022", Actual: "2021"},
		rt.Want{At: "Pengukuran!J2", Expected: "2021", Actual: "2020"},
		rt.Want{At: "Pengukuran!L2"})
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
	rt.Expect(t, PGK004, w,
		rt.Want{At: "Capaian Kinerja!C1"}, rt.Want{At: "Capaian Kinerja!D1"},
		rt.Want{At: "Capaian Kinerja!E2"}, rt.Want{At: "Capaian Kinerja!F2"}, rt.Want{At: "Capaian Kinerja!G2"},
		rt.Want{At: "Capaian Kinerja!I2"})
	rt.Expect(t, PGK001, w)
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
