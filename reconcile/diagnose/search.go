package diagnose

import (
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
)

// Change is one node an explanation changes.
type Change struct {
	Node int
	// Value (or Label, for a label node) is the node's new value.
	Value decimal.Decimal
	Label string
	// Exact is false when the relations only bound the value (a rounded ratio): Value is one
	// that makes them hold, not the only one.
	Exact bool
	// Cause is set for a node the explanation frees; a consequence (Cause false) is a
	// derived figure that held with the written figures and follows its changed inputs:
	// Because is the cause it follows from, Rel the relation that gives its value.
	Cause   bool
	Because int
	Rel     int
	// Fixes lists, for a cause, the relations that did not hold with the written figures and
	// hold once it is changed: what implies its value.
	Fixes []int
}

// Explanation is the diagnosis of one connected part of the workbook.
type Explanation struct {
	Changes []Change
	// Candidates maps a cause to the other nodes that, each in its place, explain the
	// conflicts as well (as few causes, as few changes).
	Candidates map[int][]int
	// Residuals lists the relations (Relation.Residual) the explanation leaves as they stand:
	// totals whose terms do not add up to them when nothing says which term is wrong, bounds
	// the figures break.
	Residuals []int
	// Unexplained lists the relations that do not hold with the written figures and that no
	// explanation within the search's budget accounts for; the caller reports them as they
	// stand.
	Unexplained []int
	// Conflicts lists the relations of this part that do not hold with the written figures.
	Conflicts []int
}

// Options bound the search.
type Options struct {
	// MaxCauses is the most causes the exhaustive search gives an explanation (default 3);
	// beyond, causes are added one at a time (see greedy).
	MaxCauses int
	// Budget is the most explanations tried per part (default 20,000); a part whose search
	// runs out is reported unexplained.
	Budget int
}

// Diagnose explains the relations of g that do not hold: one Explanation per connected group
// of conflicts. A workbook whose relations all hold gets none.
func (g *Graph) Diagnose(opt Options) []Explanation {
	if opt.MaxCauses <= 0 {
		opt.MaxCauses = 3
	}
	if opt.Budget <= 0 {
		opt.Budget = 20000
	}
	w := newValues(g)
	held := make([]bool, len(g.Rels))
	var conflicts []int
	for i, r := range g.Rels {
		held[i] = w.holds(r)
		if !held[i] {
			conflicts = append(conflicts, i)
		}
	}
	if len(conflicts) == 0 {
		return nil
	}
	var out []Explanation
	for _, part := range g.parts(conflicts, held) {
		s := &search{g: g, held: held, conflicts: part, opt: opt, budget: opt.Budget}
		out = append(out, s.run())
	}
	return out
}

// parts groups the conflicts that one explanation may have to account for together: those
// that share a node, and those joined through relations that hold, where a change to a node
// of one conflict makes a derived figure of another follow (a mistyped Realisasi whose
// Selisih, computed from the typo, breaks the sum of the Selisih above). Each group is
// explained on its own.
func (g *Graph) parts(conflicts []int, held []bool) [][]int {
	parent := map[int]int{}
	var find func(int) int
	find = func(x int) int {
		if p, ok := parent[x]; ok && p != x {
			r := find(p)
			parent[x] = r
			return r
		}
		parent[x] = x
		return x
	}
	union := func(a, b int) { parent[find(a)] = find(b) }
	byNode := map[int]int{}
	for _, c := range conflicts {
		find(c)
		for _, n := range g.Rels[c].nodes() {
			if other, ok := byNode[n]; ok {
				union(c, other)
			} else {
				byNode[n] = c
			}
		}
	}
	// What a change can reach in one step: a node of one conflict that is an input of a
	// relation that holds, whose output is a node of another conflict (the Selisih computed
	// from a mistyped Realisasi). Longer chains are not followed: they would join most of a
	// workbook's conflicts into one, through its totals, for explanations that are rare.
	for _, c := range conflicts {
		for _, n := range g.Rels[c].nodes() {
			for _, ri := range g.uses[n] {
				r := g.Rels[ri]
				if !held[ri] || !r.derives() || r.Out == n {
					continue
				}
				if other, ok := byNode[r.Out]; ok {
					union(c, other)
				}
			}
		}
	}
	groups := map[int][]int{}
	var order []int
	for _, c := range conflicts {
		r := find(c)
		if _, ok := groups[r]; !ok {
			order = append(order, r)
		}
		groups[r] = append(groups[r], c)
	}
	out := make([][]int, 0, len(order))
	for _, r := range order {
		out = append(out, groups[r])
	}
	return out
}

