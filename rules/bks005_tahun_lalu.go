package rules

import (
	"errors"

	"lkjip/reconcile"
	"lkjip/reconcile/number"
)

// lastYear pairs each result with the same unit's result of the year before, where the batch
// holds it (and holds it once: a duplicate is BKS001/BKS002's business).
func lastYear(results []*reconcile.Result) [][2]*reconcile.Result {
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
	var out [][2]*reconcile.Result
	for _, r := range rs {
		prev := by[key{unitKey(r), r.Year - 1}]
		if len(prev) == 1 && len(by[key{unitKey(r), r.Year}]) == 1 {
			out = append(out, [2]*reconcile.Result{r, prev[0]})
		}
	}
	return out
}

// compareWithLastYear reports each indicator whose figure for an earlier year (offset 1 or 2
// in this year's workbook) differs from what last year's workbook wrote for it (offset
// minus one there).
func compareWithLastYear(p *reconcile.BatchPass, offset int) {
	for _, pair := range lastYear(p.Results) {
		now, prev := pair[0], pair[1]
		before, err1 := prev.Indicators()
		current, err2 := now.Indicators()
		if err := errors.Join(err1, err2); err != nil {
			panic(err) // RunBatch reports it as an internal error
		}
		earlier := map[string]reconcile.Indicator{}
		for _, ind := range before {
			earlier[ind.Key] = ind
		}
		for _, ind := range current {
			old, ok := earlier[ind.Key]
			mine, theirs := ind.Capaian[offset], old.Capaian[offset-1]
			if !ok || !mine.Present || !theirs.Present {
				continue
			}
			if number.Equal(mine.Value, mine.Decimals, theirs.Value, p.Settings.Tolerance(p.Rule.ID)) {
				continue
			}
			want := number.Round(theirs.Value, mine.Decimals)
			p.Report(now, ind.Sheet, mine.Cell, reconcile.Msg("%q: %% Capaian %d tertulis %s, tetapi laporan %d (%s!%s) menulis %s.",
				"%q: %% Capaian %d says %s, but the %d report (%s!%s) says %s.",
				ind.Name, now.Year-offset, reconcile.Fig{Value: mine.Value, Places: mine.Decimals}, prev.Year, ind.Sheet, theirs.Cell,
				reconcile.Fig{Value: theirs.Value, Places: theirs.Decimals}), number.Plain(want, mine.Decimals), number.Plain(mine.Value, mine.Decimals))
		}
	}
}

// BKS005 checks this year's % Capaian T-1 per indicator against last year's own % Capaian T,
// where last year's workbook of the same unit is in the batch.
var BKS005 = &reconcile.Rule{
	ID:       "BKS005",
	Severity: reconcile.Error,
	Scope:    reconcile.ScopeFiles,
	Title:    reconcile.Text{ID: "% Capaian tahun lalu tidak sama dengan laporan tahun lalu", EN: "Last year's % Capaian differs from last year's report"},
	Doc: reconcile.Text{
		ID: `Bila buku kerja tahun lalu unit yang sama ikut diperiksa, % Capaian T-1 setiap indikator tahun ini harus sama dengan % Capaian T yang ditulis laporan tahun lalu untuk indikator itu (dicocokkan menurut teks sasaran dan indikatornya), pada desimal yang ditampilkan. Temuan menunjuk sel % Capaian T-1 tahun ini.

Contoh:
    Kragan 2022: % Capaian 2021 "Persentase Ketercapaian Pelayanan Umum" 98,00; Kragan 2021: % Capaian 2021 98,32
    BKS005: % Capaian 2021 tertulis 98,00, tetapi laporan 2021 menulis 98,32.`,
		EN: `Where last year's workbook of the same unit is checked too, this year's % Capaian T-1 of each indicator must equal the % Capaian T that last year's report wrote for it (matched by the sasaran's and indicator's text), at the decimals shown. The finding names this year's % Capaian T-1 cell.

Example:
    Kragan 2022: % Capaian 2021 "Persentase Ketercapaian Pelayanan Umum" 98.00; Kragan 2021: % Capaian 2021 98.32
    BKS005: % Capaian 2021 says 98.00, but the 2021 report says 98.32.`,
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
		ID: `Bila buku kerja tahun lalu unit yang sama ikut diperiksa, % Capaian T-2 setiap indikator tahun ini harus sama dengan % Capaian T-1 laporan tahun lalu untuk indikator itu: angka tahun-tahun sebelumnya dari dua laporan berturut-turut harus sepakat. Temuan menunjuk sel % Capaian T-2 tahun ini.

Contoh:
    Kragan 2022: % Capaian 2020 92,60; Kragan 2021: % Capaian 2020 89,96
    BKS006: % Capaian 2020 tertulis 92,60, tetapi laporan 2021 menulis 89,96.`,
		EN: `Where last year's workbook of the same unit is checked too, this year's % Capaian T-2 of each indicator must equal last year's % Capaian T-1 for it: the prior-year figures of two consecutive reports must agree. The finding names this year's % Capaian T-2 cell.

Example:
    Kragan 2022: % Capaian 2020 92.60; Kragan 2021: % Capaian 2020 89.96
    BKS006: % Capaian 2020 says 92.60, but the 2021 report says 89.96.`,
	},
	RunBatch: func(p *reconcile.BatchPass) { compareWithLastYear(p, 2) },
}
