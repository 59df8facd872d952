package layout

import (
	"slices"
	"sort"
	"strings"

	wb "lkjip/reconcile/workbook"
)

// Roles of the earlier years' Target and Realisasi of a Pengukuran table: a report that shows
// last year's figures beside this year's (`Target 2019 | Target 2020 | Realisasi 2019 |
// Realisasi 2020`) gives them these roles, so that the report year's columns are the ones
// called Target and Realisasi whatever the column order. No rule of the spec judges them
// yet; they keep their column and year for the year check (PGK004) and the coverage count.
const (
	RoleTarget1    wb.Role = "target_t1"
	RoleTarget2    wb.Role = "target_t2"
	RoleRealisasi1 wb.Role = "realisasi_t1"
	RoleRealisasi2 wb.Role = "realisasi_t2"
)

// yearOnly are the roles only a year in the label gives: they do not count towards a
// header's score, which compares headers by the roles of the spec.
var yearOnly = map[wb.Role]bool{RoleTarget1: true, RoleTarget2: true, RoleRealisasi1: true, RoleRealisasi2: true}

// match is one header column matched to a column spec, before its role is settled.
type match struct {
	col  int
	spec *colSpec
	cand candidate
	year int
}

// candYear is the year a matched label carries: its own, or its group label's.
func candYear(cd candidate) int {
	if y := yearIn(cd.cell.Text); y != 0 {
		return y
	}
	if cd.group != nil {
		return yearIn(cd.group.Text)
	}
	return 0
}

// rolesByYear settles the roles of labels that repeat with years (spec, "Reading rules"):
// where every column matched to one spec names a year, and no year twice, the newest year
// takes the spec's role (the report year T's column) and the older ones the roles for T-1
// and T-2 in the order of their years, whatever the column order: `% Capaian 2019 | %
// Capaian 2020` in a 2020 report is T-1 then T. The newest year need not be T: last year's
// header left in place keeps the same order of roles, and the year check (PGK004) then finds
// every label one year early, which it reports as one finding. A year beyond the roles the
// spec has maps to "" (the column is left out, as a fourth % Capaian is by position).
// Columns not in the map take their roles by position, as before: labels without years, or
// a year written twice.
func rolesByYear(ms []match) map[int]wb.Role {
	// Every row a header search tries comes here: no maps unless a role is settled, and no
	// loop over pairs of columns (a hostile row may hold thousands of labels), only over the
	// schema's few specs.
	var out map[int]wb.Role
	var done []*colSpec
	var group []match
	for i, first := range ms {
		sp := first.spec
		if sp.role == wb.RoleCount || sp == partSpec || slices.Contains(done, sp) {
			continue // Pegawai's counts are many columns of one role by design
		}
		done = append(done, sp)
		group = group[:0]
		for _, m := range ms[i:] {
			if m.spec == sp {
				group = append(group, m)
			}
		}
		if len(group) < 2 {
			continue
		}
		sort.SliceStable(group, func(i, j int) bool { return group[i].year > group[j].year })
		ok := true
		for j, m := range group {
			ok = ok && m.year != 0 && (j == 0 || m.year != group[j-1].year)
		}
		if !ok {
			continue
		}
		roles := append([]wb.Role{sp.role}, sp.repeat...)
		if len(sp.repeat) == 0 {
			roles = append(roles, sp.yearRepeat...)
		}
		if out == nil {
			out = map[int]wb.Role{}
		}
		for i, m := range group {
			if i < len(roles) {
				out[m.col] = roles[i]
			} else {
				out[m.col] = ""
			}
		}
	}
	return out
}

// plainLine reports whether s is plain ASCII already on one line: no control character, no
// space at either end or twice in a row.
func plainLine(s string) bool {
	prevSpace := true // a leading space is not plain
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ':
			if prevSpace {
				return false
			}
			prevSpace = true
		case c < ' ' || c >= 0x80: // a control character, or beyond ASCII (the no-break and other Unicode spaces): the full join decides
			return false
		default:
			prevSpace = false
		}
	}
	return !prevSpace || s == ""
}

// oneLine is a header text as one line: a label typed with line breaks ("CAPAIAN\nREALISASI
// ANGGARAN (%)") or runs of spaces would carry them into every message that names the column.
func oneLine(s string) string {
	if plainLine(s) {
		return s // most labels: nothing to join, and every candidate header row asks
	}
	return strings.Join(strings.Fields(strings.Map(func(r rune) rune {
		if r == '\u00a0' {
			return ' '
		}
		return r
	}, s)), " ")
}
