package rules

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"lkjip/reconcile"
)

// TBL002 notes an amount in words that spells its figure right but not in the standard
// spelling (spec, "Cross-sheet and whole-workbook checks", Terbilang: `milyar` and `trilyun`
// are a note, not an error).
var TBL002 = &reconcile.Rule{
	ID:       "TBL002",
	Severity: reconcile.Info,
	Scope:    reconcile.ScopeCell,
	Title:    reconcile.Text{ID: "Terbilang memakai ejaan tidak baku", EN: "Amount in words in non-standard spelling"},
	Doc: reconcile.Text{
		ID: `Terbilang yang nilainya sama dengan angkanya tetapi ejaannya tidak baku mendapat catatan. Ejaan baku (KBBI, PUEBI) adalah miliar dan triliun, bukan milyar, milyard atau trilyun; hanya 10, 11, 100 dan 1000 memakai se- (sepuluh, sebelas, seratus, seribu), jadi "satu ribu" ditulis seribu dan "sejuta" ditulis satu juta; kata bilangan ditulis terpisah ("dua puluh", bukan "duapuluh"). Huruf besar-kecil dan spasi berlebih bukan temuan. Catatan hanya diberikan bila TBL001 tidak berlaku untuk sel itu. Temuan menunjuk sel terbilang; nilai seharusnya adalah ejaan baku, dan perbaikannya ejaan baku itu dengan huruf besar-kecil (semua kapital, atau setiap kata berhuruf awal kapital) dan tanda baca di sekelilingnya ("(...)", "...,-") seperti yang tertulis.

Contoh (Kragan 2021, BAB IV):
    Realisasi Anggaran 2.437.383.089
    Realisasi Anggaran (terbilang) "dua milyar empat ratus tiga puluh tujuh juta tiga ratus delapan puluh tiga ribu delapan puluh sembilan rupiah"
    TBL002: Terbilang Realisasi Anggaran benar nilainya tetapi memakai ejaan tidak baku: "milyar" (baku: "miliar").`,
		EN: `Words that spell the right amount in a non-standard spelling get a note. The standard spelling (KBBI, PUEBI) is miliar and triliun, not milyar, milyard or trilyun; only 10, 11, 100 and 1000 take se- (sepuluh, sebelas, seratus, seribu), so "satu ribu" is written seribu and "sejuta" satu juta; number words are written apart ("dua puluh", not "duapuluh"). Case and extra spaces are no finding. The note is given only where TBL001 does not apply to the cell. The finding names the words' cell; the expected value is the standard spelling, and its fix that spelling in the case (all capitals, or every word capitalised) and between the punctuation ("(...)", "...,-") written.

Example (Kragan 2021, BAB IV):
    Realisasi Anggaran 2,437,383,089
    Realisasi Anggaran (terbilang) "dua milyar empat ratus tiga puluh tujuh juta tiga ratus delapan puluh tiga ribu delapan puluh sembilan rupiah"
    TBL002: The Realisasi Anggaran in words is right but in non-standard spelling: "milyar" (standard: "miliar").`,
	},
	Run: func(p *reconcile.Pass) {
		for _, a := range amountsInWords(p.Workbook) {
			if a.err != nil || !a.reading.Value.Equal(a.figure.Num) || a.reading.Standard() {
				continue // TBL001's, or nothing to note
			}
			var id, en []string
			for _, v := range a.reading.NonStandard {
				id = append(id, fmt.Sprintf("%q (baku: %q)", v.Written, v.Standard))
				en = append(en, fmt.Sprintf("%q (standard: %q)", v.Written, v.Standard))
			}
			p.ReportFix(a.words, reconcile.Msg("Terbilang %s benar nilainya tetapi memakai ejaan tidak baku: %s.",
				"The %s in words is right but in non-standard spelling: %s.", a.key,
				reconcile.Text{ID: strings.Join(id, ", "), EN: strings.Join(en, ", ")}), a.expected, a.text, inCaseOf(a.expected, a.text))
		}
	},
}

// inCaseOf writes words (lower case) as the text they replace writes its own: in its case (all
// capitals, each word capitalised, or as they are) and between the punctuation around it
// ("(...)", "...,-"). Case and punctuation are no finding (spec, Terbilang), so a fix keeps
// them.
func inCaseOf(words, text string) string {
	text = strings.TrimSpace(text)
	isLetter := func(r rune) bool { return unicode.IsLetter(r) }
	start, end := strings.IndexFunc(text, isLetter), strings.LastIndexFunc(text, isLetter)
	if start < 0 {
		return words
	}
	_, size := utf8.DecodeRuneInString(text[end:])
	prefix, body, suffix := text[:start], text[start:end+size], text[end+size:]
	letters := strings.Map(func(r rune) rune {
		if isLetter(r) {
			return r
		}
		return -1
	}, body)
	switch {
	case letters == strings.ToUpper(letters):
		words = strings.ToUpper(words)
	case titled(body):
		fields := strings.Fields(words)
		for i, f := range fields {
			fields[i] = strings.ToUpper(f[:1]) + f[1:]
		}
		words = strings.Join(fields, " ")
	}
	return prefix + words + suffix
}

// titled reports whether every word of a text that starts with a letter starts with a
// capital.
func titled(text string) bool {
	n := 0
	for _, f := range strings.Fields(text) {
		r := []rune(f)[0]
		if !unicode.IsLetter(r) {
			continue
		}
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n > 0
}
