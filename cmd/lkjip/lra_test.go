package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

var (
	kraganLRA = filepath.Join("..", "..", "samples", "lra-kragan-2021.xlsx")
	cleanLRA  = filepath.Join("..", "..", "samples", "lra-bersih-2023.xlsx")
)

type lraFinding struct {
	Rule, Sheet, Cell, Message, Expected, Actual string
}

// lraFindings runs a check with --format json and returns the EKS findings of the one file.
func lraFindings(t *testing.T, want int, args ...string) []lraFinding {
	t.Helper()
	code, out, errOut := runArgs(append([]string{"check", "--format", "json"}, args...)...)
	if code != want {
		t.Fatalf("%v: exit %d, want %d\n%s%s", args, code, want, out, errOut)
	}
	var doc struct {
		Files []struct {
			Findings []lraFinding `json:"findings"`
		} `json:"files"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil || len(doc.Files) != 1 {
		t.Fatalf("%v\n%s", err, out)
	}
	var eks []lraFinding
	for _, f := range doc.Files[0].Findings {
		if strings.HasPrefix(f.Rule, "EKS") {
			eks = append(eks, f)
		}
	}
	return eks
}

func sameFindings(t *testing.T, got, want []lraFinding) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("got %d EKS findings, want %d:\n%+v", len(got), len(want), got)
	}
	for i, w := range want {
		g := got[i]
		if g.Rule != w.Rule || g.Sheet != w.Sheet || g.Cell != w.Cell || g.Expected != w.Expected || g.Actual != w.Actual {
			t.Errorf("finding %d: got %+v\nwant %+v", i, g, w)
		}
	}
}

func TestCheckLRAKragan(t *testing.T) {
	got := lraFindings(t, 1, kragan, "--lra", kraganLRA)
	sameFindings(t, got, []lraFinding{
		{Rule: "EKS003", Sheet: "Realisasi Anggaran", Cell: "B6", Actual: "Belanja Tidak Langsung"},
		// Program I as the books have it: the sum of its kegiatan (which the workbook's own
		// figures leave open, LRA003 naming the candidates).
		{Rule: "EKS001", Sheet: "Realisasi Anggaran", Cell: "C7", Expected: "2633856425", Actual: "503858200"},
		{Rule: "EKS001", Sheet: "Realisasi Anggaran", Cell: "D7", Expected: "2610736771", Actual: "495416225"},
		// D16's 25.058.600 in the books is what the workbook's own figures already say (UM017
		// there): one cause, one finding.
		{Rule: "EKS001", Sheet: "Realisasi Anggaran", Cell: "C25", Expected: "2739012300", Actual: "2739149000"},
		{Rule: "EKS001", Sheet: "Realisasi Anggaran", Cell: "D25", Expected: "2712717971", Actual: "2063833435"},
	})
	// The export's cell in words: its file, row and code, not Excel's [file]Sheet!C9.
	if !strings.Contains(got[1].Message, "menurut ekspor LRA (lra-kragan-2021.xlsx, baris 9, kode 7.01.01)") {
		t.Errorf("the message should name the export's row in words: %s", got[1].Message)
	}
}

func TestCheckLRAClean(t *testing.T) {
	code, out, errOut := runArgs("check", clean, "--lra", cleanLRA)
	if code != 0 || !strings.Contains(out, "Tidak ada temuan.") {
		t.Errorf("exit %d\n%s%s", code, out, errOut)
	}
}

func TestCheckLRAAnotherUnit(t *testing.T) {
	// Kragan's 2021 books against Lasem's 2023 report: said once each, nothing compared.
	got := lraFindings(t, 1, clean, "--lra", kraganLRA)
	sameFindings(t, got, []lraFinding{
		{Rule: "EKS005", Sheet: "Identitas", Cell: "B1", Expected: "KECAMATAN KRAGAN", Actual: "Kecamatan Lasem"},
		{Rule: "EKS006", Sheet: "Identitas", Cell: "B4", Expected: "2021", Actual: "2023"},
	})
}

func TestCheckLRAExportFindingsSayExport(t *testing.T) {
	// An export changed by hand: its own arithmetic is checked, at its own cells.
	dir := t.TempDir()
	changed := filepath.Join(dir, "lra.xlsx")
	f, err := excelize.OpenFile(cleanLRA)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.SetCellDefault("LRA", "F7", "96.5"); err != nil { // the first program's %
		t.Fatal(err)
	}
	if err := f.SaveAs(changed); err != nil {
		t.Fatal(err)
	}
	f.Close()
	got := lraFindings(t, 1, clean, "--lra", changed)
	sameFindings(t, got, []lraFinding{{Rule: "EKS004", Sheet: "[lra.xlsx]LRA", Cell: "F7", Expected: "97.79", Actual: "96.50"}})
	if !strings.HasPrefix(got[0].Message, "Ekspor LRA, LRA002: ") {
		t.Errorf("message: %s", got[0].Message)
	}
	// The annotated copy lists them in its Temuan sheet; the export's cells are not the
	// workbook's, so no cell of the copy is marked for them.
	copyPath := filepath.Join(dir, "bersih-temuan.xlsx")
	if code, _, errOut := runArgs("check", clean, "--lra", changed, "--annotate", copyPath); code != 1 {
		t.Fatalf("--annotate: exit %d\n%s", code, errOut)
	}
	ann, err := excelize.OpenFile(copyPath)
	if err != nil {
		t.Fatal(err)
	}
	defer ann.Close()
	if sheet, _ := ann.GetCellValue("Temuan", "B2"); sheet != "[lra.xlsx]LRA" {
		t.Errorf("Temuan!B2 = %q", sheet)
	}
	// The text output groups them under the export's own sheet name.
	if code, out, _ := runArgs("check", clean, "--lra", changed, "--lang", "en"); code != 1 || !strings.Contains(out, "Sheet: [lra.xlsx]LRA (1)") || !strings.Contains(out, "LRA export, LRA002: ") {
		t.Errorf("exit %d\n%s", code, out)
	}
}

func TestCheckLRARefused(t *testing.T) {
	dir := t.TempDir()
	notLRA := filepath.Join(dir, "catatan.xlsx")
	f := excelize.NewFile()
	f.SetCellStr("Sheet1", "A1", "Catatan rapat")
	if err := f.SaveAs(notLRA); err != nil {
		t.Fatal(err)
	}
	f.Close()
	for _, c := range []struct {
		args []string
		says string
	}{
		{[]string{kragan, clean, "--lra", kraganLRA}, "tepat satu buku kerja"},
		{[]string{filepath.Dir(kragan), "--lra", kraganLRA}, "bukan sebuah folder"},
		{[]string{kragan, "--lra", filepath.Join(dir, "tidak-ada.xlsx")}, "tidak-ada.xlsx: berkas tidak ditemukan"},
		{[]string{kragan, "--lra", notLRA}, "catatan.xlsx: berkas ini bukan ekspor LRA"},
		{[]string{kragan, "--lra", notLRA, "--lang", "en"}, "catatan.xlsx: this file is not an LRA export"},
	} {
		code, out, errOut := runArgs(append([]string{"check"}, c.args...)...)
		if code != 2 || out != "" || !strings.Contains(errOut, c.says) || !strings.HasPrefix(errOut, "lkjip: --lra") {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want 2 and %q", c.args, code, out, errOut, c.says)
		}
	}
	if _, err := os.Stat(notLRA); err != nil {
		t.Error(err)
	}
}
