// Package layout recognises the tables of the standard LKjIP workbook in the sheets the file
// reader produced: which sheet is which (by name alias or by header content), where a table's
// header is, what each column means (by label, never by position), which row closes the table,
// and how the rows nest. A new input quirk (another alias, another header shape) goes here.
//
// Beyond the workbook model, layout gives rules what real reports print (issue #16) and the
// model has no field for:
//
//   - RoleTarget1, RoleTarget2, RoleRealisasi1, RoleRealisasi2: the earlier years' Target and
//     Realisasi of a Pengukuran whose labels repeat with years (the years decide the roles).
//   - RolePart and Parts: months printed beside their Jumlah under a group label; Parts(t, c)
//     gives the month columns of column c, whose figures must add up to c's on every row.
//   - IncomeTable and Income: a Realisasi Anggaran (or a row of it) that is income, where
//     realisasi above anggaran is normal.
package layout

import (
	"strings"
	"sync"

	wb "lkjip/reconcile/workbook"
)

// colSpec describes one column of a table schema.
type colSpec struct {
	role wb.Role
	// aliases are normalised labels (see norm); the longest alias contained in a label wins.
	aliases []string
	// figure columns hold numbers: text there is read as Indonesian notation.
	figure bool
	// units marks a figure column whose figures may carry their unit ("80 Kelompok").
	units bool
	// repeat gives the roles of the second, third... column carrying this label
	// (% Capaian T, T-1, T-2: spec, "Reading rules").
	repeat []wb.Role
	// yearRepeat gives the roles of the earlier years' columns of a label that repeats with
	// years only (`Target 2019 | Target 2020`): by position, a second Target is left out.
	yearRepeat []wb.Role
	// group is the canonical name of a group of count columns (Pegawai).
	group string
	// marks are words that give a label this column's role whatever else it says:
	// "CAPAIAN REALISASI ANGGARAN (%)" holds the words of Realisasi and Anggaran, but its % and
	// its "capaian" make it the % column (issue #16: real reports head it so).
	marks []string

	once  sync.Once
	words [][]string
}

// schema describes the table of one sheet kind.
type schema struct {
	kind wb.Kind
	// names are normalised sheet-name aliases (see normName).
	names []string
	cols  []colSpec
	// required lists roles the table needs; anyOf lists sets of which one role is enough.
	required []wb.Role
	anyOf    [][]wb.Role
	// pairs marks a label/value sheet.
	pairs bool
	// veto are words that keep a label off every column of the schema: "Realisasi Fisik (%)"
	// is physical progress, no budget figure, though it says "realisasi" and "%".
	veto []string
}

