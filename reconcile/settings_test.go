package reconcile_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"lkjip/reconcile"
	"lkjip/reconcile/workbook"
	"lkjip/rules"
)

// twoFindings is a workbook and a rule that reports an error at LRA!F7 and a warning about
// the whole workbook.
func twoFindings() (*workbook.Workbook, *reconcile.Rule) {
	sh := &workbook.Sheet{Name: "LRA"}
	sh.Index()
	w := &workbook.Workbook{Path: filepath.Join("some", "folder", "kragan-2021.xlsx"), Sheets: []*workbook.Sheet{sh}}
	r := &reconcile.Rule{ID: "XX010", Severity: reconcile.Error, Run: func(p *reconcile.Pass) {
		p.Report(sh.At(7, 6), reconcile.Msg("salah", "wrong"), "98.32", "98.82")
		p.Report(nil, reconcile.Msg("sheet hilang", "sheet missing"), "", "")
	}}
	return w, r
}

func TestSeverityOverride(t *testing.T) {
	w, r := twoFindings()
	s := reconcile.DefaultSettings()
	s.Severities = map[string]reconcile.Severity{"XX010": reconcile.Warning}
	res := &reconcile.Result{Findings: reconcile.Run(w, []*reconcile.Rule{r}, s)}
	if res.Count(reconcile.Error) != 0 || res.Count(reconcile.Warning) != 2 || reconcile.ExitCode([]*reconcile.Result{res}) != 0 {
		t.Errorf("findings %+v", res.Findings)
	}
	res = &reconcile.Result{Findings: reconcile.Run(w, []*reconcile.Rule{r}, nil)}
	if reconcile.ExitCode([]*reconcile.Result{res}) != 1 {
		t.Errorf("without the override: %+v", res.Findings)
	}
}

// unmatched is a stand-in for rules.UM015: it reports every acceptance the Checker hands it.
var unmatched = &reconcile.Rule{ID: reconcile.AcceptanceRule, Severity: reconcile.Warning, RunBatch: func(p *reconcile.BatchPass) {
	for _, u := range p.Unmatched() {
		for _, a := range u.Acceptances {
			if u.Result == nil {
				p.ReportSettings(reconcile.Msg("tidak cocok: %s", "no match: %s", a.At))
				continue
			}
			p.Report(u.Result, "", "", reconcile.Msg("tidak cocok: %s", "no match: %s", a.At), "", "")
		}
	}
}}

func TestAcceptedFindings(t *testing.T) {
	w, r := twoFindings()
	s := reconcile.DefaultSettings()
	s.Accept = []reconcile.Acceptance{
		{Rule: "xx010", Sheet: "lra", Cell: "$f$7", Reason: "salah ketik", At: "lkjip.yaml:3"},
		{Rule: "XX010", Reason: "dilampirkan terpisah", At: "lkjip.yaml:7", File: "KRAGAN-2021.xlsx"},
		{Rule: "XX010", Sheet: "LRA", Cell: "F8", Reason: "tidak ada", At: "lkjip.yaml:11"},
		{Rule: "XX010", Sheet: "LRA", Cell: "F9", Reason: "berkas lain", At: "lkjip.yaml:15", File: "sarang-2021.xlsx"},
	}
	got := reconcile.Run(w, []*reconcile.Rule{unmatched, r}, s)
	res := &reconcile.Result{Findings: got}
	if len(got) != 3 {
		t.Fatalf("findings %+v", got)
	}
	byRule := map[string][]reconcile.Finding{}
	for _, f := range got {
		byRule[f.Rule] = append(byRule[f.Rule], f)
	}
	for _, f := range byRule["XX010"] {
		if !f.Accepted || f.Severity != reconcile.Error || (f.Cell == "F7") != (f.Reason == "salah ketik") {
			t.Errorf("accepted finding %+v", f)
		}
	}
	// The acceptance of F8 matches nothing; the one for another file is not judged here.
	if um := byRule[reconcile.AcceptanceRule]; len(um) != 1 || !strings.Contains(um[0].Message.EN, "lkjip.yaml:11") {
		t.Errorf("unmatched acceptances %+v", um)
	}
	if res.Count(reconcile.Error) != 0 || res.CountAccepted() != 2 || res.Count(reconcile.Warning) != 1 || reconcile.ExitCode([]*reconcile.Result{res}) != 0 {
		t.Errorf("counts: %d errors, %d accepted, %d warnings", res.Count(reconcile.Error), res.CountAccepted(), res.Count(reconcile.Warning))
	}
	// Disabled, the acceptance rule says nothing; nor does it run when every acceptance matched.
	s.Disabled = map[string]bool{reconcile.AcceptanceRule: true}
	if got := reconcile.Run(w, []*reconcile.Rule{unmatched, r}, s); len(got) != 2 {
		t.Errorf("with %s disabled: %+v", reconcile.AcceptanceRule, got)
	}
	s.Disabled = nil
	s.Accept = s.Accept[:2]
	if got := reconcile.Run(w, []*reconcile.Rule{unmatched, r}, s); len(got) != 2 {
		t.Errorf("every acceptance matched: %+v", got)
	}
}

