package report

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"
	"unicode"

	"lkjip/reconcile"
	"lkjip/reconcile/safetext"
)

// csvHeader is the first row of the CSV form: the fields of the JSON form, the file's beside
// each finding's.
var csvHeader = []string{"path", "unit", "year", "rule", "severity", "sheet", "cell", "message", "expected", "actual", "accepted", "reason", "candidates", "because"}

// csvUnreadable is the severity of the row that stands for a file that could not be checked.
const csvUnreadable = "unreadable"

// utf8BOM starts the CSV form: Excel on Windows reads a CSV file as UTF-8 (the unit names, the
// "·" and the amounts in words) only when it starts with one. Go's encoding/csv and most
// script readers keep it in the first field name ("\ufeffpath"): skip its three bytes first.
const utf8BOM = "\ufeff"

// printCSV writes the results as a table for spreadsheets and scripts, one finding a row, under the
// header path,unit,year,rule,severity,sheet,cell,message,expected,actual,accepted,reason,
// candidates,because, after a UTF-8 byte-order mark, with CRLF line ends (RFC 4180).
//
//   - severity is "error", "warning" or "info", as in JSON; message is in lang.
//   - expected and actual are plain decimals ("98.32", "2739149000"), as in JSON.
//   - year is empty when the workbook names none; accepted is "true" or "false", and reason
//     the acceptance's reason when accepted.
//   - candidates are the other cells that could be the cause, separated by spaces, and
//     because the cell the finding only follows from; both in Excel's notation, a sheet name
//     that is not one word in single quotes ('Realisasi Anggaran'!D7 'Realisasi
//     Anggaran'!D9), so that the spaces inside a name never split it.
//   - A file that could not be checked gives one row: severity "unreadable", its message in
//     message, rule, sheet and cell empty. A file without findings gives no row.
//   - A text field that a spreadsheet would take for a formula (one starting with "=", "+",
//     "-", "@", a tab or a carriage return, such as a cell text quoted in a message) is
//     written with a leading "'" so that opening the file never runs it. A plain decimal
//     ("-1500000") and a lone "-" are never changed.
func printCSV(out io.Writer, files Files, opt Options) error {
	lang := opt.lang()
	if _, err := io.WriteString(out, utf8BOM); err != nil {
		return err
	}
	w := csv.NewWriter(out)
	w.UseCRLF = true
	if err := w.Write(csvHeader); err != nil {
		return err
	}
	err := files.Each(func(_ int, r *reconcile.Result) error {
		year := ""
		if r.Year != 0 {
			year = strconv.Itoa(r.Year)
		}
		if r.Err != nil {
			if err := w.Write(csvRow(r.Path, r.Unit, year, "", csvUnreadable, "", "", r.Err.Message.In(lang), "", "", "false", "", "", "")); err != nil {
				return err
			}
			return nil
		}
		for _, f := range r.Findings {
			if err := w.Write(csvRow(r.Path, r.Unit, year, f.Rule, f.Severity.String(), f.Sheet, f.Cell, f.Message.In(lang),
				f.Expected, f.Actual, strconv.FormatBool(f.Accepted), f.Reason, csvRefs(f.Candidates), csvRefs([]string{f.Because}))); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	w.Flush()
	return w.Error()
}

func csvRow(fields ...string) []string {
	for i, s := range fields {
		fields[i] = safetext.Spreadsheet(safetext.Visible(s))
	}
	return fields
}

// csvRefs writes cell references ("Realisasi Anggaran!D7") in Excel's notation, separated by
// spaces: a sheet name other than letters, digits, "_" and "." is quoted ('Realisasi
// Anggaran'!D7, a quote in it doubled).
func csvRefs(refs []string) string {
	var out []string
	for _, r := range refs {
		if r == "" {
			continue
		}
		sheet, cell := reconcile.SplitRef(r)
		if sheet == "" {
			out = append(out, cell)
			continue
		}
		plain := true
		for _, c := range sheet {
			if !(c == '_' || c == '.' || unicode.IsLetter(c) || unicode.IsDigit(c)) {
				plain = false
				break
			}
		}
		if !plain {
			sheet = "'" + strings.ReplaceAll(sheet, "'", "''") + "'"
		}
		out = append(out, sheet+"!"+cell)
	}
	return strings.Join(out, " ")
}
