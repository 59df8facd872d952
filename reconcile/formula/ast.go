// Package formula is an exact evaluator for the small subset of Excel
// formulas found in Indonesian government performance-report workbooks
// (LKjIP and friends). It exists to recompute formula cells and detect
// stale cached values, so every number is a decimal.Decimal parsed from
// text: no float64 ever touches the numeric path.
//
// The pieces are:
//
//   - Parse: formula text -> AST (Node). A hand-written tokenizer and a
//     precedence-climbing parser (parse.go).
//   - EvalNode / Eval: AST -> Value, reading cells through a Resolver
//     (eval.go).
//   - Shift: rewrites a shared formula's master text for another cell of
//     the shared range, moving relative references only (parse.go).
//
// Anything outside the supported subset (unknown functions, defined names,
// array constants, whole-column ranges, 3-D and external references, ...)
// yields an error wrapping ErrUnsupported so callers can skip the check
// silently. Text that is not a formula at all yields an error wrapping
// ErrSyntax.
//
// # Walking the AST
//
// Every node is a pointer to one of the exported struct types below
// (*NumberLit, *StringLit, *BoolLit, *ErrorLit, *Missing, *CellRef,
// *RangeRef, *Unary, *Binary, *Percent, *Call); switch on the type and
// recurse into the exported child fields, or use Walk. Parentheses are not
// kept as nodes: the tree shape already encodes grouping, and String()
// re-inserts only the parentheses that precedence requires, so
// `(3/2)*100` and `3/2 * 100` both print as `3/2*100`.
package formula

import (
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
)

// Node is a node of a parsed formula. String prints a normalised formula
// (no spaces, upper-case names, minimal parentheses) that parses back to an
// equivalent tree.
type Node interface {
	String() string
	isNode()
}

// NumberLit is a numeric literal such as 1.5 or 1E3. Literals are never
// negative: `-1` parses as Unary{"-", NumberLit{1}}.
type NumberLit struct {
	Val  decimal.Decimal
	Text string // the literal as written in the formula
}

// StringLit is a string literal; Val has the "" escapes already undone.
type StringLit struct{ Val string }

// BoolLit is TRUE or FALSE.
type BoolLit struct{ Val bool }

// ErrorLit is an error literal such as #DIV/0! or #REF! written in the formula.
type ErrorLit struct{ Code string }

// Missing is an omitted function argument, as in IF(A1,,1).
type Missing struct{}

// CellRef is a single-cell reference. Sheet is "" for the formula's own
// sheet, otherwise the sheet name as written (quotes removed, doubled quotes undone).
// Col and Row are 1-based; ColAbs/RowAbs record the $ anchors.
type CellRef struct {
	Sheet  string
	Col    int
	Row    int
	ColAbs bool
	RowAbs bool
}

// RangeRef is a rectangular range From:To. From and To carry the same Sheet
// as the range. They are kept as written (not normalised to top-left /
// bottom-right) so String and Shift reproduce the original.
type RangeRef struct {
	Sheet    string
	From, To CellRef
}

// Unary is a prefix - or +.
type Unary struct {
	Op string // "-" or "+"
	X  Node
}

// Binary is an infix operator: + - * / ^ & = <> < <= > >=.
type Binary struct {
	Op   string
	L, R Node
}

// Percent is the postfix % operator (divides by 100).
type Percent struct{ X Node }

// Call is a function call. Name is upper-case with any _xlfn./_xlws.
// prefix removed. Omitted arguments appear as *Missing.
type Call struct {
	Name string
	Args []Node
}

func (*NumberLit) isNode() {}
func (*StringLit) isNode() {}
func (*BoolLit) isNode()   {}
func (*ErrorLit) isNode()  {}
func (*Missing) isNode()   {}
func (*CellRef) isNode()   {}
func (*RangeRef) isNode()  {}
func (*Unary) isNode()     {}
func (*Binary) isNode()    {}
func (*Percent) isNode()   {}
func (*Call) isNode()      {}

// Walk visits n and its descendants depth-first, parent before children,
// left to right. If fn returns false the children of that node are skipped.
// The From/To cells of a RangeRef are not visited separately.
func Walk(n Node, fn func(Node) bool) {
	if n == nil || !fn(n) {
		return
	}
	switch n := n.(type) {
	case *Unary:
		Walk(n.X, fn)
	case *Percent:
		Walk(n.X, fn)
	case *Binary:
		Walk(n.L, fn)
		Walk(n.R, fn)
	case *Call:
		for _, a := range n.Args {
			Walk(a, fn)
		}
	}
}

