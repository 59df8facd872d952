package formula

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/shopspring/decimal"
)

// ErrUnsupported is wrapped by errors from Eval/Parse for functions or syntax outside the subset;
// callers then skip the check silently.
var ErrUnsupported = errors.New("formula: unsupported")

// ErrSyntax is wrapped by errors for text that is not a well-formed formula
// (unbalanced parentheses, dangling operators, wrong argument counts, ...).
var ErrSyntax = errors.New("formula: syntax error")

// Limits that keep hostile workbook content from costing unbounded time or
// memory. Anything beyond them is ErrUnsupported.
const (
	MaxLength     = 8 << 10   // bytes of formula text
	MaxDepth      = 64        // nesting of parentheses, calls and prefix operators
	MaxRangeCells = 1_000_000 // cells in one range

	maxCol = 16384   // XFD, the last Excel column
	maxRow = 1048576 // the last Excel row
)

func unsupported(format string, a ...any) error {
	return fmt.Errorf("%w: %s", ErrUnsupported, fmt.Sprintf(format, a...))
}

func syntaxErr(pos int, format string, a ...any) error {
	return fmt.Errorf("%w at offset %d: %s", ErrSyntax, pos, fmt.Sprintf(format, a...))
}

// ---------------------------------------------------------------- tokenizer

type tokKind int

const (
	tEOF    tokKind = iota
	tNum            // numeric literal, text as written
	tStr            // string literal, val unescaped
	tErr            // error literal such as #DIV/0!, text upper-cased
	tIdent          // function name, cell reference, TRUE/FALSE or defined name
	tSheet          // sheet qualifier including its '!', val is the bare sheet name
	tOp             // + - * / ^ & = <> < <= > >= %
	tLParen         // (
	tRParen         // )
	tComma          // ,
	tColon          // :
)

type token struct {
	kind tokKind
	text string // source text (upper-cased for tErr)
	val  string // decoded value for tStr and tSheet
	pos  int    // byte offsets into the source, used by Shift to splice
	end  int
}

// errorCodes are the error literals Excel writes into formulas.
var errorCodes = []string{"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!"}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// isIdentRune reports whether r may appear in an unquoted name: letters,
// digits, '_', '.', '\' and '$' (the anchors in $A$1).
func isIdentRune(r rune) bool {
	return r == '_' || r == '.' || r == '\\' || r == '$' || (r < utf8.RuneSelf && isDigit(byte(r))) || unicode.IsLetter(r)
}

