package rules

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"lkjip/reconcile/formula"
	wb "lkjip/reconcile/workbook"
)

// standardForms are the spec's formulas for the derived columns, written over roles; a
// column-number row may declare any expression equivalent to one of them.
var standardForms = map[wb.Kind]map[wb.Role][]string{
	wb.Pengukuran: {
		wb.RoleCapaian:        {"realisasi/target*100"},
		wb.RoleCapaianRenstra: {"realisasi/target_renstra*100"},
	},
	wb.RealisasiAnggaran: {
		wb.RoleSelisih: {"anggaran-realisasi", "realisasi-anggaran"},
		wb.RolePersen:  {"realisasi/anggaran*100"},
	},
	wb.AnggaranSasaran: {
		wb.RoleSerapan:   {"realisasi/pagu*100"},
		wb.RoleEfisiensi: {"100-serapan", "100-realisasi/pagu*100"},
	},
}

// ownRules names, for each derived column that has a formula of the spec, the rule that
// judges its figures by that formula: the standardForms columns, and % Capaian Kinerja, which
// must equal the sasaran's capaian in Pengukuran. A declaration in such a column is judged by
// UM009 and never its figures (spec, "Reading rules": a wrong declaration is one finding, and
// the values below it are judged by the standard formula only).
var ownRules = map[wb.Kind]map[wb.Role]string{
	wb.Pengukuran:        {wb.RoleCapaian: "PGK001", wb.RoleCapaianRenstra: "PGK002"},
	wb.RealisasiAnggaran: {wb.RoleSelisih: "LRA001", wb.RolePersen: "LRA002"},
	wb.AnggaranSasaran:   {wb.RoleSerapan: "ASR001", wb.RoleEfisiensi: "ASR002", wb.RoleCapaianKinerja: "ASR003"},
}

// declaration is a column-number row's formula for one column, put into terms the formula
// evaluator reads: column number n becomes the reference A<n>.
type declaration struct {
	table  *wb.Table
	column *wb.Column
	expr   string // "A3/A2*100"
	// uses maps the column numbers the expression refers to onto the table's columns.
	uses map[int]*wb.Column
}

var (
	reDeclNumber = regexp.MustCompile(`\d+(?:[.,]\d+)?`)
	reRoleWord   = regexp.MustCompile(`[a-z_]+`)
)

// parseDeclaration reads "3/2* 100" (also written with x, × or : ) for a column.
func parseDeclaration(t *wb.Table, c *wb.Column) *declaration {
	if c.Declared == "" {
		return nil
	}
	byNumber := map[int]*wb.Column{}
	for _, col := range t.Columns {
		if n, err := strconv.Atoi(col.Number); err == nil {
			byNumber[n] = col
		}
	}
	text := strings.NewReplacer("x", "*", "X", "*", "×", "*", ":", "/", "÷", "/", " ", "").Replace(c.Declared)
	d := &declaration{table: t, column: c, uses: map[int]*wb.Column{}}
	d.expr = reDeclNumber.ReplaceAllStringFunc(text, func(s string) string {
		n, err := strconv.Atoi(s)
		if err != nil || n == 100 || byNumber[n] == nil {
			return s // a constant such as 100
		}
		d.uses[n] = byNumber[n]
		return "A" + s
	})
	if _, err := formula.Parse(d.expr); err != nil {
		return nil
	}
	return d
}

// standardExprs returns the standard formulas of a declaration's column in the same terms,
// or nil when a role they need has no column number.
func (d *declaration) standardExprs() []string {
	var out []string
	for _, form := range standardForms[d.table.Kind][d.column.Role] {
		ok := true
		expr := reRoleWord.ReplaceAllStringFunc(form, func(role string) string {
			col := d.table.Column(wb.Role(role))
			if col == nil || col.Number == "" {
				ok = false
				return role
			}
			return "A" + col.Number
		})
		if ok {
			out = append(out, expr)
		}
	}
	return out
}

// probe resolves A<n> to a fixed value per column number, so that two expressions can be
// compared by evaluating both: distinct primes make an accidental equality unlikely, and two
// probes make it negligible.
type probe int

func (p probe) Cell(_ string, _, row int) formula.Value {
	return formula.NumberValue(decimal.NewFromInt(int64(row*int(p) + 7)))
}

// equivalent reports whether two expressions give the same value on the probes.
func equivalent(a, b string) bool {
	for _, p := range []probe{13, 101} {
		va, err1 := formula.Eval(a, p)
		vb, err2 := formula.Eval(b, p)
		if err1 != nil || err2 != nil || va.Kind != formula.Number || vb.Kind != formula.Number {
			return false
		}
		if !va.Num.Round(20).Equal(vb.Num.Round(20)) {
			return false
		}
	}
	return true
}

// isStandard reports whether a declaration is one of its column's standard formulas, and
// gives the standard form in column numbers for messages and fixes ("3/2*100"): the first,
// or for a Selisih the one of the convention the table's rows follow.
func (d *declaration) isStandard() (ok bool, known bool, want string) {
	forms := d.standardExprs()
	if len(forms) == 0 {
		return false, false, ""
	}
	for _, f := range forms {
		if equivalent(d.expr, f) {
			return true, true, ""
		}
	}
	want = forms[0]
	if d.column.Role == wb.RoleSelisih && len(forms) > 1 && selisihSign(d.table) < 0 {
		want = forms[1] // realisasi - anggaran
	}
	return false, true, strings.ReplaceAll(want, "A", "")
}

// rowValues resolves A<n> to a row's figure in the column numbered n.
type rowValues struct {
	row  *wb.Row
	uses map[int]*wb.Column
}

func (r rowValues) Cell(_ string, _, n int) formula.Value {
	col := r.uses[n]
	if col == nil {
		return formula.ErrorValue("#REF!")
	}
	c := r.row.At(col)
	if !c.IsFigure() {
		return formula.ErrorValue("#VALUE!")
	}
	return formula.NumberValue(c.Num)
}
