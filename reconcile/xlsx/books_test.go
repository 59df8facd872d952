package xlsx

import (
	"archive/zip"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"lkjip/reconcile/workbook"
)

// The workbooks of these tests are written part by part with archive/zip, as raw XML: the
// shapes under test (merges reaching column XFD, one far cell on thousands of rows, a 1904
// date system, an empty cached value) are what other writers and hostile senders produce,
// and a 100,000-row budget sheet written so takes a fraction of a second.

// rawBook is a workbook to write: its sheets' XML, in order, with their names; the shared
// strings, the styles and the workbook's own properties element, when given.
type rawBook struct {
	sheets     []rawSheet
	sst        []string
	styles     string // the whole styles part, "" for none
	workbookPr string // e.g. `<workbookPr date1904="1"/>`, "" for none
}

type rawSheet struct {
	name string
	xml  string
}

// write writes the book as an .xlsx file at path.
func (b rawBook) write(t testing.TB, path string) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	zw := zip.NewWriter(f)
	put := func(name, body string) {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(body)); err != nil {
			t.Fatal(err)
		}
	}
	const head = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"
	const relNS = `http://schemas.openxmlformats.org/officeDocument/2006/relationships`
	var ct, sheets, rels strings.Builder
	ct.WriteString(head + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
		`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
		`<Default Extension="xml" ContentType="application/xml"/>` +
		`<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>`)
	rels.WriteString(head + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`)
	for i, s := range b.sheets {
		fmt.Fprintf(&ct, `<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`, i+1)
		fmt.Fprintf(&sheets, `<sheet name="%s" sheetId="%d" r:id="rId%d"/>`, s.name, i+1, i+1)
		fmt.Fprintf(&rels, `<Relationship Id="rId%d" Type="%s/worksheet" Target="worksheets/sheet%d.xml"/>`, i+1, relNS, i+1)
		put(fmt.Sprintf("xl/worksheets/sheet%d.xml", i+1), s.xml)
	}
	if b.sst != nil {
		ct.WriteString(`<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>`)
		fmt.Fprintf(&rels, `<Relationship Id="rIdS" Type="%s/sharedStrings" Target="sharedStrings.xml"/>`, relNS)
		var sst strings.Builder
		fmt.Fprintf(&sst, head+`<sst %s count="%d" uniqueCount="%d">`, nsMain, len(b.sst), len(b.sst))
		for _, s := range b.sst {
			sst.WriteString(`<si><t xml:space="preserve">` + xmlEscape(s) + `</t></si>`)
		}
		sst.WriteString(`</sst>`)
		put("xl/sharedStrings.xml", sst.String())
	}
	if b.styles != "" {
		ct.WriteString(`<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>`)
		fmt.Fprintf(&rels, `<Relationship Id="rIdT" Type="%s/styles" Target="styles.xml"/>`, relNS)
		put("xl/styles.xml", b.styles)
	}
	ct.WriteString(`</Types>`)
	rels.WriteString(`</Relationships>`)
	put("[Content_Types].xml", ct.String())
	put("_rels/.rels", head+`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`+
		`<Relationship Id="rId1" Type="`+relNS+`/officeDocument" Target="xl/workbook.xml"/></Relationships>`)
	put("xl/workbook.xml", head+`<workbook `+nsMain+` xmlns:r="`+relNS+`">`+b.workbookPr+`<sheets>`+sheets.String()+`</sheets></workbook>`)
	put("xl/_rels/workbook.xml.rels", rels.String())
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

func xmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace(s)
}

// inl is an inline string cell.
func inl(ref, text string) string {
	return `<c r="` + ref + `" t="inlineStr"><is><t>` + xmlEscape(text) + `</t></is></c>`
}

