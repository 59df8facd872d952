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
		ID: `Baris nomor kolom di bawah judul (1 | 2 | 3 | 4=3/2*100 | ...) boleh menyatakan rumus sebuah kolom. Rumus itu harus setara dengan rumus baku kolomnya: % Capaian = Realisasi / Target x 100, % Capaian s/d = Realisasi / Target Akhir Renstra x 100, % = Realisasi / Anggaran x 100, Selisih = Anggaran - Realisasi (atau Realisasi - Anggaran, menurut konvensi tabel), % Serapan = Realisasi / Pagu x 100, % Efisiensi = 100 - % Serapan. Kesetaraan diuji dengan menghitung keduanya, jadi 3*100/2 sama dengan 3/2*100. Pernyataan yang salah adalah satu temuan, di sel pernyataan, dengan pernyataan baku sebagai perbaikan; angka-angka di bawahnya tetap dinilai hanya dengan rumus baku oleh aturan kolomnya (PGK001, PGK002, LRA001, LRA002, ASR001, ASR002), tidak dengan rumus yang salah itu (UM010 hanya menilai kolom yang tidak punya rumus baku).

Contoh:
    Target = kolom 2, Realisasi = kolom 3, Target Akhir = kolom 7; kolom % Capaian s/d menyatakan 8=7/3*100
    UM009: rumus kolom 8 tertulis 7/3*100; rumus baku 3/7*100. Perbaikan: 8=3/7*100.
    Angka % Capaian s/d yang benar menurut 3/7*100 tidak mendapat temuan; yang salah mendapat temuan PGK002.`,
		EN: `The column-number row under a header (1 | 2 | 3 | 4=3/2*100 | ...) may declare a column's formula. The declaration must be equivalent to the column's standard formula: % Capaian = Realisasi / Target x 100, % Capaian s/d = Realisasi / Target Akhir Renstra x 100, % = Realisasi / Anggaran x 100, Selisih = Anggaran - Realisasi (or Realisasi - Anggaran, by the table's convention), % Serapan = Realisasi / Pagu x 100, % Efisiensi = 100 - % Serapan. Equivalence is tested by computing both, so 3*100/2 equals 3/2*100. A wrong declaration is one finding, at the declaration's cell, with the standard declaration as its fix; the figures below it are still judged by the standard formula only, by the column's own rule (PGK001, PGK002, LRA001, LRA002, ASR001, ASR002), never by the wrong declaration (UM010 judges only columns that have no standard formula).

Example:
    Target = column 2, Realisasi = column 3, Target Akhir = column 7; % Capaian s/d declares 8=7/3*100
    UM009: column 8 declares 7/3*100; the standard formula is 3/7*100. Fix: 8=3/7*100.
    A % Capaian s/d right by 3/7*100 gets no finding; a wrong one gets PGK002.`,
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
				p.ReportFix(c.NumberCell, reconcile.Msg("Rumus kolom %s (%s) tertulis %s; rumus bakunya %s.",
					"Column %s (%s) declares %s; the standard formula is %s.", c.Number, c.Label, c.Declared, want), want, c.Declared, c.Number+"="+want)
			}
		}
	},
}
