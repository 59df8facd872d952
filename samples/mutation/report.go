package mutation

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"
)

// The targets the engine of issue #14 is held to: every mutant named, errors elsewhere in at
// most 2 % of the mutants, the original figure expected in at least 95 % of the mutants where
// lkjip names the one cell.
const (
	TargetNamedPercent     = 100
	TargetElsewherePercent = 2
	TargetExpectedPercent  = 95
)

// Stat counts the outcomes of a set of mutants.
type Stat struct {
	Mutants   int
	Named     int
	Elsewhere int
	// Single counts the mutants where lkjip names the one changed cell (a finding at it
	// without candidates); ExpectedEqual those of them whose expected value is the original.
	Single        int
	ExpectedEqual int
	// Silent counts the mutants where lkjip reports nothing at all.
	Silent int
}

func (s *Stat) add(o *Outcome) {
	s.Mutants++
	if o.Named {
		s.Named++
	}
	if o.Elsewhere {
		s.Elsewhere++
	}
	if o.Single {
		s.Single++
		if o.ExpectedEqual {
			s.ExpectedEqual++
		}
	}
	if len(o.Said) == 0 {
		s.Silent++
	}
}

// NamedMet, ElsewhereMet and ExpectedMet say whether the set meets each target. Expected is
// not met by a set with mutants none of which lkjip names singly.
func (s Stat) NamedMet() bool { return s.Named*100 >= TargetNamedPercent*s.Mutants }

// ElsewhereMet reports whether errors elsewhere stay within their target.
func (s Stat) ElsewhereMet() bool { return s.Elsewhere*100 <= TargetElsewherePercent*s.Mutants }

// ExpectedMet reports whether the expected value is the original often enough.
func (s Stat) ExpectedMet() bool {
	if s.Single == 0 {
		return s.Mutants == 0
	}
	return s.ExpectedEqual*100 >= TargetExpectedPercent*s.Single
}

// Met reports whether the set meets every target.
func (s Stat) Met() bool { return s.NamedMet() && s.ElsewhereMet() && s.ExpectedMet() }

// Total counts every good mutant (the broken ones measure nothing and are not counted).
func (r *Report) Total() Stat {
	var s Stat
	for i := range r.Outcomes {
		if r.Outcomes[i].Broken == "" {
			s.add(&r.Outcomes[i])
		}
	}
	return s
}

// By counts the good mutants by a key (the kind of cell, the change, the base's group), in
// the order the keys first appear unless order is given.
func (r *Report) By(key func(*Outcome) string, order []string) ([]string, map[string]*Stat) {
	stats := map[string]*Stat{}
	var keys []string
	for i := range r.Outcomes {
		o := &r.Outcomes[i]
		if o.Broken != "" {
			continue
		}
		k := key(o)
		if stats[k] == nil {
			stats[k] = &Stat{}
			keys = append(keys, k)
		}
		stats[k].add(o)
	}
	if order != nil {
		var sorted []string
		for _, k := range order {
			if stats[k] != nil {
				sorted = append(sorted, k)
			}
		}
		keys = sorted
	}
	return keys, stats
}

// ByKind counts the good mutants by kind of cell, in the order of Kinds.
func (r *Report) ByKind() ([]string, map[string]*Stat) {
	return r.By(func(o *Outcome) string { return o.Kind }, Kinds)
}

// Broken lists the mutants that measure nothing, and why: the benchmark's own faults.
func (r *Report) Broken() []string {
	var out []string
	for _, o := range r.Outcomes {
		if o.Broken != "" {
			out = append(out, fmt.Sprintf("%s %s (%s): %s", o.Base, o.Address(), o.Change(), o.Broken))
		}
	}
	return out
}

// LeftOut lists the bases left out, and why.
func (r *Report) LeftOut() []string {
	var out []string
	for _, b := range r.Bases {
		if b.LeftOut != "" {
			out = append(out, b.Name+": "+b.LeftOut)
		}
	}
	return out
}

// percent prints a/b as a percentage with one decimal, rounded half up, in integers.
func percent(a, b int) string {
	if b == 0 {
		return "-"
	}
	tenths := (a*2000 + b) / (2 * b)
	return fmt.Sprintf("%d.%d %%", tenths/10, tenths%10)
}

