package rules

import (
	"fmt"
	"path/filepath"
	"strings"

	"lkjip/reconcile"
	"lkjip/reconcile/number"
)

// lastYear pairs each result with the same unit's results of the year before that the batch
// holds: every submission of year T is compared, duplicates of T included (each is a
// submission of its own), with every submission of T-1. Two submissions of T-1 are BKS001's or
// BKS002's business; which of them is last year's report, this rule cannot tell, so a figure
// agreeing with either is right (compareWithLastYear).
func lastYear(results []*reconcile.Result) []yearPair {
	type key struct {
		unit string
		year int
	}
	by := map[key][]*reconcile.Result{}
	rs := checked(results)
	for _, r := range rs {
		k := key{unitKey(r), r.Year}
		by[k] = append(by[k], r)
	}
	var out []yearPair
	for _, r := range rs {
		if prev := by[key{unitKey(r), r.Year - 1}]; len(prev) > 0 {
			out = append(out, yearPair{now: r, prev: prev})
		}
	}
	return out
}

// yearPair is a submission and the same unit's submissions of the year before.
type yearPair struct {
	now  *reconcile.Result
	prev []*reconcile.Result
}

// lastYearFigure is what one of last year's submissions wrote for an indicator.
type lastYearFigure struct {
	file   *reconcile.Result
	sheet  string
	figure reconcile.Figure
}

// compareWithLastYear reports each indicator whose figure for an earlier year (offset 1 or 2
// in this year's workbook) differs from what last year's workbook wrote for it (offset
// minus one there). Where last year's report was sent twice, the figure is compared with
// each: it is right when it agrees with either, and otherwise the finding names every file
// and what each wrote (the expected value is theirs when they agree, none when they do not).
func compareWithLastYear(p *reconcile.BatchPass, offset int) {
	indicators := map[*reconcile.Result]map[string]reconcile.Indicator{}
	indicatorsOf := func(r *reconcile.Result) map[string]reconcile.Indicator {
		if m, ok := indicators[r]; ok {
			return m
		}
		list, err := r.Indicators()
		if err != nil {
			panic(err) // RunBatch reports it as an internal error
		}
		m := make(map[string]reconcile.Indicator, len(list))
		for _, ind := range list {
			if _, dup := m[ind.Key]; !dup {
				m[ind.Key] = ind
			}
		}
		indicators[r] = m
		return m
	}
	for _, pair := range lastYear(p.Results) {
		now := pair.now
		current, err := now.Indicators()
		if err != nil {
			panic(err)
		}
		for _, ind := range current {
			mine := ind.Capaian[offset]
			if !mine.Present {
				continue
			}
			var theirs []lastYearFigure
			agrees := false
			for _, prev := range pair.prev {
				old, ok := indicatorsOf(prev)[ind.Key]
				if !ok || !old.Capaian[offset-1].Present {
					continue
				}
				f := old.Capaian[offset-1]
				theirs = append(theirs, lastYearFigure{file: prev, sheet: old.Sheet, figure: f})
				if number.Equal(mine.Value, mine.Decimals, f.Value, p.Settings.Tolerance(p.Rule.ID)) {
					agrees = true
				}
			}
			if len(theirs) == 0 || agrees {
				continue
			}
			reportLastYear(p, now, ind, mine, offset, theirs)
		}
	}
}

// reportLastYear reports this year's figure against what last year's submissions wrote, each
// named as Excel names a cell of another workbook: [kragan-2021.xlsx]Pengukuran!H7.
func reportLastYear(p *reconcile.BatchPass, now *reconcile.Result, ind reconcile.Indicator, mine reconcile.Figure, offset int, theirs []lastYearFigure) {
	at := func(t lastYearFigure) string {
		return fmt.Sprintf("[%s]%s!%s", filepath.Base(t.file.Path), t.sheet, t.figure.Cell)
	}
	expected := number.Plain(number.Round(theirs[0].figure.Value, mine.Decimals), mine.Decimals)
	var id, en []string
	for _, t := range theirs {
		m := reconcile.Msg("%s menulis %s", "%s says %s", at(t), reconcile.Fig{Value: t.figure.Value, Places: t.figure.Decimals})
		id, en = append(id, m.ID), append(en, m.EN)
		if number.Plain(number.Round(t.figure.Value, mine.Decimals), mine.Decimals) != expected {
			expected = "" // last year's submissions disagree: no one figure this one should be
		}
	}
	year := theirs[0].file.Year
	says := reconcile.Fig{Value: mine.Value, Places: mine.Decimals}
	msg := reconcile.Msg("%q: %% Capaian %d tertulis %s, tetapi laporan %d (%s) menulis %s.", "%q: %% Capaian %d says %s, but the %d report (%s) says %s.",
		ind.Name, now.Year-offset, says, year, at(theirs[0]), reconcile.Fig{Value: theirs[0].figure.Value, Places: theirs[0].figure.Decimals})
	if len(theirs) > 1 {
		msg = reconcile.Msg("%q: %% Capaian %d tertulis %s, tetapi laporan %d dikirim %d kali dan tidak ada yang sama: %s.",
			"%q: %% Capaian %d says %s, but the %d report was sent %d times and none agrees: %s.",
			ind.Name, now.Year-offset, says, year, len(theirs), reconcile.Text{ID: strings.Join(id, "; "), EN: strings.Join(en, "; ")})
	}
	p.Report(now, ind.Sheet, mine.Cell, msg, expected, number.Plain(mine.Value, mine.Decimals))
}

