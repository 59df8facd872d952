package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"lkjip/rules"
	"lkjip/samples/golden"
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
	if code, out, _ := runArgs("check", kragan); code != 1 || !strings.Contains(out, "LRA002") || !strings.Contains(out, "Sheet: Realisasi Anggaran") || !strings.Contains(out, "kesalahan") {
		t.Errorf("kragan: exit %d\n%s", code, out)
	}
	if code, out, _ := runArgs("check", clean); code != 0 || !strings.Contains(out, "Tidak ada temuan.") || !strings.Contains(out, "0 kesalahan, 0 peringatan") {
		t.Errorf("clean: exit %d\n%s", code, out)
	}
	// A path that names nothing is said on stderr and not counted among the files checked;
	// the others are checked, and the exit status says something was not (2).
	missing := filepath.Join(t.TempDir(), "tidak-ada.xlsx")
	if code, out, errOut := runArgs("check", missing, clean); code != 2 || strings.Contains(out, "tidak ditemukan") || !strings.Contains(out, "1 berkas diperiksa: 0 kesalahan") ||
		errOut != "lkjip: "+missing+": berkas tidak ditemukan. Periksa nama dan foldernya.\n" {
		t.Errorf("missing file: exit %d\n%s\nstderr: %s", code, out, errOut)
	}
	empty := t.TempDir()
	if code, out, errOut := runArgs("check", "--lang", "en", empty); code != 2 || out != "" || errOut != "lkjip: "+empty+": this folder holds no .xlsx or .xlsm file.\n" {
		t.Errorf("empty folder: exit %d\n%s\nstderr: %s", code, out, errOut)
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
				Rule, Severity, Sheet, Cell, Message, Expected, Actual, Because string
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
		if f.Because != "" {
			continue // follows from another finding: listed, not counted
		}
		switch f.Severity {
		case "error":
			errors++
		case "warning":
			warnings++
		}
	}
	if k := golden.Kragan(); doc.Summary.Files != 2 || doc.Summary.Errors != errors || doc.Summary.Warnings != warnings || errors != k.Errors || warnings != k.Warnings {
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

// writeConfig writes a settings file for a test and returns its path.
func writeConfig(t *testing.T, text string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "lkjip.yaml")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

type jsonRun struct {
	Files []struct {
		Path     string `json:"path"`
		Findings []struct {
			Rule, Severity, Sheet, Cell, Message, Expected, Actual, Reason, Because string
			Accepted                                                                bool
		} `json:"findings"`
	} `json:"files"`
	Summary struct{ Files, Errors, Warnings, Infos, Accepted int } `json:"summary"`
}

func checkJSON(t *testing.T, args ...string) (int, jsonRun, string) {
	t.Helper()
	code, out, errOut := runArgs(append([]string{"check", "--format", "json"}, args...)...)
	var doc jsonRun
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("exit %d: %v\n%s\n%s", code, err, out, errOut)
	}
	return code, doc, errOut
}

func TestConfigCommand(t *testing.T) {
	code, out, _ := runArgs("config")
	if code != 0 || !strings.Contains(out, "negatif: 2T-R") || !strings.Contains(out, "# accept:") || !strings.Contains(out, "Temuan yang diterima") {
		t.Errorf("config: exit %d\n%s", code, out)
	}
	code, out, _ = runArgs("config", "--lang", "en")
	if code != 0 || !strings.Contains(out, "Accepted findings") {
		t.Errorf("config --lang en: exit %d\n%s", code, out)
	}
	// What `lkjip config` prints is a settings file check takes as it is.
	path := writeConfig(t, out)
	if code, _, errOut := runArgs("check", "--config", path, clean); code != 0 || errOut != "" {
		t.Errorf("check with the printed defaults: exit %d %s", code, errOut)
	}
	code, out, _ = runArgs("config", "--example", "rembang-14-kecamatan")
	if code != 0 || strings.Count(out, "kabupaten: Kabupaten Rembang") != 14 {
		t.Errorf("example: exit %d\n%s", code, out)
	}
	if code, _, errOut := runArgs("config", "--example", "jakarta"); code != 2 || !strings.Contains(errOut, "permendagri-86-2017") {
		t.Errorf("unknown example: exit %d %s", code, errOut)
	}
}

