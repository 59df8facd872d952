package workbook

import "github.com/shopspring/decimal"

// Workbook is one LKjIP workbook as the rules see it.
type Workbook struct {
	Path   string
	Sheets []*Sheet
	// Tables holds every recognised table, in sheet order. Most kinds have one; a sheet such
	// as Pegawai may hold several.
	Tables []*Table
	// Identitas and Ringkasan are the label/value sheets, nil when absent.
	Identitas *Pairs
	Ringkasan *Pairs

	// Year is the report year T from Identitas (0 when unknown), YearCell the cell saying it.
	Year     int
	YearCell *Cell
	// RenstraFrom and RenstraTo are the Renstra period (2021-2026), 0 when unknown.
	RenstraFrom, RenstraTo int
	RenstraCell            *Cell
	// Unit is the name of the government unit ("Kecamatan Kragan").
	Unit string

	// Scale is the predikat scale: the Skala sheet's, or the default.
	Scale Scale

	// Ignored lists sheets that match no kind of the spec.
	Ignored []*Sheet
	// NoHeader lists sheets named as a kind of the spec whose header row was not found.
	NoHeader []NamedSheet

	// Export is the finance system's LRA export the Realisasi Anggaran is compared with
	// (lkjip check --lra; the EKS rules), nil without one.
	Export *Export
}

// NamedSheet pairs a sheet with the kind its name says it is.
type NamedSheet struct {
	Sheet *Sheet
	Kind  Kind
}

// Table returns the first table of a kind, or nil.
func (w *Workbook) Table(k Kind) *Table {
	for _, t := range w.Tables {
		if t.Kind == k {
			return t
		}
	}
	return nil
}

// TablesOf returns every table of a kind.
func (w *Workbook) TablesOf(k Kind) []*Table {
	var out []*Table
	for _, t := range w.Tables {
		if t.Kind == k {
			out = append(out, t)
		}
	}
	return out
}

// Has reports whether the workbook holds a sheet of a kind.
func (w *Workbook) Has(k Kind) bool {
	switch k {
	case Identitas:
		return w.Identitas != nil
	case Ringkasan:
		return w.Ringkasan != nil
	}
	return w.Table(k) != nil
}

// Band is one row of a predikat scale: a capaian from Lower up to (not including) Upper
// takes Label.
type Band struct {
	Lower, Upper decimal.Decimal
	HasUpper     bool
	Label        string
	Row          *Row // the Skala row, nil for the default scale
	// LowerCell and UpperCell hold the bounds as the sheet writes them: the Batas Bawah and
	// Batas Atas cells, or, for a scale written as one range ("90 - 100"), figures read from
	// that cell and named by its address. Nil where the sheet gives no such bound ("< 50").
	LowerCell, UpperCell *Cell
}

// Scale is a predikat scale, highest band first.
type Scale struct {
	Bands []Band
	// Table is the Skala sheet the scale was read from, nil for the default.
	Table *Table
}

// DefaultScale is the spec's default: the Kragan scale made contiguous.
func DefaultScale() Scale {
	b := func(lo, hi int64, label string) Band {
		return Band{Lower: decimal.NewFromInt(lo), Upper: decimal.NewFromInt(hi), HasUpper: hi > 0, Label: label}
	}
	return Scale{Bands: []Band{b(90, 100, "Amat Baik"), b(80, 90, "Baik"), b(50, 80, "Cukup Baik"), b(0, 50, "Kurang")}}
}

// Predikat returns the label of the band a capaian falls in (spec, "Skala"): the band whose
// lower bound it reaches and whose upper bound it stays below; the top band also takes its
// upper bound and everything above, the bottom band everything below. ok is false when the
// value falls in a gap of the scale.
func (s Scale) Predikat(v decimal.Decimal) (label string, ok bool) {
	if len(s.Bands) == 0 {
		return "", false
	}
	top, bottom := s.Bands[0], s.Bands[len(s.Bands)-1]
	if v.GreaterThanOrEqual(top.Lower) {
		return top.Label, true
	}
	for _, b := range s.Bands {
		if v.GreaterThanOrEqual(b.Lower) && (!b.HasUpper || v.LessThan(b.Upper)) {
			return b.Label, true
		}
	}
	if v.LessThan(bottom.Lower) {
		return bottom.Label, true
	}
	return "", false
}
