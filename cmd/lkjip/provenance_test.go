package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"lkjip/reconcile"
	"lkjip/rules"
)

// fileSHA256 is the SHA-256 of a file's bytes, computed here apart from lkjip's own code.
func fileSHA256(t *testing.T, path string) (string, int) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:]), len(b)
}

type provDoc struct {
	Tool      string
	Catalogue struct {
		Rules  int
		Digest string
	}
	Settings struct {
		Path, SHA256 string
		Default      bool
	}
	Time   string
	Inputs []struct {
		Path, Role, SHA256 string
		Bytes              int
	}
}

// settingsFile writes a settings file and returns its path and the SHA-256 of its bytes.
func settingsFile(t *testing.T) (string, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "inspektorat.yaml")
	if err := os.WriteFile(path, []byte("# Inspektorat Rembang\nrules:\n  PGK004: {enabled: false}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	sum, _ := fileSHA256(t, path)
	return path, sum
}

// The JSON report of a check records how it was made: the input's real SHA-256 and size, the
// catalogue's digest, the settings file's hash and the time the run began.
func TestCheckJSONProvenance(t *testing.T) {
	cfg, cfgSum := settingsFile(t)
	out := filepath.Join(t.TempDir(), "laporan.json")
	before := time.Now().Truncate(time.Second)
	if code, _, errOut := runArgs("check", "--format", "json", "--config", cfg, "-o", out, kragan); code != 1 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	after := time.Now()
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct{ Provenance provDoc }
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	p := doc.Provenance
	sum, size := fileSHA256(t, kragan)
	if len(p.Inputs) != 1 || p.Inputs[0].Path != kragan || p.Inputs[0].SHA256 != sum || p.Inputs[0].Bytes != size || p.Inputs[0].Role != "" {
		t.Errorf("inputs %+v, want %s %d", p.Inputs, sum, size)
	}
	want := reconcile.CatalogueOf(rules.All)
	if p.Catalogue.Rules != len(rules.All) || p.Catalogue.Digest != want.Digest {
		t.Errorf("catalogue %+v, want %+v", p.Catalogue, want)
	}
	if p.Settings.Path != cfg || p.Settings.SHA256 != cfgSum || p.Settings.Default {
		t.Errorf("settings %+v, want %s %s", p.Settings, cfg, cfgSum)
	}
	at, err := time.Parse(time.RFC3339, p.Time)
	if err != nil || at.Before(before) || at.After(after) {
		t.Errorf("time %q (%v), want between %v and %v", p.Time, err, before, after)
	}
	if p.Tool != reconcile.ToolVersion() || !strings.HasPrefix(p.Tool, "lkjip ") {
		t.Errorf("tool %q", p.Tool)
	}

	// Without a settings file, the defaults are named as such; a batch lists every input
	// checked, in order (a path that names nothing is said on stderr, not checked).
	missing := filepath.Join(t.TempDir(), "tidak-ada.xlsx")
	code, stdout, _ := runArgs("check", "--format", "json", kragan, clean, missing)
	if code != 2 {
		t.Fatalf("exit %d", code)
	}
	doc.Provenance = provDoc{}
	if err := json.Unmarshal([]byte(stdout), &doc); err != nil {
		t.Fatal(err)
	}
	p = doc.Provenance
	cleanSum, cleanSize := fileSHA256(t, clean)
	if !p.Settings.Default || p.Settings.Path != "" || len(p.Inputs) != 2 ||
		p.Inputs[0].SHA256 != sum || p.Inputs[1].Path != clean || p.Inputs[1].SHA256 != cleanSum || p.Inputs[1].Bytes != cleanSize {
		t.Errorf("batch provenance %+v", p)
	}
}

// The HTML report closes with how it was made, the input's hash included.
func TestCheckHTMLProvenance(t *testing.T) {
	cfg, cfgSum := settingsFile(t)
	code, out, _ := runArgs("check", "--format", "html", "--lang", "en", "--config", cfg, kragan)
	if code != 1 {
		t.Fatalf("exit %d", code)
	}
	sum, size := fileSHA256(t, kragan)
	section := out[strings.Index(out, `<section class="card provenance">`):]
	for _, want := range []string{"How this report was made", "<td class=\"hash\">" + sum + "</td>", ">" + strconv.Itoa(size) + "</td>",
		cfgSum, reconcile.CatalogueOf(rules.All).Digest, "sha256sum"} {
		if !strings.Contains(section, want) {
			t.Errorf("the section lacks %q:\n%s", want, section)
		}
	}
	if strings.Index(out, `class="card provenance"`) < strings.LastIndex(out, "</article>") {
		t.Error("the section is not after the files")
	}
	if _, out, _ := runArgs("check", "--format", "html", clean); !strings.Contains(out, "Cara laporan ini dibuat") || !strings.Contains(out, "bawaan (tanpa berkas pengaturan)") {
		t.Error("the Indonesian page lacks its section")
	}
}

// The annotated copy lists the provenance under its Temuan table and keeps it in the
// workbook's custom document properties, which survive a save in Excel.
func TestAnnotateProvenance(t *testing.T) {
	cfg, cfgSum := settingsFile(t)
	copyPath := filepath.Join(t.TempDir(), "kragan-temuan.xlsx")
	if code, _, errOut := runArgs("check", "--config", cfg, "--annotate", copyPath, kragan); code != 1 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	f, err := excelize.OpenFile(copyPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows("Temuan")
	if err != nil {
		t.Fatal(err)
	}
	sum, size := fileSHA256(t, kragan)
	lines := map[string]string{}
	start := -1
	for i, row := range rows {
		if len(row) > 0 && row[0] == "Cara laporan ini dibuat" {
			start = i
		}
		if start >= 0 && i > start && len(row) >= 3 {
			if _, ok := lines[row[0]]; !ok {
				lines[row[0]] = row[2]
			}
		}
	}
	if start < 0 {
		t.Fatalf("no provenance in Temuan:\n%v", rows[len(rows)-12:])
	}
	if lines["Berkas diperiksa"] != kragan || lines["SHA-256"] != sum || lines["Ukuran (byte)"] != strconv.Itoa(size) ||
		lines["Pengaturan"] != cfg+" · SHA-256 "+cfgSum || !strings.HasSuffix(lines["Katalog aturan"], reconcile.CatalogueOf(rules.All).Digest) {
		t.Errorf("Temuan lines %v", lines)
	}
	// People read the time in their zone (WIB, WITA, WIT); the properties keep RFC 3339.
	if !regexp.MustCompile(`^\d{1,2} [A-Z][a-z]+ 20\d\d \d\d\.\d\d (WIB|WITA|WIT|UTC[+-]?[0-9:]*)$`).MatchString(lines["Waktu"]) {
		t.Errorf("time %q, want a date for people with its zone", lines["Waktu"])
	}
	props, err := f.GetCustomProps()
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]any{}
	for _, p := range props {
		got[p.Name] = p.Value
	}
	if got["lkjip.input"] != kragan || got["lkjip.input.sha256"] != sum || got["lkjip.input.bytes"] != strconv.Itoa(size) ||
		got["lkjip.settings"] != cfg || got["lkjip.settings.sha256"] != cfgSum || got["lkjip.tool"] != reconcile.ToolVersion() {
		t.Errorf("custom properties %v", got)
	}
}

// lkjip diff records both inputs, by role, in its JSON document and in its annotated copy.
func TestDiffProvenance(t *testing.T) {
	oldPath, newPath := diffPair(t)
	oldSum, oldSize := fileSHA256(t, oldPath)
	newSum, newSize := fileSHA256(t, newPath)
	if oldSum == newSum {
		t.Fatal("the two files are the same")
	}
	out := filepath.Join(t.TempDir(), "diff.json")
	copyPath := filepath.Join(t.TempDir(), "perubahan.xlsx")
	if code, _, errOut := runArgs("diff", "--format", "json", "-o", out, "--annotate", copyPath, oldPath, newPath); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct{ Provenance provDoc }
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	in := doc.Provenance.Inputs
	if len(in) != 2 || in[0].Role != "old" || in[0].Path != oldPath || in[0].SHA256 != oldSum || in[0].Bytes != oldSize ||
		in[1].Role != "new" || in[1].Path != newPath || in[1].SHA256 != newSum || in[1].Bytes != newSize {
		t.Errorf("inputs %+v", in)
	}
	if doc.Provenance.Catalogue.Digest != reconcile.CatalogueOf(rules.All).Digest || !doc.Provenance.Settings.Default {
		t.Errorf("provenance %+v", doc.Provenance)
	}
	if _, err := time.Parse(time.RFC3339, doc.Provenance.Time); err != nil {
		t.Error(err)
	}

	f, err := excelize.OpenFile(copyPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows("Perubahan")
	if err != nil {
		t.Fatal(err)
	}
	var seen []string
	for _, row := range rows {
		if len(row) >= 3 && (row[0] == "Berkas lama" || row[0] == "Berkas baru" || row[0] == "SHA-256") {
			seen = append(seen, row[0]+"="+row[2])
		}
	}
	want := []string{"Berkas lama=" + oldPath, "SHA-256=" + oldSum, "Berkas baru=" + newPath, "SHA-256=" + newSum}
	if strings.Join(seen, "\n") != strings.Join(want, "\n") {
		t.Errorf("Perubahan lines %q, want %q", seen, want)
	}
	props, _ := f.GetCustomProps()
	got := map[string]any{}
	for _, p := range props {
		got[p.Name] = p.Value
	}
	if got["lkjip.input.old.sha256"] != oldSum || got["lkjip.input.new.sha256"] != newSum {
		t.Errorf("custom properties %v", got)
	}
}
