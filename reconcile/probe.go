package reconcile

import (
	"slices"

	"github.com/shopspring/decimal"

	"lkjip/reconcile/diagnose"
	"lkjip/reconcile/workbook"
)

// A big workbook's rules run twice at most (see Checker.model). The first run, a probe,
// judges each relation alone as it is declared and keeps none of them: only which cells each
// reads, and the value of a cell first seen as something else than its plain figure (a
// label, a figure read from its text, amounts in words). Where every relation holds, as in
// most big exports, that is all: no graph of half a million relations is built.
//
// Where some do not hold, the probe knows which cells a diagnosis may change: the cells of
// the relations that do not hold, and, through every relation that derives a figure from one
// of them, the figures that could follow (package diagnose frees causes among the cells of
// the conflicts only, and makes derived figures follow through the relations of the changed
// cells). The second run keeps only the relations that read such a cell: the diagnosis
// consults no other, and reaches the same findings on a graph of a few relations instead of
// the whole workbook's.
type probe struct {
	// scratch holds the nodes of the relation being judged; rel is that relation.
	scratch diagnose.Graph
	rel     diagnose.Relation
	// Cells are known by an identity: a cell's ID, or, for a cell without one (or with
	// another workbook's), a negative number given to its place.
	byID    []*workbook.Cell
	places  map[cellKey]int32
	special map[int32]diagnose.Node
	// seen takes each cell the relations read, for the coverage; cells counts them.
	seen  *cellSet
	cells int
	// Relation i reads the cells ids[start[i]:start[i+1]] and derives out[i] (0: none);
	// conflicts are the relations that did not hold.
	start, ids, out, conflicts []int32
	// changeable marks, after close, the identities a diagnosis may change: positive
	// identities at id-1, negative ones after them.
	changeable []bool
}

// newProbe makes a probe for a workbook (nil: none), sized for its cells' IDs.
func newProbe(w *workbook.Workbook, seen *cellSet) *probe {
	p := &probe{places: map[cellKey]int32{}, special: map[int32]diagnose.Node{}, seen: seen}
	if n := maxCellID(w); n > 0 {
		p.byID = make([]*workbook.Cell, n)
	}
	return p
}

// maxCellID returns the highest cell ID of a workbook's sheets: the probe's index of cells
// by ID is made at that size at once rather than grown by doubling (4 MB less at the peak
// of a 100,000-row budget).
func maxCellID(w *workbook.Workbook) int {
	n := int32(0)
	if w == nil {
		return 0
	}
	for _, sh := range w.Sheets {
		for _, g := range sh.Rows {
			for _, c := range g.Cells {
				if c != nil {
					n = max(n, c.ID)
				}
			}
		}
	}
	return int(n)
}

// identity returns a cell's identity, and whether the probe sees the cell for the first
// time.
func (p *probe) identity(j *judgement, c *workbook.Cell) (id int32, first bool) {
	if c.ID > 0 {
		i := int(c.ID) - 1
		if i >= len(p.byID) {
			p.byID = slices.Grow(p.byID, max(i+1, 2*len(p.byID))-len(p.byID))
			p.byID = p.byID[:cap(p.byID)]
		}
		switch x := p.byID[i]; {
		case x == c || x != nil && x.Sheet == c.Sheet && x.Row == c.Row && x.Col == c.Col:
			return c.ID, false
		case x == nil:
			if len(p.places) == 0 {
				p.byID[i] = c
				return c.ID, true
			}
			if id, ok := p.places[j.key(c)]; ok {
				return id, false // another workbook's cell at this place came first
			}
			p.byID[i] = c
			return c.ID, true
		}
		// Another workbook's cell with the same ID (an LRA export's): by place.
	}
	k := j.key(c)
	if id, ok := p.places[k]; ok {
		return id, false
	}
	id = -int32(len(p.places) + 1)
	p.places[k] = id
	return id, true
}

// lookup returns the identity the probe gave a cell, without giving one.
func (p *probe) lookup(j *judgement, c *workbook.Cell) (int32, bool) {
	if c.ID == 0 {
		if own := j.fileCell(c); own != nil {
			c = own
		}
	}
	if i := int(c.ID) - 1; i >= 0 && i < len(p.byID) {
		if x := p.byID[i]; x == c || x != nil && x.Sheet == c.Sheet && x.Row == c.Row && x.Col == c.Col {
			return c.ID, true
		}
	}
	id, ok := p.places[j.key(c)]
	return id, ok
}

// plain reports whether a node is a cell's plain figure.
func plain(c *workbook.Cell, n diagnose.Node) bool {
	return !n.Label && !n.Invalid && !n.Fixed && n.Places == int(c.Decimals) && n.Value.Equal(c.Num)
}

