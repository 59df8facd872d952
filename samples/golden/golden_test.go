package golden

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestREADME keeps the README's Kragan figures those of the golden file: the totals line of
// the text output and the summary of the JSON example.
func TestREADME(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	readme := string(b)
	k := Kragan()
	if k.Errors < 10 || k.Unit != "Kecamatan Kragan" || k.Year != 2021 {
		t.Fatalf("golden file %+v", k)
	}
	for _, want := range []string{
		k.Line("id"),
		fmt.Sprintf(`"errors":%d,"warnings":%d,"infos":%d`, k.Errors, k.Warnings, k.Infos),
	} {
		if !strings.Contains(readme, want) {
			t.Errorf("README.md does not say %q (the golden totals, %s)", want, Path)
		}
	}
}
