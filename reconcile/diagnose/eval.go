package diagnose

import (
	"github.com/shopspring/decimal"

	"lkjip/reconcile/number"
)

// divPlaces is the precision of a division, as the rules compute a percentage: one division,
// rounded once at the end (spec, "Rounding").
const divPlaces = 30

var (
	hundred  = decimal.NewFromInt(100)
	one      = decimal.NewFromInt(1)
	minusOne = decimal.NewFromInt(-1)
	two      = decimal.NewFromInt(2)
)

// values are the nodes' values under an explanation: the written ones, overlaid by the
// changed ones.
type values struct {
	g   *Graph
	num map[int]decimal.Decimal
	lab map[int]string
}

func newValues(g *Graph) *values {
	return &values{g: g, num: map[int]decimal.Decimal{}, lab: map[int]string{}}
}

func (v *values) value(n int) decimal.Decimal {
	if x, ok := v.num[n]; ok {
		return x
	}
	return v.g.Nodes[n].Value
}

func (v *values) label(n int) string {
	if x, ok := v.lab[n]; ok {
		return x
	}
	return v.g.Nodes[n].Text
}

// changed reports whether an explanation gave a node a value of its own.
func (v *values) changed(n int) bool {
	if v.g.Nodes[n].Label {
		_, ok := v.lab[n]
		return ok
	}
	_, ok := v.num[n]
	return ok
}

func (v *values) invalid(n int) bool { return v.g.Nodes[n].Invalid && !v.changed(n) }

func (v *values) linear(l *Linear) decimal.Decimal {
	if sum, ok := v.wholeSum(l); ok {
		return sum
	}
	return l.Eval(v.value)
}

// Eval is the expression's exact value with each node's value given by value: one division,
// at divPlaces, rounded once at the end.
func (l *Linear) Eval(value func(node int) decimal.Decimal) decimal.Decimal {
	sum := l.Const
	for _, t := range l.Terms {
		sum = t.AddTo(sum, value(t.Node))
	}
	if l.Div.IsZero() || l.Div.Equal(one) {
		return sum
	}
	return sum.DivRound(l.Div, divPlaces)
}

// wholeSum computes, in int64, a sum of whole amounts with the coefficients 1 and -1 (most
// of a workbook's relations: the rows of a column against its total, Anggaran less
// Realisasi), which the search evaluates thousands of times; decimal arithmetic allocates at
// every step. Amounts below 10^15 in at most 1,000 terms cannot overflow. ok is false for
// anything else, which takes the decimal path.
func (v *values) wholeSum(l *Linear) (sum decimal.Decimal, ok bool) {
	if len(l.Terms) > 1000 || !l.Div.IsZero() && !l.Div.Equal(one) {
		return sum, false
	}
	acc, ok := whole(l.Const)
	if !ok {
		return sum, false
	}
	for _, t := range l.Terms {
		c, ok := whole(t.Coef)
		if !ok || c < -1 || c > 1 {
			return sum, false
		}
		x, ok := whole(v.value(t.Node))
		if !ok {
			return sum, false
		}
		acc += c * x
	}
	return decimal.NewFromInt(acc), true
}

var (
	maxWhole = decimal.NewFromInt(1_000_000_000_000_000)
	minWhole = decimal.NewFromInt(-1_000_000_000_000_000)
)

// whole returns d as an int64 when it is a whole number written without decimals, below
// 10^15 in size.
func whole(d decimal.Decimal) (int64, bool) {
	if d.Exponent() != 0 || d.Cmp(maxWhole) >= 0 || d.Cmp(minWhole) <= 0 {
		return 0, false
	}
	return d.CoefficientInt64(), true
}

// AddTo returns sum + Coef*x. Most terms of a sum or a difference have the coefficient 1 or
// -1: those skip the multiplication, which allocates.
func (t Term) AddTo(sum, x decimal.Decimal) decimal.Decimal {
	switch {
	case t.Coef.Equal(one):
		return sum.Add(x)
	case t.Coef.Equal(minusOne):
		return sum.Sub(x)
	}
	return sum.Add(t.Coef.Mul(x))
}