// search explains one group of conflicts.
type search struct {
	g         *Graph
	held      []bool
	conflicts []int
	opt       Options
	budget    int
	seen      map[string]bool
	tried     map[string]*trial // try's outcome by set of causes, across depths
	grouped   map[string]*trial // greedyStep's trials of an option with groups of causes
	solved    map[[2]int]domain // solve's domain of (relation, node) with the written figures
	long      bool              // greedy tries every option with every cause (no combining)
	reach     map[int][]int     // bound's nodes a cause's change can reach
	best      []*trial
	bestCost  [2]int
}

// trial is the outcome of one set of causes. A cause is a node, or, written -(r+1), a sum r
// left as it stands (a residual).
type trial struct {
	causes  []int
	vals    *values
	changes []Change
	left    []int // conflicts it leaves unexplained
	failed  bool
	// touched are the relations of the freed nodes and the residuals, freed the nodes the
	// trial freed (causes and the figures that follow them): what greedyStep compares.
	touched map[int]bool
	freed   map[int]bool
}

func (s *search) run() Explanation {
	s.bestCost = [2]int{1 << 30, 1 << 30}
	s.tried = map[string]*trial{}
	if s.disjoint() > s.opt.MaxCauses {
		// More conflicts that share no node than the exhaustive search allows causes: it
		// cannot succeed; go straight to the one-at-a-time search.
		return s.greedy()
	}
	for depth := 1; depth <= s.opt.MaxCauses && s.budget > 0; depth++ {
		s.seen = map[string]bool{}
		s.dfs(nil, depth)
		if len(s.best) > 0 {
			break
		}
	}
	ex := Explanation{Conflicts: s.conflicts}
	if len(s.best) == 0 {
		// Too many causes for the exhaustive search: add, one at a time, the cause that
		// explains the most conflicts left (the greedy approximation of the smallest hitting
		// set); whatever none explains stays unexplained.
		return s.greedy()
	}
	chosen := s.best[0]
	ex.Changes = chosen.finish(s.g)
	for _, c := range chosen.causes {
		if c < 0 {
			ex.Residuals = append(ex.Residuals, -c-1)
		}
	}
	// The other explanations of the same cost that differ from the chosen one in one cause:
	// the cause they have in its place is its candidate.
	if len(s.best) > 1 {
		ex.Candidates = map[int][]int{}
		for _, other := range s.best[1:] {
			var mine, theirs []int
			for _, c := range chosen.causes {
				if !slices.Contains(other.causes, c) {
					mine = append(mine, c)
				}
			}
			for _, c := range other.causes {
				if !slices.Contains(chosen.causes, c) {
					theirs = append(theirs, c)
				}
			}
			if len(mine) != 1 || len(theirs) != 1 || mine[0] < 0 || theirs[0] < 0 {
				continue // a residual names its terms itself
			}
			if m, t := mine[0], theirs[0]; !slices.Contains(ex.Candidates[m], t) {
				ex.Candidates[m] = append(ex.Candidates[m], t)
			}
		}
	}
	return ex
}

// disjoint counts conflicts that share no node, picked greedily: each needs a cause of its
// own, so their number bounds the causes any explanation needs from below.
func (s *search) disjoint() int {
	used := map[int]bool{}
	n := 0
	for _, c := range s.conflicts {
		if s.g.Rels[c].Implied {
			continue // it may stand as it is, for free
		}
		nodes := s.g.Rels[c].nodes()
		free := true
		for _, x := range nodes {
			if used[x] {
				free = false
				break
			}
		}
		if !free {
			continue
		}
		n++
		for _, x := range nodes {
			used[x] = true
		}
	}
	return n
}

