package rules

import (
	"lkjip/reconcile"
	wb "lkjip/reconcile/workbook"
)

// LRA010 flags a % written over an anggaran of 0 (spec, "Realisasi Anggaran": "A % written
// over an anggaran of 0 is a finding"). Realisasi / 0 has no value: a printed 100,00 (or any
// figure) claims a realisation rate that cannot exist, and LRA002 cannot judge it. Like
// PGK005's zero target, lkjip does not guess the figure: a person must look at the row (an
// anggaran left out, or a % that should be empty).
var LRA010 = &reconcile.Rule{
	ID:       "LRA010",
	Severity: reconcile.Warning,
	Scope:    reconcile.ScopeRow,
	Title:    reconcile.Text{ID: "Persentase realisasi di atas Anggaran 0", EN: "Realisation percentage over an Anggaran of 0"},
	Doc: reconcile.Text{
		ID: `Kolom % sebuah baris Realisasi Anggaran adalah Realisasi / Anggaran x 100. Bila Anggarannya 0, pembaginya nol dan % tidak terdefinisi: angka apa pun yang tertulis di sana (sering 100,00 atau 0,00) tidak dapat diperiksa. lkjip tidak menebak: kosongkan % (atau tulis "-"), atau isi Anggaran yang terlewat. Temuan menunjuk sel %.

Contoh:
    Belanja Modal: Anggaran 0 | Realisasi 0 | % 100,00
    LRA010: % realisasi "Belanja Modal" tertulis 100,00 padahal Anggarannya 0: persentase tidak dapat dihitung; kosongkan % atau periksa Anggarannya.`,
		EN: `A Realisasi Anggaran row's % is Realisasi / Anggaran x 100. With an Anggaran of 0 the divisor is zero and the % is undefined: whatever figure it shows (often 100.00 or 0.00) cannot be checked. lkjip does not guess: leave the % empty (or "-"), or fill in the Anggaran left out. The finding names the % cell.

Example:
    Belanja Modal: Anggaran 0 | Realisasi 0 | % 100.00
    LRA010: % realised of "Belanja Modal" says 100.00 over an Anggaran of 0: the percentage cannot be computed; leave the % empty or check the Anggaran.`,
	},
	Run: func(p *reconcile.Pass) {
		for _, t := range budgetTables(p.Workbook) {
			if !t.Has(wb.RolePersen, wb.RoleAnggaran) {
				continue
			}
			for _, r := range t.AllRows() {
				a, c := r.Cell(wb.RoleAnggaran), r.Cell(wb.RolePersen)
				if !a.IsFigure() || !a.Num.IsZero() || !c.IsFigure() {
					continue
				}
				p.Report(c, reconcile.Msg("%% realisasi %q tertulis %s padahal Anggarannya 0: persentase tidak dapat dihitung; kosongkan %% atau periksa Anggarannya.",
					"%% realised of %q says %s over an Anggaran of 0: the percentage cannot be computed; leave the %% empty or check the Anggaran.",
					r.Label(), reconcile.Fig{Value: c.Num, Places: int(c.Decimals)}), "", reconcile.Actual(c))
			}
		}
	},
}
