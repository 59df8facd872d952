package xlsx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"

	"lkjip/reconcile/workbook"
	"lkjip/samples/corpus"
)

// The scanner of read must build the same sheet as readTokens, on encoding/xml's tokenizer,
// for every input: these tests compare the two on the samples, on generated workbooks, on
// snippets of every construct (and every prefix of them), and under the fuzzer.

const testStylesXML = `<?xml version="1.0" encoding="UTF-8"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="2"><numFmt numFmtId="164" formatCode="0.000"/><numFmt numFmtId="165" formatCode="0.0%"/></numFmts>
<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="14"/><xf numFmtId="49"/></cellXfs>
</styleSheet>`

var testSST = []string{"alpha", "Target\n2021", "gamma"}

// readBoth reads one worksheet's XML with the scanner and with the tokenizer. The scanner
// reads it as the package's sheets are read, in windows that end after a row, here a few
// bytes at a time, so that every test of the scanner tests the windows too.
func readBoth(data []byte, sst []string, sstCut bool, st *styles) (scan, tok *workbook.Sheet) {
	scan = &workbook.Sheet{Name: "S"}
	tok = &workbook.Sheet{Name: "S"}
	win := &windows{name: "S", r: bytes.NewReader(data), size: 7, budget: 1 << 40}
	(&sheetReader{sheet: scan, sst: sst, sstCut: sstCut, styles: st}).readWindows(win.next)
	(&sheetReader{sheet: tok, sst: sst, sstCut: sstCut, styles: st}).readTokens(data)
	return scan, tok
}

func cellString(c *workbook.Cell) string {
	if c == nil {
		return "nil"
	}
	merged := ""
	if c.MergedInto != nil {
		merged = c.MergedInto.Ref()
	}
	return fmt.Sprintf("%s|%s|%d|%d|%d|%q|%s|%d|%v|%v|%v|%q|%v|%q|%v|%v|%s",
		c.Sheet, c.Ref(), c.Row, c.Col, c.Kind, c.Text, c.Num.String(), c.Decimals, c.None, c.FromText,
		c.Percent, c.NumberFormat(), c.Date, c.Formula(), c.HasCache, c.Hidden, merged)
}

// sheetDiff says how two sheets differ, "" when they are the same; with damagedOnly, two
// damaged sheets are the same whatever they hold.
func sheetDiff(a, b *workbook.Sheet, damagedOnly bool) string {
	if (a.Damaged == "") != (b.Damaged == "") {
		return fmt.Sprintf("damaged: scanner %q, tokenizer %q", a.Damaged, b.Damaged)
	}
	if damagedOnly && a.Damaged != "" {
		return ""
	}
	if a.Damaged == "" && a.Damaged != b.Damaged {
		return fmt.Sprintf("damaged: scanner %q, tokenizer %q", a.Damaged, b.Damaged)
	}
	if len(a.Rows) != len(b.Rows) {
		return fmt.Sprintf("rows: scanner %d, tokenizer %d", len(a.Rows), len(b.Rows))
	}
	for i := range a.Rows {
		ra, rb := a.Rows[i], b.Rows[i]
		if ra.Num != rb.Num || ra.Hidden != rb.Hidden || len(ra.Cells) != len(rb.Cells) {
			return fmt.Sprintf("row %d: scanner %d/%v/%d cells, tokenizer %d/%v/%d cells",
				i, ra.Num, ra.Hidden, len(ra.Cells), rb.Num, rb.Hidden, len(rb.Cells))
		}
		for j := range ra.Cells {
			if ca, cb := cellString(ra.Cells[j]), cellString(rb.Cells[j]); ca != cb {
				return fmt.Sprintf("row %d cell %d:\n scanner   %s\n tokenizer %s", ra.Num, j+1, ca, cb)
			}
		}
	}
	return ""
}

// checkSame fails the test when the scanner and the tokenizer differ on data.
func checkSame(t testing.TB, label string, data []byte, sst []string, sstCut bool, st *styles) {
	t.Helper()
	scan, tok := readBoth(data, sst, sstCut, st)
	if d := sheetDiff(scan, tok, false); d != "" {
		t.Errorf("%s: %s\ninput: %q", label, d, truncate(data, 600))
	}
}

func truncate(b []byte, n int) []byte {
	if len(b) > n {
		return b[:n]
	}
	return b
}

