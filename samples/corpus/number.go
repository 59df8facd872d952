package corpus

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"

	"lkjip/reconcile/number"

	"lkjip/samples/build"
)

// Figures are decimals from start to end: amounts are drawn as random integers, percentages
// are exact quotients rounded half up, and every cell is printed from the decimal in
// Indonesian notation. Nothing passes through float64.

var (
	hundred = decimal.NewFromInt(100)
	two     = decimal.NewFromInt(2)
)

// quo is num / den rounded half up to places decimals, exactly: the quotient is cut at places
// decimals and the remainder decides.
func quo(num, den decimal.Decimal, places int32) decimal.Decimal {
	if den.Sign() <= 0 || num.Sign() < 0 {
		panic(fmt.Sprintf("corpus: quo(%s, %s): only non-negative quotients are used", num, den))
	}
	q, r := num.QuoRem(den, places)
	if r.Mul(two).Shift(places).GreaterThanOrEqual(den) {
		q = q.Add(decimal.New(1, -places))
	}
	return q
}

// percent is num / den x 100 at 2 decimals, half up.
func percent(num, den decimal.Decimal) decimal.Decimal { return quo(num.Mul(hundred), den, 2) }

// printed prints d in Indonesian notation with exactly places decimals: "2.739.149.000",
// "98,32", "-1.500". d must already be rounded to places.
func printed(d decimal.Decimal, places int32) string {
	if !d.Round(places).Equal(d) {
		panic(fmt.Sprintf("corpus: %s has more than %d decimals", d, places))
	}
	return number.Indonesian(d, int(places))
}

// short prints a figure such as a target or a realisation with only the decimals it needs:
// "85", "87,5", "87,55".
func short(d decimal.Decimal) string {
	for p := int32(0); p < 4; p++ {
		if d.Round(p).Equal(d) {
			return printed(d, p)
		}
	}
	return printed(d.Round(4), 4)
}

// plain prints d the way a finding's expected value is written: "98.32", "2739149000".
func plain(d decimal.Decimal, places int32) string { return d.StringFixed(places) }

// amount is a printed amount in whole rupiah.
func amount(d decimal.Decimal) build.Cell { return build.N(printed(d, 0)) }

// pct is a printed percentage at 2 decimals.
func pct(d decimal.Decimal) build.Cell { return build.N(printed(d, 2)) }

// count is a printed staff or item count, "-" for none.
func count(n int) build.Cell {
	if n == 0 {
		return build.T("-")
	}
	return build.N(fmt.Sprint(n))
}

// hundredths is n / 100: the way random integers become figures with two decimals.
func hundredths(n int64) decimal.Decimal { return decimal.New(n, -2) }

// valueOf reads a printed figure back; ok is false for text such as "-" or "60 – 70".
func valueOf(c build.Cell) (d decimal.Decimal, places int32, ok bool) {
	if !c.Num {
		return decimal.Zero, 0, false
	}
	s, err := build.Stored(c.Text)
	if err != nil {
		return decimal.Zero, 0, false
	}
	if _, frac, found := strings.Cut(c.Text, ","); found {
		places = int32(len(frac))
	}
	return decimal.RequireFromString(s), places, true
}

// predikat is the label of the contiguous default scale the generated Skala sheet writes:
// from 90 Amat Baik, from 80 Baik, from 50 Cukup Baik, below 50 Kurang.
func predikat(c decimal.Decimal) string {
	switch {
	case c.GreaterThanOrEqual(decimal.NewFromInt(90)):
		return "Amat Baik"
	case c.GreaterThanOrEqual(decimal.NewFromInt(80)):
		return "Baik"
	case c.GreaterThanOrEqual(decimal.NewFromInt(50)):
		return "Cukup Baik"
	}
	return "Kurang"
}

var predikatLabels = []string{"Amat Baik", "Baik", "Cukup Baik", "Kurang"}
