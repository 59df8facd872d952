package diff_test

import (
	"fmt"
	"path/filepath"
	"slices"
	"testing"

	"github.com/xuri/excelize/v2"

	"lkjip/reconcile"
	"lkjip/reconcile/diff"
	"lkjip/rules"
	"lkjip/samples/build"
	"lkjip/samples/golden"
)

const (
	kragan = "../../samples/kragan-2021.xlsx"
	clean  = "../../samples/bersih-2023.xlsx"
)

func load(t *testing.T, path string) *diff.Side {
	t.Helper()
	w, res := (&reconcile.Checker{Rules: rules.All}).CheckWorkbook(reconcile.Input{Path: path})
	if res.Err != nil {
		t.Fatalf("%s: %s", path, res.Err.Message.EN)
	}
	return &diff.Side{Workbook: w, Result: res}
}

// resubmit writes a copy of a workbook changed by edit into a temporary folder.
func resubmit(t *testing.T, src string, edit func(f *excelize.File)) string {
	t.Helper()
	f, err := excelize.OpenFile(src)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	edit(f)
	dst := filepath.Join(t.TempDir(), "perbaikan.xlsx")
	if err := f.SaveAs(dst); err != nil {
		t.Fatal(err)
	}
	return dst
}

func rulesOf(fs []reconcile.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Rule+"@"+f.Sheet+"!"+f.Cell)
	}
	return out
}

// TestKraganResubmitted: the Kragan workbook sent back with the % of program I. corrected and a
// kegiatan inserted under program III, which moves every row below it (IV., V. and Jumlah) one
// row down. Exactly one figure changed, one row was added, one finding was fixed; the findings
// of the rows that moved are still open, at their new cells.
func TestKraganResubmitted(t *testing.T) {
	const lra = "Realisasi Anggaran"
	newPath := resubmit(t, kragan, func(f *excelize.File) {
		must(t, f.SetCellDefault(lra, "F7", "98.32"))
		must(t, f.InsertRows(lra, 20, 1))
		must(t, f.SetCellStr(lra, "A20", "3."))
		must(t, f.SetCellStr(lra, "B20", "Kegiatan Pembinaan Lembaga Kemasyarakatan"))
		for _, c := range []string{"C20", "D20", "E20"} {
			must(t, f.SetCellDefault(lra, c, "0"))
		}
		must(t, f.SetCellStr(lra, "F20", "-"))
	})
	old, new := load(t, kragan), load(t, newPath)
	d := diff.Compare(old, new)

	if len(d.Changes) != 1 {
		t.Fatalf("changes %+v", d.Changes)
	}
	c := d.Changes[0]
	if c.Sheet != lra || c.Cell != "F7" || c.OldCell != "F7" || c.Old != "98.82" || c.New != "98.32" ||
		c.Label != "Program Penunjang Urusan Pemerintahan Daerah" || c.Column != "%" || c.What != diff.Figure {
		t.Errorf("change %+v", c)
	}
	if len(d.Added) != 1 || d.Added[0].Sheet != lra || d.Added[0].Cell != "B20" || d.Added[0].Label != "Kegiatan Pembinaan Lembaga Kemasyarakatan" {
		t.Errorf("added %+v", d.Added)
	}
	if len(d.Removed) != 0 {
		t.Errorf("removed %+v", d.Removed)
	}
	if got := rulesOf(d.Fixed); !slices.Equal(got, []string{"LRA002@Realisasi Anggaran!F7"}) {
		t.Errorf("fixed %v", got)
	}
	if got := rulesOf(d.Introduced); len(got) != 0 {
		t.Errorf("new %v", got)
	}
	if len(d.Open) != len(old.Result.Findings)-1 {
		t.Errorf("open %d of %d", len(d.Open), len(old.Result.Findings))
	}
	// The Jumlah row moved from 25 to 26: its findings are still open, named at the new cells.
	open := rulesOf(d.Open)
	for _, want := range []string{"LRA004@Realisasi Anggaran!C26", "UM017@Realisasi Anggaran!D26", "LRA003@Realisasi Anggaran!C7"} {
		if !slices.Contains(open, want) {
			t.Errorf("open lacks %s: %v", want, open)
		}
	}
	if len(d.Warnings) != 0 {
		t.Errorf("warnings %v", d.Warnings)
	}
	if d.ExitCode() != 1 {
		t.Errorf("exit code %d, want 1 (errors remain)", d.ExitCode())
	}
}

// TestMovedFigure: a figure changed in a row that also moved is named at both cells.
func TestMovedFigure(t *testing.T) {
	const lra = "Realisasi Anggaran"
	newPath := resubmit(t, kragan, func(f *excelize.File) {
		must(t, f.InsertRows(lra, 20, 1))
		must(t, f.SetCellStr(lra, "A20", "3."))
		must(t, f.SetCellStr(lra, "B20", "Kegiatan Baru"))
		must(t, f.SetCellDefault(lra, "D22", "25830001")) // IV.1 Realisasi, was D21
	})
	d := diff.Compare(load(t, kragan), load(t, newPath))
	if len(d.Changes) != 1 || d.Changes[0].Cell != "D22" || d.Changes[0].OldCell != "D21" || d.Changes[0].Old != "25830000" || d.Changes[0].New != "25830001" {
		t.Fatalf("changes %+v", d.Changes)
	}
}