// greedy builds an explanation one cause at a time: each step adds the node (or residual)
// that leaves the fewest conflicts, then changes the fewest nodes; those that do as well are
// its candidates.
func (s *search) greedy() Explanation {
	ex := Explanation{Conflicts: s.conflicts, Candidates: map[int][]int{}}
	var causes []int
	left := s.conflicts
	var groups []*trial      // the causes so far, as groups tried together (see greedyStep)
	solo := map[int]*trial{} // each option tried alone, once
	s.grouped = map[string]*trial{}
	for step := 0; step < 64 && s.costly(left) > 0; step++ {
		// Every cell of a conflict left, and every total left that may stand as written.
		var options []int
		for _, r := range left {
			for _, n := range s.g.Rels[r].nodes() {
				if !s.g.Nodes[n].Fixed && !slices.Contains(causes, n) && !slices.Contains(options, n) {
					options = append(options, n)
				}
			}
			if s.g.Rels[r].Residual {
				options = append(options, -r-1)
			}
		}
		next, added, nextLeft, ties := s.greedyStep(causes, left, groups, options, solo)
		if next == nil {
			break
		}
		if added >= 0 && len(ties) > 0 {
			ex.Candidates[added] = ties
		}
		causes, left, groups = append(slices.Clip(causes), added), nextLeft, next
	}
	if len(groups) == 0 {
		ex.Unexplained = s.conflicts
		return ex
	}
	last := groups[0]
	if len(groups) > 1 {
		// The explanation itself: every cause together. Should it disagree with what its
		// groups said, they were not as independent as their trials showed: search again,
		// trying every option with every cause.
		t := s.try(causes)
		if (t.failed || !slices.Equal(t.left, left)) && !s.long {
			s.long = true
			return s.greedy()
		}
		last = t
	}
	ex.Changes = last.finish(s.g)
	for _, c := range last.causes {
		if c < 0 {
			ex.Residuals = append(ex.Residuals, -c-1)
		}
	}
	// What is left that follows from others (an Implied sum) stands as it is, for free.
	for _, r := range left {
		if s.g.Rels[r].Implied {
			ex.Residuals = append(ex.Residuals, r)
		} else {
			ex.Unexplained = append(ex.Unexplained, r)
		}
	}
	return ex
}

// costly counts the conflicts that cost a cause to explain: an Implied one may stand for free.
func (s *search) costly(conflicts []int) int {
	n := 0
	for _, r := range conflicts {
		if !s.g.Rels[r].Implied {
			n++
		}
	}
	return n
}

