package build

import (
	"fmt"
	"strings"
	"time"

	"github.com/shopspring/decimal"

	"lkjip/reconcile/number"
)

// Every derived figure of the clean workbook is computed here with exact
// decimals and rounded half-up at the decimals it shows, never through float64.

var hundred = decimal.NewFromInt(100)

// dec reads a figure printed in Indonesian notation.
func dec(printed string) decimal.Decimal {
	s, err := Stored(printed)
	if err != nil {
		panic(err)
	}
	return decimal.RequireFromString(s)
}

// quo is num / den rounded half-up to places decimals, computed exactly: the
// quotient is cut at places decimals and the exact remainder decides. exact
// reports a zero remainder; half reports a remainder of exactly one half, where
// the rounding direction is a convention.
func quo(num, den decimal.Decimal, places int32) (q decimal.Decimal, exact, half bool) {
	if den.Sign() <= 0 || num.Sign() < 0 {
		panic(fmt.Sprintf("quo(%s, %s): only positive quotients are used", num, den))
	}
	q, r := num.QuoRem(den, places)
	twice := r.Mul(decimal.NewFromInt(2)).Shift(places)
	if twice.GreaterThanOrEqual(den) {
		q = q.Add(decimal.New(1, -places))
	}
	return q, r.IsZero(), twice.Equal(den)
}

// percent is num / den x 100 rounded half-up to 2 decimals. It panics where the
// sample would be ambiguous (a remainder of exactly one half) unless allowHalf.
func percent(num, den decimal.Decimal, allowHalf bool) decimal.Decimal {
	q, _, half := quo(num.Mul(hundred), den, 2)
	if half && !allowHalf {
		panic(fmt.Sprintf("%s / %s x 100 ends in an exact half", num, den))
	}
	return q
}

// id prints d in Indonesian notation with exactly places decimals:
// "2.739.149.000", "98,32". d must already be rounded to places.
func id(d decimal.Decimal, places int32) string {
	if !d.Round(places).Equal(d) {
		panic(fmt.Sprintf("%s has more than %d decimals", d, places))
	}
	return number.Indonesian(d, int(places))
}

// predikat is the label of the default scale of the contract: from 90 Amat
// Baik, from 80 Baik, from 50 Cukup Baik, below 50 Kurang.
func predikat(c decimal.Decimal) string {
	switch {
	case c.GreaterThanOrEqual(decimal.NewFromInt(90)):
		return "Amat Baik"
	case c.GreaterThanOrEqual(decimal.NewFromInt(80)):
		return "Baik"
	case c.GreaterThanOrEqual(decimal.NewFromInt(50)):
		return "Cukup Baik"
	}
	return "Kurang"
}

type indikator struct {
	sasaran             int
	nama, satuan, polar string
	target, realisasi   string // printed
	capaian1, capaian2  string // % Capaian T-1 and T-2, printed (inputs)
	akhir               string // Target Akhir Renstra, printed
}

// capaian is the % capaian of realisasi against target under the polarity:
// Positif R/T x 100, Negatif (2T - R)/T x 100.
func capaian(polar string, target, realisasi decimal.Decimal) (q decimal.Decimal, exact bool) {
	num := realisasi
	if polar == "Negatif" {
		num = target.Mul(decimal.NewFromInt(2)).Sub(realisasi)
	}
	q, exact, half := quo(num.Mul(hundred), target, 2)
	if half {
		panic("capaian ends in an exact half")
	}
	return q, exact
}

type subKegiatan struct{ kode, uraian, anggaran, realisasi string }

type kegiatan struct {
	kode, uraian string
	subs         []subKegiatan
}

type program struct {
	kode, uraian string
	kegiatan     []kegiatan
}

