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

// TestOneFindingPerCause: two rules that expect the same figure of the same cell describe one
// cause, and the rule of the narrower scope speaks for both, whatever the catalogue's order;
// a rule that expects another figure there is a finding of its own.
func TestOneFindingPerCause(t *testing.T) {
	sh := &workbook.Sheet{Name: "Realisasi Anggaran"}
	sh.Index()
	w := &workbook.Workbook{Sheets: []*workbook.Sheet{sh}}
	at := func(scope reconcile.Scope, id, expected string) *reconcile.Rule {
		return &reconcile.Rule{ID: id, Severity: reconcile.Error, Scope: scope, Run: func(p *reconcile.Pass) {
			p.Report(sh.At(25, 3), reconcile.Msg("salah", "wrong"), expected, "2739149000")
		}}
	}
	total := at(reconcile.ScopeTable, "XX004", "2600634075") // the Jumlah against its rows
	stale := at(reconcile.ScopeCell, "XX007", "2600634075")  // the cell's own formula
	other := at(reconcile.ScopeWorkbook, "XX010", "2633856425")
	for _, order := range [][]*reconcile.Rule{{total, stale, other}, {stale, total, other}, {other, total, stale}} {
		got := reconcile.Run(w, order, nil)
		var ids []string
		for _, f := range got {
			ids = append(ids, f.Rule)
		}
		if strings.Join(ids, " ") != "XX007 XX010" {
			t.Errorf("order %s %s %s: findings %v, want XX007 (the narrower) and XX010 (another figure)", order[0].ID, order[1].ID, order[2].ID, ids)
		}
	}
}

// TestFindingsAcrossFilesJoinInOrder: a finding of a rule across files is collected like a
// file's own: placed at its cell among the sheet's findings (not at the top), with the
// settings' severity, and accepted by an acceptance that names the file.
func TestFindingsAcrossFilesJoinInOrder(t *testing.T) {
	own := &reconcile.Rule{ID: "XX001", Severity: reconcile.Error, Scope: reconcile.ScopeRow, Run: func(p *reconcile.Pass) {
		sh := p.Workbook.Sheets[0]
		p.Report(sh.At(3, 8), reconcile.Msg("atas", "above"), "1", "2")
		p.Report(sh.At(9, 8), reconcile.Msg("bawah", "below"), "1", "2")
	}}
	var last *reconcile.Result
	across := &reconcile.Rule{ID: "XX100", Severity: reconcile.Error, Scope: reconcile.ScopeFiles, RunBatch: func(p *reconcile.BatchPass) {
		for _, r := range p.Results {
			p.Report(r, "Pengukuran", "I7", reconcile.Msg("tahun lalu", "last year"), "98.32", "98.00")
			last = r
		}
	}}
	sh := &workbook.Sheet{Name: "Pengukuran"}
	sh.Index()
	w := &workbook.Workbook{Path: "kragan-2022.xlsx", Sheets: []*workbook.Sheet{sh}}
	s := reconcile.DefaultSettings()
	s.Severities = map[string]reconcile.Severity{"XX100": reconcile.Warning}
	got := reconcile.Run(w, []*reconcile.Rule{own, across}, s)
	var at []string
	for _, f := range got {
		at = append(at, f.Rule+"@"+f.Cell)
	}
	if strings.Join(at, " ") != "XX001@H3 XX100@I7 XX001@H9" || got[1].Severity != reconcile.Warning {
		t.Errorf("findings %v (%+v), want the one across files between rows 3 and 9, a warning", at, got)
	}
	s.Accept = []reconcile.Acceptance{{Rule: "xx100", Sheet: "pengukuran", Cell: "$I$7", File: "KRAGAN-2022.xlsx", Reason: "diketahui"}}
	got = reconcile.Run(w, []*reconcile.Rule{own, across}, s)
	if !got[1].Accepted || got[1].Reason != "diketahui" || last == nil {
		t.Errorf("the acceptance naming the file: %+v", got[1])
	}
}
