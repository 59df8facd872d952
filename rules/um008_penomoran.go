package rules

import (
	"regexp"
	"strconv"
	"strings"

	"lkjip/reconcile"
	wb "lkjip/reconcile/workbook"
)

// UM008 checks row numbering (spec, "Reading rules": no gaps or repeats within one level; the
// Kragan IKU table numbers sasaran 4 twice).
var UM008 = &reconcile.Rule{
	ID:       "UM008",
	Severity: reconcile.Warning,
	Scope:    reconcile.ScopeTable,
	Title:    reconcile.Text{ID: "Penomoran baris melompat atau berulang", EN: "Row numbering skips or repeats"},
	Doc: reconcile.Text{
		ID: `Nomor baris (kolom No) dalam satu tingkat harus berurutan tanpa lompatan atau pengulangan: 1, 2, 3 ...; I, II, III ...; a, b, c .... Di Realisasi Anggaran penomoran diperiksa per tingkat di bawah induk yang sama. Baris lanjutan tanpa nomor dilewati. Satu nomor salah menghasilkan satu temuan, di sel No. Bila hanya nomor itu yang salah (nomor sebelumnya urut dari 1, dan nomor berikutnya melanjutkan nomor yang seharusnya, atau baris itu yang terakhir), nomor yang seharusnya menjadi perbaikannya, dengan tanda baca yang tertulis ("4." menjadi "5."), dan urutan dilanjutkan dari nomor itu: 1, 2, 2, 4 satu temuan. Kalau tidak, urutan dilanjutkan dari nomor yang tertulis dan temuan tidak membawa perbaikan, karena satu sel saja tidak memulihkan urutan (1, 2, 4, 5: bisa ada baris yang hilang, atau semua nomor sesudahnya bergeser).

Contoh (Kragan 2021, IKU):
    No 1, 2, 3, 4, 4
    UM008: nomor seharusnya 5, tertulis 4 (berulang). Perbaikan: 5.`,
		EN: `Row numbers (the No column) within one level must run without gaps or repeats: 1, 2, 3 ...; I, II, III ...; a, b, c .... In Realisasi Anggaran numbering is checked per level under the same parent. Continuation rows without a number are skipped. One wrong number gives one finding, at the No cell. Where that number alone is wrong (the numbers before it run from 1, and the next one continues the number it should be, or it is the last row), the number it should be is its fix, with the punctuation written ("4." becomes "5."), and the sequence continues from it: 1, 2, 2, 4 is one finding. Otherwise the sequence continues from the number written and the finding carries no fix, since no one cell restores the sequence (1, 2, 4, 5: a row may be missing, or every later number shifted).

Example (Kragan 2021, IKU):
    No 1, 2, 3, 4, 4
    UM008: the number should be 5, it says 4 (repeated). Fix: 5.`,
	},
	Run: func(p *reconcile.Pass) {
		for _, t := range p.Workbook.Tables {
			if t.Column(wb.RoleNo) == nil {
				continue
			}
			for _, list := range numberedLists(t) {
				checkNumbering(p, list)
			}
		}
	},
}

// numbered is one row number as written.
type numbered struct {
	cell  *wb.Cell
	text  string // "4.", "III", "c)"
	n     int
	style string // arabic, roman, letter
}

