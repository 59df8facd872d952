package nip

import (
	"strings"
	"testing"
	"time"
)

// ref is the end of report year 2021, as the rules pass it.
var ref = time.Date(2021, 12, 31, 0, 0, 0, 0, time.UTC)

func codes(ps []Problem) string {
	var out []string
	for _, p := range ps {
		out = append(out, string(p.Code))
	}
	return strings.Join(out, " ")
}

func TestCheck(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string // the codes, in order; "" for a valid NIP
		text string // a part of the English message of the first problem
	}{
		// Valid, in the ways reports write them.
		{in: "19750312 200003 1 004"},
		{in: "196712121988061002"},
		{in: "NIP. 19671212 198806 1 002"},
		{in: "NIP: 19671212 198806 1 002"},
		{in: "NIP 19671212 198806 1 002"},
		{in: "NP. 19671212 198806 1 002"},
		{in: "N.I.P. 19671212 198806 1 002"},
		{in: "nip.19671212.198806.1.002"},
		{in: "19671212-198806-1-002"},
		{in: "19671212 – 198806 – 1 – 002"},
		{in: "  19671212\u00a0198806\u00a01\u00a0002 "},
		{in: "19800229 200001 2 999"}, // 29 February of a leap year
		{in: "19671212 198512 1 001"}, // service in the month of the 18th birthday
		{in: "20031231 202112 2 001"}, // as late as the reference date allows
		{in: "18991231 192001 1 001", want: "birth-range", text: "before 1900"},
		{in: "20220101 202201 1 001", want: "birth-range service-range", text: "after 31 December 2021"},
		{in: "", want: "empty"},
		{in: "NIP.", want: "empty"},
		{in: "-", want: "empty"},
		{in: "NIP: –", want: "empty"},
		{in: "NIP. 19671212 198806 1", want: "truncated", text: "has only 15 of its 18 digits and looks truncated (missing: the 3-digit sequence)"},
		{in: "19671212 198806", want: "truncated", text: "missing: the sex digit and the sequence"},
		{in: "19671212", want: "truncated", text: "missing: the service start"},
		{in: "1967121219880610", want: "truncated", text: "part of the sequence"},
		{in: "19671212 198813 1", want: "length", text: "has 15 digits, not 18"}, // not a valid start
		{in: "1967121 198806 1 002", want: "length", text: "17 digits"},
		{in: "19671212 198806 1 0021", want: "length", text: "19 digits"},
		{in: "1967", want: "length", text: "4 digits"},
		{in: "19671212 198806 1 00O", want: "non-digit", text: `'O'`},
		{in: "19671212/198806/1/002", want: "non-digit", text: `'/'`},
		{in: "belum ada", want: "non-digit"},
		{in: "1.96712121988061E+17", want: "number", text: "typed as a number"}, // a number pasted as text
		{in: "NIP 1,96712E+17", want: "number", text: "its last 12 digits"},     // as Excel shows it: 6 digits kept
		{in: "19671312 198806 1 002", want: "birth-date", text: "there is no month 13"},
		{in: "19670012 198806 1 002", want: "birth-date", text: "there is no month 00"},
		{in: "19670230 198806 1 002", want: "birth-date", text: "February 1967 has days 1 to 28 only"},
		{in: "19810229 200003 1 004", want: "birth-date", text: "February 1981 has days 1 to 28 only"},
		{in: "19670100 198806 1 002", want: "birth-date", text: "January 1967 has days 1 to 31 only"},
		{in: "19671212 198813 1 002", want: "service-month", text: "there is no month 13"},
		{in: "19671212 198800 1 002", want: "service-month", text: "there is no month 00"},
		{in: "19671212 202201 1 002", want: "service-range", text: "after 31 December 2021"},
		{in: "19671312 188806 1 002", want: "birth-date service-range"},
		{in: "19671212 196006 1 002", want: "service-before-birth", text: "(June 1960) is before the birth date (12 December 1967)"},
		{in: "19671212 198511 1 002", want: "service-underage", text: "turned 18 (December 1985; born 12 December 1967)"},
		{in: "19671212 198806 3 002", want: "sex", text: "is 3; it must be 1 (male) or 2 (female)"},
		{in: "19671212 198806 0 002", want: "sex"},
		{in: "19671212 198806 1 000", want: "sequence", text: "000"},
		{in: "19671312 198806 3 000", want: "birth-date sex sequence"},
	} {
		got := Check(tc.in, ref)
		if codes(got) != tc.want {
			t.Errorf("Check(%q) = %v, want %q", tc.in, got, tc.want)
			continue
		}
		for _, p := range got {
			if p.ID == "" || p.EN == "" || p.ID == p.EN {
				t.Errorf("Check(%q): %s lacks a message in a language: %+v", tc.in, p.Code, p)
			}
			if strings.Contains(p.ID+p.EN, "%!") {
				t.Errorf("Check(%q): bad format: %+v", tc.in, p)
			}
		}
		if tc.text != "" && !strings.Contains(got[0].EN, tc.text) {
			t.Errorf("Check(%q): %q does not say %q", tc.in, got[0].EN, tc.text)
		}
	}
}

func TestCheckIndonesian(t *testing.T) {
	got := Check("19670230 198806 1 002", ref)
	if len(got) != 1 || !strings.Contains(got[0].ID, "Februari 1967 hanya sampai tanggal 28") {
		t.Errorf("Indonesian message: %+v", got)
	}
	got = Check("19671212 198511 1 002", ref)
	if len(got) != 1 || !strings.Contains(got[0].ID, "(November 1985) lebih awal daripada usia 18 tahun pemiliknya (Desember 1985; lahir 12 Desember 1967)") {
		t.Errorf("Indonesian message: %+v", got)
	}
}