// BKS005 checks this year's % Capaian T-1 per indicator against last year's own % Capaian T,
// where last year's workbook of the same unit is in the batch.
var BKS005 = &reconcile.Rule{
	ID:       "BKS005",
	Severity: reconcile.Error,
	Scope:    reconcile.ScopeFiles,
	Title:    reconcile.Text{ID: "% Capaian tahun lalu tidak sama dengan laporan tahun lalu", EN: "Last year's % Capaian differs from last year's report"},
	Doc: reconcile.Text{
		ID: `Bila buku kerja tahun lalu unit yang sama ikut diperiksa, % Capaian T-1 setiap indikator tahun ini harus sama dengan % Capaian T yang ditulis laporan tahun lalu untuk indikator itu (dicocokkan menurut teks sasaran dan indikatornya), pada desimal yang ditampilkan. Temuan menunjuk sel % Capaian T-1 tahun ini dan menyebut berkas tahun lalu yang dibandingkan. Setiap kiriman tahun ini dibandingkan, juga bila unit mengirim tahun ini dua kali (BKS001, BKS002). Bila laporan tahun lalu dikirim dua kali, angka dibandingkan dengan keduanya: angka yang sama dengan salah satunya benar (mana yang laporan tahun lalu yang sah, aturan ini tidak tahu; itu urusan BKS001/BKS002), dan angka yang berbeda dari keduanya satu temuan yang menyebut setiap berkas dan angkanya (nilai seharusnya hanya diisi bila kedua berkas sepakat).

Contoh:
    Kragan 2022: % Capaian 2021 "Persentase Ketercapaian Pelayanan Umum" 98,00; Kragan 2021: % Capaian 2021 98,32
    BKS005: % Capaian 2021 tertulis 98,00, tetapi laporan 2021 ([kragan-2021.xlsx]Pengukuran!H7) menulis 98,32.
    Dengan kragan-2021.xlsx dan kragan-2021-revisi.xlsx yang menulis 98,32 dan 97,50: ... tetapi laporan 2021 dikirim 2 kali dan tidak ada yang sama: [kragan-2021.xlsx]Pengukuran!H7 menulis 98,32; [kragan-2021-revisi.xlsx]Pengukuran!H7 menulis 97,50.`,
		EN: `Where last year's workbook of the same unit is checked too, this year's % Capaian T-1 of each indicator must equal the % Capaian T that last year's report wrote for it (matched by the sasaran's and indicator's text), at the decimals shown. The finding names this year's % Capaian T-1 cell and the file of last year it was compared with. Every submission of this year is compared, also when the unit sent this year's twice (BKS001, BKS002). Where last year's report was sent twice, the figure is compared with both: a figure equal to either is right (which one is last year's real report, this rule cannot tell; that is BKS001/BKS002's business), and a figure differing from both is one finding naming each file and its figure (the expected value is set only when both files agree).

Example:
    Kragan 2022: % Capaian 2021 "Persentase Ketercapaian Pelayanan Umum" 98.00; Kragan 2021: % Capaian 2021 98.32
    BKS005: % Capaian 2021 says 98.00, but the 2021 report ([kragan-2021.xlsx]Pengukuran!H7) says 98.32.
    With kragan-2021.xlsx and kragan-2021-revisi.xlsx saying 98.32 and 97.50: ... but the 2021 report was sent 2 times and none agrees: [kragan-2021.xlsx]Pengukuran!H7 says 98.32; [kragan-2021-revisi.xlsx]Pengukuran!H7 says 97.50.`,
	},
	RunBatch: func(p *reconcile.BatchPass) { compareWithLastYear(p, 1) },
}

// BKS006 checks this year's % Capaian T-2 against last year's % Capaian T-1: the prior-year
// figures of two consecutive reports must agree.
var BKS006 = &reconcile.Rule{
	ID:       "BKS006",
	Severity: reconcile.Error,
	Scope:    reconcile.ScopeFiles,
	Title:    reconcile.Text{ID: "% Capaian dua tahun lalu tidak sama dengan laporan tahun lalu", EN: "The % Capaian of two years ago differs from last year's report"},
	Doc: reconcile.Text{
		ID: `Bila buku kerja tahun lalu unit yang sama ikut diperiksa, % Capaian T-2 setiap indikator tahun ini harus sama dengan % Capaian T-1 laporan tahun lalu untuk indikator itu: angka tahun-tahun sebelumnya dari dua laporan berturut-turut harus sepakat. Temuan menunjuk sel % Capaian T-2 tahun ini dan menyebut berkas tahun lalu yang dibandingkan. Kiriman ganda dibandingkan seperti pada BKS005: setiap kiriman tahun ini, dengan setiap kiriman tahun lalu.

Contoh:
    Kragan 2022: % Capaian 2020 92,60; Kragan 2021: % Capaian 2020 89,96
    BKS006: % Capaian 2020 tertulis 92,60, tetapi laporan 2021 ([kragan-2021.xlsx]Pengukuran!I7) menulis 89,96.`,
		EN: `Where last year's workbook of the same unit is checked too, this year's % Capaian T-2 of each indicator must equal last year's % Capaian T-1 for it: the prior-year figures of two consecutive reports must agree. The finding names this year's % Capaian T-2 cell and the file of last year it was compared with. Double submissions are compared as in BKS005: every submission of this year, with every submission of last year.

Example:
    Kragan 2022: % Capaian 2020 92.60; Kragan 2021: % Capaian 2020 89.96
    BKS006: % Capaian 2020 says 92.60, but the 2021 report ([kragan-2021.xlsx]Pengukuran!I7) says 89.96.`,
	},
	RunBatch: func(p *reconcile.BatchPass) { compareWithLastYear(p, 2) },
}
