package report

import (
	"errors"
	"fmt"

	"github.com/xuri/excelize/v2"

	"lkjip/reconcile"
)

// The annotated copy's part of the coverage (issue #16), kept apart from annotate.go so that
// the two change independently: Annotate calls markUnchecked after marking the findings, and
// findingsSheet calls uncheckedRows between its totals and its provenance.

// annotateHatch is the colour of the light diagonal hatch over a figure no rule checked: a
// pattern, not a solid fill, so that it never reads as one of the findings' colours (the
// solid grey of an accepted finding above all).
const (
	annotateHatch        = "A6A6A6"
	annotateHatchPattern = 13 // lightDown in the spreadsheet's pattern list
)

// markUnchecked hatches every figure of r's coverage that no rule checked, keeping each cell's
// own format otherwise (as fillCell does for the findings). A range on a sheet the copy does
// not hold (renamed since) is left to the list.
func (a *annotator) markUnchecked(r *reconcile.Result) error {
	if r.Coverage == nil {
		return nil
	}
	styles := map[int]int{}
	for _, s := range r.Coverage.Unchecked {
		sheet := a.sheetName(s.Sheet)
		if sheet == "" {
			continue
		}
		for row := s.From; row <= s.To; row++ {
			cell, err := excelize.CoordinatesToCellName(s.Col, row)
			if err != nil {
				return fmt.Errorf("annotate: %w", err)
			}
			old, err := a.f.GetCellStyle(sheet, cell)
			if err != nil {
				break // a chart sheet or a damaged one: listed only
			}
			id, ok := styles[old]
			if !ok {
				if id, err = a.hatchStyle(old); err != nil {
					return fmt.Errorf("annotate: %s!%s: %w", sheet, cell, err)
				}
				styles[old] = id
			}
			if err := a.f.SetCellStyle(sheet, cell, cell, id); err != nil {
				return fmt.Errorf("annotate: %w", err)
			}
		}
	}
	return nil
}

// hatchStyle adds a cell format that is old with the light hatch as its fill, copying old's
// record and changing its fill only, for the reasons fillStyle gives.
func (a *annotator) hatchStyle(old int) (int, error) {
	return a.styleWithFill(old, excelize.Fill{Type: "pattern", Pattern: annotateHatchPattern, Color: []string{annotateHatch}})
}

// uncheckedRows writes the coverage into the Temuan sheet from row on: the count ("187 dari
// 222 angka diperiksa"), then one row per unchecked range under the list's Sheet and Sel
// columns, the range linked to its cells and the reason, if any, under Pesan. It returns the
// row after the last it wrote.
func (a *annotator) uncheckedRows(name string, row int, r *reconcile.Result) (int, error) {
	c := r.Coverage
	if c == nil {
		return row, nil
	}
	head := c.Head(a.lang)
	if len(c.Unchecked) > 0 {
		head += reconcile.Msg("; tidak diperiksa (diarsir di sel-selnya):", "; not checked (hatched at their cells):").In(a.lang)
	}
	if err := a.f.SetCellStr(name, fmt.Sprintf("A%d", row), head); err != nil {
		return row, err
	}
	row++
	for _, s := range c.Unchecked {
		from, _ := excelize.CoordinatesToCellName(s.Col, s.From)
		at := from
		if s.To > s.From {
			to, _ := excelize.CoordinatesToCellName(s.Col, s.To)
			at += ":" + to
		}
		err := errors.Join(
			a.f.SetCellStr(name, fmt.Sprintf("B%d", row), s.Sheet),
			a.f.SetCellStr(name, fmt.Sprintf("C%d", row), at),
			a.f.SetCellStr(name, fmt.Sprintf("H%d", row), s.Reason().In(a.lang)),
		)
		if err != nil {
			return row, fmt.Errorf("annotate: %w", err)
		}
		if sheet := a.sheetName(s.Sheet); sheet != "" {
			if err := a.f.SetCellHyperLink(name, fmt.Sprintf("C%d", row), annotateLocation(sheet, at), "Location"); err != nil {
				return row, fmt.Errorf("annotate: %w", err)
			}
		}
		row++
	}
	return row, nil
}
