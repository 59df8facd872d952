package safetext

import (
	"strings"
	"testing"
)

func TestSpreadsheet(t *testing.T) {
	for in, want := range map[string]string{
		"":                       "",
		"-":                      "-",
		"-5":                     "-5",
		"+1.5":                   "+1.5",
		"Kecamatan Kragan":       "Kecamatan Kragan",
		"=1+2+cmd|' /C calc'!A0": "'=1+2+cmd|' /C calc'!A0",
		"@SUM(A1:A2)":            "'@SUM(A1:A2)",
		"+Kecamatan":             "'+Kecamatan",
		"-2+3":                   "'-2+3",
		"\t=1":                   "'\t=1",
		"\r=1":                   "'\r=1",
		"Jumlah = Anggaran":      "Jumlah = Anggaran",
	} {
		if got := Spreadsheet(in); got != want {
			t.Errorf("Spreadsheet(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestVisible(t *testing.T) {
	for in, want := range map[string]string{
		"Kecamatan Kragan":        "Kecamatan Kragan",
		"baris\nkedua\tkolom":     "baris\nkedua\tkolom",
		"\x1b[2J\x1b[31mmerah":    `\x1b[2J\x1b[31mmerah`,
		"a\x00b\x7fc":             `a\x00b\x7fc`,
		"a\u0085b":                `a\x85b`,
		"abc\u202Efed":            `abc\u202efed`,
		"Rp 1.000.000\r":          `Rp 1.000.000\x0d`,
		string([]byte{'a', 0xff}): "a\ufffd",
	} {
		if got := Visible(in); got != want {
			t.Errorf("Visible(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestWriterKeepsRunesWhole(t *testing.T) {
	in := "Kecamatan Kragan \u2013 Rembang \x1b[31m 98,57 %\u00a0ok"
	for size := 1; size <= 4; size++ {
		var b strings.Builder
		w := NewWriter(&b)
		for i := 0; i < len(in); i += size {
			if _, err := w.Write([]byte(in[i:min(i+size, len(in))])); err != nil {
				t.Fatal(err)
			}
		}
		w.Flush()
		if want := "Kecamatan Kragan \u2013 Rembang \\x1b[31m 98,57 %\u00a0ok"; b.String() != want {
			t.Errorf("%d-byte writes: %q, want %q", size, b.String(), want)
		}
	}
	var b strings.Builder
	w := NewWriter(&b)
	w.Write([]byte("a\xe2\x80"))
	w.Flush()
	if b.String() != "a\ufffd\ufffd" { // one replacement per byte, as Go decodes it
		t.Errorf("a rune cut short at the end: %q", b.String())
	}
}
