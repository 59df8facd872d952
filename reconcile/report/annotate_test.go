package report

import (
	"archive/zip"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/xml"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"lkjip/reconcile"
	"lkjip/reconcile/internal/officetest"
	"lkjip/rules"
	"lkjip/samples/golden"
)

const (
	annotateKragan = "../../samples/kragan-2021.xlsx"
	annotateClean  = "../../samples/bersih-2023.xlsx"
)

// annotateCheck checks a workbook with the whole catalogue.
func annotateCheck(t *testing.T, path string) *reconcile.Result {
	t.Helper()
	r := reconcile.CheckFile(path, rules.All, nil, reconcile.Options{})
	if r.Err != nil {
		t.Fatalf("%s: %s", path, r.Err.Message.In("en"))
	}
	return r
}

// annotateCopy annotates a result and returns the copy's bytes.
func annotateCopy(t *testing.T, r *reconcile.Result, lang string, opt AnnotateOptions) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Annotate(&b, r, lang, nil, opt); err != nil {
		t.Fatal(err)
	}
	if b.Len() == 0 {
		t.Fatal("Annotate wrote nothing")
	}
	return b.Bytes()
}

// annotateOpen opens a copy from its bytes.
func annotateOpen(t *testing.T, data []byte, opts ...excelize.Options) *excelize.File {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data), opts...)
	if err != nil {
		t.Fatalf("the annotated copy does not open: %v", err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// annotateOpenFile opens a workbook on disk read-only (never saved).
func annotateOpenFile(t *testing.T, path string, opts ...excelize.Options) *excelize.File {
	t.Helper()
	f, err := excelize.OpenFile(path, opts...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

func annotateSum(t *testing.T, path string) [32]byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(b)
}

// annotateListing is the findings sheet as read back: its name, the data rows (padded to the
// nine columns, raw values), and the non-empty first cells below the table.
type annotateListing struct {
	name string
	rows [][]string
	tail []string
}

func annotateReadListing(t *testing.T, f *excelize.File) annotateListing {
	t.Helper()
	name := f.GetSheetList()[0]
	rows, err := f.GetRows(name, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) == 0 {
		t.Fatalf("%s is empty", name)
	}
	l := annotateListing{name: name}
	i := 1
	for ; i < len(rows) && len(rows[i]) > 0; i++ {
		row := append([]string{}, rows[i]...)
		for len(row) < len(annotateColumns) {
			row = append(row, "")
		}
		l.rows = append(l.rows, row)
	}
	for ; i < len(rows); i++ {
		if len(rows[i]) > 0 && rows[i][0] != "" { // the unchecked ranges' rows start at B
			l.tail = append(l.tail, rows[i][0])
		}
	}
	return l
}

// annotateFillOf returns a cell's solid fill colour ("FFC7CE"), or "" when it has none.
func annotateFillOf(t *testing.T, f *excelize.File, sheet, cell string) string {
	t.Helper()
	id, err := f.GetCellStyle(sheet, cell)
	if err != nil {
		t.Fatal(err)
	}
	s, err := f.GetStyle(id)
	if err != nil {
		t.Fatal(err)
	}
	if s.Fill.Type != "pattern" || s.Fill.Pattern != 1 || len(s.Fill.Color) == 0 {
		return ""
	}
	c := strings.ToUpper(s.Fill.Color[0])
	if len(c) == 8 {
		c = c[2:]
	}
	return c
}

// annotateComment returns the text of the comment at a cell and its author.
func annotateComment(t *testing.T, f *excelize.File, sheet, cell string) (text, author string, ok bool) {
	t.Helper()
	list, err := f.GetComments(sheet)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range list {
		if c.Cell == cell {
			text = c.Text
			for _, r := range c.Paragraph {
				text += r.Text
			}
			return text, c.Author, true
		}
	}
	return "", "", false
}

var annotateLinkRe = regexp.MustCompile(`^'((?:[^']|'')+)'!([A-Z]{1,3}[0-9]+)$`)

// annotateCheckLinks checks every row's hyperlink: a finding at a cell of the workbook links to
// exactly that cell of an existing sheet, and the row names the same sheet and cell; any other
// finding has no link.
func annotateCheckLinks(t *testing.T, f *excelize.File, l annotateListing, findings []reconcile.Finding) {
	t.Helper()
	sheets := map[string]bool{}
	for _, s := range f.GetSheetList() {
		sheets[s] = true
	}
	links := 0
	for i, x := range findings {
		cell, _ := excelize.CoordinatesToCellName(3, i+2)
		ok, loc, err := f.GetCellHyperLink(l.name, cell)
		if err != nil {
			t.Fatal(err)
		}
		_, _, badCell := excelize.CellNameToCoordinates(x.Cell)
		linkable := x.Cell != "" && sheets[x.Sheet] && badCell == nil
		if !linkable {
			if ok {
				t.Errorf("row %d (%s %s!%s) links to %q; a finding without a cell of the workbook has no link", i+2, x.Rule, x.Sheet, x.Cell, loc)
			}
			continue
		}
		if !ok {
			t.Errorf("row %d (%s %s!%s) has no hyperlink", i+2, x.Rule, x.Sheet, x.Cell)
			continue
		}
		links++
		m := annotateLinkRe.FindStringSubmatch(loc)
		if m == nil {
			t.Errorf("row %d: hyperlink location %q is not 'Sheet'!A1", i+2, loc)
			continue
		}
		sheet, target := strings.ReplaceAll(m[1], "''", "'"), m[2]
		if !sheets[sheet] {
			t.Errorf("row %d: hyperlink %q names no sheet of the copy", i+2, loc)
		}
		if _, _, err := excelize.CellNameToCoordinates(target); err != nil {
			t.Errorf("row %d: hyperlink %q names no cell: %v", i+2, loc, err)
		}
		if sheet != x.Sheet || target != x.Cell {
			t.Errorf("row %d: hyperlink %q, finding at %s!%s", i+2, loc, x.Sheet, x.Cell)
		}
		if row := l.rows[i]; row[1] != x.Sheet || row[2] != x.Cell {
			t.Errorf("row %d names %s!%s, links to %s", i+2, row[1], row[2], loc)
		}
	}
	if links == 0 && len(findings) > 0 {
		t.Errorf("no hyperlink at all")
	}
}

func TestAnnotateInputUnchanged(t *testing.T) {
	for _, path := range []string{annotateKragan, annotateClean} {
		r := annotateCheck(t, path)
		info, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		before := annotateSum(t, path)
		for _, lang := range []string{"id", "en"} {
			annotateCopy(t, r, lang, AnnotateOptions{})
		}
		if annotateSum(t, path) != before {
			t.Fatalf("%s: Annotate changed the input's bytes", path)
		}
		after, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if !after.ModTime().Equal(info.ModTime()) {
			t.Errorf("%s: Annotate touched the input (modification time changed)", path)
		}
	}
}

func TestAnnotateTemuanSheet(t *testing.T) {
	r := annotateCheck(t, annotateKragan)
	f := annotateOpen(t, annotateCopy(t, r, "id", AnnotateOptions{}))
	l := annotateReadListing(t, f)
	if l.name != "Temuan" {
		t.Fatalf("first sheet %q, want Temuan", l.name)
	}
	if got := f.GetActiveSheetIndex(); got != 0 {
		t.Errorf("active sheet %d, want 0 (Temuan)", got)
	}
	header, _ := f.GetRows("Temuan")
	want := []string{"No", "Sheet", "Sel", "Aturan", "Tingkat", "Tertulis", "Seharusnya", "Pesan", "Diterima"}
	if !reflect.DeepEqual(header[0], want) {
		t.Errorf("header %q, want %q", header[0], want)
	}
	if len(l.rows) != len(r.Findings) {
		t.Fatalf("%d data rows, %d findings", len(l.rows), len(r.Findings))
	}
	for i, x := range r.Findings {
		row := l.rows[i]
		severity := SeverityName(x.Severity, "id")
		if x.Because != "" {
			severity += " (ikutan)" // follows from another finding: listed, not counted
		}
		want := []string{strconv.Itoa(i + 1), x.Sheet, x.Cell, x.Rule, severity, x.Actual, x.Expected, withNotes(x, "id"), x.Reason}
		if !reflect.DeepEqual(row, want) {
			t.Errorf("row %d:\n got %q\nwant %q", i+2, row, want)
		}
	}
	if len(l.tail) != 2 || l.tail[0] != golden.Kragan().Counts("id") || l.tail[1] != annotateCoverageHead(r, "id") {
		t.Errorf("below the table: %q", l.tail)
	}
	annotateCheckLinks(t, f, l, r.Findings)

	panes, err := f.GetPanes("Temuan")
	if err != nil || !panes.Freeze || panes.YSplit != 1 || panes.TopLeftCell != "A2" {
		t.Errorf("header not frozen: %+v %v", panes, err)
	}
	filter := false
	for _, d := range f.GetDefinedName() {
		if d.Name == "_xlnm._FilterDatabase" && d.Scope == "Temuan" {
			filter = d.RefersTo == "'Temuan'!$A$1:$I$"+strconv.Itoa(len(r.Findings)+1)
			if !filter {
				t.Errorf("filter over %s", d.RefersTo)
			}
		}
	}
	if !filter {
		t.Error("no auto filter on Temuan")
	}
	styleOf := func(cell string) *excelize.Style {
		id, _ := f.GetCellStyle("Temuan", cell)
		st, err := f.GetStyle(id)
		if err != nil {
			t.Fatal(err)
		}
		return st
	}
	if st := styleOf("A1"); st.Font == nil || !st.Font.Bold {
		t.Error("the header is not bold")
	}
	if st := styleOf("H2"); st.Alignment == nil || !st.Alignment.WrapText {
		t.Error("the message column does not wrap")
	}
	if w, _ := f.GetColWidth("Temuan", "H"); w < 40 {
		t.Errorf("message column %v wide", w)
	}

	// Figures are number cells holding the exact text, formatted at their decimals; words and
	// NIPs stay text.
	for i, x := range r.Findings {
		row := strconv.Itoa(i + 2)
		switch {
		case x.Sheet == "Realisasi Anggaran" && x.Cell == "F7":
			annotateWantNumber(t, f, "F"+row, "98.82", "[$-421]#,##0.00")
			annotateWantNumber(t, f, "G"+row, "98.32", "[$-421]#,##0.00")
		case x.Sheet == "Realisasi Anggaran" && x.Cell == "C25":
			annotateWantNumber(t, f, "F"+row, "2739149000", "[$-421]#,##0")
		case x.Sheet == "Pengukuran" && x.Cell == "F4":
			annotateWantNumber(t, f, "F"+row, "2020", "0")
		case x.Rule == "NIP001":
			if typ, _ := f.GetCellType("Temuan", "F"+row); typ != excelize.CellTypeSharedString && typ != excelize.CellTypeInlineString {
				t.Errorf("a NIP is written as %v, want text", typ)
			}
		}
	}
}

// annotateWantNumber checks that a cell of Temuan is a number cell holding exactly v, shown
// with the number format code.
func annotateWantNumber(t *testing.T, f *excelize.File, cell, v, code string) {
	t.Helper()
	got, err := f.GetCellValue("Temuan", cell, excelize.Options{RawCellValue: true})
	if err != nil || got != v {
		t.Errorf("Temuan!%s = %q, want %q", cell, got, v)
	}
	if typ, _ := f.GetCellType("Temuan", cell); typ == excelize.CellTypeSharedString || typ == excelize.CellTypeInlineString {
		t.Errorf("Temuan!%s is text, want a number", cell)
	}
	id, _ := f.GetCellStyle("Temuan", cell)
	st, _ := f.GetStyle(id)
	if st.CustomNumFmt == nil || *st.CustomNumFmt != code {
		t.Errorf("Temuan!%s format %v, want %q", cell, st.CustomNumFmt, code)
	}
}

func TestAnnotateFillsAndComments(t *testing.T) {
	r := annotateCheck(t, annotateKragan)
	for _, tc := range []struct {
		lang string
		want []string
	}{
		{"id", []string{"LRA002 · kesalahan", "seharusnya 98,32", "Seharusnya: 98,32 / Tertulis: 98,82"}},
		{"en", []string{"LRA002 · error", "Should be: 98.32 / Says: 98.82"}},
	} {
		f := annotateOpen(t, annotateCopy(t, r, tc.lang, AnnotateOptions{}))
		if got := annotateFillOf(t, f, "Realisasi Anggaran", "F7"); got != annotateRed {
			t.Errorf("%s: Realisasi Anggaran!F7 (LRA002, error) filled %q, want %s", tc.lang, got, annotateRed)
		}
		text, author, ok := annotateComment(t, f, "Realisasi Anggaran", "F7")
		if !ok {
			t.Fatalf("%s: no comment at Realisasi Anggaran!F7", tc.lang)
		}
		if author != "lkjip" {
			t.Errorf("comment author %q", author)
		}
		for _, w := range tc.want {
			if !strings.Contains(text, w) {
				t.Errorf("%s: the comment at F7 lacks %q:\n%s", tc.lang, w, text)
			}
		}
		// Every finding's cell is filled with its colour and its comment names its rule.
		worst := map[string]reconcile.Severity{}
		for _, x := range r.Findings {
			if s, ok := worst[x.Sheet+"!"+x.Cell]; !ok || x.Severity > s {
				worst[x.Sheet+"!"+x.Cell] = x.Severity
			}
		}
		colour := map[reconcile.Severity]string{reconcile.Error: annotateRed, reconcile.Warning: annotateAmber, reconcile.Info: annotateBlue}
		seen := map[reconcile.Severity]bool{}
		for _, x := range r.Findings {
			if x.Cell == "" {
				continue
			}
			s := worst[x.Sheet+"!"+x.Cell]
			seen[s] = true
			if got := annotateFillOf(t, f, x.Sheet, x.Cell); got != colour[s] {
				t.Errorf("%s!%s (%s, %s) filled %q, want %s", x.Sheet, x.Cell, x.Rule, s, got, colour[s])
			}
			text, _, ok := annotateComment(t, f, x.Sheet, x.Cell)
			if !ok || !strings.Contains(text, x.Rule) {
				t.Errorf("%s!%s: comment %q does not name %s", x.Sheet, x.Cell, text, x.Rule)
			}
		}
		if !seen[reconcile.Warning] || !seen[reconcile.Info] {
			t.Errorf("Kragan was expected to hold a warning cell and a note cell: %v", seen)
		}
	}
	// The warning at Realisasi Anggaran!F6 (UM012) is amber, the note at Ringkasan!B14 (TBL002)
	// blue.
	f := annotateOpen(t, annotateCopy(t, r, "id", AnnotateOptions{}))
	if got := annotateFillOf(t, f, "Realisasi Anggaran", "F6"); got != annotateAmber {
		t.Errorf("Realisasi Anggaran!F6 (warning) filled %q", got)
	}
	if got := annotateFillOf(t, f, "Ringkasan", "B14"); got != annotateBlue {
		t.Errorf("Ringkasan!B14 (note) filled %q", got)
	}
	// A merged cell with a finding (Pengukuran F4:F5, PGK004 at F4) is filled over the merge.
	if got := annotateFillOf(t, f, "Pengukuran", "F5"); got != annotateRed {
		t.Errorf("Pengukuran!F5, merged with F4, filled %q", got)
	}
}

// TestAnnotatePreservesKragan compares every original sheet of the copy with the input: the
// sheet order, values, formulas, merges, widths, heights, visibility, and the style of every
// cell without a finding; a cell with a finding keeps everything of its style but the fill.
func TestAnnotatePreservesKragan(t *testing.T) {
	r := annotateCheck(t, annotateKragan)
	orig := annotateOpenFile(t, annotateKragan)
	cp := annotateOpen(t, annotateCopy(t, r, "id", AnnotateOptions{}))
	var at []string
	for _, x := range r.Findings {
		at = append(at, x.Sheet+"!"+x.Cell)
	}
	marked := annotateMarked(t, orig, at)
	if !marked["Pengukuran!F5"] {
		t.Error("Pengukuran!F5, merged with F4 (PGK004), is not marked")
	}
	// The unchecked figures are hatched (annotate_coverage_test.go): their fill changes too.
	changed := annotateMarked(t, orig, annotateUncheckedCells(r))
	maps.Copy(changed, marked)
	annotateComparePreserved(t, orig, cp, changed)
	annotateCompareFormats(t, annotateRead(t, annotateKragan), cp, marked)
}

// annotateMarked returns the cells a copy marks for findings at these "Sheet!A1" cells: each
// one, with the whole merged range it lies in.
func annotateMarked(t *testing.T, orig *excelize.File, at []string) map[string]bool {
	t.Helper()
	marked := map[string]bool{}
	for _, a := range at {
		marked[a] = true
		sheet, cell, _ := strings.Cut(a, "!")
		col, row, err := excelize.CellNameToCoordinates(cell)
		if err != nil {
			continue
		}
		merges, _ := orig.GetMergeCells(sheet)
		for _, m := range merges {
			if cells, ok := annotateMergeCells(m, col, row); ok {
				for _, c := range cells {
					marked[sheet+"!"+c] = true
				}
			}
		}
	}
	return marked
}

func annotateRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// annotateStyles is what xl/styles.xml says, read without excelize: each fill's pattern and
// foreground colour, each cell format's attributes and content.
type annotateStyles struct {
	Fills []struct {
		Pattern struct {
			Type string `xml:"patternType,attr"`
			Fg   struct {
				RGB string `xml:"rgb,attr"`
			} `xml:"fgColor"`
		} `xml:"patternFill"`
	} `xml:"fills>fill"`
	Xfs []struct {
		Attrs []xml.Attr `xml:",any,attr"`
		Inner string     `xml:",innerxml"`
	} `xml:"cellXfs>xf"`
}

func annotateReadStyles(t *testing.T, data []byte) annotateStyles {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var s annotateStyles
	for _, zf := range zr.File {
		if zf.Name != "xl/styles.xml" {
			continue
		}
		rc, err := zf.Open()
		if err != nil {
			t.Fatal(err)
		}
		defer rc.Close()
		if err := xml.NewDecoder(rc).Decode(&s); err != nil {
			t.Fatal(err)
		}
		return s
	}
	t.Fatal("no xl/styles.xml")
	return s
}

// xf returns a cell format's attributes but fillId and applyFill, and its content.
func (s annotateStyles) xf(id int) string {
	if id < 0 || id >= len(s.Xfs) {
		return "missing"
	}
	var parts []string
	for _, a := range s.Xfs[id].Attrs {
		// The number format may gain the Indonesian locale (indonesianNumbers):
		// annotateComparePreserved checks that it gained nothing else.
		if a.Name.Local != "fillId" && a.Name.Local != "applyFill" && a.Name.Local != "numFmtId" && a.Name.Local != "applyNumberFormat" {
			parts = append(parts, a.Name.Local+"="+a.Value)
		}
	}
	sort.Strings(parts)
	return strings.Join(parts, " ") + " " + s.Xfs[id].Inner
}

// fill returns a cell format's solid fill colour ("FFC7CE"), or "".
func (s annotateStyles) fill(id int) string {
	if id < 0 || id >= len(s.Xfs) {
		return ""
	}
	for _, a := range s.Xfs[id].Attrs {
		if a.Name.Local != "fillId" {
			continue
		}
		n, err := strconv.Atoi(a.Value)
		if err != nil || n < 0 || n >= len(s.Fills) || s.Fills[n].Pattern.Type != "solid" {
			return ""
		}
		c := strings.ToUpper(s.Fills[n].Pattern.Fg.RGB)
		if len(c) == 8 {
			c = c[2:]
		}
		return c
	}
	return ""
}

// annotateCompareFormats checks, on the raw cell formats, that every marked cell's format is
// its original format with only the fill changed.
func annotateCompareFormats(t *testing.T, origData []byte, cp *excelize.File, marked map[string]bool) {
	t.Helper()
	orig := annotateOpen(t, origData)
	var b bytes.Buffer
	if err := cp.Write(&b); err != nil {
		t.Fatal(err)
	}
	was, now := annotateReadStyles(t, origData), annotateReadStyles(t, b.Bytes())
	for at := range marked {
		sheet, cell, _ := strings.Cut(at, "!")
		if _, _, err := excelize.CellNameToCoordinates(cell); err != nil || !slices.Contains(orig.GetSheetList(), sheet) {
			continue
		}
		s1, _ := orig.GetCellStyle(sheet, cell)
		s2, _ := cp.GetCellStyle(sheet, cell)
		if was.xf(s1) != now.xf(s2) {
			t.Errorf("%s: format changed beyond its fill:\n was %s\n now %s", at, was.xf(s1), now.xf(s2))
		}
		if now.fill(s2) == "" {
			t.Errorf("%s: no solid fill", at)
		}
	}
}

func annotateComparePreserved(t *testing.T, orig, cp *excelize.File, marked map[string]bool) {
	t.Helper()
	sheets := orig.GetSheetList()
	if got := cp.GetSheetList()[1:]; !reflect.DeepEqual(got, sheets) {
		t.Fatalf("sheets after the listing %q, want %q", got, sheets)
	}
	for _, sheet := range sheets {
		v1, _ := orig.GetSheetVisible(sheet)
		v2, _ := cp.GetSheetVisible(sheet)
		if v1 != v2 {
			t.Errorf("%s: visible %v, was %v", sheet, v2, v1)
		}
		rows, err := orig.GetRows(sheet, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		maxCol := 0
		for _, row := range rows {
			maxCol = max(maxCol, len(row))
		}
		maxCol += 2
		for row := 1; row <= len(rows)+2; row++ {
			h1, _ := orig.GetRowHeight(sheet, row)
			h2, _ := cp.GetRowHeight(sheet, row)
			if h1 != h2 {
				t.Errorf("%s row %d: height %v, was %v", sheet, row, h2, h1)
			}
			for col := 1; col <= maxCol; col++ {
				cell, _ := excelize.CoordinatesToCellName(col, row)
				at := sheet + "!" + cell
				a, _ := orig.GetCellValue(sheet, cell, excelize.Options{RawCellValue: true})
				b, _ := cp.GetCellValue(sheet, cell, excelize.Options{RawCellValue: true})
				if a != b {
					t.Errorf("%s: value %q, was %q", at, b, a)
				}
				fa, _ := orig.GetCellFormula(sheet, cell)
				fb, _ := cp.GetCellFormula(sheet, cell)
				if fa != fb {
					t.Errorf("%s: formula %q, was %q", at, fb, fa)
				}
				sa, _ := orig.GetCellStyle(sheet, cell)
				sb, _ := cp.GetCellStyle(sheet, cell)
				if !marked[at] {
					if sa != sb {
						t.Errorf("%s: style %d, was %d", at, sb, sa)
					}
					continue
				}
				old, _ := orig.GetStyle(sa)
				now, _ := cp.GetStyle(sb)
				old.Fill, now.Fill = excelize.Fill{}, excelize.Fill{}
				sameAsIndonesian(old, now)
				if !reflect.DeepEqual(old, now) {
					t.Errorf("%s: style changed beyond the fill:\n was %+v\n now %+v", at, old, now)
				}
			}
		}
		for col := 1; col <= maxCol; col++ {
			name, _ := excelize.ColumnNumberToName(col)
			w1, _ := orig.GetColWidth(sheet, name)
			w2, _ := cp.GetColWidth(sheet, name)
			if w1 != w2 {
				t.Errorf("%s column %s: width %v, was %v", sheet, name, w2, w1)
			}
		}
		m1, _ := orig.GetMergeCells(sheet)
		m2, _ := cp.GetMergeCells(sheet)
		if !reflect.DeepEqual(annotateMergeRefs(m1), annotateMergeRefs(m2)) {
			t.Errorf("%s: merges %v, were %v", sheet, annotateMergeRefs(m2), annotateMergeRefs(m1))
		}
	}
}

func annotateMergeRefs(ms []excelize.MergeCell) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.GetStartAxis()+":"+m.GetEndAxis()+"="+m.GetCellValue())
	}
	return out
}

func TestAnnotateClean(t *testing.T) {
	r := annotateCheck(t, annotateClean)
	if len(r.Findings) != 0 {
		t.Fatalf("the clean sample has %d findings", len(r.Findings))
	}
	for lang, clean := range map[string]string{"id": "Tidak ada temuan.", "en": "No findings."} {
		f := annotateOpen(t, annotateCopy(t, r, lang, AnnotateOptions{}))
		l := annotateReadListing(t, f)
		if l.name != "Temuan" || len(l.rows) != 0 || !reflect.DeepEqual(l.tail, []string{clean, annotateCoverageHead(r, lang)}) {
			t.Errorf("%s: sheet %q, %d rows, then %q", lang, l.name, len(l.rows), l.tail)
		}
		for _, sheet := range f.GetSheetList() {
			if c, _ := f.GetComments(sheet); len(c) > 0 {
				t.Errorf("%s: %d comments on a clean workbook", sheet, len(c))
			}
		}
		orig := annotateOpenFile(t, annotateClean)
		annotateComparePreserved(t, orig, f, annotateMarked(t, orig, annotateUncheckedCells(r)))
	}
}

// annotateFixture writes a workbook with what a real one may hold beside its tables: a sheet
// already named Temuan, a hidden sheet, a sheet name with an apostrophe, a formula, a merge, a
// comment, a styled figure, a custom width, a print area and a workbook-wide name.
func annotateFixture(t *testing.T, opt ...excelize.Options) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(f.SetSheetName("Sheet1", "Data"))
	must(f.SetCellStr("Data", "A1", "Uraian"))
	must(f.SetCellStr("Data", "B1", "Anggaran"))
	must(f.SetCellDefault("Data", "B2", "1000"))
	style, err := f.NewStyle(&excelize.Style{NumFmt: 3, Font: &excelize.Font{Bold: true, Color: "1F4E78", Size: 12, Family: "Arial"},
		Border:    []excelize.Border{{Type: "left", Color: "000000", Style: 1}, {Type: "bottom", Color: "FF0000", Style: 2}},
		Alignment: &excelize.Alignment{Horizontal: "right", Vertical: "center"}})
	must(err)
	must(f.SetCellStyle("Data", "B2", "B2", style))
	must(f.SetCellFormula("Data", "B3", "B2*2"))
	must(f.SetCellStr("Data", "C2", "gabung"))
	must(f.MergeCell("Data", "C2", "D3"))
	must(f.SetColWidth("Data", "B", "B", 17))
	must(f.AddComment("Data", excelize.Comment{Cell: "B2", Author: "Auditor", Text: "cek lagi"}))
	must(f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Area", RefersTo: "Data!$A$1:$D$3", Scope: "Data"}))
	must(f.SetDefinedName(&excelize.DefinedName{Name: "Pagu", RefersTo: "Data!$B$2"}))
	for _, s := range []string{"Temuan", "Rahasia", "O'Brien"} {
		_, err := f.NewSheet(s)
		must(err)
	}
	must(f.SetCellStr("Temuan", "A1", "catatan pengguna"))
	must(f.SetCellDefault("Rahasia", "A1", "5"))
	must(f.SetSheetVisible("Rahasia", false))
	must(f.SetCellStr("O'Brien", "A1", "x"))
	path := filepath.Join(t.TempDir(), "fixture.xlsx")
	must(f.SaveAs(path, opt...))
	return path
}

func annotateFixtureResult(path string) *reconcile.Result {
	msg := func(s string) reconcile.Text { return reconcile.Text{ID: s, EN: s + " (en)"} }
	return &reconcile.Result{Path: path, Findings: []reconcile.Finding{
		{Rule: "UM001", Severity: reconcile.Warning, Message: msg("tentang buku kerja")},
		{Rule: "LRA001", Severity: reconcile.Warning, Sheet: "Data", Cell: "B2", Message: msg("peringatan di B2"), Expected: "999", Actual: "1000"},
		{Rule: "LRA002", Severity: reconcile.Error, Sheet: "Data", Cell: "B2", Message: msg("kesalahan di B2"), Expected: "1234567.5", Actual: "1000"},
		{Rule: "UM005", Severity: reconcile.Info, Sheet: "Data", Cell: "B3", Message: msg("rumus di B3"), Expected: "2000", Actual: "2000"},
		{Rule: "LRA003", Severity: reconcile.Warning, Sheet: "Data", Cell: "D3", Message: msg("di dalam gabungan"), Actual: "gabung"},
		{Rule: "LRA004", Severity: reconcile.Info, Sheet: "Data", Cell: "Z99", Message: msg("sel kosong"), Expected: "0"},
		{Rule: "LRA005", Severity: reconcile.Error, Sheet: "Hilang", Cell: "A1", Message: msg("sheet tidak ada")},
		{Rule: "LRA006", Severity: reconcile.Error, Sheet: "Data", Cell: "XFE1", Message: msg("di luar lembar")},
		{Rule: "LRA007", Severity: reconcile.Error, Sheet: "Rahasia", Cell: "A1", Message: msg("diterima"), Expected: "6", Actual: "5",
			Accepted: true, Reason: "salah ketik, dibetulkan 2022"},
		{Rule: "LRA008", Severity: reconcile.Info, Sheet: "O'Brien", Cell: "A1", Message: msg("apostrof")},
		{Rule: "UM002", Severity: reconcile.Error, Sheet: "Data", Message: msg("seluruh sheet")},
	}}
}

func TestAnnotateEdgeCases(t *testing.T) {
	path := annotateFixture(t)
	before := annotateSum(t, path)
	r := annotateFixtureResult(path)
	f := annotateOpen(t, annotateCopy(t, r, "id", AnnotateOptions{}))
	if annotateSum(t, path) != before {
		t.Fatal("the input changed")
	}

	// The workbook's own Temuan is kept; the listing is "Temuan (lkjip)", first and active.
	if got := f.GetSheetList(); !reflect.DeepEqual(got, []string{"Temuan (lkjip)", "Data", "Temuan", "Rahasia", "O'Brien"}) {
		t.Fatalf("sheets %q", got)
	}
	if v, _ := f.GetCellValue("Temuan", "A1"); v != "catatan pengguna" {
		t.Errorf("the workbook's Temuan sheet changed: A1 %q", v)
	}
	if f.GetActiveSheetIndex() != 0 {
		t.Errorf("active sheet %d", f.GetActiveSheetIndex())
	}
	l := annotateReadListing(t, f)
	if len(l.rows) != len(r.Findings) {
		t.Fatalf("%d rows for %d findings", len(l.rows), len(r.Findings))
	}
	annotateCheckLinks(t, f, l, r.Findings)
	if l.rows[0][1] != "(buku kerja)" || l.rows[0][2] != "" {
		t.Errorf("workbook-level row %q", l.rows[0])
	}
	if l.rows[8][4] != "kesalahan (diterima)" || l.rows[8][8] != "salah ketik, dibetulkan 2022" {
		t.Errorf("accepted row %q", l.rows[8])
	}
	if _, loc, _ := f.GetCellHyperLink(l.name, "C11"); loc != "'O''Brien'!A1" {
		t.Errorf("link to O'Brien!A1: %q", loc)
	}
	if len(l.tail) != 1 || l.tail[0] != "4 kesalahan, 3 peringatan, 3 catatan, 1 diterima." {
		t.Errorf("totals %q", l.tail)
	}

	// Two findings at B2: the error's red, one comment listing both, the earlier comment kept.
	if got := annotateFillOf(t, f, "Data", "B2"); got != annotateRed {
		t.Errorf("B2 filled %q", got)
	}
	text, author, _ := annotateComment(t, f, "Data", "B2")
	for _, w := range []string{"LRA001 · peringatan", "peringatan di B2", "Seharusnya: 999 / Tertulis: 1000",
		"LRA002 · kesalahan", "Seharusnya: 1.234.567,5 / Tertulis: 1000", "Komentar sebelumnya (Auditor)", "cek lagi"} {
		if !strings.Contains(text, w) {
			t.Errorf("comment at B2 lacks %q:\n%s", w, text)
		}
	}
	if author != "lkjip" {
		t.Errorf("B2 comment by %q", author)
	}
	// The figure's style is kept but for the fill.
	orig := annotateOpenFile(t, path)
	sa, _ := orig.GetCellStyle("Data", "B2")
	sb, _ := f.GetCellStyle("Data", "B2")
	old, _ := orig.GetStyle(sa)
	now, _ := f.GetStyle(sb)
	// #,##0 (built-in 3) prints with Indonesian separators: [$-421]#,##0.
	if now.CustomNumFmt == nil || *now.CustomNumFmt != "[$-421]#,##0" || now.Font == nil || !now.Font.Bold || now.Font.Color != "1F4E78" || len(now.Border) != 2 ||
		now.Alignment == nil || now.Alignment.Horizontal != "right" {
		t.Errorf("B2's style lost its format: %+v", now)
	}
	old.Fill, now.Fill = excelize.Fill{}, excelize.Fill{}
	sameAsIndonesian(old, now)
	if !reflect.DeepEqual(old, now) {
		t.Errorf("B2's style changed beyond the fill:\n was %+v\n now %+v", old, now)
	}

	// The formula cell: blue, formula kept.
	if got := annotateFillOf(t, f, "Data", "B3"); got != annotateBlue {
		t.Errorf("B3 filled %q", got)
	}
	if fm, _ := f.GetCellFormula("Data", "B3"); fm != "B2*2" {
		t.Errorf("B3 formula %q", fm)
	}
	// A finding inside a merge: the whole merge amber, the comment on its visible cell.
	for _, c := range []string{"C2", "D2", "C3", "D3"} {
		if got := annotateFillOf(t, f, "Data", c); got != annotateAmber {
			t.Errorf("%s (merged C2:D3, warning at D3) filled %q", c, got)
		}
	}
	if text, _, ok := annotateComment(t, f, "Data", "C2"); !ok || !strings.Contains(text, "LRA003") {
		t.Errorf("no comment on C2 for the finding at D3: %q", text)
	}
	// An empty cell: filled, still empty.
	if got := annotateFillOf(t, f, "Data", "Z99"); got != annotateBlue {
		t.Errorf("Z99 filled %q", got)
	}
	if v, _ := f.GetCellValue("Data", "Z99"); v != "" {
		t.Errorf("Z99 got the value %q", v)
	}
	// The accepted finding on the hidden sheet: grey, with its reason; the sheet stays hidden.
	if got := annotateFillOf(t, f, "Rahasia", "A1"); got != annotateGrey {
		t.Errorf("accepted Rahasia!A1 filled %q", got)
	}
	if text, _, _ := annotateComment(t, f, "Rahasia", "A1"); !strings.Contains(text, "Diterima: salah ketik, dibetulkan 2022") ||
		!strings.Contains(text, "kesalahan (diterima)") {
		t.Errorf("accepted comment %q", text)
	}
	if visible, _ := f.GetSheetVisible("Rahasia"); visible {
		t.Error("the hidden sheet became visible")
	}
	// Names scoped to a sheet still name it; the workbook-wide one stays so.
	scopes := map[string]string{}
	for _, d := range f.GetDefinedName() {
		scopes[d.Name+" "+d.RefersTo] = d.Scope
	}
	if s := scopes["_xlnm.Print_Area Data!$A$1:$D$3"]; s != "Data" {
		t.Errorf("print area scoped to %q, want Data (names: %v)", s, scopes)
	}
	if s := scopes["Pagu Data!$B$2"]; s != "Workbook" {
		t.Errorf("Pagu scoped to %q", s)
	}
	marked := annotateMarked(t, orig, []string{"Data!B2", "Data!B3", "Data!D3", "Data!Z99", "Rahasia!A1", "O'Brien!A1"})
	if len(marked) != 9 {
		t.Errorf("marked %v", marked)
	}
	annotateComparePreserved(t, orig, f, marked)
	annotateCompareFormats(t, annotateRead(t, path), f, marked)
	if w, _ := f.GetColWidth("Data", "B"); w != 17 {
		t.Errorf("column B width %v", w)
	}

	// English.
	en := annotateOpen(t, annotateCopy(t, r, "en", AnnotateOptions{}))
	if text, _, _ := annotateComment(t, en, "Data", "B2"); !strings.Contains(text, "Should be: 1,234,567.5 / Says: 1000") ||
		!strings.Contains(text, "kesalahan di B2 (en)") || !strings.Contains(text, "Earlier comment (Auditor)") {
		t.Errorf("English comment %q", text)
	}
	if l := annotateReadListing(t, en); l.rows[0][1] != "(workbook)" || l.tail[0] != "4 error(s), 3 warning(s), 3 note(s), 1 accepted." {
		t.Errorf("English listing %q / %q", l.rows[0], l.tail)
	}
}

func TestAnnotatePassword(t *testing.T) {
	path := annotateFixture(t, excelize.Options{Password: "rahasia"})
	r := annotateFixtureResult(path)
	for _, wrong := range []string{"", "salah"} {
		if err := Annotate(&bytes.Buffer{}, r, "id", nil, AnnotateOptions{Password: wrong}); err == nil {
			t.Errorf("password %q opened the protected workbook", wrong)
		}
	}
	data := annotateCopy(t, r, "id", AnnotateOptions{Password: "rahasia"})
	if _, err := excelize.OpenReader(bytes.NewReader(data)); err == nil {
		t.Error("the copy of a protected workbook opens without its password")
	}
	f := annotateOpen(t, data, excelize.Options{Password: "rahasia"})
	if l := annotateReadListing(t, f); l.name != "Temuan (lkjip)" || len(l.rows) != len(r.Findings) {
		t.Errorf("protected copy: %q, %d rows", l.name, len(l.rows))
	}
}

func TestAnnotateRefusesUnreadable(t *testing.T) {
	if err := Annotate(&bytes.Buffer{}, nil, "id", nil, AnnotateOptions{}); err == nil {
		t.Error("nil result accepted")
	}
	r := &reconcile.Result{Path: annotateKragan, Err: &reconcile.FileError{Code: "broken", Message: reconcile.Text{ID: "rusak", EN: "broken"}}}
	if err := Annotate(&bytes.Buffer{}, r, "en", nil, AnnotateOptions{}); err == nil || !strings.Contains(err.Error(), "broken") {
		t.Errorf("unreadable result: %v", err)
	}
	missing := &reconcile.Result{Path: filepath.Join(t.TempDir(), "tidak-ada.xlsx")}
	var b bytes.Buffer
	if err := Annotate(&b, missing, "id", nil, AnnotateOptions{}); err == nil || b.Len() != 0 {
		t.Errorf("missing file: %v, %d bytes written", err, b.Len())
	}
}

func TestAnnotateWrap(t *testing.T) {
	for _, tc := range []struct {
		s     string
		width int
		want  int
	}{
		{"", 10, 1}, {"98.32", 5, 1}, {"satu dua", 20, 1}, {"satu dua tiga", 10, 2},
		{"a\nb", 10, 2}, {strings.Repeat("x", 25), 11, 3},
	} {
		if got := annotateWrap(tc.s, tc.width); got != tc.want {
			t.Errorf("annotateWrap(%q, %d) = %d, want %d", tc.s, tc.width, got, tc.want)
		}
	}
}

// annotateConvert converts a workbook with LibreOffice Calc, headless, with a private profile,
// and returns the converted file's bytes.
func annotateConvert(t *testing.T, soffice, in, format, ext string) []byte {
	t.Helper()
	dir := t.TempDir()
	profile := filepath.Join(t.TempDir(), "profile")
	ctx, cancel := context.WithTimeout(context.Background(), 120*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, soffice, "-env:UserInstallation=file://"+filepath.ToSlash(profile),
		"--headless", "--norestore", "--nolockcheck", "--convert-to", format, "--outdir", dir, in)
	cmd.Env = append(os.Environ(), "HOME="+dir)
	out, err := cmd.CombinedOutput()
	if ctx.Err() != nil {
		t.Fatalf("LibreOffice did not finish in 120 s: %s", out)
	}
	if err != nil {
		t.Fatalf("LibreOffice failed (%v): %s", err, out)
	}
	name := strings.TrimSuffix(filepath.Base(in), filepath.Ext(in)) + "." + ext
	data, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatalf("LibreOffice wrote no %s: %v\n%s", name, err, out)
	}
	return data
}

