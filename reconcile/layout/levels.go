package layout

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	wb "lkjip/reconcile/workbook"
)

// assignLevels nests the rows of a Realisasi Anggaran table (spec, "Realisasi Anggaran"):
// from a Level column, from Kode (a row's parent is the nearest row above whose code is a
// prefix of its own), or from the numbering (I. / 1. / a.: the first style met is level one,
// the next new style level two). A row without a code or number, such as Belanja Tidak
// Langsung, is a level-one group row.
func assignLevels(t *wb.Table) {
	switch {
	case t.Column(wb.RoleLevel) != nil && levelsFromColumn(t):
	case t.Column(wb.RoleKode) != nil && levelsFromKode(t):
	case levelsFromAccounts(t):
		return // parents set by account, in whatever order the rows stand
	case levelsFromSections(t):
	case levelsFromNumbering(t):
	default:
		levelsFromIndent(t)
	}
	link(t)
}

// reSection is a section row's label: "Program : ...", "Kegiatan :", "Sub-Kegiatan : ...".
var reSection = regexp.MustCompile(`(?i)^\s*(program|kegiatan|sub\s*-?\s*kegiatan)\s*:`)

// sectionDepth is the depth a section keyword stands for.
var sectionDepth = map[string]int{"program": 1, "kegiatan": 2, "subkegiatan": 3}

// levelsFromSections nests a table whose rows say what they are (`Kegiatan : ...`,
// `Sub-Kegiatan : ...`; issue #16): Program above Kegiatan above Sub Kegiatan, the highest
// kind present at level one; a row without a keyword lies under the section above it. At
// least two section rows make such a table: one "Program:" label may be a name.
func levelsFromSections(t *wb.Table) bool {
	depth := make([]int, len(t.Rows))
	n, top := 0, 4
	for i, r := range t.Rows {
		text := r.Label()
		if c := r.Cell(wb.RoleNo); c != nil && reSection.MatchString(c.Value()) {
			text = c.Value()
		}
		if m := reSection.FindStringSubmatch(text); m != nil {
			key := strings.ToLower(strings.Join(strings.FieldsFunc(m[1], func(r rune) bool { return r == ' ' || r == '-' }), ""))
			depth[i] = sectionDepth[key]
			top = min(top, depth[i])
			n++
		}
	}
	if n < 2 && !levelsFromKeywords(t, depth, &top) {
		return false
	}
	last := 0
	for i, r := range t.Rows {
		switch {
		case depth[i] > 0:
			r.Level = depth[i] - top + 1
			last = r.Level
		default:
			r.Level = last + 1
		}
	}
	return true
}

// reKeyword is a label that starts with what the row is, without a colon, after any numbering:
// "Program Pemerintahan ...", "Kegiatan Pelaksanaan ...", "1. Sub Kegiatan Fasilitasi ...".
var reKeyword = regexp.MustCompile(`(?i)^\s*(?:[0-9]+|[ivx]+|[a-z])?[.)]?\s*(program|kegiatan|sub\s*-?\s*kegiatan)\b`)

// levelsFromKeywords fills depth for a table each of whose rows names its kind at the start of
// its label (a published table without codes: "Program ...", "Kegiatan ...", "1. Sub Kegiatan
// ..."), with at least two kinds. Every row must: a programme that happens to be named
// "Kegiatan ..." among rows named otherwise says nothing of levels.
func levelsFromKeywords(t *wb.Table, depth []int, top *int) bool {
	kinds := map[int]bool{}
	d := make([]int, len(t.Rows))
	for i, r := range t.Rows {
		if r.IsTotal {
			continue
		}
		m := reKeyword.FindStringSubmatch(r.Label())
		if m == nil {
			return false
		}
		key := strings.ToLower(strings.Join(strings.FieldsFunc(m[1], func(r rune) bool { return r == ' ' || r == '-' || r == '\n' }), ""))
		d[i] = sectionDepth[key]
		kinds[d[i]] = true
	}
	if len(kinds) < 2 {
		return false
	}
	*top = 4
	for i := range d {
		if d[i] > 0 {
			depth[i] = d[i]
			*top = min(*top, d[i])
		}
	}
	return true
}

// levelsFromIndent nests a table whose levels show only as indentation: the leading spaces
// of the label, the least indented rows at level one, each wider indent a level deeper.
// (The cell format's indent is not in the model the reader gives; leading spaces are.)
func levelsFromIndent(t *wb.Table) {
	indent := make([]int, len(t.Rows))
	widths := map[int]bool{}
	for i, r := range t.Rows {
		indent[i] = -1
		c := r.Cell(wb.RoleUraian)
		if c == nil || c.Kind != wb.Text || strings.TrimSpace(c.Text) == "" {
			continue
		}
		n := 0
		for _, ch := range c.Text {
			switch ch {
			case ' ', '\u00a0':
				n++
			case '\t':
				n += 4
			default:
				goto done
			}
		}
	done:
		indent[i] = n
		widths[n] = true
	}
	if len(widths) < 2 {
		return // levels stay 1 (set by levelsFromNumbering)
	}
	var sorted []int
	for w := range widths {
		sorted = append(sorted, w)
	}
	slices.Sort(sorted)
	for i, r := range t.Rows {
		if indent[i] >= 0 {
			r.Level = slices.Index(sorted, indent[i]) + 1
		}
	}
}

func levelsFromColumn(t *wb.Table) bool {
	any := false
	for _, r := range t.Rows {
		c := r.Cell(wb.RoleLevel)
		n, err := strconv.Atoi(strings.TrimSpace(c.Value()))
		if c.IsFigure() && c.Num.IsInteger() {
			n, err = int(c.Num.IntPart()), nil
		}
		if err != nil || n < 1 {
			r.Level = 1
			continue
		}
		r.Level, any = n, true
	}
	return any
}

