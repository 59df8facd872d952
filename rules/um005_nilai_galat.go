package rules

import (
	"lkjip/reconcile"
	wb "lkjip/reconcile/workbook"
)

// UM005 reports error values (#DIV/0!, #REF!, #VALUE!, #N/A) in the spec's tables: the
// figure they stand for is unknown.
var UM005 = &reconcile.Rule{
	ID:       "UM005",
	Severity: reconcile.Error,
	Scope:    reconcile.ScopeCell,
	Title:    reconcile.Text{ID: "Sel berisi nilai galat", EN: "Cell holds an error value"},
	Doc: reconcile.Text{
		ID: `Sel di tabel LKjIP yang menampilkan #DIV/0!, #REF!, #VALUE!, #N/A atau galat lain tidak memiliki angka: rumusnya salah atau mengacu ke sel yang kosong atau terhapus. Temuan menunjuk sel itu.

Contoh:
    % = E12/D12*100 dengan D12 kosong, tersimpan #DIV/0!
    UM005: sel berisi nilai galat #DIV/0!.`,
		EN: `A cell of an LKjIP table showing #DIV/0!, #REF!, #VALUE!, #N/A or another error holds no figure: its formula is wrong or refers to an empty or deleted cell. The finding names the cell.

Example:
    % = E12/D12*100 with D12 empty, stored as #DIV/0!
    UM005: the cell holds the error value #DIV/0!.`,
	},
	Run: func(p *reconcile.Pass) {
		for _, t := range p.Workbook.Tables {
			for _, r := range t.AllRows() {
				for _, col := range t.Columns {
					if c := t.Sheet.Cell(r.Num, col.Col); c != nil && c.Kind == wb.Error {
						p.Report(c, reconcile.Msg("Kolom %s berisi nilai galat %s.", "The %s column holds the error value %s.", col.Label, c.String()), "", c.String())
					}
				}
			}
		}
		for _, pairs := range []*wb.Pairs{p.Workbook.Identitas, p.Workbook.Ringkasan} {
			if pairs == nil {
				continue
			}
			for _, it := range pairs.Items {
				if it.Value.Kind == wb.Error {
					p.Report(it.Value, reconcile.Msg("%s berisi nilai galat %s.", "%s holds the error value %s.", it.Key, it.Value.String()), "", it.Value.String())
				}
			}
		}
	},
}
