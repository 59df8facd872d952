package rules

import (
	"strings"

	"lkjip/reconcile"
	wb "lkjip/reconcile/workbook"
)

// UM015 reports an acceptance of the settings that matches no finding of the workbook. An
// acceptance silences a finding; one that silences nothing is either stale (the figure was
// corrected) or misspelt (and the finding it meant is still counted), and in both cases the
// settings no longer say what they silence. staticcheck treats its ignore directives so
// (lintcmd/directives.go). reconcile.Run runs this rule last, after applying the acceptances.
var UM015 = &reconcile.Rule{
	ID:       reconcile.AcceptanceRule,
	Severity: reconcile.Warning,
	Title:    reconcile.Text{ID: "Penerimaan temuan yang tidak cocok dengan temuan mana pun", EN: "Acceptance that matches no finding"},
	Doc: reconcile.Text{
		ID: `Berkas pengaturan (--config) dapat menerima temuan yang sudah diketahui: {rule, sheet, cell, reason}. Penerimaan yang tidak cocok dengan temuan mana pun di sebuah buku kerja dilaporkan di buku kerja itu, pada sheet dan sel yang disebutnya (atau pada buku kerja bila sheet itu tidak ada): temuannya sudah hilang (angkanya sudah dibetulkan, hapus penerimaannya), atau aturan, sheet atau selnya salah tulis (dan temuan yang dimaksud masih dihitung). Penerimaan dengan file hanya dinilai pada berkas bernama itu.

Contoh:
    accept: [{rule: LRA002, sheet: Realisasi Anggaran, cell: F8, reason: "salah ketik"}]
    (temuan LRA002 ada di F7, bukan F8)
    UM015 Realisasi Anggaran!F8: penerimaan di lkjip.yaml:2 (LRA002 Realisasi Anggaran!F8, alasan "salah ketik") tidak cocok dengan temuan mana pun.`,
		EN: `A settings file (--config) may accept known findings: {rule, sheet, cell, reason}. An acceptance that matches no finding of a workbook is reported in that workbook, at the sheet and cell it names (or on the workbook when there is no such sheet): either its finding is gone (the figure was corrected: remove the acceptance), or its rule, sheet or cell is misspelt (and the finding it meant still counts). An acceptance with a file is judged only on the workbook of that name.

Example:
    accept: [{rule: LRA002, sheet: Realisasi Anggaran, cell: F8, reason: "a typo"}]
    (the LRA002 finding is at F7, not F8)
    UM015 Realisasi Anggaran!F8: the acceptance at lkjip.yaml:2 (LRA002 Realisasi Anggaran!F8, reason "a typo") matches no finding.`,
	},
	Run: func(p *reconcile.Pass) {
		// One finding per place: two stale acceptances of one cell (for two rules) are one
		// finding listing both, since a run reports a rule once per cell.
		type place struct {
			cell *wb.Cell
			key  string
		}
		var order []place
		byPlace := map[string][]reconcile.Acceptance{}
		for _, a := range p.Unmatched() {
			c := um015Cell(p.Workbook, a)
			key := strings.ToLower(a.Sheet) + "!" + a.Cell
			if c != nil {
				key = c.Sheet + "!" + c.Ref
			}
			if _, ok := byPlace[key]; !ok {
				order = append(order, place{c, key})
			}
			byPlace[key] = append(byPlace[key], a)
		}
		for _, pl := range order {
			var id, en []string
			for _, a := range byPlace[pl.key] {
				what := a.Rule
				if a.Sheet != "" {
					what += " " + a.Sheet
					if a.Cell != "" {
						what += "!" + a.Cell
					}
				}
				m := reconcile.Msg("penerimaan di %s (%s, alasan %q) tidak cocok dengan temuan mana pun",
					"the acceptance at %s (%s, reason %q) matches no finding", a.At, what, a.Reason)
				id, en = append(id, m.ID), append(en, m.EN)
			}
			msg := reconcile.Msg("%s. Hapus penerimaan itu bila temuannya sudah dibetulkan, atau betulkan aturan, sheet atau selnya.",
				"%s. Remove it if its finding was corrected, or fix its rule, sheet or cell.",
				reconcile.Text{ID: um015Upper(strings.Join(id, "; ")), EN: um015Upper(strings.Join(en, "; "))})
			if sheet := byPlace[pl.key][0].Sheet; pl.cell == nil && sheet != "" {
				note := reconcile.Msg(" Buku kerja ini tidak memuat sheet %q.", " This workbook holds no sheet %q.", sheet)
				msg.ID, msg.EN = msg.ID+note.ID, msg.EN+note.EN
			}
			p.Report(pl.cell, msg, "", "")
		}
	},
}

// um015Cell returns the cell an acceptance names, nil when it names no sheet or a sheet
// the workbook lacks (the finding is then about the workbook). A sheet is matched ignoring
// case, as acceptances are.
func um015Cell(w *wb.Workbook, a reconcile.Acceptance) *wb.Cell {
	if a.Sheet == "" {
		return nil
	}
	for _, sh := range w.Sheets {
		if !strings.EqualFold(strings.TrimSpace(sh.Name), strings.TrimSpace(a.Sheet)) {
			continue
		}
		if _, col, row, ok := reconcile.ParseCell(a.Cell); ok {
			return sh.At(row, col)
		}
		return sh.At(1, 1) // an acceptance of the sheet's findings that name no cell
	}
	return nil
}

// um015Upper starts a sentence with a capital letter.
func um015Upper(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
