package rules

import (
	"github.com/shopspring/decimal"

	"lkjip/reconcile"
	wb "lkjip/reconcile/workbook"
)

// PGK001 checks % Capaian T by polarity (spec, "Pengukuran").
var PGK001 = &reconcile.Rule{
	ID:       "PGK001",
	Severity: reconcile.Error,
	Scope:    reconcile.ScopeRow,
	Title:    reconcile.Text{ID: "% Capaian tidak sesuai Target dan Realisasi", EN: "% Capaian does not follow Target and Realisasi"},
	Doc: reconcile.Text{
		ID: `% Capaian tahun laporan dihitung dari Target dan Realisasi menurut polaritas indikator:
  Positif (semakin tinggi semakin baik): Realisasi / Target x 100;
  Negatif (semakin rendah semakin baik): (2 x Target - Realisasi) / Target x 100 (PermenPANRB 8/2021), atau Target / Realisasi x 100 bila pengaturan memilihnya;
  Rentang: 100 bila Realisasi di dalam rentang target, Realisasi / batas bawah x 100 di bawahnya, Realisasi / batas atas x 100 di atasnya.
Hasilnya dibulatkan setengah ke atas pada desimal yang ditampilkan sel. Target 0 dilaporkan oleh PGK005. Temuan menunjuk sel % Capaian.

Contoh (Positif):
    Target 100 | Realisasi 78,56 | % Capaian 87,56
    PGK001: % Capaian seharusnya 78,56 (Positif), tertulis 87,56.`,
		EN: `The report year's % Capaian follows from Target and Realisasi by the indicator's polarity:
  Positif (higher is better): Realisasi / Target x 100;
  Negatif (lower is better): (2 x Target - Realisasi) / Target x 100 (PermenPANRB 8/2021), or Target / Realisasi x 100 where the settings choose it;
  Rentang: 100 when Realisasi lies inside the target range, Realisasi / lower bound x 100 below it, Realisasi / upper bound x 100 above it.
The result is rounded half up at the decimals the cell shows. A target of 0 is reported by PGK005. The finding names the % Capaian cell.

Example (Positif):
    Target 100 | Realisasi 78.56 | % Capaian 87.56
    PGK001: % Capaian should be 78.56 (Positif), it says 87.56.`,
	},
	Run: func(p *reconcile.Pass) {
		for _, t := range measurementTables(p.Workbook) {
			for _, r := range t.Rows {
				checkCapaian(p, r, wb.RoleTarget, wb.RoleCapaian, "% Capaian")
			}
		}
	},
}

// rowPolarity reads a Pengukuran row's polarity: Positif when blank or unknown (PGK006 says
// so), Rentang for a range target.
func rowPolarity(r *wb.Row, target *wb.Cell) Polarity {
	pol := Positif
	if pc := r.Cell(wb.RolePolaritas); pc != nil {
		if pol = polarityOf(pc); pol == unknownPolarity {
			pol = Positif
		}
	}
	if _, _, isRange := targetRange(target); isRange && pol == Positif {
		pol = Rentang // a range target reads as Rentang whatever the column says
	}
	return pol
}

// checkCapaian checks one capaian cell of a Pengukuran row against the target of targetRole.
func checkCapaian(p *reconcile.Pass, r *wb.Row, targetRole, capaianRole wb.Role, name string) {
	c, real := r.Cell(capaianRole), r.Cell(wb.RoleRealisasi)
	target := r.Cell(targetRole)
	if c == nil || target == nil || !c.IsFigure() || !real.IsFigure() {
		return
	}
	pol := rowPolarity(r, target)
	rel, ok := capaianRelation(pol, c, real, target, p.Settings)
	if !ok {
		return
	}
	rel.Says = func(e, a reconcile.Fig) reconcile.Text {
		return reconcile.Msg("%s %q seharusnya %s (%s), tertulis %s.", "%s of %q should be %s (%s), it says %s.",
			name, r.Label(), e, polarityName(pol), a)
	}
	p.Relate(rel)
}

// capaianRelation is how a % Capaian cell follows from its row's Realisasi and a target (a
// figure, a figure with its unit, or a range), by polarity (spec, "Pengukuran"); ok is false
// where the target is none of these.
func capaianRelation(pol Polarity, out, real, target *wb.Cell, s *reconcile.Settings) (reconcile.Relation, bool) {
	if lo, hi, ok := targetRange(target); ok && pol != Negatif {
		return reconcile.Relation{Kind: reconcile.Rentang, Out: out, Num: reconcile.Of(real), Lo: lo, Hi: hi}, true
	}
	t, ok := figureExpr(target)
	if !ok {
		return reconcile.Relation{}, false
	}
	if pol == Negatif {
		if s != nil && s.Negatif == reconcile.NegatifRatio {
			return reconcile.Relation{Kind: reconcile.Ratio, Out: out, B: one, Num: t, Den: reconcile.Of(real)}, true
		}
		// (2 x Target - Realisasi) / Target x 100 = 200 - Realisasi / Target x 100
		return reconcile.Relation{Kind: reconcile.Ratio, Out: out, A: decimal.NewFromInt(200), B: one.Neg(), Num: reconcile.Of(real), Den: t}, true
	}
	return reconcile.Relation{Kind: reconcile.Ratio, Out: out, B: one, Num: reconcile.Of(real), Den: t}, true
}