func TestCheckBadConfig(t *testing.T) {
	path := writeConfig(t, "formulas:\n  negatif: 2T-R\nrules:\n  LRA002:\n    severity: warning\n  LRA999:\n    enabled: false\n")
	code, out, errOut := runArgs("check", "--config", path, kragan)
	if code != 2 || out != "" || errOut != path+":6: aturan \"LRA999\" tidak ada; lihat lkjip rules.\n" {
		t.Errorf("exit %d\nstdout %q\nstderr %q", code, out, errOut)
	}
	code, _, errOut = runArgs("check", "--lang", "en", "--config", path, kragan)
	if code != 2 || errOut != path+":6: no rule \"LRA999\"; see lkjip rules.\n" {
		t.Errorf("English: exit %d %q", code, errOut)
	}
	if code, _, errOut := runArgs("check", "--config", filepath.Join(t.TempDir(), "tidak-ada.yaml"), kragan); code != 2 || !strings.Contains(errOut, "tidak dapat dibaca") {
		t.Errorf("missing settings file: exit %d %q", code, errOut)
	}
}

// TestCheckAcceptEveryError accepts every error of the Kragan sample through a generated
// settings file: the run then exits 0, and the summary counts the accepted findings apart.
func TestCheckAcceptEveryError(t *testing.T) {
	_, before, _ := checkJSON(t, kragan)
	var b strings.Builder
	b.WriteString("accept:\n")
	seen := map[string]bool{}
	q := func(s string) string { j, _ := json.Marshal(s); return string(j) }
	for _, f := range before.Files[0].Findings {
		key := f.Rule + f.Sheet + f.Cell
		if f.Severity != "error" || f.Because != "" || seen[key] {
			continue
		}
		seen[key] = true
		fmt.Fprintf(&b, "  - rule: %s\n    sheet: %s\n    cell: %s\n    reason: %s\n", f.Rule, q(f.Sheet), q(f.Cell), q("diterima untuk uji "+f.Rule))
	}
	code, after, errOut := checkJSON(t, "--config", writeConfig(t, b.String()), kragan)
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d %s", code, errOut)
	}
	if after.Summary.Errors != 0 || after.Summary.Accepted != before.Summary.Errors || after.Summary.Warnings != before.Summary.Warnings {
		t.Errorf("summary before %+v, after %+v", before.Summary, after.Summary)
	}
	for _, f := range after.Files[0].Findings {
		if f.Severity == "error" && f.Because == "" && (!f.Accepted || f.Reason != "diterima untuk uji "+f.Rule) {
			t.Errorf("error not accepted: %+v", f)
		}
		if f.Rule == "UM015" {
			t.Errorf("an acceptance matched nothing: %+v", f)
		}
	}
	_, out, _ := runArgs("check", "--config", writeConfig(t, b.String()), kragan)
	if !strings.Contains(out, "kesalahan (diterima)") || !strings.Contains(out, fmt.Sprintf("0 kesalahan, %d peringatan, %d catatan, %d diterima", before.Summary.Warnings, before.Summary.Infos, before.Summary.Errors)) {
		t.Errorf("text output:\n%s", out)
	}
}

func TestCheckUnmatchedAcceptance(t *testing.T) {
	path := writeConfig(t, "accept:\n  - rule: LRA002\n    sheet: Realisasi Anggaran\n    cell: F8\n    reason: salah ketik\n  - rule: LRA002\n    sheet: Realisasi Anggaran\n    cell: F7\n    reason: untuk berkas lain\n    file: sarang-2021.xlsx\n")
	code, doc, errOut := checkJSON(t, "--config", path, clean)
	if code != 0 {
		t.Errorf("exit %d: a stale acceptance is a warning", code)
	}
	if !strings.Contains(errOut, path+":6:") || !strings.Contains(errOut, "sarang-2021.xlsx") {
		t.Errorf("an acceptance for a file not checked is not said: %q", errOut)
	}
	if f := doc.Files[0].Findings; len(f) != 1 || f[0].Rule != "UM015" || f[0].Cell != "F8" || f[0].Severity != "warning" || !strings.Contains(f[0].Message, path+":2") {
		t.Errorf("findings %+v", f)
	}
}

// editCopy writes into dir a copy of a workbook named name with one cell changed.
func editCopy(t *testing.T, src, dir, name, sheet, cell string, value any) string {
	t.Helper()
	f, err := excelize.OpenFile(src)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := f.SetCellValue(sheet, cell, value); err != nil {
		t.Fatal(err)
	}
	dst := filepath.Join(dir, name)
	if err := f.SaveAs(dst); err != nil {
		t.Fatal(err)
	}
	return dst
}