// compute returns the exact value a relation gives its output (a label for Lookup); ok is
// false where the relation cannot be judged (a division by zero, a value in a gap of the
// scale).
func (v *values) compute(r *Relation) (exact decimal.Decimal, label string, ok bool) {
	switch r.Kind {
	case Equals, AtMost, AtLeast:
		return v.linear(&r.Num), "", true
	case Ratio:
		den := v.linear(&r.Den)
		if den.IsZero() {
			return decimal.Zero, "", false
		}
		q := v.linear(&r.Num).Mul(hundred).DivRound(den, divPlaces)
		return r.A.Add(r.B.Mul(q)), "", true
	case Rentang:
		x := v.linear(&r.Num)
		switch {
		case x.LessThan(r.Lo):
			if r.Lo.IsZero() {
				return decimal.Zero, "", false
			}
			return x.Mul(hundred).DivRound(r.Lo, divPlaces), "", true
		case x.GreaterThan(r.Hi):
			if r.Hi.IsZero() {
				return decimal.Zero, "", false
			}
			return x.Mul(hundred).DivRound(r.Hi, divPlaces), "", true
		}
		return hundred, "", true
	case Lookup:
		lab, ok := r.Scale.Label(number.Round(v.linear(&r.Num), r.InPlaces))
		return decimal.Zero, lab, ok
	}
	return decimal.Zero, "", false
}

// holds reports whether a relation holds under the values (an unjudged one holds).
func (v *values) holds(r *Relation) bool {
	exact, label, ok := v.compute(r)
	if !ok {
		return true
	}
	if r.Kind == AtMost || r.Kind == AtLeast {
		x := v.linear(&r.Lhs)
		if r.Out >= 0 {
			x = v.value(r.Out)
		}
		if r.Kind == AtMost {
			return x.LessThanOrEqual(exact.Add(r.Tol))
		}
		return x.GreaterThanOrEqual(exact.Sub(r.Tol))
	}
	if r.Out < 0 {
		return v.linear(&r.Lhs).Sub(exact).Abs().LessThanOrEqual(r.Tol.Add(half(r.InPlaces)))
	}
	if v.invalid(r.Out) {
		return false
	}
	if r.Kind == Lookup {
		return v.label(r.Out) == label
	}
	out := v.g.Nodes[r.Out]
	if r.Tol.Sign() > 0 && out.Places > 0 {
		// Widened, the rounding rule is the interval the solver reads it as: for a tolerance
		// of whole units the same as rounding first, and right for a slack of a fraction of
		// one (a % over amounts printed rounded, see reconcile's roundingSlack).
		return v.outInterval(r).contains(exact)
	}
	return number.Equal(v.value(r.Out), out.Places, exact, r.Tol)
}

// half is half a unit of the last decimal shown at places (0.005 at two places); zero for a
// relation between two whole amounts (places 0 is exact there: see Relation.InPlaces).
func half(places int) decimal.Decimal {
	if places <= 0 {
		return decimal.Zero
	}
	return decimal.New(5, int32(-places-1))
}

// domain is the set of values a freed node may take: a label, or the figures of an interval
// (either end may be open-ended).
type domain struct {
	lo, hi       decimal.Decimal
	hasLo, hasHi bool
	label        string
	isLabel      bool
	empty        bool
}

func point(x decimal.Decimal) domain { return domain{lo: x, hi: x, hasLo: true, hasHi: true} }

func interval(a, b decimal.Decimal) domain {
	if a.GreaterThan(b) {
		a, b = b, a
	}
	return domain{lo: a, hi: b, hasLo: true, hasHi: true}
}

var anything = domain{}

