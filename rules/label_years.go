package rules

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"lkjip/reconcile"
	wb "lkjip/reconcile/workbook"
)

// yearSlip is a header label or a title whose year is not the one its place asks for.
type yearSlip struct {
	cell      *wb.Cell
	got, want int
	// fix is the cell's right content (the text with the year replaced), "" when there is
	// none to write.
	fix string
	// alone is the finding's message when the slip is its own cause.
	alone reconcile.Text
}

// slipKind names what slipped, for the message of a shifted block: column labels of one
// header (PGK004, UM014) or the titles above one table (THN001).
type slipKind struct {
	what reconcile.Text // "judul kolom" / "column labels"
}

var (
	columnLabels = slipKind{reconcile.Text{ID: "judul kolom", EN: "column labels"}}
	tableTitles  = slipKind{reconcile.Text{ID: "judul tabel", EN: "table titles"}}
)

// cause says in both languages what a shift of n years (got - want, never 0) is: "judul
// kolom tahun lalu yang tertinggal" / "last year's column labels left in place".
func (k slipKind) cause(n int) reconcile.Text {
	switch {
	case n == -1:
		return reconcile.Text{ID: k.what.ID + " tahun lalu yang tertinggal", EN: "last year's " + k.what.EN + " left in place"}
	case n < 0:
		return reconcile.Text{ID: fmt.Sprintf("%s %d tahun lalu yang tertinggal", k.what.ID, -n), EN: fmt.Sprintf("%s of %d years ago left in place", k.what.EN, -n)}
	}
	return reconcile.Text{ID: fmt.Sprintf("%s yang bergeser %d tahun ke depan", k.what.ID, n), EN: fmt.Sprintf("%s shifted %d %s ahead", k.what.EN, n, plural(n, "year", "years"))}
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// reportSlips reports the slipped years of one block (the labels of one header, or the
// titles above one table) under issue #14's "one cause, one finding, at the cause": labels
// all off by the same number of years are one mistake (last year's header left in place),
// reported once at the first of them (in reading order), naming every label concerned and
// what each should read; every other label of that shift gets a finding that follows from
// the first (Finding.Because), so that each label still carries its Fix while only the
// first counts. A label off by an amount no other label shares is its own finding.
func reportSlips(p *reconcile.Pass, kind slipKind, slips []yearSlip) {
	byShift := map[int][]yearSlip{}
	var shifts []int
	for _, s := range slips {
		n := s.got - s.want
		if len(byShift[n]) == 0 {
			shifts = append(shifts, n)
		}
		byShift[n] = append(byShift[n], s)
	}
	for _, n := range shifts {
		group := byShift[n]
		sort.SliceStable(group, func(i, j int) bool {
			a, b := group[i].cell, group[j].cell
			if a.Row != b.Row {
				return a.Row < b.Row
			}
			return a.Col < b.Col
		})
		first := group[0]
		if len(group) == 1 {
			p.ReportFix(first.cell, first.alone, strconv.Itoa(first.want), strconv.Itoa(first.got), first.fix)
			continue
		}
		var id, en []string
		for _, s := range group {
			if s.fix != "" {
				id = append(id, fmt.Sprintf("%s %q menjadi %q", s.cell.Ref(), s.cell.String(), s.fix))
				en = append(en, fmt.Sprintf("%s %q to %q", s.cell.Ref(), s.cell.String(), s.fix))
			} else {
				id = append(id, fmt.Sprintf("%s %q: tahun %d menjadi %d", s.cell.Ref(), s.cell.String(), s.got, s.want))
				en = append(en, fmt.Sprintf("%s %q: the year %d to %d", s.cell.Ref(), s.cell.String(), s.got, s.want))
			}
		}
		cause := kind.cause(n)
		dirID, dirEN := "lebih awal", "earlier"
		if n > 0 {
			dirID, dirEN = "lebih lambat", "later"
		}
		msg := reconcile.Text{
			ID: fmt.Sprintf("%s: %d %s semuanya %d tahun %s dari seharusnya. Perbaiki %s.",
				capitalized(cause.ID), len(group), kind.what.ID, abs(n), dirID, strings.Join(id, ", ")),
			EN: fmt.Sprintf("%s: all %d %s are %d %s %s than they should be. Correct %s.",
				capitalized(cause.EN), len(group), kind.what.EN, abs(n), plural(abs(n), "year", "years"), dirEN, strings.Join(en, ", ")),
		}
		p.ReportFix(first.cell, msg, strconv.Itoa(first.want), strconv.Itoa(first.got), first.fix)
		because := reconcile.CellName(first.cell)
		for _, s := range group[1:] {
			should := reconcile.Text{ID: fmt.Sprintf("seharusnya %q", s.fix), EN: fmt.Sprintf("should read %q", s.fix)}
			if s.fix == "" {
				should = reconcile.Text{ID: fmt.Sprintf("seharusnya bertahun %d", s.want), EN: fmt.Sprintf("should carry %d", s.want)}
			}
			p.ReportFollowing(s.cell, reconcile.Msg("%q %s: bagian dari %s, lihat %s.",
				"%q %s: part of %s, see %s.", s.cell.String(), should, cause, because),
				strconv.Itoa(s.want), strconv.Itoa(s.got), s.fix, because)
		}
	}
}

func capitalized(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// withYear returns text with its last written year, from, replaced by to ("% Capaian 2020"
// gives "% Capaian 2021"): the year a column label carries is the last one it writes. ""
// when text does not write from.
func withYear(text string, from, to int) string {
	locs := reTitleYear.FindAllStringIndex(text, -1)
	for i := len(locs) - 1; i >= 0; i-- {
		l := locs[i]
		if text[l[0]:l[1]] == strconv.Itoa(from) {
			return text[:l[0]] + strconv.Itoa(to) + text[l[1]:]
		}
	}
	return ""
}

// labelSlips lists the labels of a table's header whose year is not the one want gives for
// the column (0: not judged), one per cell: a group label that names the year of several
// columns is one label.
func labelSlips(t *wb.Table, want func(*wb.Column) (int, reconcile.Text)) []yearSlip {
	var out []yearSlip
	seen := map[*wb.Cell]bool{}
	for _, c := range t.Columns {
		y, role := want(c)
		if y == 0 || c.Year == 0 || c.Year == y || c.YearCell == nil || seen[c.YearCell] {
			continue
		}
		seen[c.YearCell] = true
		text := c.YearCell.String()
		out = append(out, yearSlip{cell: c.YearCell, got: c.Year, want: y, fix: withYear(text, c.Year, y),
			alone: reconcile.Msg("Judul %q seharusnya bertahun %d (%s), tertulis %d.",
				"The label %q should carry %d (%s), it says %d.", text, y, role, c.Year)})
	}
	return out
}
