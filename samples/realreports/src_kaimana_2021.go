package realreports

// kaimanaIncome is why lkjip calls right cells of the income table wrong today.
const kaimanaIncome = "#16 item 7: income tables (title \"Perincian Pendapatan\") are judged as income. Today LRA005 calls every realisasi above its anggaran an error, and lkjip's search for the fewest wrong cells blames D10 (it should be 501,327,476.50, it says) and explains D7 and E10 from it."

// Kaimana2021 is Tabel 1.28 of the LKPJ (end-of-year accountability report) of the Bupati of
// Kaimana for 2021: an income table (Lain-lain PAD yang Sah), where realisasi above anggaran
// is normal, amounts in US notation with cents, a two-row header with "% Dari" over "Angg."
// and "Total", numbering that runs on across the roman-numbered groups.
func Kaimana2021() *Source {
	const ra = "Realisasi Anggaran"
	return &Source{
		Key:      "kaimana-lkpj-2021",
		Unit:     "Pemerintah Kabupaten Kaimana (figures from its BPKAD)",
		Kind:     "pemerintah kabupaten, LKPJ income table",
		Year:     2021,
		Document: "LKPJ Bupati Kaimana Akhir Tahun Anggaran 2021, Bab 1 Pendahuluan, pages 41-42",
		URL:      "https://anyflip.com/zjnky/bujm/basic/51-100",
		Tables:   "Tabel 1.28 Perincian Pendapatan dari Lain-lain PAD Yang Sah Tahun Anggaran 2021 (un-audited)",
		Notes: []string{
			"Transcribed to row 5 (Jasa Giro pada Kas di Bendahara), where the page breaks; the next group (III Pendapatan ...) and the table's total are not on the stored page. The text above the table gives the total: anggaran 8,631,273,911.00, realisasi 11,508,947,947.35 (133,34 %); it is not part of the table and not transcribed.",
			"Header as printed over two lines: \"% Dari\" stands over \"Angg.\" and \"Total\"; \"(Rp.)\" under Anggaran and Realisasi; then the column-number row (1) ... (6).",
			"\"% Dari Total\" is each row's share of the total realisasi (11,508,947,947.35): 2,064,574,291 / 11,508,947,947.35 = 17,94 %, and so on; right, but not checkable inside the transcribed rows.",
		},
		Sheets: []Sheet{
			identitas("Pemerintah Kabupaten Kaimana", "Kabupaten Kaimana", 2021),
			{Name: ra, Rows: [][]string{
				{"Tabel 1.28"},
				{"Perincian Pendapatan dari Lain-lain PAD Yang Sah"},
				{"Tahun Anggaran 2021 (un-audited)"},
				{"No", "Uraian", "Anggaran", "Realisasi", "% Dari", ""},
				{"", "", "(Rp.)", "(Rp.)", "Angg.", "Total"},
				{"(1)", "(2)", "(3)", "(4)", "(5)", "(6)"},
				{"I", "Hasil Penjualan BMD yang tidak Dipisahkan", "1,002,654,953.00", "2,064,574,291.00", "99.00", "17.94"},
				{"1", "Hasil Penjualan Peralatan dan Mesin", "0.00", "28,029,753.00", "100.00", "0.24"},
				{"2", "Hasil Penjualan Jalan, Jaringan, dan Irigasi", "0.00", "84,696,238.00", "100.00", "0.74"},
				{"3", "Hasil Penjualan Aset Lainnya", "1,002,654,953.00", "1,951,848,300.00", "194.67", "16.96"},
				{"II", "Jasa Giro", "1,767,872,893.00", "3,657,333,688.00", "206.88", "31.78"},
				{"4", "Jasa Giro pada Kas Daerah", "1,651,872,893.00", "3,657,331,615.00", "221.41", "31.78"},
				{"5", "Jasa Giro pada Kas di Bendahara", "116,000,000.00", "2,073.00", "0.00", "0.00"},
			}, Merges: []string{"A4:A5", "B4:B5", "E4:F4"}},
		},
		Read: []ReadExpect{{Sheet: ra, Roles: []string{"uraian", "anggaran", "realisasi", "persen"},
			At: map[string]string{"anggaran": "C", "realisasi": "D", "persen": "E"}, Now: true}},
		Expect: []Expect{
			{Cell: ra + "!E7", Mistake: true, Calc: "D7/C7*100", Want: "205.91",
				Why: "2,064,574,291 / 1,002,654,953 × 100 = 205,9107… → 205,91; printed 99.00.",
				Now: true},
			{Cell: ra + "!E8", Now: true, Mistake: true,
				Why: "A % over an anggaran of 0,00: 100.00 is printed where no percentage exists (28,029,753 received without a budget). A finding, no right value.",
				Gap: "#16 item 7: a % written over an anggaran of 0 is a finding."},
			{Cell: ra + "!E9", Now: true, Mistake: true,
				Why: "A % over an anggaran of 0,00 (84,696,238 received): 100.00 has no meaning.",
				Gap: "#16 item 7: a % written over an anggaran of 0 is a finding."},
			{Cell: ra + "!E10", Now: true, Calc: "D10/C10*100", Why: "1,951,848,300 / 1,002,654,953 × 100 = 194,6682… → 194,67.", Gap: kaimanaIncome},
			{Cell: ra + "!E11", Calc: "D11/C11*100", Why: "3,657,333,688 / 1,767,872,893 × 100 = 206,8768… → 206,88.", Now: true},
			{Cell: ra + "!E12", Calc: "D12/C12*100", Why: "3,657,331,615 / 1,651,872,893 × 100 = 221,4075… → 221,41.", Now: true},
			{Cell: ra + "!E13", Calc: "D13/C13*100", Why: "2,073 / 116,000,000 × 100 = 0,0017… → 0,00.", Now: true},
			{Cell: ra + "!C7", Calc: "C8+C9+C10", Why: "0 + 0 + 1,002,654,953 = 1,002,654,953.", Now: true},
			{Cell: ra + "!D7", Now: true, Calc: "D8+D9+D10", Why: "28,029,753 + 84,696,238 + 1,951,848,300 = 2,064,574,291; above the anggaran, which is normal for income.", Gap: kaimanaIncome},
			{Cell: ra + "!C11", Calc: "C12+C13", Why: "1,651,872,893 + 116,000,000 = 1,767,872,893.", Now: true},
			{Cell: ra + "!D11", Now: true, Calc: "D12+D13", Why: "3,657,331,615 + 2,073 = 3,657,333,688; above the anggaran: income.", Gap: kaimanaIncome},
			{Cell: ra + "!D8", Now: true, Why: "28,029,753 received on an anggaran of 0,00: income without a budget line is normal; the % beside it is the finding (E8).", Gap: kaimanaIncome},
			{Cell: ra + "!D9", Now: true, Why: "84,696,238 received on an anggaran of 0,00: normal for income.", Gap: kaimanaIncome},
			{Cell: ra + "!D10", Now: true, Why: "Realisasi above anggaran in an income table (\"Perincian Pendapatan\"): normal, no error.",
				Gap: kaimanaIncome},
			{Cell: ra + "!D12", Now: true, Why: "Realisasi above anggaran in an income table: normal.", Gap: kaimanaIncome},
			{Cell: ra + "!A12", Why: "Numbering 1, 2, 3 under I and 4, 5 under II runs on across the groups, as many reports number: accepted (lkjip warns, UM008, no error).", Now: true},
		},
	}
}