var schemas = []*schema{
	{kind: wb.Identitas, pairs: true, names: []string{"identitas", "info", "dataumum", "profil", "identitasinstansi"}},
	{kind: wb.IKU, names: []string{"iku", "indikatorkinerjautama"},
		cols: []colSpec{
			{role: wb.RoleNo, aliases: []string{"no", "nomor", "no urut"}},
			{role: wb.RoleSasaran, aliases: []string{"sasaran strategis", "sasaran"}},
			{role: wb.RoleIndikator, aliases: []string{"indikator kinerja utama", "indikator kinerja", "indikator", "iku"}},
			{role: wb.RoleTarget, aliases: []string{"target"}},
			{role: wb.RoleSatuan, aliases: []string{"satuan"}},
		},
		required: []wb.Role{wb.RoleIndikator, wb.RoleTarget}},
	{kind: wb.PK, names: []string{"pk", "perjanjiankinerja"},
		cols: []colSpec{
			{role: wb.RoleNo, aliases: []string{"no", "nomor", "no urut"}},
			{role: wb.RoleSasaran, aliases: []string{"sasaran strategis", "sasaran"}},
			{role: wb.RoleIndikator, aliases: []string{"indikator kinerja", "indikator kinerja utama", "indikator"}},
			{role: wb.RoleTarget, aliases: []string{"target"}},
			{role: wb.RoleSatuan, aliases: []string{"satuan"}},
			{role: wb.RoleProgram, aliases: []string{"program kegiatan", "program kegiatan sub kegiatan", "program", "kegiatan"}},
			{role: wb.RoleAnggaran, aliases: []string{"anggaran", "pagu", "pagu anggaran", "jumlah anggaran"}, figure: true},
		},
		required: []wb.Role{wb.RoleAnggaran}, anyOf: [][]wb.Role{{wb.RoleSasaran, wb.RoleIndikator}}},
	{kind: wb.Pengukuran, names: []string{"pengukuran", "pengukurankinerja", "capaiankinerja", "capaian", "pengukuranpencapaiansasaran"},
		cols: []colSpec{
			{role: wb.RoleNo, aliases: []string{"no", "nomor", "no urut"}},
			{role: wb.RoleSasaran, aliases: []string{"sasaran strategis", "sasaran"}},
			{role: wb.RoleIndikator, aliases: []string{"indikator kinerja", "indikator kinerja utama", "indikator"}},
			{role: wb.RoleSatuan, aliases: []string{"satuan"}},
			{role: wb.RolePolaritas, aliases: []string{"polaritas", "polarisasi", "arah"}},
			{role: wb.RoleTarget, aliases: []string{"target", "target kinerja"}, figure: true, units: true,
				yearRepeat: []wb.Role{RoleTarget1, RoleTarget2}},
			{role: wb.RoleRealisasi, aliases: []string{"realisasi", "realisasi kinerja"}, figure: true, units: true,
				yearRepeat: []wb.Role{RoleRealisasi1, RoleRealisasi2}},
			{role: wb.RoleCapaian, aliases: []string{"capaian", "persen capaian", "capaian kinerja"}, figure: true,
				repeat: []wb.Role{wb.RoleCapaian1, wb.RoleCapaian2}},
			{role: wb.RoleCapaian1, aliases: []string{"capaian t 1", "capaian tahun lalu"}, figure: true},
			{role: wb.RoleCapaian2, aliases: []string{"capaian t 2"}, figure: true},
			{role: wb.RoleTargetRenstra, aliases: []string{"target akhir", "target akhir renstra", "target renstra", "target akhir rpjmd", "target akhir periode renstra", "target akhir periode"}, figure: true},
			{role: wb.RoleCapaianRenstra, aliases: []string{"capaian sd", "capaian renstra", "capaian terhadap renstra", "capaian terhadap target akhir renstra", "capaian terhadap target akhir", "capaian sd target akhir"}, figure: true},
			{role: wb.RolePredikat, aliases: []string{"predikat", "kategori", "predikat capaian"}},
		},
		required: []wb.Role{wb.RoleTarget, wb.RoleRealisasi, wb.RoleCapaian},
		anyOf:    [][]wb.Role{{wb.RoleSasaran, wb.RoleIndikator}}},
	{kind: wb.AnggaranSasaran, names: []string{"anggaransasaran", "efisiensi", "anggaranpersasaran", "efisiensianggaran"},
		cols: []colSpec{
			{role: wb.RoleNo, aliases: []string{"no", "nomor", "no urut"}},
			{role: wb.RoleSasaran, aliases: []string{"sasaran strategis", "sasaran"}},
			{role: wb.RolePagu, aliases: []string{"pagu", "pagu anggaran", "anggaran", "jumlah anggaran"}, figure: true},
			{role: wb.RoleRealisasi, aliases: []string{"realisasi", "realisasi anggaran"}, figure: true},
			{role: wb.RoleSerapan, aliases: []string{"serapan", "serapan anggaran", "penyerapan", "daya serap", "realisasi persen"}, figure: true},
			{role: wb.RoleCapaianKinerja, aliases: []string{"capaian kinerja", "capaian", "efektifitas", "efektivitas", "tingkat efektifitas", "tingkat efektivitas"}, figure: true},
			{role: wb.RoleEfisiensi, aliases: []string{"efisiensi", "tingkat efisiensi"}, figure: true},
		},
		required: []wb.Role{wb.RoleSasaran, wb.RolePagu, wb.RoleRealisasi}},
	{kind: wb.RealisasiAnggaran, names: []string{"realisasianggaran", "lra", "realisasi", "anggaran", "laporanrealisasianggaran"},
		cols: []colSpec{
			{role: wb.RoleKode, aliases: []string{"kode", "kode rekening", "kode rek", "kode program", "kode program kegiatan"}},
			{role: wb.RoleNo, aliases: []string{"no", "nomor"}},
			{role: wb.RoleLevel, aliases: []string{"level", "tingkat"}},
			// "akun" is a DJPK export's name for the account's name.
			{role: wb.RoleUraian, aliases: []string{"uraian", "program kegiatan", "program kegiatan sub kegiatan", "uraian program kegiatan", "nama program kegiatan", "program", "kegiatan", "akun", "nama akun"}},
			{role: wb.RoleAnggaran, aliases: []string{"anggaran", "jumlah anggaran", "pagu", "pagu anggaran", "anggaran setelah perubahan", "anggaran perubahan", "anggaran keuangan", "pagu keuangan"}, figure: true},
			{role: wb.RoleRealisasi, aliases: []string{"realisasi", "realisasi anggaran", "jumlah realisasi", "realisasi keuangan"}, figure: true},
			{role: wb.RoleSelisih, aliases: []string{"selisih", "sisa anggaran", "sisa", "lebih kurang", "selisih lebih kurang"}, figure: true, marks: []string{"sisa", "selisih"}},
			{role: wb.RolePersen, aliases: []string{"persen", "realisasi persen", "capaian", "persen realisasi"}, figure: true, marks: []string{"persen", "capaian"}},
		},
		required: []wb.Role{wb.RoleAnggaran, wb.RoleRealisasi}, anyOf: [][]wb.Role{{wb.RoleUraian, wb.RoleKode}},
		veto: []string{"fisik"}},
	{kind: wb.Ringkasan, pairs: true, names: []string{"ringkasan", "penutup", "pps", "kesimpulan", "rekapitulasi"}},
	{kind: wb.Pegawai, names: []string{"pegawai", "kepegawaian", "susunankepegawaian", "datapegawai"},
		cols: []colSpec{
			{role: wb.RoleNo, aliases: []string{"no", "nomor"}},
			{role: wb.RoleUnit, aliases: []string{"unit kerja", "jabatan", "nama jabatan", "unit", "uraian", "bidang"}},
			{role: wb.RoleCount, group: "Jenis Kelamin", aliases: []string{"jenis kelamin"}, figure: true},
			{role: wb.RoleCount, group: "Pendidikan", aliases: []string{"pendidikan", "tingkat pendidikan"}, figure: true},
			{role: wb.RoleCount, group: "Eselon", aliases: []string{"eselon"}, figure: true},
			{role: wb.RoleCount, group: "Pangkat/Golongan", aliases: []string{"pangkat golongan", "golongan", "golongan ruang", "pangkat", "pns golongan ruang"}, figure: true},
			{role: wb.RoleCount, group: "Diklat", aliases: []string{"diklat", "diklat penjenjangan", "diklat penjurangan", "diklatpim"}, figure: true},
			// Sub-labels that name their group on their own, for a one-row header without
			// group labels ("L | P | S1 | SMA"). Roman numerals are left out: IV is a golongan,
			// an eselon or a diklat level, and only a group label tells which.
			{role: wb.RoleCount, group: "Jenis Kelamin", aliases: []string{"laki laki", "perempuan", "lk", "pr", "pria", "wanita", "l", "p"}, figure: true},
			{role: wb.RoleCount, group: "Pendidikan", aliases: []string{"s3", "s2", "s1", "d4", "d3", "d2", "d1", "sma", "slta", "smk", "smp", "sltp", "sd"}, figure: true},
			{role: wb.RoleCount, group: "Kontrak/THL", aliases: []string{"kontrak thl", "kontrak", "thl", "honorer", "non pns"}, figure: true},
			{role: wb.RoleKeterangan, aliases: []string{"ket", "keterangan"}},
		},
		anyOf: [][]wb.Role{{wb.RoleCount}}},
	{kind: wb.Inventaris, names: []string{"inventaris", "saranaprasarana", "daftarinventaris", "sarpras"},
		cols: []colSpec{
			{role: wb.RoleNo, aliases: []string{"no", "nomor"}},
			{role: wb.RoleNamaBarang, aliases: []string{"nama barang", "jenis barang", "nama barang jenis barang", "barang", "nama jenis barang"}},
			{role: wb.RoleJumlah, aliases: []string{"jumlah", "jumlah barang", "banyaknya", "volume"}, figure: true},
			// The Kragan report heads its condition column "Ket."; an Inventaris has no other
			// remarks column the spec knows.
			{role: wb.RoleKondisi, aliases: []string{"kondisi", "keadaan", "kondisi barang", "keadaan barang", "ket", "keterangan"}},
		},
		required: []wb.Role{wb.RoleNamaBarang, wb.RoleJumlah}},
	{kind: wb.Skala, names: []string{"skala", "predikat", "skalapenilaian", "skalapredikat"},
		cols: []colSpec{
			{role: wb.RoleBatasBawah, aliases: []string{"batas bawah", "nilai bawah", "dari", "minimal", "nilai minimal"}, figure: true},
			{role: wb.RoleBatasAtas, aliases: []string{"batas atas", "nilai atas", "sampai", "maksimal", "nilai maksimal"}, figure: true},
			{role: wb.RoleRentang, aliases: []string{"rentang", "rentang nilai", "interval", "interval nilai", "nilai", "skor", "nilai capaian", "capaian", "range"}},
			{role: wb.RolePredikat, aliases: []string{"predikat", "kategori", "keterangan", "kriteria", "kriteria penilaian"}},
		},
		required: []wb.Role{wb.RolePredikat}, anyOf: [][]wb.Role{{wb.RoleBatasBawah, wb.RoleRentang}}},
}

