// Package realreports holds tables transcribed from published performance reports of
// Indonesian government units (LKjIP, LKj, LKPJ, an e-kinerja page, the DJPK APBD portal),
// each as printed, with the mistakes the report prints, and the hand-verified expectations a
// checker must meet on them (issue #16, item 3).
//
// A report's table is not the standard workbook's: it has its own headers (line breaks, years
// in labels, column-number rows), its own notation (Indonesian or US, percentages as text,
// units after amounts) and its own mistakes. Every source below is written the way a unit
// pastes it into the standard workbook: on the sheet the spec gives that kind of table, with
// its own header kept, title rows above it. The cells are text cells holding exactly what the
// report prints, as a copy from a PDF or a web page gives them; a checker has to read them.
//
// Each source names its URL, its unit, the report year and the table number. Nothing here is
// invented except the small Identitas sheet (the unit's name and the year, from the report's
// cover), without which no checker knows the report year T.
package realreports

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

// Source is one published report and what is transcribed from it.
type Source struct {
	// Key is the file name of its workbook, without .xlsx.
	Key string
	// Unit is the government unit, Kind what kind of unit it is.
	Unit, Kind string
	// Year is the report year T.
	Year int
	// Document names the report; URL is where it was read; Tables the tables transcribed.
	Document, URL, Tables string
	// Notes say how the transcription was made where the source left a choice.
	Notes []string
	// Sheets are the workbook's sheets, in order. Identitas comes first.
	Sheets []Sheet
	// Expect are the hand-verified expectations.
	Expect []Expect
	// Read lists the tables a checker must recognise, with the roles it must find in them.
	Read []ReadExpect
}

// Sheet is one sheet: rows of cells as printed, top to bottom from row 1, and the merged
// ranges ("A8:G8") the report's layout has.
type Sheet struct {
	Name   string
	Rows   [][]string
	Merges []string
}

// Expect is one hand-verified cell.
type Expect struct {
	// Cell is "Sheet!A1".
	Cell string
	// Mistake: the report prints a wrong figure here. Otherwise the cell is right and no
	// error may name it.
	Mistake bool
	// Alt are other cells a finding may name instead of Cell for the same mistake (the
	// input that would explain it, as the spec's "fewest cells" allows).
	Alt []string
	// Calc is how the figure follows from its inputs, over cells of the same sheet:
	// "G6/E6*100", "(E7+E9)/(D7+D9)*100", "sum(H5:H7)", "avg(H5,H6,H7)". Empty where nothing
	// is derived (an n/a, a header label, a percentage over a zero budget).
	Calc string
	// Want is the right value of a mistake, as a plain decimal ("95.29"); "" where no single
	// value is right (a % over a zero anggaran).
	Want string
	// Units: the figures are printed rounded to 0,01 of a unit ("2.325,32 M"), so the
	// printed figure is right when the exact recomputation from any values that round to the
	// printed inputs rounds to it (the DJPK portal).
	Units bool
	// Why is the check in words, for the scorecard and the README.
	Why string
	// Now: lkjip meets this expectation today; the test fails when it stops doing so.
	Now bool
	// Gap, when Now is false: which item of issue #16 would make lkjip meet it, and how.
	Gap string
}

// ReadExpect is a table a checker must recognise: on Sheet, with a column for each Role
// (the role names of lkjip/reconcile/workbook: "target", "realisasi", "capaian", "anggaran",
// "persen").
type ReadExpect struct {
	Sheet string
	Roles []string
	// At gives, for some roles, the column that holds them ("realisasi": "P"), where a
	// checker could take a wrong one (a month under the group label instead of its Jumlah).
	At  map[string]string
	Now bool
	Gap string
}

// All returns every source, in the order of the README.
func All() []*Source {
	return []*Source{
		GunungKaler2020(),
		SetdaSumut2021(),
		PolmanPenyusunanAnggaran2022(),
		Kaimana2021(),
		DikbudTegal2022(),
		InspektoratSampang2019(),
		ItjenPUPR2020(),
		DJPKProv20Pemda03(),
		DJPKProv20Pemda25(),
	}
}

// identitas is the Identitas sheet every source gets: the unit and the year from the cover.
func identitas(unit, region string, year int) Sheet {
	rows := [][]string{{"Nama Instansi", unit}}
	if region != "" {
		rows = append(rows, []string{"Kabupaten/Kota", region})
	}
	rows = append(rows, []string{"Tahun Laporan", strconv.Itoa(year)})
	return Sheet{Name: "Identitas", Rows: rows}
}

// Write writes the source's workbook into dir as Key.xlsx and returns its path. Every cell is
// a text cell holding the printed text: a figure reaches the checker as the report prints it.
func (s *Source) Write(dir string) (string, error) {
	f := excelize.NewFile()
	defer f.Close()
	for i, sh := range s.Sheets {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", sh.Name); err != nil {
				return "", err
			}
		} else if _, err := f.NewSheet(sh.Name); err != nil {
			return "", err
		}
		for r, row := range sh.Rows {
			for c, text := range row {
				if text == "" {
					continue
				}
				addr, err := excelize.CoordinatesToCellName(c+1, r+1)
				if err != nil {
					return "", err
				}
				if err := f.SetCellStr(sh.Name, addr, text); err != nil {
					return "", err
				}
			}
		}
		for _, m := range sh.Merges {
			a, b, ok := strings.Cut(m, ":")
			if !ok {
				return "", fmt.Errorf("%s: merge %q is not a range", s.Key, m)
			}
			if err := f.MergeCell(sh.Name, a, b); err != nil {
				return "", err
			}
		}
	}
	path := filepath.Join(dir, s.Key+".xlsx")
	if err := f.SaveAs(path); err != nil {
		return "", err
	}
	return path, nil
}

// At returns the printed text of "Sheet!A1", and whether the sheet exists.
func (s *Source) At(ref string) (string, bool) {
	sheet, cell, ok := strings.Cut(ref, "!")
	if !ok {
		return "", false
	}
	for _, sh := range s.Sheets {
		if sh.Name != sheet {
			continue
		}
		c, r, err := excelize.CellNameToCoordinates(cell)
		if err != nil || r > len(sh.Rows) || c > len(sh.Rows[r-1]) {
			return "", true
		}
		return sh.Rows[r-1][c-1], true
	}
	return "", false
}

// WriteAll writes every source's workbook into dir.
func WriteAll(dir string) ([]string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	var paths []string
	for _, s := range All() {
		p, err := s.Write(dir)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", s.Key, err)
		}
		paths = append(paths, p)
	}
	return paths, nil
}
