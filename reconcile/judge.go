package reconcile

import (
	"slices"
	"strings"

	"github.com/shopspring/decimal"

	"lkjip/reconcile/diagnose"
	"lkjip/reconcile/number"
	"lkjip/reconcile/workbook"
)

// Implied is the rule of a finding at a figure that is not derived from others (an Anggaran,
// a Target, a Realisasi typed in) or whose derivation cannot say its right value, when the
// figures that depend on it agree on another value: the diagnosis names it as the cause, and
// no rule of the catalogue computes it. Like Internal, the framework names it.
var Implied = &Rule{
	ID:       "UM017",
	Severity: Error,
	Scope:    ScopeWorkbook,
	Title:    Text{ID: "Angka yang dibantah angka-angka turunannya", EN: "A figure its dependent figures contradict"},
	Doc: Text{
		ID: `Angka yang diketik (Anggaran, Realisasi, Target) tidak dihitung dari angka lain, jadi tidak ada rumus yang menetapkannya; tetapi angka-angka yang dihitung darinya (Selisih, %, jumlah induknya, salinannya di Identitas atau Ringkasan) bisa bersepakat tentang nilainya. Bila satu angka seperti itu salah ketik sedangkan Selisih, % dan induknya masih cocok dengan nilai yang benar, angka itulah penyebabnya: lkjip menunjuknya, dengan nilai yang membuat semuanya cocok, dan tidak menyalahkan angka-angka yang benar di sekitarnya. Nilai seharusnya adalah yang disepakati angka-angka itu; bila mereka hanya membatasinya (sebuah % yang dibulatkan), nilai itu salah satu yang membuat semuanya cocok, dan disebut demikian.

Contoh (Kragan 2021, sub kegiatan "Pelaksanaan Urusan Pemerintahan yang dilimpahkan Kepada Camat"):
    Anggaran 25.059.325 | Realisasi 24.464.600 | % 100,00; Realisasi programnya 30.127.900 = 5.069.300 + 25.058.600
    UM017: Realisasi seharusnya 25.058.600: begitu menurut % baris itu dan Realisasi programnya; tertulis 24.464.600.`,
		EN: `A typed figure (an Anggaran, a Realisasi, a Target) is computed from no other figure, so no formula sets it; but the figures computed from it (its Selisih, its %, its parent's sum, its copies in Identitas or Ringkasan) can agree on its value. Where such a figure is mistyped while its Selisih, % and parent still agree with the right value, it is the cause: lkjip names it, with the value that makes them all agree, and does not blame the right figures around it. The expected value is the one they agree on; where they only bound it (a rounded %), it is one value that makes them all agree, and said so.

Example (Kragan 2021, sub kegiatan "Pelaksanaan Urusan Pemerintahan yang dilimpahkan Kepada Camat"):
    Anggaran 25,059,325 | Realisasi 24,464,600 | % 100.00; its program's Realisasi 30,127,900 = 5,069,300 + 25,058,600
    UM017: Realisasi should be 25,058,600: so say the row's % and its program's Realisasi; it says 24,464,600.`,
	},
}

// declared is what a finding about a relation needs of the rule's Relation: its rule, its
// cells by name and its words. The arithmetic lives in the graph alone: a relation is turned
// into the diagnosis's form when declared and the rule's Relation is not kept, so that a
// 100,000-row budget sheet does not hold its half a million relations twice.
type declared struct {
	rule      *Rule
	kind      RelKind
	out, at   *workbook.Cell
	scale     *workbook.Scale
	inPlaces  int
	name      Text
	says      func(expected, actual Fig) Text
	saysLabel func(expected, actual string, input Fig) Text
	words     func(v decimal.Decimal) (string, bool)
}

// relate adds a relation a rule declared to the workbook's graph, unless it reads a damaged
// sheet: a sheet cut short must not make the figures of others look wrong (the damage itself
// is UM013's finding).
func (c *collector) relate(rule *Rule, r *Relation, tol decimal.Decimal) {
	if c.judging == nil {
		c.judging = &judgement{w: c.w, nodes: map[cellKey]int{}, damaged: map[string]bool{}, within: c.within}
		if c.probe {
			c.judging.probe = newProbe(c.w, c.cellSet())
		}
		if c.w != nil {
			for _, sh := range c.w.Sheets {
				if sh.Damaged != "" {
					c.judging.damaged[sh.Name] = true
				}
			}
		}
	}
	j := c.judging
	if readsDamaged(r, j.damaged) {
		return
	}
	switch {
	case j.probe != nil:
		if !j.probe.judge(j, r, tol) {
			c.conflict = true
		}
	case j.within != nil && !j.within.relevant(j, r):
	default:
		j.add(rule, r, tol)
	}
}

