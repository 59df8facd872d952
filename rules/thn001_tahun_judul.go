package rules

import (
	"regexp"
	"strconv"
	"strings"

	"lkjip/reconcile"
	wb "lkjip/reconcile/workbook"
)

var reTitleYear = regexp.MustCompile(`\b(19|20)\d\d\b`)

// THN001 checks the years in the title rows above each table and list (spec: "every year in a
// header, label or title equals the report year"): a title left from last year's workbook is
// the commonest copy mistake.
var THN001 = &reconcile.Rule{
	ID:       "THN001",
	Severity: reconcile.Error,
	Scope:    reconcile.ScopeTable,
	Title:    reconcile.Text{ID: "Tahun pada judul tabel bukan tahun laporan", EN: "A table title's year is not the report year"},
	Doc: reconcile.Text{
		ID: `Judul di atas tabel (misalnya "LAPORAN REALISASI ANGGARAN TAHUN 2021") harus menyebut tahun laporan. Judul yang menyebut Renstra, RPJMD atau periode boleh memuat tahun-tahun periode Renstra. Temuan menunjuk sel judul, satu per judul.

Contoh (tahun laporan 2021):
    "PERJANJIAN KINERJA TAHUN 2020"
    THN001: judul "PERJANJIAN KINERJA TAHUN 2020" menyebut 2020; tahun laporan 2021.`,
		EN: `The titles above a table (for example "LAPORAN REALISASI ANGGARAN TAHUN 2021") must name the report year. A title that mentions the Renstra, the RPJMD or a period may carry the years of the Renstra period. The finding names the title's cell, one per title.

Example (report year 2021):
    "PERJANJIAN KINERJA TAHUN 2020"
    THN001: the title "PERJANJIAN KINERJA TAHUN 2020" names 2020; the report year is 2021.`,
	},
	Run: func(p *reconcile.Pass) {
		w := p.Workbook
		if w.Year == 0 {
			return
		}
		check := func(sh *wb.Sheet, from, to int) {
			for _, gr := range sh.Rows {
				if gr.Num < from || gr.Num > to {
					continue
				}
				for _, c := range gr.Cells {
					if c == nil || c.Kind != wb.Text {
						continue
					}
					checkTitle(p, c, w)
				}
			}
		}
		prevEnd := map[*wb.Sheet]int{}
		for _, t := range w.Tables {
			start := max(prevEnd[t.Sheet]+1, t.HeaderRows[0]-15)
			check(t.Sheet, start, t.HeaderRows[0]-1)
			end := t.HeaderRows[len(t.HeaderRows)-1]
			if t.Total != nil {
				end = t.Total.Num
			} else if n := len(t.Rows); n > 0 {
				end = t.Rows[n-1].Num
			}
			prevEnd[t.Sheet] = end
		}
		for _, pairs := range []*wb.Pairs{w.Identitas, w.Ringkasan} {
			if pairs == nil || len(pairs.Items) == 0 {
				continue
			}
			check(pairs.Sheet, 1, pairs.Items[0].Label.Row-1)
		}
	},
}

func checkTitle(p *reconcile.Pass, c *wb.Cell, w *wb.Workbook) {
	text := c.String()
	low := strings.ToLower(text)
	period := strings.Contains(low, "renstra") || strings.Contains(low, "rpjmd") || strings.Contains(low, "periode") || strings.Contains(low, "rencana strategis")
	for _, y := range reTitleYear.FindAllString(text, -1) {
		year, _ := strconv.Atoi(y)
		if year == w.Year || period && w.RenstraTo != 0 && year >= w.RenstraFrom && year <= w.RenstraTo {
			continue
		}
		p.Report(c, reconcile.Msg("Judul %q menyebut %d; tahun laporan %d.", "The title %q names %d; the report year is %d.", text, year, w.Year),
			strconv.Itoa(w.Year), y)
		return
	}
}
