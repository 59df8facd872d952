package report

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"lkjip/reconcile"
	"lkjip/reconcile/internal/officetest"
	"lkjip/rules"
)

// reEnglishAmount is a figure grouped with commas, as an en-US machine prints #,##0.
var reEnglishAmount = regexp.MustCompile(`\b\d{1,3}(,\d{3})+\b`)

// TestPaperInLibreOffice prints the annotated Kragan copy and the recap of a batch of two
// years with LibreOffice (the template: TestTemplatePrints), on this machine's English locale: every page names
// what it belongs to and its number ("Halaman i dari n"), and no amount prints with commas.
func TestPaperInLibreOffice(t *testing.T) {
	soffice := officetest.Soffice(t, "print the workbooks lkjip writes")
	dir := t.TempDir()
	opt := reconcile.Options{Summarize: rules.Summarize} // the recap's figures
	kragan := reconcile.CheckFile(annotateKragan, rules.All, nil, opt)
	clean := reconcile.CheckFile(filepath.Join("..", "..", "samples", "bersih-2023.xlsx"), rules.All, nil, opt)
	write := func(name string, w func(*bytes.Buffer) error) string {
		var b bytes.Buffer
		if err := w(&b); err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	for _, c := range []struct {
		path, head string
		maxPages   int
	}{
		{write("temuan.xlsx", func(b *bytes.Buffer) error { return Annotate(b, kragan, "id", nil, AnnotateOptions{}) }), "Kecamatan Kragan · 2021", 20},
		{write("rekap.xlsx", func(b *bytes.Buffer) error { return RecapXLSX(b, []*reconcile.Result{kragan, clean}, "id") }), "Rekap per unit · 2 berkas", 3},
	} {
		pages := officetest.PDFPages(t, annotateConvert(t, soffice, c.path, "pdf", "pdf"), "read the printed pages")
		if len(pages) == 0 || len(pages) > c.maxPages {
			t.Errorf("%s: %d pages, want 1 to %d", filepath.Base(c.path), len(pages), c.maxPages)
		}
		for i, p := range pages {
			if !strings.Contains(p, c.head) || !strings.Contains(p, fmt.Sprintf("Halaman %d dari %d", i+1, len(pages))) {
				t.Errorf("%s page %d of %d lacks %q or its number:\n%.300s", filepath.Base(c.path), i+1, len(pages), c.head, p)
			}
			if m := reEnglishAmount.FindString(p); m != "" {
				t.Errorf("%s page %d prints %s in en-US notation", filepath.Base(c.path), i+1, m)
			}
		}
	}
	// The annotated copy prints each sheet's row and column headings ("B17" can be found on
	// paper) and asks for the comments at the end of each sheet (Excel prints them there;
	// LibreOffice does not read that setting).
	var b bytes.Buffer
	if err := Annotate(&b, kragan, "id", nil, AnnotateOptions{}); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(b.Bytes()), int64(b.Len()))
	if err != nil {
		t.Fatal(err)
	}
	sheets := 0
	for _, zf := range zr.File {
		if !strings.HasPrefix(zf.Name, "xl/worksheets/sheet") {
			continue
		}
		rc, _ := zf.Open()
		x, _ := io.ReadAll(rc)
		rc.Close()
		sheets++
		if !bytes.Contains(x, []byte(`<printOptions headings="true"`)) || !bytes.Contains(x, []byte(`cellComments="atEnd"`)) {
			t.Errorf("%s: no printed headings or comments", zf.Name)
		}
	}
	if sheets < 10 {
		t.Errorf("%d sheets in the copy", sheets)
	}
	// The recap's totals are per year, never across them.
	rows := Recap([]*reconcile.Result{kragan, clean})
	totals := RecapTotals(rows)
	if len(totals) != 2 || totals[0].Unit != "Jumlah 2021" || totals[0].Pagu != "2739149000" || totals[1].Unit != "Jumlah 2023" || totals[1].Pagu != "2277528000" {
		t.Errorf("totals %+v", totals)
	}
	// Beside lkjip's predikat and averages, what the unit's Ringkasan writes: Kragan's says
	// Baik and 88,98 where its detail gives Amat Baik and 94,22.
	if rp := rows[0].Reported; rp == nil || rp.Predikat != "Baik" || rp.AvgCapaian != "88.98" || rows[0].Predikat != "Amat Baik" {
		t.Errorf("Kragan's reported figures %+v, computed %s", rp, rows[0].Predikat)
	} else if got := withReported(rows[0].Predikat, rp.Predikat, "id", false); got != "Amat Baik (Ringkasan: Baik)" {
		t.Errorf("shown as %q", got)
	}
	if got := withReported("97.79", "97.790", "id", true); got != "97,79" {
		t.Errorf("the same figure written otherwise shows as %q", got)
	}
	// A second submission of a unit and year is listed, marked, and not added again.
	rows = Recap([]*reconcile.Result{kragan, clean, kragan})
	totals = RecapTotals(rows)
	if rows[2].Duplicate != kragan.Path || rows[0].Duplicate != "" || totals[0].Pagu != "2739149000" || totals[0].Errors != kragan.Count(reconcile.Error) {
		t.Errorf("a second submission: rows %+v, totals %+v", rows, totals)
	}
	if got := recapUnit(rows[2], "id"); got != "Kecamatan Kragan (kiriman ganda, tidak dijumlahkan)" {
		t.Errorf("the second submission shows as %q", got)
	}
}