// cellKey identifies a cell across relations: its sheet by number (see judgement.sheetID),
// its row and column. Small and without a string, it hashes fast: a 100,000-row budget sheet
// puts 400,000 cells in the map.
type cellKey struct {
	sheet, row, col int32
}

// judge judges every relation the rules declared, together, and reports the diagnosis: each
// cause at its cell, the figures that only follow it marked Because, the totals whose rows
// do not add up with their rows as candidates (spec, "Which cell a finding names").
func (c *collector) judge(w *workbook.Workbook) {
	// The graph holds each cell of the relations once: those are the figures the relations
	// checked, for the coverage (a relation reading a damaged sheet checked nothing). A probe
	// marked every cell of the relations as it saw them, where the graph holds some; the run
	// after a probe shares its set.
	j := c.judging
	if j == nil {
		return
	}
	c.judging = nil
	j.w, j.c = w, c
	if j.probe != nil {
		return // every relation held, or the rules ran again
	}
	c.mark(j.cells...)
	// The node map served the building only: the report names cells by node.
	j.nodes, j.byID = nil, nil
	for _, ex := range j.g.Diagnose(diagnose.Options{}) {
		j.report(ex)
	}
}

func readsDamaged(r *Relation, damaged map[string]bool) bool {
	if len(damaged) == 0 {
		return false
	}
	for _, e := range []Expr{r.Lhs, r.Num, r.Den} {
		for _, t := range e.Terms {
			if damaged[t.Cell.Sheet] {
				return true
			}
		}
	}
	return r.Out != nil && damaged[r.Out.Sheet] || r.At != nil && damaged[r.At.Sheet]
}

// judgement is one workbook's relations turned into a graph, and back into findings.
type judgement struct {
	w     *workbook.Workbook
	c     *collector
	g     diagnose.Graph
	nodes map[cellKey]int
	// sheets numbers the sheet names of the cells seen; last caches the latest, as relations
	// come sheet by sheet.
	sheets    map[string]int32
	lastSheet string
	lastID    int32
	cells     []*workbook.Cell
	decls     []declared // by relation index
	damaged   map[string]bool
	// byID holds, by a cell's ID, its node plus one (0: none yet); see node.
	byID []int32
	// probe, when set, judges each relation alone and keeps none (see probe.go); within,
	// when set, is what a probe found: only the relations it names relevant are kept, and
	// a cell's node has the value the probe saw first.
	probe  *probe
	within *probe
	// after holds the changes of the explanation being reported.
	after map[int]diagnose.Change
}

// value is a node's value under the explanation being reported.
func (j *judgement) value(n int) decimal.Decimal {
	if ch, ok := j.after[n]; ok && !j.g.Nodes[n].Label {
		return ch.Value
	}
	return j.g.Nodes[n].Value
}

// eval is a linear expression under the explanation being reported.
func (j *judgement) eval(l diagnose.Linear) decimal.Decimal { return l.Eval(j.value) }

// node returns the graph node of a cell, adding it the first time. A place (sheet, row,
// column) is one node whatever pointer names it. The cells the reader numbered are found by
// their ID in a slice; the rest by place in a map. A half-million-cell map cost more than
// the rest of the judging.
func (j *judgement) node(c *workbook.Cell, n diagnose.Node) int {
	if c.ID == 0 {
		// A cell lkjip made (a blank, a merged range's inner cell): the file's own cell at
		// its place, where there is one, is the node.
		if own := j.fileCell(c); own != nil {
			c = own
		}
	}
	if j.probe != nil {
		return j.probe.node(j, c, n)
	}
	id := int(c.ID)
	if id == 0 {
		return j.byPlace(c, n)
	}
	if id > len(j.byID) {
		j.byID = slices.Grow(j.byID, max(id, 2*len(j.byID))-len(j.byID))
		j.byID = j.byID[:cap(j.byID)]
	}
	if i := int(j.byID[id-1]) - 1; i >= 0 {
		if x := j.cells[i]; x == c || x.Sheet == c.Sheet && x.Row == c.Row && x.Col == c.Col {
			return i
		}
		// Another workbook's cell with the same number (an LRA export's): by place.
		return j.byPlace(c, n)
	}
	i := -1
	if len(j.nodes) > 0 {
		// The place may have a node made by the map already, for another workbook's cell.
		if x, ok := j.nodes[j.key(c)]; ok {
			i = x
		}
	}
	if i < 0 {
		i = j.addNode(c, n)
	}
	j.byID[id-1] = int32(i + 1)
	return i
}

