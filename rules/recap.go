package rules

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"lkjip/reconcile"
	"lkjip/reconcile/number"
	wb "lkjip/reconcile/workbook"
)

// Summarize computes what a batch needs of one workbook: its recap figures (pagu,
// realisasi, % serapan, average capaian and predikat, computed from the detail as the rules
// compute them) and what the checks across files compare.
func Summarize(w *wb.Workbook, s *reconcile.Settings) *reconcile.Summary {
	sum := &reconcile.Summary{}
	if p := w.Identitas.Get("Kabupaten/Kota"); p != nil {
		sum.Kabupaten = p.Value.String()
	}
	if bt, ok := budgetTotals(w); ok {
		sum.Pagu, sum.Realisasi, sum.HasBudget = bt.anggaran, bt.realisasi, true
		if !bt.anggaran.IsZero() {
			sum.Serapan = pct(bt.realisasi, bt.anggaran)
		}
	}
	if measured := capaianBySasaran(w); len(measured) > 0 && !anyUnknown(measured) {
		sum.AvgCapaian, sum.HasCapaian = averageCapaian(measured), true
		scale := w.Scale
		if s != nil && s.Scale != nil {
			scale = *s.Scale
		}
		sum.Predikat, _ = scale.Predikat(number.Round(sum.AvgCapaian, 2))
	}
	for _, t := range measurementTables(w) {
		for _, r := range t.Rows {
			ind := reconcile.Indicator{Key: normText(r.Sasaran) + "|" + normText(r.Label()), Name: r.Label(), Sheet: t.Sheet.Name}
			for i, role := range []wb.Role{wb.RoleCapaian, wb.RoleCapaian1, wb.RoleCapaian2} {
				if c := r.Cell(role); c.IsFigure() {
					ind.Capaian[i] = reconcile.Figure{Cell: c.Ref(), Value: c.Num, Decimals: int(c.Decimals), Present: true}
				}
			}
			sum.Indicators = append(sum.Indicators, ind)
		}
	}
	sum.Fingerprint = fingerprint(w)
	for _, x := range []struct {
		key string
		out *string
	}{{"% Serapan Anggaran", &sum.Reported.Serapan}, {"Rata-rata Capaian", &sum.Reported.AvgCapaian}, {"Predikat", &sum.Reported.Predikat}} {
		if p := w.Ringkasan.Get(x.key); p != nil {
			if c := p.Value; c.IsFigure() {
				*x.out = number.Plain(c.Num, int(c.Decimals))
			} else {
				*x.out = strings.TrimSpace(c.Value())
			}
		}
	}
	return sum
}

// appendDecimal appends d as d.String() writes it, a whole amount without allocating.
func appendDecimal(b []byte, d decimal.Decimal) []byte {
	if d.Exponent() == 0 && d.Cmp(maxInt64) < 0 && d.Cmp(minInt64) > 0 {
		return strconv.AppendInt(b, d.CoefficientInt64(), 10)
	}
	return append(b, d.String()...)
}

var (
	maxInt64 = decimal.NewFromInt(1 << 62)
	minInt64 = decimal.NewFromInt(-1 << 62)
)

// fingerprint hashes every figure of every table and label/value sheet, with where it
// stands, so that two files with the same figures have the same fingerprint whatever their
// names, styles or layout details.
func fingerprint(w *wb.Workbook) string {
	h := sha256.New()
	var line []byte // written by hand, not with Fprintf: every figure of every file passes here
	for _, t := range w.Tables {
		for _, r := range t.AllRows() {
			for _, c := range t.Columns {
				// The sheet's own cell, nil where there is none: r.At would make a blank one
				// for every empty cell of a 100,000-row table.
				if cell := t.Sheet.Cell(r.Num, c.Col); cell.IsFigure() {
					line = append(append(line[:0], t.Kind...), '|')
					line = append(strconv.AppendInt(line, int64(r.Index), 10), '|')
					line = append(append(line, c.Role...), '|')
					line = appendDecimal(line, cell.Num)
					h.Write(append(line, '\n'))
				}
			}
		}
	}
	for _, p := range []*wb.Pairs{w.Identitas, w.Ringkasan} {
		if p == nil {
			continue
		}
		for _, it := range p.Items {
			line = append(append(line[:0], p.Kind...), '|')
			line = append(append(line, it.Key...), '|')
			line = append(append(line, it.Value.String()...), '\n')
			h.Write(line)
		}
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}
