package realreports

// months is a row of a monthly e-kinerja table: label cells, then the twelve months (empty
// where nothing was recorded), then the rest. at maps a month (1-12) to its printed value.
func months(lead []string, at map[int]string, rest ...string) []string {
	row := append([]string(nil), lead...)
	for m := 1; m <= 12; m++ {
		row = append(row, at[m])
	}
	return append(row, rest...)
}

// PolmanPenyusunanAnggaran2022 is the 2022 measurement page of the Sub Bidang Penyusunan
// Anggaran in the e-kinerja system of Kabupaten Polewali Mandar: an indicator table and a
// budget table, both with the realisation spread over the months 1 to 12 under one group
// label, a Jumlah after them, amounts in US notation.
func PolmanPenyusunanAnggaran2022() *Source {
	const pg, ra = "Pengukuran", "Realisasi Anggaran"
	numbers := func(blank int) []string {
		row := make([]string, blank)
		for m := 1; m <= 12; m++ {
			row = append(row, itoa(m))
		}
		return append(row, "Jumlah")
	}
	return &Source{
		Key:      "polman-subbid-penyusunan-anggaran-2022",
		Unit:     "Sub Bidang Penyusunan Anggaran, Kabupaten Polewali Mandar (the budget office's eselon IV unit)",
		Kind:     "badan keuangan daerah, e-kinerja page of an eselon IV unit",
		Year:     2022,
		Document: "Pengukuran Kinerja Tahun 2022, Sub Bidang Penyusunan Anggaran, simkinerja2022.polmankab.go.id",
		URL:      "https://mail.simkinerja2022.polmankab.go.id/Beranda/pengukurankinerjaeselon4/1.24.2.1/2022",
		Tables:   "the page's first two tables (indicators; Kegiatan / Sub-Kegiatan budget), no table numbers",
		Notes: []string{
			"The page's text gives each row's monthly values in order but not their months (empty months print nothing). The budget rows line up (each month of the kegiatan is the sum of its two sub kegiatan's), so their four values are put in months 3, 6, 9 and 12, the second sub kegiatan's three in 6, 9 and 12; the indicators' values are put in the last months (one value: December). Sums and % do not depend on the choice.",
			"Section rows \"Sasaran Kegiatan :\", \"Sasaran Sub-Kegiatan :\", \"Kegiatan :\", \"Sub-Kegiatan :\" and the officer row \"Kepala Sub Bidang Penyusunan Anggaran\" as printed; the page shows levels by indentation only.",
			"The indicator table's header text reads \"Target Realisasi Target Kinerja(%)\": taken as Target | Realisasi (the group over the months) | \"Target Kinerja(%)\" (it holds the capaian); it may also be Target | \"Realisasi Target\" | \"Kinerja(%)\", as the budget table's \"Realisasi Anggaran (Rp)\" | \"Realisasi(%)\" suggests.",
		},
		Sheets: []Sheet{
			identitas("Sub Bidang Penyusunan Anggaran", "Kabupaten Polewali Mandar", 2022),
			{Name: pg, Rows: [][]string{
				{"Pengukuran Kinerja Tahun 2022"},
				{"Sub Bidang Penyusunan Anggaran"},
				months([]string{"Pejabat", "Sasaran Kegiatan / Sub-Kegiatan", "Indikator", "Satuan", "Target"}, map[int]string{1: "Realisasi"}, "", "Target Kinerja(%)"),
				numbers(5),
				{"Kepala Sub Bidang Penyusunan Anggaran"},
				{"", "Sasaran Kegiatan :"},
				{"", "Meningkatnya Kualitas Penganggaran Pendapatan dan Belanja Daerah"},
				months([]string{"", "", "Persentase Perangkat Daerah yang Menyampaikan Dokumen Penganggaran Sesuai Standar dan Tepat Waktu", "persen", "95.56"},
					map[int]string{12: "93"}, "93", "97.32"),
				{"", "Sasaran Sub-Kegiatan :"},
				{"", "Tersusunnya Peraturan Daerah tentang APBD dan Peraturan Kepala Daerah tentang Penjabaran APBD"},
				months([]string{"", "", "Jumlah Rancangan Perda/Perbup Tentang APBD yang Tersusun sesuai standar dan tepat waktu", "dokumen", "2"},
					map[int]string{10: "1", 11: "0", 12: "2"}, "3", "150.00"),
				{"", "Tersusunnya Peraturan Daerah Tentang Perubahan APBD dan Peraturan Kepala Daerah Tentang Penjabaran Perubahan APBD"},
				months([]string{"", "", "Jumlah Rancangan Perda/Perbup Tentang Perubahan APBD yang Tersusun sesuai standar dan tepat waktu", "dokumen", "3"},
					map[int]string{9: "1", 10: "1", 11: "1", 12: "2"}, "5", "166.67"),
			}, Merges: []string{"A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:R3", "S3:S4"}},
			{Name: ra, Rows: [][]string{
				{"Pengukuran Kinerja Tahun 2022"},
				{"Sub Bidang Penyusunan Anggaran"},
				months([]string{"Pejabat", "Kegiatan / Sub-Kegiatan", "Alokasi Anggaran (Rp)"}, map[int]string{1: "Realisasi Anggaran (Rp)"}, "", "Realisasi(%)"),
				numbers(3),
				{"Kepala Sub Bidang Penyusunan Anggaran"},
				{"", "Kegiatan :"},
				months([]string{"", "Koordinasi dan Penyusunan Rencana Anggaran Daerah", "1,004,422,800"},
					map[int]string{3: "177,776,900", 6: "217,285,100", 9: "159,227,092", 12: "446,683,866"}, "1,000,972,958", "99.66"),
				{"", "Sub-Kegiatan :"},
				months([]string{"", "Koordinasi dan Penyusunan Peraturan Daerah Tentang APBD dan Peraturan Kepala Daerah Tentang Penjabaran APBD", "808,430,200"},
					map[int]string{3: "177,776,900", 6: "139,800,500", 9: "156,653,392", 12: "331,138,792"}, "805,369,584", "99.62"),
				months([]string{"", "Koordinasi dan Penyusunan Peraturan Daerah Tentang Perubahan APBD dan Peraturan Kepala Daerah Tentang Penjabaran Perubahan APBD", "195,992,600"},
					map[int]string{6: "77,484,600", 9: "2,573,700", 12: "115,545,074"}, "195,603,374", "99.80"),
			}, Merges: []string{"A3:A4", "B3:B4", "C3:C4", "D3:P3", "Q3:Q4"}},
		},
		Read: []ReadExpect{
			{Sheet: pg, Roles: []string{"indikator", "target", "realisasi", "capaian"}, Now: true},
			{Sheet: ra, Now: true, Roles: []string{"anggaran", "realisasi", "persen"}, At: map[string]string{"anggaran": "C", "realisasi": "P", "persen": "Q"},
				Gap: "#16 items 3 and 7: \"Alokasi Anggaran (Rp)\" is the anggaran, the Jumlah under \"Realisasi Anggaran (Rp)\" the realisasi, \"Realisasi(%)\" the %."},
		},
		Expect: []Expect{
			{Cell: pg + "!S8", Calc: "R8/E8*100", Why: "93 / 95,56 × 100 = 97,3210… → 97,32.", Now: true},
			{Cell: pg + "!S11", Calc: "R11/E11*100", Why: "3 / 2 × 100 = 150,00.", Now: true},
			{Cell: pg + "!S13", Calc: "R13/E13*100", Why: "5 / 3 × 100 = 166,666… → 166,67.", Now: true},
			{Cell: pg + "!R11", Calc: "sum(F11:Q11)", Why: "1 + 0 + 2 = 3 (the months add up to their Jumlah).", Now: true},
			{Cell: pg + "!R13", Calc: "sum(F13:Q13)", Why: "1 + 1 + 1 + 2 = 5.", Now: true},
			{Cell: ra + "!Q7", Now: true, Calc: "P7/C7*100", Why: "1.000.972.958 / 1.004.422.800 × 100 = 99,6565… → 99,66.", Gap: polmanMonths},
			{Cell: ra + "!Q9", Now: true, Calc: "P9/C9*100", Why: "805.369.584 / 808.430.200 × 100 = 99,6214… → 99,62.", Gap: polmanMonths},
			{Cell: ra + "!Q10", Now: true, Calc: "P10/C10*100", Why: "195.603.374 / 195.992.600 × 100 = 99,8014… → 99,80.", Gap: polmanMonths},
			{Cell: ra + "!P7", Calc: "sum(D7:O7)", Why: "177.776.900 + 217.285.100 + 159.227.092 + 446.683.866 = 1.000.972.958.", Now: true},
			{Cell: ra + "!P9", Calc: "sum(D9:O9)", Why: "the four months add up to 805.369.584.", Now: true},
			{Cell: ra + "!P10", Calc: "sum(D10:O10)", Why: "77.484.600 + 2.573.700 + 115.545.074 = 195.603.374.", Now: true},
			{Cell: ra + "!C7", Calc: "C9+C10", Why: "808.430.200 + 195.992.600 = 1.004.422.800 (the kegiatan is the sum of its sub kegiatan).", Now: true},
			{Cell: ra + "!P7", Calc: "P9+P10", Why: "805.369.584 + 195.603.374 = 1.000.972.958.", Now: true},
			{Cell: ra + "!I7", Calc: "I9+I10", Why: "month 6: 139.800.500 + 77.484.600 = 217.285.100.", Now: true},
		},
	}
}

// polmanMonths is why lkjip calls the budget table's right % wrong today.
const polmanMonths = "#16 item 7: the group label \"Realisasi Anggaran (Rp)\" stands over months 1-12 and Jumlah; lkjip gives the realisasi role to its first sub-column (month 1, empty), reads the realisasi as 0 and says each % should be 0.00 (LRA002). The Jumlah under the group is the realisasi, and the months must add up to it."

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return string(rune('0'+n/10)) + string(rune('0'+n%10))
}