// byPlace returns the node of a cell by its place, adding it the first time.
func (j *judgement) byPlace(c *workbook.Cell, n diagnose.Node) int {
	k := j.key(c)
	if i, ok := j.nodes[k]; ok {
		return i
	}
	i := j.addNode(c, n)
	j.nodes[k] = i
	return i
}

func (j *judgement) addNode(c *workbook.Cell, n diagnose.Node) int {
	if j.within != nil {
		// Only some relations are kept: the value the cell had where it was first seen,
		// maybe in a relation left out.
		n = j.within.first(j, c)
	}
	j.cells = append(j.cells, c)
	return j.g.AddNode(n)
}

func (j *judgement) key(c *workbook.Cell) cellKey {
	return cellKey{j.sheetID(c.Sheet), int32(c.Row), int32(c.Col)}
}

// fileCell returns the cell the file holds at a cell's place, nil where it holds none.
func (j *judgement) fileCell(c *workbook.Cell) *workbook.Cell {
	if j.w == nil {
		return nil
	}
	for _, sh := range j.w.Sheets {
		if sh.Name == c.Sheet {
			if own := sh.Cell(c.Row, c.Col); own != nil && own.ID > 0 {
				return own
			}
			return nil
		}
	}
	return nil
}

// sheetID numbers a sheet name, the same name the same number.
func (j *judgement) sheetID(name string) int32 {
	if name == j.lastSheet && j.sheets != nil {
		return j.lastID
	}
	if j.sheets == nil {
		j.sheets = map[string]int32{}
	}
	id, ok := j.sheets[name]
	if !ok {
		id = int32(len(j.sheets))
		j.sheets[name] = id
	}
	j.lastSheet, j.lastID = name, id
	return id
}

func (j *judgement) figure(c *workbook.Cell) int {
	return j.node(c, diagnose.Node{Value: c.Num, Places: int(c.Decimals)})
}

// linear is an expression in the diagnosis's form, its terms appended to terms (an empty
// slice to reuse, or nil).
func (j *judgement) linear(e Expr, terms []diagnose.Term) diagnose.Linear {
	if terms == nil && len(e.Terms) > 0 {
		terms = make([]diagnose.Term, 0, len(e.Terms))
	}
	l := diagnose.Linear{Const: e.Const, Div: e.Div, Terms: terms}
	for _, t := range e.Terms {
		n := -1
		if t.Value != nil {
			n = j.node(t.Cell, diagnose.Node{Value: *t.Value, Places: t.Places})
		} else {
			n = j.figure(t.Cell)
		}
		l.Terms = append(l.Terms, diagnose.Term{Node: n, Coef: t.Coef})
	}
	return l
}

func (j *judgement) add(rule *Rule, r *Relation, tol decimal.Decimal) {
	j.g.AddRelation(j.relation(r, tol, nil))
	j.decls = append(j.decls, declared{rule: rule, kind: r.Kind, out: r.Out, at: r.At, scale: r.Scale, inPlaces: r.InPlaces,
		name: r.Name, says: r.Says, saysLabel: r.SaysLabel, words: r.Words})
}

// relation is a rule's relation in the diagnosis's form, its cells made nodes, in dr (a
// relation to reuse, its terms' room kept: a probe judges half a million relations one at a
// time) or, when dr is nil, in a new one.
func (j *judgement) relation(r *Relation, tol decimal.Decimal, dr *diagnose.Relation) *diagnose.Relation {
	var lhs, num, den []diagnose.Term
	if dr == nil {
		dr = &diagnose.Relation{}
	} else {
		lhs, num, den = dr.Lhs.Terms[:0], dr.Num.Terms[:0], dr.Den.Terms[:0]
	}
	*dr = diagnose.Relation{Kind: r.Kind, Out: -1, A: r.A, B: r.B, Lo: r.Lo, Hi: r.Hi, InPlaces: r.InPlaces,
		Tol: tol, Residual: r.Sum || r.Kind == AtMost || r.Kind == AtLeast, Implied: r.Implied}
	if r.Out != nil {
		n := diagnose.Node{Value: r.Out.Num, Places: int(r.Out.Decimals), Invalid: r.Invalid}
		if r.Value != nil {
			n.Value, n.Places = *r.Value, r.OutPlaces
		}
		if r.Kind == Lookup {
			n = diagnose.Node{Label: true, Text: squash(r.Out.Value())}
		}
		dr.Out = j.node(r.Out, n)
	}
	if r.Scale != nil {
		dr.Scale = scaleOf{r.Scale}
	}
	dr.Lhs, dr.Num, dr.Den = j.linear(r.Lhs, lhs), j.linear(r.Num, num), j.linear(r.Den, den)
	if s := roundingSlack(r); s.Sign() > 0 {
		dr.Tol = dr.Tol.Add(s)
	}
	return dr
}