func lex(src string) ([]token, error) {
	var toks []token
	i := 0
	for i < len(src) {
		c := src[i]
		start := i
		switch {
		case c == ' ' || c == '\t' || c == '\r' || c == '\n':
			// Excel's space is also the intersection operator; we do not
			// support it, and two operands in a row then fail to parse.
			i++
			continue
		case isDigit(c) || (c == '.' && i+1 < len(src) && isDigit(src[i+1])):
			i = scanNumber(src, i)
			toks = append(toks, token{kind: tNum, text: src[start:i]})
		case c == '"':
			s, j, ok := scanQuoted(src, i, '"')
			if !ok {
				return nil, syntaxErr(i, "unterminated string")
			}
			i = j
			toks = append(toks, token{kind: tStr, text: src[start:i], val: s})
		case c == '\'':
			s, j, ok := scanQuoted(src, i, '\'')
			if !ok {
				return nil, syntaxErr(i, "unterminated sheet name")
			}
			if j >= len(src) || src[j] != '!' {
				return nil, syntaxErr(j, "quoted name not followed by '!'")
			}
			if s == "" {
				return nil, syntaxErr(i, "empty sheet name")
			}
			if strings.HasPrefix(s, "[") {
				return nil, unsupported("external workbook reference %q", s)
			}
			i = j + 1
			toks = append(toks, token{kind: tSheet, text: src[start:i], val: s})
		case c == '#':
			code := ""
			for _, e := range errorCodes {
				if len(src)-i >= len(e) && strings.EqualFold(src[i:i+len(e)], e) {
					code = e
					break
				}
			}
			if code == "" {
				return nil, syntaxErr(i, "unknown error literal")
			}
			i += len(code)
			toks = append(toks, token{kind: tErr, text: code})
		case c == '<':
			i++
			if i < len(src) && (src[i] == '>' || src[i] == '=') {
				i++
			}
			toks = append(toks, token{kind: tOp, text: src[start:i]})
		case c == '>':
			i++
			if i < len(src) && src[i] == '=' {
				i++
			}
			toks = append(toks, token{kind: tOp, text: src[start:i]})
		case strings.IndexByte("+-*/^&=%", c) >= 0:
			i++
			toks = append(toks, token{kind: tOp, text: src[start:i]})
		case c == '(':
			i++
			toks = append(toks, token{kind: tLParen, text: "("})
		case c == ')':
			i++
			toks = append(toks, token{kind: tRParen, text: ")"})
		case c == ',':
			i++
			toks = append(toks, token{kind: tComma, text: ","})
		case c == ':':
			i++
			toks = append(toks, token{kind: tColon, text: ":"})
		case c == '{' || c == '[' || c == '@' || c == ';':
			return nil, unsupported("%q (array constants, structured or external references, implicit intersection)", c)
		default:
			r, size := utf8.DecodeRuneInString(src[i:])
			if r == utf8.RuneError || !(isIdentRune(r) && !unicode.IsDigit(r) && r != '.') {
				return nil, syntaxErr(i, "unexpected character %q", r)
			}
			i += size
			for i < len(src) {
				r, size := utf8.DecodeRuneInString(src[i:])
				if !isIdentRune(r) {
					break
				}
				i += size
			}
			name := src[start:i]
			if i < len(src) && src[i] == '!' {
				i++
				toks = append(toks, token{kind: tSheet, text: src[start:i], val: name})
			} else {
				toks = append(toks, token{kind: tIdent, text: name})
			}
		}
		toks[len(toks)-1].pos = start
		toks[len(toks)-1].end = i
	}
	return append(toks, token{kind: tEOF, pos: len(src), end: len(src)}), nil
}

// scanNumber returns the end of the number starting at i: digits, an
// optional fraction and an optional exponent (E, sign, digits).
func scanNumber(src string, i int) int {
	for i < len(src) && isDigit(src[i]) {
		i++
	}
	if i < len(src) && src[i] == '.' {
		i++
		for i < len(src) && isDigit(src[i]) {
			i++
		}
	}
	if i < len(src) && (src[i] == 'e' || src[i] == 'E') {
		j := i + 1
		if j < len(src) && (src[j] == '+' || src[j] == '-') {
			j++
		}
		if j < len(src) && isDigit(src[j]) {
			for j < len(src) && isDigit(src[j]) {
				j++
			}
			i = j
		}
	}
	return i
}

// scanQuoted reads a q-quoted run starting at src[i]==q where a doubled q is
// an escaped q. It returns the unescaped text and the index after the
// closing quote.
func scanQuoted(src string, i int, q byte) (string, int, bool) {
	var b strings.Builder
	for j := i + 1; j < len(src); j++ {
		if src[j] != q {
			b.WriteByte(src[j])
			continue
		}
		if j+1 < len(src) && src[j+1] == q {
			b.WriteByte(q)
			j++
			continue
		}
		return b.String(), j + 1, true
	}
	return "", len(src), false
}

