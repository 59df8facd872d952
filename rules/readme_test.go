package rules

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestREADMECatalogue keeps the README's table of what lkjip checks the catalogue's: one row
// per family of rule IDs, from its first ID to its last, none missing, none invented.
func TestREADMECatalogue(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	row := regexp.MustCompile(`(?m)^\| ([A-Z]+)(\d{3})(?:–([A-Z]+)(\d{3}))? \|`)
	inREADME := map[string]string{}
	for _, m := range row.FindAllStringSubmatch(string(b), -1) {
		last := m[1] + m[2]
		if m[3] != "" {
			last = m[3] + m[4]
		}
		inREADME[m[1]] = m[1] + m[2] + "–" + last
	}
	want := map[string]string{}
	first := map[string]string{}
	for _, r := range All {
		family := strings.TrimRight(r.ID, "0123456789")
		if r.ID == "UM000" {
			continue // the internal error, said in the README's section on bad files
		}
		if _, ok := first[family]; !ok {
			first[family] = r.ID
		}
		want[family] = first[family] + "–" + r.ID
	}
	if len(inREADME) < 10 {
		t.Fatalf("the README's table was not found (%d rows)", len(inREADME))
	}
	for family, ids := range want {
		// A family of one rule is written as its ID alone, read as "SAS001–SAS001".
		if got := inREADME[family]; got != ids {
			t.Errorf("README.md says %q for %s; the catalogue has %s", got, family, ids)
		}
	}
	for family := range inREADME {
		if _, ok := want[family]; !ok {
			t.Errorf("README.md lists %s rules that the catalogue lacks", family)
		}
	}
}
