package formula

import (
	"errors"
	"fmt"
	"strings"

	"github.com/shopspring/decimal"
)

// Kind is the type of a Value.
type Kind int

const (
	Blank Kind = iota
	Number
	Text
	Bool
	Error
)

func (k Kind) String() string {
	switch k {
	case Blank:
		return "Blank"
	case Number:
		return "Number"
	case Text:
		return "Text"
	case Bool:
		return "Bool"
	case Error:
		return "Error"
	}
	return fmt.Sprintf("Kind(%d)", int(k))
}

// Value is a cell value or a formula result.
type Value struct {
	Kind Kind
	Num  decimal.Decimal // Number (Bool: 1/0)
	Str  string          // Text; for Error the Excel code such as "#DIV/0!"
}

// Excel error codes as they appear in Value.Str.
const (
	CodeDiv0  = "#DIV/0!"
	CodeValue = "#VALUE!"
	CodeNA    = "#N/A"
	CodeNum   = "#NUM!"
	CodeRef   = "#REF!"
	CodeName  = "#NAME?"
	CodeNull  = "#NULL!"
)

// NumberValue, TextValue, BoolValue and ErrorValue build Values.
func NumberValue(d decimal.Decimal) Value { return Value{Kind: Number, Num: d} }
func TextValue(s string) Value            { return Value{Kind: Text, Str: s} }
func ErrorValue(code string) Value        { return Value{Kind: Error, Str: code} }
func BoolValue(b bool) Value {
	if b {
		return Value{Kind: Bool, Num: decimal.NewFromInt(1)}
	}
	return Value{Kind: Bool, Num: decimal.Zero}
}

// String renders the value the way a test or log wants to read it: numbers
// in plain decimal, booleans as TRUE/FALSE, errors as their code.
func (v Value) String() string {
	switch v.Kind {
	case Number:
		return v.Num.String()
	case Bool:
		if v.Num.IsZero() {
			return "FALSE"
		}
		return "TRUE"
	case Text, Error:
		return v.Str
	}
	return ""
}

// Resolver returns the value of one cell. sheet is "" for the formula's own sheet,
// otherwise the sheet name as written in the formula (quotes removed, doubled quotes undone).
// col and row are 1-based.
//
// For a Bool cell only Num.IsZero matters (zero is FALSE).
type Resolver interface {
	Cell(sheet string, col, row int) Value
}

// RangeResolver is a Resolver that can walk the cells of a range that hold something. A range
// is then evaluated at the cost of what the sheet holds in it, not of its area: =SUM(A1:XFD60)
// reads the few hundred cells of those rows instead of asking for 983,040 cells one by one
// (about 1 s each, so that ten such formulas took 11 s). Only blank cells are left out, and
// every function that walks a range skips them.
type RangeResolver interface {
	Resolver
	// Range calls fn with the column, the row and the value of every cell of the rectangle
	// c1..c2 x r1..r2 (1-based, c1 <= c2, r1 <= r2) of a sheet (named as for Cell) that is not
	// blank, in row-major order, until fn returns false. It looks at no more than limit places
	// (a row of the sheet, a cell it passes, blank or not) and returns how many it looked at:
	// more than limit when it stopped short for that. A sheet the workbook lacks gives one
	// #REF! at c1, r1.
	Range(sheet string, c1, r1, c2, r2 int, limit int64, fn func(col, row int, v Value) bool) int64
}

// Budget bounds the work of many evaluations together, such as every formula of a file: each
// cell read costs one, and with a RangeResolver each place a range walk looks at. An
// evaluation that would spend more than is left fails with ErrBudget, and so does every
// evaluation after it: the caller says how many formulas went unevaluated.
type Budget struct {
	Left int64
}

// ErrBudget is the error of an evaluation whose Budget ran out.
var ErrBudget = errors.New("formula: evaluation budget spent")

// Spend takes n from the budget; false when there was not that much left (it is then empty).
func (b *Budget) Spend(n int64) bool {
	if b.Left < n {
		b.Left = 0
		return false
	}
	b.Left -= n
	return true
}

