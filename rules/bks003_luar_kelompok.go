package rules

import (
	"strconv"

	"lkjip/reconcile"
)

// BKS003 reports a file of another kabupaten, or of a year hardly any other file has, than
// the rest of the batch: usually a file sent to the wrong inspectorate, or last year's file
// sent again.
var BKS003 = &reconcile.Rule{
	ID:       "BKS003",
	Severity: reconcile.Warning,
	Scope:    reconcile.ScopeFiles,
	Title:    reconcile.Text{ID: "Berkas dari kabupaten atau tahun lain", EN: "A file of another kabupaten or year"},
	Doc: reconcile.Text{
		ID: `Satu pemeriksaan berkas banyak biasanya memuat unit-unit satu kabupaten untuk satu atau dua tahun. Berkas yang kabupatennya berbeda dari kabupaten mayoritas, atau yang tahunnya hanya dimiliki kurang dari seperempat berkas (dalam kelompok sedikitnya empat berkas), dilaporkan: mungkin salah kirim, atau berkas tahun lalu terkirim lagi.

Contoh (13 berkas Kabupaten Rembang 2023, satu Kabupaten Blora):
    BKS003: Kecamatan Cepu berasal dari Kabupaten Blora; berkas lain dari Kabupaten Rembang.`,
		EN: `A batch usually holds the units of one kabupaten for one or two years. A file whose kabupaten differs from the batch's majority, or whose year fewer than a quarter of the files share (in a batch of at least four files), is reported: it may have been sent to the wrong place, or last year's file sent again.

Example (13 files of Kabupaten Rembang 2023, one of Kabupaten Blora):
    BKS003: Kecamatan Cepu is of Kabupaten Blora; the other files are of Kabupaten Rembang.`,
	},
	RunBatch: func(p *reconcile.BatchPass) {
		rs := checked(p.Results)
		if len(rs) < 2 {
			return
		}
		kab := map[string]int{}
		years := map[int]int{}
		label := map[string]string{}
		for _, r := range rs {
			k := kabupatenName(r)
			if k != "" {
				kab[k]++
				label[k] = r.Summary.Kabupaten
			}
			years[r.Year]++
		}
		major, n := "", 0
		for k, c := range kab {
			if c > n || c == n && k < major {
				major, n = k, c
			}
		}
		for _, r := range rs {
			if k := kabupatenName(r); k != "" && k != major && n*2 > len(rs) {
				p.Report(r, "", "", reconcile.Msg("%s berasal dari %s; berkas lain dari %s.", "%s is of %s; the other files are of %s.",
					r.Unit, r.Summary.Kabupaten, label[major]), label[major], r.Summary.Kabupaten)
				continue
			}
			if len(rs) >= 4 && years[r.Year]*4 < len(rs) {
				p.Report(r, "", "", reconcile.Msg("%s melaporkan tahun %d, yang hanya dimiliki %d dari %d berkas.", "%s reports the year %d, which only %d of %d files have.",
					r.Unit, r.Year, years[r.Year], len(rs)), "", strconv.Itoa(r.Year))
			}
		}
	},
}
