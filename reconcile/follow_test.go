package reconcile_test

import (
	"testing"

	"lkjip/reconcile"
	"lkjip/reconcile/workbook"
)

// TestReportFollowing: a finding that follows from another keeps its cell, its figures and
// its Fix, names its cause, and counts neither as an error nor toward the exit status.
func TestReportFollowing(t *testing.T) {
	sh := &workbook.Sheet{Name: "Pengukuran"}
	sh.Index()
	w := &workbook.Workbook{Sheets: []*workbook.Sheet{sh}}
	r := &reconcile.Rule{ID: "XX010", Severity: reconcile.Error, Scope: reconcile.ScopeColumn, Run: func(p *reconcile.Pass) {
		first := sh.At(4, 6)
		p.ReportFix(first, reconcile.Msg("kepala", "header"), "2021", "2020", "% Target 2021")
		p.ReportFollowing(sh.At(4, 7), reconcile.Msg("ikut", "follows"), "2021", "2020", "% Realisasi 2021", reconcile.CellName(first))
	}}
	got := reconcile.Run(w, []*reconcile.Rule{r}, nil)
	if len(got) != 2 {
		t.Fatalf("findings %+v", got)
	}
	if got[0].Cell != "F4" || got[0].Fix != "% Target 2021" || got[0].Because != "" || !got[0].Counts() {
		t.Errorf("the cause: %+v", got[0])
	}
	if got[1].Cell != "G4" || got[1].Fix != "% Realisasi 2021" || got[1].Because != "Pengukuran!F4" || got[1].Counts() ||
		got[1].Expected != "2021" || got[1].Actual != "2020" || got[1].Severity != reconcile.Error {
		t.Errorf("the following finding: %+v", got[1])
	}
	res := &reconcile.Result{Findings: got}
	if res.Count(reconcile.Error) != 1 || res.CountFollowing() != 1 {
		t.Errorf("errors %d, following %d; want 1 and 1", res.Count(reconcile.Error), res.CountFollowing())
	}
	if reconcile.CellName(nil) != "" {
		t.Errorf("CellName(nil)")
	}
}
