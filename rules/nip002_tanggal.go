package rules

import (
	"lkjip/reconcile"
	"lkjip/reconcile/nip"
)

// NIP002 checks the dates in the signer's NIP (PP 11/2017; spec, "Cross-sheet and
// whole-workbook checks": "the dates must be real and the service start at least 18 years
// after birth").
var NIP002 = &reconcile.Rule{
	ID:       "NIP002",
	Severity: reconcile.Error,
	Scope:    reconcile.ScopeCell,
	Title:    reconcile.Text{ID: "Tanggal pada NIP tidak mungkin", EN: "Impossible date in the NIP"},
	Doc: reconcile.Text{
		ID: `Delapan digit pertama NIP adalah tanggal lahir (YYYYMMDD), enam berikutnya TMT CPNS (YYYYMM). Tanggal lahir harus tanggal yang ada (bukan bulan 13 atau 30 Februari), tidak sebelum 1900 dan tidak sesudah akhir tahun laporan; TMT CPNS harus bulan yang ada dalam rentang yang sama, dan tidak lebih awal daripada bulan ulang tahun ke-18 (PP 11/2017 Pasal 23: usia paling rendah 18 tahun), apalagi daripada kelahiran. Tanpa tahun laporan, batas akhir tidak diperiksa. NIP yang diketik sebagai angka tetap diperiksa pada 15 digit yang tersimpan. Satu temuan per NIP, masalah yang paling jelas lebih dahulu; NIP yang bentuknya salah (NIP001) tidak diperiksa di sini.

Contoh:
    Identitas: Tahun Laporan 2021, NIP "19671212 198511 1 002"
    NIP002: TMT CPNS pada NIP (November 1985) lebih awal daripada usia 18 tahun pemiliknya (Desember 1985; lahir 12 Desember 1967).`,
		EN: `The first eight digits of a NIP are the birth date (YYYYMMDD), the next six the service start (TMT CPNS, YYYYMM). The birth date must be a real date (no month 13, no 30 February), not before 1900 and not after the end of the report year; the service start must be a real month in the same range, and not before the month of the 18th birthday (PP 11/2017 Article 23: at least 18 years old), let alone before the birth. Without a report year the upper bound is not checked. A NIP typed as a number is still checked on the 15 digits kept. One finding per NIP, the most telling problem first; a NIP of the wrong form (NIP001) is not checked here.

Example:
    Identitas: Tahun Laporan 2021, NIP "19671212 198511 1 002"
    NIP002: The service start (TMT CPNS) in the NIP (November 1985) is before its holder turned 18 (December 1985; born 12 December 1967).`,
	},
	Run: func(p *reconcile.Pass) { reportNIP(p, nip.Dates) },
}
