package diagnose

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
)

// budget is a small Realisasi Anggaran: a program P with one kegiatan K of two sub kegiatan
// a and b, the Jumlah J (= P), and Identitas's copy of the Jumlah Realisasi. Each row has
// Anggaran, Realisasi, Selisih and % (two decimals).
type budget struct {
	g     *Graph
	name  map[int]string
	nodes map[string]int
}

func d(s string) decimal.Decimal { return decimal.RequireFromString(s) }

var unit = decimal.NewFromInt(1)

func newBudget(values map[string]string) *budget {
	b := &budget{g: &Graph{}, name: map[int]string{}, nodes: map[string]int{}}
	rows := []string{"a", "b", "K", "P", "J"}
	for _, r := range rows {
		for _, col := range []string{"A", "R", "S", "%"} {
			places := 0
			if col == "%" {
				places = 2
			}
			b.add(r+"."+col, values[r+"."+col], places)
		}
	}
	b.add("Id.R", values["Id.R"], 0)
	for _, r := range rows {
		b.g.AddRelation(&Relation{Kind: Equals, Out: b.nodes[r+".S"], Num: Linear{Terms: []Term{{b.nodes[r+".A"], unit}, {b.nodes[r+".R"], unit.Neg()}}}})
		b.g.AddRelation(&Relation{Kind: Ratio, Out: b.nodes[r+".%"], B: unit, Num: Linear{Terms: []Term{{b.nodes[r+".R"], unit}}}, Den: Linear{Terms: []Term{{b.nodes[r+".A"], unit}}}})
	}
	sum := func(parent string, children ...string) {
		cols := []string{"A", "R", "S"}
		if parent == "J" {
			cols = cols[:2] // the Jumlah is the sum of the rows' Anggaran and Realisasi
		}
		for _, col := range cols {
			var terms []Term
			for _, c := range children {
				terms = append(terms, Term{b.nodes[c+"."+col], unit})
			}
			b.g.AddRelation(&Relation{Kind: Equals, Out: b.nodes[parent+"."+col], Num: Linear{Terms: terms}, Residual: true})
		}
	}
	sum("K", "a", "b")
	sum("P", "K")
	sum("J", "P")
	b.g.AddRelation(&Relation{Kind: Equals, Out: b.nodes["Id.R"], Num: Linear{Terms: []Term{{b.nodes["J.R"], unit}}}})
	return b
}

func (b *budget) add(name, value string, places int) {
	i := b.g.AddNode(Node{Value: d(value), Places: places})
	b.name[i], b.nodes[name] = name, i
}

// clean is a consistent budget: a 100/95, b 200/190, K 300/285, P = J = 300/285.
func clean() map[string]string {
	return map[string]string{
		"a.A": "100000", "a.R": "95000", "a.S": "5000", "a.%": "95.00",
		"b.A": "200000", "b.R": "190000", "b.S": "10000", "b.%": "95.00",
		"K.A": "300000", "K.R": "285000", "K.S": "15000", "K.%": "95.00",
		"P.A": "300000", "P.R": "285000", "P.S": "15000", "P.%": "95.00",
		"J.A": "300000", "J.R": "285000", "J.S": "15000", "J.%": "95.00",
		"Id.R": "285000",
	}
}

// describe prints an explanation: "a.R=95000 cause" per change, then candidates.
func (b *budget) describe(ex []Explanation) string {
	var out []string
	for _, e := range ex {
		for _, c := range e.Changes {
			s := fmt.Sprintf("%s=%s", b.name[c.Node], c.Value.StringFixed(int32(b.g.Nodes[c.Node].Places)))
			if c.Cause {
				s += " cause"
			} else {
				s += " because " + b.name[c.Because]
			}
			if cands := e.Candidates[c.Node]; len(cands) > 0 {
				var names []string
				for _, n := range cands {
					names = append(names, b.name[n])
				}
				sort.Strings(names)
				s += " or " + strings.Join(names, ",")
			}
			out = append(out, s)
		}
		for _, r := range e.Residuals {
			out = append(out, "residual "+b.name[b.g.Rels[r].Out])
		}
		for _, r := range e.Unexplained {
			out = append(out, "unexplained "+b.name[b.g.Rels[r].Out])
		}
	}
	return strings.Join(out, "; ")
}

