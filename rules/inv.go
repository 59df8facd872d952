package rules

import (
	"strings"

	wb "lkjip/reconcile/workbook"
)

// invKondisi are the conditions the spec allows (section Inventaris), by their folded form.
var invKondisi = map[string]string{"baik": "Baik", "rusak ringan": "Rusak Ringan", "rusak berat": "Rusak Berat"}

// invAbbrev are the short forms inventory lists use (KIB: B, RR, RB): not the standard words,
// but their meaning is certain, so a finding can say which word is meant.
var invAbbrev = map[string]string{"b": "Baik", "rr": "Rusak Ringan", "rb": "Rusak Berat"}

// invItem reports whether a row lists an item: it has a Jumlah (a figure, "-" or a number
// with its unit) or a Kondisi. A row with neither is a heading such as "Peralatan dan Mesin".
func invItem(r *wb.Row) bool {
	if j := r.Cell(wb.RoleJumlah); j != nil && strings.TrimSpace(j.Value()) != "" {
		return true
	}
	k := r.Cell(wb.RoleKondisi)
	return k != nil && strings.TrimSpace(k.Value()) != ""
}
