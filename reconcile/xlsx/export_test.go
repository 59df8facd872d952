package xlsx

import "testing"

// What the tests of package xlsx_test use to build their workbooks: they check what the
// reader makes of other writers' files with the rules, which this package cannot import.

// WriteTestBook writes a workbook of sheets given as {name, worksheet XML}, with the number
// formats of bookStyles (1 #,##0, 2 0.00, 3 a date) and the workbook properties element
// workbookPr ("" for none).
func WriteTestBook(t testing.TB, path, workbookPr string, sheets ...[2]string) {
	b := rawBook{styles: bookStyles, workbookPr: workbookPr}
	for _, s := range sheets {
		b.sheets = append(b.sheets, rawSheet{s[0], s[1]})
	}
	b.write(t, path)
}

// SheetXML wraps rows (and what follows sheetData) in a worksheet; Inl is an inline string
// cell; IdentitasXML an Identitas sheet for 2023 with extra lines from row 6.
var (
	SheetXML     = func(rows string, after ...string) string { return string(sheetXML(rows, after...)) }
	Inl          = inl
	IdentitasXML = func(extra ...string) string { return identitasSheet(extra...).xml }
)

// FloodSheet is a sheet of rows*cols cells without references.
var FloodSheet = floodSheet
