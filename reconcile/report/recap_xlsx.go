package report

import (
	"fmt"
	"io"
	"strconv"

	"github.com/xuri/excelize/v2"

	"lkjip/reconcile"
)

// RecapXLSX writes the recap as a workbook: one row per unit, number formats, a total row,
// and a bar chart of % serapan per unit. Figures are written from their exact text
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
		rw("pagu", lang), rw("realisasi", lang), rw("serapan", lang), rw("capaian", lang), rw("predikat", lang)}
	for i, h := range header {
		cell, _ := excelize.CoordinatesToCellName(i+1, 1)
		f.SetCellStr(sheet, cell, h)
	}
	bold, _ := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}},
		Alignment: &excelize.Alignment{WrapText: true, Vertical: "center"}})
	amount, _ := f.NewStyle(&excelize.Style{NumFmt: 3})  // #,##0
	percent, _ := f.NewStyle(&excelize.Style{NumFmt: 2}) // 0.00
	boldAmount, _ := f.NewStyle(&excelize.Style{NumFmt: 3, Font: &excelize.Font{Bold: true}})
	boldPercent, _ := f.NewStyle(&excelize.Style{NumFmt: 2, Font: &excelize.Font{Bold: true}})
	boldText, _ := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	f.SetCellStyle(sheet, "A1", "K1", bold)

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
		set(1, r.Unit, false, tx)
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
	}
	for i, r := range rows {
		write(i+2, r, false)
	}
	last := len(rows) + 1
	write(last+1, RecapTotal(rows), true)
	// Widths as untyped constants: no float type on this path, even for a layout figure.
	f.SetColWidth(sheet, "A", "A", 28)
	f.SetColWidth(sheet, "B", "B", 22)
	f.SetColWidth(sheet, "C", "C", 8)
	f.SetColWidth(sheet, "D", "D", 30)
	f.SetColWidth(sheet, "E", "F", 10)
	f.SetColWidth(sheet, "G", "H", 18)
	f.SetColWidth(sheet, "I", "J", 12)
	f.SetColWidth(sheet, "K", "K", 14)
	f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"})
	if len(rows) > 0 {
		f.AutoFilter(sheet, fmt.Sprintf("A1:K%d", last), nil)
		err := f.AddChart(sheet, "M2", &excelize.Chart{
			Type: excelize.Bar,
			Series: []excelize.ChartSeries{{
				Name:       fmt.Sprintf("'%s'!$I$1", sheet),
				Categories: fmt.Sprintf("'%s'!$A$2:$A$%d", sheet, last),
				Values:     fmt.Sprintf("'%s'!$I$2:$I$%d", sheet, last),
			}},
			Title:     excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: rw("serapan", lang)}}},
			Legend:    excelize.ChartLegend{Position: "none"},
			Dimension: excelize.ChartDimension{Width: 640, Height: uint(200 + 22*min(len(rows), 60))},
		})
		if err != nil {
			return err
		}
	}
	return f.Write(out)
}
