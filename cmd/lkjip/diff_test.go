package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// diffPair writes into a temporary folder two submissions of the clean workbook: OLD with the %
// of sub kegiatan 7.01.01.2.01.0001 mistyped (97,31 for 97,13: one LRA002 finding), NEW with it
// corrected and an eleventh inventory item added. NEW is clean.
func diffPair(t *testing.T) (oldPath, newPath string) {
	t.Helper()
	dir := t.TempDir()
	edit := func(name string, change func(f *excelize.File) error) string {
		f, err := excelize.OpenFile(clean)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if err := change(f); err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, name)
		if err := f.SaveAs(p); err != nil {
			t.Fatal(err)
		}
		return p
	}
	oldPath = edit("lasem-2023.xlsx", func(f *excelize.File) error {
		return f.SetCellDefault("Realisasi Anggaran", "F4", "97.31")
	})
	newPath = edit("lasem-2023-perbaikan.xlsx", func(f *excelize.File) error {
		return f.SetSheetRow("Inventaris", "A12", &[]any{11, "Printer Multifungsi", 2, "Baik"})
	})
	return oldPath, newPath
}

func TestDiffText(t *testing.T) {
	oldPath, newPath := diffPair(t)
	code, out, errOut := runArgs("diff", oldPath, newPath)
	if code != 0 {
		t.Fatalf("exit %d (NEW is clean)\n%s%s", code, out, errOut)
	}
	// Blocks at the default width (100 columns), every line within it.
	for _, want := range []string{
		"Isi yang berubah (1)", "\nRealisasi Anggaran · F4\n  Baris: Penyusunan Dokumen ", "97,31", "97,13",
		"Baris ditambah (1)", "\nInventaris · B12 · Printer Multifungsi\n",
		"Temuan diperbaiki (1)", "LRA002",
		"1 isi berubah, 1 baris ditambah, 0 baris dihapus; temuan: 1 diperbaiki, 0 masih ada, 0 baru. Berkas baru: 0 kesalahan, 0 peringatan, 0 catatan.",
	} {
		if !strings.Contains(out, want) && !strings.Contains(strings.Join(strings.Fields(out), " "), want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	for _, l := range strings.Split(out, "\n") {
		if utf8.RuneCountInString(l) > 100 {
			t.Errorf("line wider than 100: %q", l)
		}
	}
	// Tables in a wide terminal.
	t.Setenv("COLUMNS", "160")
	_, out, _ = runArgs("diff", oldPath, newPath)
	for _, want := range []string{"│ Realisasi Anggaran │ F4  │ Penyusunan Dokumen ", "│ Inventaris │ B12 │ Printer Multifungsi │"} {
		if !strings.Contains(out, want) {
			t.Errorf("COLUMNS=160: output lacks %q:\n%s", want, out)
		}
	}

	// The other way round, the correction is undone: NEW has the error again (exit 1).
	code, out, _ = runArgs("diff", "--lang", "en", newPath, oldPath)
	if code != 1 || !strings.Contains(out, "New findings (1)") || !strings.Contains(out, "Rows removed (1)") || !strings.Contains(out, "97.13") {
		t.Errorf("reversed: exit %d\n%s", code, out)
	}
	// Identical files: no change, exit 0.
	code, out, _ = runArgs("diff", clean, clean)
	if code != 0 || !strings.Contains(out, "Tidak ada perubahan isi.") || !strings.Contains(out, "0 isi berubah") {
		t.Errorf("identical: exit %d\n%s", code, out)
	}
}

func TestDiffJSON(t *testing.T) {
	oldPath, newPath := diffPair(t)
	out := filepath.Join(t.TempDir(), "diff.json")
	if code, _, errOut := runArgs("diff", "--format", "json", "-o", out, oldPath, newPath); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Changes []struct {
			Kind, Sheet, Cell, Old, New string
			Row                         string `json:"row_label"`
		}
		Added    []struct{ Sheet, Cell, Label string } `json:"rows_added"`
		Findings struct {
			Fixed []struct{ Rule, Cell, Expected, Actual string }
			Open  []any
			New   []any
		}
		Summary map[string]int
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatalf("%v\n%s", err, b)
	}
	if len(doc.Changes) != 1 || doc.Changes[0].Kind != "figure" || doc.Changes[0].Sheet != "Realisasi Anggaran" || doc.Changes[0].Cell != "F4" ||
		doc.Changes[0].Old != "97.31" || doc.Changes[0].New != "97.13" || doc.Changes[0].Row != "Penyusunan Dokumen Perencanaan Perangkat Daerah" {
		t.Errorf("changes %+v", doc.Changes)
	}
	if len(doc.Added) != 1 || doc.Added[0].Cell != "B12" || doc.Added[0].Label != "Printer Multifungsi" {
		t.Errorf("added %+v", doc.Added)
	}
	if len(doc.Findings.Fixed) != 1 || doc.Findings.Fixed[0].Rule != "LRA002" || doc.Findings.Fixed[0].Expected != "97.13" || doc.Findings.Fixed[0].Actual != "97.31" ||
		doc.Findings.Open == nil || len(doc.Findings.Open) != 0 || len(doc.Findings.New) != 0 {
		t.Errorf("findings %+v", doc.Findings)
	}
	if doc.Summary["changes"] != 1 || doc.Summary["rows_added"] != 1 || doc.Summary["fixed"] != 1 || doc.Summary["errors"] != 0 {
		t.Errorf("summary %v", doc.Summary)
	}
}

func TestDiffAnnotate(t *testing.T) {
	oldPath, newPath := diffPair(t)
	before, _ := os.ReadFile(newPath)
	copyPath := filepath.Join(t.TempDir(), "perubahan.xlsx")
	if code, _, errOut := runArgs("diff", "--annotate", copyPath, oldPath, newPath); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if after, _ := os.ReadFile(newPath); string(after) != string(before) {
		t.Error("the new workbook was written")
	}
	f, err := excelize.OpenFile(copyPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if sheets := f.GetSheetList(); sheets[0] != "Perubahan" || f.GetActiveSheetIndex() != 0 {
		t.Fatalf("sheets %v, active %d", sheets, f.GetActiveSheetIndex())
	}
	rows, err := f.GetRows("Perubahan")
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{
		{"No", "Jenis", "Sheet", "Sel", "Sel lama", "Baris", "Kolom", "Lama", "Baru", "Aturan", "Tingkat", "Pesan"},
		{"1", "angka berubah", "Realisasi Anggaran", "F4", "", "Penyusunan Dokumen Perencanaan Perangkat Daerah", "%", "97.31", "97.13"},
		{"2", "baris ditambah", "Inventaris", "B12", "", "Printer Multifungsi"},
		{"3", "temuan diperbaiki", "Realisasi Anggaran", "", "F4", "", "", "97.31", "", "LRA002", "kesalahan"},
	}
	if len(rows) < len(want) {
		t.Fatalf("rows %q", rows)
	}
	for i, w := range want {
		got := rows[i]
		if i == 3 {
			got = got[:11] // the message follows
		}
		if strings.Join(got, "|") != strings.Join(w, "|") {
			t.Errorf("row %d = %q, want %q", i+1, got, w)
		}
	}
	if link, target, _ := f.GetCellHyperLink("Perubahan", "D2"); !link || target != "'Realisasi Anggaran'!F4" {
		t.Errorf("link of D2: %v %q", link, target)
	}
	comments, _ := f.GetComments("Realisasi Anggaran")
	if len(comments) != 1 || comments[0].Cell != "F4" || !strings.Contains(annotateText(comments[0]), "lama: 97,31") {
		t.Errorf("comments %+v", comments)
	}
	if v, _ := f.GetCellValue("Realisasi Anggaran", "F4", excelize.Options{RawCellValue: true}); v != "97.13" {
		t.Errorf("F4 = %q: the copy's values must stay NEW's", v)
	}
	if style, _ := f.GetCellStyle("Inventaris", "D12"); style == 0 {
		t.Error("the added row is not filled")
	}
}

func annotateText(c excelize.Comment) string {
	s := c.Text
	for _, r := range c.Paragraph {
		s += r.Text
	}
	return s
}

func TestDiffRefusals(t *testing.T) {
	oldPath, newPath := diffPair(t)
	missing := filepath.Join(t.TempDir(), "tidak-ada.xlsx")
	if code, _, errOut := runArgs("diff", oldPath, missing); code != 2 || !strings.Contains(errOut, missing) || !strings.Contains(errOut, "tidak ditemukan") {
		t.Errorf("missing file: exit %d: %s", code, errOut)
	}
	if code, _, _ := runArgs("diff", oldPath); code != 2 {
		t.Errorf("one file: exit %d", code)
	}
	for _, target := range []string{oldPath, newPath} {
		if code, _, errOut := runArgs("diff", "--annotate", target, oldPath, newPath); code != 2 || !strings.Contains(errOut, "menimpa") {
			t.Errorf("--annotate %s: exit %d: %s", target, code, errOut)
		}
	}
	if code, _, errOut := runArgs("diff", "-o", oldPath, oldPath, newPath); code != 2 || !strings.Contains(errOut, "menimpa") {
		t.Errorf("-o OLD: exit %d: %s", code, errOut)
	}
	if code, _, _ := runArgs("diff", "--format", "html", oldPath, newPath); code != 2 {
		t.Errorf("--format html: exit %d", code)
	}
}

// TestDiffChecksAsCheckDoes: lkjip diff checks NEW the way lkjip check does, --lra and --lang
// included: the findings still open and new in the diff are check's findings of NEW (the
// export's EKS findings among them), with the same messages in the same language.
func TestDiffChecksAsCheckDoes(t *testing.T) {
	newPath := filepath.Join("..", "..", "samples", "kragan-2021-perbaikan.xlsx")
	export := filepath.Join("..", "..", "samples", "lra-kragan-2021.xlsx")
	code, out, errOut := runArgs("diff", "--format", "json", "--lang", "en", "--lra", export, kragan, newPath)
	if code != 1 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	type finding struct{ Rule, Sheet, Cell, Message, Expected, Actual string }
	var d struct {
		Findings struct{ Open, New []finding }
	}
	if err := json.Unmarshal([]byte(out), &d); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	code, out, _ = runArgs("check", "--format", "json", "--lang", "en", "--lra", export, newPath)
	var c struct {
		Files []struct{ Findings []finding }
	}
	if err := json.Unmarshal([]byte(out), &c); err != nil || code != 1 {
		t.Fatalf("check: exit %d: %v", code, err)
	}
	key := func(f finding) string {
		return f.Rule + " " + f.Sheet + "!" + f.Cell + " " + f.Expected + " " + f.Message
	}
	var inDiff, inCheck []string
	eks := 0
	for _, f := range append(d.Findings.Open, d.Findings.New...) {
		inDiff = append(inDiff, key(f))
		if strings.HasPrefix(f.Rule, "EKS") {
			eks++
		}
	}
	for _, f := range c.Files[0].Findings {
		inCheck = append(inCheck, key(f))
	}
	sort.Strings(inDiff)
	sort.Strings(inCheck)
	if strings.Join(inDiff, "\n") != strings.Join(inCheck, "\n") || eks == 0 {
		t.Errorf("diff's findings of NEW (%d, %d of them EKS) differ from check's (%d)", len(inDiff), eks, len(inCheck))
	}
	if !strings.Contains(strings.Join(inDiff, "\n"), "should be") || strings.Contains(strings.Join(inDiff, "\n"), "seharusnya") {
		t.Error("diff --lang en: the messages are not in English only")
	}
}
