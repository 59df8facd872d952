package rules

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"

	"lkjip/reconcile"
	"lkjip/reconcile/terbilang"
	wb "lkjip/reconcile/workbook"
)

// TBL001 checks that an amount written in words spells exactly its figure (spec,
// "Cross-sheet and whole-workbook checks", Terbilang).
var TBL001 = &reconcile.Rule{
	ID:       "TBL001",
	Severity: reconcile.Error,
	Scope:    reconcile.ScopeRow,
	Title:    reconcile.Text{ID: "Terbilang tidak sama dengan angkanya", EN: "Amount in words does not match its figure"},
	Doc: reconcile.Text{
		ID: `Pagu Anggaran (terbilang) dan Realisasi Anggaran (terbilang) di sheet Identitas dan Ringkasan harus mengeja tepat angka Pagu Anggaran dan Realisasi Anggaran di sheet yang sama. Huruf besar-kecil, spasi, tanda baca dan kata "rupiah" di akhir diabaikan; susunannya tidak: kata yang bukan kata bilangan, kata satuan (ribu, juta, miliar, triliun) yang hilang atau tidak menurun membuat terbilang tidak terbaca. Ejaan tidak baku yang nilainya benar (milyar, trilyun, satu ribu) bukan kesalahan di sini, melainkan catatan TBL002. Angka yang tidak bulat (bersen), negatif atau di atas 999 triliun tidak diperiksa. Temuan menunjuk sel terbilang; nilai seharusnya adalah ejaan baku angkanya.

Contoh (Kragan 2021, BAB III C):
    Realisasi Anggaran 2.437.383.089
    Realisasi Anggaran (terbilang) "dua milyar empat ratus tiga puluh tujuh tiga ratus delapan puluh tiga ribu delapan puluh sembilan rupiah"
    TBL001: Terbilang Realisasi Anggaran tidak dapat dibaca: kata satuan (ribu, juta, miliar, triliun) hilang di antara "empat ratus tiga puluh tujuh" dan "tiga". Angkanya 2.437.383.089.`,
		EN: `Pagu Anggaran (terbilang) and Realisasi Anggaran (terbilang) on the Identitas and Ringkasan sheets must spell exactly the Pagu Anggaran and Realisasi Anggaran figures of the same sheet. Case, spaces, punctuation and a closing "rupiah" are ignored; the structure is not: a word that is no number word, or a scale word (ribu, juta, miliar, triliun) missing or out of order, leaves the words unreadable. A non-standard spelling of the right amount (milyar, trilyun, satu ribu) is no error here but a TBL002 note. Figures with sen, negative ones and those above 999 triliun are not checked. The finding names the words' cell; the expected value is the figure's standard spelling.

Example (Kragan 2021, BAB III C):
    Realisasi Anggaran 2,437,383,089
    Realisasi Anggaran (terbilang) "dua milyar empat ratus tiga puluh tujuh tiga ratus delapan puluh tiga ribu delapan puluh sembilan rupiah"
    TBL001: The Realisasi Anggaran in words cannot be read: a scale word (ribu, juta, miliar, triliun) is missing between "empat ratus tiga puluh tujuh" and "tiga". The figure is 2,437,383,089.`,
	},
	Run: func(p *reconcile.Pass) {
		// The words are a copy of their figure: where the figure is the wrong one, the words
		// that spell the right amount are right.
		for _, a := range amountsInWords(p.Workbook) {
			read := a.reading.Value
			p.Relate(reconcile.Relation{Kind: reconcile.Equals, Out: a.words, Num: reconcile.Of(a.figure), Value: &read, Invalid: a.err != nil,
				Words: spellRupiah,
				Says: func(want, _ reconcile.Fig) reconcile.Text {
					if a.err != nil {
						return reconcile.Msg("Terbilang %s tidak dapat dibaca: %s. Angkanya %s.",
							"The %s in words cannot be read: %s. The figure is %s.", a.key, readError(a.err), want)
					}
					return reconcile.Msg("Terbilang %s terbaca %s, sedangkan angkanya %s.",
						"The %s in words reads %s, but the figure is %s.", a.key, reconcile.Fig{Value: read}, want)
				}})
		}
	},
}

// spellRupiah spells an amount as the words should read: "... rupiah".
func spellRupiah(v decimal.Decimal) (string, bool) {
	s, err := terbilang.Spell(v)
	if err != nil {
		return "", false
	}
	return s + " rupiah", true
}

// inWords pairs each amount the spec lets Identitas and Ringkasan write in words with its
// figure.
var inWords = []struct{ figure, words string }{
	{"Pagu Anggaran", "Pagu Anggaran (terbilang)"},
	{"Realisasi Anggaran", "Realisasi Anggaran (terbilang)"},
}

// amountInWords is one amount in words beside its figure, read once for TBL001 and TBL002.
type amountInWords struct {
	key      string   // the figure's key: "Pagu Anggaran"
	figure   *wb.Cell // a whole amount from 0 to 999 triliun
	words    *wb.Cell
	text     string // the words as written
	expected string // the figure's standard spelling with "rupiah"
	reading  terbilang.Reading
	err      error // why the words could not be read
}

// amountsInWords returns the amounts in words of Identitas and Ringkasan that stand beside a
// figure terbilang can spell. Words without a figure, or a figure without words, are not
// checked: both are optional.
func amountsInWords(w *wb.Workbook) []amountInWords {
	var out []amountInWords
	for _, pairs := range []*wb.Pairs{w.Identitas, w.Ringkasan} {
		for _, k := range inWords {
			fp, tp := pairs.Get(k.figure), pairs.Get(k.words)
			if fp == nil || tp == nil || !fp.Value.IsFigure() {
				continue
			}
			text := tp.Value.Value()
			if strings.Trim(text, " -–—") == "" {
				continue // nothing written in words
			}
			spelled, err := terbilang.Spell(fp.Value.Num)
			if err != nil {
				continue // sen, a negative or an outsized figure: no standard spelling to hold the words to
			}
			a := amountInWords{key: k.figure, figure: fp.Value, words: tp.Value, text: text, expected: spelled + " rupiah"}
			a.reading, a.err = terbilang.Read(text)
			out = append(out, a)
		}
	}
	return out
}

// readError says in both languages why words could not be read.
func readError(err error) reconcile.Text {
	e, ok := err.(*terbilang.Error)
	if !ok {
		return reconcile.Text{ID: err.Error(), EN: err.Error()}
	}
	id := ""
	switch e.Kind {
	case terbilang.Empty:
		id = "tidak ada kata bilangan"
	case terbilang.UnknownWord:
		id = fmt.Sprintf("%q bukan kata bilangan", e.Word)
	case terbilang.Fraction:
		id = fmt.Sprintf("%q: pecahan tidak dibaca, hanya rupiah utuh", e.Word)
	case terbilang.MissingScale:
		id = fmt.Sprintf("kata satuan (ribu, juta, miliar, triliun) hilang di antara %q dan %q", e.After, e.Word)
	case terbilang.ScaleOrder:
		id = fmt.Sprintf("%q tidak dapat mengikuti %q: satuan menurun (triliun, miliar, juta, ribu) dan tidak berulang", e.Word, e.After)
	case terbilang.Misplaced:
		if e.After == "" {
			id = fmt.Sprintf("jumlah tidak dapat diawali %q", e.Word)
		} else {
			id = fmt.Sprintf("%q tidak dapat mengikuti %q", e.Word, e.After)
		}
	default:
		id = e.Error()
	}
	return reconcile.Text{ID: id, EN: e.Error()}
}
