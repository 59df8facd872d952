package build

import (
	"strings"

	"github.com/shopspring/decimal"
)

// The finance system's LRA exports that `lkjip check WORKBOOK --lra EXPORT` compares a
// workbook's Realisasi Anggaran with (issue #9). They are laid out the way SIPD exports its
// Laporan Realisasi Anggaran: title lines (the regional government, the report's name,
// `SKPD : <unit code> <UNIT>`, `Periode : 1 Januari YYYY s/d 31 Desember YYYY`), then
// `Kode Rekening | Uraian | Anggaran | Realisasi | Sisa Anggaran | %`, programs in capitals,
// account rows (kode rekening) under some sub kegiatan, and a closing JUMLAH row. Every
// parent is the exact sum of its children: a finance system's export adds up.

// lraNode is one row of an export: a leaf carries its printed amounts, a parent ("" amounts)
// is the sum of its children.
type lraNode struct {
	kode, uraian        string
	anggaran, realisasi string
	children            []lraNode
}

func leaf(kode, uraian, anggaran, realisasi string) lraNode {
	return lraNode{kode: kode, uraian: uraian, anggaran: anggaran, realisasi: realisasi}
}

func node(kode, uraian string, children ...lraNode) lraNode {
	return lraNode{kode: kode, uraian: uraian, children: children}
}

// exportRow is one printed export row: Sisa Anggaran = Anggaran - Realisasi, % at two
// decimals, half up.
func exportRow(kode, uraian string, a, r decimal.Decimal) []Cell {
	return []Cell{T(kode), T(uraian), N(id(a, 0)), N(id(r, 0)), N(id(a.Sub(r), 0)), N(id(percent(r, a, true), 2))}
}

// rows prints a node and everything under it, parents first, and returns its amounts.
func (n lraNode) rows() (out [][]Cell, a, r decimal.Decimal) {
	if len(n.children) == 0 {
		a, r = dec(n.anggaran), dec(n.realisasi)
		return [][]Cell{exportRow(n.kode, n.uraian, a, r)}, a, r
	}
	out = [][]Cell{nil}
	for _, c := range n.children {
		rows, ca, cr := c.rows()
		out = append(out, rows...)
		a, r = a.Add(ca), r.Add(cr)
	}
	out[0] = exportRow(n.kode, n.uraian, a, r)
	return out, a, r
}

// exportSheet lays an export out: its title lines, its table and its JUMLAH row.
func exportSheet(titles []string, rows [][]Cell, a, r decimal.Decimal) Sheet {
	total := exportRow("", "JUMLAH", a, r)
	total[0] = Cell{}
	return Sheet{Kind: RealisasiAnggaran, Titles: titles, Tables: []Table{{
		Columns: []Column{key("Kode Rekening"), key("Uraian"), col("Anggaran"), col("Realisasi"), col("Sisa Anggaran"), col("%")},
		Rows:    rows,
		Total:   total,
	}}}
}

// exportLayout writes an export's one sheet as "LRA" with its title lines.
var exportLayout = Layout{AliasNames: true, TitleRows: true}