// parseCellRef parses an A1-style reference such as $AB$12 (no sheet).
func parseCellRef(s string) (CellRef, bool) {
	var ref CellRef
	i := 0
	if i < len(s) && s[i] == '$' {
		ref.ColAbs = true
		i++
	}
	start := i
	for i < len(s) && i-start < 4 {
		c := s[i] | 0x20 // lower-case ASCII letters; other bytes fail the test below
		if c < 'a' || c > 'z' {
			break
		}
		ref.Col = ref.Col*26 + int(c-'a'+1)
		i++
	}
	if i == start || i-start > 3 {
		return CellRef{}, false
	}
	if i < len(s) && s[i] == '$' {
		ref.RowAbs = true
		i++
	}
	start = i
	for i < len(s) && isDigit(s[i]) && i-start < 8 {
		ref.Row = ref.Row*10 + int(s[i]-'0')
		i++
	}
	if i == start || i != len(s) || ref.Col > maxCol || ref.Row < 1 || ref.Row > maxRow {
		return CellRef{}, false
	}
	return ref, true
}

// ---------------------------------------------------------------- parser

type parser struct {
	toks  []token
	i     int
	depth int
}

func (p *parser) peek() token { return p.toks[p.i] }

func (p *parser) next() token {
	t := p.toks[p.i]
	if t.kind != tEOF {
		p.i++
	}
	return t
}

func (p *parser) enter() error {
	p.depth++
	if p.depth > MaxDepth {
		return unsupported("nesting deeper than %d", MaxDepth)
	}
	return nil
}

func (p *parser) leave() { p.depth-- }

// prepare applies the length limit and drops a leading '='.
func prepare(expr string) (string, error) {
	if len(expr) > MaxLength {
		return "", unsupported("formula longer than %d bytes", MaxLength)
	}
	return strings.TrimPrefix(expr, "="), nil
}

// Parse parses a formula (with or without a leading '=') into an AST.
// Calls to functions the evaluator does not know still parse; EvalNode
// rejects them with ErrUnsupported.
func Parse(expr string) (n Node, err error) {
	defer func() {
		if r := recover(); r != nil {
			n, err = nil, fmt.Errorf("formula: internal error parsing %q: %v", expr, r)
		}
	}()
	src, err := prepare(expr)
	if err != nil {
		return nil, err
	}
	toks, err := lex(src)
	if err != nil {
		return nil, err
	}
	p := &parser{toks: toks}
	n, err = p.parseExpr(precCompare)
	if err != nil {
		return nil, err
	}
	if t := p.peek(); t.kind != tEOF {
		return nil, syntaxErr(t.pos, "unexpected %q", t.text)
	}
	return n, nil
}

// parseExpr is precedence climbing over the binary operators: it parses an
// operand, then folds in every following operator whose precedence is at
// least minPrec. The right operand is parsed with minPrec = prec+1, which
// makes every operator left-associative as in Excel (2^3^2 = 64).
func (p *parser) parseExpr(minPrec int) (Node, error) {
	lhs, err := p.parsePostfix()
	if err != nil {
		return nil, err
	}
	for {
		t := p.peek()
		if t.kind != tOp {
			return lhs, nil
		}
		prec := binPrec(t.text)
		if prec == 0 || prec < minPrec {
			return lhs, nil
		}
		p.next()
		rhs, err := p.parseExpr(prec + 1)
		if err != nil {
			return nil, err
		}
		lhs = &Binary{Op: t.text, L: lhs, R: rhs}
	}
}

// parsePostfix handles '%', which binds looser than prefix minus but tighter
// than '^'.
func (p *parser) parsePostfix() (Node, error) {
	x, err := p.parsePrefix()
	if err != nil {
		return nil, err
	}
	for t := p.peek(); t.kind == tOp && t.text == "%"; t = p.peek() {
		p.next()
		x = &Percent{X: x}
	}
	return x, nil
}

// parsePrefix handles unary - and +. They sit below '^' in the call chain,
// so they bind tighter: -2^2 is (-2)^2 = 4, Excel's documented quirk.
func (p *parser) parsePrefix() (Node, error) {
	t := p.peek()
	if t.kind == tOp && (t.text == "-" || t.text == "+") {
		p.next()
		if err := p.enter(); err != nil {
			return nil, err
		}
		x, err := p.parsePrefix()
		p.leave()
		if err != nil {
			return nil, err
		}
		return &Unary{Op: t.text, X: x}, nil
	}
	return p.parseRange()
}

