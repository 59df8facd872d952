package rules

import (
	"fmt"
	"strconv"
	"strings"

	"lkjip/reconcile"
	wb "lkjip/reconcile/workbook"
)

// IDN005 checks Jumlah Program and Jumlah Kegiatan against the PK (spec: "Jumlah Program /
// Jumlah Kegiatan equal the counts in PK").
var (
	pkSource  = reconcile.Text{ID: "PK", EN: "the PK"}
	lraSource = reconcile.Text{ID: "kegiatan di Realisasi Anggaran", EN: "the kegiatan of Realisasi Anggaran"}
)

// budgetKegiatan counts the kegiatan of the budget tables: the rows one level under a
// program (a level-one row whose label starts with "Program").
func budgetKegiatan(w *wb.Workbook) int {
	n := 0
	for _, t := range budgetTables(w) {
		for _, r := range t.Rows {
			if r.Level == 1 && strings.HasPrefix(normText(r.Label()), "program") {
				n += len(r.Children)
			}
		}
	}
	return n
}

var IDN005 = &reconcile.Rule{
	ID:       "IDN005",
	Severity: reconcile.Error,
	Scope:    reconcile.ScopeWorkbook,
	Title:    reconcile.Text{ID: "Jumlah program atau kegiatan tidak sama dengan PK", EN: "Number of programs or kegiatan differs from the PK"},
	Doc: reconcile.Text{
		ID: `Jumlah Program dan Jumlah Kegiatan di Identitas harus sama dengan banyaknya program dan kegiatan di kolom Program/Kegiatan PK: baris yang diawali "Program" dihitung sebagai program, baris lain sebagai kegiatan; yang sama dihitung sekali. PK yang hanya menuliskan programnya tidak menyebut banyaknya kegiatan: Jumlah Kegiatan lalu dibandingkan dengan kegiatan di Realisasi Anggaran (baris di bawah setiap program), atau tidak diperiksa. Temuan menunjuk sel di Identitas; banyaknya menurut PK menjadi perbaikannya.

Contoh (Kragan 2021):
    Identitas: Jumlah Kegiatan 9; PK memuat 5 program dan 8 kegiatan
    IDN005: Jumlah Kegiatan seharusnya 8 (dihitung dari PK), tertulis 9.`,
		EN: `Jumlah Program and Jumlah Kegiatan in Identitas must equal the number of programs and kegiatan in the PK's Program/Kegiatan column: a line starting with "Program" counts as a program, any other line as a kegiatan; a repeated one counts once. A PK that lists its programs only does not say how many kegiatan there are: Jumlah Kegiatan is then compared with the kegiatan of Realisasi Anggaran (the rows under each program), or not checked. The finding names the Identitas cell; the count in the PK is its fix.

Example (Kragan 2021):
    Identitas: Jumlah Kegiatan 9; the PK holds 5 programs and 8 kegiatan
    IDN005: Jumlah Kegiatan should be 8 (counted in the PK), it says 9.`,
	},
	Run: func(p *reconcile.Pass) {
		programs, kegiatan, ok := pkCounts(p.Workbook)
		if !ok {
			return
		}
		from := [2]reconcile.Text{pkSource, pkSource}
		if kegiatan == 0 {
			// A PK that names its programs only lists no kegiatan: it says nothing of their
			// number, which is not 0. The budget's kegiatan count then, or nothing does.
			if n := budgetKegiatan(p.Workbook); n > 0 {
				kegiatan, from[1] = n, lraSource
			} else {
				kegiatan = -1
			}
		}
		if programs == 0 {
			programs = -1
		}
		for i, it := range []struct {
			key  string
			want int
		}{{"Jumlah Program", programs}, {"Jumlah Kegiatan", kegiatan}} {
			pair := p.Workbook.Identitas.Get(it.key)
			if pair == nil || !pair.Value.IsFigure() || it.want < 0 {
				continue // unchecked: the coverage line names the cell
			}
			p.Checked(pair.Value)
			if pair.Value.Num.IntPart() == int64(it.want) && pair.Value.Num.IsInteger() {
				continue
			}
			p.ReportFix(pair.Value, reconcile.Text{
				ID: fmt.Sprintf("%s seharusnya %d (dihitung dari %s), tertulis %s.", it.key, it.want, from[i].ID, pair.Value.Num.String()),
				EN: fmt.Sprintf("%s should be %d (counted in %s), it says %s.", it.key, it.want, from[i].EN, pair.Value.Num.String())},
				strconv.Itoa(it.want), reconcile.Actual(pair.Value), strconv.Itoa(it.want))
		}
	},
}
