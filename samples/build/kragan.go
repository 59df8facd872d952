package build

// Helpers for column lists.
func key(label string) Column        { return Column{Label: label, Key: true} }
func col(label string) Column        { return Column{Label: label} }
func grp(group, label string) Column { return Column{Label: label, Group: group} }

// Kragan2021 is the LKjIP of Kecamatan Kragan, Kabupaten Rembang, for 2021
// (/work/shared/reference/lkjip-kecamatan-kragan-2021.md), transcribed figure
// by figure as the report prints it, mistakes included. Nothing is corrected;
// the mistakes are listed in samples/README.md. Where the report prints no
// table for a sheet of the contract, the sheet is assembled from its text,
// as noted at each sheet.
func Kragan2021() *Workbook {
	// The four sasaran of BAB III (titles of Tabel III.1 to III.4; the title of
	// III.4 is cut in the reference and completed from its closing sentence).
	s1 := "Meningkatnya Manajemen Administrasi Pelayanan Umum, Kepegawaian dan Keuangan Perangkat Daerah"
	s2 := "Meningkatnya Perencanaan dan Evaluasi Kinerja Perangkat Daerah"
	s3 := "Meningkatnya Keterbukaan Informasi Publik"
	s4 := "Meningkatnya Kinerja Pemerintahan, Pembangunan, Pembinaan Kemasyarakatan dan Katentraman Masyarakat"
	return &Workbook{Name: "Kecamatan Kragan 2021", Sheets: []Sheet{
		{Kind: Identitas,
			Titles: []string{"IDENTITAS LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2021", "Kecamatan Kragan", ""},
			Pairs: []Pair{
				{"Nama Instansi", T("Kecamatan Kragan")},
				{"Kabupaten/Kota", T("Kabupaten Rembang")},
				{"Provinsi", T("Jawa Tengah")},
				{"Tahun Laporan", N("2021")},
				{"Periode Renstra", T("2016-2021")}, // BAB II A: "Rencana Strategi Kecamatan Kragan tahun 2016-2021"
				{"Nama Kepala", T("NUR ROFIK, S.Pd, MM")},
				{"Jabatan", T("Camat Kragan")},
				{"Pangkat/Golongan", T("Pembina Tingkat I")},
				{"NIP", T("19671212 198806 1")}, // under the foreword, truncated
				{"Tempat", T("Kragan")},
				{"Tanggal", T("25 Januari 2022")},
				// BAB III C.
				{"Pagu Anggaran", N("2.739.149.000")},
				{"Pagu Anggaran (terbilang)", T("dua milyar tujuh ratus tiga puluh Sembilan serratus empat sembilan ribu rupiah")},
				{"Realisasi Anggaran", N("2.437.383.089")},
				{"Realisasi Anggaran (terbilang)", T("dua milyar empat ratus tiga puluh tujuh tiga ratus delapan puluh tiga ribu delapan puluh sembilan rupiah")},
				// BAB II B: "terdapat 5 Program dan 9 kegiatan".
				{"Jumlah Program", N("5")},
				{"Jumlah Kegiatan", N("9")},
			}},
		{Kind: IKU,
			Titles: []string{"INDIKATOR KINERJA UTAMA TAHUN 2021", "Kecamatan Kragan, Kabupaten Rembang", ""},
			Tables: []Table{{
				// BAB II A.5. The report has no Satuan column: it is left empty.
				Columns: []Column{key("No"), key("Sasaran Strategis"), key("Indikator Kinerja Utama"), col("Target"), col("Satuan")},
				Numbers: nums("1", "2", "3", "4", ""),
				Rows: [][]Cell{
					{N("1"), T("Meningkatnya Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"), T("Nilai SAKIP OPD"), T("60 – 70"), {}},
					{N("2"), T("Meningkatnya Penyelenggaraan dan Pelayanan Publik"), T("Capaian Urusan Pemerintahan yang dilimpahkan kepada Camat"), T("7 nilai"), {}},
					{N("3"), T("Meningkatnya Pembinaan dan Pengawasan Pemerintahan"), T("Cakupan Penyelenggaraan Urusan Pemerintahan Umum"), T("7 nilai"), {}},
					{N("4"), T("Meningkatnya Pemberdayaan Masyarakat Desa dan Kelurahan"),
						T("-Persentase Kontribusi dana desa/kelurahan untuk pemberdayaan masyarakat\n-Jumlah Desa dengan swadaya masyarakat ≥ Rp.20.000.000,-\n-Persentase Desa Dengan Tata Kelola Pemerintahan yang Baik"),
						T("7 nilai"), {}},
					{N("4"), T("Meningkatnya Koordinasi Ketentraman dan Ketertiban Umum"), T("Cakupan Penyelenggaraan Urusan Ketentraman dan Ketertiban umum"), T("7 nilai"), {}},
				},
			}}},
		{Kind: PK,
			Titles: []string{"PERJANJIAN KINERJA (PK) TAHUN 2021", "Kecamatan Kragan", ""},
			Tables: []Table{{
				// BAB II B. No and Satuan are added (the report has neither);
				// they stay unnumbered in the column-number row. The fourth
				// sasaran, split by a page break, is rejoined; its second
				// indicator is a blank repeat. The report prints no Jumlah row:
				// the one here is the exact sum of the printed amounts.
				Columns: []Column{key("No"), key("Sasaran Strategis"), key("Indikator Kinerja"), col("Target"), col("Satuan"), col("Program/Kegiatan"), col("Anggaran (Rp)")},
				Numbers: nums("", "1", "2", "3", "", "4", "5"),
				Rows: [][]Cell{
					{N("1"), T("Meningkatnya Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"), T("Nilai SAKIP OPD"), T("60-70"), {},
						T("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\n1.Administrasi Keuangan Perangkat Daerah\n2.Administrasi Umum Perangkat Daerah\n3.Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah\n4.Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah"),
						N("2.741.121.350")},
					{N("2"), T("Meningkatnya Pemberdayaan Masyarakat"), T("Persentase Penyelenggaraan Penunjang Kesejahteraan masyarakat yang ditangani"), T("100%"), {},
						T("Program Pemberdayaan Masyarakat\n1.Pelaksanaan Urusan Pemerintahan yang dilimpahkan Kepada Camat"),
						N("66.479.350")},
					{N("3"), T("Meningkatnya Pemerintahan dan Pelayanan Publik"), T("Rata-rata IKM Desa % Penyelenggaraan Urusan Pemerintahan Umum"), T("100%"), {},
						T("Program Pemerintahan dan Pelayanan Publik\n1.Fasilitas Administrasi Tata Pemerintahan Desa"),
						N("40.198.000")},
					{N("4"), T("Meningkatnya Pembinaan dan Pengawasan Pemerintahan Desa"), T("Persentase Penetapan APBDesa & Penyampaian SPJ Tepat Waktu"), T("100%"), {},
						T("Program Pembinaan dan Pengawasan Pemerintahan Desa\n1.Koordinasi Kegiatan Pemberdayaan Desa"),
						N("95.920.000")},
					{{}, {}, T("Persentase Pelaksanaan Pembangunan Desa Secara Swakelola"), {}, {}, {}, {}},
					{N("5"), T("Meningkatnya Koordinasi Ketentraman dan Ketertiban Umum"), T("Persentase Penyelesaian permasalahan Ketentraman dan Ketertiban umum"), T("100%"), {},
						T("Program Koordinasi Ketentraman dan Ketertiban Umum\n1.Koordinasi Upaya Penyelenggaraan Ketentraman dan Ketertiban Umum"),
						N("52.500.000")},
				},
				Total: []Cell{{}, T("Jumlah"), {}, {}, {}, {}, N("2.996.218.700")},
			}}},
		{Kind: Pengukuran,
			Titles: []string{"PENGUKURAN KINERJA TAHUN 2021", "Kecamatan Kragan", ""},
			Tables: []Table{{
				// Tabel III.1 to III.4 as one table. The year labels are the
				// report's own (2020 for the report year 2021). No, Sasaran,
				// Satuan and Polaritas are added and unnumbered; the report has
				// no Predikat column, so there is none.
				Columns: []Column{key("No"), key("Sasaran Strategis"), key("Indikator Kinerja"), col("Satuan"), col("Polaritas"),
					col("% Target 2020"), col("% Realisasi 2020"), col("% Capaian 2020"), col("% Capaian 2019"), col("% Capaian 2018"),
					grp("RPJMD", "% Target Akhir 2021"), grp("RPJMD", "% Capaian s/d 2020")},
				Numbers: nums("", "", "1", "", "", "2", "3", "4=3/2* 100", "5", "6", "7", "8=3/7* 100"),
				Rows: [][]Cell{
					{N("1"), T(s1), T("Persentase Ketercapaian Pelayanan Umum"), T("%"), T("Positif"),
						N("100"), N("98,32"), N("98,32"), N("89,96"), N("92,60"), N("95"), N("96,62")},
					{N("2"), T(s2), T("Persentase keselarasan perencanaan terhadap capaian kinerja perangkat daerah"), T("%"), T("Positif"),
						N("100"), N("99,99"), N("99,99"), N("99,00"), N("95,20"), N("95"), N("95,01")},
					{N("3"), T(s3), T("Persentase Informasi yang disampaikan ke Publik"), T("%"), T("Positif"),
						N("100"), N("100"), N("100"), N("95,71"), N("92,75"), N("95"), N("95")},
					{N("4"), T(s4), T("Persentase Tingkat Kinerja Seksi-seksi"), T("%"), T("Positif"),
						N("100"), N("78,56"), N("78,56"), N("98,80"), N("98,65"), N("100"), N("127,29")},
				},
			}}},
		{Kind: AnggaranSasaran,
			Titles: []string{"TINGKAT EFISIENSI PER SASARAN STRATEGIS TAHUN 2021", "Kecamatan Kragan", ""},
			Tables: []Table{{
				// From the text of BAB III A.1 ("Pagu Anggaran sebesar ...
				// Terealisasi sebesar ... tingkat efektifitasnya sebesar ...").
				// % Serapan is not printed: it is the exact Realisasi / Pagu x 100
				// rounded half-up to 2 decimals. % Capaian Kinerja is the printed
				// "tingkat efektifitas". No % Efisiensi (not printed), no Jumlah.
				Columns: []Column{key("No"), key("Sasaran Strategis"), col("Pagu (Rp)"), col("Realisasi (Rp)"), col("% Serapan"), col("% Capaian Kinerja")},
				Rows: [][]Cell{
					{N("1"), T(s1), N("340.500.000"), N("335.624.178"), N("98,57"), N("98,57")},
					{N("2"), T(s2), N("10.000.000"), N("9.998.750"), N("99,99"), N("99,99")},
					{N("3"), T(s3), N("7.500.000"), N("7.020.000"), N("93,60"), N("93,60")},
					{N("4"), T(s4), N("215.512.000"), N("169.314.800"), N("78,56"), N("78,56")},
				},
			}}},
		{Kind: RealisasiAnggaran,
			Titles: []string{"LAPORAN REALISASI ANGGARAN TAHUN 2021", "Kecamatan Kragan", ""},
			Tables: []Table{{
				// BAB III C, row for row.
				Columns: []Column{key("No"), key("Uraian"), col("Anggaran"), col("Realisasi"), col("Selisih"), col("%")},
				Rows: [][]Cell{
					{{}, T("Belanja Langsung"), {}, {}, {}, {}},
					{{}, T("Belanja Tidak Langsung"), N("1.991.620.000"), N("1.991.620.000"), T("-"), T("-")},
					{T("I."), T("Program Penunjang Urusan Pemerintahan Daerah"), N("503.858.200"), N("495.416.225"), N("8.441.975"), N("98,82")},
					{T("1."), T("Perencanaan, Penganggaran dan Evaluasi Kinerja Perangkat Daerah"), N("14.060.000"), N("9.430.000"), N("4.630.000"), N("67,07")},
					{T("2."), T("Administrasi Keuangan Perangkat Daerah"), N("1.991.620.000"), N("1.991.620.000"), N("0"), N("100,00")},
					{T("3."), T("Administrasi Kepegawaian Perangkat Daerah"), N("67.500.000"), N("67.500.000"), N("0"), N("100,00")},
					{T("4."), T("Administrasi Umum Perangkat Daerah"), N("182.896.425"), N("180.704.600"), N("2.191.825"), N("98,80")},
					{T("5."), T("Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah"), N("207.540.000"), N("198.005.321"), N("9.534.679"), N("95,41")},
					{T("6."), T("Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah"), N("170.240.000"), N("163.476.850"), N("6.763.150"), N("96,03")},
					{T("II."), T("Program Penyelenggaraan Pemerintahan dan Pelayanan Publik"), N("30.131.875"), N("30.127.900"), N("3.975"), N("99,99")},
					{T("1."), T("Penyelenggaraan Urusan Pemerintahan Yang Tidak dilaksanakan oleh Unit Kerja"), N("5.072.550"), N("5.069.300"), N("3.250"), N("99,94")},
					{T("2."), T("Pelaksanaan Urusan Pemerintahan yang dilimpahkan Kepada Camat"), N("25.059.325"), N("24.464.600"), N("594.725"), N("100,00")},
					{T("III."), T("Program Pemberdayaan Masyarakat Desa dan Kelurahan"), N("23.724.000"), N("20.824.000"), N("2.900.000"), N("87,78")},
					{T("1."), T("Peningkatan Partisipasi Masyarakat Dalam Forum Musyawarah Perencanaan"), N("13.700.000"), N("11.150.000"), N("2.550.000"), N("81,39")},
					{T("2."), T("Peningkatan Efektifitas Kegiatan Pemberdayaan Masyarakat di Wilayah Kecamatan"), N("10.024.000"), N("9.674.000"), N("350.000"), N("96,51")},
					{T("IV."), T("Program Koordinasi Ketentraman dan Ketertiban Umum"), N("26.100.000"), N("25.830.000"), N("270.000"), N("98,97")},
					{T("1."), T("Koordinasi Upaya Penyelenggaraan Ketentraman dan Ketertiban Umum"), N("26.100.000"), N("25.830.000"), N("270.000"), N("98,97")},
					{T("V."), T("Program Pembinaan dan Pengawasan Pemerintahan Desa"), N("25.200.000"), N("25.199.300"), N("700"), N("100,00")},
					{T("1."), T("Fasilitas Administrasi Tata Pemerintahan Desa"), N("15.200.000"), N("15.200.000"), N("0"), N("100")},
					{T("2."), T("Rekomendasi Pengangkatan dan Pemberhentian Kepala Desa"), N("10.000.000"), N("9.999.300"), N("700"), N("99,99")},
				},
				Total: []Cell{{}, T("Jumlah"), N("2.739.149.000"), N("2.063.833.435"), N("301.765.911"), N("88,98")},
			}}},
		{Kind: Ringkasan,
			Titles: []string{"PENGUKURAN PENCAPAIAN SASARAN (PPS) TAHUN 2021", "Kecamatan Kragan", ""},
			// BAB IV A; Predikat from BAB III A.2 ("dengan kategori Baik").
			Pairs: []Pair{
				{"Capaian Sasaran 1", N("99,12")},
				{"Capaian Sasaran 2", N("99,99")},
				{"Capaian Sasaran 3", N("87,78")},
				{"Capaian Sasaran 4", N("98,97")},
				{"Capaian Sasaran 5", N("100")},
				{"Rata-rata Capaian", N("88,98")},
				{"Predikat", T("Baik")},
				{"Pagu Anggaran", N("2.739.149.000")},
				{"Pagu Anggaran (terbilang)", T("dua milyar tujuh ratus tiga puluh Sembilan ribu serratus empat puluh Sembilan rupiah")},
				{"Realisasi Anggaran", N("2.437.383.089")},
				{"Realisasi Anggaran (terbilang)", T("dua milyar empat ratus tiga puluh tujuh juta tiga ratus delapan puluh tiga ribu delapan puluh sembilan rupiah")},
				{"% Serapan Anggaran", N("88,98")},
			}},
		{Kind: Pegawai,
			Titles: []string{"Tabel E.2", "Jabatan Struktural Lingkup Kecamatan Kragan", ""},
			// Tabel E.2 and, below it, Tabel E.3. Group labels follow the
			// contract ("Pangkat/Golongan" for "Pangkat / Golongan" and
			// "PNS Golongan / Ruang", "Diklat" for "Diklat Penjurangan",
			// "Kontrak/THL" for "Kontrak / THL").
			Tables: []Table{
				{
					Columns: []Column{key("No"), key("Jabatan"),
						grp("Pendidikan", "S2"), grp("Pendidikan", "S1"), grp("Pendidikan", "D3"), grp("Pendidikan", "SLTA"),
						grp("Jenis Kelamin", "Lk"), grp("Jenis Kelamin", "Pr"),
						grp("Eselon", "IIIa"), grp("Eselon", "IIIb"), grp("Eselon", "IVa"), grp("Eselon", "IVb"),
						grp("Pangkat/Golongan", "IV"), grp("Pangkat/Golongan", "III"), grp("Pangkat/Golongan", "II"),
						grp("Diklat", "III"), grp("Diklat", "IV")},
					Rows: [][]Cell{
						append([]Cell{N("1"), T("Camat")}, nums("1", "1", "-", "-", "1", "-", "1", "-", "-", "-", "1", "-", "-", "1", "-")...),
						append([]Cell{N("2"), T("Sekcam")}, nums("-", "1", "-", "-", "1", "-", "-", "1", "-", "-", "1", "-", "-", "-", "1")...),
						append([]Cell{N("3"), T("Kasi Kecamatan")}, nums("1", "4", "-", "-", "2", "2", "-", "-", "4", "-", "-", "4", "-", "-", "-")...),
						append([]Cell{N("4"), T("Kasubag Kec.")}, nums("1", "1", "-", "1", "-", "2", "-", "-", "-", "2", "-", "2", "-", "-", "1")...),
					},
					Total: append([]Cell{T("Jumlah"), {}}, nums("3", "7", "-", "1", "4", "4", "1", "1", "4", "2", "2", "6", "-", "1", "2")...),
				},
				{
					Caption: []string{"Tabel E.3 Jumlah Pegawai / Karyawan Lingkup Kecamatan Kragan"},
					Columns: []Column{key("No"), key("Unit Kerja"),
						grp("Jenis Kelamin", "Laki-laki"), grp("Jenis Kelamin", "Perempuan"),
						grp("Pendidikan", "S2"), grp("Pendidikan", "S1"), grp("Pendidikan", "D3"), grp("Pendidikan", "SLTA"), grp("Pendidikan", "SLTP"),
						grp("Pangkat/Golongan", "IV"), grp("Pangkat/Golongan", "III"), grp("Pangkat/Golongan", "II"), grp("Pangkat/Golongan", "I"),
						col("Kontrak/THL"), col("Ket")},
					Rows: [][]Cell{
						append(append([]Cell{N("1"), T("Kecamatan Kragan")}, nums("12", "7", "3", "10", "-", "9", "-", "2", "8", "11", "-", "11")...), Cell{}),
					},
					Total: append(append([]Cell{T("Jumlah"), {}}, nums("12", "7", "3", "10", "-", "9", "-", "2", "8", "11", "-", "11")...), Cell{}),
				},
			}},
		{Kind: Inventaris,
			Titles: []string{"DAFTAR INVENTARIS SARANA DAN PRASARANA", "KANTOR KECAMATAN KRAGAN", ""},
			Tables: []Table{{
				// Tabel E.4; "Ket." holds the condition, labelled Kondisi here.
				Columns: []Column{key("No"), key("Nama Barang"), col("Jumlah"), col("Kondisi")},
				Rows: [][]Cell{
					{N("1"), T("Portable Generating Set"), N("1"), T("Baik")},
					{N("2"), T("Lap Top"), N("18"), T("Baik")},
					{N("3"), T("Printer (Peralatan Personal Komputer)"), N("13"), T("Baik")},
					{N("4"), T("Tenda"), N("1"), T("Baik")},
					{N("5"), T("Station Wagon"), N("2"), T("Baik")},
					{N("6"), T("Sepeda Motor"), N("18"), T("Baik")},
					{N("7"), T("Penyemprot Otomatis (Automatic Sprayer)"), N("5"), T("Baik")},
					{N("8"), T("Mesin Ketik Manual Standard (14-16 Inchi)"), N("1"), T("Baik")},
					{N("9"), T("Lemari Kayu"), N("8"), T("Baik")},
					{N("10"), T("Lemari Kaca"), N("2"), T("Baik")},
					{N("11"), T("White Board"), N("1"), T("Baik")},
					{N("12"), T("Display"), N("1"), T("Baik")},
					{N("13"), T("LCD Projector/Infocus"), N("1"), T("Baik")},
					{N("14"), T("Meja Rapat"), N("13"), T("Baik")},
					{N("15"), T("Meja ½ Biro"), N("42"), T("Baik")},
					{N("16"), T("Kursi Rapat"), N("46"), T("Baik")},
					{N("17"), T("Kursi Biasa"), N("1"), T("Baik")},
					{N("18"), T("Bangku Tunggu"), N("2"), T("Baik")},
					{N("19"), T("Mesin Pemotong Rumput"), N("1"), T("Baik")},
					{N("20"), T("A.C. Split"), N("9"), T("Baik")},
					{N("21"), T("Kipas Angin"), N("4"), T("Baik")},
					{N("22"), T("Kompas Gas(Alat Dapur)"), N("1"), T("Baik")},
					{N("23"), T("Tabung Gas"), N("1"), T("Baik")},
					{N("24"), T("Alat Dapur Lainnya"), N("2"), T("Baik")},
					{N("25"), T("Radio"), N("1"), T("Baik")},
					{N("26"), T("Televisi"), N("2"), T("Baik")},
					{N("27"), T("Loudspeaker"), N("1"), T("Baik")},
					{N("28"), T("Sound System"), N("2"), T("Baik")},
					{N("29"), T("Microphone"), N("5"), T("Baik")},
					{N("30"), T("Microphone Table Stand"), N("5"), T("Baik")},
					{N("31"), T("Mimbar/Podium"), N("1"), T("Baik")},
					nums("1", "2", "3", "4"), // the page break repeated the column numbers here
					{N("32"), T("Alat Rumah Tangga Lain-lain"), N("1"), T("Baik")},
					{N("33"), T("Meja Kerja Pejabat Lain-lain"), N("3"), T("Baik")},
					{N("34"), T("Meja Tamu Ruangan Tunggu Pejabat Eselon III"), N("1"), T("Baik")},
					{N("35"), T("Meja Rapat Pejabat Lainnya"), N("10"), T("Baik")},
					{N("36"), T("Kursi Kerja Pejabat Eselon III"), N("1"), T("Baik")},
					{N("37"), T("Kursi Kerja Pejabat Eselon IV"), N("5"), T("Baik")},
					{N("38"), T("Kursi Kerja Pejabat Lainnya"), N("2"), T("Baik")},
					{N("39"), T("Kursi Tamu di Ruangan Pejabat Eselon III"), N("5"), T("Baik")},
					{N("40"), T("Lemari Buku Untuk Pejabat Eselon III"), N("1"), T("Baik")},
					{N("41"), T("Lemari Buku Arsip Untuk Arsip Dinamis"), N("6"), T("Baik")},
					{N("42"), T("Audio Amplifer"), N("1"), T("Baik")},
					{N("43"), T("Microphone/Wireless MIC"), N("2"), T("Baik")},
					{N("44"), T("Camera Electronic"), N("1"), T("Baik")},
					{N("45"), T("Layar Film/Projector"), N("4"), T("Baik")},
				},
			}}},
		{Kind: Skala,
			Titles: []string{"INTERVAL NILAI CAPAIAN KINERJA", ""},
			Tables: []Table{{
				// BAB III A, as the report writes it ("-80 -89 : Baik").
				Columns: []Column{col("Batas Bawah"), col("Batas Atas"), key("Predikat")},
				Rows: [][]Cell{
					{N("90"), N("100"), T("Amat Baik")},
					{N("80"), N("89"), T("Baik")},
					{N("50"), N("79"), T("Cukup Baik")},
					{N("0"), N("49"), T("Kurang")},
				},
			}}},
	}}
}