func ws(body string) string {
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<worksheet ` + nsMain + `><sheetData>` + body + `</sheetData></worksheet>`
}

// scanSnippets cover every construct the reader handles, well formed and not.
var scanSnippets = []string{
	ws(`<row r="1"><c r="A1" s="1"><v>1.5</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>9</v></c></row>`),
	ws(`<row r="2" hidden="1"><c r="A2" s="2"><v>0.98321</v></c><c r="B2" s="3"><v>44927</v></c><c r="C2" s="4"><v>12</v></c></row>`),
	ws(`<row r='3' hidden='true' spans="1:3"
		><c
		t='str' r='A3'
		s = "0"><f>SUM(B3:C3)</f><v>a&amp;b &lt;c&gt; &quot;d&quot; &apos;e&apos; &#65;&#x42;&#x1F600;</v></c></row>`),
	ws(`<row r="4"><c r="A4"><f t="shared" ref="A4:A6" si="0">B4+1</f><v>2</v></c></row>` +
		`<row r="5"><c r="A5"><f t="shared" si="0"/><v>3</v></c></row><row r="6"><c r="A6"><f t="shared" si="0"></f></c></row>`),
	ws(`<row r="7"><c r="A7" t="inlineStr"><is><t>one</t><r><rPr><b/></rPr><t xml:space="preserve"> two</t></r><rPh sb="0" eb="1"><t>ふり</t></rPh><t>_x000D_three</t></is></c></row>`),
	`<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1" x:t="b"><x:v>1</x:v></x:c><x:c r="B1" t="e"><x:v>#DIV/0!</x:v></x:c><x:c r="C1" s="2"/></x:row></x:sheetData><x:mergeCells><x:mergeCell ref="A1:B2"/></x:mergeCells></x:worksheet>`,
	ws(`<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="3"><c r="D3"><v>7</v></c></row>`) + ``,
	strings.Replace(ws(`<row r="1"><c r="A1" t="s"><v>0</v></c></row>`), `</sheetData>`, `</sheetData><mergeCells count="2"><mergeCell ref="A1:C2"/><mergeCell ref="E5:F6"/><mergeCell ref="bad"/></mergeCells>`, 1),
	`<?xml version="1.0"?><!-- a comment --><!DOCTYPE worksheet [<!ENTITY x "y"> <!-- c --> <a>]><?pi data?><worksheet><sheetPr><tabColor rgb="FF00FF00"/></sheetPr><dimension ref="A1:C3"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><cols><col min="1" max="2" width="9.5"/></cols><sheetData><row><c><v><![CDATA[4<2]]></v></c><c><v>  </v></c></row><row><c r="B5"><v>5</v></c></row></sheetData><conditionalFormatting sqref="A1"><cfRule type="expression" priority="1"><formula>A1&gt;0</formula></cfRule></conditionalFormatting><extLst><ext uri="{x}"><x14:y xmlns:x14="u"/></ext></extLst></worksheet>`,
	ws(`<row><c r="C9"><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row>`),
	ws(`<row r="1"><c r="A1"><v>1` + "\r\n" + `2</v></c><c r="B1" t="str"><v>a` + "\r" + `b&#13;c</v></c><c r="C1" t="str"><v><![CDATA[x` + "\r\n" + `&amp;]]></v></c></row>`),
	ws(`<row r="1"><c r="A1" t="d"><v>2021-01-02T00:00:00</v></c><c r="B1" t="n"><v>1E-3</v></c><c r="C1"><v>abc</v></c><c r="D1" s="99999999999999999999"><v>3.25</v></c></row>`),
	ws(`<row r="1"><c r="A1"><v>1</v></c></row>`) + `<!-- trailing -->` + "\n",
	ws(`<row r="1"><c r="A1"><v>1</v></c></row>`) + `<bad`,
	ws(`<row r="1"><c r="A1"><v>1</v></c></row>`) + "\xff",
	ws(`<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>&bogus;</v></c></row>`),
	ws(`<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>]]></v></c></row>`),
	ws(`<row r="1"><c r="A1"><v>&#0;</v></c></row>`),
	ws(`<row r="1"><c r="A1"><v>&#xD800;</v></c></row>`),
	ws(`<row r="1"><c r="A1" t="str"><v>&#xFFFE;</v></c></row>`),
	ws(`<row r="1"><c r="A1" t="str"><v>&#x110000;</v></c></row>`),
	ws(`<row r="1"><c r="A1" t="str"><v>&#X41;</v></c></row>`),
	ws(`<row r="1"><c r="A1" t="str"><v>&#;</v></c></row>`),
	ws(`<row r="1"><c r="A1" t="str"><v>&amp</v></c></row>`),
	ws(`<row r="1"><c r="A1" t="str"><v>` + "\x01" + `</v></c></row>`),
	ws(`<row r="1"><c r="A1" t="str"><v>` + "\xed\xa0\x80" + `</v></c></row>`),
	ws(`<row r="1"><c r="A1" t="str"><v>` + "\xef\xbf\xbd \xef\xbf\xbf" + `</v></c></row>`),
	ws(`<row r="1"><c r="A1" t=str><v>1</v></c></row>`),
	ws(`<row r="1"><c r="A1" t><v>1</v></c></row>`),
	ws(`<row r="1"><c r="A1" t="<"><v>1</v></c></row>`),
	ws(`<row r="1"><c r="A1"t="s"><v>1</v></c></row>`),
	ws(`<row r="1"><c r="A1" / ><v>1</v></row>`),
	ws(`<row r="1"><a:b:c/><c r="A1"><v>1</v></c></row>`),
	ws(`<row r="1"><1c/></row>`),
	ws(`<row r="1"><c r="A1"><v>1</v></c ></row  >`),
	ws(`<row r="1"><c r="A1"><v>1</v></c x></row>`),
	ws(`<row r="1"><c r="A1"><v>1</v></></row>`),
	ws(`<row r="1"><:c r="A1"><v>1</v></:c><c: r="B1"><v>1</v></c:></row>`),
	ws(`<row r="1"><c r="A1"><v>1<!- x --></v></c></row>`),
	ws(`<row r="1"><c r="A1"><v>1<!-- x -- y --></v></c></row>`),
	ws(`<row r="1"><c r="A1"><v>1<![CDAT[x]]></v></c></row>`),
	ws(`<row r="1"><c r="A1"><v>1<? x?></v></c></row>`),
	ws(`<row r="1"><c r="Ä1" ü="x"><v>1</v></c><ñ/><·x/></row>`),
	`<?xml version="1.1"?>` + ws(``),
	`<?xml version="1.0" encoding="ISO-8859-1"?>` + ws(``),
	`<?xml version="1.0" encoding='utf-8'?>` + ws(`<row r="1"><c r="A1"><v>1</v></c></row>`),
	"\xef\xbb\xbf" + ws(`<row r="1"><c r="A1"><v>1</v></c></row>`),
	`<!DOCTYPE x [ <!ELEMENT a "<>"> <!-- > --> <a <b> ]>` + ws(`<row r="1"><c r="A1"><v>1</v></c></row>`),
	`<!>` + ws(`<row r="1"><c r="A1"><v>1</v></c></row>`),
	`<!<!x>>` + ws(`<row r="1"><c r="A1"><v>1</v></c></row>`),
	ws(`<row r="1"><c r="A1" s="1" s="2" r="B1"><v>1</v></c><c t="s"><v> 2 </v></c></row><row r="1"><c r="D1"><v>4</v></c></row>`),
	ws(`<c r="A1"><v>1</v></c><row r="0"><c r="A$1"><v>1</v></c><c r="$ZZZZ1"><v>2</v></c><c r="A1048577"><v>3</v></c></row>`),
	ws(`<row r="5"><c r="A5" t="inlineStr"><is><t>x</t></is><v>y</v></c><c r="B5" t="inlineStr"><is/></c></row>`),
	ws(`<row r="1"><c r="A1"><f>A<v>1</v>B</f></c><c r="B1"><f t="array" ref="B1">=1+1</f></c></row>`),
	ws(`<row r="1"><c r="A1" t="str"><v>a&amp;b</v></c></row>`) + `</worksheet>`,
	ws(`<row r="1" x:r="2" hidden="&#49;"><c r="&#65;1"><v>1</v></c></row>`),
	ws(`<row r="1"><c r="A1"><v>1</v><v>2</v></c></row>`),
	`<row><c><f></c></f ><c><v>1</c></v>`, // found by the fuzzer: an end tag after </c> crashed both
	"",
	"<",
	"   ",
	"<worksheet/>",
	"<worksheet></worksheet>junk",
	"<worksheet></worksheet>junk&",
	"<worksheet></worksheet><!-- ",
}

