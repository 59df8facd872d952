// Package officetest finds LibreOffice for the tests that open lkjip's workbooks in Calc (the
// annotated copy, the template recalculated).
package officetest

import (
	"os"
	"os/exec"
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
