package rules

import (
	"strings"

	"lkjip/reconcile"
	wb "lkjip/reconcile/workbook"
)

// coreSheets are the sheets every LKjIP workbook carries; the others are supporting tables.
var coreSheets = []wb.Kind{wb.Identitas, wb.IKU, wb.PK, wb.Pengukuran, wb.AnggaranSasaran, wb.RealisasiAnggaran, wb.Ringkasan}

// UM001 reports the sheets of the spec a workbook lacks (spec, "Sheets"); the rest is still
// checked. The missing sheets are one finding: a workbook that holds only the budget sheet
// is one fact for its submitter (six sheets to add), not six warnings that bury the others.
var UM001 = &reconcile.Rule{
	ID:       "UM001",
	Severity: reconcile.Warning,
	Scope:    reconcile.ScopeWorkbook,
	Title:    reconcile.Text{ID: "Sheet LKjIP tidak ditemukan", EN: "LKjIP sheet not found"},
	Doc: reconcile.Text{
		ID: `Buku kerja LKjIP standar memuat sheet Identitas, IKU, PK, Pengukuran, Anggaran Sasaran, Realisasi Anggaran dan Ringkasan (serta Pegawai dan Inventaris). Sheet dikenali dari namanya (atau nama aliasnya, tanpa membedakan huruf besar/kecil, spasi, _ dan -) atau dari judul kolomnya. Semua sheet yang tidak ada dilaporkan dalam satu temuan, dan sheet lainnya tetap diperiksa. Skala boleh tidak ada (dipakai skala baku).

Contoh:
    buku kerja yang hanya memuat Identitas, IKU, PK, Pengukuran dan Realisasi Anggaran
    UM001: 2 sheet tidak ditemukan: "Anggaran Sasaran", "Ringkasan"; bagian ini tidak dapat diperiksa.`,
		EN: `The standard LKjIP workbook holds the sheets Identitas, IKU, PK, Pengukuran, Anggaran Sasaran, Realisasi Anggaran and Ringkasan (and Pegawai and Inventaris). A sheet is recognised by its name (or an alias, ignoring case, spaces, _ and -) or by its column labels. All missing sheets are reported in one finding, and the other sheets are still checked. Skala may be absent (the default scale applies).

Example:
    a workbook holding only Identitas, IKU, PK, Pengukuran and Realisasi Anggaran
    UM001: 2 sheets not found: "Anggaran Sasaran", "Ringkasan"; these parts cannot be checked.`,
	},
	Run: func(p *reconcile.Pass) {
		w := p.Workbook
		named := map[wb.Kind]bool{}
		for _, n := range w.NoHeader {
			named[n.Kind] = true // reported by UM002 instead
		}
		var missing, quoted []string
		for _, k := range coreSheets {
			if w.Has(k) || named[k] {
				continue
			}
			missing = append(missing, string(k))
			quoted = append(quoted, `"`+string(k)+`"`)
		}
		switch len(missing) {
		case 0:
		case 1:
			p.Report(nil, reconcile.Msg("Sheet %q tidak ditemukan; bagian ini tidak dapat diperiksa.",
				"Sheet %q not found; this part cannot be checked.", missing[0]), missing[0], "")
		default:
			// Expected lists the sheets as an acceptance or a script would compare them:
			// the names alone, comma-separated.
			list := strings.Join(quoted, ", ")
			p.Report(nil, reconcile.Msg("%d sheet tidak ditemukan: %s; bagian ini tidak dapat diperiksa.",
				"%d sheets not found: %s; these parts cannot be checked.", len(missing), list), strings.Join(missing, ", "), "")
		}
	},
}