func testStyles() *styles { return newStyles([]byte(testStylesXML)) }

func TestScannerSnippets(t *testing.T) {
	st := testStyles()
	for i, sn := range scanSnippets {
		for _, cut := range []bool{false, true} {
			checkSame(t, fmt.Sprintf("snippet %d", i), []byte(sn), testSST, cut, st)
		}
		// Every prefix: the input cut short at every byte.
		for n := 0; n < len(sn); n++ {
			checkSame(t, fmt.Sprintf("snippet %d cut at %d", i, n), []byte(sn[:n]), testSST, false, st)
		}
	}
}

// TestScannerDecoding checks a few results outright, beyond agreeing with the tokenizer.
func TestScannerDecoding(t *testing.T) {
	sh := &workbook.Sheet{Name: "S"}
	(&sheetReader{sheet: sh, styles: testStyles()}).read([]byte(ws(
		`<row r="1"><x:c r="A1" t="str"><v>a&amp;&lt;&#x42;&#67;` + "\r\n" + `</v></x:c>` +
			`<c r="B1" t="inlineStr"><is><t>p</t><rPh><t>no</t></rPh><r><t>q</t></r></is></c></row>`)))
	if sh.Damaged != "" {
		t.Fatal(sh.Damaged)
	}
	if got := sh.Rows[0].Cells[0].Text; got != "a&<BC\n" {
		t.Errorf("A1 = %q", got)
	}
	if got := sh.Rows[0].Cells[1].Text; got != "pq" {
		t.Errorf("B1 = %q", got)
	}
}

