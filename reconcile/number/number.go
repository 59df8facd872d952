// Package number reads the numbers of an LKjIP workbook exactly and applies the spec's
// rounding rule. Nothing here goes through float64: a figure is the decimal its Indonesian
// notation spells, or its stored text read at Excel's 15 significant digits (spec, "Reading
// rules" and "Rounding").
package number

import (
	"strings"

	"github.com/shopspring/decimal"
)

// maxShownDecimals is the most decimals a figure in the General format shows. Excel's General
// format shows at most ten digits (1/3 shows 0,333333333; all 15 are only in the formula bar),
// so a figure with more decimals, in practice a ratio Excel computed (96.6666666666667), is
// compared at nine. Its 15th digit is the double's, not the exact ratio's, and differs from
// the exact ratio rounded there in a few ratios in a hundred.
const maxShownDecimals = 9

// excelDigits is the precision of a number in Excel: a stored double is shown and computed at
// 15 significant digits (spec, "Rounding").
const excelDigits = 15

// Number is one figure as read from a cell.
type Number struct {
	Value decimal.Decimal
	// Decimals is how many decimals the figure shows; the rounding rule compares at this
	// precision.
	Decimals int
	// Percent is true when the text carried a % sign or the cell a percent format.
	Percent bool
}

// Stored reads the text of a numeric cell as the XML stores it ("98.32", "2739149000",
// "9.832E1", "98.31999999999999") at Excel's 15 significant digits: the float artefact
// 98.31999999999999 (Excel writes 98,32 so) reads 98.32, the value Excel shows and computes
// with. The decimals it returns are those the value shows in the General format; a number
// format may override them.
func Stored(s string) (Number, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 400 {
		return Number{}, false
	}
	for _, r := range s {
		if !(r >= '0' && r <= '9' || r == '.' || r == '-' || r == '+' || r == 'e' || r == 'E') {
			return Number{}, false
		}
	}
	d, err := decimal.NewFromString(s)
	if err != nil {
		return Number{}, false
	}
	d = ExcelPrecision(d)
	return Number{Value: d, Decimals: ShownDecimals(d)}, true
}

// ExcelPrecision rounds d to 15 significant digits, as Excel shows and computes a stored double,
// and drops the trailing zeros after the point: 71.09999999999999 is 71.1, 2739149000.0000002
// is 2739149000, and the 16-digit 1234567890123456 is 1234567890123460 (Excel shows it so; only
// typing it in Excel cuts the 16th digit to 0). A value of 15 significant digits or fewer is
// returned as it is.
//
// A tie (a 16th digit of exactly 5 and nothing after it) rounds half away from zero, like
// Excel's ROUND and the spec's rounding rule. Excel rounds the binary double itself, which the
// stored text (17 digits, or the fewest that read back) only approximates, so a tie in the
// text is rare and could go either way in Excel; away from zero keeps one rounding rule
// throughout.
func ExcelPrecision(d decimal.Decimal) decimal.Decimal {
	extra := d.NumDigits() - excelDigits
	if extra <= 0 {
		return d
	}
	return d.Round(-d.Exponent() - int32(extra)).Normalize()
}

// ShownDecimals is the number of decimals a value in the General format shows: the digits
// after the point of its plain form, at most maxShownDecimals.
func ShownDecimals(d decimal.Decimal) int {
	// Every figure read passes here: count the coefficient's trailing zeros in an int64
	// when it fits, rather than printing the value.
	exp := int(d.Exponent())
	if exp >= 0 {
		return 0
	}
	if c := d.Coefficient(); c.IsInt64() {
		v := c.Int64()
		if v == 0 {
			return 0
		}
		for exp < 0 && v%10 == 0 {
			v /= 10
			exp++
		}
		if -exp <= maxShownDecimals {
			return -exp
		}
		return maxShownDecimals
	}
	return shownDecimalsPrinted(d)
}

func shownDecimalsPrinted(d decimal.Decimal) int {
	s := d.String() // plain form, trailing zeros trimmed as General shows it
	i := strings.IndexByte(s, '.')
	if i < 0 {
		return 0
	}
	if n := len(s) - i - 1; n <= maxShownDecimals {
		return n
	}
	return maxShownDecimals
}

// Text reads a figure typed as text in Indonesian (or plain English) notation:
// "2.739.149.000", "98,32", "Rp. 340.500.000,-", "Rp340.500.000,00", "(1.500.000)", "95 %",
// "-1.250,5". ok is false for text that is not a number. none is true for "-", "–" and blank,
// which the reports use for "nothing" (read as no figure, not as an error).
func Text(s string) (n Number, none, ok bool) {
	s = strings.TrimSpace(strings.Map(func(r rune) rune {
		switch r {
		case '\u00a0', '\u2007', '\u202f', '\t':
			return ' '
		}
		return r
	}, s))
	switch s {
	case "", "-", "--", "–", "—", "−":
		return Number{}, true, true
	}
	neg := false
	if strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") {
		neg = true
		s = strings.TrimSpace(s[1 : len(s)-1])
	}
	for _, p := range []string{"-", "−", "–"} {
		if strings.HasPrefix(s, p) {
			neg = !neg
			s = strings.TrimSpace(s[len(p):])
			break
		}
	}
	low := strings.ToLower(s)
	if strings.HasPrefix(low, "rp") {
		s = strings.TrimSpace(strings.TrimPrefix(s[2:], "."))
	}
	if strings.HasPrefix(s, "-") && !neg { // "Rp -1.000"
		neg = true
		s = strings.TrimSpace(s[1:])
	}
	// ",-" and ".-" close an amount in Indonesian writing: "340.500.000,-".
	for _, suf := range []string{",-", ".-", ",–", ",--"} {
		s = strings.TrimSuffix(s, suf)
	}
	s = strings.TrimSpace(s)
	if strings.HasSuffix(s, "%") {
		n.Percent = true
		s = strings.TrimSpace(strings.TrimSuffix(s, "%"))
	}
	digits, dec, ok := normalise(s)
	if !ok {
		return Number{}, false, false
	}
	d, err := decimal.NewFromString(digits)
	if err != nil {
		return Number{}, false, false
	}
	if neg {
		d = d.Neg()
	}
	n.Value, n.Decimals = d, dec
	return n, false, true
}

