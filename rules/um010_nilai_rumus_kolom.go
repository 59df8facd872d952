package rules

import (
	"lkjip/reconcile"
	"lkjip/reconcile/formula"
)

// UM010 checks a column's figures against the formula its column-number row declares, where
// that declaration is not the standard one (spec: "the values against both"). Where the
// declaration is standard, the column's own rule (LRA002, PGK001...) already checks the
// figures, and a second finding would say the same thing.
var UM010 = &reconcile.Rule{
	ID:       "UM010",
	Severity: reconcile.Error,
	Scope:    reconcile.ScopeColumn,
	Title:    reconcile.Text{ID: "Angka kolom tidak sesuai rumus yang dinyatakan", EN: "Column figures do not follow the declared formula"},
	Doc: reconcile.Text{
		ID: `Bila baris nomor kolom menyatakan rumus yang bukan rumus baku (lihat UM009), setiap angka di kolom itu juga dihitung menurut rumus yang dinyatakan, sehingga jelas apakah kolom mengikuti pernyataannya sendiri. Temuan menunjuk sel angka.

Contoh:
    kolom 8 menyatakan 8=7/3*100; Realisasi (3) 98,32, Target Akhir (7) 95, kolom 8 tertulis 96,62
    UM010: menurut rumus 7/3*100 seharusnya 96,62 — cocok, tidak ada temuan; tertulis 97,00 akan dilaporkan.`,
		EN: `Where the column-number row declares a formula that is not the standard one (see UM009), every figure of that column is also computed by the declared formula, so that it is clear whether the column follows its own declaration. The finding names the figure's cell.

Example:
    column 8 declares 8=7/3*100; Realisasi (3) 98.32, Target Akhir (7) 95, column 8 says 96.62
    UM010: by 7/3*100 it should be 96.62 — it matches, no finding; 97.00 would be reported.`,
	},
	Run: func(p *reconcile.Pass) {
		for _, t := range p.Workbook.Tables {
			for _, c := range t.Columns {
				d := parseDeclaration(t, c)
				if d == nil {
					continue
				}
				if ok, known, _ := d.isStandard(); ok || !known {
					continue
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
