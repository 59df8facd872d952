package realreports

import (
	"fmt"
	"math/big"
	"regexp"
	"strings"

	"github.com/xuri/excelize/v2"
)

// This file recomputes the expectations' figures exactly, with math/big rationals (never
// float64), so that every "right" and every "mistake" of the sources is checked by a test
// and not only by the transcriber's hand.

// Printed reads a figure as a report prints it, in either notation: "749.930.215" and
// "2.325,32 M" (Indonesian), "1,004,422,800" and "88.6" (US), "21,84%", "55%", "3*". It
// returns the value and the number of decimals printed. A lone separator followed by three
// digits ("1.500", "1,500") is read as a thousands separator, which no source here contradicts.
func Printed(text string) (*big.Rat, int, error) {
	s := strings.TrimSpace(text)
	for _, cut := range []string{"Rp.", "Rp", "%", "*"} {
		s = strings.ReplaceAll(s, cut, "")
	}
	s = strings.TrimSuffix(strings.TrimSpace(s), "M")
	s = strings.TrimSuffix(strings.TrimSpace(s), ",-")
	s = strings.ReplaceAll(s, " ", "")
	if s == "" {
		return nil, 0, fmt.Errorf("%q: no figure", text)
	}
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	dot, comma := strings.LastIndex(s, "."), strings.LastIndex(s, ",")
	var intPart, frac string
	switch {
	case dot >= 0 && comma >= 0: // both: the later one is the decimal separator
		if dot > comma {
			intPart, frac = strings.ReplaceAll(s[:dot], ",", ""), s[dot+1:]
		} else {
			intPart, frac = strings.ReplaceAll(s[:comma], ".", ""), s[comma+1:]
		}
	case dot >= 0:
		intPart, frac = splitOne(s, ".")
	case comma >= 0:
		intPart, frac = splitOne(s, ",")
	default:
		intPart = s
	}
	if !reDigits.MatchString(intPart) || (frac != "" && !reDigits.MatchString(frac)) {
		return nil, 0, fmt.Errorf("%q: not a figure", text)
	}
	r, ok := new(big.Rat).SetString(intPart + "." + frac + "0")
	if !ok {
		return nil, 0, fmt.Errorf("%q: not a figure", text)
	}
	if neg {
		r.Neg(r)
	}
	return r, len(frac), nil
}

var (
	reDigits    = regexp.MustCompile(`^[0-9]+$`)
	reThousands = regexp.MustCompile(`^[0-9]{1,3}(SEP[0-9]{3})+$`)
)

// splitOne splits on the only kind of separator present: thousands when every group after
// the first has three digits, else the decimal separator.
func splitOne(s, sep string) (string, string) {
	if regexp.MustCompile(strings.ReplaceAll(reThousands.String(), "SEP", regexp.QuoteMeta(sep))).MatchString(s) {
		return strings.ReplaceAll(s, sep, ""), ""
	}
	if strings.Count(s, sep) > 1 {
		return "x", "" // two decimal separators: not a figure
	}
	i, f, _ := strings.Cut(s, sep)
	return i, f
}

// span is a closed interval of exact values; lo == hi for a figure taken as exact.
type span struct{ lo, hi *big.Rat }

func point(r *big.Rat) span { return span{r, r} }

func (a span) add(b span) span {
	return span{new(big.Rat).Add(a.lo, b.lo), new(big.Rat).Add(a.hi, b.hi)}
}

func (a span) sub(b span) span {
	return span{new(big.Rat).Sub(a.lo, b.hi), new(big.Rat).Sub(a.hi, b.lo)}
}

func (a span) mul(b span) span {
	return extremes(new(big.Rat).Mul(a.lo, b.lo), new(big.Rat).Mul(a.lo, b.hi),
		new(big.Rat).Mul(a.hi, b.lo), new(big.Rat).Mul(a.hi, b.hi))
}

func (a span) div(b span) (span, error) {
	if b.lo.Sign() <= 0 && b.hi.Sign() >= 0 {
		return span{}, fmt.Errorf("division by a value that is or may be 0")
	}
	return extremes(new(big.Rat).Quo(a.lo, b.lo), new(big.Rat).Quo(a.lo, b.hi),
		new(big.Rat).Quo(a.hi, b.lo), new(big.Rat).Quo(a.hi, b.hi)), nil
}

func extremes(rs ...*big.Rat) span {
	lo, hi := rs[0], rs[0]
	for _, r := range rs[1:] {
		if r.Cmp(lo) < 0 {
			lo = r
		}
		if r.Cmp(hi) > 0 {
			hi = r
		}
	}
	return span{lo, hi}
}

// Recompute evaluates an expectation's Calc over the source's printed cells. With Units set,
// every input stands for any value that rounds to what is printed, and the result is the
// interval of what the figure can be.
func Recompute(s *Source, e Expect) (lo, hi *big.Rat, err error) {
	sheet, _, _ := strings.Cut(e.Cell, "!")
	p := &calc{src: s, sheet: sheet, units: e.Units, toks: tokenize(e.Calc)}
	v, err := p.expr()
	if err == nil && p.pos != len(p.toks) {
		err = fmt.Errorf("unexpected %q", p.toks[p.pos])
	}
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %s: %w", e.Cell, e.Calc, err)
	}
	return v.lo, v.hi, nil
}

// Agrees reports whether a printed figure with its decimals can be the rounding (half up) of
// some value in [lo, hi].
func Agrees(printed *big.Rat, places int, lo, hi *big.Rat) bool {
	half := new(big.Rat).SetFrac(big.NewInt(1), new(big.Int).Mul(big.NewInt(2), pow10(places)))
	from := new(big.Rat).Sub(printed, half) // values from here (included) round up to printed
	to := new(big.Rat).Add(printed, half)   // up to here (excluded)
	return hi.Cmp(from) >= 0 && lo.Cmp(to) < 0
}

