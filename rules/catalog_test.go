package rules

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"lkjip/reconcile"
	rt "lkjip/rules/rulestest"
)

var reID = regexp.MustCompile(`^(UM|LRA|PGK|ASR|IDN|PK|RGK|SAS|THN|TBL|NIP|PGW|INV|SKL|BKS|EKS)\d{3}$`)

// TestCatalogue rejects a rule without its ID form, its titles in both languages, its
// documentation with an example in both languages, or tests: one that breaks it (an Expect
// with findings) and one that does not (an Expect or a Run expecting none).
func TestCatalogue(t *testing.T) {
	sources, err := filepath.Glob("*_test.go")
	if err != nil {
		t.Fatal(err)
	}
	var tests strings.Builder
	for _, f := range sources {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		tests.Write(b)
	}
	text := tests.String()
	seen := map[string]bool{}
	for _, r := range All {
		if !reID.MatchString(r.ID) {
			t.Errorf("rule ID %q is not of the form UM001 / LRA001 / PGK001 / ASR001", r.ID)
		}
		if seen[r.ID] {
			t.Errorf("rule ID %s used twice", r.ID)
		}
		seen[r.ID] = true
		if r.Title.ID == "" || r.Title.EN == "" {
			t.Errorf("%s: a title in Indonesian and in English is required", r.ID)
		}
		if !strings.Contains(r.Doc.ID, "Contoh") || !strings.Contains(r.Doc.EN, "Example") {
			t.Errorf("%s: the documentation needs an example in both languages (Contoh / Example)", r.ID)
		}
		if r.Severity != reconcile.Error && r.Severity != reconcile.Warning && r.Severity != reconcile.Info {
			t.Errorf("%s: severity", r.ID)
		}
		if r.Scope < reconcile.ScopeCell || r.Scope > reconcile.ScopeFiles {
			t.Errorf("%s: a Scope is required (it decides which rule speaks for a cell two rules flag)", r.ID)
		}
		if r.RunBatch != nil && r.Scope != reconcile.ScopeFiles {
			t.Errorf("%s: a rule across files has ScopeFiles: a file's own finding is never displaced by one across files", r.ID)
		}
		if r == reconcile.Internal {
			continue // tested with a panicking rule in package reconcile
		}
		if r == reconcile.Implied || r == reconcile.TooManyConflicts {
			// The diagnosis reports them; UM022's workbooks (one past the bound of
			// conflicts, one under it) are in package reconcile's TestTooManyConflicts.
			if r.Run != nil || r.RunBatch != nil {
				t.Errorf("%s: the diagnosis reports it; it runs nothing itself", r.ID)
			}
			continue
		}
		if by := reportedBy[r]; by != nil {
			// A note another rule's run makes (ReportFor): it runs nothing itself, and is
			// tested with that rule (ExpectWith).
			if r.Run != nil || r.RunBatch != nil || by.Run == nil {
				t.Errorf("%s: %s reports it; it runs nothing itself", r.ID, by.ID)
			}
		} else if (r.Run == nil) == (r.RunBatch == nil) {
			t.Errorf("%s: a rule has Run (one workbook) or RunBatch (a batch), exactly one", r.ID)
		}
		breaks, passes := testedBy(text, r.ID)
		if !breaks {
			t.Errorf("%s: no test with a workbook that breaks it (rt.Expect(t, %s, ..., rt.Want{...}))", r.ID, r.ID)
		}
		if !passes {
			t.Errorf("%s: no test with a workbook that does not break it (rt.Expect(t, %s, w) or rt.Run(w, ..., %s) expecting nothing)", r.ID, r.ID, r.ID)
		}
	}
}

// reportedBy names the rules whose findings only another rule's run makes (Pass.ReportFor).
var reportedBy = map[*reconcile.Rule]*reconcile.Rule{UM021: UM007}

