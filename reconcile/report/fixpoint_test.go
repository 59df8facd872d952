package report

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"lkjip/reconcile"
	"lkjip/rules"
	"lkjip/samples/corpus"
	"lkjip/samples/realreports"
)

// fixPointBreak is one way a corrected copy breaks the fix-point property: an error finding of
// the copy at a cell the copy changed ("changed"), or an error finding of the copy that the
// original did not have at the same rule, sheet and cell ("new").
type fixPointBreak struct {
	File, Kind, Rule, Sheet, Cell string
	Message                       string // the copy's finding, in English
	Old, Fix                      string // for "changed": what the cell held and what --fix wrote
}

// key names a break in engineGaps: "kragan-2021.xlsx changed LRA004 Realisasi Anggaran!C25".
func (b fixPointBreak) key() string {
	return fmt.Sprintf("%s %s %s %s!%s", b.File, b.Kind, b.Rule, b.Sheet, b.Cell)
}

// fixPoint checks the workbook at path with the whole catalogue and the default settings,
// writes its corrected copy (Fix) into dir, checks the copy the same way, and returns what
// breaks the fix-point property, with the number of cells the copy changed. An error finding
// counts whether or not it follows from another (Because): a cell that must still change is
// not corrected. The copy's own sheet (Perbaikan) is part of what is checked.
func fixPoint(t *testing.T, path, dir string) (breaks []fixPointBreak, changed int) {
	t.Helper()
	name := filepath.Base(path)
	before := reconcile.CheckFile(path, rules.All, nil, reconcile.Options{})
	if before.Err != nil {
		t.Fatalf("%s: %s", path, before.Err.Message.In("en"))
	}
	var b bytes.Buffer
	if err := Fix(&b, before, "id", nil, FixOptions{}); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	copyPath := filepath.Join(dir, strings.TrimSuffix(name, filepath.Ext(name))+"-perbaikan"+filepath.Ext(name))
	if err := os.WriteFile(copyPath, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	f := annotateOpen(t, b.Bytes())
	a := &annotator{f: f, lang: "id", styles: map[annotateStyleKey]int{}, sheets: map[string]string{}}
	for _, s := range f.GetSheetList() {
		a.sheets[s] = s
	}
	w, ferr := reconcile.Read(path, reconcile.Options{})
	if ferr != nil {
		t.Fatal(ferr.Message.In("en"))
	}
	plan, err := a.planFix(before.Findings, w)
	if err != nil {
		t.Fatal(err)
	}
	changes := map[string]fixChange{}
	for _, c := range plan.changes {
		changes[c.sheet+"!"+c.cell] = c
	}
	after := reconcile.CheckFile(copyPath, rules.All, nil, reconcile.Options{})
	if after.Err != nil {
		t.Fatalf("the corrected copy of %s: %s", path, after.Err.Message.In("en"))
	}
	if len(plan.changes) > 0 && !slices.Contains(after.Ignored, fixSheet) {
		t.Errorf("the corrected copy of %s: its %s sheet is read as a table (ignored: %v)", path, fixSheet, after.Ignored)
	}
	had := map[string]bool{}
	for _, x := range before.Findings {
		if x.Severity == reconcile.Error && !x.Accepted {
			had[x.Rule+" "+x.Sheet+"!"+x.Cell] = true
		}
	}
	for _, x := range after.Findings {
		if x.Severity != reconcile.Error || !x.Counts() {
			continue
		}
		at := x.Sheet + "!" + x.Cell
		if had[x.Rule+" "+at] && x.Fix == "" && len(x.Candidates) > 0 {
			// The same open question as before, about the total's rows (a residual): --fix
			// had nothing to write for it.
			continue
		}
		if c, ok := changes[at]; ok {
			if sameFix(x.Expected, c.fix) {
				t.Errorf("%s: %s!%s holds %q after --fix wrote it, and %s still expects %q: the writer's fault", name, x.Sheet, x.Cell, x.Actual, x.Rule, x.Expected)
			}
			breaks = append(breaks, fixPointBreak{File: name, Kind: "changed", Rule: x.Rule, Sheet: x.Sheet, Cell: x.Cell,
				Message: x.Message.EN, Old: c.old, Fix: c.fix})
		} else if !had[x.Rule+" "+at] {
			breaks = append(breaks, fixPointBreak{File: name, Kind: "new", Rule: x.Rule, Sheet: x.Sheet, Cell: x.Cell, Message: x.Message.EN})
		}
	}
	return breaks, len(plan.changes)
}

// engineGaps are the breaks of the fix-point property that today's findings cause, not the
// writer, by workbook, kind of break, rule and cell; each says why. TestFixPoint fails on a
// break not listed here, and on a line no break matches any more: remove it then. A break at
// a changed cell whose new finding expects what --fix wrote is the writer's, never listed.
var engineGaps = map[string]string{}

// TestFixPoint: for every sample workbook, the real reports' and a slice of the generated corpus, the corrected
// copy, checked again, has no error at a cell it changed and no error the original did not
// have, except the engine's known gaps.
func TestFixPoint(t *testing.T) {
	dir := t.TempDir()
	paths := []string{"../../samples/kragan-2021.xlsx", "../../samples/bersih-2023.xlsx", "../../samples/kragan-2021-perbaikan.xlsx"}
	// 16 corpus workbooks in go test; LKJIP_FIXPOINT_N=500 runs the property over more by hand.
	n := 16
	if v := os.Getenv("LKJIP_FIXPOINT_N"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil || n < 1 {
			t.Fatalf("LKJIP_FIXPOINT_N=%q: want a positive number", v)
		}
	}
	files, err := corpus.Generate(filepath.Join(dir, "corpus"), n, 11, corpus.Kinds(), 60)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		paths = append(paths, f.Path)
	}
	// The real reports' workbooks: figures among words ("76 % ≤ 90%", "Level 3"), rows
	// without amounts, scales and layouts no generator makes.
	real, err := realreports.WriteAll(filepath.Join(dir, "real"))
	if err != nil {
		t.Fatal(err)
	}
	paths = append(paths, real...)
	out := filepath.Join(dir, "out")
	os.Mkdir(out, 0o755)
	seen := map[string]bool{}
	total := 0
	for _, p := range paths {
		breaks, changed := fixPoint(t, p, out)
		total += changed
		for _, b := range breaks {
			seen[b.key()] = true
			if why, ok := engineGaps[b.key()]; ok {
				t.Logf("known engine gap: %s (%s)", b.key(), why)
				continue
			}
			t.Errorf("%s: %s (was %q, --fix wrote %q)", b.key(), b.Message, b.Old, b.Fix)
		}
	}
	var stale []string
	for k := range engineGaps {
		if !seen[k] {
			stale = append(stale, k)
		}
	}
	sort.Strings(stale)
	for _, k := range stale {
		t.Errorf("engineGaps lists %q, which no longer happens: remove it", k)
	}
	if total < 20 {
		t.Errorf("only %d cells changed over %d workbooks: a weak test", total, len(paths))
	}
	t.Logf("%d workbooks, %d cells changed", len(paths), total)
}
