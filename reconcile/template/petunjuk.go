package template

import (
	"fmt"

	"github.com/xuri/excelize/v2"
)

func cellCoords(ref string) (int, int, error) { return excelize.CellNameToCoordinates(ref) }

// petunjuk writes the first sheet: what goes where, in Indonesian.
func (b *book) petunjuk() {
	const sh = SheetPetunjuk
	y := b.o.Year
	lines := []struct{ text, style string }{
		{fmt.Sprintf("PETUNJUK PENGISIAN BUKU KERJA LKjIP TAHUN %d", y), "title"},
		{b.o.Instansi, "subtitle"},
		{"", ""},
		{"Warna sel", "subtitle"},
		{"Kuning: isian. Ketik angka atau teks di sini.", "legendIn"},
		{"Abu-abu: dihitung otomatis dengan rumus; sel ini dikunci dan tidak perlu diisi.", "legendF"},
		{"Hijau: % Capaian, dihitung otomatis. Hanya untuk indikator berpolaritas Rentang, ketik capaiannya sendiri di sini (rumus tidak menghitung rentang).", "legendOpen"},
		{"", ""},
		{"Urutan pengisian", "subtitle"},
		{"1. Identitas: lengkapi nama kepala, jabatan, pangkat/golongan, NIP (18 angka, diketik sebagai teks), tempat dan tanggal penandatanganan " +
			fmt.Sprintf("(antara 1 Januari dan 31 Maret %d), Jumlah Program dan Jumlah Kegiatan, serta Pagu dan Realisasi Anggaran dalam huruf (terbilang, mis. \"dua miliar ... rupiah\"). Pagu dan Realisasi Anggaran dalam angka diambil otomatis dari sheet Realisasi Anggaran.", y+1), "para"},
		{"2. IKU: tulis setiap Sasaran Strategis pada baris pertama kelompoknya, lalu Indikator Kinerja Utama, Target dan Satuan setiap indikator. " +
			"Sasaran, indikator, target dan satuan ini otomatis muncul di PK, Pengukuran dan Anggaran Sasaran: cukup diketik sekali. Target rentang ditulis seperti \"60 – 70\".", "para"},
		{"3. PK: isi Program/Kegiatan dan Anggaran (Rp) yang diperjanjikan untuk setiap sasaran (cukup pada baris pertama sasaran). Dalam satu sel Program/Kegiatan, tulis programnya pada baris pertama (diawali \"Program\"), lalu kegiatannya satu per baris (Alt+Enter), mis. \"1. Perencanaan, Penganggaran dan Evaluasi Kinerja\": Jumlah Program dan Jumlah Kegiatan di Identitas diperiksa terhadap baris-baris ini (bila PK tidak menuliskan kegiatan, terhadap kegiatan di Realisasi Anggaran). Jumlah dihitung otomatis dan harus sama dengan pagu di Realisasi Anggaran.", "para"},
		{fmt.Sprintf("4. Pengukuran: pilih Polaritas (Positif: makin tinggi makin baik; Negatif: makin rendah makin baik; Rentang: target berupa rentang), isi Realisasi %d, %% Capaian %d dan %d (dari LKjIP tahun-tahun itu) dan Target Akhir Renstra %d. "+
			"%% Capaian dihitung otomatis: Positif = Realisasi / Target x 100; Negatif = (2 x Target - Realisasi) / Target x 100. Predikat mengikuti sheet Skala.", y, y-1, y-2, b.o.RenstraTo), "para"},
		{"5. Anggaran Sasaran: isi Realisasi (Rp) setiap sasaran. Pagu diambil dari PK; % Serapan, % Capaian Kinerja (rata-rata capaian indikator sasaran) dan % Efisiensi (100 - % Serapan) dihitung otomatis.", "para"},
		{"6. Realisasi Anggaran: isi Kode dan Uraian setiap program (7.01.01), kegiatan (7.01.01.2.01) dan sub kegiatan (7.01.01.2.01.0001), lalu Anggaran dan Realisasi setiap sub kegiatan. " +
			"Jumlah kegiatan, program dan Jumlah keseluruhan, Selisih (Anggaran - Realisasi) dan % (Realisasi / Anggaran x 100) dihitung otomatis. Baris yang tidak dipakai biarkan kosong.", "para"},
		{"7. Ringkasan: terisi otomatis dari sheet lain; hanya Pagu dan Realisasi Anggaran dalam huruf yang diketik.", "para"},
		{"8. Pegawai: satu baris per unit kerja, jumlah orang menurut jenis kelamin, pendidikan, pangkat/golongan, dan Kontrak/THL. Pendidikan harus berjumlah sama dengan jenis kelamin, demikian pula pangkat/golongan ditambah Kontrak/THL.", "para"},
		{"9. Inventaris: nomor, nama barang, jumlah (bilangan bulat) dan kondisi (Baik, Rusak Ringan, Rusak Berat).", "para"},
		{"10. Skala: skala predikat bawaan (90 Amat Baik, 80 Baik, 50 Cukup Baik, di bawahnya Kurang); ubah hanya bila instansi memakai skala lain.", "para"},
		{"", ""},
		{"Catatan", "subtitle"},
		{"Angka ditulis sebagai angka, bukan teks; pemisah ribuan dan desimal mengikuti format Indonesia (2.739.149.000 dan 98,32). Persentase dibulatkan dua desimal.", "para"},
		{"Judul kolom memuat tahun laporan; jangan diubah. Baris angka di bawah judul (1, 2, 3, 4=3/2*100 ...) menyatakan rumus kolom.", "para"},
		{"Sel rumus dikunci (Review > Unprotect Sheet tanpa kata sandi bila benar-benar perlu). Simpan berkas sebagai .xlsx, lalu periksa dengan: lkjip check BERKAS.xlsx", "para"},
	}
	for i, l := range lines {
		b.str(sh, 1, i+1, l.text, l.style)
		if l.style == "para" || len(l.text) > 100 {
			b.check(b.paragraph(sh, i+1, len(l.text)))
		}
	}
	b.check(b.f.SetColWidth(sh, "A", "A", 110))
}

// paragraph gives a wrapped paragraph of n characters in the 110-wide column its height
// (constants only: no float on the numeric path).
func (b *book) paragraph(sheet string, row, n int) error {
	switch n / 100 {
	case 0:
		return b.f.SetRowHeight(sheet, row, 15)
	case 1:
		return b.f.SetRowHeight(sheet, row, 2*15)
	case 2:
		return b.f.SetRowHeight(sheet, row, 3*15)
	case 3:
		return b.f.SetRowHeight(sheet, row, 4*15)
	}
	return b.f.SetRowHeight(sheet, row, 5*15)
}
