package rules

import (
	"lkjip/reconcile"
	wb "lkjip/reconcile/workbook"
)

// UM018 warns about a figure a report says it does not have ("n/a", "N/A", "tidak ada data",
// or "-" for the realisation of an indicator that has a target). A reviewer wants to know
// that a capaian cannot be computed, not to be told the cell is a typing error (UM004's
// "bukan angka"): the unit may not have the data yet, or the indicator may not apply this
// year. What would be computed from it is not judged either (spec, "Which cell a finding
// names": one missing figure must not make right figures downstream look wrong), and the
// warning says which figures those are.
var UM018 = &reconcile.Rule{
	ID:       "UM018",
	Severity: reconcile.Warning,
	Scope:    reconcile.ScopeCell,
	Title:    reconcile.Text{ID: "Angka tidak tersedia", EN: "Figure not available"},
	Doc: reconcile.Text{
		ID: `Sel angka yang bertuliskan n/a, N/A, NA, "tidak ada data" (atau "belum ada data", "tidak tersedia"), dan Realisasi "-" sebuah indikator Pengukuran yang memiliki Target, menyatakan bahwa angkanya tidak ada. Itu bukan salah ketik, tetapi angka yang dihitung darinya tidak dapat dihitung: % Capaian baris itu, rata-rata capaian sasarannya (Anggaran Sasaran, Ringkasan) dan Rata-rata Capaian Ringkasan, Selisih dan % sebuah baris anggaran, jumlah induk dan Jumlah di atasnya. Angka-angka itu tidak dinilai (tidak ada kesalahan ikutan), dan peringatan ini menyebutnya. Temuan menunjuk sel itu.

Contoh:
    Indeks kepuasan: Target 80 | Realisasi n/a | % Capaian n/a
    UM018: Realisasi "Indeks kepuasan" tidak tersedia ("n/a"): % Capaian baris ini tidak dapat dihitung; rata-rata capaian sasarannya dan Rata-rata Capaian di Ringkasan tidak dinilai.`,
		EN: `A figure cell reading n/a, N/A, NA, "tidak ada data" (or "belum ada data", "tidak tersedia"), and a Realisasi of "-" for a Pengukuran indicator that has a Target, say that the figure is not there. That is no typing mistake, but what would be computed from it cannot be: the row's % Capaian, its sasaran's average capaian (Anggaran Sasaran, Ringkasan) and the Ringkasan's Rata-rata Capaian, a budget row's Selisih and %, the parent and Jumlah sums above it. Those figures are not judged (no error follows from it), and the warning names them. The finding names the cell.

Example:
    Indeks kepuasan: Target 80 | Realisasi n/a | % Capaian n/a
    UM018: Realisasi of "Indeks kepuasan" is not available ("n/a"): the row's % Capaian cannot be computed; its sasaran's average capaian and the Ringkasan's Rata-rata Capaian are not judged.`,
	},
	Run: func(p *reconcile.Pass) {
		for _, t := range p.Workbook.Tables {
			for _, r := range t.AllRows() {
				for _, col := range t.Columns {
					if !col.Figure {
						continue
					}
					c := r.At(col)
					if !notAvailable(c) && !(t.Kind == wb.Pengukuran && col.Role == wb.RoleRealisasi && unmeasured(r)) {
						continue
					}
					what := notJudged(r, col.Role)
					p.Report(c, reconcile.Msg("%s %q tidak tersedia (%q): %s.", "%s of %q is not available (%q): %s.",
						col.Label, r.Label(), c.String(), what), "", c.String())
				}
			}
		}
	},
}

// unmeasured reports whether a Pengukuran row has a target but no realisation: a "-" (or a
// text naming no figure) where the realisation belongs. Its % Capaian cannot be computed.
func unmeasured(r *wb.Row) bool {
	real := r.Cell(wb.RoleRealisasi)
	if notAvailable(real) {
		return true
	}
	if real == nil || !real.None || real.String() == "" {
		return false
	}
	target := r.Cell(wb.RoleTarget)
	if target.IsFigure() {
		return true
	}
	_, _, ok := targetRange(target)
	return ok
}

// notJudged says, for a figure not available in a column, which figures cannot be computed
// and are left unjudged.
func notJudged(r *wb.Row, role wb.Role) reconcile.Text {
	switch r.Table.Kind {
	case wb.Pengukuran:
		switch role {
		case wb.RoleRealisasi:
			if r.Cell(wb.RoleCapaian).IsFigure() {
				return reconcile.Text{ID: "% Capaian baris ini tidak dapat dihitung dan tidak diperiksa", EN: "the row's % Capaian cannot be computed and is not checked"}
			}
			return reconcile.Text{ID: "% Capaian baris ini tidak dapat dihitung; rata-rata capaian sasarannya dan Rata-rata Capaian di Ringkasan tidak dinilai",
				EN: "the row's % Capaian cannot be computed; its sasaran's average capaian and the Ringkasan's Rata-rata Capaian are not judged"}
		case wb.RoleCapaian:
			return reconcile.Text{ID: "rata-rata capaian sasarannya (Anggaran Sasaran, Ringkasan), Rata-rata Capaian di Ringkasan dan predikat baris ini tidak dinilai",
				EN: "its sasaran's average capaian (Anggaran Sasaran, Ringkasan), the Ringkasan's Rata-rata Capaian and the row's predikat are not judged"}
		}
	case wb.RealisasiAnggaran:
		switch role {
		case wb.RoleAnggaran, wb.RoleRealisasi:
			return reconcile.Text{ID: "Selisih dan % baris ini tidak dapat dihitung; jumlah induk dan Jumlah di atasnya tidak dinilai",
				EN: "the row's Selisih and % cannot be computed; the parent and Jumlah sums above it are not judged"}
		}
	}
	return reconcile.Text{ID: "angka yang dihitung darinya tidak dinilai", EN: "the figures computed from it are not judged"}
}
