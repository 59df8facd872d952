package rules

import (
	"strings"

	"github.com/shopspring/decimal"

	"lkjip/reconcile"
	wb "lkjip/reconcile/workbook"
)

// budgetPerSasaranTables returns the workbook's Anggaran Sasaran tables.
func budgetPerSasaranTables(w *wb.Workbook) []*wb.Table { return w.TablesOf(wb.AnggaranSasaran) }

// eachSerapan calls fn for every Anggaran Sasaran row, the Jumlah row included, whose Pagu
// and Realisasi are figures and whose Pagu is not zero, with those two cells.
func eachSerapan(w *wb.Workbook, fn func(r *wb.Row, pagu, real *wb.Cell)) {
	for _, t := range budgetPerSasaranTables(w) {
		for _, r := range t.AllRows() {
			pagu, real := r.Cell(wb.RolePagu), r.Cell(wb.RoleRealisasi)
			if pagu == nil || !pagu.IsFigure() || pagu.Num.IsZero() || real == nil || !real.IsFigure() {
				continue
			}
			fn(r, pagu, real)
		}
	}
}

// sasaranCapaian is the capaian of one sasaran in Pengukuran: the average of the % Capaian T
// its indicators report (spec, "Anggaran Sasaran").
type sasaranCapaian struct {
	name  string
	value decimal.Decimal
	n     int
	cells []*wb.Cell // the indicators' % Capaian T cells
	// unknown marks a sasaran with an indicator whose capaian is not available ("n/a", or a
	// realisation "n/a" and no capaian): its average cannot be computed and is not judged
	// (UM018 says so).
	unknown bool
}

// expr is the sasaran's capaian as an expression of its indicators' capaian cells.
func (s *sasaranCapaian) expr() reconcile.Expr {
	return reconcile.Sum(s.cells...).Over(decimal.NewFromInt(int64(s.n)))
}

// averageExpr is the average of the sasaran capaian as one expression of the indicators'
// capaian cells: Σ over sasaran of (Σ of its capaian) / n_s, divided by the number of sasaran.
func averageExpr(measured []*sasaranCapaian) reconcile.Expr {
	l := int64(1)
	for _, m := range measured {
		l = lcm(l, int64(m.n))
	}
	parts := make([]reconcile.Expr, 0, len(measured))
	for _, m := range measured {
		coef := decimal.NewFromInt(l / int64(m.n))
		// Scaled one sasaran at a time: Plus copies the terms at every step (see SumOf).
		s := reconcile.Sum(m.cells...)
		for i := range s.Terms {
			s.Terms[i].Coef = coef
		}
		parts = append(parts, s)
	}
	return reconcile.SumOf(parts...).Over(decimal.NewFromInt(l * int64(len(measured))))
}

func lcm(a, b int64) int64 {
	x, y := a, b
	for y != 0 {
		x, y = y, x%y
	}
	return a / x * b
}

// anyUnknown reports whether some sasaran's capaian is not available: the average over all
// of them cannot be computed.
func anyUnknown(measured []*sasaranCapaian) bool {
	for _, m := range measured {
		if m.unknown {
			return true
		}
	}
	return false
}

// capaianBySasaran averages the reported % Capaian T per sasaran of the Pengukuran tables, in
// the order the sasaran first appear.
func capaianBySasaran(w *wb.Workbook) []*sasaranCapaian {
	var out []*sasaranCapaian
	index := map[string]*sasaranCapaian{}
	for _, t := range measurementTables(w) {
		for _, r := range t.Rows {
			c := r.Cell(wb.RoleCapaian)
			key := normText(r.Sasaran)
			na := notAvailable(c) || c != nil && !c.IsFigure() && unmeasured(r)
			if c == nil || !c.IsFigure() && !na || key == "" {
				continue
			}
			s := index[key]
			if s == nil {
				s = &sasaranCapaian{name: r.Sasaran}
				index[key] = s
				out = append(out, s)
			}
			if na {
				s.unknown = true
				continue
			}
			s.value = s.value.Add(c.Num)
			s.n++
			s.cells = append(s.cells, c)
		}
	}
	for _, s := range out {
		if s.n == 0 {
			continue // unknown: no capaian at all
		}
		s.value = s.value.DivRound(decimal.NewFromInt(int64(s.n)), divPlaces)
	}
	return out
}

// findSasaran matches a sasaran name against a list: by its normalised text, or failing
// that by the one entry sharing most of its words (at least half of them), so that a sasaran
// retyped with a small difference still finds its measurement.
func findSasaran(name string, list []*sasaranCapaian) *sasaranCapaian {
	key := normText(name)
	if key == "" {
		return nil
	}
	for _, s := range list {
		if normText(s.name) == key {
			return s
		}
	}
	// Compare shares common/union as fractions by cross-multiplying: whole numbers only.
	var best *sasaranCapaian
	bestC, bestU, tie := 0, 1, false
	for _, s := range list {
		c, u := overlap(key, normText(s.name))
		switch {
		case c*bestU > bestC*u:
			best, bestC, bestU, tie = s, c, u, false
		case c*bestU == bestC*u:
			tie = true
		}
	}
	if best == nil || bestC*2 < bestU || tie {
		return nil
	}
	return best
}

// overlap counts the words two texts share and the words of both together (their Jaccard
// index is common/union).
func overlap(a, b string) (common, union int) {
	wa, wb := strings.Fields(a), strings.Fields(b)
	set := map[string]bool{}
	for _, w := range wa {
		set[w] = true
	}
	union = len(set)
	seen := map[string]bool{}
	for _, w := range wb {
		if seen[w] {
			continue
		}
		seen[w] = true
		if set[w] {
			common++
		} else {
			union++
		}
	}
	return common, union
}
