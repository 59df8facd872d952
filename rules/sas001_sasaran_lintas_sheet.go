package rules

import (
	"strings"

	"lkjip/reconcile"
	wb "lkjip/reconcile/workbook"
)

// sasaranSheets are the tables that name the sasaran strategis.
var sasaranSheets = []wb.Kind{wb.IKU, wb.PK, wb.Pengukuran, wb.AnggaranSasaran}

// SAS001 checks that the same sasaran appear in IKU, PK, Pengukuran and Anggaran Sasaran
// (spec: "a sasaran missing from one or present in one only is a finding"), once per
// sasaran, not once per cell.
var SAS001 = &reconcile.Rule{
	ID:       "SAS001",
	Severity: reconcile.Error,
	Scope:    reconcile.ScopeWorkbook,
	Title:    reconcile.Text{ID: "Sasaran tidak sama di semua sheet", EN: "Sasaran differ across sheets"},
	Doc: reconcile.Text{
		ID: `Sasaran strategis yang sama harus muncul di IKU, PK, Pengukuran dan Anggaran Sasaran (Ringkasan menyebut sasaran menurut nomornya, lihat RGK001). Teks dicocokkan tanpa membedakan huruf besar/kecil, spasi dan tanda baca. Setiap sasaran yang tidak ada di salah satu sheet dilaporkan sekali, di sel tempat ia pertama disebut, dengan daftar sheet yang tidak memuatnya.

Contoh (Kragan 2021):
    IKU: "Meningkatnya Pembinaan dan Pengawasan Pemerintahan"; PK: "... Pemerintahan Desa"; Pengukuran tidak memuat keduanya
    SAS001: sasaran "Meningkatnya Pembinaan dan Pengawasan Pemerintahan" ada di IKU tetapi tidak ada di PK, Pengukuran, Anggaran Sasaran.`,
		EN: `The same sasaran strategis must appear in IKU, PK, Pengukuran and Anggaran Sasaran (Ringkasan names sasaran by number, see RGK001). Texts are matched ignoring case, spaces and punctuation. Each sasaran missing from one of those sheets is reported once, at the cell that first names it, with the list of sheets that lack it.

Example (Kragan 2021):
    IKU: "Meningkatnya Pembinaan dan Pengawasan Pemerintahan"; PK: "... Pemerintahan Desa"; Pengukuran holds neither
    SAS001: the sasaran "Meningkatnya Pembinaan dan Pengawasan Pemerintahan" is in IKU but not in PK, Pengukuran, Anggaran Sasaran.`,
	},
	Run: func(p *reconcile.Pass) {
		w := p.Workbook
		type entry struct {
			name    string
			cell    *wb.Cell
			present map[wb.Kind]bool
		}
		var order []string
		entries := map[string]*entry{}
		var kinds []wb.Kind
		for _, k := range sasaranSheets {
			names, cells := sasaranList(w, k)
			if len(names) == 0 {
				continue // a sheet that is missing or names no sasaran: UM001 / UM003
			}
			kinds = append(kinds, k)
			for _, n := range names {
				key := normText(n)
				e := entries[key]
				if e == nil {
					e = &entry{name: n, cell: cells[key], present: map[wb.Kind]bool{}}
					entries[key] = e
					order = append(order, key)
				}
				e.present[k] = true
			}
		}
		if len(kinds) < 2 {
			return
		}
		for _, key := range order {
			e := entries[key]
			var in, out []string
			for _, k := range kinds {
				if e.present[k] {
					in = append(in, string(k))
				} else {
					out = append(out, string(k))
				}
			}
			if len(out) == 0 {
				continue
			}
			p.Report(e.cell, reconcile.Msg("Sasaran %q ada di %s tetapi tidak ada di %s.", "The sasaran %q is in %s but not in %s.",
				e.name, strings.Join(in, ", "), strings.Join(out, ", ")), strings.Join(kinds2(kinds), ", "), strings.Join(in, ", "))
		}
	},
}

func kinds2(ks []wb.Kind) []string {
	out := make([]string, len(ks))
	for i, k := range ks {
		out[i] = string(k)
	}
	return out
}