// parseRange handles the ':' operator, the tightest of all. Only
// cell:cell is supported; whole rows/columns, names and chained ranges are
// not.
func (p *parser) parseRange() (Node, error) {
	x, err := p.parsePrimary()
	if err != nil {
		return nil, err
	}
	if p.peek().kind != tColon {
		return x, nil
	}
	colon := p.next()
	from, ok := x.(*CellRef)
	if !ok {
		if k := p.peek().kind; k == tNum || k == tIdent {
			return nil, unsupported("whole-row or non-cell range at offset %d", colon.pos)
		}
		return nil, syntaxErr(colon.pos, "':' needs cell references on both sides")
	}
	sheet := from.Sheet
	t := p.next()
	if t.kind == tSheet {
		if t.val != from.Sheet {
			return nil, unsupported("3-D or mixed-sheet range at offset %d", t.pos)
		}
		t = p.next()
	}
	if t.kind != tIdent && t.kind != tNum {
		return nil, syntaxErr(t.pos, "':' needs cell references on both sides")
	}
	to, ok := parseCellRef(t.text)
	if !ok || p.peek().kind == tLParen {
		return nil, unsupported("range end %q", t.text)
	}
	if p.peek().kind == tColon {
		return nil, unsupported("chained range at offset %d", p.peek().pos)
	}
	to.Sheet = sheet
	return &RangeRef{Sheet: sheet, From: *from, To: to}, nil
}

func (p *parser) parsePrimary() (Node, error) {
	t := p.next()
	switch t.kind {
	case tNum:
		d, err := decimal.NewFromString(t.text)
		if err != nil {
			return nil, syntaxErr(t.pos, "bad number %q", t.text)
		}
		if !d.IsZero() {
			// Excel cannot hold such literals; refusing them here also keeps
			// later arithmetic on sane magnitudes.
			if adj := int64(d.NumDigits()) + int64(d.Exponent()) - 1; adj > maxExp10 || adj < -maxExp10 {
				return nil, unsupported("number %q outside Excel's range", t.text)
			}
		}
		return &NumberLit{Val: d, Text: t.text}, nil
	case tStr:
		return &StringLit{Val: t.val}, nil
	case tErr:
		return &ErrorLit{Code: t.text}, nil
	case tSheet:
		r := p.next()
		ref, ok := parseCellRef(r.text)
		if r.kind != tIdent || !ok || p.peek().kind == tLParen {
			if r.kind == tIdent || r.kind == tNum || r.kind == tErr {
				return nil, unsupported("sheet-qualified %q", r.text)
			}
			return nil, syntaxErr(r.pos, "expected a cell reference after %q", t.text)
		}
		ref.Sheet = t.val
		return &ref, nil
	case tIdent:
		if p.peek().kind == tLParen {
			return p.parseCall(t)
		}
		switch strings.ToUpper(t.text) {
		case "TRUE":
			return &BoolLit{Val: true}, nil
		case "FALSE":
			return &BoolLit{Val: false}, nil
		}
		if ref, ok := parseCellRef(t.text); ok {
			return &ref, nil
		}
		return nil, unsupported("name %q (defined names and whole-column ranges are not supported)", t.text)
	case tLParen:
		if err := p.enter(); err != nil {
			return nil, err
		}
		x, err := p.parseExpr(precCompare)
		p.leave()
		if err != nil {
			return nil, err
		}
		if c := p.next(); c.kind != tRParen {
			return nil, syntaxErr(c.pos, "expected ')'")
		}
		return x, nil
	case tEOF:
		return nil, syntaxErr(t.pos, "unexpected end of formula")
	}
	return nil, syntaxErr(t.pos, "unexpected %q", t.text)
}

