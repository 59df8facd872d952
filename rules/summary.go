package rules

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/shopspring/decimal"

	"lkjip/reconcile"
	wb "lkjip/reconcile/workbook"
)

// budgetTotal is what the Realisasi Anggaran says the budget and its realisation are: its
// Jumlah row as written, or, without one, the sum of its level-one rows. The cells are nil
// when the figures were summed.
type budgetTotal struct {
	anggaran, realisasi decimal.Decimal
	cellA, cellR        *wb.Cell
	table               *wb.Table
	// exprA and exprR are the same as expressions of the cells they come from.
	exprA, exprR reconcile.Expr
}

func budgetTotals(w *wb.Workbook) (budgetTotal, bool) {
	t := w.Table(wb.RealisasiAnggaran)
	if t == nil || !t.Has(wb.RoleAnggaran, wb.RoleRealisasi) {
		return budgetTotal{}, false
	}
	bt := budgetTotal{table: t}
	if t.Total != nil && t.Total.Cell(wb.RoleAnggaran).IsFigure() {
		bt.cellA, bt.cellR = t.Total.Cell(wb.RoleAnggaran), t.Total.Cell(wb.RoleRealisasi)
		bt.anggaran, bt.realisasi = bt.cellA.Num, amount(bt.cellR)
		bt.exprA, bt.exprR = reconcile.Of(bt.cellA), reconcile.Of(bt.cellR)
		return bt, true
	}
	// The level-one rows' expressions are appended into one each, sized once: Expr.Add copies
	// its terms, and a table of thousands of level-one rows without a Jumlah would cost the
	// square of its rows; a list of the parts to sum would cost them twice.
	n := 0
	for _, r := range t.Rows {
		if r.Level == 1 {
			n++
		}
	}
	bt.exprA.Terms, bt.exprR.Terms = make([]reconcile.ExprTerm, 0, n), make([]reconcile.ExprTerm, 0, n)
	add := func(sum *reconcile.Expr, part reconcile.Expr) {
		sum.Const = sum.Const.Add(part.Const)
		sum.Terms = append(sum.Terms, part.Terms...)
	}
	for _, r := range t.Rows {
		if r.Level == 1 {
			bt.anggaran = bt.anggaran.Add(effective(r, wb.RoleAnggaran))
			bt.realisasi = bt.realisasi.Add(effective(r, wb.RoleRealisasi))
			add(&bt.exprA, effectiveOf(r, wb.RoleAnggaran))
			add(&bt.exprR, effectiveOf(r, wb.RoleRealisasi))
		}
	}
	return bt, n > 0
}

// where names the budget figure for messages: "Realisasi Anggaran!C25" or the sheet alone.
func (bt budgetTotal) where(c *wb.Cell) string {
	if c != nil {
		return c.Sheet + "!" + c.Ref()
	}
	return bt.table.Sheet.Name
}

// pkCounts counts the programs and kegiatan of the PK: each line of a Program/Kegiatan cell
// that starts with "Program" is a program, every other filled line a kegiatan ("1.Administrasi
// Keuangan ..."); a line repeated on another row counts once.
func pkCounts(w *wb.Workbook) (programs, kegiatan int, ok bool) {
	t := w.Table(wb.PK)
	if t == nil || t.Column(wb.RoleProgram) == nil {
		return 0, 0, false
	}
	seen := map[string]bool{}
	for _, r := range t.Rows {
		for _, line := range strings.Split(r.Cell(wb.RoleProgram).Value(), "\n") {
			key := normText(line)
			if key == "" || seen[key] {
				continue
			}
			seen[key] = true
			if strings.HasPrefix(key, "program") {
				programs++
			} else {
				kegiatan++
			}
		}
	}
	return programs, kegiatan, programs+kegiatan > 0
}

// sasaranList returns the sasaran of a table kind in order of first appearance, with the
// cell that first names each.
func sasaranList(w *wb.Workbook, k wb.Kind) (names []string, cells map[string]*wb.Cell) {
	cells = map[string]*wb.Cell{}
	for _, t := range w.TablesOf(k) {
		if t.Column(wb.RoleSasaran) == nil {
			continue
		}
		for _, r := range t.Rows {
			key := normText(r.Sasaran)
			if key == "" || cells[key] != nil {
				continue
			}
			c := r.Cell(wb.RoleSasaran)
			if c.MergedInto != nil {
				c = c.MergedInto
			}
			cells[key] = c
			names = append(names, r.Sasaran)
		}
	}
	return names, cells
}

var indonesianMonths = map[string]time.Month{
	"januari": 1, "februari": 2, "pebruari": 2, "maret": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
	"agustus": 8, "september": 9, "oktober": 10, "nopember": 11, "november": 11, "desember": 12,
	"jan": 1, "feb": 2, "peb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "agu": 8, "agt": 8, "ags": 8,
	"aug": 8, "sep": 9, "okt": 10, "oct": 10, "nop": 11, "nov": 11, "des": 12, "dec": 12,
	"january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8, "october": 10, "december": 12,
}

var (
	reDateWords = regexp.MustCompile(`(\d{1,2})\s*[ .\-/]?\s*([A-Za-z]+)\.?\s*[ .\-/,]?\s*(\d{4})`)
	reDateDMY   = regexp.MustCompile(`^(\d{1,2})[./\-](\d{1,2})[./\-](\d{4})$`)
	reDateISO   = regexp.MustCompile(`^(\d{4})-(\d{1,2})-(\d{1,2})`)
)

// dateOf reads a signing date: a date cell (Excel's serial day number), "25 Januari 2022",
// "25-01-2022" (day first, as Indonesians write), or "2022-01-25". "Kragan, 25 Januari 2022"
// reads too.
func dateOf(c *wb.Cell) (time.Time, bool) {
	if c == nil {
		return time.Time{}, false
	}
	if c.IsFigure() && c.Num.IsInteger() && c.Num.GreaterThan(decimal.NewFromInt(1)) && c.Num.LessThan(decimal.NewFromInt(2958466)) {
		return c.Day(c.Num.IntPart()), true
	}
	s := strings.TrimSpace(c.Value())
	valid := func(y, m, d int) (time.Time, bool) {
		t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		return t, t.Year() == y && int(t.Month()) == m && t.Day() == d
	}
	if m := reDateISO.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		d, _ := strconv.Atoi(m[3])
		return valid(y, mo, d)
	}
	if m := reDateDMY.FindStringSubmatch(s); m != nil {
		d, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		y, _ := strconv.Atoi(m[3])
		return valid(y, mo, d)
	}
	if m := reDateWords.FindStringSubmatch(s); m != nil {
		mo, ok := indonesianMonths[strings.ToLower(m[2])]
		if !ok {
			return time.Time{}, false
		}
		d, _ := strconv.Atoi(m[1])
		y, _ := strconv.Atoi(m[3])
		return valid(y, int(mo), d)
	}
	return time.Time{}, false
}

// tanggal prints a date the Indonesian way: "25 Januari 2022".
func tanggal(t time.Time) string {
	names := []string{"", "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"}
	return strconv.Itoa(t.Day()) + " " + names[t.Month()] + " " + strconv.Itoa(t.Year())
}
