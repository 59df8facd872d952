package rules

import (
	"github.com/shopspring/decimal"

	"lkjip/reconcile"
	wb "lkjip/reconcile/workbook"
)

// EKS001 checks that the workbook's Realisasi Anggaran says what the books say (issue #9):
// each program, kegiatan and sub kegiatan, and the Jumlah, carry the Anggaran and Realisasi
// of the finance system's LRA export (SIPD, SIMDA) given with `lkjip check --lra`.
var EKS001 = &reconcile.Rule{
	ID:       "EKS001",
	Severity: reconcile.Error,
	Scope:    reconcile.ScopeFiles,
	Title:    reconcile.Text{ID: "Anggaran atau Realisasi berbeda dengan ekspor LRA", EN: "Anggaran or Realisasi differs from the LRA export"},
	Doc: reconcile.Text{
		ID: `Angka Realisasi Anggaran disalin dari sistem keuangan (ekspor LRA SIPD, atau SIMDA sebelumnya). Dengan lkjip check BUKU.xlsx --lra EKSPOR.xlsx, Anggaran dan Realisasi setiap program, kegiatan dan sub kegiatan, dan baris Jumlah, dibandingkan dengan ekspor. Baris dicocokkan menurut Kode (nomor sub kegiatan dua atau empat digit dianggap sama: 7.01.01.2.01.01 = 7.01.01.2.01.0001), atau menurut Uraian bila buku kerja tidak memakai Kode. Baris rekening di bawah sub kegiatan (5.1.02...) hanya dijumlahkan ke sub kegiatannya. Angka dibandingkan pada desimal yang ditampilkan sel buku kerja. Temuan menunjuk sel buku kerja; nilai seharusnya adalah angka ekspor. Ekspor unit atau tahun lain tidak dibandingkan (EKS005, EKS006).

Contoh (Kragan 2021, Program I):
    Buku kerja:  Program Penunjang Urusan Pemerintahan Daerah | Anggaran 503.858.200
    Ekspor LRA:  7.01.01 (sama) | Anggaran 2.633.856.425
    EKS001: Anggaran "Program Penunjang Urusan Pemerintahan Daerah" seharusnya 2.633.856.425 menurut ekspor LRA (lra-kragan-2021.xlsx, baris 9, kode 7.01.01), tertulis 503.858.200.`,
		EN: `The Realisasi Anggaran figures are copied from the finance system (SIPD's LRA export, or SIMDA before it). With lkjip check WORKBOOK.xlsx --lra EXPORT.xlsx, the Anggaran and Realisasi of every program, kegiatan and sub kegiatan, and of the Jumlah row, are compared with the export. Rows are matched by Kode (two- and four-digit sub kegiatan numbers are one: 7.01.01.2.01.01 = 7.01.01.2.01.0001), or by Uraian where the workbook has no Kode. Account rows under a sub kegiatan (5.1.02...) only sum into their sub kegiatan. Figures are compared at the decimals the workbook cell shows. The finding names the workbook's cell; the expected value is the export's figure. An export of another unit or year is not compared (EKS005, EKS006).

Example (Kragan 2021, Program I):
    Workbook:    Program Penunjang Urusan Pemerintahan Daerah | Anggaran 503,858,200
    LRA export:  7.01.01 (the same) | Anggaran 2,633,856,425
    EKS001: Anggaran of "Program Penunjang Urusan Pemerintahan Daerah" should be 2,633,856,425 per the LRA export (lra-kragan-2021.xlsx, row 9, code 7.01.01), it says 503,858,200.`,
	},
	Run: func(p *reconcile.Pass) {
		m := matchExport(p.Workbook)
		if m == nil {
			return
		}
		for _, pr := range m.pairs {
			for _, role := range []wb.Role{wb.RoleAnggaran, wb.RoleRealisasi} {
				c, ec := pr.w.Cell(role), pr.e.Cell(role)
				if !c.IsFigure() || (!ec.IsFigure() && len(pr.e.Children) == 0) {
					continue
				}
				col := m.workbook.Column(role).Label
				p.CheckFigure(c, effective(pr.e, role), func(e, a reconcile.Fig) reconcile.Text {
					return reconcile.Msg("%s %s seharusnya %s menurut ekspor LRA (%s), tertulis %s.",
						"%s of %s should be %s per the LRA export (%s), it says %s.", col, codeOrLabel(pr.w), e, exportPlace(p.Workbook.Export, ec), a)
				})
			}
		}
		if m.workbook.Total == nil {
			return
		}
		eb, ok := budgetTotals(p.Workbook.Export.Book)
		if !ok {
			return
		}
		for _, x := range []struct {
			role wb.Role
			want decimal.Decimal
			from *wb.Cell
		}{{wb.RoleAnggaran, eb.anggaran, eb.cellA}, {wb.RoleRealisasi, eb.realisasi, eb.cellR}} {
			c := m.workbook.Total.Cell(x.role)
			if !c.IsFigure() {
				continue
			}
			col := m.workbook.Column(x.role).Label
			p.CheckFigure(c, x.want, func(e, a reconcile.Fig) reconcile.Text {
				return reconcile.Msg("Jumlah %s seharusnya %s menurut ekspor LRA (%s), tertulis %s.",
					"Jumlah %s should be %s per the LRA export (%s), it says %s.", col, e, exportPlace(p.Workbook.Export, x.from), a)
			})
		}
	},
}
