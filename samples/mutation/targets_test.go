package mutation

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"lkjip/reconcile"
	"lkjip/samples/build"
)

// TestTypo: the typos of the package documentation, and those that cannot be made.
func TestTypo(t *testing.T) {
	for _, c := range []struct {
		typo, in string
		places   int
		want     string // "" when the typo cannot be made
	}{
		{Digit, "2739149000", 0, "2739148000"},
		{Swap, "2739149000", 0, "2739194000"},
		{Digit, "98.32", 2, "99.32"},
		{Swap, "98.32", 2, "98.23"},
		{Swap, "87.55", 2, "85.75"},
		{Swap, "103", 2, "100.3"}, // 103,00 -> 100,30
		{Digit, "3", 0, "4"},
		{Digit, "9", 0, "8"},
		{Swap, "3", 0, ""},
		{Swap, "80", 0, ""}, // 08
		{Swap, "12", 0, "21"},
		{Digit, "2.5", 1, "3.5"},
		{Swap, "2.5", 1, "5.2"},
		{Digit, "-1500", 0, "-2500"},
		{Swap, "8000000", 0, ""},          // only 80 -> 08
		{Swap, "12400000", 0, "12040000"}, // 00 at the thousands: the next pair up
		{Digit, "0.75", 2, "1.75"},
	} {
		got, ok := typo(c.typo, decimal.RequireFromString(c.in), c.places)
		switch {
		case c.want == "" && ok:
			t.Errorf("%s of %s: %s, want none", c.typo, c.in, got)
		case c.want != "" && (!ok || !got.Equal(decimal.RequireFromString(c.want))):
			t.Errorf("%s of %s at %d decimals: %s (%v), want %s", c.typo, c.in, c.places, got, ok, c.want)
		}
	}
}

// TestTargetsUnderEveryLayout: the cells are found from the model, so the clean content
// written under every layout of package build gives the same targets, kind by kind.
func TestTargetsUnderEveryLayout(t *testing.T) {
	dir := t.TempDir()
	count := func(l build.Layout) map[string][]string {
		p := filepath.Join(dir, strings.ReplaceAll(l.String(), "+", "-")+".xlsx")
		if err := build.Clean().Write(p, l); err != nil {
			t.Fatal(err)
		}
		w, ferr := reconcile.Read(p, reconcile.Options{})
		if ferr != nil {
			t.Fatal(ferr)
		}
		targets, _ := Targets(w)
		out := map[string][]string{}
		for _, tg := range targets {
			out[tg.Kind] = append(out[tg.Kind], tg.Cell.Num.String())
		}
		for _, v := range out {
			slices.Sort(v) // another column order reads the cells in another order
		}
		return out
	}
	plain := count(build.Layout{})
	if len(plain) < 35 {
		t.Fatalf("only %d kinds of cell in the clean sample: %v", len(plain), plain)
	}
	for _, l := range build.Layouts()[1:] {
		got := count(l)
		for _, k := range Kinds {
			if !slices.Equal(got[k], plain[k]) {
				t.Errorf("layout %s, %s: %v, plain %v", l, k, got[k], plain[k])
			}
		}
	}
}

// TestNoFloat: the benchmark compares figures as exact decimals, as the checker does.
func TestNoFloat(t *testing.T) {
	banned := map[string]bool{"float64": true, "float32": true, "ParseFloat": true, "NewFromFloat": true,
		"InexactFloat64": true, "Float64": true, "FormatFloat": true}
	checked := 0
	for _, dir := range []string{".", "../mutate"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
		for _, path := range files {
			if strings.HasSuffix(path, "_test.go") {
				continue
			}
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			f, err := parser.ParseFile(token.NewFileSet(), path, src, 0)
			if err != nil {
				t.Fatal(err)
			}
			checked++
			ast.Inspect(f, func(n ast.Node) bool {
				if id, ok := n.(*ast.Ident); ok && banned[id.Name] {
					t.Errorf("%s: %s", path, id.Name)
				}
				return true
			})
		}
	}
	if checked < 3 {
		t.Fatalf("only %d files checked", checked)
	}
}
