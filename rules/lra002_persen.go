package rules

import (
	"lkjip/reconcile"
	wb "lkjip/reconcile/workbook"
)

// LRA002 checks % = Realisasi / Anggaran x 100 (spec, "Realisasi Anggaran").
var LRA002 = &reconcile.Rule{
	ID:       "LRA002",
	Severity: reconcile.Error,
	Scope:    reconcile.ScopeRow,
	Title:    reconcile.Text{ID: "Persentase realisasi tidak sesuai Realisasi / Anggaran", EN: "Realisation percentage does not follow Realisasi / Anggaran"},
	Doc: reconcile.Text{
		ID: `Kolom % sebuah baris Realisasi Anggaran harus sama dengan Realisasi / Anggaran x 100, dibulatkan setengah ke atas pada jumlah desimal yang ditampilkan sel itu (98,32 diperiksa pada dua desimal, 100 pada nol desimal). Baris dengan Anggaran 0 tidak dihitung. Jumlah uang yang tercetak dibulatkan dalam miliar ("2.325,32 M", seperti portal DJPK) bisa meleset setengah satuan desimal terakhirnya: % dinilai benar bila sesuai dengan suatu nilai di dalam pembulatan itu. Temuan menunjuk sel %.

Contoh (Kragan 2021, Program Penunjang Urusan Pemerintahan Daerah):
    Anggaran 503.858.200 | Realisasi 495.416.225 | % 98,82
    LRA002: % seharusnya 98,32, tertulis 98,82.`,
		EN: `A Realisasi Anggaran row's % must equal Realisasi / Anggaran x 100, rounded half up at the decimals the cell shows (98.32 is checked at two decimals, 100 at none). Rows with an Anggaran of 0 are not computed. Amounts printed rounded in miliar ("2.325,32 M", as on the DJPK portal) may be half a unit of their last decimal off: the % is right when it fits some value within that rounding. The finding names the % cell.

Example (Kragan 2021, Program Penunjang Urusan Pemerintahan Daerah):
    Anggaran 503,858,200 | Realisasi 495,416,225 | % 98.82
    LRA002: % should be 98.32, it says 98.82.`,
	},
	Run: func(p *reconcile.Pass) {
		for _, t := range budgetTables(p.Workbook) {
			if !t.Has(wb.RolePersen, wb.RoleAnggaran, wb.RoleRealisasi) {
				continue
			}
			for _, r := range t.AllRows() {
				a := r.Cell(wb.RoleAnggaran)
				if !a.IsFigure() || a.Num.IsZero() {
					continue
				}
				if c := r.Cell(wb.RolePersen); c.IsFigure() {
					p.Relate(reconcile.Relation{Kind: reconcile.Ratio, Out: c, B: one,
						Num: reconcile.Of(r.Cell(wb.RoleRealisasi)), Den: reconcile.Of(a),
						Says: func(e, g reconcile.Fig) reconcile.Text {
							return reconcile.Msg("%% realisasi %q seharusnya %s (Realisasi / Anggaran x 100), tertulis %s.",
								"%% realised of %q should be %s (Realisasi / Anggaran x 100), it says %s.", r.Label(), e, g)
						}})
				}
			}
		}
	},
}
