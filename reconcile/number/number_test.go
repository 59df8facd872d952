package number

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
)

func TestText(t *testing.T) {
	cases := []struct {
		in       string
		want     string
		decimals int
		none     bool
		ok       bool
		percent  bool
	}{
		{"2.739.149.000", "2739149000", 0, false, true, false},
		{"98,32", "98.32", 2, false, true, false},
		{"Rp. 340.500.000,-", "340500000", 0, false, true, false},
		{"Rp340.500.000,00", "340500000", 2, false, true, false},
		{"Rp 1.500", "1500", 0, false, true, false},
		{"(1.500.000)", "-1500000", 0, false, true, false},
		{"-1.250,5", "-1250.5", 1, false, true, false},
		{"95 %", "95", 0, false, true, true},
		{"100,00%", "100", 2, false, true, true},
		{"-", "0", 0, true, true, false},
		{"–", "0", 0, true, true, false},
		{"  ", "0", 0, true, true, false},
		{"98.32", "98.32", 2, false, true, false},             // English decimal point
		{"1.500", "1500", 0, false, true, false},              // Indonesian thousands
		{"1,500,000.25", "1500000.25", 2, false, true, false}, // English grouping
		{"12\u00a0500", "12500", 0, false, true, false},
		{"0", "0", 0, false, true, false},
		{"abc", "", 0, false, false, false},
		{"7.01.01", "", 0, false, false, false}, // a Kode is not a number
		{"1.50.000", "", 0, false, false, false},
		{"12,5,6", "", 0, false, false, false},
		{"60 – 70", "", 0, false, false, false},
		{"7 nilai", "", 0, false, false, false},
	}
	for _, c := range cases {
		n, none, ok := Text(c.in)
		if ok != c.ok || none != c.none {
			t.Errorf("Text(%q): ok %v none %v, want %v %v", c.in, ok, none, c.ok, c.none)
			continue
		}
		if !ok || none {
			continue
		}
		if n.Value.String() != c.want || n.Decimals != c.decimals || n.Percent != c.percent {
			t.Errorf("Text(%q) = %s (%d decimals, percent %v), want %s (%d, %v)", c.in, n.Value, n.Decimals, n.Percent, c.want, c.decimals, c.percent)
		}
	}
}

func TestStored(t *testing.T) {
	cases := []struct {
		in       string
		want     string
		decimals int
	}{
		{"98.32", "98.32", 2},
		{"2739149000", "2739149000", 0},
		{"9.832E1", "98.32", 2},
		{"1.5E-3", "0.0015", 4},
		{"100.5", "100.5", 1},
		{"-3.5", "-3.5", 1},
		{"1E-3", "0.001", 3},
		{"1E-7", "0.0000001", 7},
		// Float artefacts read at 15 significant digits, as Excel shows and computes them,
		// and show the decimals of the rounded value.
		{"71.09999999999999", "71.1", 1},
		{"70.98999999999999", "70.99", 2},
		{"98.31999999999999", "98.32", 2},
		{"98.319999999999993", "98.32", 2}, // Excel writes 17 significant digits
		{"98.56999999999999", "98.57", 2},
		{"2739149000.0000002", "2739149000", 0},
		{"-71.09999999999999", "-71.1", 1},
		{"0.30000000000000004", "0.3", 1},
		{"9.8319999999999993E1", "98.32", 2},
		{"7.1099999999999994E-5", "0.0000711", 7},
		{"99.999999999999986", "100", 0}, // the carry reaches the integer part
		// 15 significant digits or fewer: unchanged. The General format shows at most 9
		// decimals (Excel shows ten digits), whatever the value holds.
		{"123456789012345", "123456789012345", 0},
		{"98.3199999999999", "98.3199999999999", 9},
		{"0.123456789012345", "0.123456789012345", 9},
		// A 16-digit integer shows at 15 digits in Excel: 1234567890123456 is 1234567890123460.
		{"1234567890123456", "1234567890123460", 0},
		{"-1234567890123456", "-1234567890123460", 0},
		{"12345678901234567890", "12345678901234600000", 0},
	}
	for _, c := range cases {
		n, ok := Stored(c.in)
		if !ok || n.Value.String() != c.want || n.Decimals != c.decimals {
			t.Errorf("Stored(%q) = %v %s %d, want %s %d", c.in, ok, n.Value, n.Decimals, c.want, c.decimals)
		}
	}
	for _, bad := range []string{"", "abc", "1,5", "NaN", "Inf"} {
		if _, ok := Stored(bad); ok {
			t.Errorf("Stored(%q) accepted", bad)
		}
	}
}

