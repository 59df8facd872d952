package rules

import (
	"lkjip/reconcile"
	"lkjip/reconcile/nip"
)

// NIP003 checks the sex digit and the sequence of the signer's NIP (PP 11/2017; spec,
// "Cross-sheet and whole-workbook checks").
var NIP003 = &reconcile.Rule{
	ID:       "NIP003",
	Severity: reconcile.Error,
	Scope:    reconcile.ScopeCell,
	Title:    reconcile.Text{ID: "Jenis kelamin atau nomor urut NIP tidak sah", EN: "Invalid sex digit or sequence in the NIP"},
	Doc: reconcile.Text{
		ID: `Digit ke-15 NIP adalah jenis kelamin (1 pria, 2 wanita) dan tiga digit terakhirnya nomor urut, dari 001. Aturan ini melaporkan digit jenis kelamin selain 1 atau 2 dan nomor urut 000, satu temuan per NIP (jenis kelamin lebih dahulu). Nomor urut NIP yang diketik sebagai angka sudah hilang dan tidak diperiksa (NIP001); NIP yang bentuknya salah tidak diperiksa di sini.

Contoh:
    Identitas: NIP "19671212 198806 3 002"
    NIP003: Digit jenis kelamin NIP (digit ke-15) adalah 3; seharusnya 1 (pria) atau 2 (wanita).`,
		EN: `The 15th digit of a NIP is the sex (1 male, 2 female) and its last three digits the sequence, from 001. This rule reports a sex digit other than 1 or 2 and a sequence of 000, one finding per NIP (the sex digit first). The sequence of a NIP typed as a number is lost and not checked (NIP001); a NIP of the wrong form is not checked here.

Example:
    Identitas: NIP "19671212 198806 3 002"
    NIP003: The sex digit of the NIP (15th digit) is 3; it must be 1 (male) or 2 (female).`,
	},
	Run: func(p *reconcile.Pass) { reportNIP(p, nip.Codes) },
}
