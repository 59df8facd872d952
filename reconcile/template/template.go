// Package template writes an empty LKjIP workbook that follows the workbook contract
// (/work/shared/spec/lkjip-workbook.md): every sheet with its headers carrying the report
// year, column-number rows, Jumlah rows, formulas for every derived figure (so that the
// workbook computes itself in Excel or LibreOffice), data validation, Indonesian number
// formats, frozen headers, and protected formula cells with unlocked input cells. A first
// sheet Petunjuk tells the submitter what goes where.
//
// Figures are written from their exact text (SetCellDefault), never through float64.
package template

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"lkjip/reconcile/report"
)

// Options describes the workbook to write. Zero row counts take their defaults.
type Options struct {
	Year                   int
	Instansi, Kabupaten    string
	Provinsi               string
	RenstraFrom, RenstraTo int
	Sasaran, Indikator     int    // sasaran, and indicators per sasaran (default 3 and 2)
	Program, Kegiatan, Sub int    // programs, kegiatan per program, sub kegiatan per kegiatan (default 3, 2, 2)
	Pegawai, Inventaris    int    // input rows of the Pegawai and Inventaris tables (default 5 and 15)
	Password               string // optional sheet-protection password; none by default
}

func (o Options) withDefaults() (Options, error) {
	if o.Year < 2000 || o.Year > 2100 {
		return o, fmt.Errorf("tahun laporan %d tidak wajar", o.Year)
	}
	if o.RenstraFrom == 0 && o.RenstraTo == 0 {
		// Renstra periods run five years; the default is the one the report year falls in,
		// counted from 2021 (2021-2026 as the samples).
		o.RenstraFrom = 2021 + (o.Year-2021)/5*5
		if o.Year < 2021 {
			o.RenstraFrom = 2021 - ((2021-o.Year+4)/5)*5
		}
		o.RenstraTo = o.RenstraFrom + 5
	}
	if o.RenstraFrom > o.Year || o.RenstraTo < o.Year {
		return o, fmt.Errorf("periode Renstra %d-%d tidak memuat tahun %d", o.RenstraFrom, o.RenstraTo, o.Year)
	}
	def := func(p *int, d int) {
		if *p <= 0 {
			*p = d
		}
	}
	def(&o.Sasaran, 3)
	def(&o.Indikator, 2)
	def(&o.Program, 3)
	def(&o.Kegiatan, 2)
	def(&o.Sub, 2)
	def(&o.Pegawai, 5)
	def(&o.Inventaris, 15)
	return o, nil
}

// Sheet names, in the order written.
const (
	SheetPetunjuk   = "Petunjuk"
	SheetIdentitas  = "Identitas"
	SheetIKU        = "IKU"
	SheetPK         = "PK"
	SheetPengukuran = "Pengukuran"
	SheetAnggaranS  = "Anggaran Sasaran"
	SheetLRA        = "Realisasi Anggaran"
	SheetRingkasan  = "Ringkasan"
	SheetPegawai    = "Pegawai"
	SheetInventaris = "Inventaris"
	SheetSkala      = "Skala"
)

// Sheets lists the sheet names in order.
var Sheets = []string{SheetPetunjuk, SheetIdentitas, SheetIKU, SheetPK, SheetPengukuran, SheetAnggaranS,
	SheetLRA, SheetRingkasan, SheetPegawai, SheetInventaris, SheetSkala}

// Layout rows shared by the tables: two title rows, a blank row, the header, the
// column-number row, then the data.
const (
	headerRow = 4
	numberRow = 5
	firstRow  = 6
)

// Write writes the empty template. Every formula carries the cached value "" (its guard's
// result while the inputs are empty), so that the file is complete before any spreadsheet
// has opened it.
func Write(out io.Writer, o Options) error {
	b, err := build(o)
	if err != nil {
		return err
	}
	defer b.f.Close()
	var buf bytes.Buffer
	if err := b.f.Write(&buf); err != nil {
		return err
	}
	return emptyCaches(out, buf.Bytes())
}

// WriteFilled writes the template with d's figures in its input cells, the same layout as
// Write. Formulas are written without cached values and the workbook asks to be fully
// recalculated on load: open it in Excel or LibreOffice (or convert it headless) to get the
// computed figures.
func WriteFilled(out io.Writer, o Options, d *Data) error {
	b, err := build(o)
	if err != nil {
		return err
	}
	defer b.f.Close()
	if err := b.fill(d); err != nil {
		return err
	}
	_, err = b.f.WriteTo(out)
	return err
}

