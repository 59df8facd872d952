// Package diagnose finds which figures of a workbook are wrong. The rules describe how the
// figures hang together (a Selisih is Anggaran minus Realisasi, a % is Realisasi over
// Anggaran, a parent is the sum of its children, a summary copies a total, a predikat is the
// scale's label for a capaian) as relations over nodes; the diagnosis names the fewest nodes
// whose correction makes every relation hold, each with the value that makes it hold (spec,
// "Which cell a finding names").
//
// The method is model-based diagnosis (Reiter 1987, "A theory of diagnosis from first
// principles"; Jannach & Schmitz 2014 for spreadsheets), made easy by two facts of this
// domain: the relations are known and exact, and mistakes are few. A conflict is a relation
// that does not hold with the written figures. A candidate explanation frees a few nodes (the
// causes); propagation gives each freed node the value its relations imply (an exact value
// where a sum or a copy gives one, an interval where only a rounded ratio bounds it), and a
// derived figure that held before but no longer does once its inputs changed follows along (a
// consequence: the Selisih a typist computed from a mistyped Realisasi). The search deepens
// the number of causes one at a time, branching on the cells of a conflict left unexplained,
// and keeps the explanations with the fewest causes, then the fewest changed nodes. Where
// several explanations tie, the caller learns the other causes (candidates).
//
// The package knows no workbook: nodes are numbers, relations are arithmetic. Package
// reconcile builds them from the rules and turns an explanation into findings.
package diagnose

import (
	"github.com/shopspring/decimal"
	"slices"
)

// Node is one written figure.
type Node struct {
	// Value is the written figure; Places the decimals it shows: a figure is right when the
	// exact value of its relation rounds to it at Places.
	Value  decimal.Decimal
	Places int
	// Label marks a node that holds a label (a predikat) rather than a figure: Text is the
	// label as compared (case and spaces folded by the caller).
	Label bool
	Text  string
	// Invalid marks written content that can never be right whatever its inputs (amounts in
	// words that do not read as an amount): a relation with it as its output holds only once
	// it is changed.
	Invalid bool
	// Fixed marks a node that is never a cause (a figure from outside the workbook).
	Fixed bool
}

// Term is one node of a linear expression, with its coefficient.
type Term struct {
	Node int
	Coef decimal.Decimal
}

// Linear is (Const + Σ Coef·node) / Div; a zero Div means 1.
type Linear struct {
	Const decimal.Decimal
	Terms []Term
	Div   decimal.Decimal
}

// Kind is the arithmetic of a relation.
type Kind uint8

// The kinds of relation.
const (
	// Equals: Out = Num (sums, differences, copies, averages).
	Equals Kind = iota
	// Ratio: Out = A + B·100·Num/Den (a %, a capaian by polarity, % Efisiensi). A zero Den
	// leaves the relation unjudged: another rule says a reviewer must look.
	Ratio
	// Rentang: Out = 100 when Num lies in [Lo, Hi], 100·Num/Lo below, 100·Num/Hi above.
	Rentang
	// Lookup: Out, a label, = Scale(Num rounded at InPlaces).
	Lookup
	// AtMost and AtLeast bound Out (or Lhs) by Num: Out <= Num, Out >= Num. They derive
	// nothing: a bound that does not hold is a finding about the figures as they stand.
	AtMost
	AtLeast
)

// Scale maps a figure to a label and a label back to its band [Lo, Hi) (Hi unbounded when
// !HasHi), for Lookup relations.
type Scale interface {
	Label(v decimal.Decimal) (string, bool)
	Band(label string) (lo, hi decimal.Decimal, hasHi, ok bool)
}