// normalise turns the digits and separators of an Indonesian or English number into the plain
// form decimal reads, and counts the decimals written. A "." followed by exactly three digits is
// a thousands separator (Indonesian), as is every separator that repeats; the last of two
// different separators is the decimal one.
func normalise(s string) (plain string, decimals int, ok bool) {
	// No figure of a report has more than 40 digits; a longer run is not a number here (and
	// its printed form, with separators, could not be read back).
	if s == "" || len(s) > 128 {
		return "", 0, false
	}
	// Spaces between digit groups ("1 500 000") are thousands separators.
	s = strings.ReplaceAll(s, " ", "")
	var dots, commas int
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
		case r == '.':
			dots++
		case r == ',':
			commas++
		default:
			return "", 0, false
		}
	}
	if s[0] < '0' || s[0] > '9' {
		if !(s[0] == ',' || s[0] == '.') || len(s) < 2 {
			return "", 0, false
		}
		s = "0" + s
	}
	if s[len(s)-1] < '0' || s[len(s)-1] > '9' {
		return "", 0, false
	}
	var decSep byte
	switch {
	case dots > 0 && commas > 0:
		if strings.LastIndexByte(s, ',') > strings.LastIndexByte(s, '.') {
			decSep = ','
		} else {
			decSep = '.'
		}
	case dots == 1:
		i := strings.IndexByte(s, '.')
		if len(s)-i-1 != 3 {
			decSep = '.'
		}
	case commas == 1:
		decSep = ','
	}
	var b strings.Builder
	seenDec := false
	groupLen := -1
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			b.WriteByte(c)
			if seenDec {
				decimals++
			} else if groupLen >= 0 {
				groupLen++
			}
		case c == decSep:
			if groupLen >= 0 && groupLen != 3 {
				return "", 0, false
			}
			seenDec = true
			groupLen = -1
			b.WriteByte('.')
		default: // a thousands separator: the group before it must be whole
			if seenDec || (groupLen >= 0 && groupLen != 3) {
				return "", 0, false
			}
			groupLen = 0
		}
	}
	if groupLen >= 0 && groupLen != 3 || b.Len() > 41 {
		return "", 0, false
	}
	return b.String(), decimals, true
}

// Round rounds half up (away from zero, as Excel's ROUND and the reports do) at places
// decimals.
func Round(d decimal.Decimal, places int) decimal.Decimal {
	return d.Round(int32(places))
}

// Equal reports whether a figure showing places decimals is right for the exact value: the
// spec's rounding rule, widened by tolerance (zero by default).
func Equal(shown decimal.Decimal, places int, exact decimal.Decimal, tolerance decimal.Decimal) bool {
	if shown.Exponent() == exact.Exponent() && tolerance.Sign() >= 0 && shown.Equal(exact) {
		return true // the common case, without rounding either
	}
	// The shown figure is rounded too: a cell formatted 0.00 holding 98.3245 shows 98.32.
	e, s := Round(exact, places), Round(shown, places)
	if tolerance.IsZero() {
		return e.Equal(s) // every relation is judged here, thousands of times a file: no Sub
	}
	return e.Sub(s).Abs().LessThanOrEqual(tolerance)
}

// Plain prints d in plain notation at exactly places decimals ("98.32", "2739149000").
func Plain(d decimal.Decimal, places int) string {
	if places < 0 {
		places = 0
	}
	return d.StringFixed(int32(places))
}

// Indonesian prints d in Indonesian notation at places decimals: "2.739.149.000", "98,32".
func Indonesian(d decimal.Decimal, places int) string {
	return group(Plain(d, places), '.', ',')
}

// English prints d with English separators: "2,739,149,000", "98.32".
func English(d decimal.Decimal, places int) string {
	return group(Plain(d, places), ',', '.')
}

func group(plain string, thousands, point byte) string {
	neg := strings.HasPrefix(plain, "-")
	plain = strings.TrimPrefix(plain, "-")
	intPart, frac, hasFrac := strings.Cut(plain, ".")
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i := 0; i < len(intPart); i++ {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(thousands)
		}
		b.WriteByte(intPart[i])
	}
	if hasFrac {
		b.WriteByte(point)
		b.WriteString(frac)
	}
	return b.String()
}