// TestAnnotateInLibreOffice opens the annotated Kragan copy in LibreOffice Calc and prints it
// to PDF, then has Calc save it as .xlsx again and reads that back: Calc saw the listing, the
// fills, the comments and the links.
func TestAnnotateInLibreOffice(t *testing.T) {
	soffice := officetest.Soffice(t, "open the annotated copy in Calc")
	r := annotateCheck(t, annotateKragan)
	in := filepath.Join(t.TempDir(), "kragan-2021-temuan.xlsx")
	if err := os.WriteFile(in, annotateCopy(t, r, "id", AnnotateOptions{}), 0o644); err != nil {
		t.Fatal(err)
	}
	pdf := annotateConvert(t, soffice, in, "pdf", "pdf")
	if len(pdf) < 1000 || !bytes.HasPrefix(pdf, []byte("%PDF")) {
		t.Fatalf("not a PDF: %d bytes, %q", len(pdf), pdf[:min(len(pdf), 8)])
	}

	calc := annotateConvert(t, soffice, in, "xlsx", "xlsx")
	f := annotateOpen(t, calc)
	l := annotateReadListing(t, f)
	if l.name != "Temuan" || len(l.rows) != len(r.Findings) {
		t.Fatalf("after Calc: first sheet %q with %d rows, want Temuan with %d", l.name, len(l.rows), len(r.Findings))
	}
	annotateCheckLinks(t, f, l, r.Findings)
	// Calc writes no theme part, through which excelize's GetStyle reads colours: the fills
	// are read from the styles part itself.
	styles := annotateReadStyles(t, calc)
	for cell, want := range map[string]string{"F7": annotateRed, "F6": annotateAmber, "F8": ""} {
		id, _ := f.GetCellStyle("Realisasi Anggaran", cell)
		if got := styles.fill(id); got != want {
			t.Errorf("after Calc: Realisasi Anggaran!%s filled %q, want %q", cell, got, want)
		}
	}
	if text, _, ok := annotateComment(t, f, "Realisasi Anggaran", "F7"); !ok || !strings.Contains(text, "LRA002") || !strings.Contains(text, "98,32") {
		t.Errorf("after Calc: comment at F7 %q", text)
	}
}

