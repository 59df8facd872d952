package number

import "strings"

// Format is what a cell's number format tells about the figure it shows.
type Format struct {
	// General is true for the General format: the figure shows the decimals of its stored text.
	General bool
	// Decimals shown by a fixed format such as "0.00" or "#,##0.00".
	Decimals int
	// Percent formats show the stored fraction times 100 ("0.00%" shows 0.9832 as 98.32%).
	Percent bool
	// Date formats show a serial day number as a date.
	Date bool
	// Text is the "@" format: the cell is meant to hold text.
	Text bool
}

// builtin holds the codes of Excel's built-in number formats that matter here (ECMA-376
// Part 1, 18.8.30); a cell names them by id without writing the code.
var builtin = map[int]string{
	0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00",
	5: `"$"#,##0_);("$"#,##0)`, 6: `"$"#,##0_);[Red]("$"#,##0)`,
	7: `"$"#,##0.00_);("$"#,##0.00)`, 8: `"$"#,##0.00_);[Red]("$"#,##0.00)`,
	9: "0%", 10: "0.00%", 11: "0.00E+00", 12: "# ?/?", 13: "# ??/??",
	14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM",
	19: "h:mm:ss AM/PM", 20: "h:mm", 21: "h:mm:ss", 22: "m/d/yy h:mm",
	37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)", 39: "#,##0.00;(#,##0.00)",
	40: "#,##0.00;[Red](#,##0.00)", 41: `_(* #,##0_);_(* \(#,##0\);_(* "-"_);_(@_)`,
	42: `_("$"* #,##0_);_("$"* \(#,##0\);_("$"* "-"_);_(@_)`,
	43: `_(* #,##0.00_);_(* \(#,##0.00\);_(* "-"??_);_(@_)`,
	44: `_("$"* #,##0.00_);_("$"* \(#,##0.00\);_("$"* "-"??_);_(@_)`,
	45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0", 48: "##0.0E+0", 49: "@",
}

// BuiltinCode returns the format code of a built-in format id, and false for an id that has
// none (ids 23 to 36 and 50 to 81 are locale dependent; they are dates in the East Asian
// locales, read here as General).
func BuiltinCode(id int) (string, bool) {
	c, ok := builtin[id]
	return c, ok
}

// maxFormatDecimals is the most decimals a format shows: Excel allows 30 in a format code. A
// code written with more (a hostile file's thousands of zeros) shows 30, and the figures stay
// small enough for a cell's count of decimals (workbook.Cell.Decimals).
const maxFormatDecimals = 30

// ParseFormat reads a number format code. Only the first section (positive numbers) counts
// for the decimals shown.
func ParseFormat(code string) Format {
	if code == "" || strings.EqualFold(code, "General") {
		return Format{General: true}
	}
	section := firstSection(code)
	var f Format
	inQuote, afterPoint, escaped := false, false, false
	for i := 0; i < len(section); i++ {
		c := section[i]
		switch {
		case escaped:
			escaped = false
		case inQuote:
			if c == '"' {
				inQuote = false
			}
		case c == '"':
			inQuote = true
		case c == '\\':
			escaped = true
		case c == '_' || c == '*': // padding: the next character is not a format character
			i++
		case c == '[':
			// [Red], [$Rp-421], [>=100]: a locale or colour, not digits.
			end := strings.IndexByte(section[i:], ']')
			if end < 0 {
				return f
			}
			i += end
		case c == '.':
			afterPoint = true
		case c == '0' || c == '#' || c == '?':
			if afterPoint && f.Decimals < maxFormatDecimals {
				f.Decimals++
			}
		case c == '%':
			f.Percent = true
		case c == '@':
			f.Text = true
		case c == 'E' || c == 'e':
			// Scientific notation: what it shows is not a fixed number of decimals; compare
			// as General.
			if i+1 < len(section) && (section[i+1] == '+' || section[i+1] == '-') {
				return Format{General: true}
			}
		case strings.IndexByte("dmyhsDMYHS", c) >= 0:
			if !afterPoint {
				f.Date = true
			}
		}
	}
	if f.Text && f.Decimals == 0 && !f.Percent {
		return Format{Text: true}
	}
	return f
}

// firstSection returns the part of a format code before the first unquoted ';'.
func firstSection(code string) string {
	inQuote := false
	for i := 0; i < len(code); i++ {
		switch code[i] {
		case '"':
			inQuote = !inQuote
		case '\\':
			i++
		case ';':
			if !inQuote {
				return code[:i]
			}
		}
	}
	return code
}
