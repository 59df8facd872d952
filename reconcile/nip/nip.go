// Package nip reads and checks a NIP (Nomor Induk Pegawai), the number of an Indonesian civil
// servant, as LKjIP reports print it under the signature of the head of the unit.
//
// A NIP has 18 digits (PP 11/2017 on the management of civil servants; BKN numbering):
//
//	19671212 198806 1 002
//	|        |      | +-- sequence among those sharing the rest, 001 to 999
//	|        |      +---- sex: 1 male, 2 female
//	|        +----------- start of service as CPNS (TMT CPNS), YYYYMM
//	+-------------------- birth date, YYYYMMDD
//
// It is printed with spaces, sometimes with dots or dashes, and often after "NIP." or "NIP:"
// (the Kragan 2021 report also has "NP."). Check reads all of these. A spreadsheet that holds
// a NIP as a number keeps only 15 significant digits (a double), so the sequence is lost:
// CheckNumber reads such a cell's stored text ("1.96712121988061E+17").
//
// Every date is judged with the time package: no arithmetic of its own on days or months.
package nip

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// Digits is the length of a NIP.
const Digits = 18

// significant is the number of significant digits a spreadsheet keeps of a number.
const significant = 15

// minAge is the youngest age at which one becomes a CPNS (PP 11/2017, Pasal 23: at least 18).
const minAge = 18

// firstYear is the earliest birth or service year accepted: no serving civil servant was born
// before 1900.
const firstYear = 1900

// Code names a problem of a NIP, for programs; the messages are for people.
type Code string

// The problems Check reports. The first five are about the NIP as a whole, the next six about
// its dates, the last two about its sex digit and sequence (see Code.Group).
const (
	Empty     Code = "empty"     // nothing but perhaps the word NIP or a dash
	NonDigit  Code = "non-digit" // characters other than digits and separators
	Length    Code = "length"    // not 18 digits
	Truncated Code = "truncated" // fewer than 18 digits, and those there are a valid start
	Number    Code = "number"    // held as a number: the digits beyond the 15th are lost

	BirthDate          Code = "birth-date"           // not a real date (month 13, 30 February)
	BirthRange         Code = "birth-range"          // before 1900 or after the reference date
	ServiceMonth       Code = "service-month"        // not a real month (month 00 or 13)
	ServiceRange       Code = "service-range"        // before 1900 or after the reference date
	ServiceBeforeBirth Code = "service-before-birth" // the service starts before the birth month
	ServiceUnderage    Code = "service-underage"     // the service starts before the 18th birthday

	Sex      Code = "sex"      // the 15th digit is neither 1 nor 2
	Sequence Code = "sequence" // the sequence is 000
)

// Group is the part of a NIP a problem is about.
type Group int

// The groups of problems.
const (
	Form  Group = iota // the NIP as a whole: characters, length, a number cell
	Dates              // the birth date and the start of service
	Codes              // the sex digit and the sequence
)

// Group returns the part of the NIP a problem code is about.
func (c Code) Group() Group {
	switch c {
	case BirthDate, BirthRange, ServiceMonth, ServiceRange, ServiceBeforeBirth, ServiceUnderage:
		return Dates
	case Sex, Sequence:
		return Codes
	}
	return Form
}

// Problem is one thing wrong with a NIP.
type Problem struct {
	Code Code
	// Part is what the problem is about as written: the NIP for a problem of its form, the
	// digits of the field otherwise ("19671312" for a birth date, "3" for a sex digit).
	Part string
	ID   string // the message in Indonesian
	EN   string // the message in English
}

func (p Problem) String() string { return string(p.Code) + ": " + p.EN }

// problem builds a problem from two format strings sharing their arguments; a bilingual
// argument is printed in each message's language.
func problem(c Code, part, id, en string, args ...any) Problem {
	idArgs, enArgs := make([]any, len(args)), make([]any, len(args))
	for i, a := range args {
		idArgs[i], enArgs[i] = a, a
		if b, ok := a.(bilingual); ok {
			idArgs[i], enArgs[i] = b.id, b.en
		}
	}
	return Problem{Code: c, Part: part, ID: fmt.Sprintf(id, idArgs...), EN: fmt.Sprintf(en, enArgs...)}
}

// bilingual is a message argument with a text in each language.
type bilingual struct{ id, en string }

// rePrefix matches the word before a NIP: "NIP", "NIP.", "NIP :", "N.I.P.", and the typo "NP."
var rePrefix = regexp.MustCompile(`(?i)^(?:n\s*\.?\s*i\s*\.?\s*p|n\s*\.?\s*p)\s*\.?\s*[:.=]?\s*`)

