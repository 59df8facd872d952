package rules

import (
	"lkjip/reconcile"
	wb "lkjip/reconcile/workbook"
)

// exportArithmetic are the Realisasi Anggaran rules EKS004 runs over the LRA export: its
// Selisih (Sisa Anggaran), %, parent sums and Jumlah, and its amounts. LRA007 (the same
// amounts under two parents) and LRA009 (no Jumlah row) judge how a report was assembled,
// not whether the books add up, and are left out.
var exportArithmetic = []*reconcile.Rule{LRA001, LRA002, LRA003, LRA004, LRA005, LRA006, LRA008}

// EKS004 checks the LRA export's own arithmetic (issue #9) with the Realisasi Anggaran rules
// themselves: a finance system's export adds up, so a figure that does not was changed by
// hand after the export, and the comparison (EKS001) would take it for the books.
var EKS004 = &reconcile.Rule{
	ID:       "EKS004",
	Severity: reconcile.Error,
	Scope:    reconcile.ScopeFiles,
	Title:    reconcile.Text{ID: "Hitungan ekspor LRA sendiri tidak benar", EN: "The LRA export's own arithmetic is wrong"},
	Doc: reconcile.Text{
		ID: `Ekspor LRA (lkjip check --lra) diperiksa dengan aturan Realisasi Anggaran yang sama: LRA001 (Sisa Anggaran = Anggaran - Realisasi), LRA002 (%), LRA003 (induk = jumlah rinciannya, baris rekening ke sub kegiatannya), LRA004 (JUMLAH), LRA005 (realisasi di atas anggaran), LRA006 (angka negatif) dan LRA008 (tanda Sisa Anggaran). Ekspor sistem keuangan selalu cocok hitungannya; angka yang tidak cocok diubah tangan sesudah diekspor. Pesan menyebut aturan asalnya (lkjip explain LRA002 menjelaskannya); temuan menunjuk sel ekspor, di sheet bernama [berkas ekspor]Sheet.

Contoh:
    Ekspor LRA:  7.01.01 | Anggaran 300.000.000 | Realisasi 290.000.000 | % 96,76
    EKS004: Ekspor LRA, LRA002: % realisasi "PROGRAM PENUNJANG ..." seharusnya 96,67 (Realisasi / Anggaran x 100), tertulis 96,76.`,
		EN: `The LRA export (lkjip check --lra) is checked with the same Realisasi Anggaran rules: LRA001 (Sisa Anggaran = Anggaran - Realisasi), LRA002 (%), LRA003 (a parent is the sum of its children, account rows into their sub kegiatan), LRA004 (JUMLAH), LRA005 (realisation above budget), LRA006 (negative amounts) and LRA008 (the sign of Sisa Anggaran). A finance system's export always adds up; a figure that does not was changed by hand after the export. The message names the rule it comes from (lkjip explain LRA002 explains it); the finding names the export's cell, on the sheet named [export file]Sheet.

Example:
    LRA export:  7.01.01 | Anggaran 300,000,000 | Realisasi 290,000,000 | % 96.76
    EKS004: LRA export, LRA002: % realised of "PROGRAM PENUNJANG ..." should be 96.67 (Realisasi / Anggaran x 100), it says 96.76.`,
	},
	Run: func(p *reconcile.Pass) {
		e := p.Workbook.Export
		if e == nil || e.Table == nil {
			return
		}
		// The auditor's tolerances hold for the export too; the rest of the policy (disabled
		// rules, severities, acceptances) is about the workbook's findings and EKS004's own.
		s := *p.Settings
		s.Disabled, s.Severities, s.Accept, s.Scale = nil, nil, nil, nil
		sheets := map[string]*wb.Sheet{}
		for _, sh := range e.Book.Sheets {
			sheets[sh.Name] = sh
		}
		for _, f := range reconcile.Run(e.Book, exportArithmetic, &s) {
			var at *wb.Cell
			if sh := sheets[f.Sheet]; sh != nil && f.Cell != "" {
				row, col := f.Position()
				at = sh.At(row, col)
			}
			// The export is the books: nothing in it is for lkjip to fix.
			f.Fix = ""
			p.Relay(at, f, reconcile.Msg("Ekspor LRA, %s: %s", "LRA export, %s: %s", f.Rule, f.Message))
		}
	},
}
