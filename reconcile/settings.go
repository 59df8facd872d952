package reconcile

import "github.com/shopspring/decimal"

// Formulas the spec leaves to the settings.
const (
	// NegatifDefault is (2 x Target - Realisasi) / Target x 100, PermenPANRB 8/2021.
	NegatifDefault = "2T-R"
	// NegatifRatio is Target / Realisasi x 100, the other formula seen in reports.
	NegatifRatio = "T/R"
	// EfisiensiDefault is 100 - % Serapan, the formula the Kragan report states.
	EfisiensiDefault = "100-serapan"
)

// Settings are the choices a run makes where the spec allows several.
type Settings struct {
	Lang string // "id" (default) or "en"
	// Negatif is the % capaian formula for lower-is-better indicators.
	Negatif   string
	Efisiensi string
	// Tolerances widens the rounding rule per rule ID (default: none).
	Tolerances map[string]decimal.Decimal
	// Disabled turns rules off by ID.
	Disabled map[string]bool
	// DeadlineMonth and DeadlineDay are the end of the filing window in the year after the
	// report year: a report must be signed before that day (default 1 April, the date by
	// which PermenPANRB 53/2014 has the LKjIP delivered: three months after the year's end).
	DeadlineMonth, DeadlineDay int
}

// DefaultSettings returns the spec's defaults.
func DefaultSettings() *Settings {
	return &Settings{Lang: "id", Negatif: NegatifDefault, Efisiensi: EfisiensiDefault, DeadlineMonth: 4, DeadlineDay: 1}
}

// Tolerance returns the tolerance of a rule; zero unless the settings widen it.
func (s *Settings) Tolerance(rule string) decimal.Decimal {
	if s == nil {
		return decimal.Zero
	}
	return s.Tolerances[rule]
}
