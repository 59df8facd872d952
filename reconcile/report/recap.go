package report

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/tw"
	"github.com/shopspring/decimal"

	"lkjip/reconcile"
	"lkjip/reconcile/number"
)

// RecapRow is one unit and year of a batch recap: what an Inspektorat puts in front of the
// Bupati. Figures are exact; Serapan and AvgCapaian are rounded to two decimals.
type RecapRow struct {
	Unit       string `json:"unit"`
	Kabupaten  string `json:"kabupaten,omitempty"`
	Year       int    `json:"year,omitempty"`
	Path       string `json:"path"`
	Errors     int    `json:"errors"`
	Warnings   int    `json:"warnings"`
	Unreadable bool   `json:"unreadable,omitempty"`
	Pagu       string `json:"pagu,omitempty"`
	Realisasi  string `json:"realisasi,omitempty"`
	Serapan    string `json:"serapan,omitempty"`
	AvgCapaian string `json:"avg_capaian,omitempty"`
	Predikat   string `json:"predikat,omitempty"`
	// Reported are % serapan, the average capaian and the predikat as the unit's Ringkasan
	// writes them, beside lkjip's own (Serapan, AvgCapaian, Predikat); nil without them.
	Reported *RecapReported `json:"reported,omitempty"`
	// Duplicate is the file of an earlier row of the same unit and year: a second submission,
	// listed, not added to the totals.
	Duplicate string `json:"duplicate_of,omitempty"`
	// Total marks a row of totals (one per year).
	Total bool `json:"total,omitempty"`
}

// RecapReported are a unit's own summary figures, as its Ringkasan writes them.
type RecapReported struct {
	Serapan    string `json:"serapan,omitempty"`
	AvgCapaian string `json:"avg_capaian,omitempty"`
	Predikat   string `json:"predikat,omitempty"`
}

// withReported shows lkjip's figure with the unit's beside it where the two differ:
// "Amat Baik (Ringkasan: Baik)". Figures are compared as the decimals they are.
func withReported(mine, theirs, lang string, figure bool) string {
	shown := mine
	if figure {
		shown = display(mine, lang)
	}
	if theirs == "" || theirs == mine {
		return shown
	}
	if figure {
		a, err1 := decimal.NewFromString(mine)
		b, err2 := decimal.NewFromString(theirs)
		if err1 == nil && err2 == nil && a.Equal(b) {
			return shown
		}
		theirs = display(theirs, lang)
	} else if strings.EqualFold(strings.Join(strings.Fields(mine), ""), strings.Join(strings.Fields(theirs), "")) {
		return shown
	}
	return fmt.Sprintf("%s (Ringkasan: %s)", shown, theirs)
}

// Recap builds one row per result, in the order of the results.
func Recap(results []*reconcile.Result) []RecapRow {
	out := []RecapRow{}
	for _, r := range results {
		if r.About == "settings" {
			continue // not a unit
		}
		row := RecapRow{Unit: r.Unit, Year: r.Year, Path: r.Path, Errors: r.Count(reconcile.Error), Warnings: r.Count(reconcile.Warning), Unreadable: r.Err != nil}
		if row.Unit == "" {
			row.Unit = filepath.Base(r.Path)
		}
		if s := r.Summary; s != nil {
			row.Kabupaten = s.Kabupaten
			if s.HasBudget {
				row.Pagu, row.Realisasi = s.Pagu.String(), s.Realisasi.String()
				if !s.Pagu.IsZero() {
					row.Serapan = number.Plain(number.Round(s.Serapan, 2), 2)
				}
			}
			if s.HasCapaian {
				row.AvgCapaian, row.Predikat = number.Plain(number.Round(s.AvgCapaian, 2), 2), s.Predikat
			}
			if rp := s.Reported; rp.Serapan != "" || rp.AvgCapaian != "" || rp.Predikat != "" {
				row.Reported = &RecapReported{Serapan: rp.Serapan, AvgCapaian: rp.AvgCapaian, Predikat: rp.Predikat}
			}
		}
		out = append(out, row)
	}
	first := map[string]string{}
	for i, row := range out {
		if row.Unreadable || row.Year == 0 {
			continue
		}
		k := strings.ToLower(strings.Join(strings.Fields(row.Unit), " ")) + "\x00" + strconv.Itoa(row.Year)
		if p, ok := first[k]; ok {
			out[i].Duplicate = p
		} else {
			first[k] = row.Path
		}
	}
	return out
}

