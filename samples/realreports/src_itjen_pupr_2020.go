package realreports

// ItjenPUPR2020 is Tabel IV.1 of the Laporan Kinerja 2020 of the Inspektorat Jenderal of the
// Kementerian Pekerjaan Umum dan Perumahan Rakyat: targets and quarterly cumulative
// realisations of its program indicators, targets with units ("Level 3"), realisations with
// footnote marks ("3*") and percentages as text ("21,84%"), a header cut inside a word.
func ItjenPUPR2020() *Source {
	const pg = "Pengukuran"
	return &Source{
		Key:      "itjen-pupr-2020",
		Unit:     "Inspektorat Jenderal, Kementerian Pekerjaan Umum dan Perumahan Rakyat",
		Kind:     "inspektorat jenderal (kementerian)",
		Year:     2020,
		Document: "Laporan Kinerja Inspektorat Jenderal Kementerian PUPR Tahun 2020, Bab IV Akuntabilitas Kinerja, 4.1 Capaian Kinerja Organisasi",
		URL:      "https://123dok.com/article/capaian-kinerja-organisasi-akuntabilitas-kinerja.yr1prrjq",
		Tables:   "Tabel IV.1 Capaian Sasaran Program Inspektorat Jenderal Tahun 2020",
		Notes: []string{
			"The quarter labels are printed broken inside the word (\"TRIW\" / \"ULAN I\", a narrow column): kept as \"TRIW\\nULAN I\".",
			"Section rows \"Renstra 2015-2019\" and \"Digunakan Renstra 2020-2024\" as printed; the stored page stops inside the next sasaran (Renstra 2020-2024), which is not transcribed.",
			"No capaian column: the table gives targets and cumulative realisations per quarter only. The parent indicator's 14 % / 23 % / 32 % is neither the sum nor the mean of its two components (21,84 % and 9 % average 15,42 %): its weighting is not printed, so no mistake is claimed.",
		},
		Sheets: []Sheet{
			identitas("Inspektorat Jenderal Kementerian PUPR", "", 2020),
			{Name: pg, Rows: [][]string{
				{"Tabel IV.1 Capaian Sasaran Program Inspektorat Jenderal Tahun 2020"},
				{"SASARAN PROGRAM", "INDIKATOR KINERJA PROGRAM (IKP)", "TARGET 2020", "REALISASI (%)", "", "", ""},
				{"", "", "", "TRIW\nULAN I", "TRIW\nULAN II", "TRIW\nULAN III", "TRIW\nULAN IV 2020"},
				{"Renstra 2015-2019"},
				{"Meningkatnya Pengendalian dan Pengawasan Intern", "1. Level Internal Audit\nCapability Model (IACM)", "Level 3", "3*", "3*", "3*"},
				{"Digunakan Renstra 2020-2024"},
				{"", "2. Persentase Peningkatan Kualitas Pengawasan Kinerja dan Keuangan di Kementerian PUPR", "80%", "14%", "23%", "32%"},
				{"", "a. IKK Sekretariat Inspektorat Jenderal", "80%", "21,84%", "39,45%", "52,78%"},
				{"", "b. IKK Inspektorat I s.d V", "80%", "9%", "12%", "25%"},
			}, Merges: []string{"A2:A3", "B2:B3", "C2:C3", "D2:G2", "A4:G4", "A6:G6"}},
		},
		Read: []ReadExpect{{Sheet: pg, Roles: []string{"indikator", "target", "realisasi"},
			Now: true}},
		Expect: []Expect{
			{Cell: pg + "!D5", Why: "\"3*\": a level with a footnote mark; not a number error.", Now: true},
			{Cell: pg + "!E5", Why: "\"3*\": as D5.", Now: true},
			{Cell: pg + "!F5", Why: "\"3*\": as D5.", Now: true},
			{Cell: pg + "!C5", Why: "Target \"Level 3\": a target with its unit, right (the spec reads \"7 nilai\" in IKU).", Now: true},
			{Cell: pg + "!D8", Why: "\"21,84%\": a percentage as text, right.", Now: true},
			{Cell: pg + "!F7", Why: "32 %: not derivable from the printed rows, no error.", Now: true},
		},
	}
}