// roundingSlack is how far a relation's exact value may lie from the one its figures give
// when some of them are amounts printed rounded (workbook.Cell.Rounded, "2.325,32 M"): each
// may be half a unit of its last decimal off. A sum of n such amounts may miss its printed
// total by n half units; a % over them by as much as the worst corner of their ranges. The
// portal computes its totals and percentages from the exact amounts: both are right within
// this slack. Zero where no figure is rounded.
func roundingSlack(r *Relation) decimal.Decimal {
	spread := func(e Expr) decimal.Decimal {
		s := decimal.Zero
		for _, t := range e.Terms {
			if t.Cell.Rounded && t.Value == nil {
				s = s.Add(t.Coef.Abs().Mul(halfUnit(int(t.Cell.Decimals))))
			}
		}
		if !e.Div.IsZero() {
			s = s.Div(e.Div.Abs())
		}
		return s
	}
	switch r.Kind {
	case Equals, AtMost, AtLeast:
		return spread(r.Num).Add(spread(r.Lhs))
	case Ratio:
		hn, hd := spread(r.Num), spread(r.Den)
		if hn.IsZero() && hd.IsZero() {
			return decimal.Zero
		}
		n, d := r.Num.Value(), r.Den.Value()
		if d.Sub(hd).Sign() <= 0 || n.Sign() < 0 {
			return decimal.Zero // a zero or negative base: another rule speaks of it
		}
		exact := n.DivRound(d, 30)
		hi := n.Add(hn).DivRound(d.Sub(hd), 30)
		lo := n.Sub(hn).DivRound(d.Add(hd), 30)
		return decimal.Max(hi.Sub(exact), exact.Sub(lo)).Mul(decimal.NewFromInt(100)).Mul(r.B.Abs())
	}
	return decimal.Zero
}

// halfUnit is half a unit of the last of places decimals: 0,005 at two.
func halfUnit(places int) decimal.Decimal { return decimal.New(5, int32(-places-1)) }

// squash folds a label for comparing: case and spaces ignored ("B a i k" is "Baik").
func squash(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), "")) }

// scaleOf gives a predikat scale to the diagnosis, labels folded.
type scaleOf struct{ s *workbook.Scale }

func (x scaleOf) Label(v decimal.Decimal) (string, bool) {
	l, ok := x.s.Predikat(v)
	return squash(l), ok
}

func (x scaleOf) Band(label string) (lo, hi decimal.Decimal, hasHi, ok bool) {
	for i, b := range x.s.Bands {
		if squash(b.Label) != label {
			continue
		}
		lo = b.Lower
		if i == len(x.s.Bands)-1 {
			lo = decimal.New(-1, 12) // the bottom band takes everything below
		}
		return lo, b.Upper, b.HasUpper && i > 0, true
	}
	return lo, hi, false, false
}

// labelOf returns a scale's own spelling of a folded label.
func labelOf(s *workbook.Scale, folded string) string {
	for _, b := range s.Bands {
		if squash(b.Label) == folded {
			return b.Label
		}
	}
	return folded
}

// report turns one explanation into findings.
func (j *judgement) report(ex diagnose.Explanation) {
	after := map[int]diagnose.Change{}
	for _, ch := range ex.Changes {
		after[ch.Node] = ch
	}
	j.after = after
	ambiguous := map[int]bool{}
	for _, ch := range ex.Changes {
		if !ch.Cause {
			continue
		}
		if cands := ex.Candidates[ch.Node]; len(cands) > 0 {
			ambiguous[ch.Node] = true
			j.ambiguous(ch, cands, ex.Conflicts, after)
			continue
		}
		j.cause(ch, nil)
	}
	for _, ch := range ex.Changes {
		if !ch.Cause && !ambiguous[ch.Because] {
			j.follows(ch)
		}
	}
	for _, ri := range ex.Residuals {
		if !j.g.Rels[ri].Implied {
			j.residual(ri, nil)
		}
	}
	for _, ri := range ex.Unexplained {
		j.unexplained(ri)
	}
}

