package realreports

// InspektoratSampang2019 is the LKjIP 2019 of the Inspektorat Daerah of Kabupaten Sampang:
// its predikat scale (Tabel 3.1, intervals with gaps) and the first row of its measurement
// table (printed as Tabel 3.1 too), whose realisasi and capaian are "n/a".
func InspektoratSampang2019() *Source {
	const sk, pg = "Skala", "Pengukuran"
	return &Source{
		Key:      "inspektorat-sampang-2019",
		Unit:     "Inspektorat Daerah Kabupaten Sampang",
		Kind:     "inspektorat",
		Year:     2019,
		Document: "LKjIP Inspektorat Daerah Kabupaten Sampang Tahun 2019, pages 29-30",
		URL:      "https://123dok.com/document/zx5dll94-baik-baik-cukup-kurang-kurang.html",
		Tables:   "Tabel 3.1 Interval Penilaian Kinerja; Tabel 3.1 Pencapaian Kinerja (the number is printed twice)",
		Notes: []string{
			"The scale's intervals are one column of text (\"76 % ≤ 90%\", spacing as printed): no Batas Bawah / Batas Atas columns.",
			"Pencapaian Kinerja: header \"N0\" (a zero for the O) as printed; the sasaran is a row above the indicators; only the first indicator row is on the stored page (the second is cut mid-label and is not transcribed).",
		},
		Sheets: []Sheet{
			identitas("Inspektorat Daerah Kabupaten Sampang", "Kabupaten Sampang", 2019),
			{Name: sk, Rows: [][]string{
				{"Tabel 3.1"},
				{"Interval Penilaian Kinerja"},
				{"NO", "INTERVAL NILAI\nREALISASI KINERJA", "KRITERIA PENILAIAN REALISASI KINERJA"},
				{"1", "91 % ≤ 100 %", "Sangat Baik"},
				{"2", "76 % ≤ 90%", "Baik"},
				{"3", "66 % ≤ 75 %", "Cukup"},
				{"4", "51 % ≤ 65 %", "Kurang"},
				{"5", "≤ 50 %", "Sangat Kurang"},
			}},
			{Name: pg, Rows: [][]string{
				{"Tabel 3.1 Pencapaian Kinerja"},
				{"N0", "Indikator Kinerja Utama", "Satuan", "Target", "Realisasi", "Capaian"},
				{"Sasaran Strategis 1. Meningkatnya Akuntabilitas Keuangan Dan Kinerja Pemerintah Daerah"},
				{"1", "Persentase penurunan temuan\nkeuangan yang bersifat materil", "%", "55%", "n/a", "n/a"},
			}, Merges: []string{"A3:F3"}},
		},
		Read: []ReadExpect{
			{Sheet: sk, Roles: []string{"rentang", "predikat"}, Now: true},
			{Sheet: pg, Roles: []string{"indikator", "target", "realisasi", "capaian"}, Now: true},
		},
		Expect: []Expect{
			{Cell: sk + "!B5", Mistake: true, Want: "91",
				Why: "Baik ends at 90 %, Sangat Baik starts at 91 %: a capaian of 90,5 % gets no predikat. The Batas Atas of Baik should be 91 (or Sangat Baik start at 90).",
				Now: true},
			{Cell: sk + "!B6", Mistake: true, Want: "76", Why: "Cukup ends at 75 %, Baik starts at 76 %: 75,5 % gets no predikat.",
				Now: true},
			{Cell: sk + "!B7", Mistake: true, Want: "66", Why: "Kurang ends at 65 %, Cukup starts at 66 %: 65,5 % gets no predikat.",
				Now: true},
			{Cell: sk + "!B8", Mistake: true, Want: "51", Why: "Sangat Kurang ends at 50 %, Kurang starts at 51 %: 50,5 % gets no predikat.",
				Now: true},
			{Cell: pg + "!E4", Now: true, Why: "Realisasi \"n/a\": no data; a warning that the capaian cannot be computed, not an error.",
				Gap: "#16 item 5: n/a in realisasi or capaian is a warning, with no error downstream."},
			{Cell: pg + "!F4", Now: true, Why: "Capaian \"n/a\" follows from the realisasi: no error.",
				Gap: "#16 item 5: n/a in realisasi or capaian is a warning, with no error downstream."},
			{Cell: pg + "!D4", Why: "Target \"55%\": a percentage as text, right.", Now: true},
		},
	}
}
