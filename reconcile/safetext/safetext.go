// Package safetext makes text that came from a workbook safe to show or to write again:
// a spreadsheet must not read it as a formula (CSV or formula injection), a terminal must not
// take its control characters as commands. Every writer of lkjip's outputs (text, CSV, HTML,
// JSON, the recap, the annotated and corrected copies) passes workbook text through here.
package safetext

import (
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"lkjip/reconcile/number"
)

// Spreadsheet returns s as a spreadsheet cell or a CSV field should hold it: text starting
// with = + - @, a tab or a carriage return is read by Excel and LibreOffice as a formula (or
// a DDE command), so it gets a leading apostrophe, as Excel itself shows typed text. A plain
// number ("-5", "+1.5") and a lone "-" (a dash for no figure) are left as they are.
func Spreadsheet(s string) string {
	if s == "" || s == "-" || !strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return s
	}
	if _, ok := number.Stored(s); ok {
		return s
	}
	return "'" + s
}

// Visible returns s with every control character other than a line break and a tab shown as
// an escape (ESC as \x1b), and invalid UTF-8 as \ufffd: text for a terminal, an HTML page or
// a CSV file, where a raw escape sequence would move the cursor, recolour the screen or hide
// what follows.
func Visible(s string) string {
	clean := true
	for _, r := range s {
		if r == utf8.RuneError || unsafeRune(r) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == utf8.RuneError:
			b.WriteRune('\ufffd')
		case unsafeRune(r):
			if r < 0x100 {
				fmt.Fprintf(&b, "\\x%02x", r)
			} else {
				fmt.Fprintf(&b, "\\u%04x", r)
			}
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// unsafeRune reports a control character other than a line break and a tab, and the
// bidirectional overrides that reorder what a reader sees (U+202A to U+202E, U+2066 to
// U+2069).
func unsafeRune(r rune) bool {
	switch {
	case r == '\n' || r == '\t':
		return false
	case r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return unicode.IsControl(r)
}

// Writer passes what is written through Visible: the text and HTML reports are written
// through one, so that no text from a workbook reaches a terminal or a page with its control
// characters live, whichever field carries it. Flush writes a rune cut short at the end.
type Writer struct {
	w    io.Writer
	tail []byte // the start of a rune whose last bytes have not come yet
}

// NewWriter returns a Writer that writes to w.
func NewWriter(w io.Writer) *Writer { return &Writer{w: w} }

func (v *Writer) Write(p []byte) (int, error) {
	buf := append(v.tail, p...)
	cut := len(buf)
	// A write may end inside a multi-byte rune: keep its first bytes for the next write.
	for i := 1; i <= utf8.UTFMax-1 && i <= len(buf); i++ {
		if b := buf[len(buf)-i:]; utf8.RuneStart(b[0]) {
			if !utf8.FullRune(b) {
				cut = len(buf) - i
			}
			break
		}
	}
	_, err := io.WriteString(v.w, Visible(string(buf[:cut])))
	v.tail = append([]byte(nil), buf[cut:]...)
	return len(p), err
}

// Flush writes what is left of a rune cut short (shown as U+FFFD).
func (v *Writer) Flush() error {
	if len(v.tail) == 0 {
		return nil
	}
	_, err := io.WriteString(v.w, Visible(string(v.tail)))
	v.tail = nil
	return err
}
