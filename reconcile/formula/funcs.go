package formula

import (
	"fmt"
	"slices"
	"sort"

	"github.com/shopspring/decimal"
)

// funcs maps upper-case function names to their implementations. Each gets
// the unevaluated argument nodes, because Excel treats an argument written
// as a reference differently from a computed value (and IF is lazy).
var funcs map[string]builtin

// builtin implements one function; name is the normalised function name, so
// one implementation can serve several (ROUND/ROUNDUP/ROUNDDOWN).
type builtin func(e *evaluator, name string, args []Node, depth int) (Value, error)

func init() {
	// Assigned in init because the implementations reach e.eval, which
	// reaches funcs: a plain initialiser would be an initialisation cycle.
	funcs = map[string]builtin{
		"SUM":        fnSum,
		"AVERAGE":    fnAverage,
		"MIN":        fnMinMax,
		"MAX":        fnMinMax,
		"COUNT":      fnCount,
		"COUNTA":     fnCountA,
		"ABS":        fnAbs,
		"INT":        fnInt,
		"ROUND":      fnRound,
		"ROUNDUP":    fnRound,
		"ROUNDDOWN":  fnRound,
		"IF":         fnIf,
		"IFERROR":    fnIfError,
		"IFNA":       fnIfError,
		"AND":        fnAndOr,
		"OR":         fnAndOr,
		"NOT":        fnNot,
		"SUMPRODUCT": fnSumProduct,
		"TRUE":       func(*evaluator, string, []Node, int) (Value, error) { return BoolValue(true), nil },
		"FALSE":      func(*evaluator, string, []Node, int) (Value, error) { return BoolValue(false), nil },
		"NA":         func(*evaluator, string, []Node, int) (Value, error) { return ErrorValue(CodeNA), nil },
	}
}

// arity gives the allowed argument counts; max -1 means unbounded (Excel's
// own cap is 255).
var arity = map[string][2]int{
	"SUM": {1, -1}, "AVERAGE": {1, -1}, "MIN": {1, -1}, "MAX": {1, -1},
	"COUNT": {1, -1}, "COUNTA": {1, -1}, "AND": {1, -1}, "OR": {1, -1}, "SUMPRODUCT": {1, -1},
	"ABS": {1, 1}, "INT": {1, 1}, "NOT": {1, 1},
	"ROUND": {2, 2}, "ROUNDUP": {2, 2}, "ROUNDDOWN": {2, 2},
	"IF": {2, 3}, "IFERROR": {2, 2}, "IFNA": {2, 2},
	"TRUE": {0, 0}, "FALSE": {0, 0}, "NA": {0, 0},
}

// Supported reports whether EvalNode implements the function name
// (case-insensitive, _xlfn. prefix allowed).
func Supported(name string) bool {
	_, ok := funcs[normName(name)]
	return ok
}

