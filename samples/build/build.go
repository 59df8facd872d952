// Package build describes the content of an LKjIP workbook once and renders it
// under different layouts, so that tests can check that a differently laid out
// workbook gives the same findings as its plain twin.
//
// Content is given the way a report prints it: every cell is text in
// Indonesian notation ("2.739.149.000", "98,32", "-", "60 – 70") plus whether
// it is a number. Numbers never pass through float64: a numeric cell stores
// the exact text [Stored] derives from the printed figure, and its number
// format shows exactly the decimals the report printed.
//
// The workbook contract is /work/shared/spec/lkjip-workbook.md.
package build

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Kind names what a sheet holds (one per sheet of the workbook contract).
type Kind int

// The sheet kinds of the workbook contract.
const (
	Identitas Kind = iota
	IKU
	PK
	Pengukuran
	AnggaranSasaran
	RealisasiAnggaran
	Ringkasan
	Pegawai
	Inventaris
	Skala
)

var kindNames = [...]struct{ canonical, alias string }{
	Identitas:         {"Identitas", "Data Umum"},
	IKU:               {"IKU", "Indikator Kinerja Utama"},
	PK:                {"PK", "Perjanjian Kinerja"},
	Pengukuran:        {"Pengukuran", "Capaian Kinerja"},
	AnggaranSasaran:   {"Anggaran Sasaran", "Efisiensi"},
	RealisasiAnggaran: {"Realisasi Anggaran", "LRA"},
	Ringkasan:         {"Ringkasan", "Kesimpulan"},
	Pegawai:           {"Pegawai", "Kepegawaian"},
	Inventaris:        {"Inventaris", "Sarana Prasarana"},
	Skala:             {"Skala", "Skala Penilaian"},
}

// String is the canonical sheet name of the kind.
func (k Kind) String() string { return kindNames[k].canonical }

// Alias is the sheet name the AliasNames layout uses for the kind.
func (k Kind) Alias() string { return kindNames[k].alias }

// shuffled is the sheet order of the AliasNames layout: fixed, so the files
// are reproducible, and unlike the canonical order everywhere.
var shuffled = []Kind{Ringkasan, Skala, Pengukuran, Identitas, Inventaris,
	RealisasiAnggaran, Pegawai, IKU, AnggaranSasaran, PK}

// ExtraSheet is the name of the unrelated sheet the ExtraSheetAndColumn layout
// adds; ExtraColumn the label of the unrelated column it adds.
const (
	ExtraSheet  = "Catatan"
	ExtraColumn = "Keterangan"
)

// Cell is one value as the report prints it.
type Cell struct {
	Text string    // as printed: "2.739.149.000", "98,32", "-", "Baik"; "" is an empty cell
	Num  bool      // Text is a number in Indonesian notation
	Date time.Time // non-zero: a date, written as a date cell; Text is its printed form
}

// T is a text cell.
func T(s string) Cell { return Cell{Text: s} }

// N is a numeric cell, given as printed in Indonesian notation.
func N(s string) Cell { return Cell{Text: s, Num: true} }

// D is a date cell; it prints as "20 Februari 2024".
func D(t time.Time) Cell { return Cell{Text: tanggal(t), Date: t} }

// nums makes a row of cells from printed texts: whole numbers become numeric
// cells, "" an empty cell, anything else ("4=3/2* 100", "-") a text cell.
func nums(texts ...string) []Cell {
	out := make([]Cell, len(texts))
	for i, s := range texts {
		if allDigits(s) {
			out[i] = N(s)
		} else {
			out[i] = T(s)
		}
	}
	return out
}

// Column is one column of a table.
type Column struct {
	Label string // header label, e.g. "% Capaian 2020"; the lower one in a two-row header
	Group string // group label printed above Label ("Jenis Kelamin", "RPJMD"); "" for none
	Key   bool   // identifies the row (No, Sasaran, Uraian...): stays put under OtherColumnOrder
}

// Table is one table: a header, an optional column-number row, data rows and
// an optional closing Jumlah row. Every row has one cell per column.
type Table struct {
	Caption []string // rows printed right above the table, whatever the layout (second table of a sheet)
	Columns []Column
	Numbers []Cell   // column-number row right under the header ("1 | 2 | 4=3/2*100"); nil for none
	Rows    [][]Cell // data rows
	Total   []Cell   // closing Jumlah row; nil for none
}

// Pair is one label/value line of the Identitas and Ringkasan sheets.
type Pair struct {
	Label string
	Value Cell
}

// Sheet is one sheet of content: label/value pairs, or one or more tables
// stacked with a blank row between them.
type Sheet struct {
	Kind   Kind
	Titles []string // title rows above the content, written by the TitleRows layout; "" is a blank row
	Pairs  []Pair
	Tables []Table
}

