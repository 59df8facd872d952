package layout

import (
	wb "lkjip/reconcile/workbook"
)

// budgetSchema is the schema of the budget half of a combined table: a Realisasi Anggaran's.
func budgetSchema() *schema {
	for _, sc := range schemas {
		if sc.kind == wb.RealisasiAnggaran {
			return sc
		}
	}
	return nil
}

// splitCombined finds the budget table a Pengukuran header holds beside its indicators
// (`Indikator | Target | Realisasi | % Capaian | Kegiatan | Anggaran | Realisasi | %`, issue
// #16): to the right of the Pengukuran's required columns, the same header rows carry a
// complete Realisasi Anggaran header. It returns that header, and leaves h with the columns
// left of it; nil (h unchanged) when there is none. Read as one table, the budget half was
// ignored without a word: its Realisasi is a second Realisasi, its Anggaran no Pengukuran
// column.
func splitCombined(sh *wb.Sheet, sc *schema, h *header) *header {
	if sc.kind != wb.Pengukuran {
		return nil
	}
	last := 0
	for _, c := range h.cols {
		switch c.Role {
		case wb.RoleTarget, wb.RoleRealisasi, wb.RoleCapaian:
			last = max(last, c.Col)
		}
	}
	if last == 0 {
		return nil
	}
	bs := budgetSchema()
	b := tryHeaderFrom(sh, bs, h.rows[0], len(h.rows) == 2, last+1)
	if b == nil || len(b.missing) > 0 || b.Column(wb.RoleUraian) == nil {
		return nil // the budget half names its kegiatan: an Anggaran column alone is no table
	}
	first := b.cols[0].Col
	kept := h.cols[:0]
	for _, c := range h.cols {
		if c.Col < first {
			kept = append(kept, c)
		}
	}
	h.cols = kept
	b.rows = h.rows
	return b
}

// Column returns the header's column of a role, or nil.
func (h *header) Column(r wb.Role) *wb.Column {
	for _, c := range h.cols {
		if c.Role == r {
			return c
		}
	}
	return nil
}