// bookStyles has the number formats the budget sheet uses: 1 is #,##0 (amounts), 2 is 0.00
// (percentages), 3 is a date (d mmmm yyyy).
const bookStyles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="1"><numFmt numFmtId="164" formatCode="d mmmm yyyy"/></numFmts>
<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="3" applyNumberFormat="1"/><xf numFmtId="2" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs>
</styleSheet>`

// identitasSheet is an Identitas sheet for the year 2023; extra are the cells of further
// lines, from row 6 (their references must say so).
func identitasSheet(extra ...string) rawSheet {
	var b strings.Builder
	b.WriteString(`<row r="1">` + inl("A1", "IDENTITAS") + `</row>`)
	b.WriteString(`<row r="3">` + inl("A3", "Nama Instansi") + inl("B3", "Kecamatan Lasem") + `</row>`)
	b.WriteString(`<row r="4">` + inl("A4", "Tahun Laporan") + `<c r="B4"><v>2023</v></c></row>`)
	b.WriteString(`<row r="5">` + inl("A5", "Periode Renstra") + inl("B5", "2021-2026") + `</row>`)
	for i, r := range extra {
		fmt.Fprintf(&b, `<row r="%d">%s</row>`, i+6, r)
	}
	return rawSheet{"Identitas", string(sheetXML(b.String()))}
}

// budgetSheet writes a Realisasi Anggaran table as a finance system exports it: No, Kode,
// Uraian, Anggaran, Realisasi, Selisih, %, under two title lines; programs, kegiatan, sub
// kegiatan and their accounts (programs x 10 kegiatan x 10 sub kegiatan x accounts), every
// parent the sum of its children, and a closing Jumlah row. The text goes to the shared
// string table sst. 20 programs of 49 accounts make 100,222 rows.
func budgetSheet(programs, accounts int, sst *[]string) rawSheet {
	str := func(s string) int {
		*sst = append(*sst, s)
		return len(*sst) - 1
	}
	accountNames := []string{"Belanja Alat Tulis Kantor", "Belanja Bahan Cetak", "Belanja Makanan dan Minuman Rapat",
		"Belanja Perjalanan Dinas Dalam Daerah", "Honorarium Narasumber", "Belanja Jasa Kebersihan",
		"Belanja Pemeliharaan Kendaraan Dinas", "Belanja Listrik", "Belanja Air", "Belanja Telepon"}
	names := make([]int, len(accountNames))
	for i, n := range accountNames {
		names[i] = str(n)
	}
	type line struct {
		level      int
		code, name int
		a, r       int64
	}
	var lines []line
	seed := uint64(2023)
	next := func() uint64 { seed = seed*6364136223846793005 + 1442695040888963407; return seed >> 33 }
	var total [2]int64
	for p := 1; p <= programs; p++ {
		pi := len(lines)
		lines = append(lines, line{level: 1, code: str(fmt.Sprintf("7.01.%02d", p)), name: str(fmt.Sprintf("PROGRAM %d", p))})
		for k := 1; k <= 10; k++ {
			ki := len(lines)
			lines = append(lines, line{level: 2, code: str(fmt.Sprintf("7.01.%02d.2.%02d", p, k)), name: str(fmt.Sprintf("Kegiatan %d.%d", p, k))})
			for s := 1; s <= 10; s++ {
				si := len(lines)
				lines = append(lines, line{level: 3, code: str(fmt.Sprintf("7.01.%02d.2.%02d.%04d", p, k, s)), name: str(fmt.Sprintf("Sub Kegiatan %d.%d.%d", p, k, s))})
				for a := 1; a <= accounts; a++ {
					anggaran := int64(next()%9_000_000+1_000_000) * 100
					realisasi := anggaran - int64(next()%uint64(anggaran/100/5+1))*100
					lines = append(lines, line{level: 4, code: str(fmt.Sprintf("5.1.02.01.01.%04d", a)), name: names[a%len(names)], a: anggaran, r: realisasi})
					for _, i := range []int{si, ki, pi} {
						lines[i].a += anggaran
						lines[i].r += realisasi
					}
					total[0] += anggaran
					total[1] += realisasi
				}
			}
		}
	}
	var b strings.Builder
	b.Grow(len(lines) * 330)
	b.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n")
	b.WriteString(`<worksheet ` + nsMain + ` xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">`)
	fmt.Fprintf(&b, `<dimension ref="A1:G%d"/><sheetData>`, len(lines)+5)
	fmt.Fprintf(&b, `<row r="1"><c r="A1" t="s"><v>%d</v></c></row>`, str("LAPORAN REALISASI ANGGARAN"))
	fmt.Fprintf(&b, `<row r="2"><c r="A2" t="s"><v>%d</v></c></row>`, str("Tahun Anggaran 2023"))
	b.WriteString(`<row r="4">`)
	for i, h := range []string{"No", "Kode", "Uraian", "Anggaran", "Realisasi", "Selisih", "%"} {
		fmt.Fprintf(&b, `<c r="%c4" t="s"><v>%d</v></c>`, 'A'+i, str(h))
	}
	b.WriteString(`</row>`)
	pct := func(a, r int64) string {
		// r/a*100 at two decimals, half away from zero, in integers
		n := (r*100000/a + 5) / 10
		return fmt.Sprintf("%d.%02d", n/100, n%100)
	}
	row := func(n int, no string, code, name int, a, r int64) {
		fmt.Fprintf(&b, `<row r="%d" spans="1:7">`, n)
		if no != "" {
			fmt.Fprintf(&b, `<c r="A%d"><v>%s</v></c>`, n, no)
		}
		if code >= 0 {
			fmt.Fprintf(&b, `<c r="B%d" t="s"><v>%d</v></c>`, n, code)
		}
		fmt.Fprintf(&b, `<c r="C%d" t="s"><v>%d</v></c><c r="D%d" s="1"><v>%d</v></c><c r="E%d" s="1"><v>%d</v></c><c r="F%d" s="1"><v>%d</v></c><c r="G%d" s="2"><v>%s</v></c></row>`,
			n, name, n, a, n, r, n, a-r, n, pct(a, r))
	}
	program := 0
	for i, l := range lines {
		no := ""
		if l.level == 1 {
			program++
			no = fmt.Sprint(program)
		}
		row(i+5, no, l.code, l.name, l.a, l.r)
	}
	row(len(lines)+5, "", -1, str("JUMLAH"), total[0], total[1])
	b.WriteString(`</sheetData></worksheet>`)
	return rawSheet{"Realisasi Anggaran", b.String()}
}