// reScientific matches a number in scientific notation, as a spreadsheet shows a long number
// ("1.96712121988061E+17", "1,96712E+17").
var reScientific = regexp.MustCompile(`^\d+(?:[.,]\d*)?[eE][+]?\d+$`)

// strip removes surrounding spaces and the word NIP before the number.
func strip(s string) string {
	s = strings.TrimSpace(s)
	if loc := rePrefix.FindStringIndex(s); loc != nil {
		// Only before a number: "Nip belum ada" keeps its word.
		if rest := s[loc[1]:]; rest == "" || rest[0] >= '0' && rest[0] <= '9' || strings.TrimFunc(rest, isSeparator) == "" {
			s = rest
		}
	}
	return strings.TrimSpace(s)
}

// isSeparator reports whether r may separate the groups of a NIP: a space of any width, a
// dot, or a dash.
func isSeparator(r rune) bool {
	return unicode.IsSpace(r) || r == '.' || unicode.Is(unicode.Pd, r)
}

// split returns the digits of s and the distinct characters that are neither digits nor
// separators, in the order they appear.
func split(s string) (digits string, others []string) {
	var b strings.Builder
	seen := map[rune]bool{}
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case isSeparator(r):
		case !seen[r]:
			seen[r] = true
			others = append(others, strconv.QuoteRune(r))
		}
	}
	return b.String(), others
}

// Normalize returns the digits of a NIP written with separators and perhaps after the word
// NIP ("NIP. 19671212 198806 1 002" gives "196712121988061002"). ok is true when they are
// exactly 18 digits; that says nothing of the dates in them (use Check). For a text with
// characters other than digits and separators, digits is "".
func Normalize(s string) (digits string, ok bool) {
	digits, others := split(strip(s))
	if len(others) > 0 {
		return "", false
	}
	return digits, len(digits) == Digits
}

// Format prints the digits of a NIP in groups, as BKN prints them: "19671212 198806 1 002". A
// shorter run of digits is grouped as far as it goes ("19671212 198806 1"); anything else
// (more than 18 characters, or characters other than digits) is returned unchanged.
func Format(digits string) string {
	if len(digits) > Digits || strings.TrimFunc(digits, func(r rune) bool { return r >= '0' && r <= '9' }) != "" {
		return digits
	}
	var groups []string
	rest := digits
	for _, n := range []int{8, 6, 1, 3} {
		if rest == "" {
			break
		}
		n = min(n, len(rest))
		groups = append(groups, rest[:n])
		rest = rest[n:]
	}
	return strings.Join(groups, " ")
}

// Check checks a NIP written as text and returns its problems, the most telling first, or nil
// when it is valid. A birth date or service start after ref is a problem; a zero ref skips
// that check. When the NIP's form is wrong (characters, length) its fields are not judged, except
// to tell a truncated NIP: fewer than 18 digits that start a valid one.
func Check(s string, ref time.Time) []Problem {
	t := strip(s)
	if t == "" {
		return []Problem{problem(Empty, s, "NIP kosong.", "The NIP is empty.")}
	}
	if reScientific.MatchString(t) {
		return checkNumber(strings.Replace(t, ",", ".", 1), t, ref)
	}
	digits, others := split(t)
	if digits == "" && len(others) == 0 { // "-", as reports write "none"
		return []Problem{problem(Empty, s, "NIP kosong.", "The NIP is empty.")}
	}
	if len(others) > 0 {
		return []Problem{problem(NonDigit, t, "NIP %q memuat karakter selain angka: %s.",
			"NIP %q holds characters other than digits: %s.", t, strings.Join(others, ", "))}
	}
	return checkDigits(digits, t, ref)
}

// checkDigits checks the digits of a NIP written as shown.
func checkDigits(digits, shown string, ref time.Time) []Problem {
	n := len(digits)
	if n == Digits {
		return fields(digits, ref)
	}
	if n >= 8 && n < Digits && len(fields(digits, ref)) == 0 {
		return []Problem{problem(Truncated, shown,
			"NIP %q hanya memuat %d dari 18 digit dan tampaknya terpotong (tidak ada: %s).",
			"NIP %q has only %d of its 18 digits and looks truncated (missing: %s).", shown, n, missing(n))}
	}
	return []Problem{problem(Length, shown, "NIP %q memuat %d digit, seharusnya 18.", "NIP %q has %d digits, not 18.", shown, n)}
}