func mark(met bool) string {
	if met {
		return "met"
	}
	return "MISSED"
}

// Print writes the report: the bases, the scores per kind of cell and overall beside the
// targets, per change and per group of bases, and examples of each failure (up to examples
// of each, from as many kinds of cell as there are).
func (r *Report) Print(out io.Writer, examples int) {
	used, groups := 0, map[string]int{}
	var groupOrder []string
	for _, b := range r.Bases {
		if b.LeftOut != "" {
			continue
		}
		used++
		if groups[b.Group] == 0 {
			groupOrder = append(groupOrder, b.Group)
		}
		groups[b.Group]++
	}
	left := r.LeftOut()
	fmt.Fprintf(out, "bases: %d clean workbooks mutated, %d left out as not clean\n", used, len(left))
	for _, l := range left {
		fmt.Fprintf(out, "  left out: %s\n", l)
	}
	skips := map[string]int{}
	var skipOrder []string
	for _, b := range r.Bases {
		for k, why := range b.Skipped {
			s := k + " (" + why + ")"
			if skips[s] == 0 {
				skipOrder = append(skipOrder, s)
			}
			skips[s]++
		}
	}
	slices.Sort(skipOrder)
	for _, s := range skipOrder {
		fmt.Fprintf(out, "  not mutated: %s, in %d workbooks\n", s, skips[s])
	}
	inert := 0
	for _, b := range r.Bases {
		inert += b.Inert
	}
	if inert > 0 {
		fmt.Fprintf(out, "  not made: %d typos of a Pengukuran Realisasi that stay inside its Rentang target ranges (100 %% either way: no figure changes)\n", inert)
	}
	c := r.Choice
	cells := "every cell"
	if c.Cells > 0 {
		cells = fmt.Sprintf("up to %d cells of each kind per workbook", c.Cells)
	}
	typos := c.Typos
	if len(typos) == 0 {
		typos = Typos
	}
	fmt.Fprintf(out, "mutants: %d (%s; typos %s, written as numbers, %d %% of them also as text)\n",
		len(r.Outcomes), cells, strings.Join(typos, ", "), c.TextShare)
	if b := r.Broken(); len(b) > 0 {
		fmt.Fprintf(out, "BROKEN: %d mutants measure nothing (a fault of the benchmark):\n", len(b))
		for i, s := range b {
			if i == 10 {
				fmt.Fprintf(out, "  ... and %d more\n", len(b)-10)
				break
			}
			fmt.Fprintf(out, "  %s\n", s)
		}
	}

	fmt.Fprintln(out)
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	header := func(first string) {
		fmt.Fprintf(tw, "%s\tmutants\tnamed\terrors elsewhere\tsingly named\texpected = original\tsilent\t\n", first)
	}
	row := func(name string, s *Stat) {
		fmt.Fprintf(tw, "%s\t%d\t%s\t%s\t%d\t%s\t%d\t\n", name, s.Mutants, percent(s.Named, s.Mutants),
			percent(s.Elsewhere, s.Mutants), s.Single, percent(s.ExpectedEqual, s.Single), s.Silent)
	}
	total := r.Total()
	keys, stats := r.ByKind()
	header("kind of cell")
	for _, k := range keys {
		row(k, stats[k])
	}
	row("overall", &total)
	fmt.Fprintf(tw, "target\t\t%d %%\t<= %d %%\t\t>= %d %%\t\t\n", TargetNamedPercent, TargetElsewherePercent, TargetExpectedPercent)
	fmt.Fprintf(tw, "overall against the target\t\t%s\t%s\t\t%s\t\t\n", mark(total.NamedMet()), mark(total.ElsewhereMet()), mark(total.ExpectedMet()))
	fmt.Fprintln(tw, "\t\t\t\t\t\t\t")
	keys, stats = r.By(func(o *Outcome) string { return o.Change() }, []string{Digit, Swap, Digit + " as text", Swap + " as text"})
	header("change")
	for _, k := range keys {
		row(k, stats[k])
	}
	fmt.Fprintln(tw, "\t\t\t\t\t\t\t")
	keys, stats = r.By(func(o *Outcome) string { return r.group(o.Base) }, groupOrder)
	header("bases")
	for _, k := range keys {
		row(fmt.Sprintf("%s (%d)", k, groups[k]), stats[k])
	}
	tw.Flush()
	fmt.Fprintln(out, "named: an error finding that counts names the changed cell, at its own cell or among its Candidates.")
	fmt.Fprintln(out, "errors elsewhere: an error finding that counts names another cell, the changed one not among its Candidates.")
	fmt.Fprintln(out, "expected = original: of the singly named (a finding at the changed cell without Candidates), those whose Expected is the original figure.")
	fmt.Fprintln(out, "silent: lkjip reports nothing at all.")

	if examples <= 0 {
		return
	}
	for _, f := range []struct {
		title  string
		fails  func(*Outcome) bool
		prefer func(*Outcome) bool
	}{
		{"not named", func(o *Outcome) bool { return !o.Named }, nil},
		// The errors elsewhere of mutants that are named show what the not named do not.
		{"errors elsewhere", func(o *Outcome) bool { return o.Elsewhere }, func(o *Outcome) bool { return o.Named }},
		{"expected value not the original", func(o *Outcome) bool { return o.Single && !o.ExpectedEqual }, nil},
	} {
		picked, n := r.examples(f.fails, f.prefer, examples)
		if n == 0 {
			continue
		}
		fmt.Fprintf(out, "\n%s: %d mutants, for example:\n", f.title, n)
		for _, o := range picked {
			fmt.Fprintf(out, "- %s %s [%s, %s]: %s -> %s", o.Base, o.Address(), o.Kind, o.Change(), o.Shown(o.Original), o.Shown(o.Value))
			if o.AsText {
				fmt.Fprintf(out, " (text %q)", o.Written)
			}
			fmt.Fprintln(out)
			if len(o.Said) == 0 {
				fmt.Fprintln(out, "    lkjip: nothing")
			}
			for i, s := range o.Said {
				if i == 6 {
					fmt.Fprintf(out, "    ... and %d more\n", len(o.Said)-6)
					break
				}
				fmt.Fprintf(out, "    lkjip: %s\n", s)
			}
		}
	}
}

