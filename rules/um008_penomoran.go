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
		ID: `Nomor baris (kolom No) dalam satu tingkat harus berurutan tanpa lompatan atau pengulangan: 1, 2, 3 ...; I, II, III ...; a, b, c .... Di Realisasi Anggaran penomoran diperiksa per tingkat di bawah induk yang sama. Baris lanjutan tanpa nomor dilewati. Setelah satu kesalahan, urutan dilanjutkan dari nomor yang tertulis, sehingga satu nomor salah menghasilkan satu temuan. Temuan menunjuk sel No.

Contoh (Kragan 2021, IKU):
    No 1, 2, 3, 4, 4
    UM008: nomor seharusnya 5, tertulis 4 (berulang).`,
		EN: `Row numbers (the No column) within one level must run without gaps or repeats: 1, 2, 3 ...; I, II, III ...; a, b, c .... In Realisasi Anggaran numbering is checked per level under the same parent. Continuation rows without a number are skipped. After a mistake the sequence continues from the number written, so one wrong number gives one finding. The finding names the No cell.

Example (Kragan 2021, IKU):
    No 1, 2, 3, 4, 4
    UM008: the number should be 5, it says 4 (repeated).`,
	},
	Run: func(p *reconcile.Pass) {
		for _, t := range p.Workbook.Tables {
			if t.Column(wb.RoleNo) == nil {
				continue
			}
			// Rows are numbered within their parent (Realisasi Anggaran) or as one list.
			last := map[*wb.Row]int{}
			style := map[*wb.Row]string{}
			for _, r := range t.Rows {
				c := r.Cell(wb.RoleNo)
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
				key := r.Parent
				prev, seen := last[key]
				if seen && style[key] != st {
					seen = false // another numbering style starts a new list
				}
				if seen && n != prev+1 || !seen && n != 1 {
					want := prev + 1
					what := reconcile.Text{ID: "melompat", EN: "skipped"}
					if n <= prev {
						what = reconcile.Text{ID: "berulang", EN: "repeated"}
					}
					if !seen {
						want, what = 1, reconcile.Text{ID: "tidak mulai dari 1", EN: "does not start at 1"}
					}
					p.Report(c, reconcile.Msg("Nomor baris seharusnya %s, tertulis %s (%s).", "The row number should be %s, it says %s (%s).",
						format(want, st), text, what), format(want, st), text)
				}
				last[key], style[key] = n, st
			}
		}
	},
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
