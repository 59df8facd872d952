package rules

import (
	"lkjip/reconcile"
	wb "lkjip/reconcile/workbook"
)

// ASR002 checks % Efisiensi (spec, "Anggaran Sasaran": it follows the setting; the default is
// the one the Kragan report states, 100 - % Serapan).
var ASR002 = &reconcile.Rule{
	ID:       "ASR002",
	Severity: reconcile.Error,
	Scope:    reconcile.ScopeRow,
	Title:    reconcile.Text{ID: "% Efisiensi tidak sesuai rumusnya", EN: "% Efisiensi does not follow its formula"},
	Doc: reconcile.Text{
		ID: `% Efisiensi sebuah sasaran = 100 - % Serapan (rumus yang dinyatakan laporan Kragan: 100% - Realisasi Biaya x 100% / Target Biaya), dihitung dari Pagu dan Realisasi secara eksak lalu dibulatkan pada desimal yang ditampilkan sel. Temuan menunjuk sel % Efisiensi.

Contoh:
    Pagu 340.500.000 | Realisasi 335.624.178 | % Efisiensi 1,34
    ASR002: % Efisiensi seharusnya 1,43, tertulis 1,34.`,
		EN: `A sasaran's % Efisiensi = 100 - % Serapan (the formula the Kragan report states: 100% - Realisasi Biaya x 100% / Target Biaya), computed exactly from Pagu and Realisasi and rounded at the decimals the cell shows. The finding names the % Efisiensi cell.

Example:
    Pagu 340,500,000 | Realisasi 335,624,178 | % Efisiensi 1.34
    ASR002: % Efisiensi should be 1.43, it says 1.34.`,
	},
	Run: func(p *reconcile.Pass) {
		eachSerapan(p.Workbook, func(r *wb.Row, pagu, real *wb.Cell) {
			if c := r.Cell(wb.RoleEfisiensi); c.IsFigure() {
				p.Relate(reconcile.Relation{Kind: reconcile.Ratio, Out: c, A: hundred, B: one.Neg(), Num: reconcile.Of(real), Den: reconcile.Of(pagu),
					Says: func(e, a reconcile.Fig) reconcile.Text {
						return reconcile.Msg("%% Efisiensi %q seharusnya %s (100 - %% Serapan), tertulis %s.",
							"%% Efisiensi of %q should be %s (100 - %% Serapan), it says %s.", r.Label(), e, a)
					}})
			}
		})
	},
}
