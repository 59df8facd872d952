package realreports

// SetdaSumut2021 is Tabel 19 of the Laporan Kinerja 2021 of the Sekretariat Daerah of
// Provinsi Sumatera Utara: the budget of its third sasaran strategis, amounts only on the sub
// kegiatan, a % on the program, and the % column headed "CAPAIAN REALISASI ANGGARAN (%)".
func SetdaSumut2021() *Source {
	const ra = "Realisasi Anggaran"
	return &Source{
		Key:      "setda-provsu-2021",
		Unit:     "Sekretariat Daerah Provinsi Sumatera Utara",
		Kind:     "sekretariat daerah (provinsi)",
		Year:     2021,
		Document: "Laporan Kinerja Sekretariat Daerah Provinsi Sumatera Utara 2021, page 41",
		URL:      "https://fliphtml5.com/xgkox/cyxe/LAPORAN_KINERJA_SEKRETARIAT_DAERAH_PROVINSI_SUMATERA_UTARA_TAHUN_2021/49",
		Tables:   "Tabel 19 Realisasi Keuangan Sasaran Strategis-3",
		Notes: []string{
			"Every header label as printed, one word a line (the column is narrow): \"CAPAIAN\\nREALISASI\\nANGGARAN\\n(%)\".",
			"The indicator cell spans the whole table (merged B5:B11), as printed; the program and the two kegiatan rows carry no amounts, the program a % only.",
			"Amounts in Indonesian notation (749.930.215), percentages with a decimal point (93.6), as printed.",
			"The page ends after the third sub kegiatan of Kegiatan Fasilitasi Kerjasama Daerah; no Jumlah row is printed on it.",
		},
		Sheets: []Sheet{
			identitas("Sekretariat Daerah Provinsi Sumatera Utara", "", 2021),
			{Name: ra, Rows: [][]string{
				{"Tabel 19"},
				{"Realisasi Keuangan Sasaran Strategis-3"},
				{"NO", "INDIKATOR\nKINERJA", "PROGRAM/\nKINERJA", "ANGGARAN\n(Rp)", "REALISASI\n(Rp)", "CAPAIAN\nREALISASI\nANGGARAN\n(%)"},
				{"1", "2", "3", "4", "5", "6"},
				{"1", "Persentase\nkegiatan dalam\npembinaan\naparatur\npemerintahan\ndalam\npenyelenggaran\nkebijakan\npemerintahan\ndi daerah serta\nKegiatan\nEvaluasi\nKerjasama\nPemerintah/\nBadan Usaha/\nSwasta",
					"Program Pemerintahan Dan Otonomi Daerah", "", "", "88.6"},
				{"", "", "Kegiatan\nPelaksanaan\nTugas\nPemerintahan"},
				{"", "", "1. Sub Kegiatan\nFasilitasi\nPelaksanaan\nPemerintahan\nUmum", "749.930.215", "702.188.300", "93.6"},
				{"", "", "Kegiatan\nFasilitasi\nKerjasama\nDaerah"},
				{"", "", "1.Sub Kegiatan\nFasilitasi\nKerjasama\nantar\nPemerintah", "216.194.000", "188.957.200", "87.4"},
				{"", "", "2.Sub Kegiatan\nFasilitasi\nKerjasama\nBadan\nUsaha/Swasta", "378.896.500", "351.953.546", "92.9"},
				{"", "", "3.Sub Kegiatan\nEvaluasi\nPelaksanaan", "398.379.650", "307.055.630", "80.5"},
			}, Merges: []string{"A5:A11", "B5:B11"}},
		},
		Read: []ReadExpect{{Sheet: ra, Now: true, Roles: []string{"anggaran", "realisasi", "persen"},
			Gap: "#16 items 2 and 3: \"CAPAIAN REALISASI ANGGARAN (%)\" is not recognised as the % column (words, not the whole phrase), and nothing says so."}},
		Expect: []Expect{
			{Cell: ra + "!F11", Now: true, Mistake: true, Calc: "E11/D11*100", Want: "77.1",
				Why: "307.055.630 / 398.379.650 × 100 = 77,076… → 77,1; printed 80.5.",
				Gap: "#16 item 3: the % column \"CAPAIAN\\nREALISASI\\nANGGARAN\\n(%)\" is not read, so no % is checked (and item 2: nothing says the column was skipped)."},
			{Cell: ra + "!F5", Now: true, Mistake: true, Calc: "(E7+E9+E10+E11)/(D7+D9+D10+D11)*100", Want: "88.9",
				Why: "Program: 1.550.154.676 / 1.743.400.365 × 100 = 88,915… → 88,9; printed 88.6 = (93,6 + 87,4 + 92,9 + 80,5) / 4, the plain average of the sub kegiatan's %.",
				Gap: "#16 item 4: a parent without amounts is judged against the sums of its children, and an average of %s is named as such."},
			{Cell: ra + "!F7", Calc: "E7/D7*100", Why: "702.188.300 / 749.930.215 × 100 = 93,633… → 93,6.", Now: true},
			{Cell: ra + "!F9", Calc: "E9/D9*100", Why: "188.957.200 / 216.194.000 × 100 = 87,401… → 87,4.", Now: true},
			{Cell: ra + "!F10", Calc: "E10/D10*100", Why: "351.953.546 / 378.896.500 × 100 = 92,889… → 92,9.", Now: true},
		},
	}
}