// numberedLists splits a table's numbered rows into the lists that must each run from 1:
// rows are numbered within their parent (Realisasi Anggaran) or as one list, and another
// numbering style under the same parent starts a new list.
func numberedLists(t *wb.Table) [][]numbered {
	var lists [][]numbered
	current := map[*wb.Row]int{} // a parent's list, by index in lists
	byDepth := map[[2]any]int{}  // the last list of a level and style
	for _, r := range t.Rows {
		c := r.Own(wb.RoleNo)
		if c == nil {
			continue // no number: no list
		}
		text := c.Value()
		if c.Kind == wb.Blank && c.MergedInto != nil {
			continue // a merged No over a sasaran's rows
		}
		if c.IsFigure() && c.Num.IsInteger() {
			text = c.Num.String()
		}
		n, st, ok := ordinal(text)
		if !ok {
			continue
		}
		i, seen := current[r.Parent]
		if !seen || lists[i][0].style != st {
			// Numbering that runs on across parents (3 and 4 under program II after 1 and 2
			// under I) continues the list of the parent before: one list, no restart asked.
			if j, ok := byDepth[[2]any{r.Level, st}]; ok && r.Parent != nil && n > 1 && lists[j][len(lists[j])-1].n == n-1 {
				i = j
			} else {
				lists = append(lists, nil)
				i = len(lists) - 1
			}
			current[r.Parent] = i
		}
		byDepth[[2]any{r.Level, st}] = i
		lists[i] = append(lists[i], numbered{cell: c, text: strings.TrimSpace(text), n: n, style: st})
	}
	return lists
}

// checkNumbering reports the wrong numbers of one list. A number alone wrong gets its fix and
// the sequence goes on from what it should be; otherwise it goes on from the number written,
// so that one wrong number gives one finding.
func checkNumbering(p *reconcile.Pass, list []numbered) {
	prev := 0
	for i, e := range list {
		want := prev + 1
		if e.n == want {
			prev = e.n
			continue
		}
		what := reconcile.Text{ID: "melompat", EN: "skipped"}
		if e.n <= prev {
			what = reconcile.Text{ID: "berulang", EN: "repeated"}
		}
		if i == 0 {
			what = reconcile.Text{ID: "tidak mulai dari 1", EN: "does not start at 1"}
		}
		fix := ""
		if alone := prev == i && (i+1 == len(list) || list[i+1].n == want+1); alone {
			fix = format(want, e.style) + ordinalSuffix(e.text)
			prev = want
		} else {
			prev = e.n
		}
		p.ReportFix(e.cell, reconcile.Msg("Nomor baris seharusnya %s, tertulis %s (%s).", "The row number should be %s, it says %s (%s).",
			format(want, e.style), e.text, what), format(want, e.style), e.text, fix)
	}
}

// ordinalSuffix is the punctuation after a row number: "." in "4.", ")" in "c)".
func ordinalSuffix(s string) string {
	if strings.HasSuffix(s, ".") || strings.HasSuffix(s, ")") {
		return s[len(s)-1:]
	}
	return ""
}

var (
	reOrdArabic = regexp.MustCompile(`^(\d+)[.)]?$`)
	reOrdRoman  = regexp.MustCompile(`^([IVXLC]+)[.)]?$`)
	reOrdLetter = regexp.MustCompile(`^([a-z])[.)]?$`)
)

// ordinal reads a row number: "3", "3.", "III.", "c)".
func ordinal(s string) (n int, style string, ok bool) {
	s = strings.TrimSpace(s)
	if m := reOrdArabic.FindStringSubmatch(s); m != nil {
		n, err := strconv.Atoi(m[1])
		return n, "arabic", err == nil
	}
	if m := reOrdRoman.FindStringSubmatch(s); m != nil {
		if v := roman(m[1]); v > 0 {
			return v, "roman", true
		}
	}
	if m := reOrdLetter.FindStringSubmatch(s); m != nil {
		return int(m[1][0]-'a') + 1, "letter", true
	}
	return 0, "", false
}

func roman(s string) int {
	val := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100}
	total := 0
	for i := 0; i < len(s); i++ {
		v := val[s[i]]
		if i+1 < len(s) && val[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	return total
}

func format(n int, style string) string {
	switch style {
	case "roman":
		var b strings.Builder
		for _, p := range []struct {
			v int
			s string
		}{{100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}} {
			for n >= p.v {
				b.WriteString(p.s)
				n -= p.v
			}
		}
		return b.String()
	case "letter":
		if n >= 1 && n <= 26 {
			return string(rune('a' + n - 1))
		}
	}
	return strconv.Itoa(n)
}
