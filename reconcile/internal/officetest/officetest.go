// Package officetest finds LibreOffice for the tests that open lkjip's workbooks in Calc (the
// annotated copy, the template recalculated).
package officetest

import (
	"bytes"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// Soffice returns LibreOffice's command. It skips the test where LibreOffice is not installed,
// unless CI is "true": CI installs it (.ci/run), so its absence there is a failure. what names
// what the test would have done ("open the annotated copy in Calc").
func Soffice(t testing.TB, what string) string {
	t.Helper()
	for _, name := range []string{"soffice", "libreoffice"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatalf("CI=true but LibreOffice (soffice or libreoffice) is not installed: .ci/run installs libreoffice-calc-nogui; the test would %s", what)
	}
	t.Skipf("LibreOffice (soffice or libreoffice) is not installed: the test would %s (with CI=true this fails)", what)
	return ""
}

// PDFPages returns the text of each page of a PDF, through poppler's pdftotext (a form feed
// ends each page). Where pdftotext is missing it skips the test, or fails it with CI=true.
func PDFPages(t testing.TB, pdf []byte, what string) []string {
	t.Helper()
	bin, err := exec.LookPath("pdftotext")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("CI=true but pdftotext is not installed: .ci/run installs poppler-utils; the test would %s", what)
		}
		t.Skipf("pdftotext (poppler-utils) is not installed: the test would %s (with CI=true this fails)", what)
	}
	cmd := exec.Command(bin, "-layout", "-", "-")
	cmd.Stdin = bytes.NewReader(pdf)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	pages := strings.Split(string(out), "\f")
	if n := len(pages); n > 0 && strings.TrimSpace(pages[n-1]) == "" {
		pages = pages[:n-1]
	}
	return pages
}