// Numeric limits. Excel numbers are doubles, so magnitudes beyond 1E308
// are #NUM! and below 1E-308 flush to zero, as in Excel. Exact arithmetic
// can still grow the digit count (chained products of 30-place quotients,
// ^); past maxDigits we give up rather than spend unbounded time.
const (
	divPlaces       = 30         // decimal places kept by division
	maxExp10        = 308        // largest decimal exponent of a finite Excel number
	maxDigits       = 10000      // coefficient digits before a result is ErrUnsupported
	maxPowExponent  = 1 << 20    // largest integer exponent for ^
	maxCellsPerEval = 10_000_000 // cells read by one evaluation across all ranges
	maxEvalDepth    = 10_000     // recursion guard for hand-built (possibly cyclic) trees
	maxTextLen      = 32767      // Excel's cell text limit; longer & results are #VALUE!
	maxRoundDigits  = 400        // |num_digits| clamp for ROUND*: beyond it the result is fixed
)

// Eval parses and evaluates.
func Eval(expr string, r Resolver) (Value, error) {
	n, err := Parse(expr)
	if err != nil {
		return Value{}, err
	}
	return EvalNode(n, r)
}

// EvalNode evaluates a parsed node. Excel errors (#DIV/0!, ...) are returned
// as Values of Kind Error with a nil error; a non-nil error means the
// formula could not be evaluated at all (ErrUnsupported, ErrSyntax, or an
// internal failure). A blank result is reported as the number 0, which is
// what Excel caches for =A1 when A1 is empty. r may be nil for formulas
// without references.
func EvalNode(n Node, r Resolver) (v Value, err error) { return EvalNodeWithin(n, r, nil) }

// EvalNodeWithin evaluates a parsed node as EvalNode does, spending the cells it reads from b
// (nil for no budget but the one of each evaluation): ErrBudget when they run out.
func EvalNodeWithin(n Node, r Resolver, b *Budget) (v Value, err error) {
	defer func() {
		// Hostile workbooks must never take the process down; a panic here
		// (ours or the Resolver's) is reported as an ordinary error.
		if p := recover(); p != nil {
			v, err = Value{}, fmt.Errorf("formula: internal error: %v", p)
		}
	}()
	e := &evaluator{r: r, budget: b}
	if rr, ok := r.(RangeResolver); ok {
		e.rr = rr
	}
	v, err = e.eval(n, 0)
	if err != nil {
		return Value{}, err
	}
	if v.Kind == Blank {
		v = NumberValue(decimal.Zero)
	}
	return v, nil
}

type evaluator struct {
	r      Resolver
	rr     RangeResolver // r, when it walks ranges
	budget *Budget       // shared with other evaluations; nil for none
	cells  int64         // cells read so far, bounded by maxCellsPerEval
}

func (e *evaluator) eval(n Node, depth int) (Value, error) {
	if depth > maxEvalDepth {
		return Value{}, unsupported("expression nested deeper than %d", maxEvalDepth)
	}
	switch n := n.(type) {
	case *NumberLit:
		return fit(n.Val)
	case *StringLit:
		return TextValue(n.Val), nil
	case *BoolLit:
		return BoolValue(n.Val), nil
	case *ErrorLit:
		return ErrorValue(n.Code), nil
	case *Missing:
		return Value{}, nil
	case *CellRef:
		return e.cell(n.Sheet, n.Col, n.Row)
	case *RangeRef:
		// A range where one value is expected means implicit intersection
		// or a dynamic-array spill; neither is worth modelling here.
		return Value{}, unsupported("range %s used as a single value", n)
	case *Unary:
		x, err := e.eval(n.X, depth+1)
		if err != nil {
			return Value{}, err
		}
		if n.Op == "+" {
			return x, nil // Excel's unary plus is a no-op, even on text
		}
		d, ev := toNum(x)
		if ev != nil {
			return *ev, nil
		}
		return fit(d.Neg())
	case *Percent:
		x, err := e.eval(n.X, depth+1)
		if err != nil {
			return Value{}, err
		}
		d, ev := toNum(x)
		if ev != nil {
			return *ev, nil
		}
		return fit(d.Shift(-2)) // exact /100
	case *Binary:
		return e.binary(n, depth)
	case *Call:
		return e.call(n, depth)
	case nil:
		return Value{}, fmt.Errorf("%w: nil node", ErrSyntax)
	}
	return Value{}, unsupported("node type %T", n)
}

