package report

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"lkjip/reconcile"
	"lkjip/rules"
	"lkjip/samples/corpus"
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
	had := map[string]bool{}
	for _, x := range before.Findings {
		if x.Severity == reconcile.Error && !x.Accepted {
			had[x.Rule+" "+x.Sheet+"!"+x.Cell] = true
		}
	}
	for _, x := range after.Findings {
		if x.Severity != reconcile.Error || x.Accepted {
			continue
		}
		at := x.Sheet + "!" + x.Cell
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

// Why the engine's findings break the fix-point property today (the writer applies each Fix
// as it is given; see engineGaps).
const (
	// A finding's Fix was computed from figures as written, and another finding's Fix corrects
	// one of them: LRA004's Jumlah sums a level-one row LRA003 corrects, LRA001/LRA002 take an
	// Anggaran or Realisasi LRA003/LRA004 correct (LRA008 flips the sign of such a Selisih),
	// IDN004/RGK004/PK002 copy a Jumlah LRA004 corrects, RGK001/RGK002/ASR003 copy or average
	// a capaian PGK001/RGK001 correct. The Fix must be computed on the corrected workbook (or
	// the finding follow that cell, Because, with its Fix computed after it).
	gapFixFromWritten = "Fix computed from a figure another Fix corrects"
	// A cell had no finding because it agreed with a figure that another Fix corrects: the
	// Selisih and % of a corrected row, the copies of a corrected Jumlah (Identitas, PK,
	// Anggaran Sasaran, Ringkasan) or capaian (Anggaran Sasaran, Ringkasan). The engine should
	// report it as following that cell (Because), with a Fix computed from the corrected figure.
	gapNotFollowing = "agreed with a figure another Fix corrects; not reported as following it"
	// An amount in words agreed with a figure IDN004/RGK004 correct (the corpus's IDN004 fault
	// spells the wrong figure again): TBL001 gives no Fix (the corrected figure spelled out
	// would be one) and nothing reports the words as following the figure.
	gapTerbilang = "terbilang of a corrected figure: no following finding, no Fix"
	// LRA003 blames a kegiatan whose sub kegiatan moved: the kegiatan agreed with its program,
	// so the sub kegiatan is the likelier cause (a Candidate, no single Fix); correcting the
	// kegiatan breaks the program's sum.
	gapParentBlamed = "LRA003 corrects a right parent; the child that moved is the cause"
	// PK002 sets the PK's Jumlah to the pagu, but the Jumlah agreed with the PK's own rows
	// (PK001): a row or the pagu is as likely the cause (Candidates, no single Fix).
	gapPKRows = "PK002 corrects a PK Jumlah that agrees with its rows"
)

// engineGaps are the breaks of the fix-point property that today's findings cause, not the
// writer, by workbook, kind of break, rule and cell; each says why. TestFixPoint fails on a
// break not listed here, and on a line no break matches any more: remove it then. A break at
// a changed cell whose new finding expects what --fix wrote is the writer's, never listed.
var engineGaps = map[string]string{
	"blora-jati-2023.xlsx changed PK001 PK!G8":                         gapPKRows,
	"blora-jati-2023.xlsx new TBL001 Identitas!B13":                    gapTerbilang,
	"jepara-donorojo-2019.xlsx changed RGK002 Ringkasan!B4":            gapFixFromWritten,
	"jepara-donorojo-2019.xlsx changed RGK004 Ringkasan!B10":           gapFixFromWritten,
	"jepara-donorojo-2019.xlsx new ASR003 Anggaran Sasaran!F3":         gapNotFollowing,
	"jepara-donorojo-2019.xlsx new ASR004 Anggaran Sasaran!C5":         gapNotFollowing,
	"jepara-donorojo-2019.xlsx new IDN004 Identitas!B12":               gapNotFollowing,
	"jepara-donorojo-2019.xlsx new LRA001 Realisasi Anggaran!E19":      gapNotFollowing,
	"jepara-donorojo-2019.xlsx new LRA002 Realisasi Anggaran!F19":      gapNotFollowing,
	"jepara-donorojo-2019.xlsx new PK002 PK!G10":                       gapNotFollowing,
	"jepara-donorojo-2019.xlsx new RGK001 Ringkasan!B2":                gapNotFollowing,
	"jepara-donorojo-2019.xlsx new RGK004 Ringkasan!B6":                gapNotFollowing,
	"jepara-donorojo-2019.xlsx new TBL001 Identitas!B15":               gapTerbilang,
	"jepara-mlonggo-2021.xlsx changed LRA001 Realisasi Anggaran!E7":    gapFixFromWritten,
	"jepara-mlonggo-2021.xlsx changed LRA002 Realisasi Anggaran!F10":   gapFixFromWritten,
	"jepara-mlonggo-2021.xlsx changed PK001 PK!G8":                     gapPKRows,
	"jepara-mlonggo-2021.xlsx changed PK002 PK!G8":                     gapFixFromWritten,
	"jepara-mlonggo-2021.xlsx changed RGK002 Ringkasan!B3":             gapFixFromWritten,
	"jepara-mlonggo-2021.xlsx changed RGK004 Ringkasan!B9":             gapFixFromWritten,
	"jepara-mlonggo-2021.xlsx new ASR003 Anggaran Sasaran!F3":          gapNotFollowing,
	"jepara-mlonggo-2021.xlsx new ASR004 Anggaran Sasaran!C4":          gapNotFollowing,
	"jepara-mlonggo-2021.xlsx new IDN004 Identitas!B12":                gapNotFollowing,
	"jepara-mlonggo-2021.xlsx new LRA001 Realisasi Anggaran!E10":       gapNotFollowing,
	"jepara-mlonggo-2021.xlsx new LRA002 Realisasi Anggaran!F7":        gapNotFollowing,
	"jepara-mlonggo-2021.xlsx new LRA003 Realisasi Anggaran!D6":        gapParentBlamed,
	"jepara-mlonggo-2021.xlsx new RGK001 Ringkasan!B2":                 gapNotFollowing,
	"jepara-mlonggo-2021.xlsx new RGK004 Ringkasan!B5":                 gapNotFollowing,
	"jepara-mlonggo-2021.xlsx new TBL001 Identitas!B15":                gapTerbilang,
	"kragan-2021-perbaikan.xlsx changed IDN004 Identitas!B17":          gapFixFromWritten,
	"kragan-2021-perbaikan.xlsx changed LRA001 Realisasi Anggaran!E25": gapFixFromWritten,
	"kragan-2021-perbaikan.xlsx changed LRA002 Realisasi Anggaran!F25": gapFixFromWritten,
	"kragan-2021-perbaikan.xlsx changed LRA004 Realisasi Anggaran!C25": gapFixFromWritten,
	"kragan-2021-perbaikan.xlsx changed LRA004 Realisasi Anggaran!D25": gapFixFromWritten,
	"kragan-2021-perbaikan.xlsx changed PK001 PK!G12":                  gapPKRows,
	"kragan-2021-perbaikan.xlsx changed PK002 PK!G12":                  gapFixFromWritten,
	"kragan-2021-perbaikan.xlsx changed RGK004 Ringkasan!B13":          gapFixFromWritten,
	"kragan-2021-perbaikan.xlsx changed RGK004 Ringkasan!B15":          gapFixFromWritten,
	"kragan-2021-perbaikan.xlsx new IDN004 Identitas!B15":              gapNotFollowing,
	"kragan-2021-perbaikan.xlsx new LRA001 Realisasi Anggaran!E14":     gapNotFollowing,
	"kragan-2021-perbaikan.xlsx new LRA001 Realisasi Anggaran!E7":      gapNotFollowing,
	"kragan-2021-perbaikan.xlsx new LRA002 Realisasi Anggaran!F14":     gapNotFollowing,
	"kragan-2021-perbaikan.xlsx new LRA002 Realisasi Anggaran!F7":      gapNotFollowing,
	"kragan-2021-perbaikan.xlsx new RGK004 Ringkasan!B11":              gapNotFollowing,
	"kragan-2021-perbaikan.xlsx new TBL001 Ringkasan!B14":              gapTerbilang,
	"kragan-2021.xlsx changed IDN004 Identitas!B17":                    gapFixFromWritten,
	"kragan-2021.xlsx changed LRA001 Realisasi Anggaran!E25":           gapFixFromWritten,
	"kragan-2021.xlsx changed LRA002 Realisasi Anggaran!F25":           gapFixFromWritten,
	"kragan-2021.xlsx changed LRA002 Realisasi Anggaran!F7":            gapFixFromWritten,
	"kragan-2021.xlsx changed LRA004 Realisasi Anggaran!C25":           gapFixFromWritten,
	"kragan-2021.xlsx changed LRA004 Realisasi Anggaran!D25":           gapFixFromWritten,
	"kragan-2021.xlsx changed PK001 PK!G12":                            gapPKRows,
	"kragan-2021.xlsx changed PK002 PK!G12":                            gapFixFromWritten,
	"kragan-2021.xlsx changed RGK004 Ringkasan!B13":                    gapFixFromWritten,
	"kragan-2021.xlsx changed RGK004 Ringkasan!B15":                    gapFixFromWritten,
	"kragan-2021.xlsx new IDN004 Identitas!B15":                        gapNotFollowing,
	"kragan-2021.xlsx new LRA001 Realisasi Anggaran!E14":               gapNotFollowing,
	"kragan-2021.xlsx new LRA001 Realisasi Anggaran!E7":                gapNotFollowing,
	"kragan-2021.xlsx new LRA002 Realisasi Anggaran!F14":               gapNotFollowing,
	"kragan-2021.xlsx new RGK004 Ringkasan!B11":                        gapNotFollowing,
	"kragan-2021.xlsx new TBL001 Ringkasan!B14":                        gapTerbilang,
	"rembang-gunem-2023.xlsx changed LRA001 Realisasi Anggaran!E31":    gapFixFromWritten,
	"rembang-gunem-2023.xlsx changed RGK004 Ringkasan!B9":              gapFixFromWritten,
	"rembang-gunem-2023.xlsx new ASR004 Anggaran Sasaran!C4":           gapNotFollowing,
	"rembang-gunem-2023.xlsx new IDN004 Identitas!B12":                 gapNotFollowing,
	"rembang-gunem-2023.xlsx new LRA001 Realisasi Anggaran!E10":        gapNotFollowing,
	"rembang-gunem-2023.xlsx new LRA002 Realisasi Anggaran!F10":        gapNotFollowing,
	"rembang-gunem-2023.xlsx new LRA002 Realisasi Anggaran!F31":        gapNotFollowing,
	"rembang-gunem-2023.xlsx new LRA003 Realisasi Anggaran!D9":         gapParentBlamed,
	"rembang-gunem-2023.xlsx new PK002 PK!G7":                          gapNotFollowing,
	"rembang-gunem-2023.xlsx new RGK004 Ringkasan!B5":                  gapNotFollowing,
	"tuban-kenduruan-2023.xlsx changed PK001 PK!G6":                    gapPKRows,
	"tuban-kenduruan-2023.xlsx new LRA001 Realisasi Anggaran!E8":       gapNotFollowing,
	"tuban-kenduruan-2023.xlsx new LRA002 Realisasi Anggaran!F8":       gapNotFollowing,
	"tuban-kenduruan-2023.xlsx new LRA003 Realisasi Anggaran!C7":       gapParentBlamed,
	"tuban-parengan-2024.xlsx changed ASR003 Anggaran Sasaran!F3":      gapFixFromWritten,
	"tuban-parengan-2024.xlsx changed LRA001 Realisasi Anggaran!E15":   gapFixFromWritten,
	"tuban-parengan-2024.xlsx changed LRA002 Realisasi Anggaran!F3":    gapFixFromWritten,
	"tuban-parengan-2024.xlsx changed PK001 PK!G6":                     gapPKRows,
	"tuban-parengan-2024.xlsx changed PK002 PK!G6":                     gapFixFromWritten,
	"tuban-parengan-2024.xlsx changed RGK001 Ringkasan!B2":             gapFixFromWritten,
	"tuban-parengan-2024.xlsx changed RGK002 Ringkasan!B4":             gapFixFromWritten,
	"tuban-parengan-2024.xlsx changed RGK004 Ringkasan!B10":            gapFixFromWritten,
	"tuban-parengan-2024.xlsx new ASR004 Anggaran Sasaran!C5":          gapNotFollowing,
	"tuban-parengan-2024.xlsx new IDN004 Identitas!B12":                gapNotFollowing,
	"tuban-parengan-2024.xlsx new LRA001 Realisasi Anggaran!E3":        gapNotFollowing,
	"tuban-parengan-2024.xlsx new LRA002 Realisasi Anggaran!F15":       gapNotFollowing,
	"tuban-parengan-2024.xlsx new LRA003 Realisasi Anggaran!C2":        gapParentBlamed,
	"tuban-parengan-2024.xlsx new RGK004 Ringkasan!B6":                 gapNotFollowing,
	"tuban-parengan-2024.xlsx new TBL001 Identitas!B15":                gapTerbilang,
}

// TestFixPoint: for every sample workbook and a slice of the generated corpus, the corrected
// copy, checked again, has no error at a cell it changed and no error the original did not
// have, except the engine's known gaps.
func TestFixPoint(t *testing.T) {
	dir := t.TempDir()
	paths := []string{"../../samples/kragan-2021.xlsx", "../../samples/bersih-2023.xlsx", "../../samples/kragan-2021-perbaikan.xlsx"}
	files, err := corpus.Generate(filepath.Join(dir, "corpus"), 16, 11, corpus.Kinds(), 60)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		paths = append(paths, f.Path)
	}
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
