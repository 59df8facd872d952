package xlsx

import (
	"path/filepath"
	"testing"
	"time"

	"lkjip/reconcile/workbook"
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

// A formula saved with an empty cached value is a formula without one: openpyxl writes
// <v></v> (or <v/>) for every formula it has no result for. Only a string formula's empty
// result is a value: the empty string.
func TestReadEmptyCachedValue(t *testing.T) {
	p := filepath.Join(t.TempDir(), "book.xlsx")
	rawBook{sheets: []rawSheet{{"Rumus", string(sheetXML(`<row r="1">` +
		`<c r="A1"><f>SUM(B2:B5)</f><v></v></c>` +
		`<c r="B1"><f>SUM(B2:B5)</f><v/></c>` +
		`<c r="C1" t="n"><f>SUM(B2:B5)</f><v> </v></c>` +
		`<c r="D1"><f>SUM(B2:B5)</f></c>` +
		`<c r="E1" t="str"><f>IF(B2="","",B2)</f><v></v></c>` +
		`<c r="F1"><f>SUM(B2:B5)</f><v>0</v></c>` +
		`<c r="G1" t="b"><f>B2&gt;0</f><v></v></c>` +
		`</row>`))}}}.write(t, p)
	s := sheetNamed(t, read(t, p), "Rumus")
	for _, ref := range []string{"A1", "B1", "C1", "D1", "G1"} {
		c := cellAt(t, s, ref)
		if c.HasCache || !c.Uncached() || c.IsEmpty() || c.IsFigure() || c.Formula() == "" {
			t.Errorf("%s: HasCache %v Uncached %v IsEmpty %v Kind %v Formula %q: want a formula without a cached value", ref, c.HasCache, c.Uncached(), c.IsEmpty(), c.Kind, c.Formula())
		}
	}
	if c := cellAt(t, s, "E1"); !c.HasCache || c.Kind != workbook.Text || c.Text != "" {
		t.Errorf("E1, a string formula's empty result: HasCache %v Kind %v Text %q", c.HasCache, c.Kind, c.Text)
	}
	if c := cellAt(t, s, "F1"); !c.HasCache || !c.IsFigure() || !c.Num.IsZero() {
		t.Errorf("F1, a cached 0: HasCache %v Kind %v", c.HasCache, c.Kind)
	}
}

// A string formula's cached text is read as it is: "-" (a % left out where a budget is 0),
// and an _x001B_ escape decoded to the character it stands for (the outputs make control
// characters visible; the reader keeps them).
func TestReadStringFormulaText(t *testing.T) {
	p := filepath.Join(t.TempDir(), "book.xlsx")
	rawBook{sst: []string{"warna _x001B_[31mmerah"}, sheets: []rawSheet{{"Teks", string(sheetXML(`<row r="1">` +
		`<c r="A1" t="str"><f>IF(B1=0,"-",C1/B1*100)</f><v>-</v></c>` +
		`<c r="B1" t="s"><v>0</v></c>` +
		`<c r="C1" t="str"><f>"a"&amp;"b"</f><v>a_x001B_b</v></c>` +
		`</row>`))}}}.write(t, p)
	s := sheetNamed(t, read(t, p), "Teks")
	if c := cellAt(t, s, "A1"); c.Kind != workbook.Text || c.Text != "-" || !c.HasCache || c.Formula() != `IF(B1=0,"-",C1/B1*100)` {
		t.Errorf("A1: Kind %v Text %q HasCache %v Formula %q", c.Kind, c.Text, c.HasCache, c.Formula())
	}
	if c := cellAt(t, s, "B1"); c.Text != "warna \x1b[31mmerah" {
		t.Errorf("B1: %q", c.Text)
	}
	if c := cellAt(t, s, "C1"); c.Text != "a\x1bb" {
		t.Errorf("C1: %q", c.Text)
	}
}