// greedyStep returns the option that, added to causes, leaves the fewest conflicts, then
// changes the fewest nodes, with the groups of causes it makes, the conflicts it leaves, and
// the options as good for the same conflicts (its ties).
//
// Trying every option with every cause so far is the greedy search's cost. The causes are
// kept as groups: causes whose trials touch a relation or free a node in common are tried
// together, and groups that share neither explain their conflicts independently: the
// conflicts all of them leave are those each leaves. An option is tried with the groups its
// trial alone meets (often none, then its trial alone is its score), and its score is read
// with the others' trials. The explanation is tried whole at the end; should that disagree,
// the search is done the long way (every option with every cause).
func (s *search) greedyStep(causes, left []int, groups []*trial, options []int, solo map[int]*trial) (next []*trial, added int, nextLeft, ties []int) {
	type scored struct {
		t     *trial // the option tried with the groups it meets (alone when none)
		met   []int  // those groups
		left  []int
		score [2]int
	}
	inLeft := make(map[int]bool, len(left))
	for _, r := range left {
		inLeft[r] = true
	}
	eval := func(o int, need int) (scored, bool) {
		if s.long {
			t := s.try(append(slices.Clip(causes), o))
			if t.failed {
				return scored{}, false
			}
			return scored{t: t, met: allGroups(groups), left: t.left, score: [2]int{s.costly(t.left), len(t.changes)}}, true
		}
		alone, ok := solo[o]
		if !ok && need > 0 && s.bound(o, inLeft, groups) < need {
			// It cannot explain as many conflicts as the best option so far.
			return scored{}, false
		}
		if !ok {
			alone = s.try([]int{o})
			solo[o] = alone
		}
		var met []int
		for i, g := range groups {
			if g.meets(alone, o) {
				met = append(met, i)
			}
		}
		t := alone
		for len(met) > 0 {
			// The causes in the order they were chosen, as the trial of every cause has
			// them: a freed node no relation pins down keeps its value in that order.
			var with []int
			for _, c := range causes {
				for _, i := range met {
					if slices.Contains(groups[i].causes, c) {
						with = append(with, c)
						break
					}
				}
			}
			with = append(with, o)
			k := key(with)
			if t = s.grouped[k]; t == nil {
				t = s.try(with)
				s.grouped[k] = t
			}
			if t.failed {
				break
			}
			// Tried together, they may reach further than each did: a group they now meet
			// joins them.
			more := false
			for i, g := range groups {
				if !slices.Contains(met, i) && g.overlaps(t) {
					met, more = append(met, i), true
				}
			}
			if !more {
				break
			}
			slices.Sort(met)
		}
		if t.failed {
			return scored{}, false
		}
		l, changes := t.left, len(t.changes)
		for i, g := range groups {
			if !slices.Contains(met, i) {
				l = intersect(l, g.left)
				changes += len(g.changes)
			}
		}
		return scored{t: t, met: met, left: l, score: [2]int{s.costly(l), changes}}, true
	}
	var best scored
	bestO := 0
	found := false
	bestScore := [2]int{s.costly(left), 1 << 30}
	for _, o := range options {
		need := 0 // conflicts an option must explain to be as good as the best so far
		if found {
			need = s.costly(left) - bestScore[0]
		}
		sc, ok := eval(o, need)
		if !ok {
			continue
		}
		switch {
		case sc.score[0] < bestScore[0] || sc.score[0] == bestScore[0] && sc.score[1] < bestScore[1]:
			best, bestO, bestScore, ties, found = sc, o, sc.score, nil, true
		case sc.score == bestScore && o >= 0 && found && slices.Equal(sc.left, best.left):
			// As good, and for the same conflicts: an alternative to the same cause.
			ties = append(ties, o)
		}
	}
	if !found {
		return nil, 0, nil, nil
	}
	for i, g := range groups {
		if !slices.Contains(best.met, i) {
			next = append(next, g)
		}
	}
	return append(next, best.t), bestO, best.left, ties
}

// allGroups lists the indexes of groups.
func allGroups(groups []*trial) []int {
	out := make([]int, len(groups))
	for i := range out {
		out[i] = i
	}
	return out
}

// bound is at most how many costly conflicts of left option o can explain, tried with the
// groups of causes it may interact with: those with a node its change can reach (o, and the
// figures that follow it through relations that held) or, for a group it reaches (a node it
// reaches is freed there, or a relation of one is touched), a node the group's causes reach:
// their values may move as well.
func (s *search) bound(o int, left map[int]bool, groups []*trial) int {
	if o < 0 {
		if r := -o - 1; left[r] && !s.g.Rels[r].Implied {
			return 1
		}
		return 0
	}
	nodes := map[int]bool{}
	var list []int
	add := func(from int) {
		for _, n := range s.reachOf(from) {
			if !nodes[n] {
				nodes[n] = true
				list = append(list, n)
			}
		}
	}
	add(o)
	joined := make([]bool, len(groups))
	for grew := true; grew; {
		grew = false
		for i, g := range groups {
			if joined[i] || !g.reached(list, s.g) {
				continue
			}
			joined[i], grew = true, true
			for _, c := range g.causes {
				if c >= 0 {
					add(c)
				}
			}
		}
	}
	var seen []int
	for _, n := range list {
		for _, ri := range s.g.uses[n] {
			if left[ri] && !s.g.Rels[ri].Implied && !slices.Contains(seen, ri) {
				seen = append(seen, ri)
			}
		}
	}
	return len(seen)
}

