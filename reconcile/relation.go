package reconcile

import (
	"github.com/shopspring/decimal"

	"lkjip/reconcile/diagnose"
	"lkjip/reconcile/workbook"
)

// Expr is a linear expression over cells: (Const + Σ Coef·cell) / Div. A cell that holds no
// figure (blank, "-") counts as zero and is no term: it cannot be the cause of anything.
type Expr struct {
	Const decimal.Decimal
	Terms []ExprTerm
	// Div divides the whole; zero means 1 (an average of n figures has Div n).
	Div decimal.Decimal
}

// ExprTerm is one cell of an expression with its coefficient.
type ExprTerm struct {
	Cell *workbook.Cell
	Coef decimal.Decimal
	// Value and Places, when Value is set, are the figure of a cell that holds it as text
	// ("7 nilai", a target typed as text): the cell's Num is not.
	Value  *decimal.Decimal
	Places int
}

// Text adds coef·v to an expression for a cell that holds its figure v as text (shown at
// places decimals): the cell can still be the cause of a conflict.
func (e Expr) Text(c *workbook.Cell, v decimal.Decimal, places int, coef decimal.Decimal) Expr {
	e.Terms = append(e.Terms[:len(e.Terms):len(e.Terms)], ExprTerm{Cell: c, Coef: coef, Value: &v, Places: places})
	return e
}

var one = decimal.NewFromInt(1)

// Sum is the sum of cells; cells without a figure count as zero.
func Sum(cells ...*workbook.Cell) Expr {
	// Built in one slice of its own: Plus copies the terms at every step (see SumOf).
	var e Expr
	for _, c := range cells {
		if c != nil && c.IsFigure() {
			e.Terms = append(e.Terms, ExprTerm{Cell: c, Coef: one})
		}
	}
	return e
}

// SumOf adds expressions without a divisor, as Add does one by one, allocating the terms
// once. Add and Plus copy the terms of what they add to (an Expr is a value that may be
// shared and added to twice), so that a sum built part by part costs the square of its
// parts: a column of a 100,000-row table added with Add copies 5·10⁹ terms.
func SumOf(parts ...Expr) Expr {
	var e Expr
	n := 0
	for _, p := range parts {
		n += len(p.Terms)
	}
	if n > 0 {
		e.Terms = make([]ExprTerm, 0, n)
	}
	for _, p := range parts {
		e.Const = e.Const.Add(p.Const)
		e.Terms = append(e.Terms, p.Terms...)
	}
	return e
}

// Of is the expression of one cell.
func Of(c *workbook.Cell) Expr { return Sum(c) }

// Constant is an expression without cells.
func Constant(v decimal.Decimal) Expr { return Expr{Const: v} }

// Plus adds coef·c to an expression (a cell without a figure adds nothing).
func (e Expr) Plus(c *workbook.Cell, coef decimal.Decimal) Expr {
	if c == nil || !c.IsFigure() {
		return e
	}
	e.Terms = append(e.Terms[:len(e.Terms):len(e.Terms)], ExprTerm{Cell: c, Coef: coef})
	return e
}

// Add adds another expression (both without a divisor).
func (e Expr) Add(f Expr) Expr {
	e.Const = e.Const.Add(f.Const)
	e.Terms = append(e.Terms[:len(e.Terms):len(e.Terms)], f.Terms...)
	return e
}

// Neg negates an expression.
func (e Expr) Neg() Expr {
	out := Expr{Const: e.Const.Neg(), Div: e.Div}
	for _, t := range e.Terms {
		out.Terms = append(out.Terms, ExprTerm{Cell: t.Cell, Coef: t.Coef.Neg()})
	}
	return out
}

// Over divides an expression by n.
func (e Expr) Over(n decimal.Decimal) Expr {
	e.Div = n
	return e
}

// Value is the expression's exact value with the cells as written.
func (e Expr) Value() decimal.Decimal {
	v := e.Const
	for _, t := range e.Terms {
		x := t.Cell.Num
		if t.Value != nil {
			x = *t.Value
		}
		v = v.Add(t.Coef.Mul(x))
	}
	if e.Div.IsZero() {
		return v
	}
	return v.DivRound(e.Div, 30)
}

