package xlsx

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"lkjip/reconcile/workbook"
)

// The tests build real .xlsx files: excelize writes the package (content types, workbook,
// relationships, styles) and, where the shape under test is one excelize does not write
// (a float artefact as stored text, a phonetic run, a shared formula group, a prefix on the
// element names, a part cut short), the test rewrites the zip parts itself.

// save writes an excelize file to a temporary directory and returns its path.
func save(t *testing.T, f *excelize.File) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "book.xlsx")
	if err := f.SaveAs(p); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return p
}

// rewrite replaces parts of the zip at path (a nil value removes the part; a name the zip
// lacks is added) and writes the result back.
func rewrite(t *testing.T, p string, parts map[string][]byte) {
	t.Helper()
	zr, err := zip.OpenReader(p)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	done := map[string]bool{}
	for _, zf := range zr.File {
		body, replaced := parts[zf.Name]
		done[zf.Name] = true
		if replaced && body == nil {
			continue
		}
		if !replaced {
			rc, err := zf.Open()
			if err != nil {
				t.Fatal(err)
			}
			body, err = io.ReadAll(rc)
			rc.Close()
			if err != nil {
				t.Fatal(err)
			}
		}
		w, err := zw.Create(zf.Name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(body)
	}
	for name, body := range parts {
		if done[name] || body == nil {
			continue
		}
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(body)
	}
	zr.Close()
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// part returns one part of the zip at path.
func part(t *testing.T, p, name string) []byte {
	t.Helper()
	zr, err := zip.OpenReader(p)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	for _, zf := range zr.File {
		if zf.Name == name {
			rc, err := zf.Open()
			if err != nil {
				t.Fatal(err)
			}
			defer rc.Close()
			b, err := io.ReadAll(rc)
			if err != nil {
				t.Fatal(err)
			}
			return b
		}
	}
	t.Fatalf("%s: no part %s", p, name)
	return nil
}

const nsMain = `xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"`

// sheetXML wraps sheetData content (and what follows it) in a worksheet element.
func sheetXML(data string, after ...string) []byte {
	return []byte(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<worksheet ` + nsMain + ` xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
		`<sheetData>` + data + `</sheetData>` + strings.Join(after, "") + `</worksheet>`)
}

// read reads a file and fails the test unless the file's bytes are the same afterwards: the
// reader opens workbooks read-only.
func read(t *testing.T, p string) []*workbook.Sheet {
	t.Helper()
	before, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	st, _ := os.Stat(p)
	sheets, err := Read(p, Options{})
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	after, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(before, after) {
		t.Fatalf("Read changed the file %s", p)
	}
	if st2, _ := os.Stat(p); !st2.ModTime().Equal(st.ModTime()) {
		t.Fatalf("Read touched the file %s", p)
	}
	return sheets
}

func sheetNamed(t *testing.T, sheets []*workbook.Sheet, name string) *workbook.Sheet {
	t.Helper()
	for _, s := range sheets {
		if s.Name == name {
			return s
		}
	}
	var names []string
	for _, s := range sheets {
		names = append(names, s.Name)
	}
	t.Fatalf("no sheet %q among %q", name, names)
	return nil
}

// cellAt returns a cell by reference, failing when the model has none there.
func cellAt(t *testing.T, s *workbook.Sheet, ref string) *workbook.Cell {
	t.Helper()
	col, row, ok := splitRef(ref)
	if !ok {
		t.Fatalf("bad ref %s", ref)
	}
	c := s.Cell(row, col)
	if c == nil {
		t.Fatalf("%s!%s: no cell", s.Name, ref)
	}
	if c.Ref() != ref || c.Row != row || c.Col != col || c.Sheet != s.Name {
		t.Errorf("%s!%s: cell says %s!%s (row %d col %d)", s.Name, ref, c.Sheet, c.Ref(), c.Row, c.Col)
	}
	return c
}

// newBook returns an excelize file whose first sheet is named name, with one string so that
// the package has a shared string table.
func newBook(t *testing.T, name string) *excelize.File {
	t.Helper()
	f := excelize.NewFile()
	if name != "Sheet1" {
		if err := f.SetSheetName("Sheet1", name); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.SetCellStr(name, "A1", "x"); err != nil {
		t.Fatal(err)
	}
	return f
}

func style(t *testing.T, f *excelize.File, s *excelize.Style) int {
	t.Helper()
	id, err := f.NewStyle(s)
	if err != nil {
		t.Fatal(err)
	}
	return id
}

func TestReadStoredNumbersAndFormats(t *testing.T) {
	f := newBook(t, "Angka")
	two := style(t, f, &excelize.Style{NumFmt: 2})       // 0.00
	thousands := style(t, f, &excelize.Style{NumFmt: 3}) // #,##0
	pct := style(t, f, &excelize.Style{NumFmt: 10})      // 0.00%
	date := style(t, f, &excelize.Style{NumFmt: 14})     // mm-dd-yy
	custom := "#,##0.000"
	three := style(t, f, &excelize.Style{CustomNumFmt: &custom})
	p := save(t, f)
	rewrite(t, p, map[string][]byte{"xl/worksheets/sheet1.xml": sheetXML(fmt.Sprintf(
		`<row r="1"><c r="A1"><v>98.319999999999993</v></c><c r="B1"><v>98.32</v></c><c r="C1"><v>2739149000</v></c><c r="D1"><v>9.832E1</v></c></row>`+
			`<row r="2"><c r="A2" s="%d"><v>98.3</v></c><c r="B2" s="%d"><v>2739149000.4</v></c><c r="C2" s="%d"><v>0.9832</v></c><c r="D2" s="%d"><v>44561</v></c><c r="E2" s="%d"><v>1.5</v></c></row>`+
			`<row r="3"><c r="A3" t="n"><v>-1500000</v></c><c r="B3" s="%d"/><c r="C3" t="d"><v>2022-03-31T00:00:00Z</v></c></row>`+
			`<row r="4"><c r="A4"><v>71.099999999999994</v></c><c r="B4" s="%d"><v>70.989999999999995</v></c><c r="C4" s="%d"><v>0.98569999999999991</v></c>`+
			`<c r="D4" s="%d"><v>2739149000.0000002</v></c><c r="E4"><v>1234567890123456</v></c><c r="F4"><f>A4/3</f><v>23.700000000000003</v></c><c r="G4"><v>-7.1099999999999994E-5</v></c></row>`,
		two, thousands, pct, date, three, two, two, pct, thousands))})

	s := sheetNamed(t, read(t, p), "Angka")
	if s.Damaged != "" {
		t.Fatalf("Damaged: %s", s.Damaged)
	}
	for _, tc := range []struct {
		ref, num, text string
		decimals       int
		percent, date  bool
		format         string
	}{
		// General: the stored text is the value, at 15 significant digits; a float artefact
		// reads, and shows the decimals of, the value Excel shows.
		{"A1", "98.32", "98.32", 2, false, false, ""},
		{"B1", "98.32", "98.32", 2, false, false, ""},
		{"C1", "2739149000", "2739149000", 0, false, false, ""},
		{"D1", "98.32", "9.832E1", 2, false, false, ""},
		{"A2", "98.3", "98.3", 2, false, false, "0.00"},
		{"B2", "2739149000.4", "2739149000.4", 0, false, false, "#,##0"},
		{"C2", "98.32", "0.9832", 2, true, false, "0.00%"},
		{"E2", "1.5", "1.5", 3, false, false, "#,##0.000"},
		{"A3", "-1500000", "-1500000", 0, false, false, ""},
		// Float artefacts, whatever the format: the value is read at 15 significant digits
		// (before a percent format scales it), and so is the text a finding prints as
		// written: Excel shows 71.1, not 71.099999999999994.
		{"A4", "71.1", "71.1", 1, false, false, ""},
		{"B4", "70.99", "70.99", 2, false, false, "0.00"},
		{"C4", "98.57", "0.9857", 2, true, false, "0.00%"},
		{"D4", "2739149000", "2739149000", 0, false, false, "#,##0"},
		{"E4", "1234567890123460", "1234567890123460", 0, false, false, ""}, // Excel shows 15 digits
		{"G4", "-0.0000711", "-0.0000711", 7, false, false, ""},
	} {
		c := cellAt(t, s, tc.ref)
		if c.Kind != workbook.Number {
			t.Errorf("%s: Kind %v, want Number", tc.ref, c.Kind)
			continue
		}
		if c.Num.String() != tc.num || c.Text != tc.text || int(c.Decimals) != tc.decimals || c.Percent != tc.percent || c.Date != tc.date || c.NumberFormat() != tc.format {
			t.Errorf("%s: Num %s Text %q Decimals %d Percent %v Date %v Format %q; want %s %q %d %v %v %q",
				tc.ref, c.Num, c.Text, c.Decimals, c.Percent, c.Date, c.NumberFormat(), tc.num, tc.text, tc.decimals, tc.percent, tc.date, tc.format)
		}
		if c.FromText || c.None || c.Formula() != "" {
			t.Errorf("%s: FromText %v None %v Formula %q", tc.ref, c.FromText, c.None, c.Formula())
		}
	}
	if c := cellAt(t, s, "D2"); !c.Date || c.Kind != workbook.Number || c.Num.String() != "44561" || c.Percent {
		t.Errorf("D2 (date format): Kind %v Date %v Num %s Percent %v", c.Kind, c.Date, c.Num, c.Percent)
	}
	// A formula's cached artefact is read the same way.
	if c := cellAt(t, s, "F4"); c.Formula() != "A4/3" || !c.HasCache || c.Kind != workbook.Number || c.Num.String() != "23.7" || c.Text != "23.7" || c.Decimals != 1 {
		t.Errorf("F4 (formula): Formula %q HasCache %v Kind %v Num %s Text %q Decimals %d", c.Formula(), c.HasCache, c.Kind, c.Num, c.Text, c.Decimals)
	}
	if c := cellAt(t, s, "C3"); !c.Date || c.Kind != workbook.Text || c.Text != "2022-03-31T00:00:00Z" {
		t.Errorf("C3 (t=\"d\"): Kind %v Date %v Text %q", c.Kind, c.Date, c.Text)
	}
	// A styled cell without a value tells nothing and is not kept.
	if c := s.Cell(3, 2); c != nil {
		t.Errorf("B3 (styled, empty): got a cell %+v", c)
	}
}

func TestReadStringsBoolsAndErrors(t *testing.T) {
	f := newBook(t, "Teks")
	p := save(t, f)
	sst := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<sst ` + nsMain + ` count="4" uniqueCount="4">` +
		`<si><t>Kecamatan Kragan</t></si>` +
		`<si><r><rPr><b/></rPr><t xml:space="preserve">Capaian </t></r><r><t>Kinerja</t></r></si>` +
		`<si><t>漢字</t><rPh sb="0" eb="2"><t>カンジ</t></rPh><phoneticPr fontId="1"/></si>` +
		`<si><r><t>Rata</t></r><rPh sb="0" eb="1"><t>ラタ</t></rPh><r><t>-rata</t></r></si>` +
		`<si><t/></si>` +
		`<si><t>  2.739.149.000  </t></si>` +
		`<si><t>Target_x000D_&#10;2021</t></si>` +
		`<si><t>kode_x005F_x000D_ asli, _x_ dan _xZZZZ_</t></si>` +
		`<si><t>_xD83D__xDE00_</t></si>` +
		`</sst>`
	rewrite(t, p, map[string][]byte{
		"xl/sharedStrings.xml": []byte(sst),
		"xl/worksheets/sheet1.xml": sheetXML(
			`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c><c r="G1" t="s"><v>99</v></c><c r="H1" t="s"><v>6</v></c><c r="I1" t="s"><v>7</v></c><c r="J1" t="s"><v>8</v></c></row>` +
				`<row r="2"><c r="A2" t="inlineStr"><is><t>Teks sebaris</t></is></c><c r="B2" t="inlineStr"><is><r><rPr><i/></rPr><t>Rich </t></r><r><t>inline</t></r></is></c>` +
				`<c r="C2" t="inlineStr"><is><t>Kanji</t><rPh sb="0" eb="1"><t>かな</t></rPh></is></c><c r="D2" t="str"><v>hasil rumus</v></c><c r="E2" t="inlineStr"><is><t>Realisasi_x000D_&#10;2021</t></is></c></row>` +
				`<row r="3"><c r="A3" t="b"><v>1</v></c><c r="B3" t="b"><v>0</v></c><c r="C3" t="e"><v>#DIV/0!</v></c><c r="D3" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="E3" t="e"><v>#N/A</v></c></row>`),
	})
	s := sheetNamed(t, read(t, p), "Teks")
	for _, tc := range []struct {
		ref  string
		kind workbook.CellKind
		text string
	}{
		{"A1", workbook.Text, "Kecamatan Kragan"},
		{"B1", workbook.Text, "Capaian Kinerja"},
		{"C1", workbook.Text, "漢字"},
		{"D1", workbook.Text, "Rata-rata"},
		{"E1", workbook.Text, ""},
		{"F1", workbook.Text, "  2.739.149.000  "}, // text stays text here: layout reads figures
		{"G1", workbook.Error, "#REF!"},            // an index past the table
		{"H1", workbook.Text, "Target\r\n2021"},    // ST_Xstring escapes decoded
		{"I1", workbook.Text, "kode_x000D_ asli, _x_ dan _xZZZZ_"},
		{"J1", workbook.Text, "😀"},
		{"E2", workbook.Text, "Realisasi\r\n2021"},
		{"A2", workbook.Text, "Teks sebaris"},
		{"B2", workbook.Text, "Rich inline"},
		{"C2", workbook.Text, "Kanji"},
		{"D2", workbook.Text, "hasil rumus"},
		{"A3", workbook.Bool, "1"},
		{"B3", workbook.Bool, "0"},
		{"C3", workbook.Error, "#DIV/0!"},
		{"D3", workbook.Error, "#DIV/0!"},
		{"E3", workbook.Error, "#N/A"},
	} {
		c := cellAt(t, s, tc.ref)
		if c.Kind != tc.kind || c.Text != tc.text {
			t.Errorf("%s: Kind %v Text %q, want %v %q", tc.ref, c.Kind, c.Text, tc.kind, tc.text)
		}
		if c.Kind != workbook.Number && !c.Num.IsZero() {
			t.Errorf("%s: Num %s on a non-number", tc.ref, c.Num)
		}
	}
	if c := cellAt(t, s, "D3"); c.Formula() != "1/0" || !c.HasCache {
		t.Errorf("D3: Formula %q HasCache %v", c.Formula(), c.HasCache)
	}
	// G1 names a string the table does not have: the file is damaged, and the sheet says so.
	if !strings.Contains(s.Damaged, "G1") || !strings.Contains(s.Damaged, "99") {
		t.Errorf("Damaged %q, want it to name G1 and string 99", s.Damaged)
	}
}

func TestReadTruncatedSharedStrings(t *testing.T) {
	f := newBook(t, "Teks")
	p := save(t, f)
	sst := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<sst ` + nsMain + ` count="3" uniqueCount="3"><si><t>satu</t></si><si><t>dua</t></si><si><t>ti`
	rewrite(t, p, map[string][]byte{
		"xl/sharedStrings.xml":     []byte(sst),
		"xl/worksheets/sheet1.xml": sheetXML(`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>`),
	})
	s := sheetNamed(t, read(t, p), "Teks")
	if cellAt(t, s, "A1").Text != "satu" || cellAt(t, s, "B1").Text != "dua" {
		t.Errorf("strings before the cut lost")
	}
	if c := cellAt(t, s, "C1"); c.Kind != workbook.Error {
		t.Errorf("C1: Kind %v Text %q", c.Kind, c.Text)
	}
	if !strings.Contains(s.Damaged, "cut short") || !strings.Contains(s.Damaged, "C1") {
		t.Errorf("Damaged %q", s.Damaged)
	}
}

func TestReadFormulas(t *testing.T) {
	f := newBook(t, "Rumus")
	p := save(t, f)
	rewrite(t, p, map[string][]byte{"xl/worksheets/sheet1.xml": sheetXML(
		`<row r="4"><c r="A4"><f>SUM(B4:C4)</f><v>7</v></c><c r="B4"><f>=A4*2</f></c><c r="C4" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="D4"><f>A4/0</f><v></v></c></row>` +
			`<row r="5"><c r="D5"><v>200</v></c><c r="E5"><v>196.64</v></c><c r="F5"><f t="shared" ref="F5:F7" si="0">E5/D5*100</f><v>98.32</v></c><c r="G5"><f t="shared" ref="G5:H5" si="1">$D5+D$5</f><v>400</v></c><c r="H5"><f t="shared" si="1"/><v>396.64</v></c></row>` +
			`<row r="6"><c r="D6"><v>100</v></c><c r="E6"><v>50</v></c><c r="F6"><f t="shared" si="0"/><v>50</v></c></row>` +
			`<row r="7"><c r="D7"><v>10</v></c><c r="E7"><v>20</v></c><c r="F7"><f t="shared" si="0"/></c></row>`)})
	s := sheetNamed(t, read(t, p), "Rumus")
	for _, tc := range []struct {
		ref, formula string
		cache        bool
		kind         workbook.CellKind
		text         string
	}{
		{"A4", "SUM(B4:C4)", true, workbook.Number, "7"},
		{"B4", "A4*2", false, workbook.Blank, ""}, // a formula saved without its result
		{"C4", `"a"&"b"`, true, workbook.Text, "ab"},
		{"F5", "E5/D5*100", true, workbook.Number, "98.32"},
		{"F6", "E6/D6*100", true, workbook.Number, "50"},
		{"F7", "E7/D7*100", false, workbook.Blank, ""},
		{"G5", "$D5+D$5", true, workbook.Number, "400"},
		{"H5", "$D5+E$5", true, workbook.Number, "396.64"},
	} {
		c := cellAt(t, s, tc.ref)
		if c.Formula() != tc.formula || c.HasCache != tc.cache || c.Kind != tc.kind || c.Text != tc.text {
			t.Errorf("%s: Formula %q HasCache %v Kind %v Text %q; want %q %v %v %q", tc.ref, c.Formula(), c.HasCache, c.Kind, c.Text, tc.formula, tc.cache, tc.kind, tc.text)
		}
	}
	if c := cellAt(t, s, "F5"); c.Num.String() != "98.32" || c.Decimals != 2 {
		t.Errorf("F5: Num %s Decimals %d", c.Num, c.Decimals)
	}
}

func TestReadMergesAndHidden(t *testing.T) {
	f := newBook(t, "Gabung")
	if err := f.SetCellStr("Gabung", "A1", "Sasaran Strategis"); err != nil {
		t.Fatal(err)
	}
	if err := f.SetCellStr("Gabung", "A4", "di baris tersembunyi"); err != nil {
		t.Fatal(err)
	}
	if err := f.SetCellStr("Gabung", "E1", "kanan"); err != nil {
		t.Fatal(err)
	}
	if err := f.MergeCell("Gabung", "A1", "C2"); err != nil {
		t.Fatal(err)
	}
	if err := f.SetRowVisible("Gabung", 4, false); err != nil {
		t.Fatal(err)
	}
	if _, err := f.NewSheet("Tersembunyi"); err != nil {
		t.Fatal(err)
	}
	if err := f.SetCellStr("Tersembunyi", "B2", "rahasia"); err != nil {
		t.Fatal(err)
	}
	if err := f.SetSheetVisible("Tersembunyi", false); err != nil {
		t.Fatal(err)
	}
	if _, err := f.NewSheet("Sangat"); err != nil {
		t.Fatal(err)
	}
	if err := f.SetCellStr("Sangat", "A1", "sangat tersembunyi"); err != nil {
		t.Fatal(err)
	}
	if err := f.SetSheetVisible("Sangat", false, true); err != nil {
		t.Fatal(err)
	}
	p := save(t, f)
	sheets := read(t, p)
	if !bytes.Contains(part(t, p, "xl/workbook.xml"), []byte(`state="veryHidden"`)) {
		t.Fatal("no very hidden sheet in the file")
	}
	if len(sheets) != 3 {
		t.Fatalf("%d sheets, want 3", len(sheets))
	}
	if v := sheetNamed(t, sheets, "Sangat"); !v.Hidden || cellAt(t, v, "A1").Text != "sangat tersembunyi" {
		t.Errorf("very hidden sheet: Hidden %v", v.Hidden)
	}
	s := sheetNamed(t, sheets, "Gabung")
	if s.Position != 0 || s.Hidden {
		t.Errorf("Gabung: Position %d Hidden %v", s.Position, s.Hidden)
	}
	a1 := cellAt(t, s, "A1")
	if a1.MergedInto != nil || a1.Text != "Sasaran Strategis" {
		t.Errorf("A1: MergedInto %v Text %q", a1.MergedInto, a1.Text)
	}
	// Every cell of A1:C2 but A1 points to A1, also the cells the file does not have (row 2
	// is not in the file at all).
	for _, ref := range []string{"B1", "C1", "A2", "B2", "C2"} {
		c := cellAt(t, s, ref)
		if c.MergedInto != a1 || c.Kind != workbook.Blank || c.Value() != "Sasaran Strategis" {
			t.Errorf("%s: MergedInto %v Kind %v Value %q", ref, c.MergedInto, c.Kind, c.Value())
		}
	}
	if c := cellAt(t, s, "E1"); c.MergedInto != nil {
		t.Errorf("E1 outside the merge: MergedInto %v", c.MergedInto)
	}
	if s.Cell(1, 4) != nil || s.Cell(3, 1) != nil {
		t.Errorf("cells created outside the merge")
	}
	// Only the rows the file has: a merge spanning rows makes none (its cells are made when
	// asked for, above).
	var nums []int
	for _, r := range s.Rows {
		nums = append(nums, r.Num)
	}
	if fmt.Sprint(nums) != "[1 4]" {
		t.Errorf("rows %v, want [1 4]", nums)
	}
	if s.MaxCol != 5 {
		t.Errorf("MaxCol %d, want 5", s.MaxCol)
	}
	a4 := cellAt(t, s, "A4")
	if !a4.Hidden || a4.Text != "di baris tersembunyi" {
		t.Errorf("A4: Hidden %v Text %q", a4.Hidden, a4.Text)
	}
	for _, r := range s.Rows {
		if r.Hidden != (r.Num == 4) {
			t.Errorf("row %d: Hidden %v", r.Num, r.Hidden)
		}
	}
	if a1.Hidden {
		t.Errorf("A1 hidden")
	}
	h := sheetNamed(t, sheets, "Tersembunyi")
	if !h.Hidden || h.Position != 1 {
		t.Errorf("Tersembunyi: Hidden %v Position %d", h.Hidden, h.Position)
	}
	if c := cellAt(t, h, "B2"); c.Text != "rahasia" {
		t.Errorf("hidden sheet B2: %q", c.Text)
	}
}

// A merge whose top-left cell the file does not have (an empty merged block) still links its
// cells to one top-left cell.
func TestReadMergeWithoutTopLeftCell(t *testing.T) {
	f := newBook(t, "Gabung")
	p := save(t, f)
	rewrite(t, p, map[string][]byte{"xl/worksheets/sheet1.xml": sheetXML(
		`<row r="1"><c r="A1" t="inlineStr"><is><t>No</t></is></c></row><row r="3"><c r="C3" t="inlineStr"><is><t>sisa</t></is></c></row>`,
		`<mergeCells count="1"><mergeCell ref="B2:C3"/></mergeCells>`)})
	s := sheetNamed(t, read(t, p), "Gabung")
	b2 := cellAt(t, s, "B2")
	if b2.MergedInto != nil || b2.Kind != workbook.Blank {
		t.Errorf("B2: MergedInto %v Kind %v", b2.MergedInto, b2.Kind)
	}
	for _, ref := range []string{"C2", "B3", "C3"} {
		if c := cellAt(t, s, ref); c.MergedInto != b2 {
			t.Errorf("%s: MergedInto %v, want B2", ref, c.MergedInto)
		}
	}
	if c := cellAt(t, s, "C3"); c.Text != "sisa" {
		t.Errorf("C3 keeps its own text: %q", c.Text)
	}
}

func TestReadRowsAndCellsWithoutRef(t *testing.T) {
	f := newBook(t, "Urut")
	p := save(t, f)
	rewrite(t, p, map[string][]byte{"xl/worksheets/sheet1.xml": sheetXML(
		// Rows and cells without r follow the one before; a row with r sets the count.
		`<row><c t="inlineStr"><is><t>a1</t></is></c><c><v>2</v></c><c r="E1"><v>5</v></c><c><v>6</v></c></row>` +
			`<row><c><v>1</v></c></row>` +
			`<row r="5"><c t="inlineStr"><is><t>a5</t></is></c></row>` +
			`<row hidden="1"><c r="C6"><v>3</v></c><c><v>4</v></c></row>` +
			// Rows out of order end up sorted.
			`<row r="9"><c r="A9"><v>9</v></c></row>` +
			`<row r="8"><c r="A8"><v>8</v></c></row>` +
			`<row r="3"><c r="B3"><v>3</v></c></row>` +
			// A row without r whose cells have r is the row its cells name.
			`<row hidden="1"><c r="B12"><v>12</v></c><c><v>122</v></c></row>` +
			`<row><c><v>13</v></c></row>`)})
	s := sheetNamed(t, read(t, p), "Urut")
	for ref, want := range map[string]string{"A1": "a1", "B1": "2", "E1": "5", "F1": "6", "A2": "1", "A5": "a5", "C6": "3", "D6": "4", "A8": "8", "A9": "9", "B3": "3", "B12": "12", "C12": "122", "A13": "13"} {
		if c := cellAt(t, s, ref); c.Text != want {
			t.Errorf("%s: %q, want %q", ref, c.Text, want)
		}
	}
	var nums []int
	for _, r := range s.Rows {
		nums = append(nums, r.Num)
	}
	if fmt.Sprint(nums) != "[1 2 3 5 6 8 9 12 13]" {
		t.Errorf("rows %v, want [1 2 3 5 6 8 9 12 13]", nums)
	}
	if c := cellAt(t, s, "D6"); !c.Hidden {
		t.Errorf("D6 in a hidden row without r: not hidden")
	}
	if c := cellAt(t, s, "C12"); !c.Hidden {
		t.Errorf("C12 in a hidden row without r: not hidden")
	}
	if c := cellAt(t, s, "A13"); c.Hidden {
		t.Errorf("A13 hidden")
	}
	if s.MaxCol != 6 {
		t.Errorf("MaxCol %d, want 6", s.MaxCol)
	}
}

func TestReadTruncatedSheet(t *testing.T) {
	f := newBook(t, "Putus")
	if _, err := f.NewSheet("Utuh"); err != nil {
		t.Fatal(err)
	}
	if err := f.SetCellStr("Utuh", "A1", "utuh"); err != nil {
		t.Fatal(err)
	}
	p := save(t, f)
	full := string(sheetXML(`<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c><c r="B2"><v>22</v></c></row><row r="3"><c r="A3"><v>3</v></c><c r="B3"><v>33</v></c></row>`))
	for name, cut := range map[string]int{
		"between rows":     strings.Index(full, `<row r="3">`),
		"inside a value":   strings.Index(full, `<v>33`) + 4,
		"inside a tag":     strings.Index(full, `<c r="B3">`) + 4,
		"before the close": strings.Index(full, `</sheetData>`),
	} {
		t.Run(name, func(t *testing.T) {
			rewrite(t, p, map[string][]byte{"xl/worksheets/sheet1.xml": []byte(full[:cut])})
			sheets := read(t, p)
			s := sheetNamed(t, sheets, "Putus")
			if s.Damaged == "" {
				t.Fatalf("Damaged empty for a part cut %s", name)
			}
			for ref, want := range map[string]string{"A1": "1", "A2": "2", "B2": "22"} {
				if c := cellAt(t, s, ref); c.Text != want {
					t.Errorf("%s: %q, want %q", ref, c.Text, want)
				}
			}
			if u := sheetNamed(t, sheets, "Utuh"); u.Damaged != "" || cellAt(t, u, "A1").Text != "utuh" {
				t.Errorf("the intact sheet: Damaged %q", u.Damaged)
			}
		})
	}
}

func TestReadMissingSheetPart(t *testing.T) {
	f := newBook(t, "Ada")
	if _, err := f.NewSheet("Hilang"); err != nil {
		t.Fatal(err)
	}
	if err := f.SetCellStr("Hilang", "A1", "x"); err != nil {
		t.Fatal(err)
	}
	p := save(t, f)
	rewrite(t, p, map[string][]byte{"xl/worksheets/sheet2.xml": nil})
	sheets := read(t, p)
	if len(sheets) != 2 {
		t.Fatalf("%d sheets, want 2", len(sheets))
	}
	h := sheetNamed(t, sheets, "Hilang")
	if h.Damaged == "" || !strings.Contains(h.Damaged, "sheet2.xml") || len(h.Rows) != 0 {
		t.Errorf("missing part: Damaged %q, %d rows", h.Damaged, len(h.Rows))
	}
	if h.Cell(1, 1) != nil || h.At(1, 1).Ref() != "A1" {
		t.Errorf("missing part: cells")
	}
	if a := sheetNamed(t, sheets, "Ada"); a.Damaged != "" || cellAt(t, a, "A1").Text != "x" {
		t.Errorf("the other sheet: Damaged %q", a.Damaged)
	}
}

func TestReadPrefixedElementNames(t *testing.T) {
	f := newBook(t, "Awalan")
	two := style(t, f, &excelize.Style{NumFmt: 2})
	p := save(t, f)
	ws := fmt.Sprintf(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`+"\n"+
		`<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>`+
		`<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="inlineStr"><x:is><x:t>sebaris</x:t></x:is></x:c></x:row>`+
		`<x:row r="2" hidden="1"><x:c r="A2" s="%d"><x:v>98.3</x:v></x:c><x:c r="B2"><x:f>A2*2</x:f><x:v>196.6</x:v></x:c></x:row>`+
		`</x:sheetData><x:mergeCells count="1"><x:mergeCell ref="A2:A3"/></x:mergeCells></x:worksheet>`, two)
	sst := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<x:sst xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><x:si><x:r><x:t>Pre</x:t></x:r><x:r><x:t>fix</x:t></x:r></x:si></x:sst>`
	rewrite(t, p, map[string][]byte{"xl/worksheets/sheet1.xml": []byte(ws), "xl/sharedStrings.xml": []byte(sst)})
	s := sheetNamed(t, read(t, p), "Awalan")
	if s.Damaged != "" {
		t.Errorf("Damaged: %s", s.Damaged)
	}
	if c := cellAt(t, s, "A1"); c.Text != "Prefix" {
		t.Errorf("A1: %q", c.Text)
	}
	if c := cellAt(t, s, "B1"); c.Text != "sebaris" {
		t.Errorf("B1: %q", c.Text)
	}
	if c := cellAt(t, s, "A2"); c.Num.String() != "98.3" || c.Decimals != 2 || !c.Hidden {
		t.Errorf("A2: Num %s Decimals %d Hidden %v", c.Num, c.Decimals, c.Hidden)
	}
	if c := cellAt(t, s, "B2"); c.Formula() != "A2*2" || !c.HasCache || c.Num.String() != "196.6" {
		t.Errorf("B2: Formula %q HasCache %v Num %s", c.Formula(), c.HasCache, c.Num)
	}
	if c := cellAt(t, s, "A3"); c.MergedInto == nil || c.MergedInto.Ref() != "A2" {
		t.Errorf("A3: MergedInto %v", c.MergedInto)
	}
}

func TestReadSkipsChartSheet(t *testing.T) {
	f := newBook(t, "Data")
	for i, v := range []int{10, 20, 30} {
		if err := f.SetCellInt("Data", fmt.Sprintf("B%d", i+1), int64(v)); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.AddChartSheet("Grafik", &excelize.Chart{
		Type:   excelize.Col,
		Series: []excelize.ChartSeries{{Name: "Data!$A$1", Values: "Data!$B$1:$B$3"}},
	}); err != nil {
		t.Fatal(err)
	}
	if _, err := f.NewSheet("Lagi"); err != nil {
		t.Fatal(err)
	}
	if err := f.SetCellStr("Lagi", "A1", "lagi"); err != nil {
		t.Fatal(err)
	}
	p := save(t, f)
	if !bytes.Contains(part(t, p, "xl/workbook.xml"), []byte(`name="Grafik"`)) {
		t.Fatal("the file has no chart sheet")
	}
	sheets := read(t, p)
	var names []string
	for _, s := range sheets {
		names = append(names, fmt.Sprintf("%s@%d", s.Name, s.Position))
	}
	if fmt.Sprint(names) != "[Data@0 Lagi@2]" {
		t.Errorf("sheets %v, want [Data@0 Lagi@2]", names)
	}
	if c := cellAt(t, sheetNamed(t, sheets, "Data"), "B3"); c.Num.String() != "30" {
		t.Errorf("Data!B3: %s", c.Num)
	}
	if c := cellAt(t, sheetNamed(t, sheets, "Lagi"), "A1"); c.Text != "lagi" {
		t.Errorf("Lagi!A1: %q", c.Text)
	}
}

func TestReadNotAWorkbook(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string][]byte{
		"kosong.xlsx": nil,
		"teks.xlsx":   []byte("Kode;Uraian\n7.01.01;Program\n"),
	} {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, body, 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := Read(p, Options{}); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func TestReadPasswordProtected(t *testing.T) {
	f := newBook(t, "Rahasia")
	p := filepath.Join(t.TempDir(), "sandi.xlsx")
	if err := f.SaveAs(p, excelize.Options{Password: "kragan"}); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(p)
	// Without a password the package is no zip: an error (the checker tells this case
	// apart before reading, from the file's first bytes).
	if _, err := Read(p, Options{}); err == nil {
		t.Fatal("no error without the password")
	}
	if _, err := Read(p, Options{Password: "salah"}); err == nil || Describe(err) != "password" {
		t.Errorf("wrong password: %v (%q)", err, Describe(err))
	}
	sheets, err := Read(p, Options{Password: "kragan"})
	if err != nil {
		t.Fatal(err)
	}
	if c := cellAt(t, sheetNamed(t, sheets, "Rahasia"), "A1"); c.Text != "x" {
		t.Errorf("A1 %q", c.Text)
	}
	if after, _ := os.ReadFile(p); !bytes.Equal(before, after) {
		t.Error("Read changed the file")
	}
}
