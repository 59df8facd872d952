package rules

import (
	"lkjip/reconcile"
)

// EKS005 flags an LRA export of another unit than the workbook's (issue #9): the books of
// Kecamatan Lasem say nothing about the report of Kecamatan Kragan, and comparing them would
// flag every row. The figures are then not compared (EKS001-EKS003 say nothing).
var EKS005 = &reconcile.Rule{
	ID:       "EKS005",
	Severity: reconcile.Error,
	Scope:    reconcile.ScopeFiles,
	Title:    reconcile.Text{ID: "Ekspor LRA milik unit lain", EN: "LRA export of another unit"},
	Doc: reconcile.Text{
		ID: `Baris judul SKPD (atau Perangkat Daerah, Unit Organisasi, Organisasi) ekspor LRA (lkjip check --lra) harus menyebut unit yang sama dengan Nama Instansi di Identitas. Kode unit SIPD di depan nama, huruf besar-kecil dan tanda baca diabaikan, dan nama yang memuat nama lainnya utuh ("Kragan" dalam "Kecamatan Kragan") dianggap sama. Bila unitnya lain, angka tidak dibandingkan. Ekspor tanpa baris SKPD tidak diperiksa di sini. Temuan menunjuk sel Nama Instansi; nilai seharusnya adalah unit ekspor.

Contoh:
    Identitas:   Nama Instansi Kecamatan Kragan
    Ekspor LRA:  SKPD : 7.01.0.00.0.00.02.0000 Kecamatan Lasem
    EKS005: Ekspor LRA (lra.xlsx, baris 3) adalah milik Kecamatan Lasem, bukan Kecamatan Kragan; angkanya tidak dibandingkan.`,
		EN: `The SKPD title line (or Perangkat Daerah, Unit Organisasi, Organisasi) of the LRA export (lkjip check --lra) must name the unit of Nama Instansi in Identitas. A leading SIPD unit code, case and punctuation are ignored, and a name holding the other whole ("Kragan" in "Kecamatan Kragan") is the same. When the unit differs, the figures are not compared. An export without an SKPD line is not checked here. The finding names the Nama Instansi cell; the expected value is the export's unit.

Example:
    Identitas:   Nama Instansi Kecamatan Kragan
    LRA export:  SKPD : 7.01.0.00.0.00.02.0000 Kecamatan Lasem
    EKS005: The LRA export (lra.xlsx, row 3) belongs to Kecamatan Lasem, not Kecamatan Kragan; its figures are not compared.`,
	},
	Run: func(p *reconcile.Pass) {
		w, e := p.Workbook, p.Workbook.Export
		if e == nil || e.Table == nil || SameUnit(w.Unit, e.Unit) {
			return
		}
		pair := w.Identitas.Get("Nama Instansi")
		if pair == nil {
			return
		}
		p.Report(pair.Value, reconcile.Msg("Ekspor LRA (%s) adalah milik %s, bukan %s; angkanya tidak dibandingkan.",
			"The LRA export (%s) belongs to %s, not %s; its figures are not compared.",
			exportPlace(e, e.UnitCell), e.Unit, w.Unit), e.Unit, w.Unit)
	},
}