// reachOf lists the nodes a change to n can reach: n, and the figures that follow it through
// relations that held with the written figures.
func (s *search) reachOf(n int) []int {
	if reach, ok := s.reach[n]; ok {
		return reach
	}
	reach := []int{n}
	for i := 0; i < len(reach); i++ {
		m := reach[i]
		for _, ri := range s.g.uses[m] {
			r := s.g.Rels[ri]
			if s.held[ri] && r.derives() && r.Out != m && !s.g.Nodes[r.Out].Fixed && !slices.Contains(reach, r.Out) {
				reach = append(reach, r.Out)
			}
		}
	}
	if s.reach == nil {
		s.reach = map[int][]int{}
	}
	s.reach[n] = reach
	return reach
}

// reached reports whether a trial frees one of nodes or touches one of their relations.
func (t *trial) reached(nodes []int, g *Graph) bool {
	for _, n := range nodes {
		if t.freed[n] {
			return true
		}
		for _, ri := range g.uses[n] {
			if t.touched[ri] {
				return true
			}
		}
	}
	return false
}

// meets reports whether the option o, whose trial alone is alone, may interact with the
// trial t: a relation or a freed node in common (a residual option touches its relation).
func (t *trial) meets(alone *trial, o int) bool {
	if o < 0 {
		return t.touched[-o-1] || slices.Contains(t.causes, o)
	}
	if t.freed[o] {
		return true
	}
	for n := range alone.freed {
		if t.freed[n] {
			return true
		}
	}
	for ri := range alone.touched {
		if t.touched[ri] {
			return true
		}
	}
	return false
}

// overlaps reports whether two trials touch a relation or free a node in common.
func (t *trial) overlaps(u *trial) bool {
	for n := range u.freed {
		if t.freed[n] {
			return true
		}
	}
	for ri := range u.touched {
		if t.touched[ri] {
			return true
		}
	}
	return false
}

// intersect returns the numbers both sorted lists hold.
func intersect(a, b []int) []int {
	var out []int
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			out = append(out, a[i])
			i++
			j++
		}
	}
	return out
}

func key(causes []int) string {
	c := slices.Clone(causes)
	sort.Ints(c)
	var b strings.Builder
	for _, x := range c {
		b.WriteString(strconv.Itoa(x))
		b.WriteByte(',')
	}
	return b.String()
}

// dfs tries the set of causes and, while it leaves conflicts and the depth allows, each cell
// of the smallest unexplained conflict as one more cause.
func (s *search) dfs(causes []int, depth int) {
	if s.budget <= 0 {
		return
	}
	k := key(causes)
	if s.seen[k] {
		return
	}
	s.seen[k] = true
	var t *trial
	if len(causes) > 0 {
		if t = s.tried[k]; t == nil {
			s.budget--
			t = s.try(causes)
			s.tried[k] = t
		}
		if t.failed {
			return
		}
		if len(t.left) == 0 {
			s.record(t)
			return
		}
	} else {
		t = &trial{left: s.conflicts}
	}
	// The depth counts causes that cost: a sum that follows from others (Implied), left as it
	// stands, is free, and must not keep the search from a cheaper explanation at this depth.
	if s.costing(causes) >= depth {
		return
	}
	// Branch on the unexplained conflict with the fewest cells that could still change.
	var pick []int
	pickRel := -1
	for _, r := range t.left {
		var cells []int
		for _, n := range s.g.Rels[r].nodes() {
			if !s.g.Nodes[n].Fixed && !slices.Contains(causes, n) && !slices.Contains(cells, n) {
				cells = append(cells, n)
			}
		}
		if pickRel < 0 || len(cells) < len(pick) {
			pick, pickRel = cells, r
		}
	}
	for _, n := range pick {
		s.dfs(append(slices.Clip(causes), n), depth)
	}
	if pickRel >= 0 && s.g.Rels[pickRel].Residual {
		s.dfs(append(slices.Clip(causes), -pickRel-1), depth)
	}
}