// node makes a cell a node of the scratch graph one relation is judged in, with the value
// the whole graph would give it: the value it was given where it was first seen.
func (p *probe) node(j *judgement, c *workbook.Cell, n diagnose.Node) int {
	id, first := p.identity(j, c)
	switch own, ok := p.special[id]; {
	case first:
		p.seen.add(c)
		p.cells++
		if !plain(c, n) {
			p.special[id] = n
		}
	case ok:
		n = own
	default:
		n = diagnose.Node{Value: c.Num, Places: int(c.Decimals)}
	}
	p.ids = append(p.ids, id)
	p.scratch.Nodes = append(p.scratch.Nodes, n)
	return len(p.scratch.Nodes) - 1
}

// first returns the node a cell was given where the probe first saw it.
func (p *probe) first(j *judgement, c *workbook.Cell) diagnose.Node {
	if id, ok := p.lookup(j, c); ok {
		if own, ok := p.special[id]; ok {
			return own
		}
	}
	return diagnose.Node{Value: c.Num, Places: int(c.Decimals)}
}

// judge judges one relation alone and records its cells; it reports whether it holds.
func (p *probe) judge(j *judgement, r *Relation, tol decimal.Decimal) bool {
	p.scratch.Nodes = p.scratch.Nodes[:0]
	from := len(p.ids)
	p.start = append(p.start, int32(from))
	dr := j.relation(r, tol, &p.rel)
	out := int32(0)
	if dr.Out >= 0 {
		out = p.ids[from+dr.Out]
	}
	p.out = append(p.out, out)
	if p.scratch.Holds(dr) {
		return true
	}
	p.conflicts = append(p.conflicts, int32(len(p.out)-1))
	return false
}

// index is an identity's place in changeable.
func (p *probe) index(id int32) int {
	if id > 0 {
		return int(id) - 1
	}
	return len(p.byID) + int(-id) - 1
}

// close finds the cells a diagnosis may change: the cells of the conflicts, and the output
// of every relation that reads one of them, until none is added.
func (p *probe) close() {
	p.start = append(p.start, int32(len(p.ids)))
	n := len(p.byID) + len(p.places)
	// uses[at[x]:at[x+1]] are the relations that read identity x.
	at := make([]int32, n+1)
	for _, id := range p.ids {
		at[p.index(id)+1]++
	}
	for i := 1; i <= n; i++ {
		at[i] += at[i-1]
	}
	uses := make([]int32, len(p.ids))
	next := slices.Clone(at[:n])
	for r := 0; r+1 < len(p.start); r++ {
		for _, id := range p.ids[p.start[r]:p.start[r+1]] {
			x := p.index(id)
			uses[next[x]] = int32(r)
			next[x]++
		}
	}
	p.changeable = make([]bool, n)
	var queue []int32
	mark := func(id int32) {
		if x := p.index(id); !p.changeable[x] {
			p.changeable[x] = true
			queue = append(queue, id)
		}
	}
	for _, r := range p.conflicts {
		for _, id := range p.ids[p.start[r]:p.start[r+1]] {
			mark(id)
		}
	}
	for len(queue) > 0 {
		id := queue[len(queue)-1]
		queue = queue[:len(queue)-1]
		x := p.index(id)
		for _, r := range uses[at[x]:at[x+1]] {
			if o := p.out[r]; o != 0 {
				mark(o)
			}
		}
	}
	p.start, p.ids, p.out, p.scratch, p.rel = nil, nil, nil, diagnose.Graph{}, diagnose.Relation{}
}

// relevant reports whether the diagnosis may consult a relation: it reads a cell that may
// change.
func (p *probe) relevant(j *judgement, r *Relation) bool {
	may := func(c *workbook.Cell) bool {
		id, ok := p.lookup(j, c)
		return ok && p.changeable[p.index(id)]
	}
	if r.Out != nil && may(r.Out) {
		return true
	}
	for _, e := range []*Expr{&r.Lhs, &r.Num, &r.Den} {
		for _, t := range e.Terms {
			if may(t.Cell) {
				return true
			}
		}
	}
	return false
}

// failing returns the cells of the first relations that did not hold, at most n: each
// relation's derived cell, or, for one that derives none, its first cell of the workbook.
func (p *probe) failing(n int) []*workbook.Cell {
	var out []*workbook.Cell
	for _, r := range p.conflicts {
		if len(out) == n {
			break
		}
		ids := p.ids[p.start[r]:]
		if int(r)+1 < len(p.start) {
			ids = p.ids[p.start[r]:p.start[r+1]]
		}
		if o := p.out[r]; o > 0 {
			ids = []int32{o}
		}
		for _, id := range ids {
			if id > 0 && int(id) <= len(p.byID) && p.byID[id-1] != nil {
				out = append(out, p.byID[id-1])
				break
			}
		}
	}
	return out
}
