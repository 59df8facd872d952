package terbilang

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"unicode"

	"github.com/shopspring/decimal"
)

// spellings are standard spellings: Spell writes them and Read reads them without notes.
var spellings = []struct {
	n     int64
	words string
}{
	{0, "nol"},
	{1, "satu"},
	{9, "sembilan"},
	{10, "sepuluh"},
	{11, "sebelas"},
	{12, "dua belas"},
	{19, "sembilan belas"},
	{20, "dua puluh"},
	{21, "dua puluh satu"},
	{99, "sembilan puluh sembilan"},
	{100, "seratus"},
	{101, "seratus satu"},
	{110, "seratus sepuluh"},
	{111, "seratus sebelas"},
	{200, "dua ratus"},
	{999, "sembilan ratus sembilan puluh sembilan"},
	{1000, "seribu"},
	{1001, "seribu satu"},
	{1100, "seribu seratus"},
	{2000, "dua ribu"},
	{10000, "sepuluh ribu"},
	{11000, "sebelas ribu"},
	{100000, "seratus ribu"},
	{101000, "seratus satu ribu"},
	{1000000, "satu juta"},
	{1001000, "satu juta seribu"},
	{1000001, "satu juta satu"},
	{1000000000, "satu miliar"},
	{1000000000000, "satu triliun"},
	{2739149000, "dua miliar tujuh ratus tiga puluh sembilan juta seratus empat puluh sembilan ribu"},
	{2437383089, "dua miliar empat ratus tiga puluh tujuh juta tiga ratus delapan puluh tiga ribu delapan puluh sembilan"},
	{Max, "sembilan ratus sembilan puluh sembilan triliun sembilan ratus sembilan puluh sembilan miliar " +
		"sembilan ratus sembilan puluh sembilan juta sembilan ratus sembilan puluh sembilan ribu " +
		"sembilan ratus sembilan puluh sembilan"},
}

func TestSpell(t *testing.T) {
	for _, c := range spellings {
		got, err := Spell(decimal.NewFromInt(c.n))
		if err != nil || got != c.words {
			t.Errorf("Spell(%d) = %q, %v; want %q", c.n, got, err, c.words)
		}
	}
	// A whole amount with a decimal part of zero is whole.
	if got, err := Spell(decimal.RequireFromString("2000.00")); err != nil || got != "dua ribu" {
		t.Errorf("Spell(2000.00) = %q, %v", got, err)
	}
}

func TestSpellRefuses(t *testing.T) {
	for _, c := range []struct {
		in   string
		kind ErrorKind
	}{
		{"-1", Negative},
		{"1000.5", NotWhole},
		{"0.01", NotWhole},
		{"1000000000000000", TooLarge},
	} {
		_, err := Spell(decimal.RequireFromString(c.in))
		if e, ok := err.(*Error); !ok || e.Kind != c.kind || e.Error() == "" {
			t.Errorf("Spell(%s) error = %v, want kind %d", c.in, err, c.kind)
		}
	}
}

func TestReadStandard(t *testing.T) {
	for _, c := range spellings {
		for _, s := range []string{
			c.words,
			strings.ToUpper(c.words) + " RUPIAH",
			"(" + strings.ReplaceAll(c.words, " ", "  ") + " rupiah)",
			"  " + title(c.words) + " Rupiah.",
			c.words + " rupiah,-",
			"Terbilang: " + c.words + " rupiah",
		} {
			r, err := Read(s)
			if err != nil || r.Value.IntPart() != c.n || !r.Value.IsInteger() || !r.Standard() {
				t.Errorf("Read(%q) = %v %v, %v; want %d, standard", s, r.Value, r.NonStandard, err, c.n)
			}
		}
	}
	// Kragan's capital "Sembilan" is only case.
	r, err := Read("Dua Miliar Tujuh Ratus Tiga Puluh Sembilan Juta Seratus Empat Puluh Sembilan Ribu Rupiah")
	if err != nil || !r.Value.Equal(decimal.NewFromInt(2739149000)) || !r.Standard() {
		t.Errorf("title case: %v %v %v", r.Value, r.NonStandard, err)
	}
}