// workbookSheets returns the shared strings, the styles and the worksheets' XML of a file.
func workbookParts(t testing.TB, p string) (sst []string, sstCut bool, st *styles, sheets map[string][]byte) {
	t.Helper()
	zr, err := zip.OpenReader(p)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	st = &styles{}
	sheets = map[string][]byte{}
	for _, zf := range zr.File {
		rc, err := zf.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case zf.Name == "xl/sharedStrings.xml":
			sst, sstCut = sharedStrings(b)
		case zf.Name == "xl/styles.xml":
			st = newStyles(b)
		case strings.HasPrefix(zf.Name, "xl/worksheets/") && strings.HasSuffix(zf.Name, ".xml"):
			sheets[zf.Name] = b
		}
	}
	return sst, sstCut, st, sheets
}

func sampleFiles(t testing.TB) []string {
	files, err := filepath.Glob("../../samples/*.xlsx")
	if err != nil || len(files) == 0 {
		t.Fatalf("no samples: %v", err)
	}
	return files
}

func TestScannerSamples(t *testing.T) {
	for _, f := range sampleFiles(t) {
		sst, cut, st, sheets := workbookParts(t, f)
		for name, data := range sheets {
			checkSame(t, f+" "+name, data, sst, cut, st)
			scan, _ := readBoth(data, sst, cut, st)
			if len(scan.Rows) == 0 || scan.Damaged != "" {
				t.Errorf("%s %s: %d rows, damaged %q", f, name, len(scan.Rows), scan.Damaged)
			}
		}
	}
}

func TestScannerCorpus(t *testing.T) {
	n := 50
	if testing.Short() {
		n = 10
	}
	files, err := corpus.Generate(t.TempDir(), n, 1, corpus.Kinds(), 50)
	if err != nil {
		t.Fatal(err)
	}
	sheets := 0
	for _, f := range files {
		sst, cut, st, parts := workbookParts(t, f.Path)
		for name, data := range parts {
			sheets++
			checkSame(t, filepath.Base(f.Path)+" "+name, data, sst, cut, st)
		}
	}
	if sheets < n {
		t.Errorf("only %d worksheets in %d workbooks", sheets, n)
	}
}

func FuzzScanner(f *testing.F) {
	for _, sn := range scanSnippets {
		f.Add([]byte(sn))
	}
	for _, p := range sampleFiles(f) {
		_, _, _, sheets := workbookParts(f, p)
		for _, data := range sheets {
			f.Add(data)
		}
	}
	st := testStyles()
	f.Fuzz(func(t *testing.T, data []byte) {
		scan, tok := readBoth(data, testSST, false, st)
		if d := sheetDiff(scan, tok, false); d != "" {
			t.Errorf("%s\ninput: %q", d, data)
		}
	})
}

