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
		ID: `Isi sheet di dalam berkas berhenti sebelum akhirnya (berkas terpotong saat disalin atau diunduh). Baris setelah potongan hilang. Angka sheet itu tidak dipakai dalam rekonsiliasi: tidak ada jumlah, selisih persentase atau salinan yang diperiksa dengan angkanya, baik di sheet itu maupun di sheet lain (Identitas, PK, Ringkasan tidak dibandingkan dengan total yang terpotong). Salin ulang berkas aslinya. Temuan menunjuk sel A1 sheet itu.

Contoh:
    berkas disalin dari flashdisk yang dicabut terlalu cepat
    UM013: sheet "Realisasi Anggaran" rusak: isinya berhenti sebelum akhir.`,
		EN: `The sheet's content inside the file stops before its end (the file was cut short while copied or downloaded). Rows after the cut are lost. The sheet's figures take part in no reconciliation: no sum, difference, percentage or copy is checked with them, on that sheet or another (Identitas, PK and Ringkasan are not compared with a total cut short). Copy the original file again. The finding names the sheet's cell A1.

Example:
    a file copied from a USB stick pulled out too early
    UM013: sheet "Realisasi Anggaran" is damaged: its content stops before its end.`,
	},
	Run: func(p *reconcile.Pass) {
		for _, sh := range p.Workbook.Sheets {
			if sh.Damaged == "" {
				continue
			}
			p.Report(sh.At(1, 1), reconcile.Msg("Sheet %q rusak (%s): jumlah, selisih, persentase dan salinan yang memakai angkanya tidak diperiksa, di sheet ini maupun di sheet lain. Salin ulang berkas aslinya.",
				"Sheet %q is damaged (%s): no sum, difference, percentage or copy that uses its figures is checked, on this sheet or another. Copy the original file again.", sh.Name, sh.Damaged), "", "")
		}
	},
}