// missing names, in both languages, the fields a truncated NIP of n digits lacks.
func missing(n int) any {
	switch {
	case n < 14:
		return bilingual{"TMT CPNS, digit jenis kelamin dan nomor urut", "the service start, the sex digit and the sequence"}
	case n == 14:
		return bilingual{"digit jenis kelamin dan nomor urut", "the sex digit and the sequence"}
	case n == 15:
		return bilingual{"nomor urut 3 digit", "the 3-digit sequence"}
	}
	return bilingual{"sebagian nomor urut", "part of the sequence"}
}

// CheckNumber checks a NIP that a cell holds as a number, given the cell's stored text
// ("1.96712121988061E+17", "196712121988061000"). A spreadsheet keeps 15 significant digits of
// a number: a NIP of more is reported as a Number problem, and the 15 digits kept (birth date,
// service start, sex digit) are still checked; the sequence is not. A number of 15 digits or
// fewer is checked like text.
func CheckNumber(stored string, ref time.Time) []Problem {
	return checkNumber(strings.TrimSpace(stored), strings.TrimSpace(stored), ref)
}

var reNumber = regexp.MustCompile(`^\+?(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d{1,3}))?$`)

func checkNumber(stored, shown string, ref time.Time) []Problem {
	digits, written, ok := integer(stored)
	if !ok {
		return []Problem{problem(NonDigit, shown, "NIP %q bukan bilangan bulat 18 digit.", "NIP %q is not a whole number of 18 digits.", shown)}
	}
	if len(digits) <= significant {
		return checkDigits(digits, shown, ref)
	}
	// The digits that are known: those written, at most the 15 a spreadsheet keeps.
	known := min(written, significant)
	out := []Problem{problem(Number, shown,
		"NIP diketik sebagai angka (%s): lembar kerja hanya menyimpan 15 digit bermakna, sehingga %d digit terakhirnya hilang atau tidak dapat dipercaya. Ketik NIP sebagai teks.",
		"The NIP was typed as a number (%s): a spreadsheet keeps only 15 significant digits, so its last %d digits are lost or unreliable. Type the NIP as text.",
		shown, len(digits)-known)}
	if len(digits) != Digits {
		return append(out, problem(Length, shown, "NIP %q memuat %d digit, seharusnya 18.", "NIP %q has %d digits, not 18.", shown, len(digits)))
	}
	return append(out, fields(digits[:known], ref)...)
}

// integer returns the digits of a whole number in plain or scientific notation, without
// leading zeros, and how many of them the text writes (the rest are the zeros an exponent
// adds); ok is false for a negative number, a fraction or a text that is no number.
func integer(s string) (digits string, written int, ok bool) {
	m := reNumber.FindStringSubmatch(s)
	if m == nil || m[1]+m[2] == "" {
		return "", 0, false
	}
	exp := 0
	if m[3] != "" {
		exp, _ = strconv.Atoi(m[3])
	}
	mant := strings.TrimLeft(m[1]+m[2], "0")
	point := len(m[1]) + exp - (len(m[1]+m[2]) - len(mant)) // the leading zeros are gone
	if point <= 0 || point > 40 {
		return "", 0, false
	}
	written = min(len(mant), point)
	if point > len(mant) {
		mant += strings.Repeat("0", point-len(mant))
	}
	if strings.Trim(mant[point:], "0") != "" {
		return "", 0, false
	}
	return mant[:point], written, true
}

// fields checks the fields a run of digits holds in full: the birth date from 8 digits, the
// service start from 14, the sex digit from 15, the sequence from 18.
func fields(d string, ref time.Time) []Problem {
	var out []Problem
	birth, birthOK := time.Time{}, false
	if len(d) >= 8 {
		birth, birthOK, out = checkBirth(d[:8], ref, out)
	}
	if len(d) >= 14 {
		out = checkService(d[8:14], birth, birthOK, ref, out)
	}
	if len(d) >= 15 && d[14] != '1' && d[14] != '2' {
		out = append(out, problem(Sex, d[14:15],
			"Digit jenis kelamin NIP (digit ke-15) adalah %s; seharusnya 1 (pria) atau 2 (wanita).",
			"The sex digit of the NIP (15th digit) is %s; it must be 1 (male) or 2 (female).", d[14:15]))
	}
	if len(d) >= Digits && d[15:18] == "000" {
		out = append(out, problem(Sequence, d[15:18],
			"Nomor urut NIP (tiga digit terakhir) adalah 000; nomor urut dimulai dari 001.",
			"The sequence of the NIP (its last three digits) is 000; sequences start at 001."))
	}
	return out
}

