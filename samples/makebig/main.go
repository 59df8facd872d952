// Command makebig writes the big and the hostile workbooks that issue #15's figures are
// measured on (samples/bigfiles.sh prints them): a real-looking 100,000-row budget sheet, the
// same with one mistake, and small files built to hold as many cells as a check may take.
// Run from the module root:
//
//	go run ./samples/makebig -dir /tmp/big
package main

import (
	"archive/zip"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/xuri/excelize/v2"
)

func main() {
	dir := flag.String("dir", "big", "folder to write the workbooks into")
	flag.Parse()
	if err := os.MkdirAll(*dir, 0o755); err != nil {
		fail(err)
	}
	steps := []struct {
		name  string
		write func(string) error
	}{
		{"budget-100k.xlsx", func(p string) error { return budget(p, false) }},
		{"budget-100k-mistake.xlsx", func(p string) error { return budget(p, true) }},
		// 99,990 rows of five cells: just under the 500,000 cells a file under 1 MB may hold.
		{"small-repeated.xlsx", func(p string) error { return repeated(p, 99_990, repeatedRow) }},
		// The same with a shared formula in every Selisih and a percent format.
		{"small-formulas.xlsx", func(p string) error { return repeated(p, 99_990, formulaRow) }},
		// Half as many: what lkjip diff may hold of each of two files.
		{"small-half.xlsx", func(p string) error { return repeated(p, 49_990, repeatedRow) }},
		// Over the bound: refused.
		{"small-flood.xlsx", func(p string) error { return repeated(p, 209_000, repeatedRow) }},
	}
	for _, s := range steps {
		p := filepath.Join(*dir, s.name)
		if err := s.write(p); err != nil {
			fail(err)
		}
		st, _ := os.Stat(p)
		fmt.Printf("%s: %d bytes\n", p, st.Size())
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "makebig:", err)
	os.Exit(1)
}

// budget writes a Realisasi Anggaran sheet of 100 programs of 999 kegiatan each, every figure
// right; with mistake, one kegiatan's Realisasi is 9,000 instead of 900 (D50058).
func budget(path string, mistake bool) error {
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", "Realisasi Anggaran"); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter("Realisasi Anggaran")
	if err != nil {
		return err
	}
	rows := [][]any{{"Kode", "Uraian", "Anggaran", "Realisasi", "Selisih"}}
	for p := 1; p <= 100; p++ {
		rows = append(rows, []any{fmt.Sprintf("7.01.%03d", p), "Program", 999000, 899100, 99900})
		for k := 1; k <= 999; k++ {
			realisasi := 900
			if mistake && p == 57 && k == 500 {
				realisasi = 9000
			}
			rows = append(rows, []any{fmt.Sprintf("7.01.%03d.2.%03d", p, k), fmt.Sprintf("Kegiatan %d.%d", p, k), 1000, realisasi, 100})
		}
	}
	rows = append(rows, []any{"", "Jumlah", 99900000, 89910000, 9990000})
	for i, r := range rows {
		if err := sw.SetRow(fmt.Sprintf("A%d", i+1), r); err != nil {
			return err
		}
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	return f.SaveAs(path)
}

const (
	header      = `<row><c t="s"><v>0</v></c><c t="s"><v>1</v></c><c t="s"><v>2</v></c><c t="s"><v>3</v></c><c t="s"><v>4</v></c></row>`
	repeatedRow = `<row><c t="s"><v>5</v></c><c t="s"><v>6</v></c><c><v>1000</v></c><c><v>900</v></c><c><v>100</v></c></row>`
	formulaRow  = `<row><c t="s"><v>5</v></c><c t="s"><v>6</v></c><c s="1"><v>1000</v></c><c s="1"><v>900</v></c><c s="2"><f t="shared" si="0"/><v>100</v></c></row>`
	// The shared formula's first cell, written once before the repeated rows.
	formulaFirst = `<row r="2"><c r="A2" t="s"><v>5</v></c><c r="B2" t="s"><v>6</v></c><c r="C2" s="1"><v>1000</v></c><c r="D2" s="1"><v>900</v></c><c r="E2" s="2"><f t="shared" ref="E2:E200000" si="0">C2-D2</f><v>100</v></c></row>`
)

// repeated writes a package by hand, as tersely as a hostile sender would: a budget header
// and one row repeated n times, which deflate packs to a few tens of kilobytes.
func repeated(path string, n int, row string) error {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`)
	b.WriteString(header)
	if row == formulaRow {
		b.WriteString(formulaFirst)
		n--
	}
	for range n {
		b.WriteString(row)
	}
	b.WriteString(`</sheetData></worksheet>`)
	const ns = `xmlns="http://schemas.openxmlformats.org/package/2006/relationships"`
	const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
	parts := [][2]string{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships ` + ns + `><Relationship Id="rId1" Type="` + rel + `officeDocument" Target="xl/workbook.xml"/></Relationships>`},
		{"xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Realisasi Anggaran" sheetId="1" r:id="rId1"/></sheets></workbook>`},
		{"xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships ` + ns + `><Relationship Id="rId1" Type="` + rel + `worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="` + rel + `sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="` + rel + `styles" Target="styles.xml"/></Relationships>`},
		{"xl/sharedStrings.xml", `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>Kode</t></si><si><t>Uraian</t></si><si><t>Anggaran</t></si><si><t>Realisasi</t></si><si><t>Selisih</t></si><si><t>7.01.01.2.01</t></si><si><t>Kegiatan</t></si></sst>`},
		{"xl/styles.xml", `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="3" applyNumberFormat="1"/><xf numFmtId="4" applyNumberFormat="1"/></cellXfs></styleSheet>`},
		{"xl/worksheets/sheet1.xml", b.String()},
	}
	tmp := path + ".tmp"
	out, err := os.Create(tmp)
	if err != nil {
		return err
	}
	zw := zip.NewWriter(out)
	for _, p := range parts {
		w, err := zw.Create(p[0])
		if err == nil {
			_, err = w.Write([]byte(p[1]))
		}
		if err != nil {
			out.Close()
			return err
		}
	}
	if err := zw.Close(); err != nil {
		out.Close()
		return err
	}
	if err := out.Close(); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}
