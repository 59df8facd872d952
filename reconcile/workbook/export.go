package workbook

import (
	"strings"
	"time"
)

// Export is a finance system's Laporan Realisasi Anggaran (SIPD's LRA export, or SIMDA's
// before it): the books the workbook's Realisasi Anggaran is copied from. `lkjip check --lra`
// reads it with the same reader as the workbook and attaches it to the workbook's model
// (Workbook.Export), so that the rules compare the two without opening a file.
type Export struct {
	Path string
	// Book holds the export as a workbook of one table of kind RealisasiAnggaran (Table), so
	// that the Realisasi Anggaran rules run over the export's own arithmetic unchanged. Its
	// sheets and cells are named "[lra.xlsx]Sheet1": Excel's own notation for a sheet of
	// another workbook, which no sheet of the checked workbook can carry ([ and ] are not
	// allowed in a sheet name), so a finding about the export says so wherever it is printed.
	Book  *Workbook
	Table *Table
	// Unit is the SKPD the export is about, its code left out ("Kecamatan Kragan" from
	// "SKPD : 7.01.0.00.0.00.01.0000 Kecamatan Kragan"); UnitCell holds the title line. ""
	// and nil when the export names no unit.
	Unit     string
	UnitCell *Cell
	// Year is the year of the export's period (the year its last day falls in), 0 when it
	// gives none. From and To are the period's first and last day, zero when it gives only a
	// year ("Tahun Anggaran 2021"). PeriodCell holds the title line.
	Year       int
	From, To   time.Time
	PeriodCell *Cell
}

// CodeParts splits a Permendagri 90/2019 or account code ("7.01.01.2.01.0001", "5.1.02.01")
// into its segments; nil when the text is not a code.
func CodeParts(s string) []string {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	f := strings.FieldsFunc(s, func(r rune) bool { return r == '.' || r == ' ' })
	for _, p := range f {
		for _, r := range p {
			if (r < '0' || r > '9') && (r < 'A' || r > 'Z') {
				return nil
			}
		}
	}
	return f
}

// AccountShaped reports whether code segments have the shape of an account (kode rekening:
// 5 belanja, 5.1 belanja operasi, 5.1.02.01.01.0024): a one-digit first segment followed, if
// at all, by a one-digit second one. A program code has two digits there (7.01.01). A lone
// first segment is an account only below a kegiatan: above, it is an urusan ("7").
func AccountShaped(parts []string) bool {
	return len(parts) > 0 && len(parts[0]) == 1 && (len(parts) == 1 || len(parts[1]) == 1)
}

// CodeKey is a code's key for matching two sources: its segments without leading zeros, so
// that the two-digit sub kegiatan numbers used before 2023 and the four-digit ones after
// (7.01.01.2.01.01 and 7.01.01.2.01.0001) are one code. "" when the text is not a code.
func CodeKey(s string) string {
	parts := CodeParts(s)
	if parts == nil {
		return ""
	}
	out := make([]string, len(parts))
	for i, p := range parts {
		p = strings.TrimLeft(p, "0")
		if p == "" {
			p = "0"
		}
		out[i] = p
	}
	return strings.Join(out, ".")
}

// IsAccount reports whether a budget row is an account row (rekening) under a kegiatan or
// sub kegiatan: detail that sums into that row, not a program, kegiatan or sub kegiatan.
func (r *Row) IsAccount() bool {
	if !AccountShaped(CodeParts(r.Cell(RoleKode).Value())) {
		return false
	}
	for p := r.Parent; p != nil; p = p.Parent {
		parts := CodeParts(p.Cell(RoleKode).Value())
		if len(parts) >= 5 && !AccountShaped(parts) {
			return true
		}
	}
	return false
}