// costing counts the causes that are not free residuals.
func (s *search) costing(causes []int) int {
	n := 0
	for _, c := range causes {
		if c >= 0 || !s.g.Rels[-c-1].Implied {
			n++
		}
	}
	return n
}

// record keeps a complete explanation when it costs no more than the best so far: fewest
// causes, then fewest changed nodes.
func (s *search) record(t *trial) {
	causes := 0
	for _, c := range t.changes {
		if c.Cause {
			causes++
		}
	}
	for _, c := range t.causes {
		if c < 0 && !s.g.Rels[-c-1].Implied {
			causes++
		}
	}
	cost := [2]int{causes, len(t.changes)}
	switch {
	case cost[0] < s.bestCost[0] || cost[0] == s.bestCost[0] && cost[1] < s.bestCost[1]:
		s.best, s.bestCost = []*trial{t}, cost
	case cost == s.bestCost:
		for _, b := range s.best {
			if key(b.causes) == key(t.causes) {
				return
			}
		}
		s.best = append(s.best, t)
	}
}

// try frees the causes and propagates: each freed node takes the value its relations agree
// on; a derived figure whose relation held with the written figures follows its changed
// inputs (a consequence). It fails when a relation of the freed nodes cannot hold.
func (s *search) try(causes []int) *trial {
	g := s.g
	v := newValues(g)
	t := &trial{causes: causes, vals: v}
	freed := map[int]bool{}
	var order []int        // the freed nodes, causes first, in the order freed
	done := map[int]bool{} // freed nodes with a value
	because := map[int]int{}
	rel := map[int]int{}
	residual := map[int]bool{}
	var nodes []int // the causes that are nodes
	for _, c := range causes {
		if c < 0 {
			residual[-c-1] = true
			continue
		}
		freed[c] = true
		order = append(order, c)
		nodes = append(nodes, c)
	}
	set := func(n int, d domain) {
		done[n] = true
		node := g.Nodes[n]
		if node.Label {
			if d.isLabel && d.label != node.Text {
				v.lab[n] = d.label
			}
			return
		}
		x, _ := pick(d, node)
		if !x.Equal(node.Value) || node.Invalid {
			v.num[n] = x
		}
	}
	for progress := true; progress; {
		progress = false
		// Each freed node without a value, bounded by every relation where it is the only
		// unknown: the values they agree on, or the one most of them allow.
		for _, u := range nodes {
			if done[u] {
				continue
			}
			// The relations that did not hold say what the cause should be; those that held
			// only speak where no other does (their outputs follow a changed cause).
			var ds []domain
			for _, wantHeld := range []bool{false, true} {
				for _, ri := range g.uses[u] {
					if s.held[ri] != wantHeld {
						continue
					}
					r := g.Rels[ri]
					only := true
					for _, n := range r.nodes() {
						if n != u && freed[n] && !done[n] {
							only = false
							break
						}
					}
					if !only {
						continue
					}
					d := s.solve(v, ri, u)
					if g.Nodes[u].Label && !d.isLabel {
						continue
					}
					ds = append(ds, d)
				}
				if len(ds) > 0 {
					break // the relations that held speak only where none that broke does
				}
			}
			if len(ds) == 0 {
				continue
			}
			d := agree(ds, g.Nodes[u])
			if node := g.Nodes[u]; !node.Label && node.Value.Sign() >= 0 {
				// A mistyped figure keeps its sign: a count or an amount written >= 0 is
				// not corrected into a negative one. The value picked in the whole range
				// stands where it keeps the sign (0,00 in [-0,01; 0,01], which rounded
				// amounts allow, rather than the middle of [0; 0,01]).
				kept := d.intersect(domain{lo: decimal.Zero, hasLo: true})
				if x, ok := pick(d, node); !ok || !kept.contains(x) {
					d = kept
				}
			}
			set(u, d)
			progress = true
		}
		// A derived figure that held with the written figures, and no longer does, follows.
		for i := 0; i < len(order); i++ {
			n := order[i]
			if !done[n] || !v.changed(n) {
				continue
			}
			for _, ri := range g.uses[n] {
				r := g.Rels[ri]
				if !r.derives() || r.Out == n || freed[r.Out] || !s.held[ri] || v.holds(r) {
					continue
				}
				if g.Nodes[r.Out].Fixed {
					continue
				}
				ready := true
				for _, m := range r.Inputs() {
					if freed[m] && !done[m] {
						ready = false
					}
				}
				if !ready {
					continue
				}
				o := r.Out
				freed[o] = true
				order = append(order, o)
				because[o] = n
				if c, ok := because[n]; ok {
					because[o] = c // the root cause
				}
				rel[o] = ri
				set(o, v.solve(r, o))
				progress = true
			}
		}
		if !progress {
			// A freed node that no relation pins down alone (it shares each with another
			// freed node) keeps its written value, and the others follow.
			for _, u := range nodes {
				if !done[u] {
					done[u] = true
					progress = true
					break
				}
			}
		}
	}
	// Every relation of a changed node must hold, unless its other nodes are not freed
	// (then the conflict is left for another cause); a conflict no change touches is left.
	touched := map[int]bool{}
	var touchedList []int
	for _, n := range order {
		for _, ri := range g.uses[n] {
			if !touched[ri] {
				touched[ri] = true
				touchedList = append(touchedList, ri)
			}
		}
	}
	t.freed, t.touched = freed, touched
	for ri := range residual {
		touched[ri] = true
	}
	for ri := range residual {
		if s.holds(v, ri) {
			t.failed = true // a residual that the changes make add up is no residual
			return t
		}
	}
	holds := make(map[int]bool, len(touchedList)) // the verdicts with the final values
	for _, ri := range touchedList {
		if residual[ri] {
			continue
		}
		h := s.holds(v, ri)
		holds[ri] = h
		if h {
			continue
		}
		if s.held[ri] {
			// A relation that held and no longer does, whose output could not follow.
			t.failed = true
			return t
		}
		t.left = append(t.left, ri)
	}
	for _, c := range s.conflicts {
		if !touched[c] && !residual[c] {
			t.left = append(t.left, c)
		}
	}
	sort.Ints(t.left)
	// Record the changes: causes first, in the order given, then their consequences.
	for _, c := range nodes {
		if !v.changed(c) {
			// A cause whose written value already fits is no cause: a smaller set explains.
			t.failed = true
			return t
		}
		ch := Change{Node: c, Cause: true, Value: v.value(c), Label: v.label(c), Because: -1, Rel: -1}
		derived, residual := false, false
		own := 0 // relations it mends that no other cause takes part in
		for _, ri := range g.uses[c] {
			if s.held[ri] {
				continue
			}
			h, ok := holds[ri]
			if !ok {
				h = v.holds(g.Rels[ri])
			}
			if r := g.Rels[ri]; h {
				ch.Fixes = append(ch.Fixes, ri)
				derived = derived || r.Out == c
				residual = residual || r.Residual
				shared := false
				for _, n := range r.nodes() {
					shared = shared || n != c && slices.Contains(nodes, n)
				}
				if !shared {
					own++
				}
			}
		}
		if len(ch.Fixes) > 0 && onlyBounds(g, ch.Fixes) {
			// A figure whose change would only bring it within a bound (a Realisasi above
			// its Anggaran) is no cause: a bound says nothing of the right value, and the
			// figures that break it are reported as they stand. A bound still speaks for a
			// cause that another relation names (a count above its group's that also breaks
			// its column's sum).
			t.failed = true
			return t
		}
		if !derived && own < 2 && residual {
			// A typed figure that only one total speaks of is a guess among the total's
			// rows: the total stands as a residual, naming them, rather than one of them
			// being told to change. A relation it mends together with another cause (its
			// row's % changed as well) does not speak for it.
			t.failed = true
			return t
		}
		t.changes = append(t.changes, ch)
	}
	for _, n := range order[len(nodes):] {
		if !v.changed(n) {
			continue
		}
		t.changes = append(t.changes, Change{Node: n, Value: v.value(n), Label: v.label(n), Exact: true, Because: because[n], Rel: rel[n]})
	}
	return t
}

