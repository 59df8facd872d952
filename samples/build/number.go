package build

import (
	"fmt"
	"strings"
	"time"
)

// Stored converts a number printed in Indonesian notation ("2.739.149.000",
// "98,32", "100,00", "0") into the text an .xlsx numeric cell stores for it
// ("2739149000", "98.32", "100", "0"): thousands dots are dropped, the decimal
// comma becomes a point, and trailing fractional zeros go, as Excel itself
// stores them. The decimals a figure shows are carried by the number format,
// never by the stored text. The conversion is textual: no float64 is involved.
func Stored(text string) (string, error) {
	s := strings.TrimSpace(text)
	neg := strings.HasPrefix(s, "-")
	if neg {
		s = s[1:]
	}
	intPart, frac, hasFrac := strings.Cut(s, ",")
	if intPart == "" || (hasFrac && frac == "") {
		return "", fmt.Errorf("not an Indonesian number: %q", text)
	}
	groups := strings.Split(intPart, ".")
	for i, g := range groups {
		if g == "" || !allDigits(g) || (i > 0 && len(g) != 3) || (len(groups) > 1 && i == 0 && len(g) > 3) {
			return "", fmt.Errorf("not an Indonesian number: %q", text)
		}
	}
	if hasFrac && !allDigits(frac) {
		return "", fmt.Errorf("not an Indonesian number: %q", text)
	}
	digits := strings.TrimLeft(strings.Join(groups, ""), "0")
	if digits == "" {
		digits = "0"
	}
	frac = strings.TrimRight(frac, "0")
	out := digits
	if frac != "" {
		out += "." + frac
	}
	if neg && out != "0" {
		out = "-" + out
	}
	return out, nil
}

// decimalsShown is the number of decimals an Indonesian figure prints.
func decimalsShown(text string) int {
	if _, frac, ok := strings.Cut(text, ","); ok {
		return len(frac)
	}
	return 0
}

// hasThousands reports whether an Indonesian figure is printed with
// thousands separators, the mark of an amount.
func hasThousands(text string) bool { return strings.Contains(text, ".") }

// numFmtCode is the number format that shows a figure with exactly the
// decimals it is printed with: "" (General) for a plain whole number,
// "#,##0" for amounts, "0.00" for a two-decimal percentage and so on.
func numFmtCode(text string, amount bool) string {
	d := decimalsShown(text)
	if d == 0 {
		if amount {
			return "#,##0"
		}
		return ""
	}
	frac := strings.Repeat("0", d)
	if amount {
		return "#,##0." + frac
	}
	return "0." + frac
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// excelEpoch is day 0 of the 1900 date system as spreadsheets count it
// (1899-12-30, which absorbs the fictitious 29 February 1900).
var excelEpoch = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)

// serial is the whole-day serial number of a date, as its stored text.
func serial(t time.Time) string {
	d := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	return fmt.Sprint((d.Unix() - excelEpoch.Unix()) / 86400)
}

var bulan = [...]string{"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
	"Agustus", "September", "Oktober", "November", "Desember"}

// tanggal prints a date the Indonesian way: "20 Februari 2024".
func tanggal(t time.Time) string {
	return fmt.Sprintf("%d %s %d", t.Day(), bulan[t.Month()-1], t.Year())
}

// Terbilang spells a whole number of rupiah in standard Indonesian words
// ("dua miliar tujuh ratus tiga puluh sembilan juta seratus empat puluh
// sembilan ribu rupiah"). Only 10, 11, 100 and 1000 take "se-".
func Terbilang(n int64) string {
	if n == 0 {
		return "nol rupiah"
	}
	return strings.Join(words(n), " ") + " rupiah"
}

var satuan = [...]string{"", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh",
	"delapan", "sembilan", "sepuluh", "sebelas"}

func words(n int64) []string {
	switch {
	case n <= 0:
		return nil
	case n < 12:
		return []string{satuan[n]}
	case n < 20:
		return []string{satuan[n-10], "belas"}
	case n < 100:
		return append([]string{satuan[n/10], "puluh"}, words(n%10)...)
	case n < 200:
		return append([]string{"seratus"}, words(n-100)...)
	case n < 1000:
		return append([]string{satuan[n/100], "ratus"}, words(n%100)...)
	case n < 2000:
		return append([]string{"seribu"}, words(n-1000)...)
	}
	for _, u := range []struct {
		size int64
		name string
	}{{1_000_000_000_000, "triliun"}, {1_000_000_000, "miliar"}, {1_000_000, "juta"}, {1000, "ribu"}} {
		if n >= u.size {
			head := append(words(n/u.size), u.name)
			return append(head, words(n%u.size)...)
		}
	}
	return nil
}