// Relation is one way the figures hang together.
type Relation struct {
	Kind Kind
	// Out is the derived node; -1 for a relation between two expressions (Lhs = Num) that
	// derives no cell of its own (a column's sum against a total elsewhere).
	Out      int
	Lhs      Linear
	Num, Den Linear
	A, B     decimal.Decimal
	Lo, Hi   decimal.Decimal
	Scale    Scale
	InPlaces int
	// Tol widens the rounding rule (the settings' tolerance of the rule).
	Tol decimal.Decimal
	// Residual marks a relation the diagnosis may leave as it stands, at the cost of one
	// cause, rather than change one of its nodes: a total of several rows whose rows do not
	// add up to it when nothing else says which row is wrong (the caller reports it at the
	// total, naming the rows), or a bound that the figures break as they stand.
	Residual bool
	// Implied marks a relation that follows from others (a parent's Selisih from its own
	// Anggaran and Realisasi sums and its rows' Selisih): it helps find causes, but left as a
	// residual it costs nothing and is not reported: another residual says the same.
	Implied bool

	// all caches nodes(), which the search reads for every relation it touches.
	all []int
}

// HoldsWith reports whether a relation holds with some nodes changed (a label node's change
// in labels).
func (g *Graph) HoldsWith(r *Relation, changed map[int]decimal.Decimal, labels map[int]string) bool {
	v := newValues(g)
	for n, x := range changed {
		v.num[n] = x
	}
	for n, x := range labels {
		v.lab[n] = x
	}
	return v.holds(r)
}

// Holds reports whether a relation holds with the written figures. The relation need not
// be the graph's: its nodes must be.
func (g *Graph) Holds(r *Relation) bool { return newValues(g).holds(r) }

// Compute returns the exact value a relation gives its output with the written figures (a
// label for Lookup); ok is false where it cannot be judged.
func (g *Graph) Compute(r *Relation) (exact decimal.Decimal, label string, ok bool) {
	return newValues(g).compute(r)
}

// Graph is the nodes and relations of one workbook.
type Graph struct {
	Nodes []Node
	Rels  []*Relation
	// uses lists, per node, the relations it appears in.
	uses [][]int
}

// Grow makes room for nodes and relations more, so that building a graph does not copy it.
func (g *Graph) Grow(nodes, rels int) {
	g.Nodes = slices.Grow(g.Nodes, nodes)
	g.uses = slices.Grow(g.uses, nodes)
	g.Rels = slices.Grow(g.Rels, rels)
}

// AddNode adds a node and returns its index.
func (g *Graph) AddNode(n Node) int {
	g.Nodes = append(g.Nodes, n)
	g.uses = append(g.uses, nil)
	return len(g.Nodes) - 1
}

// AddRelation adds a relation and returns its index.
func (g *Graph) AddRelation(r *Relation) int {
	i := len(g.Rels)
	g.Rels = append(g.Rels, r)
	r.all = nil
	for _, n := range r.nodes() {
		// Relations are added in order: a node read twice by this one has it last already.
		if u := g.uses[n]; len(u) == 0 || u[len(u)-1] != i {
			g.uses[n] = append(u, i)
		}
	}
	return i
}

// nodes lists the nodes a relation reads, its output first (when it has one). The list is
// shared: callers must not change it.
func (r *Relation) nodes() []int {
	if r.all != nil {
		return r.all
	}
	out := make([]int, 0, 1+len(r.Lhs.Terms)+len(r.Num.Terms)+len(r.Den.Terms))
	if r.Out >= 0 {
		out = append(out, r.Out)
	}
	for _, l := range []*Linear{&r.Lhs, &r.Num, &r.Den} {
		for _, t := range l.Terms {
			out = append(out, t.Node)
		}
	}
	r.all = out
	return out
}

// derives reports whether a relation computes a node of its own (a bound computes none).
func (r *Relation) derives() bool { return r.Out >= 0 && r.Kind != AtMost && r.Kind != AtLeast }

// Inputs lists the nodes a relation derives its output from.
func (r *Relation) Inputs() []int {
	var out []int
	for _, l := range []*Linear{&r.Lhs, &r.Num, &r.Den} {
		for _, t := range l.Terms {
			out = append(out, t.Node)
		}
	}
	return out
}

// Inputs lists the nodes of a linear expression.
func (l Linear) Inputs() []int {
	out := make([]int, len(l.Terms))
	for i, t := range l.Terms {
		out[i] = t.Node
	}
	return out
}

// Uses returns the relations a node appears in.
func (g *Graph) Uses(n int) []int { return g.uses[n] }