func TestReadNonStandard(t *testing.T) {
	for _, c := range []struct {
		in   string
		n    int64
		want []Variant
	}{
		// Kragan BAB IV, realisasi: right amount, "milyar".
		{"dua milyar empat ratus tiga puluh tujuh juta tiga ratus delapan puluh tiga ribu delapan puluh sembilan rupiah",
			2437383089, []Variant{{"milyar", "miliar"}}},
		{"dua milyard rupiah", 2000000000, []Variant{{"milyard", "miliar"}}},
		{"dua miliard", 2000000000, []Variant{{"miliard", "miliar"}}},
		{"Satu Trilyun Dua Milyar", 1002000000000, []Variant{{"trilyun", "triliun"}, {"milyar", "miliar"}}},
		{"satu trilliun", 1000000000000, []Variant{{"trilliun", "triliun"}}},
		{"satu ribu", 1000, []Variant{{"satu ribu", "seribu"}}},
		{"dua juta satu ribu lima", 2001005, []Variant{{"satu ribu", "seribu"}}},
		{"satu ratus", 100, []Variant{{"satu ratus", "seratus"}}},
		{"satu ratus satu ribu satu ratus", 101100, []Variant{{"satu ratus", "seratus"}}},
		{"satu belas", 11, []Variant{{"satu belas", "sebelas"}}},
		{"satu puluh ribu", 10000, []Variant{{"satu puluh", "sepuluh"}}},
		{"sejuta", 1000000, []Variant{{"sejuta", "satu juta"}}},
		{"semilyar seribu", 1000001000, []Variant{{"semilyar", "satu miliar"}}},
		{"setriliun", 1000000000000, []Variant{{"setriliun", "satu triliun"}}},
		{"duapuluh lima", 25, []Variant{{"duapuluh", "dua puluh"}}},
		{"tigaratus limapuluh ribu", 350000, []Variant{{"tigaratus", "tiga ratus"}, {"limapuluh", "lima puluh"}}},
		{"duamilyar", 2000000000, []Variant{{"duamilyar", "dua miliar"}}},
		{"seratusribu", 100000, []Variant{{"seratusribu", "seratus ribu"}}},
	} {
		r, err := Read(c.in)
		if err != nil {
			t.Errorf("Read(%q): %v", c.in, err)
			continue
		}
		if r.Value.IntPart() != c.n || r.Standard() || !reflect.DeepEqual(r.NonStandard, c.want) {
			t.Errorf("Read(%q) = %v %v; want %d %v", c.in, r.Value, r.NonStandard, c.n, c.want)
		}
	}
}

func TestReadErrors(t *testing.T) {
	for _, c := range []struct {
		in    string
		kind  ErrorKind
		word  string
		after string
	}{
		// Kragan BAB III C, pagu: a misspelt word (and "juta" missing behind it).
		{"dua milyar tujuh ratus tiga puluh Sembilan serratus empat sembilan ribu rupiah", UnknownWord, "serratus", ""},
		// Kragan BAB III C, realisasi: "juta" missing.
		{"dua milyar empat ratus tiga puluh tujuh tiga ratus delapan puluh tiga ribu delapan puluh sembilan rupiah",
			MissingScale, "tiga", "empat ratus tiga puluh tujuh"},
		// Kragan BAB IV, pagu: "juta" in the wrong place and a misspelt word.
		{"dua milyar tujuh ratus tiga puluh Sembilan ribu serratus empat puluh Sembilan rupiah", UnknownWord, "serratus", ""},
		{"dua ribu tiga juta", ScaleOrder, "juta", "ribu"},
		{"dua juta tiga juta", ScaleOrder, "juta", "juta"},
		{"dua ribu seribu", ScaleOrder, "seribu", "ribu"},
		{"dua juta sejuta", ScaleOrder, "sejuta", "juta"},
		{"seribu ribu", Misplaced, "ribu", "seribu"},
		{"seribu triliun", Misplaced, "triliun", "seribu"},
		{"juta", Misplaced, "juta", ""},
		{"dua juta ribu", Misplaced, "ribu", "juta"},
		{"dua puluh puluh", Misplaced, "puluh", "dua puluh"},
		{"dua belas ratus", Misplaced, "ratus", "dua belas"},
		{"sebelas satu", MissingScale, "satu", "sebelas"},
		{"seratus dua ratus", Misplaced, "ratus", "seratus dua"},
		{"dua ratus seribu", Misplaced, "seribu", "dua ratus"},
		{"ratus", Misplaced, "ratus", ""},
		{"nol rupiah nol", Misplaced, "rupiah", "nol"},
		{"dua ribu nol", Misplaced, "nol", "ribu"},
		{"dua rupiah tiga", Misplaced, "rupiah", "dua"},
		{"se ratus", UnknownWord, "se", ""},
		{"Rp. 2.739.149.000", UnknownWord, "Rp", ""},
		{"2739149000", UnknownWord, "2739149000", ""},
		{"dua koma lima", Fraction, "koma", ""},
		{"dua ribu rupiah lima puluh sen", Fraction, "sen", ""},
		{"", Empty, "", ""},
		{" (rupiah) ", Empty, "", ""},
		{"terbilang", Empty, "", ""},
	} {
		r, err := Read(c.in)
		e, ok := err.(*Error)
		if !ok {
			t.Errorf("Read(%q) = %v %v, %v; want an error", c.in, r.Value, r.NonStandard, err)
			continue
		}
		if e.Kind != c.kind || e.Word != c.word || e.After != c.after {
			t.Errorf("Read(%q) error %+v (%v); want kind %d word %q after %q", c.in, *e, e, c.kind, c.word, c.after)
		}
	}
	// Kragan BAB IV's pagu with its misspelling mended still is not 2.739.149.000: "juta"
	// stands where "ribu" should and the rest is read as thousands.
	r, err := Read("dua milyar tujuh ratus tiga puluh Sembilan ribu seratus empat puluh Sembilan rupiah")
	if err != nil || r.Value.IntPart() != 2000739149 {
		t.Errorf("mended Kragan pagu reads %v, %v; want 2000739149", r.Value, err)
	}
}