// budgetBook is a workbook of an Identitas sheet and a budget sheet.
func budgetBook(programs, accounts int) rawBook {
	var sst []string
	budget := budgetSheet(programs, accounts, &sst)
	return rawBook{sheets: []rawSheet{identitasSheet(), budget}, sst: sst, styles: bookStyles}
}

// smallBudget is the budget sheet's first lines, an LKjIP table for the hostile shapes below
// to sit beside: without a recognised table a check stops before its rules.
func smallBudget() string {
	return inl("A1", "No") + inl("B1", "Uraian") + inl("C1", "Anggaran") + inl("D1", "Realisasi") + inl("E1", "Selisih") + inl("F1", "%")
}

// farMergesBook is a 16 KB workbook whose budget sheet carries n merges reaching column XFD:
// one column wide and 4,096 rows tall each (the largest merge the reader takes), side by side
// from XFD leftwards in blocks of 4,096 rows.
func farMergesBook(n int) rawBook {
	var b strings.Builder
	b.WriteString(`<row r="1">` + smallBudget() + `</row>`)
	b.WriteString(`<row r="2"><c r="A2"><v>1</v></c>` + inl("B2", "Program") + `<c r="C2"><v>100</v></c><c r="D2"><v>90</v></c><c r="E2"><v>10</v></c><c r="F2"><v>90</v></c></row>`)
	var m strings.Builder
	fmt.Fprintf(&m, `<mergeCells count="%d">`, n)
	for i := 0; i < n; i++ {
		col := 16384 - i%256
		top := i/256*4096 + 3
		fmt.Fprintf(&m, `<mergeCell ref="%s%d:%s%d"/>`, colName(col), top, colName(col), top+4095)
	}
	m.WriteString(`</mergeCells>`)
	return rawBook{sheets: []rawSheet{identitasSheet(), {"Realisasi Anggaran", string(sheetXML(b.String(), m.String()))}}}
}

// farCellsBook has a budget sheet of n rows each holding one cell at column XFD.
func farCellsBook(n int) rawBook {
	var b strings.Builder
	b.WriteString(`<row r="1">` + smallBudget() + `</row>`)
	for r := 2; r <= n+1; r++ {
		fmt.Fprintf(&b, `<row r="%d"><c r="XFD%d"><v>%d</v></c></row>`, r, r, r)
	}
	return rawBook{sheets: []rawSheet{identitasSheet(), {"Realisasi Anggaran", string(sheetXML(b.String()))}}}
}

func colName(col int) string {
	s := ""
	for col > 0 {
		col--
		s = string(rune('A'+col%26)) + s
		col /= 26
	}
	return s
}

var writeBooks = flag.String("write-books", "", "write the test workbooks of the hostile and large shapes to this folder, to measure `lkjip check` on them")