func copyFile(t *testing.T, src, dst string) {
	t.Helper()
	b, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dst, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestCheckAcceptAcrossFiles: two submissions of one unit and year with different figures
// (BKS002, an error in each file) are accepted by one acceptance of the rule, without a file:
// both findings are accepted, the run exits 0, and nothing is said about the acceptance.
// Naming a file accepts that file's finding only; an acceptance across files that matches
// nothing in a batch is said once, on the settings file; in a run of one file, where no rule
// across files can find anything, it is not judged.
func TestCheckAcceptAcrossFiles(t *testing.T) {
	dir := t.TempDir()
	first := filepath.Join(dir, "lasem-2023.xlsx")
	copyFile(t, clean, first)
	revised := editCopy(t, first, dir, "lasem-2023-revisi.xlsx", "Inventaris", "C5", 7)
	_, plain, _ := checkJSON(t, first, revised)
	if plain.Summary.Errors != 2 {
		t.Fatalf("the two submissions make %d errors, want the two BKS002: %+v", plain.Summary.Errors, plain.Files)
	}
	for _, f := range plain.Files {
		if len(f.Findings) != 1 || f.Findings[0].Rule != "BKS002" {
			t.Fatalf("%s: findings %+v, want one BKS002", f.Path, f.Findings)
		}
	}

	config := writeConfig(t, "accept:\n  - rule: BKS002\n    sheet: \"\"\n    cell: \"\"\n    reason: revisi yang final\n")
	code, doc, errOut := checkJSON(t, "--config", config, first, revised)
	if code != 0 || errOut != "" || doc.Summary.Errors != 0 || doc.Summary.Warnings != 0 || doc.Summary.Accepted != 2 {
		t.Errorf("accepted across files: exit %d, %+v, stderr %q", code, doc.Summary, errOut)
	}
	for _, f := range doc.Files {
		for _, x := range f.Findings {
			if x.Rule != "BKS002" || !x.Accepted || x.Reason != "revisi yang final" {
				t.Errorf("%s: %+v", f.Path, x)
			}
		}
	}

	config = writeConfig(t, "accept:\n  - rule: BKS002\n    file: lasem-2023.xlsx\n    reason: yang lama\n")
	code, doc, _ = checkJSON(t, "--config", config, first, revised)
	if code != 1 || doc.Summary.Errors != 1 || doc.Summary.Accepted != 1 || doc.Summary.Warnings != 0 {
		t.Errorf("accepted in one file: exit %d, %+v", code, doc.Summary)
	}

	config = writeConfig(t, "accept:\n  - rule: BKS005\n    sheet: \"\"\n    cell: \"\"\n    reason: tahun lalu beda format\n")
	code, doc, _ = checkJSON(t, "--config", config, first, kragan)
	last := doc.Files[len(doc.Files)-1]
	if code != 1 || doc.Summary.Files != 2 || len(doc.Files) != 3 || last.Path != config || len(last.Findings) != 1 ||
		last.Findings[0].Rule != "UM015" || !strings.Contains(last.Findings[0].Message, config+":2") {
		t.Errorf("an acceptance across files that matches nothing: exit %d, %+v", code, doc.Files)
	}
	if code, doc, _ = checkJSON(t, "--config", config, first); code != 0 || len(doc.Files) != 1 || doc.Summary.Warnings != 0 {
		t.Errorf("one file: the acceptance across files is not judged: exit %d, %+v", code, doc.Files)
	}
	config = writeConfig(t, "accept:\n  - rule: BKS005\n    file: lasem-2023.xlsx\n    reason: tahun lalu beda format\n")
	_, doc, _ = checkJSON(t, "--config", config, first, kragan)
	if f := doc.Files[0].Findings; len(doc.Files) != 2 || len(f) != 1 || f[0].Rule != "UM015" || f[0].Cell != "" || !strings.Contains(f[0].Message, "(lasem-2023.xlsx)") {
		t.Errorf("an acceptance across files for one file that matches nothing is said on that file: %+v", doc.Files)
	}
}

func TestCheckSeverityOverride(t *testing.T) {
	var b strings.Builder
	b.WriteString("rules:\n")
	for _, r := range rules.All {
		fmt.Fprintf(&b, "  %s: {severity: warning}\n", r.ID)
	}
	code, doc, _ := checkJSON(t, "--config", writeConfig(t, b.String()), kragan)
	if code != 0 || doc.Summary.Errors != 0 || doc.Summary.Warnings < 20 {
		t.Errorf("every rule a warning: exit %d, %+v", code, doc.Summary)
	}
	code, _, _ = checkJSON(t, "--config", writeConfig(t, "rules:\n  LRA002: {severity: info}\n"), kragan)
	if code != 1 {
		t.Errorf("one rule an info: exit %d", code)
	}
}

func TestCheckDisabledRuleAndTolerance(t *testing.T) {
	_, doc, _ := checkJSON(t, "--config", writeConfig(t, "rules:\n  LRA002:\n    enabled: false\n"), kragan)
	for _, f := range doc.Files[0].Findings {
		if f.Rule == "LRA002" {
			t.Errorf("a disabled rule reported %+v", f)
		}
	}
	lra002 := func(config string) map[string]bool {
		_, doc, _ := checkJSON(t, "--config", writeConfig(t, config), kragan)
		cells := map[string]bool{}
		for _, f := range doc.Files[0].Findings {
			if f.Rule == "LRA002" {
				cells[f.Cell] = true
			}
		}
		return cells
	}
	// 98,82 for 98,32 is within 0.5, not within 0.4.
	if cells := lra002("rules:\n  LRA002:\n    tolerance: 0.5\n"); cells["F7"] {
		t.Errorf("LRA002 with a tolerance of 0.5 flags %v", cells)
	}
	if cells := lra002("rules:\n  LRA002:\n    tolerance: 0.4\n"); !cells["F7"] {
		t.Errorf("LRA002 with a tolerance of 0.4 flags %v", cells)
	}
}

// TestCheckPolicyScale: the Permendagri 86/2017 scale replaces the clean workbook's, and its
// Predikat cells no longer match.
func TestCheckPolicyScale(t *testing.T) {
	_, example, _ := runArgs("config", "--example", "permendagri-86-2017")
	code, doc, _ := checkJSON(t, "--config", writeConfig(t, example), clean)
	found := false
	for _, f := range doc.Files[0].Findings {
		if f.Rule == "PGK003" && f.Sheet == "Pengukuran" && f.Cell == "M5" {
			found = f.Expected == "Tinggi" && f.Actual == "Baik"
		}
	}
	if code != 1 || !found {
		t.Errorf("exit %d, findings %+v", code, doc.Files[0].Findings)
	}
}

func TestCheckBatchRecap(t *testing.T) {
	dir := t.TempDir()
	for _, src := range []string{kragan, clean} {
		b, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, filepath.Base(src)), b, 0o644)
	}
	// The same Kragan workbook twice: a double submission.
	b, _ := os.ReadFile(kragan)
	os.WriteFile(filepath.Join(dir, "kragan-2021 (1).xlsx"), b, 0o644)
	// The xlsx recap is written into the folder being checked: it is this run's output, not an
	// input. The CSV goes elsewhere, since the next run would otherwise read the xlsx.
	xlsxOut, csvOut := filepath.Join(dir, "rekap.xlsx"), filepath.Join(t.TempDir(), "rekap.csv")
	code, out, _ := runArgs("check", dir, "--recap", xlsxOut)
	if code != 1 || !strings.Contains(out, "Rekap per unit") || !strings.Contains(out, "Kecamatan Lasem") || !strings.Contains(out, "BKS001") {
		t.Fatalf("exit %d\n%s", code, out)
	}
	f, err := excelize.OpenFile(xlsxOut)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := f.GetRows("Rekap", excelize.Options{RawCellValue: true})
	if len(rows) != 6 || rows[4][0] != "Jumlah 2021" || rows[5][0] != "Jumlah 2023" {
		t.Fatalf("recap rows: %v", rows)
	}
	// Kragan's second submission is listed, marked, and not added again; each year has its
	// own total (Kragan is 2021, Lasem 2023).
	byUnit := map[string][]string{}
	for _, r := range rows[1:4] {
		byUnit[r[0]] = r
	}
	lasem, kr, twice := byUnit["Kecamatan Lasem"], byUnit["Kecamatan Kragan"], byUnit["Kecamatan Kragan (kiriman ganda, tidak dijumlahkan)"]
	if lasem == nil || lasem[4] != "0" || lasem[8] != "97.79" || kr == nil || kr[6] != "2739149000" || kr[8] != "75.35" || kr[9] != "94.22" || twice == nil {
		t.Errorf("recap figures: %v", rows)
	}
	if rows[4][6] != "2739149000" || rows[4][8] != "75.35" || rows[5][6] != "2277528000" || rows[5][8] != "97.79" {
		t.Errorf("recap totals: %v %v", rows[4], rows[5])
	}
	if sheets := f.GetSheetList(); len(sheets) != 3 || sheets[1] != "Grafik" {
		t.Errorf("sheets %v, want Rekap, Grafik and the chart's hidden data", sheets)
	}
	if _, ok := f.Pkg.Load("xl/charts/chart1.xml"); !ok {
		t.Error("the recap has no chart")
	}
	os.Remove(xlsxOut)
	code, _, _ = runArgs("check", dir, "--quiet", "--format", "json", "--recap", csvOut)
	data, err := os.ReadFile(csvOut)
	if code != 1 || err != nil || !strings.HasPrefix(string(data), "\ufeffunit,kabupaten,year") || strings.Count(string(data), "\n") != 6 {
		t.Errorf("csv recap: exit %d %v\n%s", code, err, data)
	}
}