func (d domain) intersect(e domain) domain {
	if d.empty || e.empty {
		return domain{empty: true}
	}
	if d.isLabel || e.isLabel {
		if d.isLabel && e.isLabel && d.label != e.label {
			return domain{empty: true}
		}
		if d.isLabel {
			return d
		}
		return e
	}
	out := d
	if e.hasLo && (!out.hasLo || e.lo.GreaterThan(out.lo)) {
		out.lo, out.hasLo = e.lo, true
	}
	if e.hasHi && (!out.hasHi || e.hi.LessThan(out.hi)) {
		out.hi, out.hasHi = e.hi, true
	}
	if out.hasLo && out.hasHi && out.lo.GreaterThan(out.hi) {
		return domain{empty: true}
	}
	return out
}

func (d domain) contains(x decimal.Decimal) bool {
	return !d.empty && !d.isLabel && (!d.hasLo || x.GreaterThanOrEqual(d.lo)) && (!d.hasHi || x.LessThanOrEqual(d.hi))
}

// grid narrows a domain to the figures a node can show at its places: an interval's ends move
// in to the nearest figure shown. It is empty when no such figure lies inside.
func (d domain) grid(places int) domain {
	if d.empty || d.isLabel {
		return d
	}
	p := int32(max(places, 0))
	if d.hasLo {
		d.lo = d.lo.RoundCeil(p)
	}
	if d.hasHi {
		d.hi = d.hi.RoundFloor(p)
	}
	if d.hasLo && d.hasHi && d.lo.GreaterThan(d.hi) {
		return domain{empty: true}
	}
	return d
}

// single reports whether a domain holds one value.
func (d domain) single() bool {
	return !d.empty && (d.isLabel || d.hasLo && d.hasHi && d.lo.Equal(d.hi))
}

// outInterval is the interval of exact values a relation's output accepts as written: the
// rounding rule read backwards, widened by the tolerance.
func (v *values) outInterval(r *Relation) domain {
	if r.Out < 0 {
		c := v.linear(&r.Lhs)
		w := r.Tol.Add(half(r.InPlaces))
		return interval(c.Sub(w), c.Add(w))
	}
	n := v.g.Nodes[r.Out]
	c := number.Round(v.value(r.Out), n.Places)
	w := r.Tol.Add(half(n.Places))
	if n.Places <= 0 {
		w = r.Tol.Add(decimal.New(5, -1))
	}
	return interval(c.Sub(w), c.Add(w))
}

// solve returns the values node u may take for the relation to hold, every other node of the
// relation at its current value.
func (v *values) solve(r *Relation, u int) domain {
	if r.Kind == AtMost || r.Kind == AtLeast {
		return v.solveBound(r, u)
	}
	if u == r.Out {
		exact, label, ok := v.compute(r)
		if !ok {
			return anything
		}
		if r.Kind == Lookup {
			return domain{label: label, isLabel: true}
		}
		return point(number.Round(exact, v.g.Nodes[u].Places))
	}
	if coef(&r.Lhs, u).Sign() != 0 {
		// Out < 0: Lhs must equal the exact value of the other side.
		exact, _, ok := v.compute(r)
		if !ok {
			return anything
		}
		w := r.Tol.Add(half(r.InPlaces))
		return solveLinear(v, &r.Lhs, u, interval(exact.Sub(w), exact.Add(w)))
	}
	out := v.outInterval(r)
	if coef(&r.Num, u).Sign() != 0 {
		switch r.Kind {
		case Equals:
			div := r.Num.Div
			if div.IsZero() {
				div = one
			}
			return solveLinear(v, &r.Num, u, scale(out, div))
		case Ratio:
			if r.B.IsZero() {
				return anything
			}
			den := v.linear(&r.Den)
			if den.IsZero() {
				return anything
			}
			q := shift(out, r.A.Neg())
			q = scale(q, one.DivRound(r.B, divPlaces))
			return solveLinear(v, &r.Num, u, scale(q, den.DivRound(hundred, divPlaces)))
		case Rentang:
			c := number.Round(out.lo.Add(out.hi).DivRound(two, divPlaces), 2)
			switch {
			case c.Equal(hundred):
				return solveLinear(v, &r.Num, u, interval(r.Lo, r.Hi))
			case c.LessThan(hundred):
				return solveLinear(v, &r.Num, u, scale(out, r.Lo.DivRound(hundred, divPlaces)))
			default:
				return solveLinear(v, &r.Num, u, scale(out, r.Hi.DivRound(hundred, divPlaces)))
			}
		case Lookup:
			lo, hi, hasHi, ok := r.Scale.Band(v.label(r.Out))
			if !ok {
				return domain{empty: true}
			}
			h := half(r.InPlaces)
			band := domain{lo: lo.Sub(h), hasLo: true}
			if hasHi {
				band.hi, band.hasHi = hi.Sub(h), true
			}
			return solveLinear(v, &r.Num, u, band)
		}
	}
	if r.Kind == Ratio && coef(&r.Den, u).Sign() != 0 {
		if r.B.IsZero() {
			return anything
		}
		q := scale(shift(out, r.A.Neg()), one.DivRound(r.B, divPlaces)) // Num·100/Den
		if !q.hasLo || !q.hasHi || q.lo.Sign() != q.hi.Sign() || q.lo.IsZero() || q.hi.IsZero() {
			return anything // Den unbounded
		}
		num := v.linear(&r.Num).Mul(hundred)
		den := interval(num.DivRound(q.lo, divPlaces), num.DivRound(q.hi, divPlaces))
		return solveLinear(v, &r.Den, u, den)
	}
	return anything
}