// TestEveryRuleIsInAll parses the package: every package-level value of type *reconcile.Rule
// must be in All (a rule left out compiles, passes its own tests and never runs), and All
// holds nothing else.
func TestEveryRuleIsInAll(t *testing.T) {
	names, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	declared := map[string]string{} // rule variable -> its file
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, decl := range file.Decls {
			gd, ok := decl.(*ast.GenDecl)
			if !ok || gd.Tok != token.VAR {
				continue
			}
			for _, spec := range gd.Specs {
				vs := spec.(*ast.ValueSpec)
				for i, v := range vs.Values {
					if isRuleLiteral(v) {
						declared[vs.Names[i].Name] = name
					}
				}
			}
		}
	}
	inAll := map[string]bool{}
	for _, r := range All {
		inAll[r.ID] = true
	}
	if len(declared) < 70 {
		t.Fatalf("only %d rules found in the package's source: the parse is wrong", len(declared))
	}
	for name, file := range declared {
		r := ByID(name)
		if r == nil || !inAll[name] {
			t.Errorf("%s (%s) is a rule but not in rules.All: it would never run", name, file)
		}
	}
	for _, r := range All {
		if _, ok := declared[r.ID]; !ok && r != reconcile.Internal && r != reconcile.Implied && r != reconcile.TooManyConflicts {
			t.Errorf("%s is in All but not declared as var %s = &reconcile.Rule{...} in this package", r.ID, r.ID)
		}
	}
}

// isRuleLiteral reports whether an expression is &reconcile.Rule{...}.
func isRuleLiteral(e ast.Expr) bool {
	u, ok := e.(*ast.UnaryExpr)
	if !ok || u.Op != token.AND {
		return false
	}
	cl, ok := u.X.(*ast.CompositeLit)
	if !ok {
		return false
	}
	sel, ok := cl.Type.(*ast.SelectorExpr)
	if !ok {
		return false
	}
	pkg, ok := sel.X.(*ast.Ident)
	return ok && pkg.Name == "reconcile" && sel.Sel.Name == "Rule"
}

// testedBy scans the test sources for calls that exercise a rule: rt.Expect(t, ID, w, wants...)
// with wants breaks it; rt.Expect(t, ID, w) without, or rt.Run over it in a clean test, does not.
func testedBy(text, id string) (breaks, passes bool) {
	lines := strings.Split(text, "\n")
	for i, line := range lines {
		if strings.Contains(line, "rt.Run(w, ") && regexp.MustCompile(`\b`+id+`\b`).MatchString(line) {
			passes = true
		}
		j := strings.Index(line, "Expect(t, "+id+", ")
		if j < 0 {
			j = strings.Index(line, "ExpectWith(t, "+id+", ")
		}
		if j < 0 {
			continue
		}
		call := line[j:]
		if strings.Contains(call, "rt.Want{") || (i+1 < len(lines) && strings.HasPrefix(strings.TrimSpace(lines[i+1]), "rt.Want{")) {
			breaks = true
		} else {
			passes = true
		}
	}
	return breaks, passes
}

// TestExpectFailsOnMissingOrExtraFindings keeps the test helper honest: a test that expects
// nothing fails on a finding, and one that expects a finding fails without it.
func TestExpectFailsOnMissingOrExtraFindings(t *testing.T) {
	rows := budget()
	rows[3][5] = "#96.76|0.00"
	w := rt.Workbook(budgetSheet(rows))
	ft := &fakeT{}
	rt.Expect(ft, LRA002, w)
	if !ft.failed {
		t.Error("Expect passed although the rule reported a finding")
	}
	ft = &fakeT{}
	rt.Expect(ft, LRA002, rt.Workbook(budgetSheet(budget())), rt.Want{At: "Realisasi Anggaran!F4"})
	if !ft.failed {
		t.Error("Expect passed although the wanted finding is missing")
	}
}

type fakeT struct {
	testing.TB
	failed bool
}

func (f *fakeT) Helper()               {}
func (f *fakeT) Errorf(string, ...any) { f.failed = true }
func (f *fakeT) Fatalf(string, ...any) { f.failed = true }
func (f *fakeT) Logf(string, ...any)   {}
