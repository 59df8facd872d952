// Package terbilang spells whole amounts of rupiah in Indonesian words and reads amounts in
// words back, for the spec's terbilang check ("Cross-sheet and whole-workbook checks": every
// amount written in words must spell exactly its numeral; case and extra spaces are ignored, a
// missing `juta` is not; `milyar` and `trilyun` are right but not the standard spelling).
//
// The standard is that of KBBI and the Pedoman Umum Ejaan Bahasa Indonesia: miliar, triliun;
// only 10, 11, 100 and 1000 take se- (sepuluh, sebelas, seratus, seribu, but satu juta,
// seratus satu ribu). Amounts are whole rupiah from 0 to 999 triliun: a report's pagu and
// realisasi carry no sen, and sen have no single standard spelling ("koma", "sen", "rupiah
// lima puluh sen"), so fractions are refused rather than guessed.
//
// Everything is integer arithmetic: the largest amount, 999.999.999.999.999, fits an int64.
package terbilang

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/shopspring/decimal"
)

// Max is the largest amount Spell and Read handle: 999 triliun and its remainder.
const Max = 999_999_999_999_999

var limit = decimal.NewFromInt(Max)

// Spell returns the standard spelling of a whole amount, lower case, words separated by one
// space, without "rupiah": 2739149000 is "dua miliar tujuh ratus tiga puluh sembilan juta
// seratus empat puluh sembilan ribu". It refuses negative, fractional and too large amounts
// with an *Error.
func Spell(d decimal.Decimal) (string, error) {
	switch {
	case d.Sign() < 0:
		return "", &Error{Kind: Negative, Word: d.String()}
	case !d.IsInteger():
		return "", &Error{Kind: NotWhole, Word: d.String()}
	case d.GreaterThan(limit):
		return "", &Error{Kind: TooLarge, Word: d.String()}
	}
	n := d.IntPart()
	if n == 0 {
		return "nol", nil
	}
	var out []string
	for _, s := range scales {
		g := n / s.size % 1000
		switch {
		case g == 0:
		case g == 1 && s.size == 1000:
			out = append(out, "seribu")
		default:
			out = append(spellGroup(out, g), s.name)
		}
	}
	return strings.Join(spellGroup(out, n%1000), " "), nil
}

// scales are the standard scale words, largest first.
var scales = []struct {
	size int64
	name string
}{{1_000_000_000_000, "triliun"}, {1_000_000_000, "miliar"}, {1_000_000, "juta"}, {1000, "ribu"}}

var digits = [...]string{"nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"}

// spellGroup appends the words of 0..999 (none for 0).
func spellGroup(out []string, g int64) []string {
	switch h := g / 100; h {
	case 0:
	case 1:
		out = append(out, "seratus")
	default:
		out = append(out, digits[h], "ratus")
	}
	switch r := g % 100; {
	case r == 0:
	case r < 10:
		out = append(out, digits[r])
	case r == 10:
		out = append(out, "sepuluh")
	case r == 11:
		out = append(out, "sebelas")
	case r < 20:
		out = append(out, digits[r-10], "belas")
	default:
		out = append(out, digits[r/10], "puluh")
		if r%10 != 0 {
			out = append(out, digits[r%10])
		}
	}
	return out
}

// Reading is what Read makes of an amount in words.
type Reading struct {
	Value decimal.Decimal
	// NonStandard lists the spellings that give the right value but are not the standard
	// ones, in the order they stand in the text, each once.
	NonStandard []Variant
}

// Standard reports whether the words were the standard spelling (case, spacing, punctuation
// and a trailing "rupiah" aside).
func (r Reading) Standard() bool { return len(r.NonStandard) == 0 }

// Variant is one non-standard spelling and its standard form: {"milyar", "miliar"},
// {"satu ribu", "seribu"}, {"duapuluh", "dua puluh"}.
type Variant struct {
	Written  string
	Standard string
}

// ErrorKind says why an amount could not be spelled or read.
type ErrorKind int

