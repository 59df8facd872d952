package realreports

// DikbudTegal2022 is the 2022 budget absorption the Dinas Pendidikan dan Kebudayaan of
// Kabupaten Tegal published on its own website: the total anggaran and realisasi with their
// %, and the financial and physical absorption of the programs it names. It is a statement,
// not a printed table: the table below is the one a dinas would paste from it.
func DikbudTegal2022() *Source {
	const ra = "Realisasi Anggaran"
	return &Source{
		Key:      "dikbud-tegal-2022",
		Unit:     "Dinas Pendidikan dan Kebudayaan Kabupaten Tegal",
		Kind:     "dinas",
		Year:     2022,
		Document: "\"Serapan Anggaran Dinas Dikbud Kabupaten Tegal Capai 91,43 Persen, Fisik Tembus 99,70 Persen\", dikbud.tegalkab.go.id, 13 January 2023 (the head of the dinas's statement on the 2022 budget)",
		URL:      "https://dikbud.tegalkab.go.id/serapan-anggaran-dinas-dikbud-kabupaten-tegal-capai-9143-persen-fisik-tembus-9970-persen/",
		Tables:   "no table number: the statement's figures, laid out as the dinas's Realisasi Anggaran summary",
		Notes: []string{
			"The only source here that is not a printed table: the layout (No | Program | Anggaran (Rp) | Realisasi (Rp) | Realisasi Keuangan (%) | Realisasi Fisik (%), a Jumlah row) is the transcriber's; every figure and program name is the statement's, in its order and notation (\"90, 90\" with its stray space).",
			"The statement names nine programs; the stored page gives the figures of five before it is cut, so the Jumlah cannot be set against its programs (which carry no amounts anyway).",
		},
		Sheets: []Sheet{
			identitas("Dinas Pendidikan dan Kebudayaan Kabupaten Tegal", "Kabupaten Tegal", 2022),
			{Name: ra, Rows: [][]string{
				{"Serapan Anggaran Dinas Pendidikan dan Kebudayaan Kabupaten Tegal Tahun 2022"},
				{"No", "Program", "Anggaran (Rp)", "Realisasi (Rp)", "Realisasi Keuangan (%)", "Realisasi Fisik (%)"},
				{"1", "penunjang urusan pemerintah daerah", "", "", "91,15", "99,96"},
				{"2", "pengelolaan pendidikan", "", "", "90, 90", "93,31"},
				{"3", "pengembangan kurikulum", "", "", "88,18", "100"},
				{"4", "pendidikan dan tenaga kependidikan", "", "", "100", "96,00"},
				{"5", "pengembangan kebudayaan", "", "", "180", "100"},
				{"Jumlah", "", "964.945.520.064", "881.446.716.611", "91,43", "99,70"},
			}},
		},
		Read: []ReadExpect{{Sheet: ra, Roles: []string{"uraian", "anggaran", "realisasi", "persen"},
			At:  map[string]string{"anggaran": "C", "realisasi": "D", "persen": "E"},
			Now: true}},
		Expect: []Expect{
			{Cell: ra + "!E8", Mistake: true, Alt: []string{ra + "!C8", ra + "!D8"}, Calc: "D8/C8*100", Want: "91.35",
				Why: "881.446.716.611 / 964.945.520.064 × 100 = 91,3467… → 91,35; the dinas says 91,43 (or one of the two amounts is mistyped).",
				Now: true},
			{Cell: ra + "!E7", Mistake: true,
				Why: "A spending program absorbing 180 % of its budget: realisasi above anggaran (or a mistyped figure). A finding even without the amounts.",
				Now: true},
			{Cell: ra + "!E4", Why: "\"90, 90\": 90,90 with a stray space after the comma; a figure to read (or list as unchecked), not an error.", Now: true},
			{Cell: ra + "!C8", Why: "The Jumlah anggaran is the statement's total; the programs above it carry no amounts, so they do not add up to 0.",
				Now: true},
			{Cell: ra + "!D8", Why: "The Jumlah realisasi, likewise.", Now: true},
			{Cell: ra + "!F8", Why: "Realisasi Fisik 99,70 %: physical progress, not derived from the amounts; nothing to check, no error.", Now: true},
		},
	}
}