// RecapTotals adds up a recap by year: a total per year (never across years: a unit's 2021
// and 2023 budgets are no one sum), a second submission of a unit and year not counted again.
// One year gives one row "Jumlah"; several give "Jumlah 2021", "Jumlah 2023" in year order.
func RecapTotals(rows []RecapRow) []RecapRow {
	var years []int
	by := map[int][]RecapRow{}
	for _, r := range rows {
		if r.Duplicate != "" || r.Unreadable {
			continue
		}
		if _, ok := by[r.Year]; !ok {
			years = append(years, r.Year)
		}
		by[r.Year] = append(by[r.Year], r)
	}
	sort.Ints(years)
	var out []RecapRow
	for _, y := range years {
		t := RecapTotal(by[y])
		t.Year, t.Total = y, true
		if len(years) > 1 {
			if y == 0 {
				t.Unit = "Jumlah (tahun tidak diketahui)"
			} else {
				t.Unit = fmt.Sprintf("Jumlah %d", y)
			}
		}
		out = append(out, t)
	}
	if len(out) == 0 {
		t := RecapTotal(nil)
		t.Total = true
		out = append(out, t)
	}
	return out
}

// RecapTotal adds up a recap: errors, warnings, pagu and realisasi, and the % serapan of the
// totals (not the average of the units' percentages).
func RecapTotal(rows []RecapRow) RecapRow {
	t := RecapRow{Unit: "Jumlah", Total: true}
	pagu, real := decimal.Zero, decimal.Zero
	have := false
	for _, r := range rows {
		t.Errors += r.Errors
		t.Warnings += r.Warnings
		if r.Pagu != "" {
			pagu = pagu.Add(decimal.RequireFromString(r.Pagu))
			real = real.Add(decimal.RequireFromString(r.Realisasi))
			have = true
		}
	}
	if have {
		t.Pagu, t.Realisasi = pagu.String(), real.String()
		if !pagu.IsZero() {
			t.Serapan = number.Plain(number.Round(real.Mul(decimal.NewFromInt(100)).DivRound(pagu, 30), 2), 2)
		}
	}
	return t
}

var recapWords = map[string]reconcile.Text{
	"title":     {ID: "Rekap per unit", EN: "Recap by unit"},
	"unit":      {ID: "Unit", EN: "Unit"},
	"year":      {ID: "Tahun", EN: "Year"},
	"errors":    {ID: "Kesalahan", EN: "Errors"},
	"warnings":  {ID: "Peringatan", EN: "Warnings"},
	"pagu":      {ID: "Pagu", EN: "Budget"},
	"realisasi": {ID: "Realisasi", EN: "Realised"},
	// Serapan, the average capaian and the predikat are lkjip's own computation from the
	// detail (Realisasi / Pagu, the sasaran's capaian, the scale), not the unit's Ringkasan:
	// the headers say so, so that nobody reads them as what the unit reported.
	"serapan":   {ID: "% Serapan (dihitung lkjip)", EN: "% Absorbed (computed by lkjip)"},
	"capaian":   {ID: "Rata-rata Capaian (dihitung lkjip)", EN: "Average capaian (computed by lkjip)"},
	"predikat":  {ID: "Predikat (dihitung lkjip)", EN: "Predikat (computed by lkjip)"},
	"file":      {ID: "Berkas", EN: "File"},
	"duplicate": {ID: "kiriman ganda, tidak dijumlahkan", EN: "a second submission, not added"},
	// What the unit's Ringkasan writes, beside lkjip's computation.
	"serapanReported":  {ID: "% Serapan (Ringkasan)", EN: "% Absorbed (Ringkasan)"},
	"capaianReported":  {ID: "Rata-rata Capaian (Ringkasan)", EN: "Average capaian (Ringkasan)"},
	"predikatReported": {ID: "Predikat (Ringkasan)", EN: "Predikat (Ringkasan)"},
	"unread":           {ID: "tidak terbaca", EN: "unreadable"},
}

func rw(key, lang string) string { return recapWords[key].In(lang) }

// recapUnit is a recap row's unit as shown: a second submission says so.
func recapUnit(r RecapRow, lang string) string {
	if r.Duplicate != "" {
		return r.Unit + " (" + rw("duplicate", lang) + ")"
	}
	return r.Unit
}

