package rules

import (
	"github.com/shopspring/decimal"

	"lkjip/reconcile/number"
	wb "lkjip/reconcile/workbook"
)

// sklBand is one row of a scale read from a Skala sheet, with its bound cells. A bound is
// known when its cell holds a figure; a row written "below 50" has no Batas Bawah.
type sklBand struct {
	wb.Band
	low, up       *wb.Cell
	hasLow, hasUp bool
	lowV, upV     decimal.Decimal // as the cells show them
}

// sklBands returns the bands of a scale read from a Skala sheet, highest first as the reader
// ordered them; nil for the default scale, which is right by construction.
func sklBands(w *wb.Workbook) []sklBand {
	if w.Scale.Table == nil {
		return nil
	}
	var out []sklBand
	for _, b := range w.Scale.Bands {
		if b.Row == nil {
			continue
		}
		s := sklBand{Band: b, low: b.LowerCell, up: b.UpperCell}
		if s.low == nil {
			s.low = b.Row.Cell(wb.RoleBatasBawah) // a "below 50" row: its empty Batas Bawah
		}
		if s.up == nil {
			s.up = b.Row.Cell(wb.RoleBatasAtas)
		}
		if s.hasLow = s.low.IsFigure(); s.hasLow {
			s.lowV = sklShown(s.low)
		}
		if s.hasUp = s.up.IsFigure(); s.hasUp {
			s.upV = sklShown(s.up)
		}
		out = append(out, s)
	}
	return out
}

// sklShown is a bound as its cell shows it (89.996 formatted 0.00 is 90; a float artefact
// such as 89.99999999999999 is already read as 90).
func sklShown(c *wb.Cell) decimal.Decimal {
	return number.Round(c.Num, int(c.Decimals))
}

// sklSameStart reports whether band i starts where the band above it starts.
func sklSameStart(bands []sklBand, i int) bool {
	return i > 0 && bands[i-1].hasLow && bands[i].hasLow && bands[i].lowV.Equal(bands[i-1].lowV)
}

// sklJoinsAbove reports whether SKL001 judges band i's Batas Atas against the band above it.
func sklJoinsAbove(bands []sklBand, i int) bool {
	return i > 0 && bands[i-1].hasLow && bands[i].hasUp && !sklSameStart(bands, i)
}
