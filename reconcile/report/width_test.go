package report

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"lkjip/reconcile"
	"lkjip/rules"
)

// TestTextFitsWidth: the text report of Kragan (and of a batch with its recap) has no line
// wider than the terminal it is printed for; under 110 columns the findings are blocks, above
// it tables.
func TestTextFitsWidth(t *testing.T) {
	kragan := reconcile.CheckFile(filepath.Join("..", "..", "samples", "kragan-2021.xlsx"), rules.All, nil, reconcile.Options{})
	clean := reconcile.CheckFile(filepath.Join("..", "..", "samples", "bersih-2023.xlsx"), rules.All, nil, reconcile.Options{})
	for _, width := range []int{0, 60, 80, 100, 109, 110, 130, 160, 220} {
		for _, rs := range [][]*reconcile.Result{{kragan}, {kragan, clean}} {
			var b bytes.Buffer
			if err := FormatNamed("text").Write(&b, rs, Options{Lang: "id", Width: width}); err != nil {
				t.Fatal(err)
			}
			limit := width
			if width == 0 {
				limit = DefaultWidth
			}
			for i, l := range strings.Split(b.String(), "\n") {
				if n := utf8.RuneCountInString(l); n > limit {
					t.Errorf("width %d, %d files: line %d is %d wide: %q", width, len(rs), i+1, n, l)
					break
				}
			}
			tables := strings.Contains(b.String(), "│ F7 ")
			if blocks := strings.Contains(b.String(), "\nF7 · LRA002 · kesalahan\n"); tables == blocks || tables != (limit >= 110) {
				t.Errorf("width %d: tables %v, blocks %v", width, tables, blocks)
			}
			if !tables && !strings.Contains(strings.Join(strings.Fields(b.String()), " "), `% realisasi "Program Penunjang Urusan Pemerintahan Daerah" seharusnya 98,32`) {
				t.Errorf("width %d: F7's message is not there whole", width)
			}
		}
	}
}

func TestWrap(t *testing.T) {
	got := wrap("satu dua tiga empat lima\nenam", 12, "- ", "  ")
	want := []string{"- satu dua", "  tiga empat", "  lima", "  enam"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("wrap = %q, want %q", got, want)
	}
	// A word longer than the line is cut, never left to overflow, at the start of a text or
	// after other words.
	for _, text := range []string{"19671212198806100219671212", "NIP 19671212198806100219671212 terpotong"} {
		got := wrap(text, 10, "", "  ")
		for _, l := range got {
			if utf8.RuneCountInString(l) > 10 {
				t.Errorf("%q: line %q wider than 10", text, l)
			}
		}
		if joined := strings.ReplaceAll(strings.Join(got, ""), " ", ""); joined != strings.ReplaceAll(text, " ", "") {
			t.Errorf("%q wrapped loses text: %q", text, got)
		}
	}
}
