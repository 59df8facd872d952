package mutation

import (
	"strings"

	"github.com/shopspring/decimal"

	"lkjip/reconcile/number"
)

// A typo is what a person typing a figure gets wrong. Each works on the digits the cell
// shows (its figure rounded half up at the decimals it shows), so that the changed figure
// always differs from the original at those decimals: the rounding never hides it.
const (
	// Digit changes one digit by one (a 9 becomes 8): the thousands digit of an amount of
	// four digits or more (2.739.149.000 -> 2.739.148.000), else the units digit
	// (98,32 -> 99,32; 3 -> 4).
	Digit = "digit"
	// Swap swaps two adjacent different digits: for an amount of five digits or more, the
	// pair nearest the thousands (2.739.149.000 -> 2.739.194.000); else the last such pair
	// (98,32 -> 98,23; 87,55 -> 85,75; 12 -> 21). A swap that would put a zero first is not
	// made (80 -> 08), nor one in a figure without two different adjacent digits (3, 100).
	Swap = "swap"
)

// Typos lists the typos in the order they are made.
var Typos = []string{Digit, Swap}

// typo returns the figure a typo makes of v shown at places decimals; ok is false when the
// typo cannot be made in v (see Swap).
func typo(kind string, v decimal.Decimal, places int) (decimal.Decimal, bool) {
	neg := v.Sign() < 0
	s := number.Plain(v.Abs(), places)
	digits := []byte(strings.Replace(s, ".", "", 1))
	n := len(digits)
	// pos(k) is the index in digits of the digit worth 10^k (k = -places is the last).
	pos := func(k int) int { return n - 1 - places - k }
	amount := places == 0 && n >= 4

	switch kind {
	case Digit:
		i := pos(0)
		if amount {
			i = pos(3)
		}
		if digits[i] == '9' {
			digits[i] = '8'
		} else {
			digits[i]++
		}
	case Swap:
		// Pairs (i, i+1) in the order tried.
		var order []int
		if places == 0 && n >= 5 {
			for i := pos(4); i >= 0; i-- { // the thousands and ten thousands, then upward
				order = append(order, i)
			}
			for i := pos(4) + 1; i+1 < n; i++ { // then downward
				order = append(order, i)
			}
		} else {
			for i := n - 2; i >= 0; i-- {
				order = append(order, i)
			}
		}
		found := false
		for _, i := range order {
			if digits[i] == digits[i+1] || i == 0 && digits[i+1] == '0' {
				continue
			}
			digits[i], digits[i+1] = digits[i+1], digits[i]
			found = true
			break
		}
		if !found {
			return decimal.Decimal{}, false
		}
	default:
		panic("mutation: unknown typo " + kind)
	}
	out := string(digits)
	if places > 0 {
		out = out[:n-places] + "." + out[n-places:]
	}
	d := decimal.RequireFromString(out)
	if neg {
		d = d.Neg()
	}
	return d, true
}