func (r *Report) group(base string) string {
	for _, b := range r.Bases {
		if b.Name == base {
			return b.Group
		}
	}
	return ""
}

// interleaved lists Kinds one sheet after the other: the first kind of each sheet, then the
// second of each, and so on, so that a few examples cover every sheet.
func interleaved() []string {
	var sheets []string
	bySheet := map[string][]string{}
	for _, k := range Kinds {
		sheet, _, _ := strings.Cut(k, ":")
		if bySheet[sheet] == nil {
			sheets = append(sheets, sheet)
		}
		bySheet[sheet] = append(bySheet[sheet], k)
	}
	var out []string
	for i := 0; len(out) < len(Kinds); i++ {
		for _, s := range sheets {
			if i < len(bySheet[s]) {
				out = append(out, bySheet[s][i])
			}
		}
	}
	return out
}

// examples picks up to max failing outcomes, those that prefer (when given) holds for first,
// one per kind of cell in turn (the first of each kind, then the second...; the kinds one
// sheet after the other), and counts every failing one.
func (r *Report) examples(fails, prefer func(*Outcome) bool, max int) ([]*Outcome, int) {
	var first, then []*Outcome
	for i := range r.Outcomes {
		o := &r.Outcomes[i]
		switch {
		case o.Broken != "" || !fails(o):
		case prefer == nil || prefer(o):
			first = append(first, o)
		default:
			then = append(then, o)
		}
	}
	out := pick(first, max)
	return append(out, pick(then, max-len(out))...), len(first) + len(then)
}

// pick takes up to max outcomes, one per kind of cell in turn.
func pick(list []*Outcome, max int) []*Outcome {
	byKind := map[string][]*Outcome{}
	for _, o := range list {
		byKind[o.Kind] = append(byKind[o.Kind], o)
	}
	var out []*Outcome
	order := interleaved()
	for round := 0; len(out) < max && len(out) < len(list); round++ {
		for _, k := range order {
			if round < len(byKind[k]) && len(out) < max {
				out = append(out, byKind[k][round])
			}
		}
	}
	return out
}