// Kinds of error. Read returns the first six, Spell the last three.
const (
	// Empty: the text holds no number word.
	Empty ErrorKind = iota
	// UnknownWord: Word is not a number word ("serratus", "Rp", "2.739").
	UnknownWord
	// Fraction: Word ("koma", "sen") starts a fraction, which is not read.
	Fraction
	// MissingScale: Word starts a new group right after the complete group After, with no
	// scale word between them ("tiga puluh tujuh tiga ratus": juta is missing).
	MissingScale
	// ScaleOrder: the scale Word comes after the scale After, which is not larger: scales
	// descend strictly (triliun, miliar, juta, ribu) and never repeat.
	ScaleOrder
	// Misplaced: Word cannot follow After ("" at the start of the text).
	Misplaced
	// Negative, NotWhole, TooLarge: Spell's refusals; Word is the amount.
	Negative
	NotWhole
	TooLarge
)

// Error is a reading or spelling error. Its message is English; a caller translating it uses
// Kind, Word and After.
type Error struct {
	Kind ErrorKind
	// Word is the word at fault as written (or the amount, for Spell).
	Word string
	// After is the word or words before it, as written, for MissingScale, ScaleOrder and
	// Misplaced.
	After string
}

func (e *Error) Error() string {
	switch e.Kind {
	case Empty:
		return "no number words"
	case UnknownWord:
		return fmt.Sprintf("%q is not a number word", e.Word)
	case Fraction:
		return fmt.Sprintf("%q: fractions are not read, only whole rupiah", e.Word)
	case MissingScale:
		return fmt.Sprintf("a scale word (ribu, juta, miliar, triliun) is missing between %q and %q", e.After, e.Word)
	case ScaleOrder:
		return fmt.Sprintf("%q cannot follow %q: scales descend (triliun, miliar, juta, ribu) and do not repeat", e.Word, e.After)
	case Misplaced:
		if e.After == "" {
			return fmt.Sprintf("an amount cannot begin with %q", e.Word)
		}
		return fmt.Sprintf("%q cannot follow %q", e.Word, e.After)
	case Negative:
		return fmt.Sprintf("%s is negative", e.Word)
	case NotWhole:
		return fmt.Sprintf("%s is not a whole amount", e.Word)
	case TooLarge:
		return fmt.Sprintf("%s is above 999 triliun", e.Word)
	}
	return "terbilang: unknown error"
}

// class is what a word does in an amount.
type class int

const (
	cDigit    class = iota // satu .. sembilan
	cNol                   // nol: the amount 0, alone
	cTen                   // sepuluh, sebelas: a whole tens part
	cSeratus               // 100, a whole hundreds part
	cBelas                 // multiplies nothing: digit + 10
	cPuluh                 // digit x 10
	cRatus                 // digit x 100
	cScale                 // ribu, juta, miliar, triliun after a group
	cSeScale               // seribu (and the non-standard sejuta ...): 1 x a scale in one word
	cFraction              // koma, sen
	cRupiah                // rupiah: only at the end, where Read drops it
)

type word struct {
	class class
	val   int64
	std   string // the standard spelling when this one is not
}

// vocab holds every word Read knows. Besides the standard words it knows the spellings that
// give the right value but are not standard: milyar, milyard, miliard (miliar), trilyun,
// trilliun (triliun), and sejuta, semiliar, setriliun, whose se- the standard keeps for 10,
// 11, 100 and 1000 only.
var vocab = map[string]word{
	"nol":  {cNol, 0, ""},
	"satu": {cDigit, 1, ""}, "dua": {cDigit, 2, ""}, "tiga": {cDigit, 3, ""}, "empat": {cDigit, 4, ""},
	"lima": {cDigit, 5, ""}, "enam": {cDigit, 6, ""}, "tujuh": {cDigit, 7, ""}, "delapan": {cDigit, 8, ""},
	"sembilan": {cDigit, 9, ""},
	"sepuluh":  {cTen, 10, ""}, "sebelas": {cTen, 11, ""},
	"seratus": {cSeratus, 100, ""},
	"belas":   {cBelas, 0, ""}, "puluh": {cPuluh, 0, ""}, "ratus": {cRatus, 0, ""},
	"ribu": {cScale, 1000, ""}, "juta": {cScale, 1_000_000, ""},
	"miliar": {cScale, 1_000_000_000, ""}, "milyar": {cScale, 1_000_000_000, "miliar"},
	"milyard": {cScale, 1_000_000_000, "miliar"}, "miliard": {cScale, 1_000_000_000, "miliar"},
	"triliun": {cScale, 1_000_000_000_000, ""}, "trilyun": {cScale, 1_000_000_000_000, "triliun"},
	"trilliun": {cScale, 1_000_000_000_000, "triliun"},
	"seribu":   {cSeScale, 1000, ""}, "sejuta": {cSeScale, 1_000_000, "satu juta"},
	"semiliar": {cSeScale, 1_000_000_000, "satu miliar"}, "semilyar": {cSeScale, 1_000_000_000, "satu miliar"},
	"setriliun": {cSeScale, 1_000_000_000_000, "satu triliun"},
	"koma":      {cFraction, 0, ""}, "sen": {cFraction, 0, ""},
	"rupiah": {cRupiah, 0, ""},
}

