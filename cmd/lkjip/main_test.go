package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"lkjip/rules"
)

var (
	kragan = filepath.Join("..", "..", "samples", "kragan-2021.xlsx")
	clean  = filepath.Join("..", "..", "samples", "bersih-2023.xlsx")
)

func runArgs(args ...string) (code int, stdout, stderr string) {
	var out, errOut bytes.Buffer
	code = run(args, &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestCheckExitCodes(t *testing.T) {
	if code, out, _ := runArgs("check", kragan); code != 1 || !strings.Contains(out, "LRA002") || !strings.Contains(out, "Sheet: Realisasi Anggaran") || !strings.Contains(out, "galat") {
		t.Errorf("kragan: exit %d\n%s", code, out)
	}
	if code, out, _ := runArgs("check", clean); code != 0 || !strings.Contains(out, "Tidak ada temuan.") || !strings.Contains(out, "0 galat, 0 peringatan") {
		t.Errorf("clean: exit %d\n%s", code, out)
	}
	if code, out, _ := runArgs("check", filepath.Join(t.TempDir(), "tidak-ada.xlsx"), clean); code != 2 || !strings.Contains(out, "tidak ditemukan") || !strings.Contains(out, "2 berkas diperiksa") {
		t.Errorf("missing file: exit %d\n%s", code, out)
	}
	if code, _, _ := runArgs("check", "--format", "xml", clean); code != 2 {
		t.Errorf("bad --format: exit %d", code)
	}
	if code, _, _ := runArgs("check"); code != 2 {
		t.Errorf("no path: exit %d", code)
	}
}

func TestCheckEnglishAndFlagsAfterPaths(t *testing.T) {
	code, out, _ := runArgs("check", kragan, "--lang", "en")
	if code != 1 || !strings.Contains(out, "File: ") || !strings.Contains(out, "should be 98.32") || !regexp.MustCompile(`2 file\(s\) checked|1 file\(s\) checked: \d+ error\(s\)`).MatchString(out) {
		t.Errorf("exit %d\n%s", code, out)
	}
}

func TestCheckJSON(t *testing.T) {
	code, out, _ := runArgs("check", "--format", "json", kragan, clean)
	if code != 1 {
		t.Fatalf("exit %d", code)
	}
	var doc struct {
		Files []struct {
			Path     string `json:"path"`
			Unit     string `json:"unit"`
			Year     int    `json:"year"`
			Findings []struct {
				Rule, Severity, Sheet, Cell, Message, Expected, Actual string
			} `json:"findings"`
		} `json:"files"`
		Summary struct{ Files, Errors, Warnings int } `json:"summary"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if len(doc.Files) != 2 || doc.Files[0].Unit != "Kecamatan Kragan" || doc.Files[0].Year != 2021 || len(doc.Files[1].Findings) != 0 {
		t.Fatalf("files: %+v", doc.Files)
	}
	errors, warnings := 0, 0
	for _, f := range doc.Files[0].Findings {
		switch f.Severity {
		case "error":
			errors++
		case "warning":
			warnings++
		}
	}
	if doc.Summary.Files != 2 || doc.Summary.Errors != errors || doc.Summary.Warnings != warnings || errors < 20 {
		t.Errorf("summary %+v, counted %d errors %d warnings", doc.Summary, errors, warnings)
	}
	plain := regexp.MustCompile(`^-?\d+(\.\d+)?$`)
	numeric := regexp.MustCompile(`^[-\d.,]+$`)
	found := false
	for _, f := range doc.Files[0].Findings {
		if f.Rule == "LRA002" && f.Cell == "F7" {
			found = f.Severity == "error" && f.Sheet == "Realisasi Anggaran" && f.Expected == "98.32" && f.Actual == "98.82" && strings.Contains(f.Message, "seharusnya 98,32")
		}
		for _, v := range []string{f.Expected, f.Actual} {
			if numeric.MatchString(v) && v != "-" && !plain.MatchString(v) {
				t.Errorf("a figure not in plain decimal notation: %q in %+v", v, f)
			}
		}
	}
	if !found {
		t.Errorf("LRA002 F7 not in the JSON as expected")
	}
}

func TestCheckFolderAndOutputFile(t *testing.T) {
	dir := t.TempDir()
	for _, src := range []string{kragan, clean} {
		b, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(src)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	os.WriteFile(filepath.Join(dir, "~$kragan-2021.xlsx"), []byte("lock"), 0o644) // Excel's lock file: skipped
	out := filepath.Join(dir, "hasil.json")
	code, stdout, _ := runArgs("check", dir, "--format", "json", "-o", out)
	if code != 1 || stdout != "" {
		t.Fatalf("exit %d, stdout %q", code, stdout)
	}
	b, err := os.ReadFile(out)
	if err != nil || !strings.Contains(string(b), `"files": 2`) {
		t.Fatalf("output file: %v\n%s", err, b)
	}
	leftovers, _ := filepath.Glob(filepath.Join(dir, ".hasil.json.*"))
	if len(leftovers) != 0 {
		t.Errorf("temporary files left: %v", leftovers)
	}
}

func TestRulesAndExplain(t *testing.T) {
	code, out, _ := runArgs("rules")
	if code != 0 {
		t.Fatalf("rules: exit %d", code)
	}
	for _, r := range rules.All {
		if !strings.Contains(out, r.ID) || !strings.Contains(out, r.Title.ID) {
			t.Errorf("rules: %s missing", r.ID)
		}
	}
	if code, out, _ := runArgs("explain", "lra002"); code != 0 || !strings.Contains(out, "Contoh") || !strings.Contains(out, "98,82") {
		t.Errorf("explain: exit %d\n%s", code, out)
	}
	if code, out, _ := runArgs("explain", "--lang", "en", "PGK004"); code != 0 || !strings.Contains(out, "Example") {
		t.Errorf("explain en: exit %d\n%s", code, out)
	}
	if code, _, errOut := runArgs("explain", "XX999"); code != 2 || !strings.Contains(errOut, "XX999") {
		t.Errorf("explain unknown: exit %d %s", code, errOut)
	}
}