func TestPolicyScale(t *testing.T) {
	w, _ := twoFindings()
	w.Scale = workbook.DefaultScale()
	d := func(s string) decimal.Decimal { return decimal.RequireFromString(s) }
	policy := &workbook.Scale{Bands: []workbook.Band{
		{Lower: d("91"), Label: "Sangat Tinggi"},
		{Lower: d("51"), Upper: d("91"), HasUpper: true, Label: "Sedang"},
		{Lower: d("51"), Upper: d("51"), HasUpper: true, Label: "Sangat Rendah"},
	}}
	var seen string
	r := &reconcile.Rule{ID: "XX011", Run: func(p *reconcile.Pass) { seen, _ = p.Workbook.Scale.Predikat(d("90")) }}
	s := reconcile.DefaultSettings()
	s.Scale = policy
	reconcile.Run(w, []*reconcile.Rule{r}, s)
	if seen != "Sedang" {
		t.Errorf("the rule saw %q for 90 under the policy scale", seen)
	}
	if got, _ := w.Scale.Predikat(d("90")); got != "Amat Baik" {
		t.Errorf("the caller's workbook was changed: %q", got)
	}
	reconcile.Run(w, []*reconcile.Rule{r}, nil)
	if seen != "Amat Baik" {
		t.Errorf("without settings the rule saw %q", seen)
	}
}

func TestAcceptanceMatches(t *testing.T) {
	f := reconcile.Finding{Rule: "LRA002", Sheet: "Realisasi Anggaran", Cell: "F7"}
	for _, a := range []reconcile.Acceptance{{Rule: "lra002", Sheet: "REALISASI ANGGARAN", Cell: "$F$7"}, {Rule: "LRA002", Sheet: " Realisasi Anggaran ", Cell: "f7"}} {
		if !a.Matches(f) {
			t.Errorf("%+v does not match %+v", a, f)
		}
	}
	for _, a := range []reconcile.Acceptance{{Rule: "LRA001", Sheet: "Realisasi Anggaran", Cell: "F7"}, {Rule: "LRA002", Sheet: "LRA", Cell: "F7"}, {Rule: "LRA002", Sheet: "Realisasi Anggaran"}, {Rule: "LRA002", Sheet: "Realisasi Anggaran", Cell: "F17"}} {
		if a.Matches(f) {
			t.Errorf("%+v matches %+v", a, f)
		}
	}
	if !(reconcile.Acceptance{File: "Kragan-2021.XLSX"}).AppliesTo("/data/kragan-2021.xlsx") || (reconcile.Acceptance{File: "kragan.xlsx"}).AppliesTo("kragan-2021.xlsx") || !(reconcile.Acceptance{}).AppliesTo("x.xlsx") {
		t.Error("AppliesTo")
	}
}

func TestParseCellAndSeverity(t *testing.T) {
	good := map[string][3]any{"F7": {"F7", 6, 7}, "$f$7": {"F7", 6, 7}, "ab12": {"AB12", 28, 12}, "XFD1048576": {"XFD1048576", 16384, 1048576}}
	for in, want := range good {
		norm, col, row, ok := reconcile.ParseCell(in)
		if !ok || norm != want[0] || col != want[1] || row != want[2] {
			t.Errorf("ParseCell(%q) = %q %d %d %v", in, norm, col, row, ok)
		}
	}
	for _, in := range []string{"", "F", "7", "F0", "F07", "XFE1", "F1048577", "F7:F9", "7F", "$$F7", "F-7"} {
		if _, _, _, ok := reconcile.ParseCell(in); ok {
			t.Errorf("ParseCell(%q) accepted", in)
		}
	}
	for in, want := range map[string]reconcile.Severity{"error": reconcile.Error, "Galat": reconcile.Error, "WARNING": reconcile.Warning, "peringatan": reconcile.Warning, "info": reconcile.Info, "note": reconcile.Info, "catatan": reconcile.Info} {
		if got, ok := reconcile.ParseSeverity(in); !ok || got != want {
			t.Errorf("ParseSeverity(%q) = %v %v", in, got, ok)
		}
	}
	if _, ok := reconcile.ParseSeverity("fatal"); ok {
		t.Error("fatal is no severity")
	}
}

// TestKraganWithSettings runs the catalogue with UM015 over the Kragan sample: one acceptance
// matched, one stale, and a tolerance that lets F7 pass.
func TestKraganWithSettings(t *testing.T) {
	catalogue := rules.All
	if rules.ByID(rules.UM015.ID) == nil {
		catalogue = append(append([]*reconcile.Rule{}, rules.All...), rules.UM015)
	}
	s := reconcile.DefaultSettings()
	s.Accept = []reconcile.Acceptance{
		{Rule: "UM017", Sheet: "Realisasi Anggaran", Cell: "D16", Reason: "dilimpahkan", At: "lkjip.yaml:2"},
		{Rule: "LRA002", Sheet: "Realisasi Anggaran", Cell: "F8", Reason: "lama", At: "lkjip.yaml:6"},
	}
	s.Tolerances = map[string]decimal.Decimal{"LRA002": decimal.RequireFromString("0.5")}
	r := reconcile.CheckFile(filepath.Join("..", "samples", "kragan-2021.xlsx"), catalogue, s, reconcile.Options{})
	if r.Err != nil {
		t.Fatal(r.Err.Message.EN)
	}
	got := map[string]reconcile.Finding{}
	for _, f := range r.Findings {
		got[f.Rule+" "+f.Sheet+"!"+f.Cell] = f
	}
	if _, ok := got["LRA002 Realisasi Anggaran!F7"]; ok {
		t.Error("a tolerance of 0.5 lets 98.82 pass for 98.32")
	}
	if f := got["UM017 Realisasi Anggaran!D16"]; !f.Accepted || f.Reason != "dilimpahkan" || f.Severity != reconcile.Error {
		t.Errorf("D16: %+v", f)
	}
	if f, ok := got["UM015 Realisasi Anggaran!F8"]; !ok || f.Severity != reconcile.Warning || !strings.Contains(f.Message.ID, "lkjip.yaml:6") || !strings.Contains(f.Message.ID, `"lama"`) {
		t.Errorf("stale acceptance: %+v", f)
	}
	if r.CountAccepted() != 1 {
		t.Errorf("%d accepted", r.CountAccepted())
	}
}
