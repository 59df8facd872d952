package report

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"lkjip/reconcile"
	"lkjip/reconcile/internal/officetest"
	"lkjip/reconcile/workbook"
	"lkjip/rules"
	"lkjip/samples/realreports"
)

// fixCopy writes a result's corrected copy and returns its bytes.
func fixCopy(t *testing.T, r *reconcile.Result, lang string, opt FixOptions) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Fix(&b, r, lang, nil, opt); err != nil {
		t.Fatal(err)
	}
	if b.Len() == 0 {
		t.Fatal("Fix wrote nothing")
	}
	return b.Bytes()
}

// fixListing is the Perbaikan sheet as read back: the changes (raw values, eight columns),
// the line of totals, the title of the list not applied and its rows.
type fixListing struct {
	name              string
	changes, skipped  [][]string
	totals, skipTitle string
}

func fixReadListing(t *testing.T, f *excelize.File) fixListing {
	t.Helper()
	l := fixListing{name: f.GetSheetList()[0]}
	rows, err := f.GetRows(l.name, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	pad := func(r []string) []string {
		r = append([]string{}, r...)
		for len(r) < len(fixColumns) {
			r = append(r, "")
		}
		return r
	}
	i := 1
	for ; i < len(rows) && len(rows[i]) > 0; i++ {
		l.changes = append(l.changes, pad(rows[i]))
	}
	for ; i < len(rows) && len(rows[i]) == 0; i++ {
	}
	if i < len(rows) {
		l.totals = rows[i][0]
		i++
	}
	for ; i < len(rows) && len(rows[i]) == 0; i++ {
	}
	if i < len(rows) && len(rows[i]) == 1 && strings.Contains(rows[i][0], "(") {
		l.skipTitle = rows[i][0]
		for i++; i < len(rows) && len(rows[i]) > 0; i++ {
			l.skipped = append(l.skipped, pad(rows[i]))
		}
	}
	return l
}

// fixRow returns the row of a list naming a cell (and a rule, when given), or nil.
func fixRow(rows [][]string, sheet, cell, rule string) []string {
	for _, r := range rows {
		if r[1] == sheet && r[2] == cell && (rule == "" || strings.Contains(r[5], rule)) {
			return r
		}
	}
	return nil
}

// fixModel reads a workbook as the rules do.
func fixModel(t *testing.T, data []byte) *workbook.Workbook {
	t.Helper()
	path := filepath.Join(t.TempDir(), "copy.xlsx")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	w, ferr := reconcile.Read(path, reconcile.Options{})
	if ferr != nil {
		t.Fatal(ferr.Message.In("en"))
	}
	return w
}

func fixCell(t *testing.T, w *workbook.Workbook, sheet, ref string) *workbook.Cell {
	t.Helper()
	col, row, err := excelize.CellNameToCoordinates(ref)
	if err != nil {
		t.Fatal(err)
	}
	if c := fixModelCell(w, sheet, row, col); c != nil {
		return c
	}
	return &workbook.Cell{Sheet: sheet, Row: row, Col: col}
}

// TestFixKragan: the corrected Kragan copy holds every finding's Fix as a number in its cell,
// with the cell's format but a teal fill, a comment with the old value and the rule, and a
// first sheet listing the 30 changes, then the 28 findings not applied with why; nothing
// else changes, and the input keeps its bytes.
func TestFixKragan(t *testing.T) {
	r := annotateCheck(t, annotateKragan)
	before := annotateSum(t, annotateKragan)
	for _, tc := range []struct {
		lang, comment, message, why, title, totals string
	}{
		{"id", "lama: 98,82 (LRA002)", "seharusnya 98,32", "tidak ada satu isi yang pasti benar", "Temuan yang tidak diterapkan (28)", "30 sel diubah untuk 30 temuan. 28 temuan tidak diterapkan"},
		{"en", "old: 98.82 (LRA002)", "should be 98.32", "no single right content", "Findings not applied (28)", "30 cell(s) changed for 30 finding(s). 28 finding(s) not applied"},
	} {
		data := fixCopy(t, r, tc.lang, FixOptions{})
		f := annotateOpen(t, data)
		if got := f.GetSheetList(); got[0] != "Perbaikan" || f.GetActiveSheetIndex() != 0 {
			t.Fatalf("%s: sheets %q, active %d", tc.lang, got, f.GetActiveSheetIndex())
		}
		l := fixReadListing(t, f)
		if len(l.changes) != 30 || len(l.skipped) != 28 || l.skipTitle != tc.title || !strings.HasPrefix(l.totals, tc.totals) {
			t.Fatalf("%s: %d changes, %d not applied, title %q, totals %q", tc.lang, len(l.changes), len(l.skipped), l.skipTitle, l.totals)
		}
		row := fixRow(l.changes, "Realisasi Anggaran", "F7", "LRA002")
		if row == nil || row[3] != "98.82" || row[4] != "98.32" || !strings.Contains(row[6], tc.message) || row[7] != "" {
			t.Fatalf("%s: the change at F7: %q", tc.lang, row)
		}
		if got := annotateFillOf(t, f, l.name, "E2"); got != fixFill {
			t.Errorf("%s: the first new value is filled %q", tc.lang, got)
		}
		text, author, ok := annotateComment(t, f, "Realisasi Anggaran", "F7")
		if !ok || author != "lkjip" || !strings.HasPrefix(text, tc.comment) || !strings.Contains(text, tc.message) {
			t.Errorf("%s: comment at F7 by %q: %q", tc.lang, author, text)
		}
		nip := fixRow(l.skipped, "Identitas", "B12", "NIP001")
		if nip == nil || nip[3] != "19671212 198806 1" || nip[7] != tc.why {
			t.Errorf("%s: NIP001 not applied: %q", tc.lang, nip)
		}
		// Every finding is in one list or the other, once.
		n := len(l.skipped)
		for _, c := range l.changes {
			n += len(strings.Split(c[5], ", "))
		}
		if n != len(r.Findings) {
			t.Errorf("%s: the lists hold %d findings of %d", tc.lang, n, len(r.Findings))
		}
	}
	if annotateSum(t, annotateKragan) != before {
		t.Fatal("Fix changed the input's bytes")
	}

	// The new values are figures as the rules read them, at the decimals the cell shows.
	data := fixCopy(t, r, "id", FixOptions{})
	w := fixModel(t, data)
	for at, want := range map[string]string{
		"Realisasi Anggaran!F7": "98.32", "Realisasi Anggaran!D25": "2437383089", "Ringkasan!B6": "100.00",
		"Realisasi Anggaran!D16": "25058600", "Realisasi Anggaran!E16": "725",
	} {
		sheet, ref, _ := strings.Cut(at, "!")
		c := fixCell(t, w, sheet, ref)
		if !c.IsFigure() || c.FromText || reconcile.Actual(c) != want {
			t.Errorf("%s: kind %d, %q (text %v), want the number %s", at, c.Kind, reconcile.Actual(c), c.FromText, want)
		}
	}
	// Every changed cell keeps its format but its fill; every other cell keeps its value and
	// its format.
	orig := annotateOpenFile(t, annotateKragan)
	cp := annotateOpen(t, data)
	changed := map[string]bool{}
	for _, x := range r.Findings {
		if x.Fix != "" {
			changed[x.Sheet+"!"+x.Cell] = true
		}
	}
	annotateCompareFormats(t, annotateRead(t, annotateKragan), cp, changed)
	for at := range changed {
		sheet, cell, _ := strings.Cut(at, "!")
		if got := annotateFillOf(t, cp, sheet, cell); got != fixFill {
			t.Errorf("%s filled %q", at, got)
		}
	}
	fixCompareOthers(t, orig, cp, changed)
}

// fixCompareOthers checks that every cell of the original sheets but the changed ones keeps
// its value, formula and format.
func fixCompareOthers(t *testing.T, orig, cp *excelize.File, changed map[string]bool) {
	t.Helper()
	if got := cp.GetSheetList()[1:]; !reflect.DeepEqual(got, orig.GetSheetList()) {
		t.Fatalf("sheets after the listing %q, want %q", got, orig.GetSheetList())
	}
	for _, sheet := range orig.GetSheetList() {
		rows, _ := orig.GetRows(sheet, excelize.Options{RawCellValue: true})
		width := 0
		for _, r := range rows {
			width = max(width, len(r))
		}
		for row := 1; row <= len(rows)+1; row++ {
			for col := 1; col <= width+1; col++ {
				cell, _ := excelize.CoordinatesToCellName(col, row)
				if changed[sheet+"!"+cell] || changedMerge(cp, sheet, cell, changed) {
					continue // a changed cell, or one its merged range covers (read as its value)
				}
				a, _ := orig.GetCellValue(sheet, cell, excelize.Options{RawCellValue: true})
				b, _ := cp.GetCellValue(sheet, cell, excelize.Options{RawCellValue: true})
				fa, _ := orig.GetCellFormula(sheet, cell)
				fb, _ := cp.GetCellFormula(sheet, cell)
				sa, _ := orig.GetCellStyle(sheet, cell)
				sb, _ := cp.GetCellStyle(sheet, cell)
				if a != b || fa != fb || (sa != sb && !changedMerge(cp, sheet, cell, changed)) {
					t.Errorf("%s!%s: %q =%q style %d, was %q =%q style %d", sheet, cell, b, fb, sb, a, fa, sa)
				}
			}
		}
	}
}

// changedMerge reports whether a cell lies in a merged range headed by a changed cell (the
// whole range is filled).
func changedMerge(f *excelize.File, sheet, cell string, changed map[string]bool) bool {
	col, row, _ := excelize.CellNameToCoordinates(cell)
	merges, _ := f.GetMergeCells(sheet)
	for _, m := range merges {
		if _, ok := annotateMergeCells(m, col, row); ok {
			return changed[sheet+"!"+m.GetStartAxis()]
		}
	}
	return false
}

// fixWorkbook is a copy of Kragan with what the findings of fixCases need: a formula, a
// percent-formatted figure, an emptied text cell and a comment of the user's.
func fixWorkbook(t *testing.T) string {
	t.Helper()
	f := annotateOpenFile(t, annotateKragan)
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	const ra = "Realisasi Anggaran"
	must(f.SetCellFormula(ra, "F8", "D8/C8*100"))
	pct, err := f.NewStyle(&excelize.Style{NumFmt: 10})
	must(err)
	must(f.SetCellDefault(ra, "F9", "1"))
	must(f.SetCellStyle(ra, "F9", "F9", pct))
	must(f.SetCellStr(ra, "B13", ""))
	must(f.AddComment("Ringkasan", excelize.Comment{Cell: "B10", Author: "Auditor", Text: "cek skala"}))
	path := filepath.Join(t.TempDir(), "kragan-uji.xlsx")
	must(f.SaveAs(path))
	return path
}

// fixCases are hand-made findings on fixWorkbook, one case each.
func fixCases(path string) *reconcile.Result {
	msg := func(s string) reconcile.Text { return reconcile.Text{ID: s, EN: s + " (en)"} }
	const ra = "Realisasi Anggaran"
	f := func(rule, sheet, cell, fix string) reconcile.Finding {
		return reconcile.Finding{Rule: rule, Severity: reconcile.Error, Sheet: sheet, Cell: cell, Message: msg(rule + " di " + cell), Expected: fix, Fix: fix}
	}
	accepted := f("LRA002", ra, "F12", "99.00")
	accepted.Accepted, accepted.Reason = true, "salah ketik yang disetujui"
	follows := f("LRA001", ra, "E7", "")
	follows.Because = ra + "!D7"
	return &reconcile.Result{Path: path, Findings: []reconcile.Finding{
		f("UM001", "", "", "x"),                           // no cell
		f("UM012", ra, "F6", "100.00"),                    // "-" in a figure column: a number
		f("LRA002", ra, "F8", "99.00"),                    // a formula: not applied
		f("LRA002", ra, "F9", "98.50"),                    // percent format: 0.985
		f("LRA002", ra, "F10", "97.00"),                   // two Fix for one cell: neither
		f("UM007", ra, "F10", "96.00"),                    //
		f("LRA002", ra, "F11", "98.8"),                    // the same Fix twice: one change
		f("UM007", ra, "F11", "98.80"),                    //
		accepted,                                          // accepted: not applied
		follows,                                           // follows, no Fix
		f("LRA009", ra, "B13", "12"),                      // an empty cell of a text column: text
		f("RGK003", "Ringkasan", "B10", "Amat Baik"),      // a text, the user's comment kept
		f("PGK004", "Pengukuran", "H4", "% Capaian 2021"), // a header label
		f("PGK004", "Pengukuran", "F5", "% Target 2021"),  // inside a merge headed by F4
		f("TBL001", "Identitas", "B12", ""),               // no single content
	}}
}

func TestFixCases(t *testing.T) {
	path := fixWorkbook(t)
	before := annotateSum(t, path)
	r := fixCases(path)
	data := fixCopy(t, r, "id", FixOptions{})
	if annotateSum(t, path) != before {
		t.Fatal("the input changed")
	}
	f := annotateOpen(t, data)
	w := fixModel(t, data)
	const ra = "Realisasi Anggaran"

	// Figures are numbers; a percent format holds the fraction it shows.
	for ref, want := range map[string]string{"F6": "100", "F9": "98.5", "F11": "98.8"} {
		if c := fixCell(t, w, ra, ref); !c.IsFigure() || c.FromText || c.Num.String() != want {
			t.Errorf("%s: %q (kind %d), want the number %s", ref, c.Num.String(), c.Kind, want)
		}
	}
	if v, _ := f.GetCellValue(ra, "F9", excelize.Options{RawCellValue: true}); v != "0.985" {
		t.Errorf("F9 stores %q, want 0.985 under its 0.00%% format", v)
	}
	// Texts are texts, in cells that keep their style.
	for at, want := range map[string]string{ra + "!B13": "12", "Ringkasan!B10": "Amat Baik", "Pengukuran!H4": "% Capaian 2021"} {
		sheet, ref, _ := strings.Cut(at, "!")
		typ, _ := f.GetCellType(sheet, ref)
		v, _ := f.GetCellValue(sheet, ref)
		if v != want || (typ != excelize.CellTypeSharedString && typ != excelize.CellTypeInlineString) {
			t.Errorf("%s: %q of type %v, want the text %q", at, v, typ, want)
		}
	}
	// Not written: the formula, the conflict, the accepted, the merged cell, the others.
	if fm, _ := f.GetCellFormula(ra, "F8"); fm != "D8/C8*100" {
		t.Errorf("F8's formula is now %q", fm)
	}
	orig := annotateOpenFile(t, path)
	for _, at := range []string{ra + "!F10", ra + "!F12", ra + "!E7", "Pengukuran!F4", "Pengukuran!F5", "Identitas!B12"} {
		sheet, ref, _ := strings.Cut(at, "!")
		a, _ := orig.GetCellValue(sheet, ref, excelize.Options{RawCellValue: true})
		b, _ := f.GetCellValue(sheet, ref, excelize.Options{RawCellValue: true})
		if a != b || annotateFillOf(t, f, sheet, ref) == fixFill {
			t.Errorf("%s: %q (was %q), filled %q: it should not change", at, b, a, annotateFillOf(t, f, sheet, ref))
		}
	}
	// The user's comment stays below lkjip's.
	text, _, _ := annotateComment(t, f, "Ringkasan", "B10")
	if !strings.HasPrefix(text, "lama: Baik (RGK003)") || !strings.Contains(text, "Komentar sebelumnya (Auditor)") || !strings.Contains(text, "cek skala") {
		t.Errorf("comment at Ringkasan!B10: %q", text)
	}
	if text, _, _ := annotateComment(t, f, ra, "F11"); !strings.HasPrefix(text, "lama: 98,80 (LRA002, UM007)") {
		t.Errorf("comment at F11: %q", text)
	}
	if text, _, _ := annotateComment(t, f, ra, "F6"); !strings.HasPrefix(text, "lama: - (UM012)") {
		t.Errorf("comment at F6: %q", text)
	}
	if text, _, _ := annotateComment(t, f, ra, "B13"); !strings.HasPrefix(text, "lama: (kosong) (LRA009)") {
		t.Errorf("comment at B13: %q", text)
	}

	l := fixReadListing(t, f)
	if len(l.changes) != 6 || len(l.skipped) != 8 {
		t.Fatalf("%d changes, %d not applied:\n%q\n%q", len(l.changes), len(l.skipped), l.changes, l.skipped)
	}
	if row := fixRow(l.changes, ra, "F11", ""); row == nil || row[5] != "LRA002, UM007" || row[4] != "98.8" {
		t.Errorf("one change for two findings: %q", row)
	}
	for _, want := range []struct{ sheet, cell, rule, why string }{
		{"(buku kerja)", "", "UM001", "tidak menunjuk sel"},
		{ra, "F8", "LRA002", "sel berisi rumus (=D8/C8*100)"},
		{ra, "F10", "LRA002", "menghendaki isi lain (96,00)"},
		{ra, "F10", "UM007", "menghendaki isi lain (97,00)"},
		{ra, "F12", "LRA002", "diterima oleh pengaturan: salah ketik yang disetujui"},
		{ra, "E7", "LRA001", "ikut temuan di Realisasi Anggaran!D7"},
		{"Pengukuran", "F5", "PGK004", "sel gabungan yang dimulai di F4"},
		{"Identitas", "B12", "TBL001", "tidak ada satu isi yang pasti benar"},
	} {
		if row := fixRow(l.skipped, want.sheet, want.cell, want.rule); row == nil || !strings.Contains(row[7], want.why) {
			t.Errorf("not applied %s!%s %s: %q, want %q", want.sheet, want.cell, want.rule, row, want.why)
		}
	}
	// The links of both lists lead to their cells.
	rows, _ := f.GetRows(l.name)
	links := 0
	for i := range rows {
		cell, _ := excelize.CoordinatesToCellName(3, i+1)
		if ok, loc, _ := f.GetCellHyperLink(l.name, cell); ok {
			links++
			want := annotateLocation(rows[i][1], rows[i][2])
			if loc != want {
				t.Errorf("row %d links to %q, want %q", i+1, loc, want)
			}
		}
	}
	if links != 6+7 {
		t.Errorf("%d links, want one for each row naming a cell (13)", links)
	}
}

func TestFixClean(t *testing.T) {
	r := annotateCheck(t, annotateClean)
	f := annotateOpen(t, fixCopy(t, r, "en", FixOptions{}))
	l := fixReadListing(t, f)
	if l.name != "Perbaikan" || len(l.changes) != 0 || len(l.skipped) != 0 || l.totals != "No findings; nothing was changed." {
		t.Errorf("clean copy: %+v", l)
	}
	fixCompareOthers(t, annotateOpenFile(t, annotateClean), f, nil)
}

func TestFixPassword(t *testing.T) {
	path := annotateFixture(t, excelize.Options{Password: "rahasia"})
	r := &reconcile.Result{Path: path, Findings: []reconcile.Finding{
		{Rule: "LRA001", Severity: reconcile.Error, Sheet: "Data", Cell: "B2", Message: reconcile.Text{ID: "B2", EN: "B2"}, Fix: "999"},
		{Rule: "LRA002", Severity: reconcile.Error, Sheet: "Data", Cell: "B3", Message: reconcile.Text{ID: "B3", EN: "B3"}, Fix: "1998"},
	}}
	if err := Fix(&bytes.Buffer{}, r, "id", nil, FixOptions{Password: "salah"}); err == nil {
		t.Error("a wrong password opened the protected workbook")
	}
	data := fixCopy(t, r, "id", FixOptions{Password: "rahasia"})
	if _, err := excelize.OpenReader(bytes.NewReader(data)); err == nil {
		t.Error("the copy of a protected workbook opens without its password")
	}
	f := annotateOpen(t, data, excelize.Options{Password: "rahasia"})
	if got := f.GetSheetList()[0]; got != "Perbaikan" {
		t.Errorf("first sheet %q", got)
	}
	if v, _ := f.GetCellValue("Data", "B2", excelize.Options{RawCellValue: true}); v != "999" {
		t.Errorf("B2 %q", v)
	}
	if fm, _ := f.GetCellFormula("Data", "B3"); fm != "B2*2" {
		t.Errorf("B3's formula is now %q", fm)
	}
	// The user's comment at B2 is kept under lkjip's.
	if text, _, _ := annotateComment(t, f, "Data", "B2"); !strings.HasPrefix(text, "lama: 1000 (LRA001)") || !strings.Contains(text, "cek lagi") {
		t.Errorf("comment at B2: %q", text)
	}
}

func TestFixRefusesUnreadable(t *testing.T) {
	if err := Fix(&bytes.Buffer{}, nil, "id", nil, FixOptions{}); err == nil {
		t.Error("nil result accepted")
	}
	r := &reconcile.Result{Path: annotateKragan, Err: &reconcile.FileError{Code: "broken", Message: reconcile.Text{ID: "rusak", EN: "broken"}}}
	if err := Fix(&bytes.Buffer{}, r, "en", nil, FixOptions{}); err == nil || !strings.Contains(err.Error(), "broken") {
		t.Errorf("unreadable result: %v", err)
	}
	var b bytes.Buffer
	if err := Fix(&b, &reconcile.Result{Path: filepath.Join(t.TempDir(), "tidak-ada.xlsx")}, "id", nil, FixOptions{}); err == nil || b.Len() != 0 {
		t.Errorf("missing file: %v, %d bytes written", err, b.Len())
	}
}

// TestFixInLibreOffice has LibreOffice Calc open the corrected Kragan copy and save it again:
// Calc reads the new figures, the list and its links.
func TestFixInLibreOffice(t *testing.T) {
	soffice := officetest.Soffice(t, "open the corrected copy in Calc")
	r := annotateCheck(t, annotateKragan)
	in := filepath.Join(t.TempDir(), "kragan-2021-perbaikan.xlsx")
	if err := os.WriteFile(in, fixCopy(t, r, "id", FixOptions{}), 0o644); err != nil {
		t.Fatal(err)
	}
	calc := annotateConvert(t, soffice, in, "xlsx", "xlsx")
	f := annotateOpen(t, calc)
	l := fixReadListing(t, f)
	if l.name != "Perbaikan" || len(l.changes) != 30 || len(l.skipped) != 28 {
		t.Fatalf("after Calc: %q, %d changes, %d not applied", l.name, len(l.changes), len(l.skipped))
	}
	if v, _ := f.GetCellValue("Realisasi Anggaran", "F7", excelize.Options{RawCellValue: true}); v != "98.32" {
		t.Errorf("after Calc: F7 %q", v)
	}
	if ok, loc, _ := f.GetCellHyperLink(l.name, "C2"); !ok || !strings.Contains(loc, "B16") {
		t.Errorf("after Calc: the first link %v %q", ok, loc)
	}
	styles := annotateReadStyles(t, calc)
	if id, _ := f.GetCellStyle("Realisasi Anggaran", "F7"); styles.fill(id) != fixFill {
		t.Errorf("after Calc: F7 filled %q", styles.fill(id))
	}
}

// TestFixShowsCauses: the corrected copy says, for a change whose finding names other
// candidates, where else the cause may be, in the comment and the list; a finding that
// follows another is listed with its cause.
func TestFixShowsCauses(t *testing.T) {
	path := annotateFixture(t)
	msg := func(s string) reconcile.Text { return reconcile.Text{ID: s, EN: s + " (en)"} }
	r := &reconcile.Result{Path: path, Findings: []reconcile.Finding{
		{Rule: "LRA002", Severity: reconcile.Error, Sheet: "Data", Cell: "B2", Message: msg("kesalahan B2"), Fix: "999", Candidates: []string{"Data!A2", "Data!C2"}},
		{Rule: "LRA001", Severity: reconcile.Error, Sheet: "Data", Cell: "C2", Message: msg("ikut B2"), Because: "Data!B2"},
		{Rule: "LRA003", Severity: reconcile.Error, Sheet: "Data", Cell: "B3", Message: msg("rumus B3"), Fix: "1998", Because: "Data!B2"},
	}}
	f := annotateOpen(t, fixCopy(t, r, "en", FixOptions{}))
	if text, _, _ := annotateComment(t, f, "Data", "B2"); !strings.Contains(text, "or one of: Data!A2, C2") {
		t.Errorf("comment at B2: %q", text)
	}
	l := fixReadListing(t, f)
	if row := fixRow(l.changes, "Data", "B2", ""); row == nil || !strings.Contains(row[6], "or one of: Data!A2, C2") {
		t.Errorf("change at B2: %q", row)
	}
	if row := fixRow(l.skipped, "Data", "C2", ""); row == nil || row[7] != "follows the finding at Data!B2: it changes once that cell is corrected." || strings.Contains(row[6], "follows") {
		t.Errorf("not applied at C2: %q", row)
	}
	if row := fixRow(l.skipped, "Data", "B3", ""); row == nil || !strings.Contains(row[6], "follows Data!B2") || !strings.Contains(row[7], "formula") {
		t.Errorf("not applied at B3: %q", row)
	}
}

// TestFixFigureInText: a figure written among other words is corrected inside its text, not
// overwritten by the bare figure. Sampang's scale (2019) writes its intervals in one column,
// and SKL001 moves four upper bounds: the copy keeps the intervals and checks clean.
func TestFixFigureInText(t *testing.T) {
	dir := t.TempDir()
	var src *realreports.Source
	for _, s := range realreports.All() {
		if s.Key == "inspektorat-sampang-2019" {
			src = s
		}
	}
	if src == nil {
		t.Fatal("no Sampang source")
	}
	path, err := src.Write(dir)
	if err != nil {
		t.Fatal(err)
	}
	r := reconcile.CheckFile(path, rules.All, nil, reconcile.Options{})
	f := annotateOpen(t, fixCopy(t, r, "id", FixOptions{}))
	for ref, want := range map[string]string{"B4": "91 % ≤ 100 %", "B5": "76 % ≤ 91%", "B6": "66 % ≤ 76 %", "B7": "51 % ≤ 66 %", "B8": "≤ 51 %"} {
		if v, _ := f.GetCellValue("Skala", ref); v != want {
			t.Errorf("Skala!%s = %q, want %q", ref, v, want)
		}
	}
	copyPath := filepath.Join(dir, "copy.xlsx")
	if err := f.SaveAs(copyPath); err != nil {
		t.Fatal(err)
	}
	for _, x := range reconcile.CheckFile(copyPath, rules.All, nil, reconcile.Options{}).Findings {
		if x.Severity == reconcile.Error {
			t.Errorf("the corrected copy: %s %s!%s %s", x.Rule, x.Sheet, x.Cell, x.Message.EN)
		}
	}

	for _, c := range []struct {
		text, actual, fix, want string
		ok                      bool
	}{
		{"Level 3", "3", "4", "Level 4", true},
		{"3*", "3", "2.5", "2,5*", true},
		{"80 Kelompok", "80", "76", "76 Kelompok", true},
		{"Rp 1.500.000,-", "1500000", "1600000", "", true}, // a figure as Indonesian text: replaced whole
		{"90 - 90", "90", "91", "", false},                 // which of the two?
		{"kurang dari lima", "5", "6", "", false},          // not written as a figure
		{"Baik", "", "Sangat Baik", "", true},              // a label: replaced whole
	} {
		got, ok := fixInText(&workbook.Cell{Kind: workbook.Text, Text: c.text}, c.actual, c.fix)
		if got != c.want || ok != c.ok {
			t.Errorf("fixInText(%q, %s -> %s) = %q, %v; want %q, %v", c.text, c.actual, c.fix, got, ok, c.want, c.ok)
		}
	}
}
