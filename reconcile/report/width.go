package report

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// DefaultWidth is the width the text report fits when neither $COLUMNS nor the terminal says
// one (output to a file or a pipe): the narrowest terminal window people work in.
const DefaultWidth = 100

// blockWidth is the width under which findings print as blocks, one per finding, rather than
// as a table: below it a table's message column is too narrow to read.
const blockWidth = 110

// minMessageWidth is the narrowest message column a table is drawn with.
const minMessageWidth = 36

func (o Options) width() int {
	if o.Width <= 0 {
		return DefaultWidth
	}
	return max(o.Width, 40)
}

// textWidth is the width a line takes on a terminal: one column per character (the reports'
// texts are Latin letters, figures and a few box-drawing signs).
func textWidth(s string) int { return utf8.RuneCountInString(s) }

// wrap breaks text into lines of at most width columns, at spaces where it can (a word
// longer than the line is cut), keeping the text's own line breaks. Every line but the
// first starts with indent; the first with first.
func wrap(text string, width int, first, indent string) []string {
	var out []string
	lead := first
	for _, para := range strings.Split(text, "\n") {
		line, used := lead, 0
		room := width - textWidth(lead)
		for _, w := range bindOperators(strings.Fields(para)) {
			if used > 0 && used+1+textWidth(w) > room {
				out = append(out, line) // the word goes to a line of its own
				line, used, room = indent, 0, width-textWidth(indent)
			}
			for room > 0 && textWidth(w) > room {
				// A word longer than a whole line (a long code, a path): cut it.
				r := []rune(w)
				out = append(out, line+string(r[:room]))
				w = string(r[room:])
				line, room = indent, width-textWidth(indent)
			}
			if used > 0 {
				line += " "
				used++
			}
			line += w
			used += textWidth(w)
		}
		out = append(out, line)
		lead = indent
	}
	return out
}

// bindOperators joins a lone operator ("-", "x", "/", "=", "+") to the word before it, so
// that no line starts with one: "(Anggaran -" then "Realisasi)", never a line "- Realisasi)"
// that reads as a list item.
func bindOperators(words []string) []string {
	out := words[:0:0]
	for _, w := range words {
		switch w {
		case "-", "x", "/", "=", "+", "·":
			if len(out) > 0 {
				out[len(out)-1] += " " + w
				continue
			}
		}
		out = append(out, w)
	}
	return out
}

// writeWrapped writes text wrapped to width, each line ending with a newline.
func writeWrapped(out io.Writer, text string, width int, first, indent string) error {
	for _, l := range wrap(text, width, first, indent) {
		if _, err := fmt.Fprintln(out, strings.TrimRight(l, " ")); err != nil {
			return err
		}
	}
	return nil
}

// sheetBlocks prints a sheet's findings one block each, for a narrow terminal:
//
//	F7 · LRA002 · kesalahan
//	  Tertulis 98,82 · Seharusnya 98,32
//	  % realisasi "Program Penunjang Urusan Pemerintahan Daerah" seharusnya 98,32 ...
//
// A finding that follows another stands under it, indented, its cell marked "└".
func sheetBlocks(out io.Writer, sheet string, findings []placed, lang string, width int) error {
	for _, f := range findings {
		pad := strings.Repeat("  ", min(f.depth, 3))
		head := strings.Join(nonEmpty(placedCell(f, sheet), f.Rule, severityMark(f.Finding, lang)), " · ")
		if _, err := fmt.Fprintln(out); err != nil {
			return err
		}
		if err := writeWrapped(out, head, width, pad, pad+"  "); err != nil {
			return err
		}
		var figs []string
		if f.Actual != "" {
			figs = append(figs, word("actual", lang)+" "+display(f.Actual, lang))
		}
		if f.Expected != "" {
			figs = append(figs, word("expected", lang)+" "+display(f.Expected, lang))
		}
		if line := strings.Join(figs, " · "); len(figs) > 0 && textWidth(pad)+2+textWidth(line) <= width {
			if err := writeWrapped(out, line, width, pad+"  ", pad+"    "); err != nil {
				return err
			}
		} else {
			// Long figures (an amount in words): one line each, so that where one ends and
			// the other begins stays plain.
			for _, fig := range figs {
				if err := writeWrapped(out, fig, width, pad+"  ", pad+"    "); err != nil {
					return err
				}
			}
		}
		if err := writeWrapped(out, withNotes(f.Finding, lang), width, pad+"  ", pad+"  "); err != nil {
			return err
		}
	}
	return nil
}

func nonEmpty(parts ...string) []string {
	out := parts[:0]
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}

// messageWidth is the width of a findings table's message column that makes the table fit
// width: the other columns take what their widest cell needs (Says and Should be wrap at 30),
// and each column adds three (a border and a space either side) and the table one more. It
// returns 0 when the message would be narrower than minMessageWidth: blocks then.
func messageWidth(rows [][]string, header []string, width int) int {
	used := 1
	for col := 0; col < 5; col++ {
		w := textWidth(header[col])
		for _, r := range rows {
			for _, l := range strings.Split(r[col], "\n") {
				w = max(w, textWidth(l))
			}
		}
		if col == 3 || col == 4 {
			w = min(w, 30)
		}
		used += w + 3
	}
	m := width - used - 3
	if m < minMessageWidth {
		return 0
	}
	return m
}