func TestCheckAnnotateAndFormats(t *testing.T) {
	dir := t.TempDir()
	input := filepath.Join(dir, "kragan.xlsx")
	b, _ := os.ReadFile(kragan)
	os.WriteFile(input, b, 0o644)
	copyPath := filepath.Join(dir, "kragan-temuan.xlsx")
	if code, _, errOut := runArgs("check", input, "--annotate", copyPath, "--quiet"); code != 1 {
		t.Fatalf("exit %d %s", code, errOut)
	}
	f, err := excelize.OpenFile(copyPath)
	if err != nil {
		t.Fatal(err)
	}
	if first := f.GetSheetList()[0]; first != "Temuan" {
		t.Errorf("first sheet %q", first)
	}
	f.Close()
	for _, bad := range [][]string{{input, "--annotate", input}, {dir, "--annotate", copyPath}, {input, "--annotate", filepath.Join(dir, "x.xlsm")}} {
		if code, _, errOut := runArgs(append([]string{"check"}, bad...)...); code != 2 || !strings.Contains(errOut, "--annotate") {
			t.Errorf("%v: exit %d %s", bad, code, errOut)
		}
	}
	if after, _ := os.ReadFile(input); !bytes.Equal(after, b) {
		t.Fatal("the input was written")
	}
	if code, out, _ := runArgs("check", "--format", "html", input); code != 1 || !strings.Contains(out, "<html lang=\"id\"") || !strings.Contains(out, "LRA002") {
		t.Errorf("html: exit %d", code)
	}
	if code, out, _ := runArgs("check", "--format", "csv", "--lang", "en", input); code != 1 || !strings.HasPrefix(out, "\ufeffpath,unit,year,rule") || !strings.Contains(out, "LRA002") {
		t.Errorf("csv: exit %d\n%.200s", code, out)
	}
}

