package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"lkjip/reconcile"
)

func coverageResult() *reconcile.Result {
	return &reconcile.Result{Path: "c.xlsx", Unit: "Kecamatan Lasem", Year: 2023, Coverage: &reconcile.Coverage{Figures: 430, Checked: 412,
		Unchecked: []reconcile.Span{
			{Sheet: "Realisasi Anggaran", Col: 7, From: 4, To: 30, Header: "Realisasi Fisik (%)"},
			{Sheet: "IKU", Col: 4, From: 3, To: 3},
		}}}
}

// TestCoverageInEveryOutput: text and HTML end the file with its coverage line, in the
// report's language; JSON carries the counts and every range, as strings.
func TestCoverageInEveryOutput(t *testing.T) {
	rs := []*reconcile.Result{coverageResult()}
	wants := map[string]map[string]string{
		"text": {"id": `412 dari 430 angka diperiksa; tidak diperiksa: Realisasi Anggaran!G4:G30 (kolom "Realisasi Fisik (%)" tidak dikenal), IKU!D3`,
			"en": `412 of 430 figures checked; not checked: Realisasi Anggaran!G4:G30 (column "Realisasi Fisik (%)" not recognised), IKU!D3`},
		"html": {"id": `<p class="coverage">412 dari 430 angka diperiksa; tidak diperiksa: Realisasi Anggaran!G4:G30 (kolom &#34;Realisasi Fisik (%)&#34; tidak dikenal), IKU!D3</p>`,
			"en": `<p class="coverage">412 of 430 figures checked; not checked: Realisasi Anggaran!G4:G30 (column &#34;Realisasi Fisik (%)&#34; not recognised), IKU!D3</p>`},
	}
	for format, byLang := range wants {
		for lang, want := range byLang {
			var b bytes.Buffer
			if err := write(format, &b, rs, lang); err != nil {
				t.Fatal(err)
			}
			// The text report wraps the line at the terminal's width.
			if !strings.Contains(strings.Join(strings.Fields(b.String()), " "), want) {
				t.Errorf("%s (%s) lacks %q:\n%s", format, lang, want, b.String())
			}
		}
	}
	var b bytes.Buffer
	if err := write("json", &b, rs, "id"); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Files []struct {
			Coverage struct {
				Figures, Checked int
				Unchecked        []string
			}
		}
	}
	if err := json.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	c := doc.Files[0].Coverage
	if c.Figures != 430 || c.Checked != 412 || strings.Join(c.Unchecked, " ") != "Realisasi Anggaran!G4:G30 IKU!D3" {
		t.Errorf("JSON coverage %+v", c)
	}
}

// TestCoverageLineNamesAFewRanges: a workbook with many unchecked ranges gets a line that
// still reads as a count, the rest said as a number.
func TestCoverageLineNamesAFewRanges(t *testing.T) {
	c := &reconcile.Coverage{Figures: 100, Checked: 80}
	for i := range 15 {
		c.Unchecked = append(c.Unchecked, reconcile.Span{Sheet: "Lain", Col: i + 1, From: 2, To: 3})
	}
	line := c.Line("id")
	if !strings.HasSuffix(line, "Lain!L2:L3 dan 3 rentang lain") || strings.Contains(line, "Lain!M2") {
		t.Errorf("line %q", line)
	}
}
