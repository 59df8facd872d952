package rules

import (
	"strings"

	"github.com/shopspring/decimal"

	"lkjip/reconcile"
	wb "lkjip/reconcile/workbook"
)

// Polarity says which way an indicator is better (spec, "Pengukuran").
type Polarity int

// Polarities.
const (
	Positif Polarity = iota // higher is better
	Negatif                 // lower is better
	Rentang                 // inside a target range is best
	unknownPolarity
)

// polarityOf reads a Polaritas cell; blank means Positif.
func polarityOf(c *wb.Cell) Polarity {
	s := strings.ToLower(strings.TrimSpace(c.Value()))
	switch s {
	case "", "positif", "+", "maksimal", "maksimum", "max", "positive", "naik", "semakin tinggi semakin baik":
		return Positif
	case "negatif", "-", "minimal", "minimum", "min", "negative", "turun", "semakin rendah semakin baik":
		return Negatif
	case "rentang", "range", "stabil", "interval":
		return Rentang
	}
	return unknownPolarity
}

// capaian is the outcome of computing one % capaian.
type capaian struct {
	value decimal.Decimal
	ok    bool
	// zero is set when the computation would divide by zero: a reviewer must look.
	zero bool
}

// computeCapaian applies the spec's formula for a polarity to a realisation and a target
// cell (a figure, or for Rentang a range such as "60 – 70").
func computeCapaian(pol Polarity, realisasi decimal.Decimal, target *wb.Cell, s *reconcile.Settings) capaian {
	if lo, hi, ok := targetRange(target); ok && pol != Negatif {
		switch {
		case realisasi.LessThan(lo):
			if lo.IsZero() {
				return capaian{zero: true}
			}
			return capaian{value: pct(realisasi, lo), ok: true}
		case realisasi.GreaterThan(hi):
			if hi.IsZero() {
				return capaian{zero: true}
			}
			return capaian{value: pct(realisasi, hi), ok: true}
		}
		return capaian{value: hundred, ok: true}
	}
	t, ok := figureOf(target)
	if !ok {
		return capaian{}
	}
	switch pol {
	case Negatif:
		if s != nil && s.Negatif == reconcile.NegatifRatio {
			if realisasi.IsZero() {
				return capaian{zero: true}
			}
			return capaian{value: pct(t, realisasi), ok: true}
		}
		if t.IsZero() {
			return capaian{zero: true}
		}
		return capaian{value: pct(t.Mul(decimal.NewFromInt(2)).Sub(realisasi), t), ok: true}
	default: // Positif, and Rentang with a single target
		if t.IsZero() {
			return capaian{zero: true}
		}
		return capaian{value: pct(realisasi, t), ok: true}
	}
}

// measurementTables returns the workbook's Pengukuran tables.
func measurementTables(w *wb.Workbook) []*wb.Table { return w.TablesOf(wb.Pengukuran) }

// polarityName prints a polarity in messages.
func polarityName(p Polarity) string {
	switch p {
	case Negatif:
		return "Negatif"
	case Rentang:
		return "Rentang"
	}
	return "Positif"
}