// TestRingkasanLineInserted: a line inserted in Ringkasan moves every line below it; the lines
// are matched by their labels, and the findings of the lines below (Rata-rata, Predikat,
// Realisasi...) stay open at their new cells. The new line's own finding is new.
func TestRingkasanLineInserted(t *testing.T) {
	newPath := resubmit(t, kragan, func(f *excelize.File) {
		must(t, f.InsertRows("Ringkasan", 9, 1))
		must(t, f.SetCellStr("Ringkasan", "A9", "Capaian Sasaran 6"))
		must(t, f.SetCellDefault("Ringkasan", "B9", "95"))
	})
	old := load(t, kragan)
	d := diff.Compare(old, load(t, newPath))
	if len(d.Changes) != 0 || len(d.Fixed) != 0 || len(d.Open) != len(old.Result.Findings) {
		t.Errorf("changes %+v, fixed %v, open %d of %d", d.Changes, rulesOf(d.Fixed), len(d.Open), len(old.Result.Findings))
	}
	if len(d.Added) != 1 || d.Added[0].Sheet != "Ringkasan" || d.Added[0].Cell != "A9" || d.Added[0].Label != "Capaian Sasaran 6" {
		t.Errorf("added %+v", d.Added)
	}
	if len(d.Introduced) == 0 {
		t.Error("no new finding for Capaian Sasaran 6 (Pengukuran has four sasaran)")
	}
	for _, f := range d.Introduced {
		if f.Sheet != "Ringkasan" || f.Cell != "B9" {
			t.Errorf("new finding %s at %s!%s", f.Rule, f.Sheet, f.Cell)
		}
	}
	if open := rulesOf(d.Open); !slices.Contains(open, "RGK002@Ringkasan!B10") || !slices.Contains(open, "RGK003@Ringkasan!B11") {
		t.Errorf("open %v", open)
	}
}

// TestIdentical: a file against itself, and against a copy that stores the same figures in
// other forms (1000 and 1000.0), shows no change and no fixed or new finding.
func TestIdentical(t *testing.T) {
	for _, path := range []string{kragan, clean} {
		d := diff.Compare(load(t, path), load(t, path))
		if !d.Same() || len(d.Fixed) != 0 || len(d.Introduced) != 0 || len(d.Open) != len(d.New.Findings) {
			t.Errorf("%s against itself: %+v", path, d)
		}
	}
	copyPath := resubmit(t, clean, func(f *excelize.File) {
		v, err := f.GetCellValue("Realisasi Anggaran", "C2", excelize.Options{RawCellValue: true})
		must(t, err)
		must(t, f.SetCellDefault("Realisasi Anggaran", "C2", v+".0"))
	})
	d := diff.Compare(load(t, clean), load(t, copyPath))
	if !d.Same() || d.ExitCode() != 0 {
		t.Errorf("1000 against 1000.0: %+v", d.Changes)
	}
}

// TestOtherUnit: two different units are compared, with a warning.
func TestOtherUnit(t *testing.T) {
	d := diff.Compare(load(t, kragan), load(t, clean))
	if len(d.Warnings) != 2 {
		t.Errorf("warnings %v", d.Warnings)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// TestLayoutTwinsChangeNothing compares Kragan with itself written under each layout the
// sample builder knows (alias sheet names, title rows, merged group headers, reordered
// columns, numbers typed as Indonesian text, hidden rows and sheets, extra sheets and
// columns, and all of them at once): the content is the same, so no value, row or finding
// may change. Reordered Pegawai groups only move PGW002's finding to the group now first,
// where the rule names it.
func TestLayoutTwinsChangeNothing(t *testing.T) {
	dir := t.TempDir()
	w := build.Kragan2021()
	plain := filepath.Join(dir, "plain.xlsx")
	if err := w.Write(plain, build.Layout{}); err != nil {
		t.Fatal(err)
	}
	old := load(t, plain)
	layouts := build.Layouts()
	if len(layouts) < 8 {
		t.Fatalf("only %d layouts", len(layouts))
	}
	for i, l := range layouts {
		p := filepath.Join(dir, fmt.Sprintf("layout-%d.xlsx", i))
		if err := w.Write(p, l); err != nil {
			t.Fatal(err)
		}
		d := diff.Compare(old, load(t, p))
		if !d.Same() {
			t.Errorf("%+v: %d changes (first %+v), %d rows added, %d removed", l, len(d.Changes), first(d.Changes), len(d.Added), len(d.Removed))
		}
		k := golden.Kragan()
		if all := k.Errors + k.Warnings + k.Infos + k.Following; len(d.Open)+len(d.Fixed) != all || len(d.Fixed) != len(d.Introduced) {
			t.Errorf("%+v: %d findings open, %d fixed, %d new; want Kragan's %d in all", l, len(d.Open), len(d.Fixed), len(d.Introduced), all)
		}
		for _, f := range append(d.Fixed, d.Introduced...) {
			if !l.OtherColumnOrder || f.Rule != "PGW002" {
				t.Errorf("%+v: a finding fixed or new: %s %s!%s", l, f.Rule, f.Sheet, f.Cell)
			}
		}
	}
}

func first(cs []diff.Change) any {
	if len(cs) == 0 {
		return nil
	}
	return cs[0]
}