// Round rounds half up (away from zero) to places decimals and prints a plain decimal.
func Round(r *big.Rat, places int) string {
	scaled := new(big.Rat).Mul(new(big.Rat).Abs(r), new(big.Rat).SetInt(pow10(places)))
	scaled.Add(scaled, big.NewRat(1, 2))
	q := new(big.Int).Quo(scaled.Num(), scaled.Denom())
	out := new(big.Rat).SetFrac(q, pow10(places)).FloatString(places)
	if r.Sign() < 0 && strings.Trim(out, "0.") != "" {
		out = "-" + out
	}
	return out
}

func pow10(n int) *big.Int { return new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n)), nil) }

var reToken = regexp.MustCompile(`\s*([A-Z]+[0-9]+:[A-Z]+[0-9]+|[A-Z]+[0-9]+|[a-z]+|[0-9]+(\.[0-9]+)?|[-+*/(),])`)

func tokenize(s string) []string {
	var out []string
	for _, m := range reToken.FindAllStringSubmatch(s, -1) {
		out = append(out, m[1])
	}
	return out
}

type calc struct {
	src   *Source
	sheet string
	units bool
	toks  []string
	pos   int
}

func (c *calc) peek() string {
	if c.pos < len(c.toks) {
		return c.toks[c.pos]
	}
	return ""
}

func (c *calc) expr() (span, error) {
	v, err := c.term()
	for err == nil && (c.peek() == "+" || c.peek() == "-") {
		op := c.toks[c.pos]
		c.pos++
		var w span
		if w, err = c.term(); err == nil {
			if op == "+" {
				v = v.add(w)
			} else {
				v = v.sub(w)
			}
		}
	}
	return v, err
}

func (c *calc) term() (span, error) {
	v, err := c.factor()
	for err == nil && (c.peek() == "*" || c.peek() == "/") {
		op := c.toks[c.pos]
		c.pos++
		var w span
		if w, err = c.factor(); err == nil {
			if op == "*" {
				v = v.mul(w)
			} else {
				v, err = v.div(w)
			}
		}
	}
	return v, err
}

func (c *calc) factor() (span, error) {
	t := c.peek()
	c.pos++
	switch {
	case t == "":
		return span{}, fmt.Errorf("unexpected end")
	case t == "(":
		v, err := c.expr()
		if err == nil && c.peek() != ")" {
			err = fmt.Errorf("missing )")
		}
		c.pos++
		return v, err
	case t == "-":
		v, err := c.factor()
		return span{new(big.Rat).Neg(v.hi), new(big.Rat).Neg(v.lo)}, err
	case t == "sum" || t == "avg":
		return c.aggregate(t)
	case t[0] >= '0' && t[0] <= '9':
		r, _ := new(big.Rat).SetString(t)
		return point(r), nil
	case strings.Contains(t, ":"):
		return span{}, fmt.Errorf("range %s outside sum() or avg()", t)
	default:
		return c.cell(t)
	}
}

func (c *calc) aggregate(fn string) (span, error) {
	if c.peek() != "(" {
		return span{}, fmt.Errorf("%s without (", fn)
	}
	c.pos++
	var vals []span
	for {
		t := c.peek()
		if strings.Contains(t, ":") {
			c.pos++
			cells, err := cellsOf(t)
			if err != nil {
				return span{}, err
			}
			for _, a := range cells {
				v, err := c.cell(a)
				if err != nil {
					return span{}, err
				}
				vals = append(vals, v)
			}
		} else {
			v, err := c.expr()
			if err != nil {
				return span{}, err
			}
			vals = append(vals, v)
		}
		if c.peek() == "," {
			c.pos++
			continue
		}
		if c.peek() != ")" {
			return span{}, fmt.Errorf("%s: missing )", fn)
		}
		c.pos++
		break
	}
	total := point(new(big.Rat))
	for _, v := range vals {
		total = total.add(v)
	}
	if fn == "avg" {
		return total.div(point(big.NewRat(int64(len(vals)), 1)))
	}
	return total, nil
}

// cellsOf lists the cells of a range within one column or one row ("H5:H7", "F7:Q7").
func cellsOf(rng string) ([]string, error) {
	a, b, _ := strings.Cut(rng, ":")
	c1, r1, err := excelize.CellNameToCoordinates(a)
	if err != nil {
		return nil, err
	}
	c2, r2, err := excelize.CellNameToCoordinates(b)
	if err != nil {
		return nil, err
	}
	var out []string
	for r := r1; r <= r2; r++ {
		for c := c1; c <= c2; c++ {
			n, _ := excelize.CoordinatesToCellName(c, r)
			out = append(out, n)
		}
	}
	return out, nil
}

// cell is the value of a printed cell; an empty cell counts as 0 (a month without a
// payment in the e-kinerja page's monthly columns).
func (c *calc) cell(addr string) (span, error) {
	text, ok := c.src.At(c.sheet + "!" + addr)
	if !ok {
		return span{}, fmt.Errorf("no sheet %q", c.sheet)
	}
	if strings.TrimSpace(text) == "" {
		return point(new(big.Rat)), nil
	}
	r, places, err := Printed(text)
	if err != nil {
		return span{}, fmt.Errorf("%s: %w", addr, err)
	}
	if !c.units {
		return point(r), nil
	}
	half := new(big.Rat).SetFrac(big.NewInt(1), new(big.Int).Mul(big.NewInt(2), pow10(places)))
	return span{new(big.Rat).Sub(r, half), new(big.Rat).Add(r, half)}, nil
}
