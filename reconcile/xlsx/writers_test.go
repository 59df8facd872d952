package xlsx_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"lkjip/reconcile"
	"lkjip/reconcile/xlsx"
	"lkjip/rules"
)

// Files as writers other than Excel save them, checked with every rule: what the reader makes
// of them reaches the findings.

// check writes the sheets as a workbook and checks it.
func check(t *testing.T, workbookPr string, sheets ...[2]string) *reconcile.Result {
	t.Helper()
	p := filepath.Join(t.TempDir(), "book.xlsx")
	xlsx.WriteTestBook(t, p, workbookPr, sheets...)
	r := reconcile.CheckFile(p, rules.All, nil, reconcile.Options{})
	if r.Err != nil {
		t.Fatalf("%s: %s", p, r.Err.Message.EN)
	}
	return r
}

// findings lists a result's findings of some rules as "RULE Sheet!Cell actual: message".
func findings(r *reconcile.Result, ids ...string) []string {
	var out []string
	for _, f := range r.Findings {
		for _, id := range ids {
			if f.Rule == id {
				out = append(out, fmt.Sprintf("%s %s!%s %s: %s", f.Rule, f.Sheet, f.Cell, f.Actual, f.Message.EN))
			}
		}
	}
	return out
}

// A Mac Excel workbook counts its dates from 1904: a signing date of 15 February 2024 in the
// report year 2023's window is serial 43,875 there (45,337 in the 1900 system). Read from
// 1900, it fell 4 years and a day early, and IDN003 said it was wrong.
func TestDate1904SigningDate(t *testing.T) {
	signed := time.Date(2024, 2, 15, 0, 0, 0, 0, time.UTC)
	serial := int(signed.Sub(time.Date(1904, 1, 1, 0, 0, 0, 0, time.UTC)).Hours() / 24)
	if serial != 43875 {
		t.Fatalf("serial %d", serial)
	}
	identitas := xlsx.IdentitasXML(xlsx.Inl("A6", "Tanggal") + fmt.Sprintf(`<c r="B6" s="3"><v>%d</v></c>`, serial))
	r := check(t, `<workbookPr date1904="1"/>`, [2]string{"Identitas", identitas})
	if got := findings(r, "IDN003"); len(got) != 0 {
		t.Errorf("a right signing date under the 1904 system: %q", got)
	}
	// The same serial in a workbook of the 1900 system is 14 February 2020: wrong, and said.
	r = check(t, "", [2]string{"Identitas", identitas})
	if got := findings(r, "IDN003"); len(got) != 1 || !strings.Contains(got[0], " 2020-02-14: ") {
		t.Errorf("the serial under the 1900 system: %q, want IDN003 reading 2020-02-14", got)
	}
}