// appendCodeParts appends the segments of a Permendagri 90/2019 code ("7.01.01.2.01.0001")
// to dst; ok is false when the text is no code (empty, or a segment not of digits and capital
// letters). The segments are substrings of s: a 100,000-row budget splits a code per row.
func appendCodeParts(dst []string, s string) (parts []string, ok bool) {
	s = strings.TrimSpace(s)
	start := -1
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == '.' || s[i] == ' ' {
			if start >= 0 {
				dst = append(dst, s[start:i])
				start = -1
			}
			continue
		}
		if c := s[i]; (c < '0' || c > '9') && (c < 'A' || c > 'Z') {
			return dst, false
		}
		if start < 0 {
			start = i
		}
	}
	return dst, len(dst) > 0
}

func levelsFromKode(t *wb.Table) bool {
	// stack holds the codes of the rows above the current one, by depth; each depth keeps its
	// slice to reuse, so that a long table allocates nothing per row.
	var stack, room [][]string
	// base is the code of the last kegiatan or sub kegiatan: the account rows (kode rekening,
	// 5.1.02.01.01.0024) a finance system's export lists under it are its detail, nested
	// under it as if their codes continued its own.
	var base, parts, code []string
	any := false
	for _, r := range t.Rows {
		var ok bool
		parts, ok = appendCodeParts(parts[:0], r.Cell(wb.RoleKode).Value())
		if !ok {
			r.Level = 1
			stack = stack[:0]
			base = base[:0]
			continue
		}
		any = true
		code = append(code[:0], parts...)
		switch {
		case len(base) > 0 && wb.AccountShaped(parts):
			code = append(append(append(code[:0], base...), "#"), parts...)
		case len(parts) >= 5 && !wb.AccountShaped(parts):
			base = append(base[:0], parts...)
		default:
			base = base[:0]
		}
		for len(stack) > 0 && !isPrefix(stack[len(stack)-1], code) {
			stack = stack[:len(stack)-1]
		}
		r.Level = len(stack) + 1
		d := len(stack)
		if d == len(room) {
			room = append(room, nil)
		}
		room[d] = append(room[d][:0], code...)
		stack = append(stack, room[d])
	}
	return any
}

func isPrefix(p, s []string) bool {
	if len(p) >= len(s) {
		return false
	}
	for i := range p {
		if p[i] != s[i] {
			return false
		}
	}
	return true
}

var (
	reRoman  = regexp.MustCompile(`^(?:M{0,3})(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})[.)]?$`)
	reArabic = regexp.MustCompile(`^\d+[.)]?$`)
	reMulti  = regexp.MustCompile(`^\d+(?:\.\d+)+\.?$`)
	reLetter = regexp.MustCompile(`^[a-z][.)]$|^[a-z]$`)
	reUpper  = regexp.MustCompile(`^[A-Z][.)]$|^[A-Z]$`)
	reLead   = regexp.MustCompile(`^\s*([IVXLCM]+\.|\d+(?:\.\d+)*[.)]|[a-zA-Z][.)])\s+`)
)

// numberingStyle classifies a row number: "roman", "arabic", "arabic2" (1.1), "letter",
// "upper" (A. B. C.).
func numberingStyle(s string) string {
	s = strings.TrimSpace(s)
	switch {
	case s == "":
		return ""
	case reMulti.MatchString(s):
		return "arabic" + strconv.Itoa(strings.Count(strings.TrimSuffix(s, "."), ".")+1)
	case reArabic.MatchString(s):
		return "arabic"
	case reUpper.MatchString(s) && !strings.ContainsAny(s[:1], "IVX"):
		// Capital letters number group rows ("A. Belanja Tidak Langsung", "B. Belanja
		// Langsung"). "C." and "D." are roman numerals too (100, 500), but a report's
		// numbering never gets there: read as roman, the third group would have become a
		// sibling of the programs I., II. under the second. I, V and X stay roman.
		return "upper"
	case reRoman.MatchString(s) && strings.TrimRight(s, ".)") != "":
		return "roman"
	case reLetter.MatchString(s):
		return "letter"
	}
	return ""
}

// levelsFromNumbering reports whether any row was numbered; every row gets a level all the
// same.
func levelsFromNumbering(t *wb.Table) bool {
	order := map[string]int{}
	for _, r := range t.Rows {
		num := ""
		if c := r.Cell(wb.RoleNo); c != nil {
			num = c.Value()
			if c.IsFigure() {
				num = c.Num.String()
			}
		}
		if num == "" {
			// "I. Program ..." written in the label cell itself.
			if m := reLead.FindStringSubmatch(r.Label()); m != nil {
				num = m[1]
			}
		}
		style := numberingStyle(num)
		if style == "" {
			r.Level = 1
			continue
		}
		if _, ok := order[style]; !ok {
			order[style] = len(order) + 1
		}
		r.Level = order[style]
	}
	return len(order) > 0
}

// link sets each row's parent and children from the levels.
func link(t *wb.Table) {
	var stack []*wb.Row
	for _, r := range t.Rows {
		if r.Level < 1 {
			r.Level = 1
		}
		for len(stack) > 0 && stack[len(stack)-1].Level >= r.Level {
			stack = stack[:len(stack)-1]
		}
		if len(stack) > 0 {
			r.Parent = stack[len(stack)-1]
			r.Parent.Children = append(r.Parent.Children, r)
		}
		stack = append(stack, r)
	}
}
