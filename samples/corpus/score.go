package corpus

import (
	"slices"
	"sort"
	"strings"
)

// Finding is a finding as the scorer reads it: the fields of lkjip's JSON report (a
// reconcile.Finding gives the same).
type Finding struct {
	Rule       string   `json:"rule"`
	Severity   string   `json:"severity"`
	Sheet      string   `json:"sheet"`
	Cell       string   `json:"cell"`
	Expected   string   `json:"expected"`
	Actual     string   `json:"actual"`
	Candidates []string `json:"candidates"`
	Because    string   `json:"because"`
	Accepted   bool     `json:"accepted"`
}

// Counts reports whether a finding counts as lkjip counts it: neither accepted nor only
// following another (Because).
func (f Finding) Counts() bool { return !f.Accepted && f.Because == "" }

// Matches reports whether a finding is the one a truth entry asks for:
//   - a fault (no Because): a finding that counts, by its rule, at its cell, with its expected
//     value where the entry gives one, and, where the entry lists candidates, naming every
//     one of them among its own;
//   - a figure that follows a fault (Because): a finding by its rule, at its cell, with its
//     expected value where the entry gives one, following the same cause.
func (x Fault) Matches(f Finding) bool {
	if f.Rule != x.Rule || f.Sheet != x.Sheet || f.Cell != x.Cell || f.Because != x.Because || f.Accepted {
		return false
	}
	if x.Expected != "" && f.Expected != x.Expected {
		return false
	}
	for _, c := range x.Candidates {
		if !slices.Contains(f.Candidates, c) {
			return false
		}
	}
	return true
}

// Score holds how the findings of one or more files hold up against their truth.
type Score struct {
	Faults, Found            int // the faults (entries without Because) and those found
	Followers, FollowersSeen int // the entries that follow a fault, and those found
	// UnderGap counts the faults not found that a known engine gap accounts for, by gap.
	UnderGap map[string]int
	// Missed lists the entries neither found nor accounted for by a gap.
	Missed []Fault
	// Elsewhere lists the error findings that count and stand for no entry of the truth.
	Elsewhere []Finding
	// Beyond counts the other findings that stand for no entry: warnings, notes, accepted
	// findings, and findings that only follow another (never an error elsewhere).
	Beyond int
	// PerRule counts, per rule, the faults injected and found.
	PerRule map[string][2]int
}

// Gapped is the number of faults known engine gaps account for.
func (s *Score) Gapped() int {
	n := 0
	for _, v := range s.UnderGap {
		n += v
	}
	return n
}

// Add adds another score.
func (s *Score) Add(o Score) {
	s.Faults += o.Faults
	s.Found += o.Found
	s.Followers += o.Followers
	s.FollowersSeen += o.FollowersSeen
	for k, v := range o.UnderGap {
		if s.UnderGap == nil {
			s.UnderGap = map[string]int{}
		}
		s.UnderGap[k] += v
	}
	s.Missed = append(s.Missed, o.Missed...)
	s.Elsewhere = append(s.Elsewhere, o.Elsewhere...)
	s.Beyond += o.Beyond
	for k, v := range o.PerRule {
		if s.PerRule == nil {
			s.PerRule = map[string][2]int{}
		}
		c := s.PerRule[k]
		s.PerRule[k] = [2]int{c[0] + v[0], c[1] + v[1]}
	}
}

// Compare holds one file's findings to its truth. Each entry takes the first finding not yet
// taken that matches it (Fault.Matches); a fault none matches takes, where a known gap
// accounts for it, the finding the gap names. Of the findings left, those that count and
// are errors stand elsewhere; the rest are beyond the truth.
func Compare(truth []Fault, findings []Finding) Score {
	s := Score{PerRule: map[string][2]int{}}
	taken := make([]bool, len(findings))
	take := func(ok func(Finding) bool) bool {
		for i, f := range findings {
			if !taken[i] && ok(f) {
				taken[i] = true
				return true
			}
		}
		return false
	}
	var missed []Fault
	for _, x := range truth {
		found := take(x.Matches)
		if x.Follows() {
			s.Followers++
			if found {
				s.FollowersSeen++
			}
		} else {
			s.Faults++
			c := s.PerRule[x.Rule]
			c[0]++
			if found {
				s.Found++
				c[1]++
			}
			s.PerRule[x.Rule] = c
		}
		if !found {
			missed = append(missed, x)
		}
	}
	for _, x := range missed {
		gapped := false
		for _, g := range Gaps {
			if !x.Follows() && take(func(f Finding) bool { return g.stands(x, f, findings) }) {
				if s.UnderGap == nil {
					s.UnderGap = map[string]int{}
				}
				s.UnderGap[g.Name]++
				gapped = true
				break
			}
		}
		if !gapped {
			s.Missed = append(s.Missed, x)
		}
	}
	for i, f := range findings {
		switch {
		case taken[i]:
		case f.Severity == "error" && f.Counts():
			s.Elsewhere = append(s.Elsewhere, f)
		default:
			s.Beyond++
		}
	}
	return s
}

// Rules lists the rules of a score's faults: the corpus's kinds first, in their order, then
// any other.
func (s *Score) Rules() []string {
	out := Kinds()
	var more []string
	for k := range s.PerRule {
		if !slices.Contains(out, k) {
			more = append(more, k)
		}
	}
	sort.Strings(more)
	return append(out, more...)
}

// Describe prints a finding on one line for messages.
func (f Finding) Describe() string {
	var b strings.Builder
	b.WriteString(f.Rule + " " + f.Severity + " " + f.Sheet + "!" + f.Cell + " expected " + quote(f.Expected) + " actual " + quote(f.Actual))
	if len(f.Candidates) > 0 {
		b.WriteString(" candidates " + strings.Join(f.Candidates, ", "))
	}
	if f.Because != "" {
		b.WriteString(" because " + f.Because)
	}
	return b.String()
}

// Describe prints a truth entry on one line for messages.
func (x Fault) Describe() string {
	var b strings.Builder
	b.WriteString(x.Rule + " " + x.Sheet + "!" + x.Cell + " expected " + quote(x.Expected))
	if len(x.Candidates) > 0 {
		b.WriteString(" candidates " + strings.Join(x.Candidates, ", "))
	}
	if x.Because != "" {
		b.WriteString(" because " + x.Because)
	}
	return b.String()
}

func quote(s string) string { return `"` + s + `"` }
