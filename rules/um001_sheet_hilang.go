package rules

import (
	"lkjip/reconcile"
	wb "lkjip/reconcile/workbook"
)

// coreSheets are the sheets every LKjIP workbook carries; the others are supporting tables.
var coreSheets = []wb.Kind{wb.Identitas, wb.IKU, wb.PK, wb.Pengukuran, wb.AnggaranSasaran, wb.RealisasiAnggaran, wb.Ringkasan}

// UM001 reports the sheets of the spec a workbook lacks (spec, "Sheets"); the rest is still
// checked.
var UM001 = &reconcile.Rule{
	ID:       "UM001",
	Severity: reconcile.Warning,
	Scope:    reconcile.ScopeWorkbook,
	Title:    reconcile.Text{ID: "Sheet LKjIP tidak ditemukan", EN: "LKjIP sheet not found"},
	Doc: reconcile.Text{
		ID: `Buku kerja LKjIP standar memuat sheet Identitas, IKU, PK, Pengukuran, Anggaran Sasaran, Realisasi Anggaran dan Ringkasan (serta Pegawai dan Inventaris). Sheet dikenali dari namanya (atau nama aliasnya, tanpa membedakan huruf besar/kecil, spasi, _ dan -) atau dari judul kolomnya. Sheet yang tidak ada dilaporkan sekali, dan sheet lainnya tetap diperiksa. Skala boleh tidak ada (dipakai skala baku).

Contoh:
    buku kerja tanpa sheet Anggaran Sasaran
    UM001: sheet "Anggaran Sasaran" tidak ditemukan (alias: Efisiensi, Anggaran per Sasaran).`,
		EN: `The standard LKjIP workbook holds the sheets Identitas, IKU, PK, Pengukuran, Anggaran Sasaran, Realisasi Anggaran and Ringkasan (and Pegawai and Inventaris). A sheet is recognised by its name (or an alias, ignoring case, spaces, _ and -) or by its column labels. A missing sheet is reported once, and the other sheets are still checked. Skala may be absent (the default scale applies).

Example:
    a workbook without an Anggaran Sasaran sheet
    UM001: sheet "Anggaran Sasaran" not found (aliases: Efisiensi, Anggaran per Sasaran).`,
	},
	Run: func(p *reconcile.Pass) {
		w := p.Workbook
		named := map[wb.Kind]bool{}
		for _, n := range w.NoHeader {
			named[n.Kind] = true // reported by UM002 instead
		}
		for _, k := range coreSheets {
			if w.Has(k) || named[k] {
				continue
			}
			p.Report(nil, reconcile.Msg("Sheet %q tidak ditemukan; bagian ini tidak dapat diperiksa.",
				"Sheet %q not found; this part cannot be checked.", string(k)), string(k), "")
		}
	},
}
