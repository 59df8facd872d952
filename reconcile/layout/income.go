package layout

import (
	"slices"
	"strings"

	wb "lkjip/reconcile/workbook"
)

// IncomeTable reports whether a Realisasi Anggaran is a table of income (spec, "Realisasi
// Anggaran": realisasi above anggaran is normal there): a title above its header names
// Pendapatan and not Belanja ("Laporan Realisasi Pendapatan", "Lain-lain PAD yang Sah"), or
// every level-one row is a Pendapatan row. The workbook model has no field for it (workbook/
// is not layout's to change): rules ask here, and the answer is read from the table itself,
// so it costs nothing to tables no rule asks about.
func IncomeTable(t *wb.Table) bool {
	if t == nil || t.Kind != wb.RealisasiAnggaran || len(t.HeaderRows) == 0 {
		return false
	}
	income, spending := false, false
	for _, gr := range t.Sheet.Rows {
		if gr.Num >= t.HeaderRows[0] {
			break
		}
		if gr.Num < t.HeaderRows[0]-headerWindow {
			continue
		}
		var line []string
		for _, c := range gr.Cells {
			if c != nil && c.Kind == wb.Text {
				line = append(line, c.Text)
			}
		}
		text := strings.Join(line, " ")
		lw := words(text)
		spending = spending || hasAny(lw, []string{"belanja"})
		// The title must say the table is of income: "Badan Pendapatan Daerah" in a title
		// names the unit, whose spending the table may list.
		income = income || incomeLabel(text) || seq(lw, "realisasi", "pendapatan") || seq(lw, "target", "pendapatan") || seq(lw, "laporan", "pendapatan") ||
			seq(lw, "lain", "lain", "pendapatan") || seq(lw, "lain", "lain", "pad")
	}
	if spending {
		return false // "Realisasi Pendapatan dan Belanja": both, judged by its rows
	}
	if income {
		return true
	}
	top := 0
	for _, r := range t.Rows {
		if r.Parent != nil {
			continue
		}
		if !incomeLabel(r.Label()) {
			return false
		}
		top++
	}
	return top > 0
}

// Income reports whether a row of a Realisasi Anggaran is income: its table is (IncomeTable),
// or the row or one of its parents is a Pendapatan row (`4 PENDAPATAN` over `Lain-lain PAD
// yang Sah` over its accounts, in a table that lists Belanja after it).
func Income(r *wb.Row) bool {
	if r == nil {
		return false
	}
	if r.IsTotal {
		// A Jumlah is income when its table is, or when every level-one row is: a table
		// holding Pendapatan and Belanja side by side totals both, and its Belanja still
		// has a ceiling.
		if IncomeTable(r.Table) {
			return true
		}
		any := false
		for _, x := range r.Table.Rows {
			if x.Parent != nil || x.IsTotal {
				continue
			}
			if !incomeLabel(x.Label()) {
				return false
			}
			any = true
		}
		return any
	}
	for p := r; p != nil; p = p.Parent {
		if incomeLabel(p.Label()) {
			return true
		}
	}
	return IncomeTable(r.Table)
}

// Incomes is Income for the rows of one table, each label and the table's title read once:
// a 100,000-row budget asks it of every row, whose parents are the same few.
func Incomes(t *wb.Table) func(r *wb.Row) bool {
	table, tableKnown := false, false
	chain := map[*wb.Row]bool{}
	var under func(r *wb.Row) bool // a label of the row or of a parent names income
	under = func(r *wb.Row) bool {
		if r == nil {
			return false
		}
		if v, ok := chain[r]; ok {
			return v
		}
		v := incomeLabel(r.Label()) || under(r.Parent)
		chain[r] = v
		return v
	}
	return func(r *wb.Row) bool {
		if r == nil || r.IsTotal || r.Table != t {
			return Income(r)
		}
		if under(r) {
			return true
		}
		if !tableKnown {
			table, tableKnown = IncomeTable(t), true
		}
		return table
	}
}

// incomeLabel reports whether a row label names income: it starts with Pendapatan (after its
// numbering: "4 PENDAPATAN", "I. Pendapatan Asli Daerah") or is a Lain-lain PAD.
func incomeLabel(s string) bool {
	if !hasFold(s, "pendapatan") && !hasFold(s, "lain") && !hasFold(s, "penerimaan") {
		return false // most labels, read without a regexp: a budget asks it of every row
	}
	if m := reLead.FindStringSubmatch(s); m != nil {
		s = s[len(m[0]):]
	}
	s = strings.TrimLeft(s, " 0123456789.")
	w := words(s)
	// Penerimaan Pembiayaan (SiLPA, a loan received) is a receipt: its anggaran is an
	// estimate, not a ceiling, as for income.
	return len(w) > 0 && w[0] == "pendapatan" || isPAD(w) || len(w) > 1 && w[0] == "penerimaan" && w[1] == "pembiayaan"
}

// hasFold reports whether s holds the lower-case ASCII word w in any case.
func hasFold(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		j := 0
		for j < len(w) && s[i+j]|0x20 == w[j] {
			j++
		}
		if j == len(w) {
			return true
		}
	}
	return false
}

// isPAD reports whether words name "Lain-lain PAD yang Sah" (or "Lain-lain Pendapatan Asli
// Daerah yang Sah").
func isPAD(w []string) bool {
	return len(w) >= 2 && w[0] == "lain" && (hasAny(w, []string{"pad"}) || hasAny(w, []string{"pendapatan"}))
}

// seq reports whether words hold the words wanted next to each other, in order.
func seq(words []string, want ...string) bool {
	for i := 0; i+len(want) <= len(words); i++ {
		if slices.Equal(words[i:i+len(want)], want) {
			return true
		}
	}
	return false
}
