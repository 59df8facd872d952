package reconcile_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"lkjip/reconcile"
	"lkjip/reconcile/config"
	"lkjip/rules"
)

func sha256Of(t *testing.T, path string) (string, int64) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:]), int64(len(b))
}

// A checked file's result carries the SHA-256 and the size of the file's bytes, also when the
// file was refused; a file that does not exist has none. A batch that spills its findings to
// disk keeps them on the result it prints from.
func TestResultCarriesTheFilesHash(t *testing.T) {
	kragan := filepath.Join("..", "samples", "kragan-2021.xlsx")
	want, size := sha256Of(t, kragan)
	r := reconcile.CheckFile(kragan, rules.All, nil, reconcile.Options{})
	if r.SHA256 != want || r.Bytes != size {
		t.Errorf("kragan: %q %d, want %q %d", r.SHA256, r.Bytes, want, size)
	}

	dir := t.TempDir()
	text := filepath.Join(dir, "catatan.xlsx")
	content := []byte("bukan buku kerja\n")
	if err := os.WriteFile(text, content, 0o644); err != nil {
		t.Fatal(err)
	}
	textSum := sha256.Sum256(content)
	r = reconcile.CheckFile(text, rules.All, nil, reconcile.Options{})
	if r.Err == nil || r.Err.Code != "text" || r.SHA256 != hex.EncodeToString(textSum[:]) || r.Bytes != int64(len(content)) {
		t.Errorf("refused file: %+v %q %d", r.Err, r.SHA256, r.Bytes)
	}
	r = reconcile.CheckFile(filepath.Join(dir, "tidak-ada.xlsx"), rules.All, nil, reconcile.Options{})
	if r.SHA256 != "" || r.Bytes != 0 {
		t.Errorf("missing file: %q %d", r.SHA256, r.Bytes)
	}

	spill, err := reconcile.NewSpill()
	if err != nil {
		t.Fatal(err)
	}
	defer spill.Close()
	results, _ := (&reconcile.Checker{Rules: rules.All, Options: reconcile.Options{Spill: spill}}).Check(context.Background(), reconcile.Inputs(kragan, kragan))
	for _, r := range results {
		loaded, err := r.Loaded()
		if err != nil {
			t.Fatal(err)
		}
		if loaded == r {
			t.Fatal("the findings were not spilled: the test checks nothing")
		}
		if loaded.SHA256 != want || loaded.Bytes != size {
			t.Errorf("spilled: %q %d", loaded.SHA256, loaded.Bytes)
		}
	}
}

// The catalogue's digest covers every rule's ID, severity and titles: a copy of the catalogue
// with one severity changed, one title changed or one rule less has another; the same rules in
// another order have the same.
func TestCatalogueDigest(t *testing.T) {
	all := reconcile.CatalogueOf(rules.All)
	if all.Rules != len(rules.All) || len(all.Digest) != 12 || strings.Trim(all.Digest, "0123456789abcdef") != "" {
		t.Fatalf("catalogue %+v", all)
	}
	if again := reconcile.CatalogueOf(rules.All); again != all {
		t.Errorf("not stable: %+v, %+v", again, all)
	}
	reversed := slices.Clone(rules.All)
	slices.Reverse(reversed)
	if got := reconcile.CatalogueOf(reversed); got != all {
		t.Errorf("the order changed it: %+v", got)
	}

	changed := func(i int, edit func(*reconcile.Rule)) []*reconcile.Rule {
		c := slices.Clone(rules.All)
		r := *c[i]
		edit(&r)
		c[i] = &r
		return c
	}
	i := slices.Index(rules.All, rules.ByID("LRA002"))
	if rules.All[i].Severity != reconcile.Error {
		t.Fatalf("LRA002 is %v", rules.All[i].Severity)
	}
	severity := reconcile.CatalogueOf(changed(i, func(r *reconcile.Rule) { r.Severity = reconcile.Warning }))
	title := reconcile.CatalogueOf(changed(i, func(r *reconcile.Rule) { r.Title.EN += "." }))
	fewer := reconcile.CatalogueOf(rules.All[1:])
	for name, c := range map[string]reconcile.Catalogue{"severity": severity, "title": title, "fewer": fewer} {
		if c.Digest == all.Digest {
			t.Errorf("%s: same digest %s", name, c.Digest)
		}
	}
	if severity.Rules != all.Rules || fewer.Rules != all.Rules-1 {
		t.Errorf("counts %d %d", severity.Rules, fewer.Rules)
	}
	if rules.All[i].Severity != reconcile.Error {
		t.Error("the test changed the catalogue itself")
	}
}

// The settings file's path and the SHA-256 of its bytes reach the provenance; the defaults
// have none.
func TestProvenanceSettings(t *testing.T) {
	path := filepath.Join(t.TempDir(), "lkjip.yaml")
	text := "rules:\n  LRA002: {severity: warning}\n"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := config.Load(path, rules.All)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256([]byte(text))
	start := time.Date(2026, 11, 27, 10, 0, 0, 0, time.FixedZone("WIB", 7*3600))
	p := reconcile.NewProvenance(rules.All, s, start)
	if p.Settings.Path != path || p.Settings.SHA256 != hex.EncodeToString(sum[:]) {
		t.Errorf("settings %+v", p.Settings)
	}
	if p.TimeText() != "2026-11-27T10:00:00+07:00" {
		t.Errorf("time %s", p.TimeText())
	}
	if p.Catalogue != reconcile.CatalogueOf(rules.All) || !strings.HasPrefix(p.Tool, "lkjip ") {
		t.Errorf("tool %q, catalogue %+v", p.Tool, p.Catalogue)
	}
	if d := reconcile.NewProvenance(rules.All, reconcile.DefaultSettings(), start); d.Settings != (reconcile.Source{}) {
		t.Errorf("defaults: %+v", d.Settings)
	}

	kragan := filepath.Join("..", "samples", "kragan-2021.xlsx")
	want, size := sha256Of(t, kragan)
	p.AddResults("", reconcile.CheckFile(kragan, rules.All, s, reconcile.Options{}), &reconcile.Result{Unit: "Kecamatan Lasem"})
	p.Add(kragan, "lra")
	if len(p.Inputs) != 2 || p.Inputs[0] != (reconcile.FileRead{Path: kragan, SHA256: want, Bytes: size}) ||
		p.Inputs[1] != (reconcile.FileRead{Path: kragan, Role: "lra", SHA256: want, Bytes: size}) {
		t.Errorf("inputs %+v", p.Inputs)
	}
}

func TestLocalTime(t *testing.T) {
	at := time.Date(2026, 12, 6, 13, 30, 0, 0, time.UTC)
	for _, c := range []struct {
		zone string
		off  int
		lang string
		want string
	}{
		{"Asia/Jakarta", 7, "id", "6 Desember 2026 20.30 WIB"},
		{"Asia/Makassar", 8, "id", "6 Desember 2026 21.30 WITA"},
		{"Asia/Jayapura", 9, "en", "6 December 2026 22:30 WIT"},
		{"UTC", 0, "id", "6 Desember 2026 13.30 UTC"},
		{"India", 5*60 + 30, "en", "6 December 2026 19:00 UTC+5:30"},
	} {
		loc := time.FixedZone(c.zone, c.off*3600)
		if c.zone == "India" {
			loc = time.FixedZone(c.zone, c.off*60)
		}
		if got := reconcile.LocalTime(at.In(loc), c.lang); got != c.want {
			t.Errorf("%s: %q, want %q", c.zone, got, c.want)
		}
	}
}