// bigSheet is a generated worksheet of rows of numbers, shared strings, inline strings,
// formulas (shared ones among them) and styled cells, with the elements a real sheet has
// around its data.
func bigSheet(rows int) []byte {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n")
	b.WriteString(`<worksheet ` + nsMain + ` xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">`)
	b.WriteString(`<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1:J` + fmt.Sprint(rows) + `"/>`)
	b.WriteString(`<sheetViews><sheetView tabSelected="1" workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>`)
	b.WriteString(`<sheetFormatPr defaultRowHeight="15"/><cols><col min="1" max="1" width="30.7109375" customWidth="1"/></cols><sheetData>`)
	for r := 1; r <= rows; r++ {
		fmt.Fprintf(&b, `<row r="%d" spans="1:10" x14ac:dyDescent="0.25">`, r)
		fmt.Fprintf(&b, `<c r="A%d" s="4" t="s"><v>%d</v></c>`, r, r%3)
		fmt.Fprintf(&b, `<c r="B%d" s="1"><v>%d.%03d</v></c>`, r, r*7, r%1000)
		fmt.Fprintf(&b, `<c r="C%d" s="2"><v>0.%d</v></c>`, r, r%97)
		fmt.Fprintf(&b, `<c r="D%d"><v>%d</v></c>`, r, r*13)
		if r == 1 {
			b.WriteString(`<c r="E1"><f t="shared" ref="E1:E100000" si="0">B1+D1</f><v>8</v></c>`)
		} else {
			fmt.Fprintf(&b, `<c r="E%d"><f t="shared" si="0"/><v>%d</v></c>`, r, r*20)
		}
		fmt.Fprintf(&b, `<c r="F%d"><f>SUM(B%d:D%d)</f><v>%d</v></c>`, r, r, r, r*21)
		fmt.Fprintf(&b, `<c r="G%d" t="inlineStr"><is><t>Kegiatan &amp; program %d</t></is></c>`, r, r)
		fmt.Fprintf(&b, `<c r="H%d" s="3"><v>44927</v></c>`, r)
		fmt.Fprintf(&b, `<c r="I%d" s="1"/>`, r)
		fmt.Fprintf(&b, `<c r="J%d" t="str"><f>A%d&amp;"x"</f><v>Target_x000D_ %d</v></c>`, r, r, r)
		b.WriteString(`</row>`)
	}
	b.WriteString(`</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>`)
	b.WriteString(`<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`)
	return []byte(b.String())
}

func TestScannerBigSheet(t *testing.T) {
	checkSame(t, "big sheet", bigSheet(2000), testSST, false, testStyles())
}

func BenchmarkSheetRead(b *testing.B) {
	data := bigSheet(20000)
	st := testStyles()
	for _, bc := range []struct {
		name string
		read func(r *sheetReader, data []byte)
	}{
		{"scanner", (*sheetReader).read},
		{"tokenizer", (*sheetReader).readTokens},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				sh := &workbook.Sheet{Name: "S"}
				bc.read(&sheetReader{sheet: sh, sst: testSST, styles: st}, data)
			}
		})
	}
}

// BenchmarkSheetTokens measures the tokenizing alone: every token of a large sheet, with
// its attributes and text, without building cells.
func BenchmarkSheetTokens(b *testing.B) {
	data := bigSheet(20000)
	b.Run("scanner", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for b.Loop() {
			s := &scanner{data: data}
			var buf []byte
			for k := s.next(); k != tokEOF; k = s.next() {
				switch k {
				case tokErr:
					b.Fatal(s.err)
				case tokStart:
					for i := range s.attrs {
						buf = append(buf[:0], s.attrVal(&s.attrs[i])...)
					}
				case tokText:
					buf = s.appendText(buf[:0])
				}
			}
		}
	})
	b.Run("tokenizer", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for b.Loop() {
			d := xml.NewDecoder(bytes.NewReader(data))
			for {
				if _, err := d.RawToken(); err != nil {
					if err != io.EOF {
						b.Fatal(err)
					}
					break
				}
			}
		}
	})
}