// TestWriteBooks writes the workbooks for measuring the built binary (go test
// ./reconcile/xlsx -run TestWriteBooks -write-books DIR); without the flag it does nothing.
func TestWriteBooks(t *testing.T) {
	if *writeBooks == "" {
		t.Skip("no -write-books folder")
	}
	if err := os.MkdirAll(*writeBooks, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, b := range map[string]rawBook{
		"budget-100k.xlsx":     budgetBook(20, 49),
		"far-merges-4.xlsx":    farMergesBook(4),
		"far-merges-16.xlsx":   farMergesBook(16),
		"far-merges-1024.xlsx": farMergesBook(1024),
		"far-cells-10000.xlsx": farCellsBook(10000),
	} {
		p := filepath.Join(*writeBooks, name)
		b.write(t, p)
		st, _ := os.Stat(p)
		t.Logf("%s: %d bytes", p, st.Size())
	}
}

// allocated returns the bytes allocated while f runs.
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// A merge reaching column XFD made every row it spans 16,384 cells wide: four such merges in
// a 16 KB file took 921 MB. A merge now costs its range and its top-left cell, and the cells
// it spans are made when asked for.
func TestReadFarMerges(t *testing.T) {
	for _, n := range []int{4, 16, 1024} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "merges.xlsx")
			farMergesBook(n).write(t, p)
			if st, _ := os.Stat(p); st.Size() > 16<<10 {
				t.Fatalf("the book is %d bytes, want at most 16 KB", st.Size())
			}
			var sheets []*workbook.Sheet
			bytes := allocated(func() { sheets = read(t, p) })
			if bytes > 8<<20 {
				t.Errorf("reading %d far merges allocated %d bytes, want at most 8 MB", n, bytes)
			}
			if testing.Verbose() {
				t.Logf("%d merges: %d bytes allocated", n, bytes)
			}
			s := sheetNamed(t, sheets, "Realisasi Anggaran")
			// The ranges cover at most maxMergeFillTotal cells in all: 256 of these. The
			// rest are not taken.
			taken := min(n, maxMergeFillTotal/4096)
			// The rows the file has (1 and 2) and the top rows of the merges, whose blank
			// top-left cells are made: one per block of 4,096 rows.
			if want := 2 + (taken+255)/256; len(s.Rows) != want {
				t.Errorf("%d rows, want %d", len(s.Rows), want)
			}
			for _, r := range s.Rows {
				if len(r.Cells) > 256 {
					t.Errorf("row %d holds %d cell slots", r.Num, len(r.Cells))
				}
			}
			if s.MaxCol != 16384 {
				t.Errorf("MaxCol %d, want 16384", s.MaxCol)
			}
			for i := 0; i < taken; i += max(1, taken/7) {
				col, top := 16384-i%256, i/256*4096+3
				anchor := cellAt(t, s, colName(col)+fmt.Sprint(top))
				if anchor.MergedInto != nil || anchor.Kind != workbook.Blank {
					t.Errorf("merge %d: its top-left cell %s: MergedInto %v Kind %v", i, anchor.Ref(), anchor.MergedInto, anchor.Kind)
				}
				for _, row := range []int{top + 1, top + 2000, top + 4095} {
					c := cellAt(t, s, colName(col)+fmt.Sprint(row))
					if c.MergedInto != anchor || c.Kind != workbook.Blank {
						t.Errorf("merge %d: %s: MergedInto %v Kind %v, want the top-left cell", i, c.Ref(), c.MergedInto, c.Kind)
					}
				}
				if c := s.Cell(top+4096, col); c != nil && c.MergedInto == anchor {
					t.Errorf("merge %d: the cell under it points to it", i)
				}
			}
			if n > taken {
				if c := s.Cell(4096+10, 16384); c != nil {
					t.Errorf("a range past the bound: %+v", c)
				}
			}
			if c := s.Cell(10, 16384-256); c != nil {
				t.Errorf("a cell left of the merges: %+v", c)
			}
			if got := s.Columns(100); len(got) != taken || got[len(got)-1] != 16384 {
				t.Errorf("Columns(100): %d columns ending %v", len(got), got[len(got)-1:])
			}
			if got := fmt.Sprint(s.Columns(1)); got != "[1 2 3 4 5 6]" {
				t.Errorf("Columns(1) = %s", got)
			}
		})
	}
}

// One far-right cell on each of 10,000 rows took 22 s and 2.2 GB: each row was 16,384 cells
// wide. Each row now lists its one cell.
func TestReadFarCells(t *testing.T) {
	p := filepath.Join(t.TempDir(), "far.xlsx")
	farCellsBook(10000).write(t, p)
	var sheets []*workbook.Sheet
	bytes := allocated(func() { sheets = read(t, p) })
	if bytes > 16<<20 {
		t.Errorf("reading 10,000 far cells allocated %d bytes, want at most 16 MB", bytes)
	}
	s := sheetNamed(t, sheets, "Realisasi Anggaran")
	if len(s.Rows) != 10001 || s.MaxCol != 16384 {
		t.Fatalf("%d rows, MaxCol %d", len(s.Rows), s.MaxCol)
	}
	for _, r := range s.Rows[1:] {
		if len(r.Cells) != 1 || r.Cells[0].Col != 16384 {
			t.Fatalf("row %d: %d cell slots", r.Num, len(r.Cells))
		}
	}
	for _, row := range []int{2, 5000, 10001} {
		c := cellAt(t, s, fmt.Sprintf("XFD%d", row))
		if !c.IsFigure() || c.Num.IntPart() != int64(row) {
			t.Errorf("XFD%d: %+v", row, c)
		}
		if s.Cell(row, 16383) != nil || s.Cell(row, 1) != nil {
			t.Errorf("row %d: a cell where the file has none", row)
		}
	}
	if got := fmt.Sprint(s.Columns(7, 8)); got != "[16384]" {
		t.Errorf("Columns(7, 8) = %s", got)
	}
	if c := cellAt(t, s, "F1"); c.Text != "%" {
		t.Errorf("F1 = %q", c.Text)
	}
}

