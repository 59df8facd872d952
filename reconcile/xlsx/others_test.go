package xlsx

import (
	"path/filepath"
	"testing"
	"time"
)

// What writers other than Excel put in a file, as the reader takes it.

// The 1904 date system (Mac Excel: <workbookPr date1904="1"/>) is the workbook's: every cell
// carries it, and a serial reads as the date it means there.
func TestReadDate1904(t *testing.T) {
	for _, tc := range []struct {
		pr   string
		want time.Time
	}{
		{`<workbookPr date1904="1"/>`, time.Date(2024, 2, 15, 0, 0, 0, 0, time.UTC)},
		{`<workbookPr date1904="true" defaultThemeVersion="124226"/>`, time.Date(2024, 2, 15, 0, 0, 0, 0, time.UTC)},
		{`<workbookPr date1904="0"/>`, time.Date(2020, 2, 14, 0, 0, 0, 0, time.UTC)},
		{``, time.Date(2020, 2, 14, 0, 0, 0, 0, time.UTC)},
	} {
		p := filepath.Join(t.TempDir(), "book.xlsx")
		rawBook{styles: bookStyles, workbookPr: tc.pr, sheets: []rawSheet{{"Identitas", string(sheetXML(
			`<row r="1">`+inl("A1", "Tanggal")+`<c r="B1" s="3"><v>43875</v></c></row>`,
			`<mergeCells count="1"><mergeCell ref="C5:D6"/></mergeCells>`))}}}.write(t, p)
		s := sheetNamed(t, read(t, p), "Identitas")
		c := cellAt(t, s, "B1")
		if !c.Date || !c.IsFigure() || c.Num.String() != "43875" {
			t.Fatalf("%s: B1 Date %v Num %s", tc.pr, c.Date, c.Num)
		}
		if got := c.Day(c.Num.IntPart()); !got.Equal(tc.want) {
			t.Errorf("%s: serial 43875 reads %s, want %s", tc.pr, got.Format("2006-01-02"), tc.want.Format("2006-01-02"))
		}
		want1904 := tc.want.Year() == 2024
		if cellAt(t, s, "A1").Date1904 != want1904 || cellAt(t, s, "C5").Date1904 != want1904 {
			t.Errorf("%s: the other cells, a merge's blank top-left cell among them, do not carry the system", tc.pr)
		}
	}
}
