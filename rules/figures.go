package rules

import (
	"regexp"
	"strings"

	"github.com/shopspring/decimal"

	"lkjip/reconcile"
	"lkjip/reconcile/number"
	wb "lkjip/reconcile/workbook"
)

var (
	hundred = decimal.NewFromInt(100)
	one     = decimal.NewFromInt(1)
)

// divPlaces is the precision of one division. A percentage is computed as one division and
// then rounded once (spec, "Rounding"); 30 places keep any boundary case exact for the
// figures a report can show.
const divPlaces = 30

// pct returns num / den x 100, multiplying first so that the one division is the last step.
func pct(num, den decimal.Decimal) decimal.Decimal {
	return num.Mul(hundred).DivRound(den, divPlaces)
}

// amount returns a cell's figure, zero for "-" or blank: in an amount column a dash is nil.
func amount(c *wb.Cell) decimal.Decimal {
	if c.IsFigure() {
		return c.Num
	}
	return decimal.Zero
}

// effectiveOf is effective as an expression of the cells it adds.
func effectiveOf(r *wb.Row, role wb.Role) reconcile.Expr {
	c := r.Cell(role)
	if c.IsFigure() || len(r.Children) == 0 {
		return reconcile.Of(c)
	}
	parts := make([]reconcile.Expr, 0, len(r.Children))
	for _, ch := range r.Children {
		parts = append(parts, contributionOf(ch, role))
	}
	return reconcile.SumOf(parts...)
}

// nettoParent reports whether a row is a netto of its children (one counts against it).
func nettoParent(r *wb.Row) bool {
	for _, ch := range r.Children {
		if ch.Netto {
			return true
		}
	}
	return false
}

// contributionOf is what a child adds to its parent's sum: its effective amount, less it for
// a child that counts against a netto parent (wb.Row.Netto: Pengeluaran Pembiayaan).
func contributionOf(ch *wb.Row, role wb.Role) reconcile.Expr {
	if ch.Netto {
		return effectiveOf(ch, role).Neg()
	}
	return effectiveOf(ch, role)
}

// carriesFigure reports whether a row or any row under it writes a figure in the role's
// column: a sum over rows that carry none is no zero.
func carriesFigure(r *wb.Row, role wb.Role) bool {
	if r.Cell(role).IsFigure() {
		return true
	}
	for _, ch := range r.Children {
		if carriesFigure(ch, role) {
			return true
		}
	}
	return false
}

// noAmounts reports whether a budget row and every row under it leave Anggaran and Realisasi
// empty: a row that shows only its %.
func noAmounts(r *wb.Row) bool {
	if !r.Cell(wb.RoleAnggaran).IsEmpty() || !r.Cell(wb.RoleRealisasi).IsEmpty() {
		return false
	}
	for _, ch := range r.Children {
		if !noAmounts(ch) {
			return false
		}
	}
	return true
}

// effective is a budget row's amount for the sum above it, as the spec reads it: the row's
// own figure as written ("Jumlah equals the sum of the level-one rows"), or, for a heading
// row left empty, the sum of its children.
func effective(r *wb.Row, role wb.Role) decimal.Decimal {
	c := r.Cell(role)
	if c.IsFigure() || len(r.Children) == 0 {
		return amount(c)
	}
	sum := decimal.Zero
	for _, ch := range r.Children {
		if ch.Netto {
			sum = sum.Sub(effective(ch, role))
		} else {
			sum = sum.Add(effective(ch, role))
		}
	}
	return sum
}

var reRange = regexp.MustCompile(`^\s*([-−]?[\d.,]+)\s*(?:%\s*)?(?:-|–|—|s\s*[./]\s*d\.?|sampai(?:\s+dengan)?|hingga)\s*([\d.,]+)\s*%?\s*$`)

