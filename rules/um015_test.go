package rules

import (
	"sort"
	"strconv"
	"strings"
	"testing"

	"lkjip/reconcile"
	wb "lkjip/reconcile/workbook"
	rt "lkjip/rules/rulestest"
)

// um015Expect is rt.Expect with settings: UM015 judges the acceptances of the settings, which
// rt.Expect's defaults lack, against the findings of the other rules given. It fails unless
// the rule reports exactly the places wanted, and returns every finding of the run.
func um015Expect(t *testing.T, rule *reconcile.Rule, w *wb.Workbook, s *reconcile.Settings, others []*reconcile.Rule, want ...rt.Want) []reconcile.Finding {
	t.Helper()
	all := reconcile.Run(w, append(append([]*reconcile.Rule{}, others...), rule), s)
	var got, wantAt []string
	for _, f := range all {
		if f.Rule != rule.ID {
			continue
		}
		got = append(got, f.Sheet+"!"+f.Cell)
		if f.Message.ID == "" || f.Message.EN == "" {
			t.Errorf("%s at %s!%s: a message missing in a language: %+v", rule.ID, f.Sheet, f.Cell, f.Message)
		}
	}
	for _, w := range want {
		wantAt = append(wantAt, w.At)
	}
	sort.Strings(got)
	sort.Strings(wantAt)
	if strings.Join(got, " ") != strings.Join(wantAt, " ") {
		t.Errorf("%s flagged %v, want %v\n%+v", rule.ID, got, wantAt, all)
	}
	return all
}

// acceptSettings accepts findings of the budget table.
func acceptSettings(acceptances ...reconcile.Acceptance) *reconcile.Settings {
	s := reconcile.DefaultSettings()
	for i := range acceptances {
		if acceptances[i].At == "" {
			acceptances[i].At = "lkjip.yaml:" + strconv.Itoa(2+i)
		}
	}
	s.Accept = acceptances
	return s
}

// wrongPercent is the budget table with a wrong % at F4 (96.76 for 96.67): one LRA002 finding.
func wrongPercent() *wb.Workbook {
	rows := budget()
	rows[3][5] = "#96.76|0.00"
	return rt.Workbook(budgetSheet(rows))
}

func TestUM015WithoutAcceptances(t *testing.T) {
	w := wrongPercent()
	rt.Expect(t, UM015, w)
}

func TestUM015AcceptanceMatched(t *testing.T) {
	s := acceptSettings(reconcile.Acceptance{Rule: "lra002", Sheet: "realisasi anggaran", Cell: "$f$4", Reason: "salah ketik"})
	all := um015Expect(t, UM015, wrongPercent(), s, []*reconcile.Rule{LRA002})
	if len(all) != 1 || !all[0].Accepted || all[0].Reason != "salah ketik" || all[0].Rule != "LRA002" {
		t.Errorf("findings %+v", all)
	}
}

func TestUM015AcceptanceUnmatched(t *testing.T) {
	s := acceptSettings(reconcile.Acceptance{Rule: "LRA002", Sheet: "Realisasi Anggaran", Cell: "F5", Reason: "salah ketik"})
	all := um015Expect(t, UM015, wrongPercent(), s, []*reconcile.Rule{LRA002}, rt.Want{At: "Realisasi Anggaran!F5"})
	for _, f := range all {
		switch f.Rule {
		case "LRA002":
			if f.Accepted {
				t.Errorf("F4 accepted by an acceptance of F5: %+v", f)
			}
		case "UM015":
			if f.Severity != reconcile.Warning || !strings.Contains(f.Message.ID, `lkjip.yaml:2 (LRA002 Realisasi Anggaran!F5, alasan "salah ketik")`) ||
				!strings.Contains(f.Message.EN, "matches no finding") {
				t.Errorf("UM015 %+v", f)
			}
		}
	}
}

// TestUM015Places: an acceptance of a sheet the workbook lacks is reported on the workbook;
// two stale acceptances of one cell make one finding naming both; an acceptance for another
// file is not judged here, one for this file is.
func TestUM015Places(t *testing.T) {
	s := acceptSettings(
		reconcile.Acceptance{Rule: "LRA002", Sheet: "LRA", Cell: "F4", Reason: "nama sheet lama"},
		reconcile.Acceptance{Rule: "LRA001", Sheet: "Realisasi Anggaran", Cell: "E6", Reason: "satu"},
		reconcile.Acceptance{Rule: "LRA003", Sheet: "Realisasi Anggaran", Cell: "e6", Reason: "dua"},
		reconcile.Acceptance{Rule: "LRA003", Sheet: "Realisasi Anggaran", Cell: "C4", Reason: "berkas lain", File: "sarang-2021.xlsx"},
		reconcile.Acceptance{Rule: "LRA004", Sheet: "Realisasi Anggaran", Cell: "C11", Reason: "berkas ini", File: "TEST.xlsx"},
	)
	all := um015Expect(t, UM015, wrongPercent(), s, []*reconcile.Rule{LRA002},
		rt.Want{At: "!"}, rt.Want{At: "Realisasi Anggaran!E6"}, rt.Want{At: "Realisasi Anggaran!C11"})
	for _, f := range all {
		if f.Rule != "UM015" {
			continue
		}
		switch f.Cell {
		case "":
			if !strings.Contains(f.Message.EN, `This workbook holds no sheet "LRA"`) {
				t.Errorf("no such sheet: %s", f.Message.EN)
			}
		case "E6":
			if !strings.Contains(f.Message.ID, `"satu"`) || !strings.Contains(f.Message.ID, `"dua"`) {
				t.Errorf("two acceptances of E6: %s", f.Message.ID)
			}
		}
	}
}

func TestUM015Disabled(t *testing.T) {
	s := acceptSettings(reconcile.Acceptance{Rule: "LRA002", Sheet: "Realisasi Anggaran", Cell: "F5", Reason: "x"})
	s.Disabled = map[string]bool{"UM015": true}
	um015Expect(t, UM015, wrongPercent(), s, []*reconcile.Rule{LRA002})
}