// ambiguous reports a cause that other cells could be instead (spec: "where several smallest
// sets of cells would do, the finding names the derived cell and lists the other cells that
// could be the cause"): at the derived cell of the conflict they all belong to, naming them,
// and telling none of them to change.
func (j *judgement) ambiguous(ch diagnose.Change, cands []int, conflicts []int, after map[int]diagnose.Change) {
	all := append([]int{ch.Node}, cands...)
	for _, ri := range conflicts {
		r := j.g.Rels[ri]
		nodes := map[int]bool{}
		if r.Out >= 0 {
			nodes[r.Out] = true
		}
		for _, n := range r.Inputs() {
			nodes[n] = true
		}
		every := true
		for _, n := range all {
			every = every && nodes[n]
		}
		if !every {
			continue
		}
		var others []int
		for _, n := range all {
			if n != r.Out {
				others = append(others, n)
			}
		}
		if r.Residual && r.Kind == diagnose.Equals || r.Out < 0 {
			j.residual(ri, others)
			return
		}
		d := &j.decls[ri]
		at := j.cells[r.Out]
		f := Finding{Rule: d.rule.ID, Severity: d.rule.Severity, scope: d.rule.Scope, Sheet: at.Sheet, Cell: at.Ref(), row: at.Row, col: at.Col,
			Actual: Actual(at), Candidates: j.refs(others)}
		if exact, label, ok := j.g.Compute(r); ok {
			v := diagnose.Change{Node: r.Out, Value: number.Round(exact, j.g.Nodes[r.Out].Places), Label: label}
			f.Expected, _ = j.expected(d, r.Out, v)
			f.Message = j.says(ri, at, v)
		}
		f.Message = joinSentences(f.Message, Msg("Atau salah satu angka asalnya yang salah.", "Or one of the figures it comes from is wrong."))
		j.c.add(f)
		return
	}
	j.cause(ch, cands)
}

// ref names a cell for Candidates and Because: "Sheet!F7".
func ref(c *workbook.Cell) string { return c.Sheet + "!" + c.Ref() }

func (j *judgement) refs(nodes []int) []string {
	var out []string
	for _, n := range nodes {
		out = append(out, ref(j.cells[n]))
	}
	return out
}

// expected prints a node's new value as a finding's expected value and the cell's content:
// a plain decimal at the places the cell shows, a predikat, an amount in words.
func (j *judgement) expected(d *declared, n int, ch diagnose.Change) (expected, fix string) {
	c := j.cells[n]
	switch {
	case d.out == c && c != nil && d.kind == Lookup && d.scale != nil:
		l := labelOf(d.scale, ch.Label)
		return l, l
	case d.out == c && c != nil && d.words != nil:
		if words, ok := d.words(ch.Value); ok {
			return words, words
		}
		return "", ""
	}
	p := number.Plain(ch.Value, j.g.Nodes[n].Places)
	return p, p
}

// cause reports a cause: by the rule whose relation computes it, where that relation now
// holds; otherwise (a typed figure) by Implied, naming the figures that agree on its value.
func (j *judgement) cause(ch diagnose.Change, candidates []int) {
	c := j.cells[ch.Node]
	var own *declared
	ownRel := -1
	var names []Text
	for _, ri := range ch.Fixes {
		d := &j.decls[ri]
		out := j.g.Rels[ri].Out
		if k := j.g.Rels[ri].Kind; k == AtMost || k == AtLeast {
			// A bound derives no value: it speaks for the cause, it does not say it.
			if in := j.g.Rels[ri].Num.Inputs(); len(in) > 0 {
				names = append(names, Msg("batasnya, %s", "its bound, %s", j.describe(j.cells[in[0]])))
			} else {
				names = append(names, j.nameOf(ri))
			}
			continue
		}
		if out == ch.Node {
			// The cell's own relation that speaks for the finding: one that follows from no
			// other first (a parent's Selisih is Anggaran - Realisasi, LRA001, before the sum
			// of its children's Selisih that LRA003 implies), then the narrower scope, then
			// the lower ID.
			if own == nil || j.g.Rels[ownRel].Implied && !j.g.Rels[ri].Implied ||
				j.g.Rels[ownRel].Implied == j.g.Rels[ri].Implied &&
					(d.rule.Scope < own.rule.Scope || d.rule.Scope == own.rule.Scope && d.rule.ID < own.rule.ID) {
				own, ownRel = d, ri
			}
			continue
		}
		if out >= 0 && j.cells[out].Sheet == c.Sheet && j.cells[out].Row == c.Row && d.name.ID == "" {
			// A figure of the same row: "its row's Selisih" is enough.
			names = append(names, Msg("%s baris itu", "its row's %s", j.columnLabel(j.cells[out])))
			continue
		}
		names = append(names, j.nameOf(ri))
	}
	f := Finding{Sheet: c.Sheet, Cell: c.Ref(), row: c.Row, col: c.Col, Actual: Actual(c), Candidates: j.refs(candidates)}
	if own != nil {
		f.Rule, f.Severity, f.scope = own.rule.ID, own.rule.Severity, own.rule.Scope
		f.Expected, f.Fix = j.expected(own, ch.Node, ch)
		f.Message = j.says(ownRel, c, ch)
	} else {
		f.Rule, f.Severity, f.scope = Implied.ID, Implied.Severity, Implied.Scope
		f.Expected, f.Fix = j.expected(&declared{}, ch.Node, ch)
		node := j.g.Nodes[ch.Node]
		want, got := Fig{Value: ch.Value, Places: node.Places}, Fig{Value: node.Value, Places: node.Places}
		if ch.Exact {
			f.Message = Msg("%s seharusnya %s: begitu menurut %s; tertulis %s.", "%s should be %s: so say %s; it says %s.",
				j.describe(c), want, joinTexts(names), got)
		} else {
			f.Message = Msg("%s seharusnya sekitar %s, nilai yang membuat %s cocok; tertulis %s.", "%s should be about %s, a value that makes %s agree; it says %s.",
				j.describe(c), want, joinTexts(names), got)
		}
	}
	if !ch.Exact || len(candidates) > 0 {
		f.Fix = "" // one value among several, or one cell among several: a person decides
	}
	if len(candidates) > 0 {
		f.Message = joinSentences(f.Message, Msg("Bisa juga sel lain yang salah.", "Another cell may be the wrong one instead."))
	}
	j.c.add(f)
}

