package corpus

// The words a generated workbook is made of: real kabupaten with real kecamatan, the
// Permendagri 90/2019 nomenclature of a kecamatan's programs, kegiatan and sub kegiatan, and
// the sasaran and indicators kecamatan LKjIP reports commonly carry.

// region is one kabupaten with its province and kecamatan.
type region struct {
	kabupaten, provinsi string
	kecamatan           []string
}

var regions = []region{
	{"Rembang", "Jawa Tengah", []string{"Sumber", "Bulu", "Gunem", "Sale", "Sarang", "Sedan", "Pamotan",
		"Sulang", "Kaliori", "Rembang", "Pancur", "Kragan", "Sluke", "Lasem"}},
	{"Blora", "Jawa Tengah", []string{"Jati", "Randublatung", "Kradenan", "Kedungtuban", "Cepu", "Sambong",
		"Jiken", "Bogorejo", "Jepon", "Blora", "Banjarejo", "Tunjungan", "Japah", "Ngawen", "Kunduran", "Todanan"}},
	{"Pati", "Jawa Tengah", []string{"Sukolilo", "Kayen", "Tambakromo", "Winong", "Pucakwangi", "Jaken",
		"Batangan", "Juwana", "Jakenan", "Pati", "Gabus", "Margorejo", "Gembong", "Tlogowungu", "Wedarijaksa",
		"Trangkil", "Margoyoso", "Gunungwungkal", "Cluwak", "Tayu", "Dukuhseti"}},
	{"Kudus", "Jawa Tengah", []string{"Kaliwungu", "Kota Kudus", "Jati", "Undaan", "Mejobo", "Jekulo", "Bae",
		"Gebog", "Dawe"}},
	{"Jepara", "Jawa Tengah", []string{"Kedung", "Pecangaan", "Kalinyamatan", "Welahan", "Mayong", "Nalumsari",
		"Batealit", "Tahunan", "Jepara", "Mlonggo", "Pakis Aji", "Bangsri", "Kembang", "Keling", "Donorojo",
		"Karimunjawa"}},
	{"Grobogan", "Jawa Tengah", []string{"Kedungjati", "Karangrayung", "Penawangan", "Toroh", "Geyer",
		"Pulokulon", "Kradenan", "Gabus", "Ngaringan", "Wirosari", "Tawangharjo", "Grobogan", "Purwodadi",
		"Brati", "Klambu", "Godong", "Gubug", "Tegowanu", "Tanggungharjo"}},
	{"Tuban", "Jawa Timur", []string{"Kenduruan", "Bangilan", "Senori", "Singgahan", "Montong", "Parengan",
		"Soko", "Rengel", "Grabagan", "Plumpang", "Widang", "Palang", "Semanding", "Tuban", "Jenu",
		"Merakurak", "Kerek", "Tambakboyo", "Jatirogo", "Bancar"}},
	{"Sleman", "Daerah Istimewa Yogyakarta", []string{"Moyudan", "Minggir", "Seyegan", "Godean", "Gamping",
		"Mlati", "Depok", "Berbah", "Prambanan", "Kalasan", "Ngemplak", "Ngaglik", "Sleman", "Tempel", "Turi",
		"Pakem", "Cangkringan"}},
	{"Bantul", "Daerah Istimewa Yogyakarta", []string{"Srandakan", "Sanden", "Kretek", "Pundong",
		"Bambanglipuro", "Pandak", "Bantul", "Jetis", "Imogiri", "Dlingo", "Pleret", "Piyungan", "Banguntapan",
		"Sewon", "Kasihan", "Pajangan", "Sedayu"}},
}

// provinsiOf returns the province of a known kabupaten, "Jawa Tengah" otherwise.
func provinsiOf(kabupaten string) string {
	for _, r := range regions {
		if r.kabupaten == kabupaten {
			return r.provinsi
		}
	}
	return "Jawa Tengah"
}

// programSpec is one kecamatan program of Permendagri 90/2019 (urusan 7.01) with the kegiatan
// a generated workbook may list under it, each with its sub kegiatan.
type programSpec struct {
	kode, uraian string
	kegiatan     []kegiatanSpec
}

type kegiatanSpec struct {
	uraian string
	subs   []string
	// large marks the kegiatan holding the salaries: its sub kegiatan carry most of the budget.
	large bool
}