// solveBound gives the values of u for which a bound holds.
func (v *values) solveBound(r *Relation, u int) domain {
	exact := v.linear(&r.Num)
	below := r.Kind == AtMost // the bounded side must stay below the other
	if u == r.Out || coef(&r.Lhs, u).Sign() != 0 {
		var want domain
		if below {
			want = domain{hi: exact.Add(r.Tol), hasHi: true}
		} else {
			want = domain{lo: exact.Sub(r.Tol), hasLo: true}
		}
		if u == r.Out {
			return want
		}
		return solveLinear(v, &r.Lhs, u, want)
	}
	x := v.linear(&r.Lhs)
	if r.Out >= 0 {
		x = v.value(r.Out)
	}
	var want domain
	if below {
		want = domain{lo: x.Sub(r.Tol), hasLo: true}
	} else {
		want = domain{hi: x.Add(r.Tol), hasHi: true}
	}
	div := r.Num.Div
	if div.IsZero() {
		div = one
	}
	return solveLinear(v, &r.Num, u, scale(want, div))
}

// coef is node u's coefficient in a linear expression (summed where it appears twice).
func coef(l *Linear, u int) decimal.Decimal {
	c := decimal.Zero
	for _, t := range l.Terms {
		if t.Node == u {
			c = c.Add(t.Coef)
		}
	}
	return c
}

// solveLinear gives the values of node u for which the expression's numerator (Const + Σ,
// before the division) lies in the interval want, the other nodes at their values.
func solveLinear(v *values, l *Linear, u int, want domain) domain {
	c := coef(l, u)
	if c.IsZero() || want.empty {
		return anything
	}
	rest := l.Const
	for _, t := range l.Terms {
		if t.Node != u {
			rest = t.AddTo(rest, v.value(t.Node))
		}
	}
	d := shift(want, rest.Neg())
	return scale(d, one.DivRound(c, divPlaces))
}

// shift adds k to both ends of an interval.
func shift(d domain, k decimal.Decimal) domain {
	if d.hasLo {
		d.lo = d.lo.Add(k)
	}
	if d.hasHi {
		d.hi = d.hi.Add(k)
	}
	return d
}

// scale multiplies an interval by k, swapping its ends when k is negative.
func scale(d domain, k decimal.Decimal) domain {
	if d.empty || d.isLabel {
		return d
	}
	lo, hasLo := d.lo.Mul(k), d.hasLo
	hi, hasHi := d.hi.Mul(k), d.hasHi
	if k.Sign() < 0 {
		lo, hi, hasLo, hasHi = hi, lo, hasHi, hasLo
	}
	return domain{lo: lo, hi: hi, hasLo: hasLo, hasHi: hasHi}
}
