package reconcile_test

import (
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"lkjip/reconcile"
	"lkjip/reconcile/workbook"
)

func TestPanickingRuleBecomesOneFinding(t *testing.T) {
	sh := &workbook.Sheet{Name: "LRA"}
	sh.Index()
	w := &workbook.Workbook{Sheets: []*workbook.Sheet{sh}}
	boom := &reconcile.Rule{ID: "XX001", Severity: reconcile.Error, Run: func(p *reconcile.Pass) {
		var rows []int
		_ = rows[3] // index out of range
	}}
	ran := false
	after := &reconcile.Rule{ID: "XX002", Severity: reconcile.Warning, Run: func(p *reconcile.Pass) {
		ran = true
		p.Report(sh.At(2, 3), reconcile.Msg("pesan", "message"), "1", "2")
	}}
	got := reconcile.Run(w, []*reconcile.Rule{boom, after}, nil)
	if !ran {
		t.Fatal("the rule after a panicking one did not run")
	}
	if len(got) != 2 || got[0].Rule != reconcile.Internal.ID || !strings.Contains(got[0].Message.EN, "XX001") || got[0].Severity != reconcile.Error {
		t.Fatalf("findings %+v", got)
	}
	if got[1].Cell != "C2" || got[1].Sheet != "LRA" {
		t.Errorf("finding place %+v", got[1])
	}
	if strings.Contains(got[0].Message.EN, "goroutine") {
		t.Errorf("the stack is shown only with --verbose")
	}
}

func TestDisabledRuleDoesNotRun(t *testing.T) {
	w := &workbook.Workbook{}
	ran := false
	r := &reconcile.Rule{ID: "XX003", Run: func(*reconcile.Pass) { ran = true }}
	s := reconcile.DefaultSettings()
	s.Disabled = map[string]bool{"XX003": true}
	reconcile.Run(w, []*reconcile.Rule{r}, s)
	if ran {
		t.Error("a disabled rule ran")
	}
}

func TestMsgFiguresPerLanguage(t *testing.T) {
	m := reconcile.Msg("seharusnya %s", "should be %s", reconcile.Fig{Value: decimal.RequireFromString("2633856425.5"), Places: 2})
	if m.ID != "seharusnya 2.633.856.425,50" || m.EN != "should be 2,633,856,425.50" {
		t.Errorf("%+v", m)
	}
}

func TestExitCode(t *testing.T) {
	ok := &reconcile.Result{}
	warn := &reconcile.Result{Findings: []reconcile.Finding{{Severity: reconcile.Warning}}}
	bad := &reconcile.Result{Findings: []reconcile.Finding{{Severity: reconcile.Error}}}
	broken := &reconcile.Result{Err: &reconcile.FileError{Code: "empty"}}
	cases := []struct {
		rs   []*reconcile.Result
		want int
	}{{[]*reconcile.Result{ok}, 0}, {[]*reconcile.Result{ok, warn}, 0}, {[]*reconcile.Result{warn, bad}, 1}, {[]*reconcile.Result{bad, broken}, 2}}
	for _, c := range cases {
		if got := reconcile.ExitCode(c.rs); got != c.want {
			t.Errorf("ExitCode = %d, want %d", got, c.want)
		}
	}
}