// TestCheckFolderWithExport: a folder holding a unit's workbook and its LRA export (and
// another unit's workbook) compares the two as --lra would, and counts the export as no
// file of its own: never unreadable (exit 1 for Kragan's errors, not 2).
func TestCheckFolderWithExport(t *testing.T) {
	dir := t.TempDir()
	for _, src := range []string{kragan, clean, filepath.Join("..", "..", "samples", "lra-kragan-2021.xlsx")} {
		b, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, filepath.Base(src)), b, 0o644)
	}
	code, out, errOut := runArgs("check", "--format", "json", dir)
	if code != 1 || !strings.Contains(errOut, "lra-kragan-2021.xlsx: ekspor LRA") || !strings.Contains(errOut, "dibandingkan dengan") {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	var doc struct {
		Files []struct {
			Path     string           `json:"path"`
			Findings []map[string]any `json:"findings"`
		} `json:"files"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	eks := 0
	for _, f := range doc.Files {
		if strings.Contains(f.Path, "lra-kragan") {
			t.Errorf("the export is reported as a file of its own: %s", f.Path)
		}
		for _, x := range f.Findings {
			if strings.HasPrefix(fmt.Sprint(x["rule"]), "EKS") {
				eks++
			}
		}
	}
	if len(doc.Files) != 2 || eks == 0 {
		t.Errorf("%d files, %d EKS findings; want 2 files and Kragan compared with its export", len(doc.Files), eks)
	}
}