// TestAnnotateWideSums: a small workbook (about 120 KB) with 20,000 formulas each summing
// B1:XFD20030, every row of the sheet, checks and annotates in seconds (unbounded, the
// recomputation alone would take hours), and its Temuan list carries the UM021 note saying
// how many formulas were not recomputed.
func TestAnnotateWideSums(t *testing.T) {
	const n = 20000
	var rows strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintf(&rows, `<row r="%d"><c r="A%d"><f>SUM(B1:XFD%d)</f><v>1</v></c></row>`, 31+i, 31+i, 30+n)
	}
	const budgetPart = "xl/worksheets/sheet7.xml" // Kragan's Realisasi Anggaran, rows 1 to 25
	path := repackage(t, annotateKragan, func(name string, data []byte) []byte {
		if name != budgetPart {
			return data
		}
		// Below every row the sheet has.
		return bytes.Replace(data, []byte("</sheetData>"), []byte(rows.String()+"</sheetData>"), 1)
	}, nil, nil)
	if info, _ := os.Stat(path); info.Size() > 200<<10 {
		t.Errorf("the workbook is %d KB", info.Size()>>10)
	}
	start := time.Now()
	r := annotateCheck(t, path)
	var note *reconcile.Finding
	for i, f := range r.Findings {
		if f.Rule == "UM021" {
			if note != nil {
				t.Fatalf("two UM021 notes: %+v, %+v", *note, f)
			}
			note = &r.Findings[i]
		}
	}
	if note == nil || note.Severity != reconcile.Info || !strings.HasPrefix(note.Cell, "A") {
		t.Fatalf("no UM021 note at a formula: %+v", note)
	}
	f := annotateOpen(t, annotateCopy(t, r, "en", AnnotateOptions{}))
	if d := time.Since(start); d > 20*time.Second {
		t.Errorf("check and annotate took %v", d)
	} else {
		info, _ := os.Stat(path)
		t.Logf("%d KB, checked and annotated in %v; UM021 at %s: %s formulas not recomputed", info.Size()>>10, d.Round(time.Millisecond), note.Cell, note.Actual)
	}
	l := annotateReadListing(t, f)
	found := false
	for _, row := range l.rows {
		if row[3] == "UM021" && row[2] == note.Cell && strings.Contains(row[7], note.Actual+" formulas, from this cell on, were not recomputed") {
			found = true
		}
	}
	if !found {
		t.Errorf("the Temuan list lacks the UM021 note %+v", *note)
	}
}

// sameAsIndonesian undoes, in a copy's style, the one change the copy makes to a number
// format beyond the fill: the Indonesian locale ([$-421]) before a format that groups
// thousands or shows decimals (see indonesianNumbers).
func sameAsIndonesian(old, now *excelize.Style) {
	if old == nil || now == nil || now.CustomNumFmt == nil || !strings.HasPrefix(*now.CustomNumFmt, "[$-421]") {
		return
	}
	code := strings.TrimPrefix(*now.CustomNumFmt, "[$-421]")
	switch {
	case old.CustomNumFmt != nil && *old.CustomNumFmt == code:
		now.CustomNumFmt = old.CustomNumFmt
		now.NumFmt = old.NumFmt
	case old.CustomNumFmt == nil && builtinNumFmts[old.NumFmt] == code:
		now.CustomNumFmt, now.NumFmt = nil, old.NumFmt
	}
}
