package rules

import (
	"lkjip/reconcile"
)

// UM009 checks the formula a column-number row declares ("4=3/2*100") against the spec's
// formula for that column (spec, "Reading rules": the declaration itself must be checked
// against the standard formula for that column).
var UM009 = &reconcile.Rule{
	ID:       "UM009",
	Severity: reconcile.Error,
	Scope:    reconcile.ScopeColumn,
	Title:    reconcile.Text{ID: "Rumus pada baris nomor kolom bukan rumus baku", EN: "The column-number row declares a non-standard formula"},
	Doc: reconcile.Text{
		ID: `Baris nomor kolom di bawah judul (1 | 2 | 3 | 4=3/2*100 | ...) boleh menyatakan rumus sebuah kolom. Rumus itu harus setara dengan rumus baku kolomnya: % Capaian = Realisasi / Target x 100, % Capaian s/d = Realisasi / Target Akhir Renstra x 100, % = Realisasi / Anggaran x 100, Selisih = Anggaran - Realisasi, % Serapan = Realisasi / Pagu x 100, % Efisiensi = 100 - % Serapan. Kesetaraan diuji dengan menghitung keduanya, jadi 3*100/2 sama dengan 3/2*100. Angka kolom juga diuji terhadap rumus yang dinyatakan (UM010). Temuan menunjuk sel pernyataan rumus.

Contoh:
    Target = kolom 2, Realisasi = kolom 3, Target Akhir = kolom 7; kolom % Capaian s/d menyatakan 8=7/3*100
    UM009: rumus kolom 8 tertulis 7/3*100; rumus baku 3/7*100.`,
		EN: `The column-number row under a header (1 | 2 | 3 | 4=3/2*100 | ...) may declare a column's formula. The declaration must be equivalent to the column's standard formula: % Capaian = Realisasi / Target x 100, % Capaian s/d = Realisasi / Target Akhir Renstra x 100, % = Realisasi / Anggaran x 100, Selisih = Anggaran - Realisasi, % Serapan = Realisasi / Pagu x 100, % Efisiensi = 100 - % Serapan. Equivalence is tested by computing both, so 3*100/2 equals 3/2*100. The column's figures are also checked against the declared formula (UM010). The finding names the declaration's cell.

Example:
    Target = column 2, Realisasi = column 3, Target Akhir = column 7; % Capaian s/d declares 8=7/3*100
    UM009: column 8 declares 7/3*100; the standard formula is 3/7*100.`,
	},
	Run: func(p *reconcile.Pass) {
		for _, t := range p.Workbook.Tables {
			for _, c := range t.Columns {
				d := parseDeclaration(t, c)
				if d == nil || c.NumberCell == nil {
					continue
				}
				ok, known, want := d.isStandard()
				if ok || !known {
					continue
				}
				p.Report(c.NumberCell, reconcile.Msg("Rumus kolom %s (%s) tertulis %s; rumus bakunya %s.",
					"Column %s (%s) declares %s; the standard formula is %s.", c.Number, c.Label, c.Declared, want), want, c.Declared)
			}
		}
	},
}