// onlyBounds reports whether relations are all bounds (AtMost, AtLeast).
func onlyBounds(g *Graph, rels []int) bool {
	for _, ri := range rels {
		if k := g.Rels[ri].Kind; k != AtMost && k != AtLeast {
			return false
		}
	}
	return true
}

// solve is v.solve of node u in relation ri on u's grid, kept where no other node of the
// relation changed: the same cause is solved in many tries, with the same written figures.
func (s *search) solve(v *values, ri, u int) domain {
	r := s.g.Rels[ri]
	places := s.g.Nodes[u].Places
	for _, n := range r.nodes() {
		if n != u && v.changed(n) {
			return v.solve(r, u).grid(places)
		}
	}
	k := [2]int{ri, u}
	if d, ok := s.solved[k]; ok {
		return d
	}
	d := v.solve(r, u).grid(places)
	if s.solved == nil {
		s.solved = map[[2]int]domain{}
	}
	s.solved[k] = d
	return d
}

// holds is v.holds of relation ri, known without computing where none of its nodes changed:
// the search evaluates thousands of relations, and a percentage's division is dear.
func (s *search) holds(v *values, ri int) bool {
	r := s.g.Rels[ri]
	for _, n := range r.nodes() {
		if v.changed(n) {
			return v.holds(r)
		}
	}
	return s.held[ri]
}