func TestDiagnose(t *testing.T) {
	cases := []struct {
		name   string
		change map[string]string
		want   string
	}{
		{"clean", nil, ""},
		// A mistyped leaf: its Selisih, its % and its parent's sum all say the same value.
		{"leaf realisasi", map[string]string{"a.R": "96000"}, "a.R=95000 cause"},
		{"leaf percentage", map[string]string{"a.%": "59.00"}, "a.%=95.00 cause"},
		{"leaf selisih", map[string]string{"b.S": "1000"}, "b.S=10000 cause"},
		{"parent anggaran", map[string]string{"K.A": "310000"}, "K.A=300000 cause"},
		{"copy in Identitas", map[string]string{"Id.R": "258000"}, "Id.R=285000 cause"},
		// A kegiatan's Realisasi mistyped, its Selisih and % computed from the typo: one
		// cause, the two figures follow it; the program, which adds up, is right.
		{"parent typed wrong with its row", map[string]string{"K.R": "286000", "K.S": "14000", "K.%": "95.33"},
			"K.R=285000 cause; K.S=15000 because K.R; K.%=95.00 because K.R"},
		// The Jumlah's Realisasi is the odd one out: its Selisih, % and Identitas agree on
		// another value, which the rows do not add up to either: the Jumlah takes the value
		// they agree on, and one of the figures below is wrong too (candidates).
		{"Jumlah the odd one out", map[string]string{"J.R": "250000", "J.S": "20000", "J.%": "93.33", "Id.R": "280000"},
			"J.R=280000 cause; residual J.R"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			v := clean()
			for k, x := range c.change {
				v[k] = x
			}
			b := newBudget(v)
			got := b.describe(b.g.Diagnose(Options{}))
			if !strings.HasPrefix(got, c.want) || c.want == "" && got != "" {
				t.Errorf("got  %s\nwant %s", got, c.want)
			}
			t.Log(got)
		})
	}
}

// TestWholeSumAgreesWithDecimals: the int64 path of a sum gives what decimal arithmetic
// gives, and leaves to it what it cannot hold (decimals, large amounts, other coefficients).
func TestWholeSumAgreesWithDecimals(t *testing.T) {
	g := &Graph{}
	for _, s := range []string{"2437383089", "-301765911", "0", "999999999999999", "1000000000000000", "88.98", "1.5e3"} {
		g.AddNode(Node{Value: d(s)})
	}
	v := newValues(g)
	cases := []struct {
		terms []Term
		whole bool
		want  string
	}{
		{[]Term{{0, unit}, {1, unit.Neg()}, {2, unit}}, true, "2739149000"},
		{[]Term{{0, unit}, {3, unit}}, true, "1000002437383088"},
		{[]Term{{0, unit}, {4, unit}}, false, "1000002437383089"}, // 10^15: decimal path
		{[]Term{{0, unit}, {5, unit}}, false, "2437383177.98"},
		{[]Term{{0, unit}, {6, unit}}, false, "2437384589"}, // written with an exponent
		{[]Term{{0, d("2")}}, false, "4874766178"},
	}
	for i, c := range cases {
		l := Linear{Terms: c.terms}
		_, whole := v.wholeSum(&l)
		got := v.linear(&l)
		if whole != c.whole || !got.Equal(d(c.want)) {
			t.Errorf("case %d: whole %v, sum %s; want whole %v, sum %s", i, whole, got, c.whole, c.want)
		}
	}
}

// TestCauseKeepsSignAtTheCentre: amounts printed rounded widen a relation by their slack, so
// a parent of 0,00 over a child of 30,00 allows the child anything in [-0,01; 0,01]. The child
// keeps its sign, and takes the value in the middle of what the relations allow where that
// keeps it (0,00), not the middle of what is left once the negative part is cut (0,01).
func TestCauseKeepsSignAtTheCentre(t *testing.T) {
	g := &Graph{}
	parent := g.AddNode(Node{Value: d("0.00"), Places: 2})
	child := g.AddNode(Node{Value: d("30.00"), Places: 2})
	pagu := g.AddNode(Node{Value: d("15.00"), Places: 2})
	g.AddRelation(&Relation{Kind: Equals, Out: parent, Num: Linear{Terms: []Term{{child, unit}}}, Residual: true, Tol: d("0.005")})
	g.AddRelation(&Relation{Kind: AtMost, Out: child, Num: Linear{Terms: []Term{{pagu, unit}}}, Residual: true})
	exs := g.Diagnose(Options{})
	if len(exs) != 1 || len(exs[0].Changes) != 1 {
		t.Fatalf("explanations %+v, want one changing one figure", exs)
	}
	ch := exs[0].Changes[0]
	if ch.Node != child || !ch.Value.Equal(d("0")) {
		t.Errorf("changed node %d to %s, want the child (%d) to 0,00", ch.Node, ch.Value, child)
	}
}