func TestCheckWithoutReference(t *testing.T) {
	if got := Check("20220101 204001 1 001", time.Time{}); got != nil {
		t.Errorf("a zero reference judged the future: %v", got)
	}
	if got := Check("18991231 192001 1 001", time.Time{}); codes(got) != "birth-range" {
		t.Errorf("1899 accepted without a reference: %v", got)
	}
}

func TestCheckNumber(t *testing.T) {
	for _, tc := range []struct {
		stored string
		want   string
		text   string
	}{
		{stored: "1.96712121988061E+17", want: "number", text: "typed as a number (1.96712121988061E+17)"},
		{stored: "196712121988061000", want: "number", text: "its last 3 digits"},
		{stored: "196712121988061002", want: "number"}, // kept by another writer, lost by Excel
		{stored: "1.96713121988061E+17", want: "number birth-date"},
		{stored: "1.96712121988063E+17", want: "number sex"},
		{stored: "1.96712121960061E+17", want: "number service-before-birth"},
		{stored: "1.9671212198806E+16", want: "number length", text: "has 17 digits, not 18"},
		{stored: "196712121988061", want: "truncated"},
		{stored: "19671212198806", want: "truncated"},
		{stored: "1967", want: "length"},
		{stored: "1967.5", want: "non-digit"},
		{stored: "-196712121988061", want: "non-digit"},
		{stored: "1E+400", want: "non-digit"},
		{stored: "", want: "non-digit"},
		{stored: "0", want: "non-digit"},
		{stored: "0.000196712121988061002E+21", want: "number"},
	} {
		got := CheckNumber(tc.stored, ref)
		if codes(got) != tc.want {
			t.Errorf("CheckNumber(%q) = %v, want %q", tc.stored, got, tc.want)
			continue
		}
		if tc.text != "" && !strings.Contains(got[0].EN+got[len(got)-1].EN, tc.text) {
			t.Errorf("CheckNumber(%q): %v does not say %q", tc.stored, got, tc.text)
		}
	}
}

func TestNormalize(t *testing.T) {
	for _, tc := range []struct {
		in, digits string
		ok         bool
	}{
		{"19750312 200003 1 004", "197503122000031004", true},
		{"NIP. 19671212 198806 1 002", "196712121988061002", true},
		{"NP.19671212-198806-1-002", "196712121988061002", true},
		{"19671212 198806 1", "196712121988061", false},
		{"19671212 198806 1 00O", "", false},
		{"", "", false},
	} {
		d, ok := Normalize(tc.in)
		if d != tc.digits || ok != tc.ok {
			t.Errorf("Normalize(%q) = %q, %v; want %q, %v", tc.in, d, ok, tc.digits, tc.ok)
		}
	}
}

func TestFormat(t *testing.T) {
	for in, want := range map[string]string{
		"196712121988061002":  "19671212 198806 1 002",
		"196712121988061":     "19671212 198806 1",
		"1967121219880610":    "19671212 198806 1 0",
		"1967":                "1967",
		"":                    "",
		"1967121219880610021": "1967121219880610021",
		"19671212 198806":     "19671212 198806",
	} {
		if got := Format(in); got != want {
			t.Errorf("Format(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzCheck feeds Check and CheckNumber any text (they must not panic), and builds a NIP from
// valid parts out of the fuzzer's numbers: Check must accept it however it is written.
func FuzzCheck(f *testing.F) {
	f.Add("19671212 198806 1", uint16(67), uint16(11), uint16(11), uint16(240), uint8(0), uint16(1))
	f.Add("1.96712121988061E+17", uint16(0), uint16(0), uint16(0), uint16(0), uint8(1), uint16(0))
	f.Add("NIP. 19671312 198806 3 000", uint16(1000), uint16(1), uint16(60), uint16(9999), uint8(7), uint16(998))
	f.Fuzz(func(t *testing.T, s string, year, month, day, service uint16, sex uint8, seq uint16) {
		Check(s, ref)
		Check(s, time.Time{})
		CheckNumber(s, ref)
		if d, ok := Normalize(s); ok && len(d) != Digits {
			t.Fatalf("Normalize(%q) = %q, ok", s, d)
		}

		// A birth date from 1900 to 18 years before the reference, a service start from the
		// 18th birthday to the reference, a sex digit and a sequence from their ranges.
		last := ref.Year() - minAge
		birth := time.Date(firstYear+int(year)%(last-firstYear+1), time.Month(1+month%12), 1, 0, 0, 0, 0, time.UTC)
		birth = birth.AddDate(0, 0, int(day)%daysIn(birth))
		adult := time.Date(birth.Year()+minAge, birth.Month(), 1, 0, 0, 0, 0, time.UTC)
		months := (ref.Year()-adult.Year())*12 + int(ref.Month()-adult.Month())
		start := adult.AddDate(0, int(service)%(months+1), 0)
		digits := birth.Format("20060102") + start.Format("200601") + string(rune('1'+sex%2)) + threeDigits(1+int(seq)%999)
		for _, written := range []string{digits, Format(digits), "NIP. " + Format(digits), strings.ReplaceAll(Format(digits), " ", "-")} {
			if got := Check(written, ref); got != nil {
				t.Fatalf("Check(%q) = %v, want no problem", written, got)
			}
			if d, ok := Normalize(written); !ok || d != digits {
				t.Fatalf("Normalize(%q) = %q, %v", written, d, ok)
			}
		}
	})
}

func daysIn(t time.Time) int {
	return time.Date(t.Year(), t.Month()+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func threeDigits(n int) string {
	return string([]byte{byte('0' + n/100), byte('0' + n/10%10), byte('0' + n%10)})
}