// emptyCaches rewrites the sheets of the package so that every formula cell, written by
// excelize as <c t="str"><f>..</f></c>, stores the empty text as its cached value.
func emptyCaches(out io.Writer, pkg []byte) error {
	zr, err := zip.NewReader(bytes.NewReader(pkg), int64(len(pkg)))
	if err != nil {
		return err
	}
	zw := zip.NewWriter(out)
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			return err
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return err
		}
		if strings.HasPrefix(f.Name, "xl/worksheets/") && strings.HasSuffix(f.Name, ".xml") {
			data = bytes.ReplaceAll(data, []byte("</f></c>"), []byte("</f><v></v></c>"))
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: f.Name, Method: zip.Deflate, Modified: f.Modified})
		if err != nil {
			return err
		}
		if _, err := w.Write(data); err != nil {
			return err
		}
	}
	return zw.Close()
}

// cell names a cell by column and row numbers.
func cell(col, row int) string {
	c, _ := excelize.CoordinatesToCellName(col, row)
	return c
}

func colName(col int) string {
	c, _ := excelize.ColumnNumberToName(col)
	return c
}

// quote qualifies a reference with its sheet, quoted where the name needs it.
func quote(sheet, ref string) string {
	if strings.ContainsAny(sheet, " -") {
		return "'" + sheet + "'!" + ref
	}
	return sheet + "!" + ref
}

// book is a template being built: the file, its styles, and where the input cells are.
type book struct {
	f   *excelize.File
	o   Options
	st  map[string]int
	err error
	at  addresses
}

// addresses records the rows of every input, for fill.
type addresses struct {
	identitas  map[string]string // label -> value cell on Identitas
	ringkasan  map[string]string // label -> value cell on Ringkasan
	asRow      []int             // row per sasaran on Anggaran Sasaran
	prog       []int             // LRA rows
	keg        [][]int
	sub        [][][]int
	pegawai    []int
	inventaris []int
	lraTotal   int
}

func (b *book) check(err error) {
	if err != nil && b.err == nil {
		b.err = err
	}
}

func (b *book) str(sheet string, col, row int, s string, style string) {
	ref := cell(col, row)
	if s != "" {
		b.check(b.f.SetCellStr(sheet, ref, s))
	}
	if style != "" {
		b.check(b.f.SetCellStyle(sheet, ref, ref, b.st[style]))
	}
}

// num writes a numeric cell from its exact plain text ("2739149000", "98.32").
func (b *book) num(sheet string, col, row int, plain string, style string) {
	ref := cell(col, row)
	if plain != "" {
		b.check(b.f.SetCellDefault(sheet, ref, plain))
	}
	if style != "" {
		b.check(b.f.SetCellStyle(sheet, ref, ref, b.st[style]))
	}
}

func (b *book) formula(sheet string, col, row int, f string, style string) {
	ref := cell(col, row)
	b.check(b.f.SetCellFormula(sheet, ref, f))
	b.check(b.f.SetCellStyle(sheet, ref, ref, b.st[style]))
}

func (b *book) validate(sheet, sqref string, setup func(dv *excelize.DataValidation) error, title, msg string) {
	dv := excelize.NewDataValidation(true)
	dv.SetSqref(sqref)
	b.check(setup(dv))
	dv.SetError(excelize.DataValidationErrorStyleStop, title, msg)
	b.check(b.f.AddDataValidation(sheet, dv))
}

func list(items ...string) func(dv *excelize.DataValidation) error {
	return func(dv *excelize.DataValidation) error { return dv.SetDropList(items) }
}

func whole(dv *excelize.DataValidation) error {
	return dv.SetRange(0, 1000000, excelize.DataValidationTypeWhole, excelize.DataValidationOperatorBetween)
}

func amount(dv *excelize.DataValidation) error {
	return dv.SetRange(0, "1000000000000000", excelize.DataValidationTypeDecimal, excelize.DataValidationOperatorBetween)
}

func decimalAny(dv *excelize.DataValidation) error {
	return dv.SetRange("-1000000000000000", "1000000000000000", excelize.DataValidationTypeDecimal, excelize.DataValidationOperatorBetween)
}