func TestErrorMessages(t *testing.T) {
	_, err := Read("dua milyar empat ratus tiga puluh tujuh tiga ratus delapan puluh tiga ribu")
	want := `a scale word (ribu, juta, miliar, triliun) is missing between "empat ratus tiga puluh tujuh" and "tiga"`
	if err == nil || err.Error() != want {
		t.Errorf("message %q, want %q", err, want)
	}
	_, err = Read("dua Serratus")
	if err == nil || err.Error() != `"Serratus" is not a number word` {
		t.Errorf("message %q", err)
	}
}

// TestRoundTrip is the property test: for 100,000 amounts from 0 to 999 triliun, biased to
// round ones, Read(Spell(n)) is n and the spelling is standard. With every amount read back
// and the grammar admitting one standard form per amount, Spell is canonical.
func TestRoundTrip(t *testing.T) {
	r := rand.New(rand.NewPCG(29, 2014))
	n := 100_000
	if testing.Short() {
		n = 10_000
	}
	for range n {
		check(t, randomAmount(r))
	}
	for a := range int64(2100) {
		check(t, a)
	}
}

func check(t *testing.T, n int64) {
	t.Helper()
	d := decimal.NewFromInt(n)
	s, err := Spell(d)
	if err != nil {
		t.Fatalf("Spell(%d): %v", n, err)
	}
	r, err := Read(s)
	if err != nil || !r.Value.Equal(d) || !r.Standard() {
		t.Fatalf("Read(Spell(%d) = %q) = %v %v, %v", n, s, r.Value, r.NonStandard, err)
	}
	if strings.Contains(s, "  ") || strings.HasPrefix(s, " ") || strings.HasSuffix(s, " ") || strings.ToLower(s) != s {
		t.Fatalf("Spell(%d) = %q is not single-spaced lower case", n, s)
	}
}

// randomAmount draws an amount up to Max: uniform, a round figure, one built of groups that
// are often 0, 1, 10, 11 or 100, or a small one.
func randomAmount(r *rand.Rand) int64 {
	switch r.IntN(4) {
	case 0:
		return r.Int64N(Max + 1)
	case 1:
		n := r.Int64N(999) + 1
		for k := r.IntN(13); k > 0; k-- {
			n *= 10
		}
		return min(n, Max)
	case 2:
		special := []int64{0, 0, 0, 1, 1, 10, 11, 12, 20, 21, 100, 101, 110, 111, 200, 999}
		var n int64
		for range 5 {
			g := r.Int64N(1000)
			if r.IntN(3) > 0 {
				g = special[r.IntN(len(special))]
			}
			n = n*1000 + g
		}
		return n
	}
	return r.Int64N(20000)
}

// normal is the text as Read compares it: lower case words without a leading "terbilang" and a
// trailing "rupiah".
func normal(s string) string {
	f := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(f) > 0 && strings.EqualFold(f[0], "terbilang") {
		f = f[1:]
	}
	if len(f) > 0 && strings.EqualFold(f[len(f)-1], "rupiah") {
		f = f[:len(f)-1]
	}
	return strings.ToLower(strings.Join(f, " "))
}

// title capitalises each word, as a typist might.
func title(s string) string {
	w := strings.Fields(s)
	for i := range w {
		w[i] = strings.ToUpper(w[i][:1]) + w[i][1:]
	}
	return strings.Join(w, " ")
}

// FuzzRead: Read never panics; what it reads is within range and spells back to itself; and a
// reading without notes is exactly the standard spelling.
func FuzzRead(f *testing.F) {
	for _, c := range spellings {
		f.Add(c.words)
	}
	for _, s := range []string{
		"dua milyar tujuh ratus tiga puluh Sembilan serratus empat sembilan ribu rupiah",
		"dua milyar empat ratus tiga puluh tujuh tiga ratus delapan puluh tiga ribu delapan puluh sembilan rupiah",
		"dua milyar tujuh ratus tiga puluh Sembilan ribu serratus empat puluh Sembilan rupiah",
		"(Satu Ribu Rupiah,-)", "duapuluh", "sejuta seribu", "satu puluh", "nol", "dua ribu tiga juta",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, err := Read(s)
		if err != nil {
			if _, ok := err.(*Error); !ok || err.Error() == "" {
				t.Fatalf("Read(%q): error %T %v", s, err, err)
			}
			return
		}
		if r.Value.Sign() < 0 || r.Value.GreaterThan(limit) || !r.Value.IsInteger() {
			t.Fatalf("Read(%q) = %v: out of range", s, r.Value)
		}
		words, err := Spell(r.Value)
		if err != nil {
			t.Fatalf("Spell(Read(%q) = %v): %v", s, r.Value, err)
		}
		back, err := Read(words)
		if err != nil || !back.Value.Equal(r.Value) || !back.Standard() {
			t.Fatalf("Read(Spell(%v) = %q) = %v %v, %v", r.Value, words, back.Value, back.NonStandard, err)
		}
		if r.Standard() != (normal(s) == words) {
			t.Fatalf("Read(%q) = %v standard %v, but the standard spelling is %q", s, r.Value, r.Standard(), words)
		}
	})
}