type token struct {
	text string // as written; for a part of a joined word, the part in lower case
	word
}

// Read reads an amount of rupiah in words as people type it: case, spacing and punctuation
// (parentheses, "rupiah,-", "Rupiah.") are ignored, and so are a trailing "rupiah" and a
// leading "terbilang". The structure is read strictly, as the standard has it: each group is
// [hundreds] [tens] [unit] below 1000, and each group but the last is followed by a scale
// word, the scales descending strictly (triliun, miliar, juta, ribu). A word that is no
// number word, a missing scale word (Kragan's "tiga puluh tujuh tiga ratus ... ribu"), a
// scale out of order, or a word out of place is an *Error.
//
// Spellings that give the right value but are not the standard are read and listed in
// NonStandard: the scale variants in vocab, "satu ribu", "satu ratus", "satu puluh" and "satu
// belas" for the se- forms, and words typed together ("duapuluh") when every piece is a
// number word.
func Read(s string) (Reading, error) {
	toks, notes, err := tokenize(s)
	if err != nil {
		return Reading{}, err
	}
	p := &parser{toks: toks, notes: notes}
	v, err := p.amount()
	if err != nil {
		return Reading{}, err
	}
	return Reading{Value: decimal.NewFromInt(v), NonStandard: dedupe(p.notes)}, nil
}

func tokenize(s string) ([]token, []Variant, error) {
	fields := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	for _, f := range fields {
		if w, ok := vocab[strings.ToLower(f)]; ok && w.class == cFraction {
			return nil, nil, &Error{Kind: Fraction, Word: f}
		}
	}
	if len(fields) > 0 && strings.EqualFold(fields[0], "terbilang") {
		fields = fields[1:]
	}
	if len(fields) > 0 && strings.EqualFold(fields[len(fields)-1], "rupiah") {
		fields = fields[:len(fields)-1]
	}
	var toks []token
	var notes []Variant
	for _, f := range fields {
		low := strings.ToLower(f)
		if w, ok := vocab[low]; ok {
			if w.std != "" {
				notes = append(notes, Variant{low, w.std})
			}
			toks = append(toks, token{f, w})
			continue
		}
		parts := splitJoined(low)
		if parts == nil {
			return nil, nil, &Error{Kind: UnknownWord, Word: f}
		}
		std := make([]string, len(parts))
		for i, part := range parts {
			w := vocab[part]
			std[i] = part
			if w.std != "" {
				std[i] = w.std
			}
			toks = append(toks, token{part, w})
		}
		notes = append(notes, Variant{low, strings.Join(std, " ")})
	}
	if len(toks) == 0 {
		return nil, nil, &Error{Kind: Empty}
	}
	return toks, notes, nil
}

// splitJoined splits a word typed without its spaces ("duapuluh", "tigaratus") into number
// words, or returns nil. Only words of two or more number words qualify; "rupiah", "koma" and
// "sen" are not pieces.
func splitJoined(s string) []string {
	const maxLen, maxWord = 120, len("setriliun")
	if len(s) > maxLen {
		return nil
	}
	// next[i] is the length of a number word starting at i from which the rest splits too.
	next := make([]int, len(s)+1)
	ok := make([]bool, len(s)+1)
	ok[len(s)] = true
	for i := len(s) - 1; i >= 0; i-- {
		for j := min(len(s), i+maxWord); j > i; j-- { // the longest piece first
			w, known := vocab[s[i:j]]
			if known && ok[j] && w.class != cFraction && w.class != cRupiah {
				ok[i], next[i] = true, j-i
				break
			}
		}
	}
	if !ok[0] {
		return nil
	}
	var parts []string
	for i := 0; i < len(s); i += next[i] {
		parts = append(parts, s[i:i+next[i]])
	}
	if len(parts) < 2 {
		return nil
	}
	return parts
}

