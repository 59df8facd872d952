package rules

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"lkjip/reconcile"
	"lkjip/samples/build"
)

// pgwInvSkl are the rules of the Pegawai, Inventaris and Skala sheets.
var pgwInvSkl = []*reconcile.Rule{PGW001, PGW002, PGW003, PGW004, PGW005, INV001, INV002, SKL001, SKL002, SKL003}

// TestPGWINVSKLSamples runs the Pegawai, Inventaris and Skala rules on the committed samples:
// the Kragan findings of samples/README.md at their cells, and nothing on the clean workbook.
func TestPGWINVSKLSamples(t *testing.T) {
	r := reconcile.CheckFile("../samples/kragan-2021.xlsx", pgwInvSkl, nil, reconcile.Options{})
	if r.Err != nil {
		t.Fatal(r.Err.Message.EN)
	}
	want := map[string][2]string{
		// Tabel E.2: Pendidikan against Jenis Kelamin, rows 6, 8 and 9; the Jumlah row 10 adds
		// them up as written and only says their mistakes again.
		"PGW001 Pegawai!C6": {"1", "2"},
		"PGW001 Pegawai!C8": {"4", "5"},
		"PGW001 Pegawai!C9": {"2", "3"},
		// Tabel E.3: Pendidikan 22 and Golongan + THL 32 against a head count of 19 (its Jumlah
		// row 16 repeats row 15).
		"PGW001 Pegawai!E15": {"19", "22"},
		"PGW002 Pegawai!J15": {"19", "32"},
		// The scale's upper bounds stop one short of the next row.
		"SKL001 Skala!B5": {"90", "89"},
		"SKL001 Skala!B6": {"80", "79"},
		"SKL001 Skala!B7": {"50", "49"},
	}
	got := map[string]bool{}
	for _, f := range r.Findings {
		key := f.Rule + " " + f.Sheet + "!" + f.Cell
		got[key] = true
		w, ok := want[key]
		if !ok {
			t.Errorf("unexpected finding %s: %s (expected %q, actual %q)", key, f.Message.EN, f.Expected, f.Actual)
			continue
		}
		if f.Expected != w[0] || f.Actual != w[1] {
			t.Errorf("%s: expected %q actual %q, want %q %q (%s)", key, f.Expected, f.Actual, w[0], w[1], f.Message.EN)
		}
		if f.Message.ID == "" || f.Message.EN == "" {
			t.Errorf("%s: message missing in a language", key)
		}
	}
	for key := range want {
		if !got[key] {
			t.Errorf("missing finding %s", key)
		}
	}

	clean := reconcile.CheckFile("../samples/bersih-2023.xlsx", pgwInvSkl, nil, reconcile.Options{})
	if clean.Err != nil {
		t.Fatal(clean.Err.Message.EN)
	}
	for _, f := range clean.Findings {
		t.Errorf("clean sample: %s %s!%s %s", f.Rule, f.Sheet, f.Cell, f.Message.EN)
	}
}

// TestPGWINVSKLLayoutTwins writes the Kragan and the clean content under every layout the
// sample builder knows and requires the same findings (rule, expected, actual) as the plain
// twin: another column order moves the cell a finding names, not what it says.
func TestPGWINVSKLLayoutTwins(t *testing.T) {
	dir := t.TempDir()
	for _, content := range []*build.Workbook{build.Kragan2021(), build.Clean()} {
		var plain []string
		for i, l := range build.Layouts() {
			path := filepath.Join(dir, fmt.Sprintf("%s-%d.xlsx", content.Name, i))
			if err := content.Write(path, l); err != nil {
				t.Fatal(err)
			}
			r := reconcile.CheckFile(path, pgwInvSkl, nil, reconcile.Options{})
			if r.Err != nil {
				t.Fatalf("%s %s: %s", content.Name, l, r.Err.Message.EN)
			}
			var sigs []string
			for _, f := range r.Findings {
				sigs = append(sigs, fmt.Sprintf("%s expected=%s actual=%s", f.Rule, f.Expected, f.Actual))
			}
			sort.Strings(sigs)
			if i == 0 {
				plain = sigs
				continue
			}
			if strings.Join(sigs, "\n") != strings.Join(plain, "\n") {
				t.Errorf("%s under %s:\n%s\nplain:\n%s", content.Name, l, strings.Join(sigs, "\n"), strings.Join(plain, "\n"))
			}
		}
	}
}
