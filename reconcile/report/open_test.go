package report

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"lkjip/reconcile"
	"lkjip/reconcile/diff"
	"lkjip/reconcile/xlsx"
)

// repackage writes a copy of the package at src, each entry's bytes through edit (nil drops
// the entry), then the extra entries, then entries of zeros of the sizes given, streamed so
// that a part of gigabytes costs the test nothing: the hostile variants are built from a sound
// workbook, in code.
func repackage(t *testing.T, src string, edit func(name string, data []byte) []byte, extra map[string]string, zeros map[string]int64) string {
	t.Helper()
	zr, err := zip.OpenReader(src)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	path := filepath.Join(t.TempDir(), "variant.xlsx")
	out, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	zw := zip.NewWriter(out)
	put := func(name string, data []byte) {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate})
		if err != nil {
			t.Fatal(err)
		}
		w.Write(data)
	}
	for _, e := range zr.File {
		rc, err := e.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, _ := io.ReadAll(rc)
		rc.Close()
		if edit != nil {
			data = edit(e.Name, data)
		}
		if data != nil {
			put(e.Name, data)
		}
	}
	for name, data := range extra {
		put(name, []byte(data))
	}
	block := make([]byte, 1<<20)
	for name, size := range zeros {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate})
		if err != nil {
			t.Fatal(err)
		}
		for left := size; left > 0; left -= int64(len(block)) {
			w.Write(block[:min(left, int64(len(block)))])
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

// copyWriter is one of the three writers that open a workbook with excelize.
type copyWriter struct {
	name  string
	write func(out io.Writer, r *reconcile.Result, limit int64) error
}

var copyWriters = []copyWriter{
	{"Annotate", func(out io.Writer, r *reconcile.Result, limit int64) error {
		return Annotate(out, r, "en", nil, AnnotateOptions{MaxUnzipSize: limit})
	}},
	{"Fix", func(out io.Writer, r *reconcile.Result, limit int64) error {
		return Fix(out, r, "en", nil, FixOptions{MaxUnzipSize: limit})
	}},
	{"DiffAnnotate", func(out io.Writer, r *reconcile.Result, limit int64) error {
		d := &diff.Diff{Old: r, New: r, Changes: []diff.Change{{Sheet: "Data", Cell: "B2", OldSheet: "Data", OldCell: "B2", What: diff.Figure, Old: "999", New: "1000"}}}
		return DiffAnnotate(out, d, "en", nil, AnnotateOptions{MaxUnzipSize: limit})
	}},
}

// allocated is how many bytes run allocates.
func allocated(run func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	run()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// TestCopyRefusesTooLarge: a small workbook with an extra part that unpacks beyond the unzip
// limit is refused by every copy as the check refuses it (too-large, the same message), at
// once: before, the annotated copy unpacked the 1 GiB part (42 s, 3.1 GB).
func TestCopyRefusesTooLarge(t *testing.T) {
	path := repackage(t, annotateFixture(t), nil, nil, map[string]int64{"xl/media/zeros.bin": xlsx.DefaultMaxUnzipSize + 1})
	if info, _ := os.Stat(path); info.Size() > 1<<20 {
		t.Fatalf("the variant is %d bytes; it should be a small file", info.Size())
	}
	want := reconcile.TooLarge(path).Message.In("en")
	for _, w := range copyWriters {
		var out bytes.Buffer
		var err error
		start := time.Now()
		bytes := allocated(func() { err = w.write(&out, annotateFixtureResult(path), 0) })
		var fe *reconcile.FileError
		if !errors.As(err, &fe) || fe.Code != "too-large" || err.Error() != want {
			t.Errorf("%s: %v, want the check's too-large refusal %q", w.name, err, want)
		}
		if out.Len() != 0 {
			t.Errorf("%s wrote %d bytes of a refused copy", w.name, out.Len())
		}
		if d := time.Since(start); d > 2*time.Second || bytes > 16<<20 {
			t.Errorf("%s: the refusal took %v and %d MiB", w.name, d, bytes>>20)
		}
	}

	// The limit is the settings' when they give one: 2 MiB of zeros pass the default, not 1 MiB.
	small := repackage(t, annotateFixture(t), nil, nil, map[string]int64{"xl/media/zeros.bin": 2 << 20})
	for _, w := range copyWriters {
		if err := w.write(io.Discard, annotateFixtureResult(small), 1<<20); !strings.Contains(fmtErr(err), "size limit") {
			t.Errorf("%s with a 1 MiB limit: %v", w.name, err)
		}
		if err := w.write(io.Discard, annotateFixtureResult(small), 0); err != nil {
			t.Errorf("%s with the default limit: %v", w.name, err)
		}
	}
}

func fmtErr(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// TestCopyKeepsOtherPartsAsTheyAre: a part excelize has no business with (an image) goes into
// the copy byte for byte without being unpacked: 20 MiB of it cost no memory.
func TestCopyKeepsOtherPartsAsTheyAre(t *testing.T) {
	const size = 20 << 20
	path := repackage(t, annotateFixture(t), nil, map[string]string{"xl/vbaProject.bin": "macro"}, map[string]int64{"xl/media/image9.png": size})
	for _, w := range copyWriters {
		var out bytes.Buffer
		var err error
		bytes := allocated(func() { err = w.write(&out, annotateFixtureResult(path), 0) })
		if err != nil {
			t.Fatalf("%s: %v", w.name, err)
		}
		if bytes > size/2 {
			t.Errorf("%s allocated %d MiB for a copy whose big part is copied as it is", w.name, bytes>>20)
		}
		zr, err := zip.NewReader(newReaderAt(out.Bytes()), int64(out.Len()))
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]*zip.File{}
		for _, e := range zr.File {
			got[e.Name] = e
		}
		if e := got["xl/media/image9.png"]; e == nil || e.UncompressedSize64 != size || e.CRC32 != crc32.ChecksumIEEE(make([]byte, size)) {
			t.Errorf("%s: the image is not in the copy as it was: %+v", w.name, e)
		}
		if e := got["xl/vbaProject.bin"]; e == nil || e.UncompressedSize64 != 5 {
			t.Errorf("%s: the macro part is not in the copy", w.name)
		}
		if got["xl/worksheets/sheet1.xml"] == nil || got["[Content_Types].xml"] == nil {
			t.Errorf("%s: the copy lost excelize's parts", w.name)
		}
		f := annotateOpen(t, out.Bytes())
		if s := f.GetSheetList()[0]; !strings.Contains(s, "lkjip") && s != "Perbaikan" && s != "Perubahan" {
			t.Errorf("%s: first sheet %q", w.name, s)
		}
	}
}

func newReaderAt(b []byte) *bytes.Reader { return bytes.NewReader(b) }

// TestCopyDropsEntriesOutsideThePackage: entries named ../x, /x, a/../../x or C:/x (a zip
// slip) are not in any copy, and the list sheet says how many were left out.
func TestCopyDropsEntriesOutsideThePackage(t *testing.T) {
	bad := []string{"../evil.txt", "/abs.txt", "xl/../../up.txt", `..\win.txt`, "C:/drive.txt"}
	extra := map[string]string{}
	for _, n := range bad {
		extra[n] = "x"
	}
	path := repackage(t, annotateFixture(t), nil, extra, nil)
	for _, w := range copyWriters {
		var out bytes.Buffer
		if err := w.write(&out, annotateFixtureResult(path), 0); err != nil {
			t.Fatalf("%s: %v", w.name, err)
		}
		zr, err := zip.NewReader(bytes.NewReader(out.Bytes()), int64(out.Len()))
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range zr.File {
			if slices.Contains(bad, e.Name) {
				t.Errorf("%s kept the entry %q", w.name, e.Name)
			}
		}
		f := annotateOpen(t, out.Bytes())
		if !listHolds(t, f, "5 entries of the file's package named outside its folder") {
			t.Errorf("%s: the list does not say the entries were dropped", w.name)
		}
	}
	for name, want := range map[string]bool{
		"xl/workbook.xml": false, "xl/media/a..b.png": false, "../x": true, "/x": true, `\x`: true,
		"xl/../../x": true, `xl\..\x`: true, "D:/x": true, "..": true,
	} {
		if got := outsidePackage(name); got != want {
			t.Errorf("outsidePackage(%q) = %v", name, got)
		}
	}
}

// listHolds reports whether a cell of column A of the copy's first sheet starts with text.
func listHolds(t *testing.T, f *excelize.File, text string) bool {
	t.Helper()
	rows, err := f.GetRows(f.GetSheetList()[0])
	if err != nil {
		t.Fatal(err)
	}
	for _, row := range rows {
		if len(row) > 0 && strings.Contains(row[0], text) {
			return true
		}
	}
	return false
}

// TestCopyRenamesSheetsExcelRefuses: openpyxl saves sheet names Excel does not take (longer
// than 31 characters, with a slash); excelize panicked on them (nil pointer in MoveSheet,
// "runtime error" on the page). Each copy renames them within Excel's rules, marks the cells of
// the findings on them, keeps the formulas and names that refer to them pointing at them, and
// says so under its totals.
func TestCopyRenamesSheetsExcelRefuses(t *testing.T) {
	long := "Data/2023 anggaran perubahan tahun berjalan" // 43 characters, and a slash
	src := annotateFixture(t)
	path := repackage(t, src, func(name string, data []byte) []byte {
		s := string(data)
		switch {
		case name == "xl/workbook.xml":
			s = strings.Replace(s, `name="Data"`, `name="`+long+`"`, 1)
			s = strings.Replace(s, `name="Rahasia"`, `name="Rahasia/2"`, 1)
			s = strings.ReplaceAll(s, "Data!$", "'"+long+"'!$") // the defined names
		case name == "xl/worksheets/sheet3.xml": // Rahasia: a formula over Data
			s = strings.Replace(s, "</sheetData>", `<row r="2"><c r="A2"><f>'`+long+`'!B2*3+Data2!A1</f><v>3000</v></c></row></sheetData>`, 1)
		}
		return []byte(s)
	}, nil, nil)
	r := annotateFixtureResult(path)
	for i := range r.Findings {
		switch r.Findings[i].Sheet {
		case "Data":
			r.Findings[i].Sheet = long
		case "Rahasia":
			r.Findings[i].Sheet = "Rahasia/2"
		}
	}
	newName := "Data-2023 anggaran perubahan ta" // 31 characters
	for _, w := range copyWriters {
		rr := *r
		var out bytes.Buffer
		var err error
		if w.name == "DiffAnnotate" {
			d := &diff.Diff{Old: &rr, New: &rr, Changes: []diff.Change{{Sheet: long, Cell: "B2", OldSheet: long, OldCell: "B2", What: diff.Figure, Old: "999", New: "1000"}}}
			err = DiffAnnotate(&out, d, "en", nil, AnnotateOptions{})
		} else {
			err = w.write(&out, &rr, 0)
		}
		if err != nil {
			t.Fatalf("%s: %v", w.name, err)
		}
		f := annotateOpen(t, out.Bytes())
		sheets := f.GetSheetList()
		if !slices.Contains(sheets, newName) || !slices.Contains(sheets, "Rahasia-2") {
			t.Fatalf("%s: sheets %q", w.name, sheets)
		}
		if _, _, ok := annotateComment(t, f, newName, "B2"); !ok {
			t.Errorf("%s: the finding at %s!B2 is not marked in the renamed sheet", w.name, long)
		}
		if got, _ := f.GetCellFormula("Rahasia-2", "A2"); got != "'"+newName+"'!B2*3+Data2!A1" {
			t.Errorf("%s: the formula over the renamed sheet reads %q", w.name, got)
		}
		for _, dn := range f.GetDefinedName() {
			if strings.Contains(dn.RefersTo, "Data") && !strings.HasPrefix(dn.RefersTo, "'"+newName+"'!") {
				t.Errorf("%s: the name %s refers to %q", w.name, dn.Name, dn.RefersTo)
			}
		}
		if !listHolds(t, f, `The sheet "`+long+`" is named "`+newName+`" in this copy`) || !listHolds(t, f, `The sheet "Rahasia/2" is named "Rahasia-2"`) {
			t.Errorf("%s: the list does not say the sheets were renamed", w.name)
		}
		if w.name == "Annotate" {
			// The Temuan list links to the renamed sheet.
			l := annotateReadListing(t, f)
			for i, row := range l.rows {
				if row[1] == long && row[2] == "B2" {
					if ok, target, _ := f.GetCellHyperLink(l.name, "C"+strconv.Itoa(i+2)); !ok || target != "'"+newName+"'!B2" {
						t.Errorf("link of row %d: %v %q", i+2, ok, target)
					}
				}
			}
		}
	}
}

// TestExcelSheetName: the new names keep as much of the old as Excel allows, and never meet
// another sheet's name.
func TestExcelSheetName(t *testing.T) {
	taken := map[string]bool{"data-2023": true}
	for _, c := range []struct{ in, want string }{
		{"Data/2023", "Data-2023 (2)"},
		{"Data/2023", "Data-2023 (3)"},
		{"'Kutip'", "Kutip"},
		{"a:b\\c?d*e[f]", "a-b-c_d_e(f)"},
		{strings.Repeat("x", 40), strings.Repeat("x", 31)},
		{strings.Repeat("x", 40), strings.Repeat("x", 27) + " (2)"},
		{strings.Repeat("😀", 20), strings.Repeat("😀", 15)}, // 2 UTF-16 units each
		{"''", "Sheet"},
	} {
		got := excelSheetName(c.in, taken)
		if got != c.want || !validSheetName(got) {
			t.Errorf("excelSheetName(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	for name, want := range map[string]bool{"Realisasi Anggaran": true, "O'Brien": true, "": false, "a/b": false, "'a": false,
		strings.Repeat("x", 31): true, strings.Repeat("x", 32): false, strings.Repeat("é", 31): true} {
		if validSheetName(name) != want {
			t.Errorf("validSheetName(%q) = %v", name, !want)
		}
	}
}

// TestCopyOfDamagedSheets: a sheet listed without its part, or whose XML is cut short (found
// by FuzzServe), once made excelize fail inside (MoveSheet ungroups every sheet and
// dereferences the one it could not read; SetPageLayout refuses it). Every copy is now
// written, the damaged sheet kept as it is, and opens again.
func TestCopyOfDamagedSheets(t *testing.T) {
	for _, tc := range []struct {
		name string
		edit func(data []byte) []byte
	}{
		{"part missing", func([]byte) []byte { return nil }},
		{"XML cut short", func(data []byte) []byte { return data[:len(data)/2] }},
	} {
		path := repackage(t, annotateFixture(t), func(name string, data []byte) []byte {
			if name == "xl/worksheets/sheet3.xml" {
				return tc.edit(data)
			}
			return data
		}, nil, nil)
		for _, w := range copyWriters {
			out := filepath.Join(t.TempDir(), "salinan.xlsx")
			if err := reconcile.WriteFile(out, func(o io.Writer) error { return w.write(o, annotateFixtureResult(path), 0) }); err != nil {
				t.Errorf("%s, %s: %v", tc.name, w.name, err)
				continue
			}
			f, err := excelize.OpenFile(out)
			if err != nil {
				t.Errorf("%s, %s: the copy does not open: %v", tc.name, w.name, err)
				continue
			}
			if n := len(f.GetSheetList()); n < 3 {
				t.Errorf("%s, %s: the copy has %d sheets, want the fixture's and its own", tc.name, w.name, n)
			}
			f.Close()
		}
	}
	// A failure inside excelize that lkjip does not foresee is still an error naming the
	// file (Annotate, Fix and DiffAnnotate recover it into panicError).
	var ce *copyError
	if err := panicError("x.xlsx", "id", "boom"); !errors.As(err, &ce) || !regexp.MustCompile(`^x\.xlsx: salinan tidak dapat dibuat: .*\(boom\)`).MatchString(err.Error()) {
		t.Errorf("Indonesian: %v", err)
	}
}

// TestCopyCellBudget: a small file whose sheet holds more cells than a copy marks for a file of
// its size (cells written without references compress to almost nothing) is refused at once,
// under the too-large code, before excelize parses a cell; the same cells in a file as large as
// a real workbook holding them would be are copied.
func TestCopyCellBudget(t *testing.T) {
	row := strings.Repeat("<c><v>1</v></c>", 10)
	pad := func(rows int) func(string, []byte) []byte {
		return func(name string, data []byte) []byte {
			if name == "xl/worksheets/sheet3.xml" { // Rahasia
				return []byte(strings.Replace(string(data), "</sheetData>", strings.Repeat("<row>"+row+"</row>", rows)+"</sheetData>", 1))
			}
			return data
		}
	}
	path := repackage(t, annotateFixture(t), pad(copyMinCells/10+1), nil, nil)
	for _, w := range copyWriters {
		var err error
		start := time.Now()
		bytes := allocated(func() { err = w.write(io.Discard, annotateFixtureResult(path), 0) })
		var fe *reconcile.FileError
		if !errors.As(err, &fe) || fe.Code != "too-large" || !strings.Contains(err.Error(), "more than 120,000 cells") || fe.Message.In("en") != err.Error() {
			t.Errorf("%s: %v", w.name, err)
		}
		if d := time.Since(start); d > 2*time.Second || bytes > 16<<20 {
			t.Errorf("%s: the refusal took %v and %d MiB", w.name, d, bytes>>20)
		}
	}
	// Eight cells at column XFD are 131,072 cells to excelize, which fills each row to its last
	// column: refused too.
	far := repackage(t, annotateFixture(t), func(name string, data []byte) []byte {
		if name == "xl/worksheets/sheet3.xml" {
			var rows strings.Builder
			for r := 10; r < 18; r++ {
				fmt.Fprintf(&rows, `<row r="%d"><c r="XFD%d"><v>1</v></c></row>`, r, r)
			}
			return []byte(strings.Replace(string(data), "</sheetData>", rows.String()+"</sheetData>", 1))
		}
		return data
	}, nil, nil)
	if err := Annotate(io.Discard, annotateFixtureResult(far), "en", nil, AnnotateOptions{}); !strings.Contains(fmtErr(err), "more than 120,000 cells") {
		t.Errorf("eight cells at XFD: %v", err)
	}
	// The same cells with a megabyte of pictures beside them: a file of 1 MiB and more may
	// hold copyCellsPerMiB cells a MiB.
	big := repackage(t, path, nil, map[string]string{"xl/media/photo.jpg": randomText(1 << 20)}, nil)
	if err := Annotate(io.Discard, annotateFixtureResult(big), "en", nil, AnnotateOptions{}); err != nil {
		t.Errorf("a 1 MiB workbook with %d cells: %v", copyMinCells+10, err)
	}
}

// randomText is n bytes that do not compress.
func randomText(n int) string {
	b := make([]byte, n)
	x := uint32(1)
	for i := range b {
		x = x*1664525 + 1013904223
		b[i] = byte(x >> 24)
	}
	return string(b)
}

// TestCountCells counts what excelize makes of a sheet: a row for every number up to the
// last, each row filled to its last column, references or none, namespace prefixes, tags
// split across reads; and the shared strings.
func TestCountCells(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<worksheet><sheetData><row r="2"><c r="B2"/><c/></row><row><c r="XFD3"/></row>`)
	b.WriteString(`<x:row r="10" spans="1:2"><x:c r="A10"><v>1</v></x:c></x:row>`)
	for r := 11; r <= 20010; r++ {
		fmt.Fprintf(&b, `<row r="%d" ht="15" customHeight="1"><c r="A%d" s="1"><v>1</v></c><c r="C%d" t="s"><v>0</v></c></row>`, r, r, r)
	}
	b.WriteString(`</sheetData></worksheet><sst><si><t>a</t></si><si><t>b</t></si></sst>`)
	path := repackage(t, annotateFixture(t), nil, map[string]string{"xl/worksheets/count.xml": b.String()}, nil)
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	// Rows 2, 3 and 10 hold 3 + 16,384 + 1 cells, rows 11 to 20,010 three each; 20,010 rows;
	// two strings.
	const want = 3 + 16384 + 1 + 3*20000 + 20010 + 2
	for _, e := range zr.File {
		if e.Name == "xl/worksheets/count.xml" {
			if n, err := countCells(e); err != nil || n != want {
				t.Errorf("countCells = %d, %v; want %d", n, err, want)
			}
		}
	}
}

// TestCopyBoundsCommentsAndLists: a copy of a workbook with more findings than any real
// report has comments its first maxComments cells and lists its first maxListed rows; the
// other cells keep their fill, every change is made, and lines under the totals say how many
// were left to the check's report.
func TestCopyBoundsCommentsAndLists(t *testing.T) {
	path := annotateFixture(t)
	const n = maxListed + 1000
	r := &reconcile.Result{Path: path}
	var changes []diff.Change
	for i := 1; i <= n; i++ {
		cell := "E" + strconv.Itoa(i)
		r.Findings = append(r.Findings, reconcile.Finding{Rule: "LRA001", Severity: reconcile.Error, Sheet: "Data", Cell: cell,
			Message: reconcile.Text{ID: "salah", EN: "wrong"}, Expected: "1", Actual: "", Fix: "1"})
		changes = append(changes, diff.Change{Sheet: "Data", Cell: cell, OldSheet: "Data", OldCell: cell, What: diff.Figure, Old: "2", New: "1"})
	}
	for _, w := range []string{"Annotate", "Fix", "DiffAnnotate"} {
		var out bytes.Buffer
		var err error
		switch w {
		case "Annotate":
			err = Annotate(&out, r, "en", nil, AnnotateOptions{})
		case "Fix":
			err = Fix(&out, r, "en", nil, FixOptions{})
		default:
			err = DiffAnnotate(&out, &diff.Diff{Old: r, New: r, Changes: changes}, "en", nil, AnnotateOptions{})
		}
		if err != nil {
			t.Fatalf("%s: %v", w, err)
		}
		f := annotateOpen(t, out.Bytes())
		comments, err := f.GetComments("Data")
		if err != nil {
			t.Fatal(err)
		}
		ours := 0
		for _, c := range comments {
			if c.Author == annotateAuthor {
				ours++
			}
		}
		if ours != maxComments {
			t.Errorf("%s: %d comments by lkjip, want %d", w, ours, maxComments)
		}
		if fill := annotateFillOf(t, f, "Data", "E"+strconv.Itoa(n)); fill == "" {
			t.Errorf("%s: the last marked cell has no fill", w)
		}
		if w == "Fix" {
			if v, _ := f.GetCellValue("Data", "E"+strconv.Itoa(n)); v != "1" {
				t.Errorf("the last change was not made: %q", v)
			}
		}
		rows, _ := f.GetRows(f.GetSheetList()[0])
		listed := 0
		for _, row := range rows[1:] {
			if len(row) > 2 && strings.HasPrefix(row[2], "E") || len(row) > 3 && strings.HasPrefix(row[3], "E") {
				listed++
			}
		}
		if listed != maxListed {
			t.Errorf("%s: %d rows listed, want %d", w, listed, maxListed)
		}
		says := func(text string) bool {
			return slices.ContainsFunc(rows, func(row []string) bool { return len(row) > 0 && strings.HasPrefix(row[0], text) })
		}
		if !says("This list holds the first 5000 rows; 1000 more are in the check's report") ||
			!says("Comments were written at the first 2000 cells only; 4000 other marked cells have their fill only") {
			t.Errorf("%s: the list does not say what it left out", w)
		}
	}
}