func checkBirth(s string, ref time.Time, out []Problem) (time.Time, bool, []Problem) {
	y, m, d := atoi(s[:4]), atoi(s[4:6]), atoi(s[6:8])
	if m < 1 || m > 12 {
		return time.Time{}, false, append(out, problem(BirthDate, s,
			"Tanggal lahir pada NIP (%s) bukan tanggal yang ada: tidak ada bulan %02d.",
			"The birth date in the NIP (%s) is not a real date: there is no month %02d.", s, m))
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d || t.Month() != time.Month(m) {
		last := time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
		return time.Time{}, false, append(out, problem(BirthDate, s,
			"Tanggal lahir pada NIP (%s) bukan tanggal yang ada: %s hanya sampai tanggal %d.",
			"The birth date in the NIP (%s) is not a real date: %s has days 1 to %d only.",
			s, bilingual{monthID(y, time.Month(m)), monthEN(y, time.Month(m))}, last))
	}
	if y < firstYear {
		return t, false, append(out, problem(BirthRange, s,
			"Tanggal lahir pada NIP (%s) sebelum tahun 1900.", "The birth date in the NIP (%s) is before 1900.", s))
	}
	if !ref.IsZero() && t.After(ref) {
		return t, false, append(out, problem(BirthRange, s,
			"Tanggal lahir pada NIP (%s) sesudah %s.", "The birth date in the NIP (%s) is after %s.", s, date(ref)))
	}
	return t, true, out
}

func checkService(s string, birth time.Time, birthOK bool, ref time.Time, out []Problem) []Problem {
	y, m := atoi(s[:4]), atoi(s[4:6])
	if m < 1 || m > 12 {
		return append(out, problem(ServiceMonth, s,
			"TMT CPNS pada NIP (%s) bukan bulan yang ada: tidak ada bulan %02d.",
			"The service start (TMT CPNS) in the NIP (%s) is not a real month: there is no month %02d.", s, m))
	}
	start := time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC)
	month := bilingual{monthID(y, time.Month(m)), monthEN(y, time.Month(m))}
	if y < firstYear {
		return append(out, problem(ServiceRange, s,
			"TMT CPNS pada NIP (%s) sebelum tahun 1900.", "The service start (TMT CPNS) in the NIP (%s) is before 1900.", s))
	}
	if !ref.IsZero() && start.After(ref) {
		return append(out, problem(ServiceRange, s,
			"TMT CPNS pada NIP (%s) sesudah %s.", "The service start (TMT CPNS) in the NIP (%s) is after %s.", month, date(ref)))
	}
	if !birthOK {
		return out
	}
	// Compared by month: a service that starts in the month of the 18th birthday is accepted.
	birthMonth := time.Date(birth.Year(), birth.Month(), 1, 0, 0, 0, 0, time.UTC)
	if start.Before(birthMonth) {
		return append(out, problem(ServiceBeforeBirth, s,
			"TMT CPNS pada NIP (%s) lebih awal daripada tanggal lahirnya (%s).",
			"The service start (TMT CPNS) in the NIP (%s) is before the birth date (%s).", month, date(birth)))
	}
	if adult := birthMonth.AddDate(minAge, 0, 0); start.Before(adult) {
		return append(out, problem(ServiceUnderage, s,
			"TMT CPNS pada NIP (%s) lebih awal daripada usia 18 tahun pemiliknya (%s; lahir %s).",
			"The service start (TMT CPNS) in the NIP (%s) is before its holder turned 18 (%s; born %s).",
			month, bilingual{monthID(adult.Year(), adult.Month()), monthEN(adult.Year(), adult.Month())}, date(birth)))
	}
	return out
}

// atoi reads a run of ASCII digits.
func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

var bulan = [...]string{"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
	"September", "Oktober", "November", "Desember"}

func monthID(y int, m time.Month) string { return fmt.Sprintf("%s %d", bulan[m-1], y) }
func monthEN(y int, m time.Month) string { return fmt.Sprintf("%s %d", m, y) }

func date(t time.Time) bilingual {
	return bilingual{fmt.Sprintf("%d %s", t.Day(), monthID(t.Year(), t.Month())),
		fmt.Sprintf("%d %s", t.Day(), monthEN(t.Year(), t.Month()))}
}
