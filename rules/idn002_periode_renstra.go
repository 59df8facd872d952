package rules

import (
	"fmt"

	"lkjip/reconcile"
)

// IDN002 checks that the Renstra period contains the report year (spec, "Cross-sheet and
// whole-workbook checks": the Renstra period contains T).
var IDN002 = &reconcile.Rule{
	ID:       "IDN002",
	Severity: reconcile.Error,
	Scope:    reconcile.ScopeWorkbook,
	Title:    reconcile.Text{ID: "Periode Renstra tidak mencakup tahun laporan", EN: "Renstra period does not contain the report year"},
	Doc: reconcile.Text{
		ID: `Laporan kinerja mengukur satu tahun dari Renstra yang berlaku, jadi Periode Renstra di Identitas (misalnya 2021-2026) harus mencakup Tahun Laporan. Periode yang tidak terbaca (tanpa dua tahun, atau tahun awal sesudah tahun akhir) juga dilaporkan. Temuan menunjuk sel Periode Renstra.

Contoh:
    Tahun Laporan 2023 | Periode Renstra 2016-2021
    IDN002: Periode Renstra 2016-2021 tidak mencakup tahun laporan 2023.`,
		EN: `A performance report measures one year of the Renstra in force, so the Renstra period in Identitas (for example 2021-2026) must contain the report year. A period that cannot be read (without two years, or starting after it ends) is reported too. The finding names the Periode Renstra cell.

Example:
    Tahun Laporan 2023 | Periode Renstra 2016-2021
    IDN002: the Renstra period 2016-2021 does not contain the report year 2023.`,
	},
	Run: func(p *reconcile.Pass) {
		w := p.Workbook
		pair := w.Identitas.Get("Periode Renstra")
		if pair == nil || pair.Value.String() == "" {
			return // IDN001
		}
		if w.RenstraCell == nil || w.RenstraFrom > w.RenstraTo {
			p.Report(pair.Value, reconcile.Msg("Periode Renstra %q tidak terbaca; tulis seperti 2021-2026.", "The Renstra period %q cannot be read; write it as 2021-2026.", pair.Value.String()),
				"", pair.Value.String())
			return
		}
		if w.Year == 0 || (w.Year >= w.RenstraFrom && w.Year <= w.RenstraTo) {
			return
		}
		period := fmt.Sprintf("%d-%d", w.RenstraFrom, w.RenstraTo)
		p.Report(w.RenstraCell, reconcile.Msg("Periode Renstra %s tidak mencakup tahun laporan %d.", "The Renstra period %s does not contain the report year %d.", period, w.Year),
			fmt.Sprintf("%d", w.Year), period)
	},
}
