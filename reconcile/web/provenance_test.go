package web

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"lkjip/reconcile"
	"lkjip/reconcile/config"
	"lkjip/rules"
)

// The page's report and each annotated copy record how they were made: the SHA-256 of each
// file as received, under its own name, and the server's settings file by its name (not its
// folder) and hash.
func TestProvenance(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, "inspektorat.yaml")
	text := []byte("rules:\n  PGK004: {enabled: false}\n")
	if err := os.WriteFile(cfg, text, 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := config.Load(cfg, rules.All)
	if err != nil {
		t.Fatal(err)
	}
	h, _ := newHandler(t, s)
	k, c := sample(t, kragan), sample(t, clean)
	hash := func(b []byte) string { sum := sha256.Sum256(b); return hex.EncodeToString(sum[:]) }
	page := post(t, h, "", k, c).Body.String()
	i := strings.Index(page, `<section class="card provenance">`)
	if i < 0 {
		t.Fatal("the page has no provenance section")
	}
	section := page[i:]
	for _, want := range []string{
		"<td>kragan-2021.xlsx</td><td class=\"hash\">" + hash(k.data) + "</td>",
		"<td>bersih-2023.xlsx</td><td class=\"hash\">" + hash(c.data) + "</td>",
		"<dd>inspektorat.yaml · SHA-256 " + hash(text) + "</dd>",
		reconcile.CatalogueOf(rules.All).Digest,
	} {
		if !strings.Contains(section, want) {
			t.Errorf("the section lacks %q:\n%s", want, section)
		}
	}
	if strings.Contains(page, dir) {
		t.Error("the page names the server's folder")
	}

	f, err := excelize.OpenReader(bytes.NewReader(downloads(t, page)["bersih-2023-temuan.xlsx"]))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	props, err := f.GetCustomProps()
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]any{}
	for _, p := range props {
		got[p.Name] = p.Value
	}
	if got["lkjip.input"] != "bersih-2023.xlsx" || got["lkjip.input.sha256"] != hash(c.data) || got["lkjip.input.2"] != nil ||
		got["lkjip.settings"] != "inspektorat.yaml" || got["lkjip.settings.sha256"] != hash(text) {
		t.Errorf("the copy of bersih-2023.xlsx records %v", got)
	}
}
