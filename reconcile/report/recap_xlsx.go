package report

import (
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"

	"github.com/shopspring/decimal"
	"github.com/xuri/excelize/v2"

	"lkjip/reconcile"
)

// RecapXLSX writes the recap as a workbook: one row per unit, number formats, a total row per
// year, and a bar chart of % serapan per unit on a sheet of its own. Figures are written from their exact text
// (SetCellDefault stores "2739149000" as a number cell), never through float64.
func RecapXLSX(out io.Writer, results []*reconcile.Result, lang string) error {
	f := excelize.NewFile()
	defer f.Close()
	sheet := map[string]string{"id": "Rekap", "en": "Recap"}[lang]
	if sheet == "" {
		sheet = "Rekap"
	}
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return err
	}
	header := []string{rw("unit", lang), "Kabupaten/Kota", rw("year", lang), rw("file", lang), rw("errors", lang), rw("warnings", lang),
		rw("pagu", lang), rw("realisasi", lang), rw("serapan", lang), rw("capaian", lang), rw("predikat", lang),
		rw("serapanReported", lang), rw("capaianReported", lang), rw("predikatReported", lang)}
	for i, h := range header {
		cell, _ := excelize.CoordinatesToCellName(i+1, 1)
		f.SetCellStr(sheet, cell, h)
	}
	bold, _ := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}},
		Alignment: &excelize.Alignment{WrapText: true, Vertical: "center"}})
	// #,##0 and 0.00 (built-in 3 and 2): Paper.Apply gives them the Indonesian locale.
	amount, _ := f.NewStyle(&excelize.Style{NumFmt: 3})
	percent, _ := f.NewStyle(&excelize.Style{NumFmt: 2})
	boldAmount, _ := f.NewStyle(&excelize.Style{NumFmt: 3, Font: &excelize.Font{Bold: true}})
	boldPercent, _ := f.NewStyle(&excelize.Style{NumFmt: 2, Font: &excelize.Font{Bold: true}})
	boldText, _ := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	f.SetCellStyle(sheet, "A1", "N1", bold)

	rows := Recap(results)
	write := func(row int, r RecapRow, total bool) {
		set := func(col int, v string, numeric bool, style int) {
			if v == "" {
				return
			}
			cell, _ := excelize.CoordinatesToCellName(col, row)
			if numeric {
				f.SetCellDefault(sheet, cell, v)
			} else {
				f.SetCellStr(sheet, cell, v)
			}
			if style != 0 {
				f.SetCellStyle(sheet, cell, cell, style)
			}
		}
		am, pc, tx := amount, percent, 0
		if total {
			am, pc, tx = boldAmount, boldPercent, boldText
		}
		year := ""
		if r.Year != 0 {
			year = strconv.Itoa(r.Year)
		}
		set(1, recapUnit(r, lang), false, tx)
		set(2, r.Kabupaten, false, 0)
		set(3, year, true, 0)
		set(4, r.Path, false, 0)
		if r.Unreadable {
			set(5, rw("unread", lang), false, 0)
		} else {
			set(5, strconv.Itoa(r.Errors), true, tx)
		}
		set(6, strconv.Itoa(r.Warnings), true, tx)
		set(7, r.Pagu, true, am)
		set(8, r.Realisasi, true, am)
		set(9, r.Serapan, true, pc)
		set(10, r.AvgCapaian, true, pc)
		set(11, r.Predikat, false, 0)
		if rep := r.Reported; rep != nil {
			// The unit's own figures, from its Ringkasan; a figure that is no plain decimal
			// ("75,35 %" typed as text) stays text.
			set(12, rep.Serapan, fixNumeric(rep.Serapan), pc)
			set(13, rep.AvgCapaian, fixNumeric(rep.AvgCapaian), pc)
			set(14, rep.Predikat, false, 0)
		}
	}
	for i, r := range rows {
		write(i+2, r, false)
	}
	last := len(rows) + 1
	for i, t := range RecapTotals(rows) {
		write(last+1+i, t, true)
	}
	// Widths as untyped constants: no float type on this path, even for a layout figure.
	f.SetColWidth(sheet, "A", "A", 28)
	f.SetColWidth(sheet, "B", "B", 22)
	f.SetColWidth(sheet, "C", "C", 8)
	f.SetColWidth(sheet, "D", "D", 30)
	f.SetColWidth(sheet, "E", "F", 11)
	f.SetColWidth(sheet, "G", "H", 18)
	f.SetColWidth(sheet, "I", "J", 14)
	f.SetColWidth(sheet, "K", "K", 14)
	f.SetColWidth(sheet, "L", "N", 14)
	// The headers wrap over three lines ("% Serapan / (dihitung / lkjip)"): a row tall
	// enough for them, or they print over one another.
	f.SetRowHeight(sheet, 1, 45)
	f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"})
	if len(rows) > 0 {
		f.AutoFilter(sheet, fmt.Sprintf("A1:N%d", last), nil)
		if err := recapChart(f, rows, lang); err != nil {
			return err
		}
	}
	head := fmt.Sprintf("%s · %d %s", rw("title", lang), len(rows), map[string]string{"id": "berkas", "en": "file(s)"}[lang])
	landscape := "landscape"
	if err := f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Orientation: &landscape}); err != nil {
		return err
	}
	if err := (Paper{Head: head, Lang: lang}).Apply(f); err != nil {
		return err
	}
	if err := f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: annotateLocation(sheet, "$1:$1"), Scope: sheet}); err != nil {
		return err
	}
	return f.Write(out)
}

