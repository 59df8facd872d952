package rules

import (
	"regexp"
	"slices"
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
		ID: `Judul di atas tabel (misalnya "LAPORAN REALISASI ANGGARAN TAHUN 2021") harus menyebut tahun laporan. Judul yang menyebut Renstra, RPJMD atau periode boleh memuat tahun-tahun periode Renstra. Temuan menunjuk sel judul, satu per judul; bila judul hanya menyebut tahun yang salah itu, judul dengan tahun laporan menjadi perbaikannya (judul yang juga menyebut tahun lain atau periode tidak punya satu isi yang benar). Beberapa baris judul di atas satu tabel yang semuanya meleset sejumlah tahun yang sama adalah satu kesalahan, seperti judul kolom (PGK004): satu temuan di judul pertama, dan temuan ikutan (Because) di judul lainnya yang tidak dihitung. Judul tabel-tabel yang berlainan tetap temuan masing-masing: setiap judul ditulis di tempatnya sendiri.

Contoh (tahun laporan 2021):
    "PERJANJIAN KINERJA TAHUN 2020"
    THN001: judul "PERJANJIAN KINERJA TAHUN 2020" menyebut 2020; tahun laporan 2021. Perbaikan: "PERJANJIAN KINERJA TAHUN 2021".`,
		EN: `The titles above a table (for example "LAPORAN REALISASI ANGGARAN TAHUN 2021") must name the report year. A title that mentions the Renstra, the RPJMD or a period may carry the years of the Renstra period. The finding names the title's cell, one per title; when the title names only that wrong year, the title with the report year is its fix (a title that also names another year or a period has no one right content). Several title rows above one table all off by the same number of years are one mistake, as column labels are (PGK004): one finding at the first title, and following findings (Because) at the others, which do not count. The titles of different tables remain findings of their own: each title is written in its own place.

Example (report year 2021):
    "PERJANJIAN KINERJA TAHUN 2020"
    THN001: the title "PERJANJIAN KINERJA TAHUN 2020" names 2020; the report year is 2021. Fix: "PERJANJIAN KINERJA TAHUN 2021".`,
	},
	Run: func(p *reconcile.Pass) {
		w := p.Workbook
		if w.Year == 0 {
			return
		}
		// The titles above one table are one block: titles of a block all off by the same
		// number of years are one mistake (reportSlips).
		check := func(sh *wb.Sheet, from, to int) {
			var slips []yearSlip
			for _, gr := range sh.Rows {
				if gr.Num < from || gr.Num > to {
					continue
				}
				for _, c := range gr.Cells {
					if c == nil || c.Kind != wb.Text {
						continue
					}
					if s, ok := titleSlip(c, w); ok {
						slips = append(slips, s)
					}
				}
			}
			reportSlips(p, tableTitles, slips)
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

// titleSlip judges one title: its first year that is neither the report year nor, in a title
// about the Renstra or a period, a year of the Renstra period. The fix writes the report year
// in place of that year, when every year the title writes is that one ("PERJANJIAN KINERJA
// TAHUN 2022"): a title that also names another year ("CAPAIAN 2019-2020", "CAPAIAN 2022
// DAN 2023") or a period ("RENSTRA 2016-2021") has no one right content to write.
func titleSlip(c *wb.Cell, w *wb.Workbook) (yearSlip, bool) {
	text := c.String()
	low := strings.ToLower(text)
	period := strings.Contains(low, "renstra") || strings.Contains(low, "rpjmd") || strings.Contains(low, "periode") || strings.Contains(low, "rencana strategis")
	years := reTitleYear.FindAllString(text, -1)
	for _, y := range years {
		year, _ := strconv.Atoi(y)
		if year == w.Year || period && w.RenstraTo != 0 && year >= w.RenstraFrom && year <= w.RenstraTo {
			continue
		}
		fix := ""
		if !period && !slices.ContainsFunc(years, func(o string) bool { return o != y }) {
			fix = reTitleYear.ReplaceAllString(text, strconv.Itoa(w.Year))
		}
		return yearSlip{cell: c, got: year, want: w.Year, fix: fix,
			alone: reconcile.Msg("Judul %q menyebut %d; tahun laporan %d.", "The title %q names %d; the report year is %d.", text, year, w.Year)}, true
	}
	return yearSlip{}, false
}
