package rules

import (
	"lkjip/reconcile"
	wb "lkjip/reconcile/workbook"
)

// LRA009 flags a Realisasi Anggaran table without its closing Jumlah row (spec: the table is
// "closed by a Jumlah row"): without it the total the report states cannot be checked.
var LRA009 = &reconcile.Rule{
	ID:       "LRA009",
	Severity: reconcile.Warning,
	Scope:    reconcile.ScopeTable,
	Title:    reconcile.Text{ID: "Tabel Realisasi Anggaran tanpa baris Jumlah", EN: "Realisasi Anggaran table without a Jumlah row"},
	Doc: reconcile.Text{
		ID: `Tabel Realisasi Anggaran ditutup dengan baris Jumlah (atau Total). Tanpa baris itu total anggaran yang dilaporkan tidak dapat dicocokkan. Temuan menunjuk sel pertama di bawah baris terakhir tabel.

Contoh:
    ... baris terakhir sub kegiatan, lalu tidak ada baris Jumlah
    LRA009: tabel Realisasi Anggaran tidak ditutup baris Jumlah.`,
		EN: `A Realisasi Anggaran table is closed by a Jumlah (or Total) row. Without it the budget total the report states cannot be reconciled. The finding names the first cell below the table's last row.

Example:
    ... the last sub kegiatan row, then no Jumlah row
    LRA009: the Realisasi Anggaran table is not closed by a Jumlah row.`,
	},
	Run: func(p *reconcile.Pass) {
		for _, t := range budgetTables(p.Workbook) {
			if t.Total != nil || len(t.Rows) == 0 {
				continue
			}
			last := t.Rows[len(t.Rows)-1]
			p.Report(t.Sheet.At(last.Num+1, 1), reconcile.Msg("Tabel Realisasi Anggaran tidak ditutup baris Jumlah.",
				"The Realisasi Anggaran table is not closed by a Jumlah row."), "Jumlah", "")
		}
	},
}

var _ = wb.RoleAnggaran
