package rules

import (
	"fmt"
	"time"

	"lkjip/reconcile"
)

// EKS006 flags an LRA export whose period is not the report year (issue #9): another year's
// books, or a part of the year (an export up to 30 Juni is a semester's realisation, while an
// LKjIP reports the whole year, Perpres 29/2014).
var EKS006 = &reconcile.Rule{
	ID:       "EKS006",
	Severity: reconcile.Error,
	Scope:    reconcile.ScopeFiles,
	Title:    reconcile.Text{ID: "Periode ekspor LRA bukan tahun laporan", EN: "LRA export period is not the report year"},
	Doc: reconcile.Text{
		ID: `Baris judul Periode (1 Januari 2021 s/d 31 Desember 2021) atau Tahun Anggaran ekspor LRA (lkjip check --lra) harus sama dengan Tahun Laporan di Identitas, dan periode yang bertanggal harus meliputi tahun itu penuh, 1 Januari sampai 31 Desember: LKjIP melaporkan realisasi setahun. Ekspor tahun lain tidak dibandingkan angkanya; ekspor sebagian tahun tetap dibandingkan (Anggarannya masih berlaku). Temuan menunjuk sel Tahun Laporan.

Contoh:
    Identitas:   Tahun Laporan 2021
    Ekspor LRA:  Periode : 1 Januari 2021 s/d 30 Juni 2021
    EKS006: Periode ekspor LRA (lra.xlsx, baris 4) bukan tahun 2021 penuh: realisasinya hanya sampai 30 Juni 2021.`,
		EN: `The Periode title line (1 Januari 2021 s/d 31 Desember 2021) or Tahun Anggaran of the LRA export (lkjip check --lra) must be the Tahun Laporan of Identitas, and a dated period must cover that whole year, 1 January to 31 December: an LKjIP reports a year's realisation. An export of another year is not compared; one of part of the year still is (its Anggaran holds). The finding names the Tahun Laporan cell.

Example:
    Identitas:   Tahun Laporan 2021
    LRA export:  Periode : 1 Januari 2021 s/d 30 Juni 2021
    EKS006: The period of the LRA export (lra.xlsx, row 4) is not the whole year 2021: its realisation runs to 30 Juni 2021 only.`,
	},
	Run: func(p *reconcile.Pass) {
		w, e := p.Workbook, p.Workbook.Export
		if e == nil || e.Table == nil || e.Year == 0 || w.Year == 0 || w.YearCell == nil {
			return
		}
		where := exportPlace(e, e.PeriodCell)
		if e.Year != w.Year {
			p.Report(w.YearCell, reconcile.Msg("Ekspor LRA (%s) adalah tahun %d, bukan tahun laporan %d; angkanya tidak dibandingkan.",
				"The LRA export (%s) is of %d, not of the report year %d; its figures are not compared.", where, e.Year, w.Year),
				fmt.Sprint(e.Year), fmt.Sprint(w.Year))
			return
		}
		first, last := time.Date(w.Year, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(w.Year, 12, 31, 0, 0, 0, 0, time.UTC)
		switch {
		case !e.To.IsZero() && !e.To.Equal(last):
			p.Report(w.YearCell, reconcile.Msg("Periode ekspor LRA (%s) bukan tahun %d penuh: realisasinya hanya sampai %s.",
				"The period of the LRA export (%s) is not the whole year %d: its realisation runs to %s only.", where, w.Year, tanggal(e.To)),
				tanggal(last), tanggal(e.To))
		case !e.From.IsZero() && !e.From.Equal(first):
			p.Report(w.YearCell, reconcile.Msg("Periode ekspor LRA (%s) bukan tahun %d penuh: mulai %s.",
				"The period of the LRA export (%s) is not the whole year %d: it starts on %s.", where, w.Year, tanggal(e.From)),
				tanggal(first), tanggal(e.From))
		}
	},
}