// widths sets the column widths from classes, one letter a column: n narrow (No), c code,
// a amount, p percentage or count, s short text, t text, w wide text.
func (b *book) widths(sheet, classes string) {
	for i, k := range classes {
		c := colName(i + 1)
		var err error
		switch k {
		case 'n':
			err = b.f.SetColWidth(sheet, c, c, 6)
		case 'c':
			err = b.f.SetColWidth(sheet, c, c, 20)
		case 'a':
			err = b.f.SetColWidth(sheet, c, c, 18)
		case 'p':
			err = b.f.SetColWidth(sheet, c, c, 12)
		case 's':
			err = b.f.SetColWidth(sheet, c, c, 14)
		case 't':
			err = b.f.SetColWidth(sheet, c, c, 36)
		case 'w':
			err = b.f.SetColWidth(sheet, c, c, 50)
		}
		b.check(err)
	}
}

func (b *book) freeze(sheet string, rows, cols int) {
	b.check(b.f.SetPanes(sheet, &excelize.Panes{Freeze: true, XSplit: cols, YSplit: rows,
		TopLeftCell: cell(cols+1, rows+1), ActivePane: "bottomRight"}))
}

func (b *book) protect(sheet string) {
	b.check(b.f.ProtectSheet(sheet, &excelize.SheetProtectionOptions{
		Password: b.o.Password, SelectLockedCells: true, SelectUnlockedCells: true,
		FormatColumns: true, FormatRows: true,
	}))
}

func (b *book) titles(sheet, title string, lastCol int) {
	b.str(sheet, 1, 1, title, "title")
	sub := b.o.Instansi
	if b.o.Kabupaten != "" {
		sub += ", " + b.o.Kabupaten
	}
	b.str(sheet, 1, 2, sub, "subtitle")
}

// header writes a one-row header with its column-number row.
func (b *book) header(sheet string, labels, numbers []string) {
	for i, l := range labels {
		b.str(sheet, i+1, headerRow, l, "header")
	}
	for i, n := range numbers {
		if _, err := strconv.Atoi(n); err == nil {
			b.num(sheet, i+1, numberRow, n, "number")
		} else {
			b.str(sheet, i+1, numberRow, n, "number")
		}
	}
	b.check(b.f.SetRowHeight(sheet, headerRow, 32))
}

func seq(n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = strconv.Itoa(i + 1)
	}
	return out
}

// paper makes every sheet print as every workbook lkjip writes (report.Paper): A4 as wide as
// the page, headed with the unit, the year and the sheet, footed with "Halaman N dari M".
func (b *book) paper() {
	b.check(report.Paper{Head: fmt.Sprintf("%s · LKjIP %d", b.o.Instansi, b.o.Year), SheetName: true, Lang: "id"}.Apply(b.f))
}

func build(o Options) (*book, error) {
	o, err := o.withDefaults()
	if err != nil {
		return nil, err
	}
	b := &book{f: excelize.NewFile(), o: o, st: map[string]int{}}
	b.at.identitas = map[string]string{}
	b.at.ringkasan = map[string]string{}
	if err := b.styles(); err != nil {
		b.f.Close()
		return nil, err
	}
	b.check(b.f.SetSheetName("Sheet1", SheetPetunjuk))
	for _, s := range Sheets[1:] {
		_, err := b.f.NewSheet(s)
		b.check(err)
	}
	// The sheets refer to each other; rows are fixed by the options, so the order of
	// writing does not matter.
	b.planLRA()
	b.identitas()
	b.iku()
	b.pk()
	b.pengukuran()
	b.anggaranSasaran()
	b.lra()
	b.ringkasan()
	b.pegawai()
	b.inventaris()
	b.skala()
	b.petunjuk()
	b.paper()
	b.f.SetActiveSheet(0)
	yes := true
	b.check(b.f.SetCalcProps(&excelize.CalcPropsOptions{FullCalcOnLoad: &yes}))
	b.check(b.f.SetDocProps(&excelize.DocProperties{Title: "Templat LKjIP " + strconv.Itoa(o.Year) + " " + o.Instansi,
		Creator: "lkjip template", Language: "id-ID"}))
	if b.err != nil {
		b.f.Close()
		return nil, b.err
	}
	return b, nil
}
