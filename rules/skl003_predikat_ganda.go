package rules

import (
	"strings"

	"lkjip/reconcile"
	wb "lkjip/reconcile/workbook"
)

// SKL003 reports a predikat label used by two Skala rows (spec, "Skala": a value takes the
// label of the one row it belongs to).
var SKL003 = &reconcile.Rule{
	ID:       "SKL003",
	Severity: reconcile.Warning,
	Scope:    reconcile.ScopeTable,
	Title:    reconcile.Text{ID: "Predikat yang sama dipakai dua baris skala", EN: "Two scale rows share a predikat"},
	Doc: reconcile.Text{
		ID: `Setiap baris skala memberi predikatnya sendiri; predikat yang muncul di dua baris (huruf besar/kecil dan spasi diabaikan) hampir selalu salinan yang lupa diganti, dan membuat satu predikat berlaku untuk dua rentang. Temuan menunjuk sel Predikat baris kedua (urutan sheet), tanpa nilai seharusnya. Tingkat: peringatan, karena tidak ada angka yang salah.

Contoh:
    80 | 90 | Baik
    50 | 80 | Baik
    SKL003: predikat "Baik" sudah dipakai baris 5.`,
		EN: `Each scale row gives its own predikat; a label found in two rows (case and spaces ignored) is almost always a copied row not renamed, and makes one predikat stand for two ranges. The finding names the second row's Predikat cell (in sheet order), with no expected value. Severity: warning, as no figure is wrong.

Example:
    80 | 90 | Baik
    50 | 80 | Baik
    SKL003: the predikat "Baik" is already used by row 5.`,
	},
	Run: func(p *reconcile.Pass) {
		t := p.Workbook.Scale.Table
		if t == nil {
			return
		}
		seen := map[string]*wb.Row{}
		for _, r := range t.Rows {
			c := r.Cell(wb.RolePredikat)
			label := c.Value()
			key := strings.ToLower(strings.Join(strings.Fields(label), ""))
			if key == "" {
				continue
			}
			if first, dup := seen[key]; dup {
				p.Report(c, reconcile.Msg("Predikat %q sudah dipakai baris %d.", "The predikat %q is already used by row %d.", label, first.Num), "", label)
				continue
			}
			seen[key] = r
		}
	},
}
