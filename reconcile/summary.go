package reconcile

import (
	"github.com/shopspring/decimal"

	"lkjip/reconcile/workbook"
)

// Summarizer computes a checked workbook's Summary (the catalogue provides it: it knows the
// domain's figures).
type Summarizer func(*workbook.Workbook, *Settings) *Summary

// Summary is what a batch needs to know of one workbook once it has been checked: the figures
// of a recap row and what the checks across files compare. It is small on purpose: a batch
// over every kecamatan of the country keeps one per file, never the workbook itself.
type Summary struct {
	Kabupaten string
	// Pagu and Realisasi are the budget's totals; HasBudget is false without a budget table.
	Pagu, Realisasi decimal.Decimal
	HasBudget       bool
	// Serapan is Realisasi / Pagu x 100, exact; AvgCapaian the average sasaran capaian of
	// Pengukuran, exact, with its Predikat on the scale in use.
	Serapan    decimal.Decimal
	AvgCapaian decimal.Decimal
	HasCapaian bool
	Predikat   string
	// Reported are the same three as the unit's Ringkasan writes them ("" where it does not):
	// the recap shows them beside lkjip's.
	Reported struct{ Serapan, AvgCapaian, Predikat string }
	// Indicators are read with Result.Indicators: a batch may have spilled them to disk.
	Indicators []Indicator
	// Fingerprint identifies the workbook's figures: two submissions with the same one
	// carry the same numbers.
	Fingerprint string
}

// Indicator is one Pengukuran row's capaian by year, for comparing a unit's workbooks of
// consecutive years.
type Indicator struct {
	Key   string // the indicator's normalised text (with its sasaran's)
	Name  string
	Sheet string
	// Capaian holds % Capaian T, T-1 and T-2 as written, by offset (0, 1, 2).
	Capaian [3]Figure
}

// Figure is one written figure and where it stands.
type Figure struct {
	Cell     string
	Value    decimal.Decimal
	Decimals int
	Present  bool
}