// cell reads one cell through the Resolver and sanitises what comes back,
// since resolvers are fed by untrusted workbooks too.
func (e *evaluator) cell(sheet string, col, row int) (Value, error) {
	if e.r == nil {
		return Value{}, unsupported("cell reference without a Resolver")
	}
	if !inSheet(col, row) {
		return Value{}, unsupported("cell (%d,%d) outside the sheet", col, row)
	}
	if err := e.spend(1); err != nil {
		return Value{}, err
	}
	return clean(e.r.Cell(sheet, col, row))
}

// clean checks a value a resolver gave and puts it in the form arithmetic expects.
func clean(v Value) (Value, error) {
	switch v.Kind {
	case Number:
		return fitAsIs(v.Num)
	case Bool:
		return BoolValue(!v.Num.IsZero()), nil
	case Error:
		if v.Str == "" {
			v.Str = CodeValue
		}
		return v, nil
	case Blank, Text:
		return v, nil
	}
	return Value{}, unsupported("cell value of kind %v", v.Kind)
}

// eachCell calls fn for the cells of rr in row-major order (Excel's order,
// which decides which error wins) until fn returns false. Through a
// RangeResolver, blank cells are left out (see walk).
func (e *evaluator) eachCell(rr *RangeRef, fn func(Value) bool) error {
	if err := checkRange(rr); err != nil {
		return err
	}
	c1, c2 := minMax(rr.From.Col, rr.To.Col)
	r1, r2 := minMax(rr.From.Row, rr.To.Row)
	if e.rr != nil {
		return e.walk(rr.Sheet, c1, r1, c2, r2, func(_, _ int, v Value) bool { return fn(v) })
	}
	n := int64(c2-c1+1) * int64(r2-r1+1)
	if n > MaxRangeCells {
		return unsupported("range %s has %d cells (limit %d)", rr, n, MaxRangeCells)
	}
	for r := r1; r <= r2; r++ {
		for c := c1; c <= c2; c++ {
			v, err := e.cell(rr.Sheet, c, r)
			if err != nil {
				return err
			}
			if !fn(v) {
				return nil
			}
		}
	}
	return nil
}

// walk calls fn for the cells of a rectangle that are not blank, through the RangeResolver,
// and spends what the walk looked at. No area limit applies: the walk costs what the sheet
// holds, and the budgets bound that.
func (e *evaluator) walk(sheet string, c1, r1, c2, r2 int, fn func(col, row int, v Value) bool) error {
	limit := maxCellsPerEval - e.cells
	if e.budget != nil {
		limit = min(limit, e.budget.Left)
	}
	var bad error
	spent := e.rr.Range(sheet, c1, r1, c2, r2, limit, func(col, row int, v Value) bool {
		if !inSheet(col, row) || col < c1 || col > c2 || row < r1 || row > r2 {
			bad = fmt.Errorf("formula: the resolver gave cell (%d,%d) outside the range", col, row)
			return false
		}
		if v, bad = clean(v); bad != nil {
			return false
		}
		if v.Kind == Blank {
			return true
		}
		return fn(col, row, v)
	})
	if err := e.spend(max(spent, 0)); err != nil {
		return err
	}
	return bad
}

// inSheet reports whether a cell lies on an Excel sheet. Parsed references
// always do; hand-built nodes are checked so that corner arithmetic cannot
// overflow.
func inSheet(col, row int) bool {
	return col >= 1 && col <= maxCol && row >= 1 && row <= maxRow
}

func checkRange(rr *RangeRef) error {
	if !inSheet(rr.From.Col, rr.From.Row) || !inSheet(rr.To.Col, rr.To.Row) {
		return unsupported("range %s outside the sheet", rr)
	}
	return nil
}

func (e *evaluator) spend(n int64) error {
	if e.budget != nil && !e.budget.Spend(n) {
		return ErrBudget
	}
	e.cells += n
	if e.cells > maxCellsPerEval {
		return unsupported("more than %d cells read by one formula", maxCellsPerEval)
	}
	return nil
}

