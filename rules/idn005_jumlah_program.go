package rules

import (
	"strconv"

	"lkjip/reconcile"
)

// IDN005 checks Jumlah Program and Jumlah Kegiatan against the PK (spec: "Jumlah Program /
// Jumlah Kegiatan equal the counts in PK").
var IDN005 = &reconcile.Rule{
	ID:       "IDN005",
	Severity: reconcile.Error,
	Scope:    reconcile.ScopeWorkbook,
	Title:    reconcile.Text{ID: "Jumlah program atau kegiatan tidak sama dengan PK", EN: "Number of programs or kegiatan differs from the PK"},
	Doc: reconcile.Text{
		ID: `Jumlah Program dan Jumlah Kegiatan di Identitas harus sama dengan banyaknya program dan kegiatan di kolom Program/Kegiatan PK: baris yang diawali "Program" dihitung sebagai program, baris lain sebagai kegiatan; yang sama dihitung sekali. Temuan menunjuk sel di Identitas; banyaknya menurut PK menjadi perbaikannya.

Contoh (Kragan 2021):
    Identitas: Jumlah Kegiatan 9; PK memuat 5 program dan 8 kegiatan
    IDN005: Jumlah Kegiatan seharusnya 8 (dihitung dari PK), tertulis 9.`,
		EN: `Jumlah Program and Jumlah Kegiatan in Identitas must equal the number of programs and kegiatan in the PK's Program/Kegiatan column: a line starting with "Program" counts as a program, any other line as a kegiatan; a repeated one counts once. The finding names the Identitas cell; the count in the PK is its fix.

Example (Kragan 2021):
    Identitas: Jumlah Kegiatan 9; the PK holds 5 programs and 8 kegiatan
    IDN005: Jumlah Kegiatan should be 8 (counted in the PK), it says 9.`,
	},
	Run: func(p *reconcile.Pass) {
		programs, kegiatan, ok := pkCounts(p.Workbook)
		if !ok {
			return
		}
		for _, it := range []struct {
			key  string
			want int
		}{{"Jumlah Program", programs}, {"Jumlah Kegiatan", kegiatan}} {
			pair := p.Workbook.Identitas.Get(it.key)
			if pair == nil || !pair.Value.IsFigure() {
				continue
			}
			p.Checked(pair.Value)
			if pair.Value.Num.IntPart() == int64(it.want) && pair.Value.Num.IsInteger() {
				continue
			}
			p.ReportFix(pair.Value, reconcile.Msg("%s seharusnya %d (dihitung dari PK), tertulis %s.", "%s should be %d (counted in the PK), it says %s.",
				it.key, it.want, pair.Value.Num.String()), strconv.Itoa(it.want), reconcile.Actual(pair.Value), strconv.Itoa(it.want))
		}
	},
}
