package rules

import (
	"strings"

	"lkjip/reconcile"
	wb "lkjip/reconcile/workbook"
)

// INV002 checks that an item's Kondisi is Baik, Rusak Ringan or Rusak Berat (spec,
// "Inventaris").
var INV002 = &reconcile.Rule{
	ID:       "INV002",
	Severity: reconcile.Warning,
	Scope:    reconcile.ScopeCell,
	Title:    reconcile.Text{ID: "Kondisi barang bukan Baik, Rusak Ringan atau Rusak Berat", EN: "Kondisi is not Baik, Rusak Ringan or Rusak Berat"},
	Doc: reconcile.Text{
		ID: `Kondisi setiap barang di daftar Inventaris adalah salah satu dari Baik, Rusak Ringan, Rusak Berat (spesifikasi, bagian Inventaris); huruf besar/kecil, spasi berlebih dan tanda baca diabaikan ("RUSAK  ringan" dan "Rusak-Ringan" diterima). Kondisi kosong atau "-" untuk barang yang dicantumkan juga temuan: laporan harus menyebut keadaan setiap barang. Baris tanpa Jumlah dan tanpa Kondisi dianggap judul kelompok dan dilewati. Singkatan B, RR, RB dilaporkan dengan kata bakunya sebagai nilai seharusnya dan perbaikan; teks lain ("Rusak", "Kurang Baik") dilaporkan tanpa nilai seharusnya. Temuan menunjuk sel Kondisi. Tingkat: peringatan, karena tidak ada angka yang salah.

Contoh:
    Lap Top | 18 | RR
    INV002: Kondisi "Lap Top" tertulis "RR"; seharusnya "Rusak Ringan".`,
		EN: `The Kondisi of every item in an Inventaris list is one of Baik, Rusak Ringan, Rusak Berat (spec, section Inventaris); case, extra spaces and punctuation are ignored ("RUSAK  ringan" and "Rusak-Ringan" are accepted). An empty or "-" Kondisi for a listed item is a finding too: the report must state every item's condition. A row with neither Jumlah nor Kondisi is a group heading and is skipped. The abbreviations B, RR, RB are reported with their standard word as the expected value and the fix; other text ("Rusak", "Kurang Baik") is reported with none. The finding names the Kondisi cell. Severity: warning, as no figure is wrong.

Example:
    Lap Top | 18 | RR
    INV002: the Kondisi of "Lap Top" says "RR"; it should be "Rusak Ringan".`,
	},
	Run: func(p *reconcile.Pass) {
		for _, t := range p.Workbook.TablesOf(wb.Inventaris) {
			if t.Column(wb.RoleKondisi) == nil {
				continue
			}
			for _, r := range t.Rows {
				if !invItem(r) {
					continue
				}
				c := r.Cell(wb.RoleKondisi)
				text := strings.TrimSpace(c.Value())
				folded := normText(text)
				if _, ok := invKondisi[folded]; ok {
					continue
				}
				if folded == "" {
					p.Report(c, reconcile.Msg("Kondisi %q kosong; seharusnya Baik, Rusak Ringan atau Rusak Berat.",
						"The Kondisi of %q is empty; it should be Baik, Rusak Ringan or Rusak Berat.", r.Label()), "", text)
					continue
				}
				if want, ok := invAbbrev[folded]; ok {
					p.ReportFix(c, reconcile.Msg("Kondisi %q tertulis %q; seharusnya %q.", "The Kondisi of %q says %q; it should be %q.",
						r.Label(), text, want), want, text, want)
					continue
				}
				p.Report(c, reconcile.Msg("Kondisi %q tertulis %q; seharusnya Baik, Rusak Ringan atau Rusak Berat.",
					"The Kondisi of %q says %q; it should be Baik, Rusak Ringan or Rusak Berat.", r.Label(), text), "", text)
			}
		}
	},
}