// TestScannerMutations compares the two paths on the snippets with bytes replaced, inserted
// or deleted at random, biased towards the bytes XML syntax turns on.
func TestScannerMutations(t *testing.T) {
	st := testStyles()
	rng := rand.New(rand.NewPCG(1, 2))
	n, damaged := 20000, 0
	if testing.Short() {
		n = 2000
	}
	for i := 0; i < n; i++ {
		data := mutate(rng, []byte(scanSnippets[rng.IntN(len(scanSnippets))]), 4)
		checkSame(t, fmt.Sprintf("mutation %d", i), data, testSST, false, st)
		if t.Failed() {
			return
		}
		if scan, _ := readBoth(data, testSST, false, st); scan.Damaged != "" {
			damaged++
		}
	}
	t.Logf("%d of %d mutated inputs damaged", damaged, n)
	if damaged == 0 || damaged == n {
		t.Errorf("the mutations should give both sound and damaged inputs")
	}
}

// TestSharedPartsScanner compares the shared strings and styles read with the scanner with
// those read with encoding/xml: on the samples' parts and on mutations of them.
func TestSharedPartsScanner(t *testing.T) {
	var inputs [][]byte
	for _, p := range sampleFiles(t) {
		zr, err := zip.OpenReader(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, zf := range zr.File {
			if zf.Name != "xl/sharedStrings.xml" && zf.Name != "xl/styles.xml" {
				continue
			}
			rc, _ := zf.Open()
			b, err := io.ReadAll(rc)
			rc.Close()
			if err != nil {
				t.Fatal(err)
			}
			inputs = append(inputs, b)
		}
		zr.Close()
	}
	inputs = append(inputs, []byte(testStylesXML),
		[]byte(`<sst><si><t>a&amp;b</t></si><si><r><t>x</t></r><r><t xml:space="preserve"> y&#10;</t></r><rPh><t>no</t></rPh></si><si><t><![CDATA[<c>]]></t></si><si><t>l1`+"\r\n"+`l2_x000D_</t></si></sst>`))
	if len(inputs) < 5 {
		t.Fatalf("only %d parts", len(inputs))
	}
	same := func(label string, data []byte) {
		t.Helper()
		ss, cut := sharedStrings(data)
		ws, wcut := sharedStringsTokens(data)
		if fmt.Sprintf("%q %v", ss, cut) != fmt.Sprintf("%q %v", ws, wcut) {
			t.Fatalf("%s: shared strings\nscanner %q %v\ntokens  %q %v\ninput %q", label, ss, cut, ws, wcut, data)
		}
		if a, b := newStyles(data), newStylesTokens(data); fmt.Sprint(a.codes) != fmt.Sprint(b.codes) {
			t.Fatalf("%s: styles\nscanner %q\ntokens  %q\ninput %q", label, a.codes, b.codes, data)
		}
	}
	strs := 0
	for i, data := range inputs {
		same(fmt.Sprintf("part %d", i), data)
		ss, _ := sharedStrings(data)
		strs += len(ss)
	}
	if strs < 10 {
		t.Errorf("only %d shared strings read", strs)
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for i := 0; i < 3000; i++ {
		same(fmt.Sprintf("mutation %d", i), mutate(rng, inputs[rng.IntN(len(inputs))], 4))
	}
}

// TestPackagePartsScanner compares workbook.xml's sheet list and the .rels parts read with the
// scanner with those read with encoding/xml, on the samples' parts and mutations of them.
func TestPackagePartsScanner(t *testing.T) {
	var books, rels [][]byte
	for _, p := range sampleFiles(t) {
		zr, err := zip.OpenReader(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, zf := range zr.File {
			rc, _ := zf.Open()
			b, err := io.ReadAll(rc)
			rc.Close()
			if err != nil {
				t.Fatal(err)
			}
			switch {
			case zf.Name == "xl/workbook.xml":
				books = append(books, b)
			case strings.HasSuffix(zf.Name, ".rels"):
				rels = append(rels, b)
			}
		}
		zr.Close()
	}
	books = append(books, []byte(`<workbook xmlns:r="x"><sheets><sheet name="A&amp;B" sheetId="1" r:id="rId1"/><sheet name="H" id="plain" state="hidden" r:id="rId2"/></sheets></workbook>`))
	rels = append(rels, []byte(`<Relationships><Relationship Id="rId1" Type="t/officeDocument" Target="/xl/workbook.xml"/><x><Relationship Id="deep"/></x></Relationships>`),
		[]byte(`<a/><b/>`), []byte(`<Relationships><Relationship Id="r"/></Other>`), []byte(`  `))
	if len(books) < 3 || len(rels) < 10 {
		t.Fatalf("%d workbook parts, %d rels parts", len(books), len(rels))
	}
	same := func(label string, book, rel []byte) {
		t.Helper()
		sa, da := workbookSheets(book)
		sb, db := workbookSheetsTokens(book)
		if a, b := fmt.Sprintf("%q %v", sa, da), fmt.Sprintf("%q %v", sb, db); a != b {
			t.Fatalf("%s: sheets\nscanner %s\ntokens  %s\ninput %q", label, a, b, book)
		}
		if a, b := fmt.Sprintf("%q", parseRels(rel)), fmt.Sprintf("%q", parseRelsTokens(rel)); a != b {
			t.Fatalf("%s: rels\nscanner %s\ntokens  %s\ninput %q", label, a, b, rel)
		}
	}
	sheets, found := 0, 0
	for i := range max(len(books), len(rels)) {
		book, rel := books[i%len(books)], rels[i%len(rels)]
		same(fmt.Sprintf("part %d", i), book, rel)
		entries, _ := workbookSheets(book)
		sheets += len(entries)
		found += len(parseRels(rel))
	}
	if sheets < 10 || found < 10 {
		t.Errorf("only %d sheets and %d relationships read", sheets, found)
	}
	rng := rand.New(rand.NewPCG(9, 10))
	for i := 0; i < 3000; i++ {
		same(fmt.Sprintf("mutation %d", i), mutate(rng, books[rng.IntN(len(books))], 3), mutate(rng, rels[rng.IntN(len(rels))], 3))
	}
}

// mutate returns a copy of in with up to most bytes replaced, inserted or deleted at random,
// biased towards the bytes XML syntax turns on.
func mutate(rng *rand.Rand, in []byte, most int) []byte {
	const special = "<>/?!-[]&#;x\"'= \r\n\t:]]]CDATA\x00\xc3\xa9\xff"
	data := append([]byte(nil), in...)
	for m := rng.IntN(most); m >= 0 && len(data) > 0; m-- {
		p := rng.IntN(len(data))
		c := special[rng.IntN(len(special))]
		switch rng.IntN(3) {
		case 0:
			data[p] = c
		case 1:
			data = append(data[:p], append([]byte{c}, data[p:]...)...)
		default:
			data = append(data[:p], data[p+1:]...)
		}
	}
	return data
}

// TestWindowsReadAsWhole reads a sheet of many rows whole and in windows of every size from
// one byte to beyond the part: the same sheet each time, and the part's bytes counted.
func TestWindowsReadAsWhole(t *testing.T) {
	data := bigSheet(300)
	whole := &workbook.Sheet{Name: "S"}
	(&sheetReader{sheet: whole, sst: testSST, styles: testStyles()}).read(data)
	if len(whole.Rows) < 300 || whole.Damaged != "" {
		t.Fatalf("the whole read gives %d rows, damaged %q", len(whole.Rows), whole.Damaged)
	}
	for _, size := range []int64{1, 2, 5, 6, 7, 64, 1000, 4096, int64(len(data)), 1 << 20} {
		win := &windows{name: "S", r: bytes.NewReader(data), size: size, budget: 1 << 40}
		sh := &workbook.Sheet{Name: "S"}
		(&sheetReader{sheet: sh, sst: testSST, styles: testStyles()}).readWindows(win.next)
		if d := sheetDiff(whole, sh, false); d != "" {
			t.Errorf("windows of %d bytes: %s", size, d)
		}
		if win.read != int64(len(data)) || win.err != nil {
			t.Errorf("windows of %d bytes read %d of %d bytes, error %v", size, win.read, len(data), win.err)
		}
	}
}

// TestWindowsKeepTheBudget: a part that unpacks beyond the budget is refused as too large,
// however it is cut.
func TestWindowsKeepTheBudget(t *testing.T) {
	data := bigSheet(300)
	win := &windows{name: "S", r: bytes.NewReader(data), size: 4096, budget: int64(len(data)) / 2}
	sh := &workbook.Sheet{Name: "S"}
	(&sheetReader{sheet: sh, sst: testSST, styles: testStyles()}).readWindows(win.next)
	if !errors.Is(win.err, ErrTooLarge) {
		t.Fatalf("a part of %d bytes against a budget of %d: error %v, want ErrTooLarge", len(data), len(data)/2, win.err)
	}
	if win.read > int64(len(data))/2+1 {
		t.Errorf("unpacked %d bytes before refusing, budget %d", win.read, len(data)/2)
	}
}
