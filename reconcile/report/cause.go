package report

import (
	"strings"

	"lkjip/reconcile"
)

// A finding may name other cells that could be the cause instead of its own (Candidates), or
// the one cell whose mistake it only follows from (Because). Every printer shows both the same
// way: "atau salah satu dari: Realisasi Anggaran!D7, D9" under the message, and a finding that
// follows right under its cause, marked "ikutan" and "ikut: Realisasi Anggaran!D7"; it counts
// neither as an error nor as a warning.

var causeWords = map[string]reconcile.Text{
	"candidates": {ID: "atau salah satu dari", EN: "or one of"},
	"follows":    {ID: "ikut: ", EN: "follows "},
	"following":  {ID: "ikutan", EN: "following"},
}

func cword(key, lang string) string { return causeWords[key].In(lang) }

// candidatesLine is "atau salah satu dari: Realisasi Anggaran!D7, D9" / "or one of: ...", or
// "" for a finding without candidates.
func candidatesLine(x reconcile.Finding, lang string) string {
	if len(x.Candidates) == 0 {
		return ""
	}
	return cword("candidates", lang) + ": " + reconcile.RefList(x.Candidates)
}

// followsLine is "ikut: Realisasi Anggaran!D7" / "follows Realisasi Anggaran!D7", or "".
func followsLine(x reconcile.Finding, lang string) string {
	if x.Because == "" {
		return ""
	}
	return cword("follows", lang) + x.Because
}

// notes are the lines a printer shows under a finding's message: its candidates, the cause it
// follows, and the acceptance's reason.
func notes(x reconcile.Finding, lang string) []string {
	out := causeNotes(x, lang)
	if x.Accepted {
		out = append(out, word("reason", lang)+": "+x.Reason)
	}
	return out
}

// causeNotes are the candidates and cause lines of a finding, for a list that gives the
// acceptance's reason a column of its own.
func causeNotes(x reconcile.Finding, lang string) []string {
	var out []string
	for _, s := range []string{candidatesLine(x, lang), followsLine(x, lang)} {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// withNotes is a finding's message with its notes below it.
func withNotes(x reconcile.Finding, lang string) string {
	return strings.Join(append([]string{x.Message.In(lang)}, notes(x, lang)...), "\n")
}

// severityMark names a finding's severity with its marks: "kesalahan (diterima)", "kesalahan
// (ikutan)".
func severityMark(x reconcile.Finding, lang string) string {
	s := SeverityName(x.Severity, lang)
	if x.Accepted {
		s += " (" + word("accepted", lang) + ")"
	} else if x.Because != "" {
		s += " (" + cword("following", lang) + ")"
	}
	return s
}

// placed is a finding in the order the printers show it, with its index in the result and how
// many causes stand above it (0 for a finding shown in its own place).
type placed struct {
	reconcile.Finding
	index, depth int
}

// arrange orders a result's findings for showing: each finding that follows another
// (Because) right under the first finding at its cause's cell, after the others already
// there; the rest in their order. A finding whose cause has no finding of its own keeps its
// place, and so does the first finding of a cycle of causes.
func arrange(findings []reconcile.Finding) []placed {
	at := map[string]int{} // "Sheet!Cell" -> the first finding there
	for i, x := range findings {
		if x.Cell == "" {
			continue
		}
		if _, ok := at[x.Sheet+"!"+x.Cell]; !ok {
			at[x.Sheet+"!"+x.Cell] = i
		}
	}
	parent := make([]int, len(findings))
	for i, x := range findings {
		parent[i] = -1
		if x.Because == "" {
			continue
		}
		if p, ok := at[x.Because]; ok && p != i {
			parent[i] = p
		}
	}
	// A chain of causes that comes back to itself is broken at its first finding.
	for i := range findings {
		seen := map[int]bool{i: true}
		for p := parent[i]; p >= 0; p = parent[p] {
			if seen[p] {
				parent[i] = -1
				break
			}
			seen[p] = true
		}
	}
	children := make([][]int, len(findings))
	for i, p := range parent {
		if p >= 0 {
			children[p] = append(children[p], i)
		}
	}
	out := make([]placed, 0, len(findings))
	var emit func(i, depth int)
	emit = func(i, depth int) {
		out = append(out, placed{Finding: findings[i], index: i, depth: depth})
		for _, c := range children[i] {
			emit(c, depth+1)
		}
	}
	for i := range findings {
		if parent[i] < 0 {
			emit(i, 0)
		}
	}
	return out
}