func TestExcelPrecision(t *testing.T) {
	cases := []struct{ in, want string }{
		{"71.09999999999999", "71.1"},
		{"-70.98999999999999", "-70.99"},
		{"98.32", "98.32"},
		{"98.3200000000000000", "98.32"}, // zeros beyond the 15th digit are dropped
		{"98.320", "98.320"},             // 15 digits or fewer: returned as it is
		{"123456789012345", "123456789012345"},
		{"1234567890123456", "1234567890123460"},
		// A tie in the 16th digit rounds half away from zero.
		{"1234567890123455", "1234567890123460"},
		{"-1234567890123455", "-1234567890123460"},
		{"0.1234567890123455", "0.123456789012346"},
		{"1234567890123454.9", "1234567890123450"},
		{"999999999999999.5", "1000000000000000"},
		{"-0.99999999999999995", "-1"},
		{"1E-400", "1E-400"},
	}
	for _, c := range cases {
		got := ExcelPrecision(decimal.RequireFromString(c.in))
		want := decimal.RequireFromString(c.want)
		if !got.Equal(want) || min(got.Exponent(), 0) != min(want.Exponent(), 0) {
			t.Errorf("ExcelPrecision(%s) = %s (exponent %d), want %s (exponent %d)", c.in, got, got.Exponent(), c.want, want.Exponent())
		}
	}
	// Any value: at most 15 significant digits, within half a unit of the 15th digit, and
	// no trailing zero after the point.
	rng := rand.New(rand.NewPCG(3, 4))
	for i := 0; i < 20000; i++ {
		d := decimal.New(rng.Int64()-rng.Int64(), -int32(rng.IntN(25)))
		got := ExcelPrecision(d)
		if got.NumDigits() > 15 || got.Exponent() < 0 && got.Coefficient().Int64()%10 == 0 {
			t.Fatalf("ExcelPrecision(%s) = %s: more than 15 digits or a trailing zero", d, got)
		}
		if d.NumDigits() <= 15 {
			if !got.Equal(d) || got.Exponent() != d.Exponent() {
				t.Fatalf("ExcelPrecision(%s) = %s changed a 15-digit value", d, got)
			}
			continue
		}
		unit := decimal.New(5, d.Exponent()+int32(d.NumDigits()-15)-1) // half the 15th digit
		if got.Sub(d).Abs().GreaterThan(unit) {
			t.Fatalf("ExcelPrecision(%s) = %s: further than %s", d, got, unit)
		}
	}
}

func TestRoundingRule(t *testing.T) {
	d := decimal.RequireFromString
	// 495416225 / 503858200 * 100 = 98.3245...: right at 98.32, wrong at 98.82.
	exact := d("49541622500").DivRound(d("503858200"), 30)
	if !Equal(d("98.32"), 2, exact, decimal.Zero) || Equal(d("98.82"), 2, exact, decimal.Zero) {
		t.Errorf("98.32 vs %s", exact)
	}
	if !Equal(d("98.3"), 1, exact, decimal.Zero) || !Equal(d("98"), 0, exact, decimal.Zero) {
		t.Errorf("fewer decimals shown must compare at those decimals")
	}
	// Half up: 92.815 shows as 92.82, and -2.345 as -2.35 (away from zero).
	if Round(d("92.815"), 2).String() != "92.82" || Round(d("-2.345"), 2).String() != "-2.35" {
		t.Errorf("half-up rounding: %s %s", Round(d("92.815"), 2), Round(d("-2.345"), 2))
	}
	// A float artefact reads at 15 significant digits: it is right where it shows...
	n, _ := Stored("98.31999999999999")
	if !Equal(n.Value, n.Decimals, exact, decimal.Zero) || n.Decimals != 2 {
		t.Errorf("float artefact %s (%d decimals) not equal to %s", n.Value, n.Decimals, exact)
	}
	// ...and is the value it shows when it is an input: (98.57 + 96.92) / 2 = 97.745 shows
	// 97.75, where the artefact's 97.744999999999995 would show 97.74.
	a, _ := Stored("98.56999999999999")
	b, _ := Stored("96.92")
	if avg := Round(a.Value.Add(b.Value).Div(d("2")), 2); avg.String() != "97.75" {
		t.Errorf("average of an artefact: %s, want 97.75", avg)
	}
	// A tolerance widens the rule.
	if !Equal(d("98.30"), 2, exact, d("0.02")) || Equal(d("98.30"), 2, exact, d("0.01")) {
		t.Errorf("tolerance")
	}
}

