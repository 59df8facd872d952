package reconcile_test

import (
	"fmt"
	"runtime"
	"testing"

	"github.com/shopspring/decimal"

	"lkjip/reconcile"
	"lkjip/reconcile/workbook"
)

func figures(n int) []*workbook.Cell {
	out := make([]*workbook.Cell, n)
	for i := range out {
		out[i] = &workbook.Cell{Sheet: "S", Row: i + 1, Col: 1, Kind: workbook.Number, Num: decimal.NewFromInt(int64(i + 1))}
	}
	return out
}

// SumOf is Add done once: the same terms in the same order, the constants added.
func TestSumOfIsAdd(t *testing.T) {
	cells := figures(5)
	parts := []reconcile.Expr{reconcile.Of(cells[0]), reconcile.Sum(cells[1], nil, cells[2]), reconcile.Constant(decimal.NewFromInt(7)), reconcile.Sum(cells[3:]...)}
	var added reconcile.Expr
	for _, p := range parts {
		added = added.Add(p)
	}
	got := reconcile.SumOf(parts...)
	if fmt.Sprint(got.Cells()) != fmt.Sprint(added.Cells()) || !got.Const.Equal(added.Const) || !got.Value().Equal(decimal.NewFromInt(22)) {
		t.Errorf("SumOf: %v + %s = %s; Add: %v + %s", got.Cells(), got.Const, got.Value(), added.Cells(), added.Const)
	}
}

// A sum of the rows of a 100,000-row table costs its terms once: built with Add row by row,
// it copied 5·10⁹ terms.
func TestLargeSumsAreLinear(t *testing.T) {
	cells := figures(100000)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	parts := make([]reconcile.Expr, 0, len(cells))
	for _, c := range cells {
		parts = append(parts, reconcile.Of(c))
	}
	if s := reconcile.SumOf(parts...); len(s.Terms) != len(cells) || !s.Value().Equal(decimal.NewFromInt(5000050000)) {
		t.Fatalf("%d terms, %s", len(s.Terms), s.Value())
	}
	if s := reconcile.Sum(cells...); len(s.Terms) != len(cells) {
		t.Fatalf("%d terms", len(s.Terms))
	}
	runtime.ReadMemStats(&after)
	// A part's term and its slice, the sum's terms, Sum's growing slice: some hundreds of
	// bytes a row, not the 240 GB in all that adding row by row with Add copies.
	if b := after.TotalAlloc - before.TotalAlloc; b > 64<<20 {
		t.Errorf("%d bytes allocated for sums of 100,000 rows", b)
	}
}
