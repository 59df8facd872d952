package rules

import (
	"time"

	"lkjip/reconcile"
)

// IDN003 checks the signing date (spec: it falls after the year's end and within the legal
// filing window, by default before 1 April of T+1).
var IDN003 = &reconcile.Rule{
	ID:       "IDN003",
	Severity: reconcile.Error,
	Scope:    reconcile.ScopeCell,
	Title:    reconcile.Text{ID: "Tanggal penandatanganan di luar masa pelaporan", EN: "Signing date outside the filing window"},
	Doc: reconcile.Text{
		ID: `Laporan kinerja tahun T ditandatangani setelah tahun itu berakhir dan sebelum batas penyampaiannya: bawaannya sebelum 1 April tahun T+1 (PermenPANRB 53/2014: paling lambat tiga bulan setelah tahun anggaran berakhir); pengaturan dapat mengubah batas itu. Tanggal yang tidak terbaca juga dilaporkan. Tanggal dibaca dari sel tanggal Excel, "25 Januari 2022", "25-01-2022" atau "2022-01-25". Temuan menunjuk sel Tanggal.

Contoh (tahun laporan 2021):
    Tanggal 25 Januari 2021
    IDN003: tanggal penandatanganan 25 Januari 2021 seharusnya antara 1 Januari 2022 dan 31 Maret 2022.`,
		EN: `The performance report of year T is signed after that year ends and before its filing deadline: by default before 1 April of T+1 (PermenPANRB 53/2014: at the latest three months after the fiscal year ends); the settings may move that deadline. A date that cannot be read is reported too. Dates are read from an Excel date cell, "25 Januari 2022", "25-01-2022" or "2022-01-25". The finding names the Tanggal cell.

Example (report year 2021):
    Tanggal 25 Januari 2021
    IDN003: the signing date 25 Januari 2021 should lie between 1 Januari 2022 and 31 Maret 2022.`,
	},
	Run: func(p *reconcile.Pass) {
		w := p.Workbook
		pair := w.Identitas.Get("Tanggal")
		if pair == nil || pair.Value.String() == "" || w.Year == 0 {
			return
		}
		d, ok := dateOf(pair.Value)
		if !ok {
			p.Report(pair.Value, reconcile.Msg("Tanggal penandatanganan %q tidak terbaca; tulis seperti 25 Januari 2022.",
				"The signing date %q cannot be read; write it as 25 Januari 2022.", pair.Value.String()), "", pair.Value.String())
			return
		}
		month, day := p.Settings.DeadlineMonth, p.Settings.DeadlineDay
		if month == 0 {
			month, day = 4, 1
		}
		from := time.Date(w.Year+1, 1, 1, 0, 0, 0, 0, time.UTC)
		deadline := time.Date(w.Year+1, time.Month(month), day, 0, 0, 0, 0, time.UTC)
		if !d.Before(from) && d.Before(deadline) {
			return
		}
		last := deadline.AddDate(0, 0, -1)
		p.Report(pair.Value, reconcile.Msg("Tanggal penandatanganan %s seharusnya antara %s dan %s.", "The signing date %s should lie between %s and %s.",
			tanggal(d), tanggal(from), tanggal(last)), from.Format("2006-01-02")+".."+last.Format("2006-01-02"), d.Format("2006-01-02"))
	},
}