// Cells lists the expression's cells.
func (e Expr) Cells() []*workbook.Cell {
	out := make([]*workbook.Cell, len(e.Terms))
	for i, t := range e.Terms {
		out[i] = t.Cell
	}
	return out
}

// RelKind is the arithmetic of a relation (see diagnose.Kind).
type RelKind = diagnose.Kind

// The kinds of relation.
const (
	// Equals: Out = Num (a sum, a difference, a copy, an average).
	Equals = diagnose.Equals
	// Ratio: Out = A + B·100·Num/Den (a %, a capaian by polarity, % Efisiensi).
	Ratio = diagnose.Ratio
	// Rentang: Out = 100 when Num lies in [Lo, Hi], 100·Num/Lo below, 100·Num/Hi above.
	Rentang = diagnose.Rentang
	// Lookup: Out, a label, is the scale's label for Num rounded at InPlaces.
	Lookup = diagnose.Lookup
	// AtMost and AtLeast: Out is no more (no less) than Num: a bound, not a derivation.
	AtMost  = diagnose.AtMost
	AtLeast = diagnose.AtLeast
)

// Relation says how a figure follows from others: a Selisih from its row's Anggaran and
// Realisasi, a parent from its children, a summary figure from the detail, a predikat from a
// capaian (spec: "every derived figure is judged against its inputs as they should read, not
// as written"). A rule declares its relations with Pass.Relate instead of comparing figures
// itself; the Checker judges every relation of the workbook together (package diagnose) and
// reports each mistake once, at the fewest cells whose correction makes them all hold.
type Relation struct {
	Kind RelKind
	// Out is the derived cell. A relation between two expressions that derives no cell of
	// its own (a column's sum against the budget total) leaves Out nil and compares Lhs with
	// Num; At is then the cell a finding about it stands at (a column header).
	Out      *workbook.Cell
	Lhs      Expr
	At       *workbook.Cell
	Num, Den Expr
	A, B     decimal.Decimal
	Lo, Hi   decimal.Decimal
	// Scale is a Lookup's scale; InPlaces the decimals its input is rounded to first.
	Scale    *workbook.Scale
	InPlaces int
	// Sum marks a total of rows (a parent, a Jumlah, a column's sum): when its rows do not add
	// up to it and nothing says which row is wrong, the finding stands at the total and names
	// the rows as the candidates, rather than telling one of them to change.
	Sum bool
	// Implied marks a relation that follows from others the rules declare (a parent's
	// Selisih from its Anggaran and Realisasi and its rows' Selisih): it helps find a cause, but
	// a total of it left standing only says another's finding again, and is not reported.
	Implied bool
	// Name says what Out (or, without Out, the relation) is, for findings at other cells:
	// "Realisasi "Program Penunjang..."", "Jumlah kolom Pagu Anggaran Sasaran". Empty: the
	// Checker names Out by its row and column.
	Name Text
	// Says is the finding when Out is the wrong figure: the expected and the written figure
	// in each language's notation. SaysLabel the same for a label (a predikat).
	Says      func(expected, actual Fig) Text
	SaysLabel func(expected, actual string, input Fig) Text
	// Words, when set, prints Out's expected figure as the words the cell should hold (an
	// amount in words): Out holds words, read into Value.
	Words func(v decimal.Decimal) (string, bool)
	// Value and Invalid give Out's figure where the cell does not hold it as a number (the
	// amount its words spell); Invalid when the words cannot be read as an amount.
	Value   *decimal.Decimal
	Invalid bool
	// OutPlaces are the decimals Out shows where Value gives its figure.
	OutPlaces int
}

// Relate declares a relation of the pass's rule. The Checker judges it with every other once
// the rules have run.
func (p *Pass) Relate(r Relation) {
	p.found.relate(p.Rule, &r, p.Settings.Tolerance(p.Rule.ID))
}
