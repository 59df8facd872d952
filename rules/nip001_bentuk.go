package rules

import (
	"lkjip/reconcile"
	"lkjip/reconcile/nip"
)

// NIP001 checks the form of the signer's NIP: 18 digits (PP 11/2017; spec, "Cross-sheet and
// whole-workbook checks": "A truncated NIP is a finding").
var NIP001 = &reconcile.Rule{
	ID:       "NIP001",
	Severity: reconcile.Error,
	Scope:    reconcile.ScopeCell,
	Title:    reconcile.Text{ID: "NIP tidak 18 digit", EN: "NIP is not 18 digits"},
	Doc: reconcile.Text{
		ID: `NIP penandatangan di sheet Identitas terdiri atas 18 digit (PP 11/2017): tanggal lahir YYYYMMDD, TMT CPNS YYYYMM, digit jenis kelamin dan nomor urut 3 digit. Spasi, titik atau tanda hubung di antara kelompok digit boleh, begitu pula awalan "NIP." atau "NIP:". Aturan ini melaporkan NIP yang memuat karakter lain, yang jumlah digitnya bukan 18 (dengan keterangan "terpotong" bila digit yang ada merupakan awal NIP yang sah), dan NIP yang diketik sebagai angka: lembar kerja hanya menyimpan 15 digit bermakna, sehingga digit terakhirnya hilang (tersimpan 1.96712121988061E+17). NIP yang hanya berisi "-" dilaporkan sebagai kosong; sel NIP yang kosong dilaporkan IDN001. Temuan menunjuk sel NIP; tanggal di dalamnya diperiksa NIP002, jenis kelamin dan nomor urutnya NIP003.

Contoh (Kragan 2021, NIP di bawah kata pengantar):
    Identitas: NIP "19671212 198806 1"
    NIP001: NIP "19671212 198806 1" hanya memuat 15 dari 18 digit dan tampaknya terpotong (tidak ada: nomor urut 3 digit).`,
		EN: `The signer's NIP on the Identitas sheet has 18 digits (PP 11/2017): birth date YYYYMMDD, service start (TMT CPNS) YYYYMM, a sex digit and a 3-digit sequence. Spaces, dots or dashes between the groups are allowed, and so is a leading "NIP." or "NIP:". This rule reports a NIP holding other characters, one whose digits are not 18 (saying "truncated" when those there start a valid NIP), and one typed as a number: a spreadsheet keeps only 15 significant digits, so its last digits are lost (stored 1.96712121988061E+17). A NIP of only "-" is reported as empty; a blank NIP cell is IDN001's finding. The finding names the NIP cell; its dates are checked by NIP002, its sex digit and sequence by NIP003.

Example (Kragan 2021, the NIP under the foreword):
    Identitas: NIP "19671212 198806 1"
    NIP001: NIP "19671212 198806 1" has only 15 of its 18 digits and looks truncated (missing: the 3-digit sequence).`,
	},
	Run: func(p *reconcile.Pass) { reportNIP(p, nip.Form) },
}