// finish completes the changes of the chosen explanation: whether each cause's value is the
// only one its relations allow (left out of the search, where it is not needed).
func (t *trial) finish(g *Graph) []Change {
	for i := range t.changes {
		if c := &t.changes[i]; c.Cause {
			c.Exact = exact(t.vals, c.Node, g)
		}
	}
	return t.changes
}

// exact reports whether a cause's new value is the only one that the relations holding with
// it allow.
func exact(v *values, n int, g *Graph) bool {
	if g.Nodes[n].Label {
		return true
	}
	d := anything
	for _, ri := range g.uses[n] {
		if r := g.Rels[ri]; v.holds(r) {
			d = d.intersect(v.solve(r, n).grid(g.Nodes[n].Places))
		}
	}
	return d.single()
}

// agree returns the values the relations' domains share, or, where they share none, the
// domain that most of them contain a value of (the others are then left unexplained).
func agree(ds []domain, node Node) domain {
	all := anything
	for _, d := range ds {
		all = all.intersect(d)
	}
	if !all.empty {
		return all
	}
	best, votes := domain{empty: true}, -1
	for _, d := range ds {
		x, ok := pick(d, node)
		if !ok {
			continue
		}
		n := 0
		for _, e := range ds {
			if e.isLabel && d.isLabel && e.label == d.label || !e.isLabel && e.contains(x) {
				n++
			}
		}
		if n > votes {
			best, votes = d, n
			if !d.isLabel {
				best = point(x)
			}
		}
	}
	return best
}

// pick chooses a node's value in a domain: the only one; the written one when it fits; else
// the middle of the interval at the node's places (the value that makes a rounded ratio
// exact), or the end that bounds a half-open one.
func pick(d domain, node Node) (decimal.Decimal, bool) {
	switch {
	case d.empty || d.isLabel:
		return node.Value, false
	case d.single():
		return d.lo, true
	case d.contains(node.Value):
		return node.Value, true
	case d.hasLo && d.hasHi:
		mid := d.lo.Add(d.hi).DivRound(two, divPlaces).Round(int32(max(node.Places, 0)))
		if mid.LessThan(d.lo) {
			mid = d.lo
		}
		if mid.GreaterThan(d.hi) {
			mid = d.hi
		}
		return mid, true
	case d.hasLo:
		return d.lo, true
	case d.hasHi:
		return d.hi, true
	}
	return node.Value, true
}
