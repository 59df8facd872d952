package report

import (
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"lkjip/reconcile"
)

// annotateUncheckedCells lists every cell of a result's unchecked ranges ("Skala!A2"): the
// annotated copy hatches them, and changes nothing else of their format.
func annotateUncheckedCells(r *reconcile.Result) []string {
	var out []string
	if r.Coverage == nil {
		return nil
	}
	for _, s := range r.Coverage.Unchecked {
		for row := s.From; row <= s.To; row++ {
			out = append(out, s.Sheet+"!"+workbookRef(s.Col, row))
		}
	}
	return out
}

func workbookRef(col, row int) string {
	c, _ := excelize.CoordinatesToCellName(col, row)
	return c
}

// annotateCoverageHead is the first line the Temuan sheet gives the coverage.
func annotateCoverageHead(r *reconcile.Result, lang string) string {
	c := r.Coverage
	head := c.Head(lang)
	if len(c.Unchecked) > 0 {
		head += reconcile.Msg("; tidak diperiksa (diarsir di sel-selnya):", "; not checked (hatched at their cells):").In(lang)
	}
	return head
}

// TestAnnotateMarksUnchecked: in Kragan's annotated copy every unchecked figure carries the
// light hatch (and no finding's solid fill), and the Temuan sheet lists each range, linked
// to its cells, below the totals.
func TestAnnotateMarksUnchecked(t *testing.T) {
	r := annotateCheck(t, annotateKragan)
	if r.Coverage == nil || len(r.Coverage.Unchecked) == 0 {
		t.Fatal("Kragan has no unchecked figures to mark")
	}
	f := annotateOpen(t, annotateCopy(t, r, "id", AnnotateOptions{}))
	for _, at := range annotateUncheckedCells(r) {
		sheet, cell, _ := strings.Cut(at, "!")
		id, _ := f.GetCellStyle(sheet, cell)
		s, err := f.GetStyle(id)
		if err != nil || s.Fill.Pattern != annotateHatchPattern || len(s.Fill.Color) != 1 || s.Fill.Color[0] != annotateHatch {
			t.Errorf("%s: fill %+v, want the hatch", at, s.Fill)
		}
	}
	rows, err := f.GetRows("Temuan")
	if err != nil {
		t.Fatal(err)
	}
	listed := map[string]string{}
	for i, row := range rows {
		if len(row) > 2 && row[0] == "" && row[1] != "" {
			listed[row[1]+"!"+row[2]] = ""
			cell, _ := excelize.CoordinatesToCellName(3, i+1)
			if ok, target, _ := f.GetCellHyperLink("Temuan", cell); !ok || !strings.HasSuffix(target, "!"+row[2]) {
				t.Errorf("Temuan!%s (%s) links to %q", cell, row[2], target)
			}
		}
	}
	for _, s := range r.Coverage.Unchecked {
		if _, ok := listed[s.String()]; !ok {
			t.Errorf("%s not listed in Temuan (listed: %v)", s, listed)
		}
	}
}