// follows reports a figure that only follows its cause: computed from the wrong figure, it
// must change with it.
func (j *judgement) follows(ch diagnose.Change) {
	c := j.cells[ch.Node]
	d := &j.decls[ch.Rel]
	f := Finding{Rule: d.rule.ID, Severity: d.rule.Severity, scope: d.rule.Scope, Sheet: c.Sheet, Cell: c.Ref(), row: c.Row, col: c.Col,
		Actual: Actual(c), Because: ref(j.cells[ch.Because])}
	f.Expected, f.Fix = j.expected(d, ch.Node, ch)
	if cause, ok := j.after[ch.Because]; ok && !cause.Exact {
		// Its cause's value is one of several (a bound, a rounded ratio): the corrected
		// copy leaves the cause to a person, and so this figure that follows it.
		f.Fix = ""
	}
	// The cause is Because, which every output shows beside the message ("ikut: ...").
	f.Message = j.says(ch.Rel, c, ch)
	j.c.add(f)
}

// says is a relation's own message about its output.
func (j *judgement) says(ri int, c *workbook.Cell, ch diagnose.Change) Text {
	d := &j.decls[ri]
	if d.kind == Lookup {
		want := labelOf(d.scale, ch.Label)
		if d.saysLabel != nil {
			input := Fig{Value: number.Round(j.eval(j.g.Rels[ri].Num), d.inPlaces), Places: d.inPlaces}
			return d.saysLabel(want, c.Value(), input)
		}
		return Msg("%s seharusnya %q, tertulis %q.", "%s should be %q, it says %q.", j.describe(c), want, c.Value())
	}
	node := j.g.Nodes[ch.Node]
	want, got := Fig{Value: ch.Value, Places: node.Places}, Fig{Value: node.Value, Places: node.Places}
	if d.says != nil {
		return d.says(want, got)
	}
	return Msg("%s seharusnya %s, tertulis %s.", "%s should be %s, it says %s.", j.describe(c), want, got)
}

