package realreports

// GunungKaler2020 is Tabel 3.5 of the LKjIP 2020 of Kecamatan Gunung Kaler, Kabupaten
// Tangerang: the achievement of its first sasaran, with the earlier year's columns first
// (Target 2019 | Target 2020 | Realisasi 2019 | ...), as many reports print them.
func GunungKaler2020() *Source {
	const pg = "Pengukuran"
	return &Source{
		Key:      "kecamatan-gunung-kaler-2020",
		Unit:     "Kecamatan Gunung Kaler, Kabupaten Tangerang",
		Kind:     "kecamatan",
		Year:     2020,
		Document: "Laporan Kinerja (LKjIP) Kecamatan Gunung Kaler Tahun 2020, Bab III Akuntabilitas, D. Pengukuran, Evaluasi dan Analisis Capaian Kinerja Sasaran Strategis",
		URL:      "https://123dok.com/id/article/sasaran-strategis-pengukuran-evaluasi-analisis-capaian-kinerja-strategi.10176983",
		Tables:   "Tabel 3.5 Analisis Pencapaian Sasaran 1",
		Notes: []string{
			"Header as printed, line breaks included (\"Target\\n2020\", \"Realisasi\\n2019\"); no space before \"(%)\" in \"Capaian 2019(%)\".",
			"The two closing rows (Jumlah / Rata-Rata Capaian Realisasi Kinerja) carry figures in the two Capaian columns only; their labels span the other columns.",
			"The narrative under the table repeats 66,7 % against a target of 70 %, and 95,24 % is 66,67 / 70: the capaian was computed from the unrounded realisasi.",
		},
		Sheets: []Sheet{
			identitas("Kecamatan Gunung Kaler", "Kabupaten Tangerang", 2020),
			{Name: pg, Rows: [][]string{
				{"Tabel 3.5"},
				{"Analisis Pencapaian Sasaran 1"},
				{"Kecamatan Gunung Kaler Kabupaten Tangerang"},
				{"No.", "Indikator Kinerja", "Satuan", "Target 2019", "Target\n2020", "Realisasi\n2019", "Realisasi 2020", "Capaian 2019(%)", "Capaian 2020(%)"},
				{"01.01", "Hasil Indeks Kepuasan\nMasyarakat", "Nilai", "82,5", "84,75", "88,94", "88,95", "107,81", "104,96"},
				{"01.02", "Prosentase desa/kelurahan dengan kategori minimal Berkembang", "Persen", "65", "70", "66,67", "66,7", "102,57", "95,24"},
				{"01.03", "Persentase desa dengan laporan\npertanggungjawaban baik", "Persen", "44,44", "55,56", "44,44", "55,56", "100,00", "100,00"},
				{"Jumlah Capaian Realisasi Kinerja", "", "", "", "", "", "", "310,38", "300,20"},
				{"Rata-Rata Capaian Realisasi Kinerja", "", "", "", "", "", "", "103,46", "100,07"},
			}, Merges: []string{"A8:G8", "A9:G9"}},
		},
		Read: []ReadExpect{{Sheet: pg, Roles: []string{"indikator", "target", "realisasi", "capaian"}, Now: true}},
		Expect: []Expect{
			{Cell: pg + "!I6", Now: true, Mistake: true, Alt: []string{pg + "!G6"}, Calc: "G6/E6*100", Want: "95.29",
				Why: "Capaian 2020 = 66,7 / 70 × 100 = 95,2857… → 95,29, printed 95,24 (66,67 / 70: the 2019 realisasi's decimals). Either I6 should read 95,29 or G6 66,67; with G6 the Jumlah and Rata-rata below stay right.",
				Gap: "#16 item 1: the year decides the role. lkjip takes the first Target/Realisasi/Capaian (the 2019 columns D, F, H) as year T and never checks I."},
			{Cell: pg + "!I5", Calc: "G5/E5*100", Why: "88,95 / 84,75 × 100 = 104,9557… → 104,96.", Now: true},
			{Cell: pg + "!I7", Calc: "G7/E7*100", Why: "55,56 / 55,56 × 100 = 100,00.", Now: true},
			{Cell: pg + "!H5", Calc: "F5/D5*100", Why: "2019: 88,94 / 82,5 × 100 = 107,8060… → 107,81.", Now: true},
			{Cell: pg + "!H6", Calc: "F6/D6*100", Why: "2019: 66,67 / 65 × 100 = 102,5692… → 102,57.", Now: true},
			{Cell: pg + "!H7", Calc: "F7/D7*100", Why: "2019: 44,44 / 44,44 × 100 = 100,00.", Now: true},
			{Cell: pg + "!H8", Calc: "sum(H5:H7)", Why: "107,81 + 102,57 + 100,00 = 310,38.", Now: true},
			{Cell: pg + "!I8", Calc: "sum(I5:I7)", Why: "104,96 + 95,24 + 100,00 = 300,20: right for the printed rows, and right with G6 = 66,67; only a fix at I6 would move it (to 300,25).", Now: true},
			{Cell: pg + "!H9", Calc: "H8/3", Why: "310,38 / 3 = 103,46.", Now: true},
			{Cell: pg + "!I9", Calc: "I8/3", Why: "300,20 / 3 = 100,0666… → 100,07.", Now: true},
			{Cell: pg + "!D4", Now: true, Why: "\"Target 2019\" is T-1 in a 2020 report, in its place before T: not a stale header.",
				Gap: "#16 item 1: lkjip gives the first Target column the role of year T and tells the unit to relabel 2019 as 2020 (PGK004)."},
			{Cell: pg + "!F4", Now: true, Why: "\"Realisasi\\n2019\": T-1, right.", Gap: "#16 item 1 (roles by year): lkjip tells the unit to relabel it 2020, following D4."},
			{Cell: pg + "!H4", Now: true, Why: "\"Capaian 2019(%)\": T-1, right.", Gap: "#16 item 1 (roles by year): lkjip tells the unit to relabel it 2020, following D4."},
			{Cell: pg + "!E4", Why: "\"Target\\n2020\": T, right.", Now: true},
			{Cell: pg + "!I4", Now: true, Why: "\"Capaian 2020(%)\": T, right.",
				Gap: "#16 item 1: lkjip takes the second Capaian column as T-1 by position and says the label should carry 2019 (PGK004)."},
		},
	}
}
