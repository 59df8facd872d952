package rules

import (
	"lkjip/reconcile"
	wb "lkjip/reconcile/workbook"
)

// ASR001 checks % Serapan = Realisasi / Pagu x 100 (spec, "Anggaran Sasaran").
var ASR001 = &reconcile.Rule{
	ID:       "ASR001",
	Severity: reconcile.Error,
	Scope:    reconcile.ScopeRow,
	Title:    reconcile.Text{ID: "% Serapan tidak sesuai Realisasi / Pagu", EN: "% Serapan does not follow Realisasi / Pagu"},
	Doc: reconcile.Text{
		ID: `% Serapan anggaran sebuah sasaran = Realisasi / Pagu x 100, dibulatkan setengah ke atas pada desimal yang ditampilkan sel. Temuan menunjuk sel % Serapan.

Contoh (Kragan 2021, Sasaran 4, dengan % Serapan salah ketik):
    Pagu 215.512.000 | Realisasi 169.314.800 | % Serapan 78,65
    ASR001: % Serapan seharusnya 78,56, tertulis 78,65.`,
		EN: `A sasaran's % Serapan = Realisasi / Pagu x 100, rounded half up at the decimals the cell shows. The finding names the % Serapan cell.

Example (Kragan 2021, Sasaran 4, with its % Serapan mistyped):
    Pagu 215,512,000 | Realisasi 169,314,800 | % Serapan 78.65
    ASR001: % Serapan should be 78.56, it says 78.65.`,
	},
	Run: func(p *reconcile.Pass) {
		eachSerapan(p.Workbook, func(r *wb.Row, pagu, real *wb.Cell) {
			if c := r.Cell(wb.RoleSerapan); c.IsFigure() {
				p.Relate(reconcile.Relation{Kind: reconcile.Ratio, Out: c, B: one, Num: reconcile.Of(real), Den: reconcile.Of(pagu),
					Says: func(e, a reconcile.Fig) reconcile.Text {
						return reconcile.Msg("%% Serapan %q seharusnya %s (Realisasi / Pagu x 100), tertulis %s.",
							"%% Serapan of %q should be %s (Realisasi / Pagu x 100), it says %s.", r.Label(), e, a)
					}})
			}
		})
	},
}