// residual reports a total whose rows do not add up to it, when nothing says which row is
// wrong: at the total, naming the rows (or the candidates given), telling none of them to
// change. Where the total itself could be the one that is wrong (it is among the
// candidates, or nothing else supports it), its expected value is the rows' sum; where the
// explanation changed it, it has none.
func (j *judgement) residual(ri int, candidates []int) {
	d := &j.decls[ri]
	dr := j.g.Rels[ri]
	value, eval := j.value, j.eval
	at := d.at
	var total decimal.Decimal
	var terms []int
	if dr.Out >= 0 {
		at = j.cells[dr.Out]
		total = value(dr.Out)
	} else {
		total = eval(dr.Lhs)
		terms = append(terms, dr.Lhs.Inputs()...)
	}
	terms = append(terms, dr.Num.Inputs()...)
	if candidates != nil {
		// One of several cells is wrong, and which is open: the figures as written.
		terms = candidates
		written := func(n int) decimal.Decimal { return j.g.Nodes[n].Value }
		value, eval = written, func(l diagnose.Linear) decimal.Decimal { return l.Eval(written) }
	}
	if at != nil {
		// The cell the finding stands at is not its own candidate.
		terms = slices.DeleteFunc(slices.Clone(terms), func(n int) bool {
			c := j.cells[n]
			return c.Sheet == at.Sheet && c.Row == at.Row && c.Col == at.Col
		})
	}
	if at == nil {
		return
	}
	sum := eval(dr.Num)
	places := int(at.Decimals)
	if dr.Out >= 0 {
		places = j.g.Nodes[dr.Out].Places
	}
	f := Finding{Rule: d.rule.ID, Severity: d.rule.Severity, scope: d.rule.Scope, Sheet: at.Sheet, Cell: at.Ref(), row: at.Row, col: at.Col,
		Actual: Actual(at), Candidates: j.refs(terms)}
	if dr.Out < 0 {
		f.Actual = number.Plain(total, places)
	}
	name := j.nameOf(ri)
	switch d.kind {
	case AtMost, AtLeast:
		f.Candidates = nil
		f.Expected = "<= " + number.Plain(sum, places)
		if d.kind == AtLeast {
			f.Expected = ">= " + number.Plain(sum, places)
		}
		f.Message = d.says(Fig{Value: sum, Places: places}, Fig{Value: total, Places: places})
	case Equals:
		if (dr.Out < 0 || len(dr.Num.Terms) <= 1) && d.says != nil {
			// Two sums that should agree (a column against the budget, a group against the
			// head count): in the rule's own words, the other side as expected.
			f.Expected = number.Plain(sum, places)
			if dr.Out < 0 {
				f.Actual = number.Plain(total, places)
			}
			f.Message = d.says(Fig{Value: sum, Places: places}, Fig{Value: total, Places: places})
			if len(f.Candidates) > 0 {
				f.Message = joinSentences(f.Message, Msg("Angka-angka yang lain tidak menunjukkan sisi mana yang salah.", "The other figures do not show which side is wrong."))
			}
			break
		}
		fallthrough
	default:
		// The total's own expected value, the rows' sum, where the total may be the one
		// that is wrong: no other figure supports it, or it is among the candidates.
		if candidates == nil && (dr.Out < 0 || !j.supported(dr.Out, ri)) || slices.Contains(candidates, dr.Out) {
			f.Expected = number.Plain(sum, places)
		}
		f.Message = Msg("%s %s tidak sama dengan jumlah %d rinciannya, %s (selisih %s). Angka-angka yang lain tidak menunjukkan mana yang salah, jumlahnya atau salah satu rinciannya, atau ada rincian yang terlewat.",
			"%s %s does not equal the sum of its %d items, %s (a difference of %s). The other figures do not show which is wrong, the total or one of its items, or whether an item is missing.",
			name, Fig{Value: total, Places: places}, len(dr.Num.Terms), Fig{Value: sum, Places: places}, Fig{Value: total.Sub(sum).Abs(), Places: places})
		if netto(dr.Num) {
			f.Message = Msg("%s %s tidak sama dengan netto rinciannya (penerimaan dikurangi pengeluaran), %s (selisih %s). Angka-angka yang lain tidak menunjukkan mana yang salah, nettonya atau salah satu rinciannya.",
				"%s %s does not equal the netto of its items (receipts less expenditure), %s (a difference of %s). The other figures do not show which is wrong, the netto or one of its items.",
				name, Fig{Value: total, Places: places}, Fig{Value: sum, Places: places}, Fig{Value: total.Sub(sum).Abs(), Places: places})
		}
		if _, ok := j.after[dr.Out]; ok && dr.Out >= 0 {
			// The total is itself corrected by another finding at this cell: the sum is
			// compared with the corrected figure, which the message must say, or it reads
			// as a misquote of the cell.
			f.Message = Msg("%s, yang seharusnya %s (temuan lain di sel ini), juga tidak sama dengan jumlah %d rinciannya, %s (selisih %s). Angka-angka yang lain tidak menunjukkan mana yang salah, jumlahnya atau salah satu rinciannya, atau ada rincian yang terlewat.",
				"%s, which should be %s (another finding at this cell), does not equal the sum of its %d items either, %s (a difference of %s). The other figures do not show which is wrong, the total or one of its items, or whether an item is missing.",
				name, Fig{Value: total, Places: places}, len(dr.Num.Terms), Fig{Value: sum, Places: places}, Fig{Value: total.Sub(sum).Abs(), Places: places})
		}
	}
	j.c.add(f)
}

// netto reports whether a total's items count some against it (a netto Pembiayaan).
func netto(l diagnose.Linear) bool {
	for _, t := range l.Terms {
		if t.Coef.Sign() < 0 {
			return true
		}
	}
	return false
}

// supported reports whether a node takes part, under the explanation being reported, in a
// relation other than ri that holds: a figure that agrees with others is not told to change
// to its rows' sum.
func (j *judgement) supported(n, ri int) bool {
	changed, labels := map[int]decimal.Decimal{}, map[int]string{}
	for m, ch := range j.after {
		if j.g.Nodes[m].Label {
			labels[m] = ch.Label
		} else {
			changed[m] = ch.Value
		}
	}
	for _, other := range j.g.Uses(n) {
		if r := j.g.Rels[other]; other != ri && !r.Implied && r.Kind != diagnose.AtMost && r.Kind != diagnose.AtLeast && j.g.HoldsWith(r, changed, labels) {
			return true
		}
	}
	return false
}