// SupportedFunctions lists the implemented function names, sorted.
func SupportedFunctions() []string {
	names := make([]string, 0, len(funcs))
	for n := range funcs {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

func (e *evaluator) call(c *Call, depth int) (Value, error) {
	name := normName(c.Name)
	f, ok := funcs[name]
	if !ok {
		return Value{}, unsupported("function %s", name)
	}
	if a := arity[name]; len(c.Args) < a[0] || (a[1] >= 0 && len(c.Args) > a[1]) {
		return Value{}, fmt.Errorf("%w: %s with %d arguments", ErrSyntax, name, len(c.Args))
	}
	return f(e, name, c.Args, depth+1)
}

// each feeds fn every value the arguments contribute, until fn returns
// false. ref tells fn whether the value came from a cell reference, which
// is what decides Excel's skipping rules: SUM(A1) ignores text in A1 but
// SUM("5") counts 5. A blank produced by an expression can only come from a
// reference (e.g. IF(c,A1)), so it is reported as ref too. An omitted
// argument counts as the number 0.
func (e *evaluator) each(args []Node, depth int, fn func(v Value, ref bool) bool) error {
	for _, a := range args {
		switch a := a.(type) {
		case *Missing:
			if !fn(NumberValue(decimal.Zero), false) {
				return nil
			}
		case *CellRef:
			v, err := e.cell(a.Sheet, a.Col, a.Row)
			if err != nil {
				return err
			}
			if !fn(v, true) {
				return nil
			}
		case *RangeRef:
			stop := false
			err := e.eachCell(a, func(v Value) bool {
				stop = !fn(v, true)
				return !stop
			})
			if err != nil || stop {
				return err
			}
		default:
			v, err := e.eval(a, depth+1)
			if err != nil {
				return err
			}
			if !fn(v, v.Kind == Blank) {
				return nil
			}
		}
	}
	return nil
}

// aggNum applies the SUM/AVERAGE/MIN/MAX rules to one value: referenced
// cells count only when numeric; direct arguments are coerced (TRUE -> 1,
// "5" -> 5, "x" -> #VALUE!). ok is false for skipped values.
func aggNum(v Value, ref bool) (d decimal.Decimal, ev *Value, ok bool) {
	switch {
	case v.Kind == Error:
		// A copy: taking v's own address would move every value this sees to the heap.
		errv := v
		return d, &errv, false
	case v.Kind == Number:
		return v.Num, nil, true
	case ref || v.Kind == Blank:
		return d, nil, false
	}
	d, ev = toNum(v)
	return d, ev, ev == nil
}

// nums streams the numbers an aggregate sees into fn; a non-nil *Value is
// the first error met, which is the aggregate's result.
func (e *evaluator) nums(args []Node, depth int, fn func(decimal.Decimal)) (*Value, error) {
	var errv *Value
	err := e.each(args, depth, func(v Value, ref bool) bool {
		d, ev, ok := aggNum(v, ref)
		if ev != nil {
			errv = ev
			return false
		}
		if ok {
			fn(d)
		}
		return true
	})
	return errv, err
}

func fnSum(e *evaluator, name string, args []Node, depth int) (Value, error) {
	var sum adder
	ev, err := e.nums(args, depth, sum.add)
	if err != nil || ev != nil {
		return deref(ev), err
	}
	return fit(sum.total())
}

func fnAverage(e *evaluator, name string, args []Node, depth int) (Value, error) {
	var sum adder
	n := int64(0)
	ev, err := e.nums(args, depth, func(d decimal.Decimal) { sum.add(d); n++ })
	if err != nil || ev != nil {
		return deref(ev), err
	}
	if n == 0 {
		return ErrorValue(CodeDiv0), nil
	}
	return fit(sum.total().DivRound(decimal.NewFromInt(n), divPlaces))
}

// adder sums decimals exactly without a new decimal for each term: a term whose digits fit 18
// places (every figure of a report) is added into a 64-bit sum kept for its exponent, and only
// the rest, and those sums before they could overflow, as decimals. Adding decimal by decimal
// made three allocations a cell, and summing a range of 100,000 figures cost 40 ms.
type adder struct {
	parts []adderPart
	rest  decimal.Decimal
}

type adderPart struct {
	exp int32
	sum int64
}

func (a *adder) add(d decimal.Decimal) {
	if d.NumDigits() > 18 {
		a.rest = a.rest.Add(d)
		return
	}
	c, exp := d.CoefficientInt64(), d.Exponent() // |c| < 10^18 < 2^60
	i := 0
	for i < len(a.parts) && a.parts[i].exp != exp {
		i++
	}
	if i == len(a.parts) {
		a.parts = append(a.parts, adderPart{exp: exp})
	}
	p := &a.parts[i]
	p.sum += c // |sum| was at most 2^61: no overflow
	if p.sum > 1<<61 || p.sum < -(1<<61) {
		a.rest = a.rest.Add(decimal.New(p.sum, exp))
		p.sum = 0
	}
}

func (a *adder) total() decimal.Decimal {
	t := a.rest
	for _, p := range a.parts {
		t = t.Add(decimal.New(p.sum, p.exp))
	}
	return t
}

// fnMinMax is MIN or MAX; no numbers at all gives 0.
func fnMinMax(e *evaluator, name string, args []Node, depth int) (Value, error) {
	sign := 1 // Cmp result that makes d the new best
	if name == "MIN" {
		sign = -1
	}
	best, seen := decimal.Zero, false
	ev, err := e.nums(args, depth, func(d decimal.Decimal) {
		if !seen || d.Cmp(best) == sign {
			best, seen = d, true
		}
	})
	if err != nil || ev != nil {
		return deref(ev), err
	}
	return fit(best)
}

// fnCount counts numbers: in references only numeric cells, among direct
// arguments also booleans and numeric text. Errors are not counted and do
// not propagate.
func fnCount(e *evaluator, name string, args []Node, depth int) (Value, error) {
	n := int64(0)
	err := e.each(args, depth, func(v Value, ref bool) bool {
		switch {
		case v.Kind == Number:
			n++
		case ref:
		case v.Kind == Bool:
			n++
		case v.Kind == Text:
			if _, ok := parseNumText(v.Str); ok {
				n++
			}
		}
		return true
	})
	if err != nil {
		return Value{}, err
	}
	return NumberValue(decimal.NewFromInt(n)), nil
}

// fnCountA counts non-blank values, errors and "" included.
func fnCountA(e *evaluator, name string, args []Node, depth int) (Value, error) {
	n := int64(0)
	err := e.each(args, depth, func(v Value, ref bool) bool {
		if v.Kind != Blank {
			n++
		}
		return true
	})
	if err != nil {
		return Value{}, err
	}
	return NumberValue(decimal.NewFromInt(n)), nil
}

func deref(ev *Value) Value {
	if ev == nil {
		return Value{}
	}
	return *ev
}

// evalNum evaluates a scalar argument and coerces it to a number.
func (e *evaluator) evalNum(n Node, depth int) (decimal.Decimal, *Value, error) {
	v, err := e.eval(n, depth+1)
	if err != nil {
		return decimal.Decimal{}, nil, err
	}
	d, ev := toNum(v)
	return d, ev, nil
}

func fnAbs(e *evaluator, name string, args []Node, depth int) (Value, error) {
	d, ev, err := e.evalNum(args[0], depth)
	if err != nil || ev != nil {
		return deref(ev), err
	}
	return fit(d.Abs())
}

// fnInt rounds down toward negative infinity, as Excel's INT does
// (INT(-1.5) = -2).
func fnInt(e *evaluator, name string, args []Node, depth int) (Value, error) {
	d, ev, err := e.evalNum(args[0], depth)
	if err != nil || ev != nil {
		return deref(ev), err
	}
	return fit(d.Floor())
}

// fnRound implements ROUND (half away from zero), ROUNDUP (away from zero)
// and ROUNDDOWN (toward zero). num_digits is truncated to an integer and may
// be negative (ROUND(1250,-2) = 1300).
func fnRound(e *evaluator, name string, args []Node, depth int) (Value, error) {
	x, ev, err := e.evalNum(args[0], depth)
	if err != nil || ev != nil {
		return deref(ev), err
	}
	nd, ev, err := e.evalNum(args[1], depth)
	if err != nil || ev != nil {
		return deref(ev), err
	}
	// Beyond ±maxRoundDigits the result no longer depends on num_digits
	// (every Excel number has fewer digits), so clamping is exact and keeps
	// the rescaling cheap.
	lim := decimal.NewFromInt(maxRoundDigits)
	switch {
	case nd.GreaterThan(lim):
		nd = lim
	case nd.LessThan(lim.Neg()):
		nd = lim.Neg()
	}
	places := int32(nd.Truncate(0).IntPart())
	if int64(places) >= -int64(x.Exponent()) {
		return fit(x) // already has no more than `places` decimals
	}
	switch name {
	case "ROUNDUP":
		return fit(x.RoundUp(places))
	case "ROUNDDOWN":
		return fit(x.RoundDown(places))
	}
	return fit(x.Round(places))
}

// fnIf is lazy like Excel: only the chosen branch is evaluated, so an
// unsupported function in the other branch does not matter. An omitted
// branch is 0; a missing third argument is FALSE.
func fnIf(e *evaluator, name string, args []Node, depth int) (Value, error) {
	c, err := e.eval(args[0], depth+1)
	if err != nil {
		return Value{}, err
	}
	b, ev := toBool(c)
	if ev != nil {
		return *ev, nil
	}
	i := 2
	if b {
		i = 1
	}
	if i >= len(args) {
		return BoolValue(false), nil
	}
	if _, ok := args[i].(*Missing); ok {
		return NumberValue(decimal.Zero), nil
	}
	return e.eval(args[i], depth+1)
}

// fnIfError serves IFERROR (any error) and IFNA (#N/A only).
func fnIfError(e *evaluator, name string, args []Node, depth int) (Value, error) {
	v, err := e.eval(args[0], depth+1)
	if err != nil {
		return Value{}, err
	}
	if v.Kind == Error && (name == "IFERROR" || v.Str == CodeNA) {
		if _, ok := args[1].(*Missing); ok {
			return NumberValue(decimal.Zero), nil
		}
		return e.eval(args[1], depth+1)
	}
	return v, nil
}

// fnAndOr: references contribute only booleans and numbers (text and
// blanks skipped); direct arguments must be coercible. No logical value at
// all is #VALUE!.
func fnAndOr(e *evaluator, name string, args []Node, depth int) (Value, error) {
	isAnd := name == "AND"
	result, seen := isAnd, false
	var errv *Value
	err := e.each(args, depth, func(v Value, ref bool) bool {
		if ref && (v.Kind == Text || v.Kind == Blank) {
			return true
		}
		b, ev := toBool(v)
		if ev != nil {
			errv = ev
			return false
		}
		seen = true
		if isAnd {
			result = result && b
		} else {
			result = result || b
		}
		return true
	})
	if err != nil || errv != nil {
		return deref(errv), err
	}
	if !seen {
		return ErrorValue(CodeValue), nil
	}
	return BoolValue(result), nil
}

func fnNot(e *evaluator, name string, args []Node, depth int) (Value, error) {
	v, err := e.eval(args[0], depth+1)
	if err != nil {
		return Value{}, err
	}
	b, ev := toBool(v)
	if ev != nil {
		return *ev, nil
	}
	return BoolValue(!b), nil
}

// fnSumProduct supports references only (no computed arrays such as
// A1:A3*B1:B3). All must have the same shape, else #VALUE!; non-numeric
// cells count as 0 and any error cell is the result.
func fnSumProduct(e *evaluator, name string, args []Node, depth int) (Value, error) {
	rs := make([]RangeRef, len(args))
	for i, a := range args {
		switch a := a.(type) {
		case *CellRef:
			rs[i] = RangeRef{Sheet: a.Sheet, From: *a, To: *a}
		case *RangeRef:
			rs[i] = *a
		default:
			return Value{}, unsupported("SUMPRODUCT argument %s is not a reference", a)
		}
		if err := checkRange(&rs[i]); err != nil {
			return Value{}, err
		}
	}
	w, h := width(rs[0]), height(rs[0])
	for _, r := range rs[1:] {
		if width(r) != w || height(r) != h {
			return ErrorValue(CodeValue), nil
		}
	}
	if e.rr != nil {
		return e.sumProductSparse(rs, w)
	}
	if int64(w)*int64(h) > MaxRangeCells {
		return Value{}, unsupported("SUMPRODUCT over %d cells (limit %d)", int64(w)*int64(h), MaxRangeCells)
	}
	sum := decimal.Zero
	for i := 0; i < h; i++ {
		for j := 0; j < w; j++ {
			var f factors
			for _, r := range rs {
				c, _ := minMax(r.From.Col, r.To.Col)
				rr, _ := minMax(r.From.Row, r.To.Row)
				v, err := e.cell(r.Sheet, c+j, rr+i)
				if err != nil {
					return Value{}, err
				}
				if stop, err := f.times(v); stop != nil {
					return *stop, err
				}
			}
			sum = f.addTo(sum)
		}
	}
	return fit(sum)
}

// factors is the product of one place of SUMPRODUCT's ranges, factor by factor: the dense
// and the sparse walk multiply the same way.
type factors struct {
	prod       decimal.Decimal
	started    bool
	nonNumeric bool // a place with a blank or a text factor adds nothing
}

// times multiplies in one factor. stop is the result of the whole SUMPRODUCT when the factor
// ends it (an error value, or a product that no longer fits).
func (f *factors) times(v Value) (stop *Value, err error) {
	if !f.started {
		f.prod, f.started = decimal.NewFromInt(1), true
	}
	switch v.Kind {
	case Error:
		return &v, nil
	case Number:
		// fit after each factor keeps a 255-argument product from growing without bound.
		p, err := fit(f.prod.Mul(v.Num))
		if err != nil || p.Kind != Number {
			return &p, err
		}
		f.prod = p.Num
	default:
		f.nonNumeric = true
	}
	return nil, nil
}

// addTo adds the place's product to sum when every factor was a number.
func (f *factors) addTo(sum decimal.Decimal) decimal.Decimal {
	if f.nonNumeric || !f.started {
		return sum
	}
	return sum.Add(f.prod)
}

// sumProductSparse is SUMPRODUCT through a RangeResolver: each range's cells that hold
// something, by their place in the range, then the places any range holds something in
// row-major order, as the dense loop visits them. A place blank in one range contributes
// nothing (its product is not numeric), but an error in a later range at that place is still
// the result, as in the dense loop.
func (e *evaluator) sumProductSparse(rs []RangeRef, w int) (Value, error) {
	held := make([]map[int64]Value, len(rs))
	var places []int64
	seen := map[int64]bool{}
	for i, r := range rs {
		c1, c2 := minMax(r.From.Col, r.To.Col)
		r1, r2 := minMax(r.From.Row, r.To.Row)
		held[i] = map[int64]Value{}
		err := e.walk(r.Sheet, c1, r1, c2, r2, func(col, row int, v Value) bool {
			at := int64(row-r1)*int64(w) + int64(col-c1)
			held[i][at] = v
			if !seen[at] {
				seen[at] = true
				places = append(places, at)
			}
			return true
		})
		if err != nil {
			return Value{}, err
		}
	}
	slices.Sort(places)
	sum := decimal.Zero
	for _, at := range places {
		var f factors
		for i := range rs {
			if stop, err := f.times(held[i][at]); stop != nil {
				return *stop, err
			}
		}
		sum = f.addTo(sum)
	}
	return fit(sum)
}

func width(r RangeRef) int {
	a, b := minMax(r.From.Col, r.To.Col)
	return b - a + 1
}

func height(r RangeRef) int {
	a, b := minMax(r.From.Row, r.To.Row)
	return b - a + 1
}