func minMax(a, b int) (int, int) {
	if a > b {
		return b, a
	}
	return a, b
}

// fitAsIs checks a cell's value as fit does but keeps its form: a cell read is
// added far more often than multiplied, and dropping the trailing zeros of
// every one cost more than the sum itself (a range of 100,000 figures took
// 70 ms); the result of an operation goes through fit.
func fitAsIs(d decimal.Decimal) (Value, error) {
	digits, v, out := excelRange(d)
	switch {
	case out:
		return v, nil
	case digits > maxDigits:
		return fit(d)
	}
	return NumberValue(d), nil
}

// fit checks that an exact result is something Excel could hold and
// normalises it (trailing zeros dropped, so later products stay small).
func fit(d decimal.Decimal) (Value, error) {
	digits, v, out := excelRange(d)
	switch {
	case out:
		return v, nil
	case digits > maxDigits:
		d = d.Normalize()
		if d.NumDigits() > maxDigits {
			return Value{}, unsupported("result needs more than %d digits", maxDigits)
		}
	}
	return NumberValue(d.Normalize()), nil
}

// excelRange returns a value's digits, or, with out set, what Excel makes of a value beyond
// its range: zero for zero or a value too small, #NUM! for one too large.
func excelRange(d decimal.Decimal) (digits int, v Value, out bool) {
	if d.IsZero() {
		return 0, NumberValue(decimal.Zero), true
	}
	digits = d.NumDigits()
	adj := int64(digits) + int64(d.Exponent()) - 1 // decimal exponent of the leading digit
	switch {
	case adj > maxExp10:
		return digits, ErrorValue(CodeNum), true
	case adj < -maxExp10:
		return digits, NumberValue(decimal.Zero), true
	}
	return digits, Value{}, false
}

// parseNumText converts text to a number the way arithmetic on a text cell
// does: surrounding spaces ignored, then a plain decimal (with optional
// exponent) of at most 400 characters, or nothing.
func parseNumText(s string) (decimal.Decimal, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 400 {
		return decimal.Decimal{}, false
	}
	d, err := decimal.NewFromString(s)
	if err != nil {
		return decimal.Decimal{}, false
	}
	v, err := fit(d)
	if err != nil || v.Kind != Number {
		return decimal.Decimal{}, false
	}
	return v.Num, true
}

// toNum coerces a scalar for arithmetic: blank is 0, TRUE/FALSE are 1/0,
// numeric text is its number, other text is #VALUE!, errors propagate. A
// non-nil *Value is the Excel error to return.
func toNum(v Value) (decimal.Decimal, *Value) {
	switch v.Kind {
	case Number:
		return v.Num, nil
	case Blank:
		return decimal.Zero, nil
	case Bool:
		if v.Num.IsZero() {
			return decimal.Zero, nil
		}
		return decimal.NewFromInt(1), nil
	case Text:
		if d, ok := parseNumText(v.Str); ok {
			return d, nil
		}
		ev := ErrorValue(CodeValue)
		return decimal.Decimal{}, &ev
	}
	ev := v
	if ev.Kind != Error {
		ev = ErrorValue(CodeValue)
	}
	return decimal.Decimal{}, &ev
}

// toBool coerces a scalar for IF/NOT: numbers are nonzero, blank is FALSE,
// the texts TRUE/FALSE are accepted, other text is #VALUE!.
func toBool(v Value) (bool, *Value) {
	switch v.Kind {
	case Number, Bool:
		return !v.Num.IsZero(), nil
	case Blank:
		return false, nil
	case Text:
		switch {
		case strings.EqualFold(strings.TrimSpace(v.Str), "TRUE"):
			return true, nil
		case strings.EqualFold(strings.TrimSpace(v.Str), "FALSE"):
			return false, nil
		}
	case Error:
		return false, &v
	}
	ev := ErrorValue(CodeValue)
	return false, &ev
}