var programSpecs = []programSpec{
	{"7.01.01", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", []kegiatanSpec{
		{uraian: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", subs: []string{
			"Penyusunan Dokumen Perencanaan Perangkat Daerah",
			"Koordinasi dan Penyusunan Dokumen RKA-SKPD",
			"Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD",
			"Evaluasi Kinerja Perangkat Daerah"}},
		{uraian: "Administrasi Keuangan Perangkat Daerah", large: true, subs: []string{
			"Penyediaan Gaji dan Tunjangan ASN",
			"Penyediaan Administrasi Pelaksanaan Tugas ASN",
			"Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD"}},
		{uraian: "Administrasi Umum Perangkat Daerah", subs: []string{
			"Penyediaan Peralatan dan Perlengkapan Kantor",
			"Penyediaan Bahan Logistik Kantor",
			"Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD"}},
	}},
	{"7.01.02", "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", []kegiatanSpec{
		{uraian: "Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat", subs: []string{
			"Koordinasi/Sinergi Perencanaan dan Pelaksanaan Kegiatan Pemerintah dengan Perangkat Daerah",
			"Fasilitasi Pembinaan dan Pengawasan Penyelenggaraan Pemerintahan Desa",
			"Pelayanan Perizinan dan Non Perizinan di Kecamatan"}},
		{uraian: "Penyelenggaraan Urusan Pemerintahan yang Tidak Dilaksanakan oleh Unit Kerja Perangkat Daerah yang Ada di Kecamatan", subs: []string{
			"Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan",
			"Penyelenggaraan Pelayanan Administrasi Terpadu Kecamatan"}},
		{uraian: "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan", subs: []string{
			"Koordinasi Pelaksanaan Musyawarah Perencanaan Pembangunan Kecamatan",
			"Pemutakhiran Data Kependudukan Tingkat Kecamatan"}},
	}},
	{"7.01.03", "Program Pemberdayaan Masyarakat Desa dan Kelurahan", []kegiatanSpec{
		{uraian: "Koordinasi Kegiatan Pemberdayaan Desa", subs: []string{
			"Fasilitasi Penyusunan Program Pemberdayaan Masyarakat Desa",
			"Fasilitasi Pengelolaan Badan Usaha Milik Desa",
			"Pembinaan Lembaga Kemasyarakatan Desa"}},
		{uraian: "Kegiatan Pemberdayaan Kelurahan", subs: []string{
			"Pembangunan Sarana dan Prasarana Kelurahan",
			"Pemberdayaan Masyarakat di Kelurahan"}},
	}},
	{"7.01.04", "Program Koordinasi Ketentraman dan Ketertiban Umum", []kegiatanSpec{
		{uraian: "Koordinasi Upaya Penyelenggaraan Ketenteraman dan Ketertiban Umum", subs: []string{
			"Sinergi dengan Kepolisian dan Komando Rayon Militer",
			"Pembinaan Satuan Perlindungan Masyarakat Kecamatan",
			"Penanganan Gangguan Ketenteraman dan Ketertiban Umum"}},
		{uraian: "Koordinasi Penerapan dan Penegakan Peraturan Daerah dan Peraturan Kepala Daerah", subs: []string{
			"Sosialisasi Peraturan Daerah dan Peraturan Kepala Daerah",
			"Penertiban Pelanggaran Peraturan Daerah"}},
	}},
	{"7.01.05", "Program Penyelenggaraan Urusan Pemerintahan Umum", []kegiatanSpec{
		{uraian: "Penyelenggaraan Urusan Pemerintahan Umum sesuai Penugasan Kepala Daerah", subs: []string{
			"Koordinasi Forum Koordinasi Pimpinan Kecamatan",
			"Penanganan Bencana dan Kerawanan Sosial"}},
		{uraian: "Pembinaan Wawasan Kebangsaan dan Ketahanan Nasional", subs: []string{
			"Pembinaan Kerukunan Antarumat Beragama",
			"Peringatan Hari Besar Nasional di Kecamatan",
			"Pembinaan Wawasan Kebangsaan Generasi Muda"}},
	}},
	{"7.01.06", "Program Pembinaan dan Pengawasan Pemerintahan Desa", []kegiatanSpec{
		{uraian: "Pembinaan dan Pengawasan Penyelenggaraan Pemerintahan Desa", subs: []string{
			"Fasilitasi Penyusunan Peraturan Desa",
			"Fasilitasi Pengelolaan Keuangan Desa",
			"Evaluasi Rancangan APBDes"}},
		{uraian: "Fasilitasi Administrasi Tata Pemerintahan Desa", subs: []string{
			"Fasilitasi Penetapan Batas Desa",
			"Pembinaan Administrasi Pemerintahan Desa"}},
	}},
}