// parseCall parses NAME(args); the name token is already consumed and the
// next token is '('. Empty argument slots become *Missing.
func (p *parser) parseCall(name token) (Node, error) {
	p.next() // (
	if err := p.enter(); err != nil {
		return nil, err
	}
	defer p.leave()
	call := &Call{Name: normName(name.text)}
	if p.peek().kind == tRParen {
		p.next()
		return call, nil
	}
	for {
		var arg Node = &Missing{}
		if k := p.peek().kind; k != tComma && k != tRParen {
			a, err := p.parseExpr(precCompare)
			if err != nil {
				return nil, err
			}
			arg = a
		}
		call.Args = append(call.Args, arg)
		switch t := p.next(); t.kind {
		case tComma:
		case tRParen:
			return call, nil
		default:
			return nil, syntaxErr(t.pos, "expected ',' or ')' in %s()", call.Name)
		}
	}
}

// normName upper-cases a function name and drops the _xlfn./_xlws. prefixes
// Excel writes for functions newer than the 2007 file format. The prefix
// stays when what follows could not start a name, so String still prints
// something that parses.
func normName(s string) string {
	s = strings.ToUpper(s)
	for _, pre := range []string{"_XLFN.", "_XLWS."} {
		if rest := strings.TrimPrefix(s, pre); rest != s && rest != "" {
			if r, _ := utf8.DecodeRuneInString(rest); r == '_' || unicode.IsLetter(r) {
				s = rest
			}
		}
	}
	return s
}

// ---------------------------------------------------------------- Shift

// Shift rewrites a shared formula's master text for a cell dRows rows below and dCols columns right
// of the master cell: relative references move, $-anchored parts stay (A1 -> A2, $A1 -> $A2, A$1 -> B$1 when dCols=1).
//
// It works on tokens, so everything but the moved references (spacing,
// parentheses, unsupported functions) is copied through unchanged, and a
// leading '=' is kept if present. A reference pushed off the sheet, and
// whole-row/column ranges, give ErrUnsupported.
func Shift(expr string, dRows, dCols int) (out string, err error) {
	defer func() {
		if r := recover(); r != nil {
			out, err = "", fmt.Errorf("formula: internal error shifting %q: %v", expr, r)
		}
	}()
	src, err := prepare(expr)
	if err != nil {
		return "", err
	}
	lead := expr[:len(expr)-len(src)]
	toks, err := lex(src)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	b.WriteString(lead)
	last := 0
	for k, t := range toks {
		if t.kind == tColon && k > 0 && lineOnly(toks[k-1]) && lineOnly(toks[k+1]) {
			return "", unsupported("shifting whole-row or whole-column range at offset %d", t.pos)
		}
		if t.kind != tIdent || toks[k+1].kind == tLParen {
			continue
		}
		ref, ok := parseCellRef(t.text)
		if !ok {
			continue // TRUE/FALSE or a defined name: names do not move
		}
		if !ref.ColAbs {
			ref.Col += dCols
		}
		if !ref.RowAbs {
			ref.Row += dRows
		}
		if ref.Col < 1 || ref.Col > maxCol || ref.Row < 1 || ref.Row > maxRow {
			return "", unsupported("%s shifted by (%d,%d) leaves the sheet", t.text, dRows, dCols)
		}
		b.WriteString(src[last:t.pos])
		b.WriteString(ref.local())
		last = t.end
	}
	b.WriteString(src[last:])
	return b.String(), nil
}

// lineOnly reports whether t is half of a whole-column (A, $A) or whole-row
// (1, $1) range bound.
func lineOnly(t token) bool {
	s := strings.TrimPrefix(t.text, "$")
	if s == "" || (t.kind != tIdent && t.kind != tNum) {
		return false
	}
	letters, digits := true, true
	for i := 0; i < len(s); i++ {
		c := s[i] | 0x20
		letters = letters && c >= 'a' && c <= 'z'
		digits = digits && isDigit(s[i])
	}
	return (letters && len(s) <= 3) || digits
}
