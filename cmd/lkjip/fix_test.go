package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestCheckFix: --fix (or --perbaiki) writes the corrected copy of the one workbook checked,
// beside the report, and leaves the input as it was; it is refused for several files, a
// folder, an input's name and another extension, before anything is checked.
func TestCheckFix(t *testing.T) {
	dir := t.TempDir()
	input := filepath.Join(dir, "kragan.xlsx")
	original, _ := os.ReadFile(kragan)
	os.WriteFile(input, original, 0o644)
	for _, flag := range []string{"--fix", "--perbaiki"} {
		out := filepath.Join(dir, "kragan"+flag+".xlsx")
		code, stdout, stderr := runArgs("check", "--quiet", input, flag, out)
		if code != 1 || stderr != "" || !strings.Contains(stdout, "LRA002") {
			t.Fatalf("%s: exit %d: %s", flag, code, stderr)
		}
		f, err := excelize.OpenFile(out)
		if err != nil {
			t.Fatal(err)
		}
		if first := f.GetSheetList()[0]; first != "Perbaikan" {
			t.Errorf("%s: first sheet %q", flag, first)
		}
		if v, _ := f.GetCellValue("Realisasi Anggaran", "F7", excelize.Options{RawCellValue: true}); v != "98.32" {
			t.Errorf("%s: Realisasi Anggaran!F7 holds %q", flag, v)
		}
		// The provenance rows name the input with its hash.
		rows, _ := f.GetRows("Perbaikan")
		var found bool
		for _, r := range rows {
			found = found || (len(r) > 2 && r[0] == "Berkas diperiksa" && r[2] == input)
		}
		if !found {
			t.Errorf("%s: the Perbaikan sheet does not record the input", flag)
		}
		f.Close()
	}
	// The corrected copy is checked again as any workbook: fewer errors than the original.
	code, stdout, _ := runArgs("check", "--quiet", "--lang", "en", filepath.Join(dir, "kragan--fix.xlsx"))
	if code != 1 || !strings.Contains(stdout, "1 file(s) checked") {
		t.Errorf("the copy: exit %d\n%s", code, stdout)
	}

	for _, c := range []struct {
		args []string
		says string
	}{
		{[]string{input, input, "--fix", filepath.Join(dir, "a.xlsx")}, "--fix menulis salinan satu buku kerja; berikan tepat satu buku kerja"},
		{[]string{dir, "--fix", filepath.Join(dir, "a.xlsx")}, "bukan sebuah folder"},
		{[]string{input, "--fix", input}, "--fix " + input + " akan menimpa"},
		{[]string{input, "--fix", filepath.Join(dir, "a.xlsm")}, "--fix " + filepath.Join(dir, "a.xlsm") + ": salinan harus berakhiran .xlsx"},
		{[]string{input, "--lang", "en", "--perbaiki", filepath.Join(dir, "a.csv")}, "--fix " + filepath.Join(dir, "a.csv") + ": the copy must end in .xlsx"},
		{[]string{input, "-o", filepath.Join(dir, "a.xlsx")}, "--fix"},
	} {
		code, stdout, stderr := runArgs(append([]string{"check", "--quiet"}, c.args...)...)
		if code != 2 || stdout != "" || !strings.Contains(stderr, c.says) {
			t.Errorf("%v: exit %d, stderr %q, want %q", c.args, code, stderr, c.says)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "a.xlsx")); err == nil {
		t.Error("a refused run wrote its copy")
	}
	if after, _ := os.ReadFile(input); !bytes.Equal(after, original) {
		t.Fatal("the input was written")
	}

	// A workbook that cannot be checked gets no copy, and says so.
	broken := filepath.Join(dir, "rusak.xlsx")
	os.WriteFile(broken, []byte("bukan zip"), 0o644)
	out := filepath.Join(dir, "rusak-perbaikan.xlsx")
	if code, _, stderr := runArgs("check", "--quiet", broken, "--fix", out); code != 2 || !strings.Contains(stderr, "--fix "+out+" tidak ditulis") {
		t.Errorf("broken: exit %d: %s", code, stderr)
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a copy of a broken workbook was written")
	}
}