// recapChartUnits is how many units the recap's chart shows at most: the lowest and the
// highest half of it, where a batch has more (the table lists every unit).
const recapChartUnits = 30

// recapChart draws % serapan per unit on a chart sheet of its own (a page of its own on
// paper), sorted from the lowest, its axis from 0 (an axis from 88 makes 90,66 % look a fifth
// of 95,66 %). Its figures are kept, sorted, on a hidden sheet.
func recapChart(f *excelize.File, rows []RecapRow, lang string) error {
	var shown []RecapRow
	for _, r := range rows {
		if r.Serapan != "" && r.Duplicate == "" && !r.Unreadable {
			shown = append(shown, r)
		}
	}
	if len(shown) == 0 {
		return nil
	}
	sort.SliceStable(shown, func(i, j int) bool {
		return decimal.RequireFromString(shown[i].Serapan).LessThan(decimal.RequireFromString(shown[j].Serapan))
	})
	title := rw("serapan", lang)
	if n := len(shown); n > recapChartUnits {
		shown = append(shown[:recapChartUnits/2:recapChartUnits/2], shown[n-recapChartUnits/2:]...)
		title = fmt.Sprintf(map[string]string{"id": "%s: %d terendah dan %d tertinggi dari %d unit", "en": "%s: the lowest %d and the highest %d of %d units"}[lang],
			title, recapChartUnits/2, recapChartUnits/2, n)
	}
	// A worksheet of its own, not a chart sheet: a worksheet takes the paper's head and page
	// number (Paper.Apply), and prints on its own pages all the same.
	chart := map[string]string{"id": "Grafik", "en": "Chart"}[lang]
	if _, err := f.NewSheet(chart); err != nil {
		return err
	}
	data := map[string]string{"id": "Data grafik", "en": "Chart data"}[lang]
	if _, err := f.NewSheet(data); err != nil {
		return err
	}
	for i, r := range shown {
		label := r.Unit
		if r.Year != 0 {
			label += fmt.Sprintf(" (%d)", r.Year)
		}
		if err := errors.Join(f.SetCellStr(data, fmt.Sprintf("A%d", i+1), label), f.SetCellDefault(data, fmt.Sprintf("B%d", i+1), r.Serapan)); err != nil {
			return err
		}
	}
	if err := f.SetSheetVisible(data, false); err != nil {
		return err
	}
	return f.AddChart(chart, "A1", &excelize.Chart{
		Type: excelize.Bar,
		Series: []excelize.ChartSeries{{
			Categories: fmt.Sprintf("'%s'!$A$1:$A$%d", data, len(shown)),
			Values:     fmt.Sprintf("'%s'!$B$1:$B$%d", data, len(shown)),
		}},
		Title:     excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: title}}},
		Legend:    excelize.ChartLegend{Position: "none"},
		YAxis:     excelize.ChartAxis{Minimum: new(0.0)}, // the axis from 0: a layout setting, no amount
		Dimension: excelize.ChartDimension{Width: 900, Height: uint(160 + 24*len(shown))},
	})
}