// Clean is a workbook without a single mistake: Kecamatan Lasem, Kabupaten
// Rembang, 2023. Every derived figure follows exactly from its inputs, so the
// checker must report nothing on it, under any layout.
func Clean() *Workbook {
	const (
		tahun = "2023"
		nama  = "Kecamatan Lasem"
	)
	sasaran := []string{
		"Meningkatnya Kualitas Pelayanan Publik Kecamatan",
		"Meningkatnya Kinerja Penyelenggaraan Pemerintahan Desa",
		"Meningkatnya Ketentraman dan Ketertiban Umum",
	}
	inds := []indikator{
		{0, "Indeks Kepuasan Masyarakat (IKM)", "nilai", "Positif", "85", "87,55", "101,20", "98,75", "88"},
		{0, "Rata-rata Waktu Penyelesaian Layanan Administrasi", "hari", "Negatif", "3", "3,15", "92,50", "90,00", "2,5"},
		{1, "Persentase Desa dengan Tata Kelola Pemerintahan yang Baik", "%", "Positif", "80", "70", "85,00", "82,35", "95"},
		{1, "Persentase APBDes yang Ditetapkan Tepat Waktu", "%", "Positif", "100", "95,45", "90,91", "86,36", "100"},
		{2, "Persentase Penyelesaian Gangguan Ketentraman dan Ketertiban Umum", "%", "Positif", "90", "63", "88,89", "80,00", "95"},
	}
	programs := []program{
		{"7.01.01", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", []kegiatan{
			{"7.01.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", []subKegiatan{
				{"7.01.01.2.01.0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah", "8.000.000", "7.770.000"},
				{"7.01.01.2.01.0002", "Evaluasi Kinerja Perangkat Daerah", "6.500.000", "6.432.150"},
			}},
			{"7.01.01.2.02", "Administrasi Keuangan Perangkat Daerah", []subKegiatan{
				{"7.01.01.2.02.0001", "Penyediaan Gaji dan Tunjangan ASN", "2.145.678.000", "2.098.311.432"},
				{"7.01.01.2.02.0002", "Penyediaan Administrasi Pelaksanaan Tugas ASN", "12.400.000", "12.150.000"},
			}},
		}},
		{"7.01.02", "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", []kegiatan{
			{"7.01.02.2.01", "Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat", []subKegiatan{
				{"7.01.02.2.01.0001", "Koordinasi/Sinergi Perencanaan dan Pelaksanaan Kegiatan Pemerintah dengan Perangkat Daerah", "45.250.000", "44.987.500"},
				{"7.01.02.2.01.0002", "Fasilitasi Pembinaan dan Pengawasan Penyelenggaraan Pemerintahan Desa", "32.100.000", "30.550.000"},
			}},
			{"7.01.02.2.02", "Penyelenggaraan Urusan Pemerintahan yang Tidak Dilaksanakan oleh Unit Kerja Perangkat Daerah yang Ada di Kecamatan", []subKegiatan{
				{"7.01.02.2.02.0001", "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan", "27.600.000", "26.910.000"},
			}},
		}},
	}
	// The budget behind each sasaran: the whole first program, then one
	// kegiatan of the second each.
	type budget struct {
		label    string // Program/Kegiatan cell of the PK
		a, r     decimal.Decimal
		programs []int
	}

	// --- Realisasi Anggaran -------------------------------------------------
	lraRow := func(kode, uraian string, a, r decimal.Decimal) []Cell {
		if r.GreaterThan(a) {
			panic(kode + ": realisasi above anggaran")
		}
		return []Cell{T(kode), T(uraian), N(id(a, 0)), N(id(r, 0)), N(id(a.Sub(r), 0)), N(id(percent(r, a, true), 2))}
	}
	var lra [][]Cell
	var totalA, totalR decimal.Decimal
	var progA, progR []decimal.Decimal
	var kegA, kegR [][]decimal.Decimal
	for _, p := range programs {
		at := len(lra)
		lra = append(lra, nil) // the program row, once its children are summed
		var pa, pr decimal.Decimal
		var ka, kr []decimal.Decimal
		for _, k := range p.kegiatan {
			kat := len(lra)
			lra = append(lra, nil)
			var sa, sr decimal.Decimal
			for _, s := range k.subs {
				a, r := dec(s.anggaran), dec(s.realisasi)
				lra = append(lra, lraRow(s.kode, s.uraian, a, r))
				sa, sr = sa.Add(a), sr.Add(r)
			}
			lra[kat] = lraRow(k.kode, k.uraian, sa, sr)
			ka, kr = append(ka, sa), append(kr, sr)
			pa, pr = pa.Add(sa), pr.Add(sr)
		}
		lra[at] = lraRow(p.kode, p.uraian, pa, pr)
		progA, progR = append(progA, pa), append(progR, pr)
		kegA, kegR = append(kegA, ka), append(kegR, kr)
		totalA, totalR = totalA.Add(pa), totalR.Add(pr)
	}
	lraTotal := lraRow("", "Jumlah", totalA, totalR)
	lraTotal[0] = Cell{}
	serapan := percent(totalR, totalA, false)

	kegList := func(p program, ks ...int) string {
		lines := []string{p.uraian}
		for i, k := range ks {
			lines = append(lines, fmt.Sprintf("%d. %s", i+1, p.kegiatan[k].uraian))
		}
		return strings.Join(lines, "\n")
	}
	budgets := []budget{
		{kegList(programs[0], 0, 1), progA[0], progR[0], []int{0}},
		{kegList(programs[1], 0), kegA[1][0], kegR[1][0], []int{1}},
		{kegList(programs[1], 1), kegA[1][1], kegR[1][1], []int{1}},
	}

	// --- Pengukuran ---------------------------------------------------------
	var pengukuran, iku, pk [][]Cell
	sums := make([]decimal.Decimal, len(sasaran))
	counts := make([]int64, len(sasaran))
	for i, in := range inds {
		t, r := dec(in.target), dec(in.realisasi)
		c, exact := capaian(in.polar, t, r)
		if !exact {
			panic(in.nama + ": the sasaran average needs exact capaian")
		}
		sd, _ := capaian(in.polar, dec(in.akhir), r)
		sums[in.sasaran] = sums[in.sasaran].Add(c)
		counts[in.sasaran]++
		no, sas := Cell{}, Cell{}
		first := i == 0 || inds[i-1].sasaran != in.sasaran
		if first {
			no, sas = N(fmt.Sprint(in.sasaran+1)), T(sasaran[in.sasaran])
		}
		pengukuran = append(pengukuran, []Cell{no, sas, T(in.nama), T(in.satuan), T(in.polar),
			N(in.target), N(in.realisasi), N(id(c, 2)), N(in.capaian1), N(in.capaian2), N(in.akhir), N(id(sd, 2)), T(predikat(c))})
		iku = append(iku, []Cell{no, sas, T(in.nama), N(in.target), T(in.satuan)})
		prog, amount := Cell{}, Cell{}
		if first {
			b := budgets[in.sasaran]
			prog, amount = T(b.label), N(id(b.a, 0))
		}
		pk = append(pk, []Cell{no, sas, T(in.nama), N(in.target), T(in.satuan), prog, amount})
	}
	capaianSasaran := make([]decimal.Decimal, len(sasaran))
	var sumSasaran decimal.Decimal
	for s := range sasaran {
		// Sasaran 2 averages to exactly 91,475: half-up gives 91,48.
		capaianSasaran[s], _, _ = quo(sums[s], decimal.NewFromInt(counts[s]), 2)
		sumSasaran = sumSasaran.Add(sums[s].Div(decimal.NewFromInt(counts[s])))
	}
	// The exact average is 86,825: half-up gives 86,83 (half-even would give
	// 86,82); the average of the rounded sasaran figures gives 86,83 too.
	rataRata, _, _ := quo(sumSasaran, decimal.NewFromInt(int64(len(sasaran))), 2)
	if check, _, _ := quo(func() decimal.Decimal {
		var s decimal.Decimal
		for _, c := range capaianSasaran {
			s = s.Add(c)
		}
		return s
	}(), decimal.NewFromInt(int64(len(sasaran))), 2); !check.Equal(rataRata) {
		panic("the average of rounded and of exact sasaran capaian differ")
	}

	// --- Anggaran Sasaran ---------------------------------------------------
	var anggaranSasaran [][]Cell
	var sumPagu, sumReal decimal.Decimal
	efisiensi := func(pagu, real decimal.Decimal) (decimal.Decimal, decimal.Decimal) {
		s := percent(real, pagu, false) // no exact half: 100 - round(x) = round(100 - x)
		return s, hundred.Sub(s)
	}
	for s, b := range budgets {
		ser, ef := efisiensi(b.a, b.r)
		anggaranSasaran = append(anggaranSasaran, []Cell{N(fmt.Sprint(s + 1)), T(sasaran[s]),
			N(id(b.a, 0)), N(id(b.r, 0)), N(id(ser, 2)), N(id(capaianSasaran[s], 2)), N(id(ef, 2))})
		sumPagu, sumReal = sumPagu.Add(b.a), sumReal.Add(b.r)
	}
	if !sumPagu.Equal(totalA) || !sumReal.Equal(totalR) {
		panic("Anggaran Sasaran does not reconcile with the LRA")
	}
	totSer, totEf := efisiensi(sumPagu, sumReal)

	signed := time.Date(2024, time.February, 20, 0, 0, 0, 0, time.UTC)
	var kegiatanCount int
	for _, p := range programs {
		kegiatanCount += len(p.kegiatan)
	}
	ringkasan := []Pair{}
	for s := range sasaran {
		ringkasan = append(ringkasan, Pair{fmt.Sprintf("Capaian Sasaran %d", s+1), N(id(capaianSasaran[s], 2))})
	}
	ringkasan = append(ringkasan,
		Pair{"Rata-rata Capaian", N(id(rataRata, 2))},
		Pair{"Predikat", T(predikat(rataRata))},
		Pair{"Pagu Anggaran", N(id(totalA, 0))},
		Pair{"Pagu Anggaran (terbilang)", T(Terbilang(totalA.IntPart()))},
		Pair{"Realisasi Anggaran", N(id(totalR, 0))},
		Pair{"Realisasi Anggaran (terbilang)", T(Terbilang(totalR.IntPart()))},
		Pair{"% Serapan Anggaran", N(id(serapan, 2))},
	)

	titles := func(first string) []string { return []string{first, nama + ", Kabupaten Rembang", ""} }
	return &Workbook{Name: nama + " " + tahun, Sheets: []Sheet{
		{Kind: Identitas, Titles: titles("IDENTITAS LAPORAN KINERJA TAHUN " + tahun),
			Pairs: []Pair{
				{"Nama Instansi", T(nama)},
				{"Kabupaten/Kota", T("Kabupaten Rembang")},
				{"Provinsi", T("Jawa Tengah")},
				{"Tahun Laporan", N(tahun)},
				{"Periode Renstra", T("2021-2026")},
				{"Nama Kepala", T("BUDI SANTOSO, S.STP, M.Si")},
				{"Jabatan", T("Camat Lasem")},
				{"Pangkat/Golongan", T("Pembina Tingkat I (IV/b)")},
				{"NIP", T("19750312 200003 1 004")},
				{"Tempat", T("Lasem")},
				{"Tanggal", D(signed)},
				{"Pagu Anggaran", N(id(totalA, 0))},
				{"Pagu Anggaran (terbilang)", T(Terbilang(totalA.IntPart()))},
				{"Realisasi Anggaran", N(id(totalR, 0))},
				{"Realisasi Anggaran (terbilang)", T(Terbilang(totalR.IntPart()))},
				{"Jumlah Program", N(fmt.Sprint(len(programs)))},
				{"Jumlah Kegiatan", N(fmt.Sprint(kegiatanCount))},
			}},
		{Kind: IKU, Titles: titles("INDIKATOR KINERJA UTAMA TAHUN " + tahun),
			Tables: []Table{{
				Columns: []Column{key("No"), key("Sasaran Strategis"), key("Indikator Kinerja Utama"), col("Target"), col("Satuan")},
				Numbers: nums("1", "2", "3", "4", "5"),
				Rows:    iku,
			}}},
		{Kind: PK, Titles: titles("PERJANJIAN KINERJA TAHUN " + tahun),
			Tables: []Table{{
				Columns: []Column{key("No"), key("Sasaran Strategis"), key("Indikator Kinerja"), col("Target"), col("Satuan"), col("Program/Kegiatan"), col("Anggaran (Rp)")},
				Numbers: nums("1", "2", "3", "4", "5", "6", "7"),
				Rows:    pk,
				Total:   []Cell{{}, T("Jumlah"), {}, {}, {}, {}, N(id(totalA, 0))},
			}}},
		{Kind: Pengukuran, Titles: titles("PENGUKURAN KINERJA TAHUN " + tahun),
			Tables: []Table{{
				// Rows with Polaritas Negatif follow (2 x Target - Realisasi) /
				// Target x 100; the column numbers declare the Positif formula.
				Columns: []Column{key("No"), key("Sasaran Strategis"), key("Indikator Kinerja"), col("Satuan"), col("Polaritas"),
					col("Target 2023"), col("Realisasi 2023"), col("% Capaian 2023"), col("% Capaian 2022"), col("% Capaian 2021"),
					col("Target Akhir Renstra 2026"), col("% Capaian s/d 2023"), col("Predikat")},
				Numbers: nums("1", "2", "3", "4", "5", "6", "7", "8=7/6*100", "9", "10", "11", "12=7/11*100", "13"),
				Rows:    pengukuran,
			}}},
		{Kind: AnggaranSasaran, Titles: titles("ANGGARAN PER SASARAN STRATEGIS TAHUN " + tahun),
			Tables: []Table{{
				Columns: []Column{key("No"), key("Sasaran Strategis"), col("Pagu (Rp)"), col("Realisasi (Rp)"), col("% Serapan"), col("% Capaian Kinerja"), col("% Efisiensi")},
				Rows:    anggaranSasaran,
				Total:   []Cell{{}, T("Jumlah"), N(id(sumPagu, 0)), N(id(sumReal, 0)), N(id(totSer, 2)), {}, N(id(totEf, 2))},
			}}},
		{Kind: RealisasiAnggaran, Titles: titles("LAPORAN REALISASI ANGGARAN TAHUN " + tahun),
			Tables: []Table{{
				Columns: []Column{key("Kode"), key("Uraian"), col("Anggaran"), col("Realisasi"), col("Selisih"), col("%")},
				Rows:    lra,
				Total:   lraTotal,
			}}},
		{Kind: Ringkasan, Titles: titles("RINGKASAN CAPAIAN KINERJA TAHUN " + tahun), Pairs: ringkasan},
		{Kind: Pegawai, Titles: []string{"Tabel 1", "Jabatan Struktural " + nama, ""},
			Tables: []Table{
				{
					Columns: []Column{key("No"), key("Jabatan"),
						grp("Pendidikan", "S2"), grp("Pendidikan", "S1"), grp("Pendidikan", "D3"), grp("Pendidikan", "SLTA"),
						grp("Jenis Kelamin", "Laki-laki"), grp("Jenis Kelamin", "Perempuan"),
						grp("Eselon", "IIIa"), grp("Eselon", "IIIb"), grp("Eselon", "IVa"), grp("Eselon", "IVb"),
						grp("Pangkat/Golongan", "IV"), grp("Pangkat/Golongan", "III"), grp("Pangkat/Golongan", "II"),
						grp("Diklat", "PIM III"), grp("Diklat", "PIM IV")},
					Rows: [][]Cell{
						append([]Cell{N("1"), T("Camat")}, nums("1", "-", "-", "-", "1", "-", "1", "-", "-", "-", "1", "-", "-", "1", "-")...),
						append([]Cell{N("2"), T("Sekretaris Kecamatan")}, nums("1", "-", "-", "-", "-", "1", "-", "1", "-", "-", "1", "-", "-", "1", "-")...),
						append([]Cell{N("3"), T("Kepala Seksi")}, nums("-", "3", "-", "-", "2", "1", "-", "-", "3", "-", "-", "3", "-", "-", "2")...),
						append([]Cell{N("4"), T("Kepala Subbagian")}, nums("-", "1", "1", "-", "1", "1", "-", "-", "-", "2", "-", "2", "-", "-", "1")...),
					},
					Total: append([]Cell{T("Jumlah"), {}}, nums("2", "4", "1", "-", "4", "3", "1", "1", "3", "2", "2", "5", "-", "2", "3")...),
				},
				{
					Caption: []string{"Tabel 2 Jumlah Pegawai " + nama + " Tahun " + tahun},
					Columns: []Column{key("No"), key("Unit Kerja"),
						grp("Jenis Kelamin", "Laki-laki"), grp("Jenis Kelamin", "Perempuan"),
						grp("Pendidikan", "S2"), grp("Pendidikan", "S1"), grp("Pendidikan", "D3"), grp("Pendidikan", "SLTA"), grp("Pendidikan", "SLTP"),
						grp("Pangkat/Golongan", "IV"), grp("Pangkat/Golongan", "III"), grp("Pangkat/Golongan", "II"), grp("Pangkat/Golongan", "I"),
						col("Kontrak/THL")},
					Rows: [][]Cell{
						append([]Cell{N("1"), T("Pimpinan")}, nums("1", "1", "2", "-", "-", "-", "-", "2", "-", "-", "-", "-")...),
						append([]Cell{N("2"), T("Sekretariat")}, nums("5", "4", "-", "4", "1", "3", "1", "-", "4", "2", "-", "3")...),
						append([]Cell{N("3"), T("Seksi")}, nums("7", "3", "1", "5", "-", "4", "-", "-", "5", "2", "-", "3")...),
					},
					Total: append([]Cell{T("Jumlah"), {}}, nums("13", "8", "3", "9", "1", "7", "1", "2", "9", "4", "-", "6")...),
				},
			}},
		{Kind: Inventaris, Titles: titles("DAFTAR INVENTARIS SARANA DAN PRASARANA"),
			Tables: []Table{{
				Columns: []Column{key("No"), key("Nama Barang"), col("Jumlah"), col("Kondisi")},
				Rows: [][]Cell{
					{N("1"), T("Laptop"), N("12"), T("Baik")},
					{N("2"), T("Printer"), N("6"), T("Baik")},
					{N("3"), T("Meja Kerja"), N("24"), T("Baik")},
					{N("4"), T("Kursi Kerja"), N("30"), T("Rusak Ringan")},
					{N("5"), T("Lemari Arsip"), N("8"), T("Baik")},
					{N("6"), T("AC Split"), N("5"), T("Rusak Ringan")},
					{N("7"), T("Sepeda Motor Dinas"), N("4"), T("Baik")},
					{N("8"), T("Mobil Dinas"), N("1"), T("Baik")},
					{N("9"), T("LCD Proyektor"), N("2"), T("Rusak Berat")},
					{N("10"), T("Genset"), N("1"), T("Baik")},
				},
			}}},
		{Kind: Skala, Titles: []string{"SKALA NILAI PERINGKAT KINERJA", ""},
			Tables: []Table{{
				Columns: []Column{col("Batas Bawah"), col("Batas Atas"), key("Predikat")},
				Rows: [][]Cell{
					{N("90"), N("100"), T("Amat Baik")},
					{N("80"), N("90"), T("Baik")},
					{N("50"), N("80"), T("Cukup Baik")},
					{N("0"), N("50"), T("Kurang")},
				},
			}}},
	}}
}