var sasaranPool = []string{
	"Meningkatnya Kualitas Pelayanan Publik Kecamatan",
	"Meningkatnya Kinerja Penyelenggaraan Pemerintahan Desa",
	"Meningkatnya Ketentraman dan Ketertiban Umum",
	"Meningkatnya Akuntabilitas Kinerja Perangkat Daerah",
	"Meningkatnya Partisipasi Masyarakat dalam Pembangunan",
	"Meningkatnya Kualitas Pengelolaan Keuangan Kecamatan",
	"Meningkatnya Keberdayaan Masyarakat Desa dan Kelurahan",
	"Meningkatnya Koordinasi Penyelenggaraan Pemerintahan Umum",
}

// indikatorSpec is one indicator of the pool: its name, unit and polarity, and whether its
// figures are counts (whole numbers).
type indikatorSpec struct {
	nama, satuan, polar string
	count               bool
}

var indikatorPool = []indikatorSpec{
	{"Indeks Kepuasan Masyarakat (IKM)", "nilai", "Positif", false},
	{"Persentase Desa dengan Tata Kelola Pemerintahan yang Baik", "%", "Positif", false},
	{"Persentase APBDes yang Ditetapkan Tepat Waktu", "%", "Positif", false},
	{"Persentase Penyelesaian Gangguan Ketentraman dan Ketertiban Umum", "%", "Positif", false},
	{"Nilai Evaluasi SAKIP Kecamatan", "nilai", "Positif", false},
	{"Persentase Dokumen Perencanaan yang Disusun Tepat Waktu", "%", "Positif", false},
	{"Persentase Layanan Administrasi Terpadu Kecamatan Sesuai Standar", "%", "Positif", false},
	{"Persentase Lembaga Kemasyarakatan Desa yang Aktif", "%", "Positif", false},
	{"Rata-rata Waktu Penyelesaian Layanan Administrasi", "hari", "Negatif", false},
	{"Jumlah Pengaduan Masyarakat yang Tidak Tertangani", "kasus", "Negatif", true},
	{"Jumlah Temuan Pemeriksaan Keuangan", "temuan", "Negatif", true},
	{"Rata-rata Waktu Penerbitan Rekomendasi Perizinan", "hari", "Negatif", false},
	{"Jumlah Pelanggaran Peraturan Daerah", "kasus", "Negatif", true},
	{"Tingkat Partisipasi Masyarakat dalam Musrenbang Kecamatan", "%", "Rentang", false},
	{"Rasio Belanja Pegawai terhadap Total Belanja Kecamatan", "%", "Rentang", false},
	{"Persentase Serapan Anggaran Triwulan IV", "%", "Rentang", false},
	{"Tingkat Kehadiran Aparatur Desa dalam Pembinaan", "%", "Rentang", false},
}

var (
	firstNames = []string{"BUDI", "AGUS", "SRI", "DWI", "EKO", "HERU", "ENDANG", "SUGENG", "WAHYU", "RINI",
		"JOKO", "SITI", "BAMBANG", "YULI", "ARIF", "NURUL", "HARYANTO", "RETNO", "TRI", "MUHAMMAD"}
	lastNames = []string{"SANTOSO", "PRASETYO", "WIBOWO", "RAHAYU", "SETIAWAN", "HIDAYAT", "KURNIAWAN",
		"LESTARI", "SUSANTO", "PURNOMO", "WIDODO", "HANDAYANI", "SAPUTRA", "NUGROHO", "FAUZI"}
	titles = []string{"S.STP, M.Si", "S.Sos, M.M", "S.IP", "S.H, M.H", "S.E, M.Si", "S.STP, M.AP", "S.Sos"}
	// pangkat are the ranks a camat holds, with their golongan.
	pangkat = []string{"Penata Tingkat I (III/d)", "Pembina (IV/a)", "Pembina Tingkat I (IV/b)", "Pembina Utama Muda (IV/c)"}

	inventarisPool = []string{"Laptop", "Komputer PC", "Printer", "Meja Kerja", "Kursi Kerja", "Lemari Arsip",
		"Filing Cabinet", "AC Split", "Sepeda Motor Dinas", "Mobil Dinas", "LCD Proyektor", "Genset",
		"Mesin Fotokopi", "Kursi Tamu", "Pesawat Telepon", "Kamera Digital", "Sound System", "Rak Buku"}
	kondisi = []string{"Baik", "Baik", "Baik", "Rusak Ringan", "Rusak Berat"}
)