func TestFormat(t *testing.T) {
	cases := []struct {
		code string
		want Format
	}{
		{"", Format{General: true}},
		{"General", Format{General: true}},
		{"0.00", Format{Decimals: 2}},
		{"#,##0", Format{}},
		{"#,##0.00;[Red](#,##0.00)", Format{Decimals: 2}},
		{"0.00%", Format{Decimals: 2, Percent: true}},
		{"0%", Format{Percent: true}},
		{`_("Rp"* #,##0.00_);_("Rp"* \(#,##0.00\);_("Rp"* "-"??_);_(@_)`, Format{Decimals: 2}},
		{`[$Rp-421]#,##0.000`, Format{Decimals: 3}},
		{"dd/mm/yyyy", Format{Date: true}},
		{"d mmmm yyyy", Format{Date: true}},
		{"@", Format{Text: true}},
		{"0.00E+00", Format{General: true}},
		{`#,##0.0 "%"`, Format{Decimals: 1}},
		{"0." + strings.Repeat("0", 40000), Format{Decimals: 30}},
	}
	for _, c := range cases {
		if got := ParseFormat(c.code); got != c.want {
			t.Errorf("ParseFormat(%q) = %+v, want %+v", c.code, got, c.want)
		}
	}
}

func TestPrint(t *testing.T) {
	d := decimal.RequireFromString
	if got := Indonesian(d("2739149000"), 0); got != "2.739.149.000" {
		t.Errorf("Indonesian: %s", got)
	}
	if got := Indonesian(d("98.3245"), 2); got != "98,32" {
		t.Errorf("Indonesian: %s", got)
	}
	if got := English(d("-1500000.5"), 2); got != "-1,500,000.50" {
		t.Errorf("English: %s", got)
	}
	if got := Plain(d("9.832E1"), 2); got != "98.32" {
		t.Errorf("Plain: %s", got)
	}
}

func FuzzText(f *testing.F) {
	for _, s := range []string{"2.739.149.000", "98,32", "Rp. 340.500.000,-", "(1.500.000)", "-", "95 %", "1,500,000.25", "abc", "1.50.000"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, none, ok := Text(s)
		if !ok || none {
			return
		}
		// What Text reads, printed back in Indonesian notation, reads the same again.
		back, _, ok2 := Text(Indonesian(n.Value, n.Decimals))
		if !ok2 || !back.Value.Equal(n.Value) {
			t.Fatalf("Text(%q) = %s, round trip %q gives %s", s, n.Value, Indonesian(n.Value, n.Decimals), back.Value)
		}
	})
}

// TestShownDecimalsFast compares ShownDecimals with the count on the printed value.
func TestShownDecimalsFast(t *testing.T) {
	cases := []string{"0", "0.00", "-0.5", "98.32", "98.320", "100", "1e3", "1.5e-12", "123456789.123456789",
		"12345678901234567890.5", "-12345678901234567890.50", "0.0000000001", "-7.10", "2739149000"}
	rng := rand.New(rand.NewPCG(7, 8))
	for i := 0; i < 20000; i++ {
		cases = append(cases, decimal.New(rng.Int64N(2000000)-1000000, -int32(rng.IntN(14))).String(),
			decimal.New(rng.Int64N(1000)*1000, -int32(rng.IntN(6))).StringFixed(int32(rng.IntN(4))))
	}
	shown := 0
	for _, c := range cases {
		d := decimal.RequireFromString(c)
		if got, want := ShownDecimals(d), shownDecimalsPrinted(d); got != want {
			t.Fatalf("ShownDecimals(%s) = %d, printed %d", c, got, want)
		} else if got > 0 {
			shown++
		}
	}
	if shown < len(cases)/2 {
		t.Errorf("only %d of %d cases show decimals", shown, len(cases))
	}
}
