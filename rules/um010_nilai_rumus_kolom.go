package rules

import (
	"lkjip/reconcile"
	"lkjip/reconcile/formula"
)

// UM010 checks a column's figures against the formula its column-number row declares, where
// the column has no formula of the spec. A column that has one is judged by its own rule
// (LRA002, PGK001...) by the standard formula only, whatever its declaration says: a wrong
// declaration is UM009's one finding, and judging the values by it too would call every right
// figure wrong (spec, "Reading rules").
var UM010 = &reconcile.Rule{
	ID:       "UM010",
	Severity: reconcile.Error,
	Scope:    reconcile.ScopeColumn,
	Title:    reconcile.Text{ID: "Angka kolom tidak sesuai rumus yang dinyatakan", EN: "Column figures do not follow the declared formula"},
	Doc: reconcile.Text{
		ID: `Bila baris nomor kolom menyatakan rumus untuk kolom yang tidak punya rumus baku (bukan % Capaian, % Capaian s/d, Selisih, %, % Serapan, % Efisiensi atau % Capaian Kinerja), setiap angka di kolom itu dihitung menurut rumus yang dinyatakan, sehingga jelas apakah kolom mengikuti pernyataannya sendiri. Kolom yang punya rumus baku tidak dinilai di sini: angkanya dinilai hanya dengan rumus baku oleh aturan kolomnya, dan pernyataan yang salah adalah satu temuan UM009 di sel pernyataan, bukan satu temuan per angka yang benar. Temuan menunjuk sel angka.

Contoh:
    kolom % Capaian 2022 (5) menyatakan 5=3/2*100; Target (2) 80, Realisasi (3) 84,5, tertulis 99,10
    UM010: menurut rumus kolom yang dinyatakan (3/2*100), seharusnya 105,63, tertulis 99,10.
    kolom % Capaian s/d (8) menyatakan 8=6/7*100 (bukan rumus baku 3/7*100): satu temuan UM009 di pernyataan; angka yang benar menurut 3/7*100 tidak mendapat temuan.`,
		EN: `Where the column-number row declares a formula for a column that has no standard formula (not % Capaian, % Capaian s/d, Selisih, %, % Serapan, % Efisiensi or % Capaian Kinerja), every figure of that column is computed by the declared formula, so that it is clear whether the column follows its own declaration. A column that has a standard formula is not judged here: its figures are judged by the standard formula only, by the column's own rule, and a wrong declaration is one UM009 finding at the declaration, not one finding per right figure. The finding names the figure's cell.

Example:
    column % Capaian 2022 (5) declares 5=3/2*100; Target (2) 80, Realisasi (3) 84.5, it says 99.10
    UM010: by the column's declared formula (3/2*100), it should be 105.63, it says 99.10.
    column % Capaian s/d (8) declares 8=6/7*100 (not the standard 3/7*100): one UM009 finding at the declaration; figures right by 3/7*100 get no finding.`,
	},
	Run: func(p *reconcile.Pass) {
		for _, t := range p.Workbook.Tables {
			for _, c := range t.Columns {
				d := parseDeclaration(t, c)
				if d == nil {
					continue
				}
				if ownRules[t.Kind][c.Role] != "" {
					continue // judged by the standard formula by its own rule; a wrong declaration is UM009's
				}
				for _, r := range t.Rows {
					cell := r.At(c)
					if !cell.IsFigure() {
						continue
					}
					v, err := formula.Eval(d.expr, rowValues{row: r, uses: d.uses})
					if err != nil || v.Kind != formula.Number {
						continue
					}
					p.CheckFigure(cell, v.Num, func(e, a reconcile.Fig) reconcile.Text {
						return reconcile.Msg("Menurut rumus kolom yang dinyatakan (%s), %q seharusnya %s, tertulis %s.",
							"By the column's declared formula (%s), %q should be %s, it says %s.", c.Declared, r.Label(), e, a)
					})
				}
			}
		}
	},
}