// aliasWords returns the aliases split into words, once.
func (c *colSpec) aliasWords() [][]string {
	c.once.Do(func() {
		for _, a := range c.aliases {
			c.words = append(c.words, strings.Fields(a))
		}
	})
	return c.words
}

// Pair keys of the label/value sheets, with their normalised aliases. A label matches the key
// whose alias equals it, or failing that the longest alias it starts with.
type pairKey struct {
	key     string
	aliases []string
	figure  bool
}

var identitasKeys = []pairKey{
	{key: "Nama Instansi", aliases: []string{"nama instansi", "perangkat daerah", "nama perangkat daerah", "instansi", "nama opd", "opd", "satuan kerja", "nama unit kerja", "unit kerja"}},
	{key: "Kabupaten/Kota", aliases: []string{"kabupaten kota", "kabupaten", "kota", "pemerintah kabupaten"}},
	{key: "Provinsi", aliases: []string{"provinsi", "propinsi"}},
	{key: "Tahun Laporan", aliases: []string{"tahun laporan", "tahun", "tahun anggaran", "tahun pelaporan", "tahun kinerja"}},
	{key: "Periode Renstra", aliases: []string{"periode renstra", "renstra", "periode rencana strategis", "periode"}},
	{key: "Nama Kepala", aliases: []string{"nama kepala", "penandatangan", "nama penandatangan", "kepala", "nama pimpinan", "nama"}},
	{key: "Jabatan", aliases: []string{"jabatan", "jabatan penandatangan"}},
	{key: "Pangkat/Golongan", aliases: []string{"pangkat golongan", "pangkat", "golongan", "pangkat gol"}},
	{key: "NIP", aliases: []string{"nip"}},
	{key: "Tempat", aliases: []string{"tempat", "tempat penandatanganan"}},
	{key: "Tanggal", aliases: []string{"tanggal", "tanggal penandatanganan", "tgl", "tanggal ditandatangani"}},
	{key: "Pagu Anggaran", aliases: []string{"pagu anggaran", "pagu", "anggaran"}, figure: true},
	{key: "Pagu Anggaran (terbilang)", aliases: []string{"pagu anggaran terbilang", "terbilang pagu anggaran", "pagu terbilang"}},
	{key: "Realisasi Anggaran", aliases: []string{"realisasi anggaran", "realisasi"}, figure: true},
	{key: "Realisasi Anggaran (terbilang)", aliases: []string{"realisasi anggaran terbilang", "terbilang realisasi anggaran", "realisasi terbilang"}},
	{key: "Jumlah Program", aliases: []string{"jumlah program", "banyaknya program"}, figure: true},
	{key: "Jumlah Kegiatan", aliases: []string{"jumlah kegiatan", "banyaknya kegiatan"}, figure: true},
}

