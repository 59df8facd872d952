package rules

import (
	"lkjip/reconcile"
	wb "lkjip/reconcile/workbook"
)

// ASR003 checks that % Capaian Kinerja per sasaran equals the sasaran's capaian in Pengukuran
// (spec, "Anggaran Sasaran").
var ASR003 = &reconcile.Rule{
	ID:       "ASR003",
	Severity: reconcile.Error,
	Scope:    reconcile.ScopeWorkbook,
	Title:    reconcile.Text{ID: "% Capaian Kinerja tidak sama dengan capaian sasaran di Pengukuran", EN: "% Capaian Kinerja differs from the sasaran's capaian in Pengukuran"},
	Doc: reconcile.Text{
		ID: `% Capaian Kinerja sebuah sasaran pada Anggaran Sasaran harus sama dengan % Capaian sasaran itu di Pengukuran (rata-ratanya, bila sasaran memiliki beberapa indikator). Sasaran dicocokkan menurut teksnya (tanpa membedakan huruf besar/kecil, spasi dan tanda baca). Temuan menunjuk sel % Capaian Kinerja.

Contoh (Kragan 2021, Sasaran 1: yang ditulis adalah % serapan, bukan capaian kinerja):
    Pengukuran: % Capaian 98,32
    Anggaran Sasaran: % Capaian Kinerja 98,57
    ASR003: % Capaian Kinerja seharusnya 98,32 (capaian sasaran di Pengukuran), tertulis 98,57.`,
		EN: `A sasaran's % Capaian Kinerja in Anggaran Sasaran must equal that sasaran's % Capaian in Pengukuran (their average where the sasaran has several indicators). Sasaran are matched by their text (ignoring case, spaces and punctuation). The finding names the % Capaian Kinerja cell.

Example (Kragan 2021, Sasaran 1: the absorption rate was written instead of the achievement):
    Pengukuran: % Capaian 98.32
    Anggaran Sasaran: % Capaian Kinerja 98.57
    ASR003: % Capaian Kinerja should be 98.32 (the sasaran's capaian in Pengukuran), it says 98.57.`,
	},
	Run: func(p *reconcile.Pass) {
		measured := capaianBySasaran(p.Workbook)
		if len(measured) == 0 {
			return
		}
		for _, t := range budgetPerSasaranTables(p.Workbook) {
			for _, r := range t.Rows {
				c := r.Cell(wb.RoleCapaianKinerja)
				if c == nil || !c.IsFigure() {
					continue
				}
				m := findSasaran(r.Sasaran, measured)
				if m == nil || m.unknown {
					continue // missing from Pengukuran: a cross-sheet finding; unknown: UM018
				}
				p.Relate(reconcile.Relation{Kind: reconcile.Equals, Out: c, Num: m.expr(),
					Says: func(e, a reconcile.Fig) reconcile.Text {
						return reconcile.Msg("%% Capaian Kinerja %q seharusnya %s (capaian sasaran di Pengukuran), tertulis %s.",
							"%% Capaian Kinerja of %q should be %s (the sasaran's capaian in Pengukuran), it says %s.", r.Label(), e, a)
					}})
			}
		}
	},
}