// Workbook is the content of one LKjIP workbook.
type Workbook struct {
	Name   string // e.g. "Kecamatan Kragan 2021"
	Sheets []Sheet
}

// Sheet returns the sheet of the given kind, or nil.
func (w *Workbook) Sheet(k Kind) *Sheet {
	for i := range w.Sheets {
		if w.Sheets[i].Kind == k {
			return &w.Sheets[i]
		}
	}
	return nil
}

// Layout says how content is laid out. The zero Layout is the plain one:
// canonical sheet names in canonical order, header in row 1, no titles,
// numeric cells. Each option is independent of the others.
type Layout struct {
	AliasNames          bool // alias sheet names ("Data Umum", "LRA"...) in a shuffled order
	TitleRows           bool // the sheets' 2-4 title rows above each table
	TwoRowHeaders       bool // extra merged group labels: RPJMD and Capaian in Pengukuran, Realisasi Anggaran in the LRA
	OtherColumnOrder    bool // non-key columns in reverse block order
	NumbersAsText       bool // numbers as Indonesian text cells ("98,32", "Rp. 340.500.000,-")
	HiddenRowAndSheet   bool // hide the second data row of Pengukuran and Realisasi Anggaran, and the Skala sheet
	ExtraSheetAndColumn bool // an unrelated "Catatan" sheet and "Keterangan" column, to be ignored
}

// String names the options set, "plain" for none.
func (l Layout) String() string {
	var parts []string
	for _, o := range []struct {
		on   bool
		name string
	}{{l.AliasNames, "alias"}, {l.TitleRows, "titles"}, {l.TwoRowHeaders, "tworow"},
		{l.OtherColumnOrder, "reorder"}, {l.NumbersAsText, "text"},
		{l.HiddenRowAndSheet, "hidden"}, {l.ExtraSheetAndColumn, "extra"}} {
		if o.on {
			parts = append(parts, o.name)
		}
	}
	if len(parts) == 0 {
		return "plain"
	}
	return strings.Join(parts, "+")
}

// Layouts lists the plain layout, each option alone, and all options together.
func Layouts() []Layout {
	return []Layout{
		{},
		{AliasNames: true},
		{TitleRows: true},
		{TwoRowHeaders: true},
		{OtherColumnOrder: true},
		{NumbersAsText: true},
		{HiddenRowAndSheet: true},
		{ExtraSheetAndColumn: true},
		{true, true, true, true, true, true, true},
	}
}

// SheetName is the name a sheet of kind k gets under layout l.
func SheetName(k Kind, l Layout) string {
	if l.AliasNames {
		return k.Alias()
	}
	return k.String()
}

// SheetNames lists the sheet names, in order, of the workbook written under l.
func (w *Workbook) SheetNames(l Layout) []string {
	var names []string
	for _, s := range w.ordered(l) {
		names = append(names, SheetName(s.Kind, l))
	}
	if l.ExtraSheetAndColumn {
		names = append(names[:1], append([]string{ExtraSheet}, names[1:]...)...)
	}
	return names
}

// HiddenSheet is the sheet the HiddenRowAndSheet layout hides.
const HiddenSheet = Skala

func (w *Workbook) ordered(l Layout) []*Sheet {
	var out []*Sheet
	if !l.AliasNames {
		for i := range w.Sheets {
			out = append(out, &w.Sheets[i])
		}
		return out
	}
	for _, k := range shuffled {
		if s := w.Sheet(k); s != nil {
			out = append(out, s)
		}
	}
	return out
}

// Write renders the workbook under layout l to path (an .xlsx file). It
// writes a temporary file in the same folder and renames it into place.
func (w *Workbook) Write(path string, l Layout) error {
	f, _, err := w.render(l)
	if err != nil {
		return err
	}
	defer f.Close()
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // no-op once renamed
	if err := f.Write(tmp); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// Sample is one committed sample file: the content and the layout it is
// written in.
type Sample struct {
	File     string // file name inside samples/
	Workbook *Workbook
	Layout   Layout
}

// Samples lists the committed samples. Kragan keeps the quirks the report
// itself has (title rows above every table, the RPJMD group over two
// Pengukuran columns); the clean workbook is plain.
func Samples() []Sample {
	return []Sample{
		{"kragan-2021.xlsx", Kragan2021(), Layout{TitleRows: true}},
		{"bersih-2023.xlsx", Clean(), Layout{}},
		// The corrected Kragan a kecamatan sends back, for lkjip diff.
		{"kragan-2021-perbaikan.xlsx", KraganPerbaikan(), Layout{TitleRows: true}},
		// The finance system's LRA exports of both, for lkjip check --lra (lra.go).
		{"lra-kragan-2021.xlsx", KraganLRA(), exportLayout},
		{"lra-bersih-2023.xlsx", CleanLRA(), exportLayout},
	}
}
