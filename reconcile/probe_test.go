package reconcile_test

import (
	"fmt"
	"path/filepath"
	"testing"

	"lkjip/reconcile"
	"lkjip/rules"
)

// findingsOf lists a result's findings as text, in order, with everything a reader sees.
func findingsOf(r *reconcile.Result) []string {
	var out []string
	for _, f := range r.Findings {
		out = append(out, fmt.Sprintf("%s %s %s!%s exp=%q act=%q because=%q cand=%v fix=%q | %s",
			f.Rule, f.Severity, f.Sheet, f.Cell, f.Expected, f.Actual, f.Because, f.Candidates, f.Fix, f.Message.ID))
	}
	return out
}

// TestProbeFindsWhatTheWholeGraphFinds checks a workbook both ways: with every relation kept
// in one graph, and with a probe first and only the relations the diagnosis may consult kept
// (what a big workbook gets). The findings and the coverage must be the same, for the Kragan
// sample's 47 errors, with its LRA export (cells of two workbooks in one graph), and for the
// clean sample.
func TestProbeFindsWhatTheWholeGraphFinds(t *testing.T) {
	cases := []struct {
		name, file, lra string
		errors          int
	}{
		{"kragan", "kragan-2021.xlsx", "", 47},
		{"kragan with its export", "kragan-2021.xlsx", "lra-kragan-2021.xlsx", 47},
		{"clean", "bersih-2023.xlsx", "", 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			run := func() *reconcile.Result {
				opt := reconcile.Options{}
				if tc.lra != "" {
					export, err := reconcile.ReadExport(filepath.Join("..", "samples", tc.lra), reconcile.Options{})
					if err != nil {
						t.Fatal(err.Message.EN)
					}
					opt.Export = export
				}
				return reconcile.CheckFile(filepath.Join("..", "samples", tc.file), rules.All, nil, opt)
			}
			whole := run()
			restore := reconcile.ProbeFrom(0)
			probed := run()
			restore()
			if whole.Err != nil || probed.Err != nil {
				t.Fatalf("not checked: %v %v", whole.Err, probed.Err)
			}
			if got := whole.Count(reconcile.Error); got < tc.errors {
				t.Fatalf("%d errors without a probe, want at least %d", got, tc.errors)
			}
			a, b := findingsOf(whole), findingsOf(probed)
			if len(a) != len(b) {
				t.Fatalf("%d findings with the whole graph, %d after a probe", len(a), len(b))
			}
			for i := range a {
				if a[i] != b[i] {
					t.Errorf("finding %d:\n whole: %s\n probe: %s", i, a[i], b[i])
				}
			}
			if whole.Coverage.Figures != probed.Coverage.Figures || whole.Coverage.Checked != probed.Coverage.Checked {
				t.Errorf("coverage %d/%d with the whole graph, %d/%d after a probe",
					whole.Coverage.Checked, whole.Coverage.Figures, probed.Coverage.Checked, probed.Coverage.Figures)
			}
		})
	}
}

// TestLargeWorkbookWithOneMistake is a 100,000-row budget with one mistyped Realisasi: the
// probe finds the conflict, the rules run again keeping the few relations its diagnosis
// consults, and the finding stands at the mistyped cell with the right figure, nothing else
// flagged.
func TestLargeWorkbookWithOneMistake(t *testing.T) {
	if testing.Short() {
		t.Skip("a 100,000-row workbook takes a few seconds")
	}
	path, wrong := largeBudget(t, true)
	r := reconcile.CheckFile(path, rules.All, nil, reconcile.Options{})
	if r.Err != nil || len(r.Damaged) != 0 {
		t.Fatalf("a large workbook refused: %+v %v", r.Err, r.Damaged)
	}
	var errs []reconcile.Finding
	for _, f := range r.Findings {
		if f.Severity == reconcile.Error {
			errs = append(errs, f)
		}
	}
	if len(errs) != 1 || errs[0].Cell != wrong || errs[0].Expected != "900" || errs[0].Actual != "9000" {
		t.Fatalf("want one error at %s (900 for 9000), got %v", wrong, findingsOf(&reconcile.Result{Findings: errs}))
	}
	if r.Coverage.Checked != r.Coverage.Figures || r.Coverage.Figures < 300_000 {
		t.Errorf("coverage %d of %d figures", r.Coverage.Checked, r.Coverage.Figures)
	}
}
