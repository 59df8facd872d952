package realreports

// djpkRows lays out the portal's POSTUR APBD table: a title, the header the page prints, then
// one row per account as printed (amounts in miliar with "M", percentages with a point).
func djpkRows(rows ...[4]string) [][]string {
	out := [][]string{
		{"POSTUR APBD"},
		{"Akun", "Anggaran/Pagu", "Realisasi", "%"},
	}
	for _, r := range rows {
		out = append(out, r[:])
	}
	return out
}

const djpkNote = "The DJPK portal prints amounts in miliar rounded to 0,01 (\"2.325,32 M\") and percentages computed from the unrounded amounts: a parent may differ from the sum of its printed children by a few 0,01 M and a % from the printed amounts' ratio in its last decimal, and both are right. The expectations are checked over every value that rounds to the printed ones."

const djpkLevels = "No Kode and no numbering: the levels are those of the account structure (Pendapatan Daerah > PAD > Pajak Daerah; a group and its only child print the same name twice, \"Belanja Pegawai\" over \"Belanja Pegawai\")."

// DJPKProv20Pemda03 is the POSTUR APBD table of the DJPK regional finance portal for pemda 03
// of provinsi 20, year 2023: income, spending and financing with their realisation so far.
func DJPKProv20Pemda03() *Source {
	const ra = "Realisasi Anggaran"
	return &Source{
		Key:      "djpk-prov20-pemda03-2023",
		Unit:     "Pemerintah daerah with DJPK code 03 in province code 20 (the portal page's codes; the stored page does not print the name)",
		Kind:     "pemerintah daerah, DJPK APBD portal export",
		Year:     2023,
		Document: "Portal Data APBD, Direktorat Jenderal Perimbangan Keuangan (DJPK), Kementerian Keuangan: Postur APBD 2023",
		URL:      "https://djpk.kemenkeu.go.id/portal/data/apbd?pemda=03&provinsi=20&tahun=2023",
		Tables:   "POSTUR APBD (the page's only table; no number)",
		Notes: []string{
			djpkNote, djpkLevels,
			"Transcribed to Pembentukan Dana Cadangan; the stored page ends inside the next row (Penyertaan Modal Daerah 0,00 M, realisasi cut), which is left out.",
			"The % of \"Lain-lain Pendapatan Sesuai dengan Ketentuan Peraturan Perundang-Undangan\" and \"Belanja Subsidi\" (anggaran 0,00 M) is printed \"0\", as the portal does for an empty account; no expectation is set on them.",
		},
		Sheets: []Sheet{
			identitas("Pemda 03 Provinsi 20 (DJPK)", "", 2023),
			{Name: ra, Rows: djpkRows(
				[4]string{"Pendapatan Daerah", "2.325,32 M", "1.008,98 M", "43.39"},
				[4]string{"PAD", "229,95 M", "98,62 M", "42.89"},
				[4]string{"Pajak Daerah", "66,82 M", "23,52 M", "35.20"},
				[4]string{"Retribusi Daerah", "13,93 M", "3,44 M", "24.71"},
				[4]string{"Hasil Pengelolaan Kekayaan Daerah yang Dipisahkan", "15,04 M", "28,49 M", "189.49"},
				[4]string{"Lain-Lain PAD yang Sah", "134,16 M", "43,17 M", "32.17"},
				[4]string{"TKDD", "1.921,76 M", "873,76 M", "45.47"},
				[4]string{"Pendapatan Transfer Pemerintah Pusat", "1.921,76 M", "873,76 M", "45.47"},
				[4]string{"Pendapatan Lainnya", "173,62 M", "36,60 M", "21.08"},
				[4]string{"Pendapatan Hibah", "54,41 M", "1,52 M", "2.79"},
				[4]string{"Lain-lain Pendapatan Sesuai dengan Ketentuan Peraturan Perundang-Undangan", "0,00 M", "0,00 M", "0"},
				[4]string{"Pendapatan Transfer Antar Daerah", "119,20 M", "35,08 M", "29.43"},
				[4]string{"Belanja Daerah", "2.378,82 M", "685,19 M", "28.80"},
				[4]string{"Belanja Pegawai", "1.018,30 M", "390,41 M", "38.34"},
				[4]string{"Belanja Pegawai", "1.018,30 M", "390,41 M", "38.34"},
				[4]string{"Belanja Barang dan Jasa", "651,78 M", "187,97 M", "28.84"},
				[4]string{"Belanja Barang dan Jasa", "651,78 M", "187,97 M", "28.84"},
				[4]string{"Belanja Modal", "159,91 M", "3,59 M", "2.24"},
				[4]string{"Belanja Modal", "159,91 M", "3,59 M", "2.24"},
				[4]string{"Belanja Lainnya", "548,83 M", "103,22 M", "18.81"},
				[4]string{"Belanja Bagi Hasil", "8,56 M", "0,00 M", "0.00"},
				[4]string{"Belanja Bantuan Keuangan", "391,51 M", "91,37 M", "23.34"},
				[4]string{"Belanja Bunga", "15,81 M", "0,00 M", "0.00"},
				[4]string{"Belanja Subsidi", "0,00 M", "0,00 M", "0"},
				[4]string{"Belanja Hibah", "127,02 M", "8,67 M", "6.83"},
				[4]string{"Belanja Bantuan Sosial", "2,43 M", "0,00 M", "0.00"},
				[4]string{"Belanja Tidak Terduga", "3,50 M", "3,18 M", "90.87"},
				[4]string{"Pembiayaan Daerah", "53,50 M", "0,00 M", "0.00"},
				[4]string{"Penerimaan Pembiayaan Daerah", "68,50 M", "112,71 M", "164.55"},
				[4]string{"Sisa Lebih Perhitungan Anggaran Tahun Sebelumnya", "68,50 M", "112,71 M", "164.55"},
				[4]string{"Pencairan Dana Cadangan", "0,00 M", "0,00 M", "0"},
				[4]string{"Pengeluaran Pembiayaan Daerah", "15,00 M", "0,00 M", "0.00"},
				[4]string{"Pembentukan Dana Cadangan", "15,00 M", "30,00 M", "200.00"},
			)},
		},
		Read: []ReadExpect{{Sheet: ra, Now: true, Roles: []string{"uraian", "anggaran", "realisasi", "persen"},
			Gap: "#16 item 3: \"Akun\" is the uraian, \"Anggaran/Pagu\" the anggaran (words, not phrases)."}},
		Expect: []Expect{
			{Cell: ra + "!C34", Mistake: true, Alt: []string{ra + "!C35"}, Calc: "C35", Units: true, Want: "30.00",
				Why: "Pengeluaran Pembiayaan Daerah realises 0,00 M while its Pembentukan Dana Cadangan realises 30,00 M (200 % of its 15,00 M): the parent is not the sum of its children (30,00 M with Penyertaan Modal Daerah at 0,00 M), or the child is wrong.",
				Now: true},
			{Cell: ra + "!C30", Mistake: true, Calc: "C31-C35", Units: true, Want: "82.71",
				Why: "Pembiayaan Daerah is netto, penerimaan − pengeluaran: 112,71 − 30,00 = 82,71 M (112,71 if the 30,00 is the wrong cell); printed 0,00.",
				Now: true},
			{Cell: ra + "!B30", Calc: "B31-B34", Units: true,
				Why: "Anggaran of Pembiayaan Daerah, netto: 68,50 − 15,00 = 53,50 M, right (a sum of its children, 83,50, would be wrong).",
				Gap: "a netto rule for Pembiayaan; without it a parent-is-sum rule calls a right cell wrong.", Now: true},
			{Cell: ra + "!B3", Calc: "B4+B9+B11", Units: true,
				Why: "229,95 + 1.921,76 + 173,62 = 2.325,33 M against 2.325,32 printed: the rounding of the displayed miliar, right.", Now: true},
			{Cell: ra + "!C3", Calc: "C4+C9+C11", Units: true, Why: "98,62 + 873,76 + 36,60 = 1.008,98 M.", Now: true},
			{Cell: ra + "!B11", Calc: "B12+B13+B14", Units: true,
				Why: "54,41 + 0,00 + 119,20 = 173,61 M against 173,62 printed: rounding, right.", Now: true},
			{Cell: ra + "!B4", Calc: "sum(B5:B8)", Units: true, Why: "66,82 + 13,93 + 15,04 + 134,16 = 229,95 M.", Now: true},
			{Cell: ra + "!B15", Calc: "B16+B18+B20+B22", Units: true, Why: "1.018,30 + 651,78 + 159,91 + 548,83 = 2.378,82 M.", Now: true},
			{Cell: ra + "!B22", Calc: "sum(B23:B29)", Units: true, Why: "8,56 + 391,51 + 15,81 + 0 + 127,02 + 2,43 + 3,50 = 548,83 M.", Now: true},
			{Cell: ra + "!C22", Calc: "sum(C23:C29)", Units: true, Why: "0 + 91,37 + 0 + 0 + 8,67 + 0 + 3,18 = 103,22 M.", Now: true},
			{Cell: ra + "!D3", Calc: "C3/B3*100", Units: true, Why: "1.008,98 / 2.325,32 × 100 = 43,391… → 43.39.", Now: true},
			{Cell: ra + "!D7", Calc: "C7/B7*100", Units: true, Why: "28,49 / 15,04 × 100 = 189,4… : 189.49 is within the rounding of the miliar (189,33 to 189,52); income above budget is normal.", Now: true},
			{Cell: ra + "!D15", Calc: "C15/B15*100", Units: true, Why: "685,19 / 2.378,82 × 100 = 28,80.", Now: true},
			{Cell: ra + "!D31", Calc: "C31/B31*100", Units: true, Why: "112,71 / 68,50 × 100 = 164,54…: 164.55 within rounding.", Now: true},
			{Cell: ra + "!D35", Calc: "C35/B35*100", Units: true, Why: "30,00 / 15,00 × 100 = 200.00: consistent with its own row (the row's realisasi is the question, see C34: where lkjip takes C35 for the wrong cell, D35 only follows it).", Now: true},
			{Cell: ra + "!C7", Why: "Realisasi above anggaran in PAD (income): normal, no error.", Now: true},
			{Cell: ra + "!C31", Why: "Penerimaan Pembiayaan realised above its anggaran (SiLPA): normal, no error.", Now: true},
			{Cell: ra + "!B17", Why: "A group and its only account print the same name and amounts (\"Belanja Pegawai\" twice): not a double count.", Now: true},
		},
	}
}

