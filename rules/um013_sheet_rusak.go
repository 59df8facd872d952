package rules

import (
	"lkjip/reconcile"
)

// UM013 reports a sheet whose XML ends before its end: the file was cut short, and the rows
// after the cut are lost. Row iterators stop there silently; the auditor must know.
var UM013 = &reconcile.Rule{
	ID:       "UM013",
	Severity: reconcile.Error,
	Scope:    reconcile.ScopeTable,
	Title:    reconcile.Text{ID: "Sheet rusak atau terpotong", EN: "Sheet damaged or cut short"},
	Doc: reconcile.Text{
		ID: `Isi sheet di dalam berkas berhenti sebelum akhirnya (berkas terpotong saat disalin atau diunduh). Baris setelah potongan hilang, sehingga pemeriksaan sheet ini tidak lengkap. Salin ulang berkas aslinya. Temuan menunjuk sel A1 sheet itu.

Contoh:
    berkas disalin dari flashdisk yang dicabut terlalu cepat
    UM013: sheet "Realisasi Anggaran" rusak: isinya berhenti sebelum akhir.`,
		EN: `The sheet's content inside the file stops before its end (the file was cut short while copied or downloaded). Rows after the cut are lost, so this sheet's check is incomplete. Copy the original file again. The finding names the sheet's cell A1.

Example:
    a file copied from a USB stick pulled out too early
    UM013: sheet "Realisasi Anggaran" is damaged: its content stops before its end.`,
	},
	Run: func(p *reconcile.Pass) {
		for _, sh := range p.Workbook.Sheets {
			if sh.Damaged == "" {
				continue
			}
			p.Report(sh.At(1, 1), reconcile.Msg("Sheet %q rusak (%s); pemeriksaannya tidak lengkap. Salin ulang berkas aslinya.",
				"Sheet %q is damaged (%s); its check is incomplete. Copy the original file again.", sh.Name, sh.Damaged), "", "")
		}
	},
}