// targetRange reads a target range such as "60 – 70", "60-70" or "60 s.d. 70".
func targetRange(c *wb.Cell) (lo, hi decimal.Decimal, ok bool) {
	if c == nil || c.Kind != wb.Text {
		return lo, hi, false
	}
	m := reRange.FindStringSubmatch(strings.ToLower(c.Text))
	if m == nil {
		return lo, hi, false
	}
	a, _, ok1 := number.Text(m[1])
	b, _, ok2 := number.Text(m[2])
	if !ok1 || !ok2 || a.Value.GreaterThan(b.Value) {
		return lo, hi, false
	}
	return a.Value, b.Value, true
}

var reQuantity = regexp.MustCompile(`^\s*([-−]?[\d.,]+)\s*[\p{L}%][\p{L}\s%./]*$`)

// quantity reads a figure written with its unit, such as "7 nilai" or "95 persen".
func quantity(c *wb.Cell) (decimal.Decimal, int, bool) {
	if c == nil || c.Kind != wb.Text {
		return decimal.Zero, 0, false
	}
	m := reQuantity.FindStringSubmatch(c.Text)
	if m == nil {
		return decimal.Zero, 0, false
	}
	n, none, ok := number.Text(m[1])
	if !ok || none {
		return decimal.Zero, 0, false
	}
	return n.Value, n.Decimals, true
}

// figureOf returns a cell's figure, reading "7 nilai" as 7 where a unit follows the number.
func figureOf(c *wb.Cell) (decimal.Decimal, bool) {
	if c.IsFigure() {
		return c.Num, true
	}
	if v, _, ok := quantity(c); ok {
		return v, true
	}
	return decimal.Zero, false
}

// textFigure reads a figure a cell holds as text: Indonesian notation ("80", "2,5") or a
// figure with its unit ("7 nilai").
func textFigure(c *wb.Cell) (v decimal.Decimal, places int, ok bool) {
	if c == nil || c.Kind != wb.Text {
		return v, 0, false
	}
	if n, none, ok := number.Text(c.Text); ok && !none {
		return n.Value, n.Decimals, true
	}
	return quantity(c)
}

// figureExpr is a cell's figure as an expression: a number, or a figure written as text, which
// can then be named as the cause of a conflict like any other.
func figureExpr(c *wb.Cell) (reconcile.Expr, bool) {
	if c.IsFigure() {
		return reconcile.Of(c), true
	}
	if v, places, ok := textFigure(c); ok {
		return reconcile.Expr{}.Text(c, v, places, one), true
	}
	return reconcile.Expr{}, false
}

// normText folds a sasaran or label for matching across sheets: lower case, single spaces,
// no punctuation.
func normText(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return normTextUnicode(s)
		}
	}
	// ASCII, the common case, byte by byte: the rules and every file's summary normalise
	// each label they match.
	b := make([]byte, 0, len(s))
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			if space && len(b) > 0 {
				b = append(b, ' ')
			}
			space = false
			b = append(b, c)
		} else {
			space = true
		}
	}
	return string(b)
}

func normTextUnicode(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		} else {
			space = true
		}
	}
	return b.String()
}

// naWords are the normalised texts a report writes for a figure it does not have: "n/a",
// "N/A", "NA", "tidak ada data" and their like.
var naWords = map[string]bool{
	"n a": true, "na": true, "tidak ada data": true, "belum ada data": true, "data tidak tersedia": true,
	"tidak tersedia": true, "belum tersedia": true, "tidak ada": true,
}

// notAvailable reports whether a cell says in words that its figure is not available ("n/a",
// "tidak ada data"): no figure, and no typing mistake either (UM018 warns about it, UM004
// does not call it "bukan angka"). A figure computed from it cannot be judged.
func notAvailable(c *wb.Cell) bool {
	return c != nil && c.Kind == wb.Text && len(c.Text) <= 40 && naWords[normText(c.Text)]
}

// anyNotAvailable reports whether a row or any row under it holds a figure not available in
// one of the roles: a sum or an average over them cannot be judged.
func anyNotAvailable(r *wb.Row, roles ...wb.Role) bool {
	for _, role := range roles {
		if notAvailable(r.Cell(role)) {
			return true
		}
	}
	for _, ch := range r.Children {
		if anyNotAvailable(ch, roles...) {
			return true
		}
	}
	return false
}