// toText renders a scalar for '&'. Numbers get at most 15 significant
// digits like Excel's General format, but always in plain (never
// scientific) notation.
func toText(v Value) string {
	switch v.Kind {
	case Number:
		d := v.Num
		if d.IsZero() {
			return "0"
		}
		adj := d.NumDigits() + int(d.Exponent()) - 1
		if places := 14 - adj; -int(d.Exponent()) > places {
			d = d.Round(int32(places))
		}
		return d.String()
	case Bool:
		if v.Num.IsZero() {
			return "FALSE"
		}
		return "TRUE"
	case Text:
		return v.Str
	}
	return ""
}

func (e *evaluator) binary(n *Binary, depth int) (Value, error) {
	l, err := e.eval(n.L, depth+1)
	if err != nil {
		return Value{}, err
	}
	r, err := e.eval(n.R, depth+1)
	if err != nil {
		return Value{}, err
	}
	// Excel evaluates both sides, then the left error wins.
	if l.Kind == Error {
		return l, nil
	}
	if r.Kind == Error {
		return r, nil
	}
	switch n.Op {
	case "&":
		s := toText(l) + toText(r)
		if len(s) > maxTextLen {
			return ErrorValue(CodeValue), nil
		}
		return TextValue(s), nil
	case "=", "<>", "<", "<=", ">", ">=":
		c := compare(l, r)
		var b bool
		switch n.Op {
		case "=":
			b = c == 0
		case "<>":
			b = c != 0
		case "<":
			b = c < 0
		case "<=":
			b = c <= 0
		case ">":
			b = c > 0
		case ">=":
			b = c >= 0
		}
		return BoolValue(b), nil
	}
	a, ev := toNum(l)
	if ev != nil {
		return *ev, nil
	}
	b, ev := toNum(r)
	if ev != nil {
		return *ev, nil
	}
	switch n.Op {
	case "+":
		return fit(a.Add(b))
	case "-":
		return fit(a.Sub(b))
	case "*":
		return fit(a.Mul(b))
	case "/":
		if b.IsZero() {
			return ErrorValue(CodeDiv0), nil
		}
		return fit(a.DivRound(b, divPlaces))
	case "^":
		return pow(a, b)
	}
	return Value{}, unsupported("operator %q", n.Op)
}

// pow computes a^b exactly for a non-negative integer b by repeated
// squaring, checking the size after every step so 10^999999 stops early.
func pow(a, b decimal.Decimal) (Value, error) {
	if !b.IsInteger() || b.IsNegative() {
		return Value{}, unsupported("exponent %s (only non-negative integers are exact)", b)
	}
	if b.GreaterThan(decimal.NewFromInt(maxPowExponent)) {
		return Value{}, unsupported("exponent %s too large", b)
	}
	n := b.IntPart()
	if n == 0 {
		if a.IsZero() {
			return ErrorValue(CodeNum), nil // Excel: 0^0 is #NUM!
		}
		return NumberValue(decimal.NewFromInt(1)), nil
	}
	result, base := decimal.NewFromInt(1), a
	for {
		if n&1 == 1 {
			v, err := fit(result.Mul(base))
			if err != nil || v.Kind != Number {
				return v, err
			}
			result = v.Num
		}
		n >>= 1
		if n == 0 {
			return NumberValue(result), nil
		}
		v, err := fit(base.Mul(base))
		if err != nil || v.Kind != Number {
			return v, err
		}
		base = v.Num
	}
}

// compare orders two non-error scalars as Excel does: numbers < text <
// booleans, text case-insensitively, and a blank takes the type of the
// other side (0, "" or FALSE).
func compare(a, b Value) int {
	if a.Kind == Blank {
		a = blankAs(b.Kind)
	}
	if b.Kind == Blank {
		b = blankAs(a.Kind)
	}
	ra, rb := typeRank(a.Kind), typeRank(b.Kind)
	if ra != rb {
		if ra < rb {
			return -1
		}
		return 1
	}
	if a.Kind == Text {
		return strings.Compare(strings.ToUpper(a.Str), strings.ToUpper(b.Str))
	}
	return a.Num.Cmp(b.Num)
}

func blankAs(k Kind) Value {
	switch k {
	case Text:
		return TextValue("")
	case Bool:
		return BoolValue(false)
	}
	return NumberValue(decimal.Zero)
}

func typeRank(k Kind) int {
	switch k {
	case Text:
		return 1
	case Bool:
		return 2
	}
	return 0
}