// floodSheet is a sheet of rows*cols cells written as tersely as XML allows (no references):
// 15 bytes a cell, which deflate packs a thousand to one.
func floodSheet(rows, cols int) string {
	row := "<row>" + strings.Repeat("<c><v>1</v></c>", cols) + "</row>"
	return string(sheetXML(strings.Repeat(row, rows)))
}

// A workbook holding more cells than the bound is refused as too large, whatever sheet holds
// them, and the reading stops at the bound rather than at the end of the sheet.
func TestReadTooManyCells(t *testing.T) {
	p := filepath.Join(t.TempDir(), "flood.xlsx")
	rawBook{sheets: []rawSheet{{"Satu", floodSheet(300, 10)}, {"Dua", floodSheet(300, 10)}}}.write(t, p)
	if _, err := Read(p, Options{MaxCells: 6000}); err != nil {
		t.Fatalf("6,000 cells under a bound of 6,000: %v", err)
	}
	var err error
	bytes := allocated(func() { _, err = Read(p, Options{MaxCells: 5999}) })
	if !errors.Is(err, ErrTooManyCells) || !errors.Is(err, ErrTooLarge) {
		t.Fatalf("6,000 cells under a bound of 5,999: %v", err)
	}
	if bytes > 4<<20 {
		t.Errorf("refusing allocated %d bytes", bytes)
	}
	// The same bound counts the blank top-left cells made for merges.
	rawBook{sheets: []rawSheet{{"Satu", string(sheetXML(`<row r="1"><c r="A1"><v>1</v></c></row>`,
		`<mergeCells count="2"><mergeCell ref="B2:C3"/><mergeCell ref="D2:E3"/></mergeCells>`))}}}.write(t, p)
	if _, err := Read(p, Options{MaxCells: 3}); err != nil {
		t.Errorf("a cell and two merges under a bound of 3: %v", err)
	}
	if _, err := Read(p, Options{MaxCells: 2}); !errors.Is(err, ErrTooManyCells) {
		t.Errorf("a cell and two merges under a bound of 2: %v", err)
	}
}

// The default bound grows with the file: 500,000 cells up to 1 MB, one per two bytes above,
// 1,048,576 at most; the error says which bound was met.
func TestMaxCellsFor(t *testing.T) {
	for _, tc := range []struct {
		size int64
		want int
	}{{0, 500_000}, {20_000, 500_000}, {1_000_000, 500_000}, {1_000_002, 500_001}, {2_300_000, 1_048_576}, {1 << 40, 1_048_576}} {
		if got := MaxCellsFor(tc.size); got != tc.want {
			t.Errorf("MaxCellsFor(%d) = %d, want %d", tc.size, got, tc.want)
		}
	}
	p := filepath.Join(t.TempDir(), "flood.xlsx")
	rawBook{sheets: []rawSheet{{"Satu", floodSheet(300, 10)}}}.write(t, p)
	var ce *CellsError
	if _, err := Read(p, Options{MaxCells: 2999}); !errors.As(err, &ce) || ce.Max != 2999 {
		t.Errorf("3,000 cells under a bound of 2,999: %v, want a CellsError naming 2,999", err)
	}
	// lkjip diff holds two workbooks at once: each may hold half of its default bound.
	rawBook{sheets: []rawSheet{{"Satu", floodSheet(26_000, 10)}}}.write(t, p)
	if _, err := Read(p, Options{}); err != nil {
		t.Fatalf("260,000 cells in a small file, alone: %v", err)
	}
	if _, err := Read(p, Options{Share: 2}); !errors.As(err, &ce) || ce.Max != 250_000 {
		t.Errorf("260,000 cells in a small file, held with another: %v, want a CellsError naming 250,000", err)
	}
}
