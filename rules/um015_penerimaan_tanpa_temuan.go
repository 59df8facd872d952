package rules

import (
	"strings"

	"lkjip/reconcile"
)

// UM015 reports an acceptance of the settings that matches no finding of the workbook. An
// acceptance silences a finding; one that silences nothing is either stale (the figure was
// corrected) or misspelt (and the finding it meant is still counted), and in both cases the
// settings no longer say what they silence. staticcheck treats its ignore directives so
// (lintcmd/directives.go). The Checker runs this rule last, after every other rule (those
// across files included) and after applying the acceptances.
var UM015 = &reconcile.Rule{
	ID:       reconcile.AcceptanceRule,
	Severity: reconcile.Warning,
	Scope:    reconcile.ScopeFiles,
	Title:    reconcile.Text{ID: "Penerimaan temuan yang tidak cocok dengan temuan mana pun", EN: "Acceptance that matches no finding"},
	Doc: reconcile.Text{
		ID: `Berkas pengaturan (--config) dapat menerima temuan yang sudah diketahui: {rule, sheet, cell, reason}. Penerimaan yang tidak cocok dengan temuan mana pun di sebuah buku kerja dilaporkan di buku kerja itu, pada sheet dan sel yang disebutnya (atau pada buku kerja bila sheet itu tidak ada): temuannya sudah hilang (angkanya sudah dibetulkan, hapus penerimaannya), atau aturan, sheet atau selnya salah tulis (dan temuan yang dimaksud masih dihitung). Penerimaan dengan file hanya dinilai pada berkas bernama itu.

Penerimaan temuan lintas berkas (BKS, misalnya {rule: BKS002, reason: ...}) dinilai hanya bila dua buku kerja atau lebih diperiksa bersama, karena aturan itu tidak menemukan apa pun pada satu berkas: dengan file, pada berkas itu; tanpa file, atas semua berkas sekaligus (cukup satu temuan di berkas mana pun), dan bila tidak terpakai dilaporkan sekali, pada berkas pengaturan.

Contoh:
    accept: [{rule: LRA002, sheet: Realisasi Anggaran, cell: F8, reason: "salah ketik"}]
    (temuan LRA002 ada di F7, bukan F8)
    UM015 Realisasi Anggaran!F8: penerimaan di lkjip.yaml:2 (LRA002 Realisasi Anggaran!F8, alasan "salah ketik") tidak cocok dengan temuan mana pun.`,
		EN: `A settings file (--config) may accept known findings: {rule, sheet, cell, reason}. An acceptance that matches no finding of a workbook is reported in that workbook, at the sheet and cell it names (or on the workbook when there is no such sheet): either its finding is gone (the figure was corrected: remove the acceptance), or its rule, sheet or cell is misspelt (and the finding it meant still counts). An acceptance with a file is judged only on the workbook of that name.

An acceptance of a finding across files (BKS, such as {rule: BKS002, reason: ...}) is judged only when two workbooks or more are checked together, since such a rule finds nothing in one file: with a file, on that file; without, over every file at once (one finding in any file uses it), and when unused it is reported once, on the settings file.

Example:
    accept: [{rule: LRA002, sheet: Realisasi Anggaran, cell: F8, reason: "a typo"}]
    (the LRA002 finding is at F7, not F8)
    UM015 Realisasi Anggaran!F8: the acceptance at lkjip.yaml:2 (LRA002 Realisasi Anggaran!F8, reason "a typo") matches no finding.`,
	},
	RunBatch: func(p *reconcile.BatchPass) {
		for _, u := range p.Unmatched() {
			if u.Result == nil {
				p.ReportSettings(um015Message(u.Acceptances, reconcile.Msg(
					" Penerimaan ini tanpa file dinilai atas semua berkas yang diperiksa bersama.",
					" An acceptance without a file is judged over every file checked together.")))
				continue
			}
			um015Report(p, u.Result, u.Acceptances)
		}
	},
}

// um015Report reports the acceptances that matched nothing in one workbook, one finding per
// place: two stale acceptances of one cell (for two rules) are one finding listing both,
// since a run reports a rule once per cell.
func um015Report(p *reconcile.BatchPass, r *reconcile.Result, acceptances []reconcile.Acceptance) {
	type place struct{ sheet, cell string }
	var order []place
	byPlace := map[place][]reconcile.Acceptance{}
	for _, a := range acceptances {
		pl := place{sheet: um015Sheet(r, a.Sheet)}
		if pl.sheet != "" {
			pl.cell, _, _, _ = reconcile.ParseCell(a.Cell)
		} else if a.Sheet != "" {
			pl.sheet = "?" + a.Sheet // a sheet the workbook lacks: said on the workbook
		}
		if _, ok := byPlace[pl]; !ok {
			order = append(order, pl)
		}
		byPlace[pl] = append(byPlace[pl], a)
	}
	for _, pl := range order {
		var note reconcile.Text
		sheet := pl.sheet
		if strings.HasPrefix(sheet, "?") {
			note = reconcile.Msg(" Buku kerja ini tidak memuat sheet %q.", " This workbook holds no sheet %q.", sheet[1:])
			sheet = ""
		}
		p.Report(r, sheet, pl.cell, um015Message(byPlace[pl], note), "", "")
	}
}

// um015Message says which acceptances matched nothing and what to do, followed by note.
func um015Message(acceptances []reconcile.Acceptance, note reconcile.Text) reconcile.Text {
	var id, en []string
	for _, a := range acceptances {
		what := a.Rule
		if a.Sheet != "" {
			what += " " + a.Sheet
			if a.Cell != "" {
				what += "!" + a.Cell
			}
		}
		if a.File != "" {
			what += " (" + a.File + ")"
		}
		m := reconcile.Msg("penerimaan di %s (%s, alasan %q) tidak cocok dengan temuan mana pun",
			"the acceptance at %s (%s, reason %q) matches no finding", a.At, what, a.Reason)
		id, en = append(id, m.ID), append(en, m.EN)
	}
	msg := reconcile.Msg("%s. Hapus penerimaan itu bila temuannya sudah dibetulkan, atau betulkan aturan, sheet atau selnya.",
		"%s. Remove it if its finding was corrected, or fix its rule, sheet or cell.",
		reconcile.Text{ID: um015Upper(strings.Join(id, "; ")), EN: um015Upper(strings.Join(en, "; "))})
	msg.ID, msg.EN = msg.ID+note.ID, msg.EN+note.EN
	return msg
}

// um015Sheet returns the name of the workbook's sheet an acceptance names, matched ignoring
// case as acceptances are; "" when it names none or one the workbook lacks.
func um015Sheet(r *reconcile.Result, sheet string) string {
	if sheet == "" {
		return ""
	}
	for _, name := range r.SheetOrder {
		if strings.EqualFold(strings.TrimSpace(name), strings.TrimSpace(sheet)) {
			return name
		}
	}
	return ""
}

// um015Upper starts a sentence with a capital letter.
func um015Upper(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