// recapText prints the recap as a terminal table with a total row, or, where the table is
// wider than width, one block per unit.
func recapText(out io.Writer, rows []RecapRow, lang string, width int) error {
	fmt.Fprintf(out, "\n%s\n", rw("title", lang))
	var b bytes.Buffer
	if err := recapTable(&b, rows, lang); err != nil {
		return err
	}
	if line, _, _ := strings.Cut(b.String(), "\n"); textWidth(line) <= width {
		_, err := out.Write(b.Bytes())
		return err
	}
	for _, r := range append(rows, RecapTotals(rows)...) {
		head := recapUnit(r, lang)
		if r.Year != 0 {
			head += fmt.Sprintf(" · %d", r.Year)
		}
		if r.Path != "" {
			head += " · " + filepath.Base(r.Path)
		}
		var figs []string
		if r.Unreadable {
			figs = append(figs, rw("unread", lang))
		} else {
			figs = append(figs, fmt.Sprintf("%s %d", strings.ToLower(rw("errors", lang)), r.Errors), fmt.Sprintf("%s %d", strings.ToLower(rw("warnings", lang)), r.Warnings))
		}
		rep := r.Reported
		if rep == nil {
			rep = &RecapReported{}
		}
		for _, f := range [][2]string{{"pagu", display(r.Pagu, lang)}, {"realisasi", display(r.Realisasi, lang)},
			{"serapan", withReported(r.Serapan, rep.Serapan, lang, true)}, {"capaian", withReported(r.AvgCapaian, rep.AvgCapaian, lang, true)},
			{"predikat", withReported(r.Predikat, rep.Predikat, lang, false)}} {
			if f[1] != "" {
				figs = append(figs, rw(f[0], lang)+" "+f[1])
			}
		}
		fmt.Fprintln(out)
		if err := writeWrapped(out, head, width, "  ", "    "); err != nil {
			return err
		}
		if err := writeWrapped(out, strings.Join(figs, " · "), width, "    ", "    "); err != nil {
			return err
		}
	}
	return nil
}

// recapTable draws the recap as a table with a total row.
func recapTable(out io.Writer, rows []RecapRow, lang string) error {
	t := tablewriter.NewTable(out, tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithRowAutoWrap(tw.WrapNormal), tablewriter.WithRowMaxWidth(28),
		tablewriter.WithRowAlignmentConfig(tw.CellAlignment{PerColumn: []tw.Align{tw.AlignLeft, tw.AlignLeft, tw.AlignRight, tw.AlignRight, tw.AlignRight, tw.AlignRight, tw.AlignRight, tw.AlignRight, tw.AlignRight, tw.AlignLeft}}))
	// The file beside the unit: two submissions of one unit are told apart by it.
	t.Header(rw("unit", lang), rw("file", lang), rw("year", lang), rw("errors", lang), rw("warnings", lang), rw("pagu", lang), rw("realisasi", lang), rw("serapan", lang), rw("capaian", lang), rw("predikat", lang))
	for _, r := range append(rows, RecapTotals(rows)...) {
		year, errs := "", strconv.Itoa(r.Errors)
		if r.Year != 0 {
			year = strconv.Itoa(r.Year)
		}
		if r.Unreadable {
			errs = rw("unread", lang)
		}
		file := ""
		if r.Path != "" {
			file = filepath.Base(r.Path)
		}
		rep := r.Reported
		if rep == nil {
			rep = &RecapReported{}
		}
		if err := t.Append([]string{recapUnit(r, lang), file, year, errs, strconv.Itoa(r.Warnings), display(r.Pagu, lang), display(r.Realisasi, lang),
			withReported(r.Serapan, rep.Serapan, lang, true), withReported(r.AvgCapaian, rep.AvgCapaian, lang, true), withReported(r.Predikat, rep.Predikat, lang, false)}); err != nil {
			return err
		}
	}
	return t.Render()
}

// RecapCSV writes the recap as CSV with a UTF-8 byte order mark (Excel on Windows reads UTF-8
// correctly only with one) and plain decimals.
func RecapCSV(out io.Writer, results []*reconcile.Result, lang string) error {
	if _, err := io.WriteString(out, "\ufeff"); err != nil {
		return err
	}
	w := csv.NewWriter(out)
	w.Write([]string{"unit", "kabupaten", "year", "path", "errors", "warnings", "unreadable", "pagu", "realisasi", "serapan", "avg_capaian", "predikat",
		"reported_serapan", "reported_avg_capaian", "reported_predikat"})
	// Unit, kabupaten and path come from the workbooks and their senders: csvRow keeps a
	// spreadsheet from running them as formulas.
	rows := Recap(results)
	for _, r := range append(rows, RecapTotals(rows)...) {
		year := ""
		if r.Year != 0 {
			year = strconv.Itoa(r.Year)
		}
		rep := r.Reported
		if rep == nil {
			rep = &RecapReported{}
		}
		w.Write(csvRow(r.Unit, r.Kabupaten, year, r.Path, strconv.Itoa(r.Errors), strconv.Itoa(r.Warnings), strconv.FormatBool(r.Unreadable),
			r.Pagu, r.Realisasi, r.Serapan, r.AvgCapaian, r.Predikat, rep.Serapan, rep.AvgCapaian, rep.Predikat))
	}
	w.Flush()
	return w.Error()
}
