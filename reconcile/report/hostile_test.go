package report

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"lkjip/reconcile"
)

// hostileResult carries text a hostile sender can put in a workbook: a unit name that a
// spreadsheet would run as a formula, and an indicator name with a terminal escape sequence
// (an _x001B_ in the workbook's XML, decoded on reading).
func hostileResult() *reconcile.Result {
	msg := reconcile.Text{ID: "Capaian \"\x1b[2J\x1b[31mIndikator\" salah", EN: "Capaian \"\x1b[2J\x1b[31mIndikator\" wrong"}
	return &reconcile.Result{Path: "=HYPERLINK(\"http://x\").xlsx", Unit: "=1+2+cmd|' /C calc'!A0", Year: 2021, Findings: []reconcile.Finding{
		{Rule: "PGK001", Severity: reconcile.Error, Sheet: "Pengukuran", Cell: "H7", Message: msg, Expected: "98.57", Actual: "@SUM(1)\x1b]0;title\x07"},
	}}
}

// TestHostileTextInOutputs: no output carries a raw control character from a workbook, and no
// CSV field (report or recap) starts a formula.
func TestHostileTextInOutputs(t *testing.T) {
	rs := []*reconcile.Result{hostileResult()}
	for _, name := range []string{"text", "html", "csv", "json"} {
		var b bytes.Buffer
		if err := FormatNamed(name).Write(&b, rs, Options{Lang: "id"}); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		out := b.String()
		if i := strings.IndexFunc(out, func(r rune) bool { return r < 0x20 && r != '\n' && r != '\t' && r != '\r' || r == 0x7f }); i >= 0 {
			t.Errorf("%s: raw control character %q at %d: %q", name, out[i], i, out[max(0, i-20):min(len(out), i+20)])
		}
		if name == "text" || name == "html" {
			if !strings.Contains(out, `\x1b[2J`) {
				t.Errorf("%s: the escape is not shown as \\x1b: %q", name, out)
			}
		}
	}
	var b bytes.Buffer
	if err := RecapCSV(&b, rs, "id"); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(b.String(), "\ufeff"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 3 {
		t.Fatalf("recap: %d rows, want header, unit, Jumlah: %q", len(rows), rows)
	}
	if got := rows[1][0]; got != "'=1+2+cmd|' /C calc'!A0" {
		t.Errorf("recap unit = %q, want it neutralised with a leading apostrophe", got)
	}
	if got := rows[1][3]; got != "'=HYPERLINK(\"http://x\").xlsx" {
		t.Errorf("recap path = %q, want it neutralised", got)
	}
	b.Reset()
	if err := FormatNamed("csv").Write(&b, rs, Options{Lang: "id"}); err != nil {
		t.Fatal(err)
	}
	for _, row := range must(csv.NewReader(strings.NewReader(strings.TrimPrefix(b.String(), "\ufeff"))).ReadAll()) {
		for _, field := range row {
			if field != "" && strings.ContainsRune("=+@", rune(field[0])) {
				t.Errorf("report CSV field %q starts a formula", field)
			}
		}
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}