// DJPKProv20Pemda25 is the same portal table for pemda 25 of provinsi 20, year 2023: right
// throughout, with a child printed before its parent and a negative financing netto.
func DJPKProv20Pemda25() *Source {
	const ra = "Realisasi Anggaran"
	return &Source{
		Key:      "djpk-prov20-pemda25-2023",
		Unit:     "Pemerintah daerah with DJPK code 25 in province code 20 (the portal page's codes; the stored page does not print the name)",
		Kind:     "pemerintah daerah, DJPK APBD portal export",
		Year:     2023,
		Document: "Portal Data APBD, Direktorat Jenderal Perimbangan Keuangan (DJPK), Kementerian Keuangan: Postur APBD 2023",
		URL:      "https://djpk.kemenkeu.go.id/portal/data/apbd?tahun=2023&provinsi=20&pemda=25",
		Tables:   "POSTUR APBD (the page's only table; no number)",
		Notes: []string{
			djpkNote, djpkLevels,
			"\"Pendapatan Transfer Antar Daerah\" is printed before \"Pendapatan Lainnya\", the group it belongs to (55,11 + 19,15 = 74,26 M): kept in the printed order.",
			"Pembiayaan Daerah is a negative netto (-3,00 M = 3,50 − 6,50), right.",
		},
		Sheets: []Sheet{
			identitas("Pemda 25 Provinsi 20 (DJPK)", "", 2023),
			{Name: ra, Rows: djpkRows(
				[4]string{"Pendapatan Daerah", "1.000,00 M", "233,15 M", "23.31"},
				[4]string{"PAD", "77,04 M", "14,26 M", "18.51"},
				[4]string{"Pajak Daerah", "24,91 M", "5,22 M", "20.97"},
				[4]string{"Retribusi Daerah", "22,66 M", "2,87 M", "12.69"},
				[4]string{"Hasil Pengelolaan Kekayaan Daerah yang Dipisahkan", "6,90 M", "5,10 M", "73.98"},
				[4]string{"Lain-Lain PAD yang Sah", "22,58 M", "1,06 M", "4.70"},
				[4]string{"TKDD", "848,69 M", "207,23 M", "24.42"},
				[4]string{"Pendapatan Transfer Pemerintah Pusat", "848,69 M", "207,23 M", "24.42"},
				[4]string{"Pendapatan Transfer Antar Daerah", "55,11 M", "11,65 M", "21.14"},
				[4]string{"Pendapatan Lainnya", "74,26 M", "11,65 M", "15.69"},
				[4]string{"Lain-lain Pendapatan Sesuai dengan Ketentuan Peraturan Perundang-Undangan", "19,15 M", "0,00 M", "0.00"},
				[4]string{"Belanja Daerah", "997,00 M", "133,51 M", "13.39"},
				[4]string{"Belanja Pegawai", "347,04 M", "106,21 M", "30.60"},
				[4]string{"Belanja Pegawai", "347,04 M", "106,21 M", "30.60"},
				[4]string{"Belanja Barang dan Jasa", "210,14 M", "20,17 M", "9.60"},
				[4]string{"Belanja Barang dan Jasa", "210,14 M", "20,17 M", "9.60"},
				[4]string{"Belanja Modal", "201,32 M", "3,80 M", "1.89"},
				[4]string{"Belanja Modal", "201,32 M", "3,80 M", "1.89"},
				[4]string{"Belanja Lainnya", "238,50 M", "3,34 M", "1.40"},
				[4]string{"Belanja Bagi Hasil", "2,50 M", "0,52 M", "20.64"},
				[4]string{"Belanja Bantuan Keuangan", "141,80 M", "2,74 M", "1.93"},
				[4]string{"Belanja Hibah", "92,20 M", "0,08 M", "0.09"},
				[4]string{"Belanja Tidak Terduga", "2,00 M", "0,00 M", "0.00"},
				[4]string{"Pembiayaan Daerah", "-3,00 M", "0,00 M", "0.00"},
				[4]string{"Penerimaan Pembiayaan Daerah", "3,50 M", "0,00 M", "0.00"},
				[4]string{"Sisa Lebih Perhitungan Anggaran Tahun Sebelumnya", "3,50 M", "0,00 M", "0.00"},
				[4]string{"Pengeluaran Pembiayaan Daerah", "6,50 M", "0,00 M", "0.00"},
				[4]string{"Pembentukan Dana Cadangan", "5,00 M", "0,00 M", "0.00"},
				[4]string{"Penyertaan Modal Daerah", "1,50 M", "0,00 M", "0.00"},
			)},
		},
		Read: []ReadExpect{{Sheet: ra, Now: true, Roles: []string{"uraian", "anggaran", "realisasi", "persen"},
			Gap: "#16 item 3: \"Akun\" is the uraian, \"Anggaran/Pagu\" the anggaran."}},
		Expect: []Expect{
			{Cell: ra + "!B3", Calc: "B4+B9+B12", Units: true, Why: "77,04 + 848,69 + 74,26 = 999,99 M against 1.000,00 printed: rounding, right.", Now: true},
			{Cell: ra + "!C3", Calc: "C4+C9+C12", Units: true, Why: "14,26 + 207,23 + 11,65 = 233,14 M against 233,15: rounding.", Now: true},
			{Cell: ra + "!B4", Calc: "sum(B5:B8)", Units: true, Why: "24,91 + 22,66 + 6,90 + 22,58 = 77,05 M against 77,04: rounding.", Now: true},
			{Cell: ra + "!C4", Calc: "sum(C5:C8)", Units: true, Why: "5,22 + 2,87 + 5,10 + 1,06 = 14,25 M against 14,26: rounding.", Now: true},
			{Cell: ra + "!B12", Calc: "B11+B13", Units: true, Why: "55,11 + 19,15 = 74,26 M: the group's first child is printed above it.", Now: true},
			{Cell: ra + "!B14", Calc: "B15+B17+B19+B21", Units: true, Why: "347,04 + 210,14 + 201,32 + 238,50 = 997,00 M.", Now: true},
			{Cell: ra + "!C14", Calc: "C15+C17+C19+C21", Units: true, Why: "106,21 + 20,17 + 3,80 + 3,34 = 133,52 M against 133,51: rounding.", Now: true},
			{Cell: ra + "!D3", Calc: "C3/B3*100", Units: true, Why: "233,15 / 1.000,00 × 100 = 23,315: 23.31 within rounding.", Now: true},
			{Cell: ra + "!D6", Calc: "C6/B6*100", Units: true, Why: "2,87 / 22,66 × 100 = 12,665…: 12.69 within rounding (12,64 to 12,69).", Now: true},
			{Cell: ra + "!D22", Calc: "C22/B22*100", Units: true, Why: "0,52 / 2,50 × 100 = 20,8: 20.64 within rounding (20,56 to 21,04).", Now: true},
			{Cell: ra + "!D24", Calc: "C24/B24*100", Units: true, Why: "0,08 / 92,20 × 100 = 0,087: 0.09.", Now: true},
			{Cell: ra + "!B26", Calc: "B27-B29", Units: true, Why: "Pembiayaan netto 3,50 − 6,50 = −3,00 M: a negative netto is normal.",
				Gap: "a netto rule for Pembiayaan; a negative amount there is no error.", Now: true},
			{Cell: ra + "!B16", Why: "\"Belanja Pegawai\" twice (group and its only account): not a double count.", Now: true},
		},
	}
}