type parser struct {
	toks  []token
	i     int
	notes []Variant
}

// at returns the token at i, or nil past the end.
func (p *parser) at(i int) *token {
	if i < len(p.toks) {
		return &p.toks[i]
	}
	return nil
}

func (p *parser) is(i int, c class) bool {
	t := p.at(i)
	return t != nil && t.class == c
}

// words joins the tokens from i to j as written.
func (p *parser) words(i, j int) string {
	w := make([]string, 0, j-i)
	for _, t := range p.toks[i:j] {
		w = append(w, t.text)
	}
	return strings.Join(w, " ")
}

func (p *parser) note(i, j int, std string) {
	p.notes = append(p.notes, Variant{strings.ToLower(p.words(i, j)), std})
}

// amount reads the whole text: "nol" alone, or groups with descending scales.
func (p *parser) amount() (int64, error) {
	if p.toks[0].class == cNol {
		if len(p.toks) > 1 {
			return 0, &Error{Kind: Misplaced, Word: p.toks[1].text, After: p.toks[0].text}
		}
		return 0, nil
	}
	var total, last int64 // last: the previous scale, 0 before any
	lastText := ""
	for p.i < len(p.toks) {
		start := p.i
		if t := p.toks[p.i]; t.class == cSeScale {
			if last != 0 && t.val >= last {
				return 0, &Error{Kind: ScaleOrder, Word: t.text, After: lastText}
			}
			total, last, lastText = total+t.val, t.val, t.text
			p.i++
			continue
		}
		g, err := p.group()
		if err != nil {
			return 0, err
		}
		t := p.at(p.i)
		if t == nil { // the last group, below a thousand
			total += g
			break
		}
		switch t.class {
		case cScale:
		case cDigit, cTen, cSeratus:
			return 0, &Error{Kind: MissingScale, Word: t.text, After: p.words(start, p.i)}
		default:
			return 0, &Error{Kind: Misplaced, Word: t.text, After: p.words(start, p.i)}
		}
		if last != 0 && t.val >= last {
			return 0, &Error{Kind: ScaleOrder, Word: t.text, After: lastText}
		}
		if g == 1 && t.val == 1000 { // the group can only be "satu"
			p.note(start, p.i+1, "seribu")
		}
		total, last, lastText = total+g*t.val, t.val, t.text
		p.i++
	}
	return total, nil
}

// group reads one group below a thousand: [seratus | digit ratus] [sepuluh | sebelas |
// digit belas | digit puluh [digit] | digit]. It reads at least one word or fails.
func (p *parser) group() (int64, error) {
	start := p.i
	var v int64
	if t := p.at(p.i); t != nil && t.class == cSeratus {
		v = 100
		p.i++
	} else if t != nil && t.class == cDigit && p.is(p.i+1, cRatus) {
		v = 100 * t.val
		if t.val == 1 {
			p.note(p.i, p.i+2, "seratus")
		}
		p.i += 2
	}
	if t := p.at(p.i); t != nil {
		switch {
		case t.class == cTen:
			v += t.val
			p.i++
		case t.class == cDigit && p.is(p.i+1, cBelas):
			v += 10 + t.val
			if t.val == 1 {
				p.note(p.i, p.i+2, "sebelas")
			}
			p.i += 2
		case t.class == cDigit && p.is(p.i+1, cPuluh):
			v += 10 * t.val
			p.i += 2
			if t.val == 1 { // "satu puluh" is read as sepuluh, which takes no unit
				p.note(p.i-2, p.i, "sepuluh")
			} else if u := p.at(p.i); u != nil && u.class == cDigit {
				v += u.val
				p.i++
			}
		case t.class == cDigit:
			v += t.val
			p.i++
		}
	}
	if p.i == start {
		after := ""
		if start > 0 {
			after = p.toks[start-1].text
		}
		return 0, &Error{Kind: Misplaced, Word: p.toks[start].text, After: after}
	}
	return v, nil
}

func dedupe(vs []Variant) []Variant {
	var out []Variant
	seen := map[Variant]bool{}
	for _, v := range vs {
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	return out
}
