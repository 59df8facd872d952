package rules

import (
	"lkjip/reconcile"
	wb "lkjip/reconcile/workbook"
)

// PK003 checks each PK target against the Pengukuran target of the same indicator (spec,
// "Cross-sheet and whole-workbook checks": each PK target equals the Pengukuran target of
// year T for the same indicator). The PK is the agreement signed at the start of the year; the
// measurement must hold the unit to the target it agreed to.
var PK003 = &reconcile.Rule{
	ID:       "PK003",
	Severity: reconcile.Error,
	Scope:    reconcile.ScopeWorkbook,
	Title:    reconcile.Text{ID: "Target PK tidak sama dengan target di Pengukuran", EN: "PK target differs from the Pengukuran target"},
	Doc: reconcile.Text{
		ID: `Target setiap indikator di Perjanjian Kinerja harus sama dengan Target tahun laporan indikator yang sama di Pengukuran (dicocokkan menurut teks indikatornya; indikator yang namanya muncul lebih dari sekali di salah satu sheet tidak dicocokkan). Hanya target berupa angka (juga angka yang diketik sebagai teks, seperti "80" atau "7 nilai") yang dibandingkan; rentang tidak. Bila Target Pengukuran yang salah (% Capaian-nya pun tidak cocok), lkjip menunjuk Target Pengukuran; bila Target PK yang berbeda sendiri, temuan menunjuk sel Target PK.

Contoh:
    PK: "Indeks Kepuasan Masyarakat" Target 85; Pengukuran: Target 80, Realisasi 86,5, % Capaian 108,13
    PK003: Target PK "Indeks Kepuasan Masyarakat" seharusnya 80 (Target di Pengukuran!F3), tertulis 85.`,
		EN: `Each indicator's target in the performance agreement must equal the report year's Target of the same indicator in Pengukuran (matched by the indicator's text; an indicator whose name appears more than once in either sheet is not matched). Only targets that are figures (figures typed as text too, such as "80" or "7 nilai") are compared; ranges are not. Where the Pengukuran target is the wrong one (its % Capaian does not follow either), lkjip names the Pengukuran target; where the PK's target differs on its own, the finding names the PK's Target cell.

Example:
    PK: "Indeks Kepuasan Masyarakat" Target 85; Pengukuran: Target 80, Realisasi 86.5, % Capaian 108.13
    PK003: the PK target of "Indeks Kepuasan Masyarakat" should be 80 (the Target in Pengukuran!F3), it says 85.`,
	},
	Run: func(p *reconcile.Pass) {
		targets := indicatorTargets(p.Workbook, wb.Pengukuran)
		if len(targets) == 0 {
			return
		}
		pk := indicatorTargets(p.Workbook, wb.PK)
		for key, c := range pk {
			m := targets[key]
			if c == nil || m == nil {
				continue
			}
			name := c.row.Label()
			from := m.cell.Sheet + "!" + m.cell.Ref()
			num, _ := figureExpr(m.cell)
			rel := reconcile.Relation{Kind: reconcile.Equals, Out: c.cell, Num: num,
				Says: func(e, a reconcile.Fig) reconcile.Text {
					return reconcile.Msg("Target PK %q seharusnya %s (Target di %s), tertulis %s.", "The PK target of %q should be %s (the Target in %s), it says %s.", name, e, from, a)
				}}
			if !c.cell.IsFigure() {
				v, places, _ := textFigure(c.cell)
				rel.Value, rel.OutPlaces = &v, places
			}
			p.Relate(rel)
		}
	},
}

// indicatorTarget is one indicator's Target cell.
type indicatorTarget struct {
	row  *wb.Row
	cell *wb.Cell
}

// indicatorTargets maps the indicators of a kind of table, by their normalised text, to
// their Target cells that hold a figure; an indicator named twice maps to nil (it cannot be
// matched).
func indicatorTargets(w *wb.Workbook, k wb.Kind) map[string]*indicatorTarget {
	out := map[string]*indicatorTarget{}
	for _, t := range w.TablesOf(k) {
		if !t.Has(wb.RoleIndikator, wb.RoleTarget) {
			continue
		}
		for _, r := range t.Rows {
			key := normText(r.Cell(wb.RoleIndikator).Value())
			if key == "" {
				continue
			}
			if _, seen := out[key]; seen {
				out[key] = nil
				continue
			}
			if c := r.Cell(wb.RoleTarget); c.IsFigure() {
				out[key] = &indicatorTarget{row: r, cell: c}
			} else if _, _, ok := textFigure(c); ok {
				out[key] = &indicatorTarget{row: r, cell: c}
			}
		}
	}
	return out
}