// unexplained reports a relation the search could not account for as the rule would alone,
// naming its other cells as candidates: lkjip cannot tell which cell is wrong.
func (j *judgement) unexplained(ri int) {
	d := &j.decls[ri]
	dr := j.g.Rels[ri]
	at := d.at
	if dr.Out >= 0 {
		at = j.cells[dr.Out]
	}
	if at == nil {
		return
	}
	others := dr.Inputs()
	f := Finding{Rule: d.rule.ID, Severity: d.rule.Severity, scope: d.rule.Scope, Sheet: at.Sheet, Cell: at.Ref(), row: at.Row, col: at.Col,
		Actual: Actual(at), Candidates: j.refs(others)}
	if dr.Out >= 0 && d.kind != AtMost && d.kind != AtLeast {
		vals := diagnose.Change{Node: dr.Out}
		if exact, label, ok := j.g.Compute(dr); ok {
			vals.Value, vals.Label = number.Round(exact, j.g.Nodes[dr.Out].Places), label
			f.Expected, _ = j.expected(d, dr.Out, vals)
			f.Message = j.says(ri, at, vals)
		}
	}
	if f.Message.ID == "" {
		f.Message = Msg("%s tidak cocok dengan angka-angka asalnya.", "%s does not agree with the figures it comes from.", j.nameOf(ri))
	}
	f.Message = joinSentences(f.Message, Msg("lkjip tidak dapat memastikan sel mana yang salah.", "lkjip cannot tell which cell is wrong."))
	j.c.add(f)
}

// nameOf names a relation's derived figure for messages about another cell.
func (j *judgement) nameOf(ri int) Text {
	d := &j.decls[ri]
	if d.name.ID != "" {
		return d.name
	}
	if out := j.g.Rels[ri].Out; out >= 0 {
		return j.describe(j.cells[out])
	}
	if d.at != nil {
		return j.describe(d.at)
	}
	return Text{ID: d.rule.ID, EN: d.rule.ID}
}

// describe names a cell by what it holds: its column and row in a table ("Realisasi
// "Program II"") or its label on a label/value sheet ("Pagu Anggaran di Identitas").
func (j *judgement) describe(c *workbook.Cell) Text {
	for _, t := range j.w.Tables {
		if t.Sheet.Name != c.Sheet {
			continue
		}
		for _, r := range t.AllRows() {
			if r.Num != c.Row {
				continue
			}
			for _, col := range t.Columns {
				if col.Col != c.Col {
					continue
				}
				if r.IsTotal {
					// "Jumlah Realisasi" rather than Realisasi "Jumlah".
					return Msg("%s %s", "%s %s", r.Label(), col.Label)
				}
				return Msg("%s %q", "%s %q", col.Label, r.Label())
			}
		}
	}
	for _, pairs := range []*workbook.Pairs{j.w.Identitas, j.w.Ringkasan} {
		if pairs == nil || pairs.Sheet.Name != c.Sheet {
			continue
		}
		for _, it := range pairs.Items {
			if it.Value != nil && it.Value.Row == c.Row && it.Value.Col == c.Col {
				return Msg("%s di %s", "%s in %s", it.Label.Value(), string(pairs.Kind))
			}
		}
	}
	return Text{ID: c.Sheet + "!" + c.Ref(), EN: c.Sheet + "!" + c.Ref()}
}

// columnLabel is the label of the column a table cell stands in ("Selisih"), or its address.
func (j *judgement) columnLabel(c *workbook.Cell) string {
	for _, t := range j.w.Tables {
		if t.Sheet.Name != c.Sheet {
			continue
		}
		for _, col := range t.Columns {
			if col.Col == c.Col {
				return col.Label
			}
		}
	}
	return c.Ref()
}

// joinTexts joins names: "A, B dan C" / "A, B and C".
func joinTexts(ts []Text) Text {
	var id, en []string
	for _, t := range ts {
		id, en = append(id, t.ID), append(en, t.EN)
	}
	join := func(xs []string, and string) string {
		switch len(xs) {
		case 0:
			return ""
		case 1:
			return xs[0]
		}
		return strings.Join(xs[:len(xs)-1], ", ") + " " + and + " " + xs[len(xs)-1]
	}
	return Text{ID: join(id, "dan"), EN: join(en, "and")}
}

func joinSentences(a, b Text) Text {
	return Text{ID: a.ID + " " + b.ID, EN: a.EN + " " + b.EN}
}