var ringkasanKeys = []pairKey{
	// "Capaian Sasaran n" is matched apart, keeping its n.
	{key: "Rata-rata Capaian", aliases: []string{"rata rata capaian", "rata rata", "capaian rata rata", "rerata capaian", "rata rata capaian kinerja", "rata rata capaian sasaran"}, figure: true},
	{key: "Predikat", aliases: []string{"predikat", "kategori", "predikat capaian"}},
	{key: "Pagu Anggaran", aliases: []string{"pagu anggaran", "pagu", "anggaran"}, figure: true},
	{key: "Pagu Anggaran (terbilang)", aliases: []string{"pagu anggaran terbilang", "terbilang pagu anggaran", "pagu terbilang"}},
	{key: "Realisasi Anggaran", aliases: []string{"realisasi anggaran", "realisasi"}, figure: true},
	{key: "Realisasi Anggaran (terbilang)", aliases: []string{"realisasi anggaran terbilang", "terbilang realisasi anggaran", "realisasi terbilang"}},
	{key: "% Serapan Anggaran", aliases: []string{"persen serapan anggaran", "serapan anggaran", "serapan", "persen serapan", "penyerapan anggaran"}, figure: true},
}

// totalLabels are the normalised labels of a row that closes a table.
var totalLabels = map[string]bool{
	"jumlah": true, "total": true, "jumlah total": true, "total keseluruhan": true,
	"jumlah keseluruhan": true, "grand total": true, "jumlah seluruhnya": true,
	"jumlah seluruh": true, "total jumlah": true,
}