// Precedence levels, low to high, shared by the parser and String so that
// printing and parsing agree.
const (
	precCompare = 1 // = <> < <= > >=
	precConcat  = 2 // &
	precAdd     = 3 // + -
	precMul     = 4 // * /
	precPow     = 5 // ^
	precPercent = 6 // postfix %
	precUnary   = 7 // prefix - + (tighter than ^: -2^2 = 4 in Excel)
	precAtom    = 8 // literals, references, ranges, calls
)

// binPrec returns the precedence of a binary operator, 0 if op is not one.
func binPrec(op string) int {
	switch op {
	case "=", "<>", "<", "<=", ">", ">=":
		return precCompare
	case "&":
		return precConcat
	case "+", "-":
		return precAdd
	case "*", "/":
		return precMul
	case "^":
		return precPow
	}
	return 0
}

func nodePrec(n Node) int {
	switch n := n.(type) {
	case *Binary:
		return binPrec(n.Op)
	case *Percent:
		return precPercent
	case *Unary:
		return precUnary
	}
	return precAtom
}

func paren(n Node, need bool) string {
	if need {
		return "(" + n.String() + ")"
	}
	return n.String()
}

func (n *NumberLit) String() string { return n.Val.String() }

func (n *StringLit) String() string {
	return `"` + strings.ReplaceAll(n.Val, `"`, `""`) + `"`
}

func (n *BoolLit) String() string {
	if n.Val {
		return "TRUE"
	}
	return "FALSE"
}

func (n *ErrorLit) String() string { return n.Code }

func (*Missing) String() string { return "" }

func (n *CellRef) String() string { return sheetPrefix(n.Sheet) + n.local() }

// local prints the reference without its sheet, keeping $ anchors.
func (n *CellRef) local() string {
	var b strings.Builder
	if n.ColAbs {
		b.WriteByte('$')
	}
	b.WriteString(ColName(n.Col))
	if n.RowAbs {
		b.WriteByte('$')
	}
	b.WriteString(strconv.Itoa(n.Row))
	return b.String()
}

func (n *RangeRef) String() string {
	return sheetPrefix(n.Sheet) + n.From.local() + ":" + n.To.local()
}

func (n *Unary) String() string {
	// A Percent or Binary operand needs parentheses: -(2%) is a different
	// tree from -2% (which parses as (-2)%), and -(2^2) differs from -2^2.
	return n.Op + paren(n.X, nodePrec(n.X) < precUnary)
}

func (n *Percent) String() string {
	return paren(n.X, nodePrec(n.X) < precPercent) + "%"
}

func (n *Binary) String() string {
	p := binPrec(n.Op)
	// Operators are left-associative (Excel evaluates 2^3^2 as (2^3)^2),
	// so an equal-precedence right operand keeps its parentheses.
	return paren(n.L, nodePrec(n.L) < p) + n.Op + paren(n.R, nodePrec(n.R) <= p)
}

func (n *Call) String() string {
	var b strings.Builder
	b.WriteString(n.Name)
	b.WriteByte('(')
	for i, a := range n.Args {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(a.String())
	}
	b.WriteByte(')')
	return b.String()
}

// ColName converts a 1-based column number to letters (1 -> A, 28 -> AB).
func ColName(col int) string {
	if col < 1 {
		return "?"
	}
	var buf [8]byte
	i := len(buf)
	for col > 0 {
		col--
		i--
		buf[i] = byte('A' + col%26)
		col /= 26
	}
	return string(buf[i:])
}

// sheetPrefix renders "Sheet!" with quotes when the name is not a plain
// identifier or could be mistaken for a cell reference.
func sheetPrefix(sheet string) string {
	if sheet == "" {
		return ""
	}
	if plainSheetName(sheet) {
		return sheet + "!"
	}
	return "'" + strings.ReplaceAll(sheet, "'", "''") + "'!"
}

func plainSheetName(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z', c >= 'a' && c <= 'z', c == '_':
		case (c >= '0' && c <= '9') || c == '.':
			if i == 0 {
				return false
			}
		default:
			return false
		}
	}
	// Names like A1 or R1C1 must be quoted or they read as references.
	if _, ok := parseCellRef(s); ok {
		return false
	}
	u := strings.ToUpper(s)
	if u == "R" || u == "C" || (u[0] == 'R' && strings.ContainsRune(u, 'C')) {
		return false
	}
	return true
}