// KraganLRA is the SIPD export of Kecamatan Kragan's 2021 budget, as the finance office would
// hand it over. It is constructed (the reference holds the report, not the books): the
// kegiatan carry the report's own amounts, the sub kegiatan (two-digit numbers, as before
// 2023) and the accounts under three of them split those amounts, and the names follow the
// report's wording (programs in capitals) so that they match the workbook, which has no Kode.
// One figure differs from the report, on purpose and consistently with the report's other
// figures: kegiatan II.2 realised 25.058.600, which is what program II's printed Realisasi
// (30.127.900 = 5.069.300 + 25.058.600), its Selisih (3.975) and II.2's printed 100,00 % imply;
// the report's 24.464.600 is the typing error. The books have no Belanja Tidak Langsung: in the
// 2021 structure the salaries are sub kegiatan 7.01.01.2.02.01, as the report's own
// Administrasi Keuangan row shows.
func KraganLRA() *Workbook {
	programs := node("7", "UNSUR KEWILAYAHAN", node("7.01", "KECAMATAN",
		node("7.01.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH",
			node("7.01.01.2.01", "Perencanaan, Penganggaran dan Evaluasi Kinerja Perangkat Daerah",
				leaf("7.01.01.2.01.01", "Penyusunan Dokumen Perencanaan Perangkat Daerah", "8.560.000", "5.430.000"),
				leaf("7.01.01.2.01.07", "Evaluasi Kinerja Perangkat Daerah", "5.500.000", "4.000.000")),
			node("7.01.01.2.02", "Administrasi Keuangan Perangkat Daerah",
				node("7.01.01.2.02.01", "Penyediaan Gaji dan Tunjangan ASN",
					leaf("5.1.01.01.01.0001", "Belanja Gaji Pokok PNS", "1.468.920.000", "1.468.920.000"),
					leaf("5.1.01.01.02.0001", "Belanja Tunjangan Keluarga PNS", "142.700.000", "142.700.000"),
					leaf("5.1.01.01.03.0001", "Belanja Tunjangan Jabatan PNS", "380.000.000", "380.000.000"))),
			node("7.01.01.2.03", "Administrasi Kepegawaian Perangkat Daerah",
				leaf("7.01.01.2.03.02", "Pengadaan Pakaian Dinas beserta Atribut Kelengkapannya", "67.500.000", "67.500.000")),
			node("7.01.01.2.06", "Administrasi Umum Perangkat Daerah",
				node("7.01.01.2.06.02", "Penyediaan Peralatan dan Perlengkapan Kantor",
					leaf("5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor", "41.896.425", "41.204.600"),
					leaf("5.1.02.01.01.0026", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak", "56.000.000", "55.000.000")),
				leaf("7.01.01.2.06.04", "Penyediaan Bahan Logistik Kantor", "85.000.000", "84.500.000")),
			node("7.01.01.2.08", "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
				leaf("7.01.01.2.08.04", "Penyediaan Jasa Pelayanan Umum Kantor", "207.540.000", "198.005.321")),
			node("7.01.01.2.09", "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah",
				node("7.01.01.2.09.02", "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, dan Pajak Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan",
					leaf("5.1.02.03.02.0035", "Belanja Pemeliharaan Alat Angkutan-Alat Angkutan Darat Bermotor-Kendaraan Dinas Bermotor Perorangan", "120.240.000", "115.326.850"),
					leaf("5.1.02.01.01.0012", "Belanja Bahan-Bahan Bakar dan Pelumas", "50.000.000", "48.150.000")))),
		node("7.01.02", "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK",
			node("7.01.02.2.01", "Penyelenggaraan Urusan Pemerintahan Yang Tidak dilaksanakan oleh Unit Kerja",
				leaf("7.01.02.2.01.01", "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan", "5.072.550", "5.069.300")),
			node("7.01.02.2.02", "Pelaksanaan Urusan Pemerintahan yang dilimpahkan Kepada Camat",
				leaf("7.01.02.2.02.01", "Pelaksanaan Kewenangan yang Dilimpahkan kepada Camat", "25.059.325", "25.058.600"))),
		node("7.01.03", "PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN",
			node("7.01.03.2.01", "Peningkatan Partisipasi Masyarakat Dalam Forum Musyawarah Perencanaan",
				leaf("7.01.03.2.01.01", "Fasilitasi Penyusunan Program Pembangunan Desa", "13.700.000", "11.150.000")),
			node("7.01.03.2.02", "Peningkatan Efektifitas Kegiatan Pemberdayaan Masyarakat di Wilayah Kecamatan",
				leaf("7.01.03.2.02.01", "Sinergitas Pelaksanaan Pemberdayaan Masyarakat", "10.024.000", "9.674.000"))),
		node("7.01.04", "PROGRAM KOORDINASI KETENTRAMAN DAN KETERTIBAN UMUM",
			node("7.01.04.2.01", "Koordinasi Upaya Penyelenggaraan Ketentraman dan Ketertiban Umum",
				leaf("7.01.04.2.01.01", "Sinergi Penyelenggaraan Ketentraman dan Ketertiban Umum", "26.100.000", "25.830.000"))),
		node("7.01.06", "PROGRAM PEMBINAAN DAN PENGAWASAN PEMERINTAHAN DESA",
			node("7.01.06.2.01", "Fasilitas Administrasi Tata Pemerintahan Desa",
				leaf("7.01.06.2.01.01", "Fasilitasi Administrasi Tata Pemerintahan Desa", "15.200.000", "15.200.000")),
			node("7.01.06.2.02", "Rekomendasi Pengangkatan dan Pemberhentian Kepala Desa",
				leaf("7.01.06.2.02.01", "Fasilitasi Pengangkatan dan Pemberhentian Kepala Desa", "10.000.000", "9.999.300")))))
	rows, a, r := programs.rows()
	return &Workbook{Name: "LRA SIPD Kecamatan Kragan 2021", Sheets: []Sheet{exportSheet([]string{
		"PEMERINTAH KABUPATEN REMBANG",
		"LAPORAN REALISASI ANGGARAN PENDAPATAN DAN BELANJA DAERAH",
		"SKPD : 7.01.0.00.0.00.01.0000 KECAMATAN KRAGAN",
		"Periode : 1 Januari 2021 s/d 31 Desember 2021",
		"",
	}, rows, a, r)}}
}

// CleanLRA is the SIPD export that agrees with the clean workbook (Kecamatan Lasem 2023):
// its Realisasi Anggaran row for row (four-digit sub kegiatan numbers, programs in capitals),
// with the salaries of sub kegiatan 7.01.01.2.02.0001 split into three accounts. Checked
// against it, the clean workbook must still get no finding at all.
func CleanLRA() *Workbook {
	src := Clean().Sheet(RealisasiAnggaran).Tables[0]
	accounts := map[string][]lraNode{"7.01.01.2.02.0001": {
		leaf("5.1.01.01.01.0001", "Belanja Gaji Pokok PNS", "1.602.000.000", "1.571.455.300"),
		leaf("5.1.01.01.02.0001", "Belanja Tunjangan Keluarga PNS", "158.678.000", "152.356.132"),
		leaf("5.1.01.01.03.0001", "Belanja Tunjangan Jabatan PNS", "385.000.000", "374.500.000"),
	}}
	var rows [][]Cell
	for _, row := range src.Rows {
		kode, uraian := row[0].Text, row[1].Text
		if strings.Count(kode, ".") == 2 {
			uraian = strings.ToUpper(uraian)
		}
		out := append([]Cell{T(kode), T(uraian)}, row[2:]...)
		rows = append(rows, out)
		if acc := accounts[kode]; acc != nil {
			sub, a, r := node(kode, uraian, acc...).rows()
			if !a.Equal(dec(row[2].Text)) || !r.Equal(dec(row[3].Text)) {
				panic(kode + ": the accounts do not sum to the sub kegiatan")
			}
			rows = append(rows, sub[1:]...)
		}
	}
	return &Workbook{Name: "LRA SIPD Kecamatan Lasem 2023", Sheets: []Sheet{exportSheet([]string{
		"PEMERINTAH KABUPATEN REMBANG",
		"LAPORAN REALISASI ANGGARAN PENDAPATAN DAN BELANJA DAERAH",
		"SKPD : 7.01.0.00.0.00.02.0000 KECAMATAN LASEM",
		"Periode : 1 Januari 2023 s/d 31 Desember 2023",
		"",
	}, rows, dec(src.Total[2].Text), dec(src.Total[3].Text))}}
}
