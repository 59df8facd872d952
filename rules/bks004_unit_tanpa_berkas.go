package rules

import (
	"lkjip/reconcile"
)

// BKS004 reports a unit of the settings' unit list with no workbook in the batch (the
// Inspektorat knows which units must report; a missing one is the first thing it chases).
var BKS004 = &reconcile.Rule{
	ID:       "BKS004",
	Severity: reconcile.Error,
	Scope:    reconcile.ScopeFiles,
	Title:    reconcile.Text{ID: "Unit dalam daftar tanpa buku kerja", EN: "A listed unit without a workbook"},
	Doc: reconcile.Text{
		ID: `Pengaturan dapat mendaftar unit yang harus melapor (units, misalnya 14 kecamatan Kabupaten Rembang). Unit dalam daftar yang tidak memiliki buku kerja di antara berkas yang diperiksa dilaporkan, sebagai baris tersendiri tanpa berkas. Nama dicocokkan tanpa kata "Kecamatan", huruf besar/kecil dan tanda baca.

Contoh:
    units memuat Kecamatan Sluke; tidak ada berkas Sluke
    BKS004: Kecamatan Sluke (Kabupaten Rembang) ada dalam daftar unit tetapi tidak mengirim buku kerja.`,
		EN: `The settings may list the units that must report (units, for example the 14 kecamatan of Kabupaten Rembang). A listed unit with no workbook among the files checked is reported, as a row of its own without a file. Names are matched without the word "Kecamatan", case and punctuation.

Example:
    units lists Kecamatan Sluke; no Sluke file
    BKS004: Kecamatan Sluke (Kabupaten Rembang) is on the unit list but sent no workbook.`,
	},
	RunBatch: func(p *reconcile.BatchPass) {
		if p.Settings == nil || len(p.Settings.Units) == 0 {
			return
		}
		have := map[string]bool{}
		for _, r := range checked(p.Results) {
			have[unitName(r.Unit)] = true
		}
		for _, u := range p.Settings.Units {
			if have[unitName(u.Name)] {
				continue
			}
			p.ReportMissing(u.Name, reconcile.Msg("%s (%s) ada dalam daftar unit tetapi tidak mengirim buku kerja.", "%s (%s) is on the unit list but sent no workbook.",
				u.Name, u.Kabupaten), u.Name)
		}
	},
}
