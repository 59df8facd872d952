package reconcile

import (
	"path/filepath"
	"regexp"
	"strings"

	"github.com/shopspring/decimal"

	"lkjip/reconcile/workbook"
)

// Formulas the spec leaves to the settings.
const (
	// NegatifDefault is (2 x Target - Realisasi) / Target x 100, PermenPANRB 8/2021.
	NegatifDefault = "2T-R"
	// NegatifRatio is Target / Realisasi x 100, the other formula seen in reports.
	NegatifRatio = "T/R"
	// EfisiensiDefault is 100 - % Serapan, the formula the Kragan report states.
	EfisiensiDefault = "100-serapan"
)

// Settings are the choices a run makes where the spec allows several, and the auditor's policy
// over the catalogue (severities, a predikat scale, accepted findings). Package
// reconcile/config reads them from a settings file (lkjip check --config); a field left at its
// zero value changes nothing.
type Settings struct {
	// File is the settings file these settings were read from and FileSHA256 the SHA-256 of
	// the bytes read (config.Load sets both); empty for the defaults. Reports record them
	// (Provenance).
	File, FileSHA256 string
	// Negatif is the % capaian formula for lower-is-better indicators.
	Negatif   string
	Efisiensi string
	// Tolerances widens the rounding rule per rule ID (default: none).
	Tolerances map[string]decimal.Decimal
	// Disabled turns rules off by ID.
	Disabled map[string]bool
	// Severities overrides the severity of every finding of a rule, by rule ID: Run applies
	// it, so that the exit status and the totals follow the auditor's judgement.
	Severities map[string]Severity
	// DeadlineMonth and DeadlineDay are the end of the filing window in the year after the
	// report year: a report must be signed before that day (default 1 April, the date by
	// which PermenPANRB 53/2014 has the LKjIP delivered: three months after the year's end).
	DeadlineMonth, DeadlineDay int
	// MaxUnzipMiB bounds, in MiB, what the parts read from one file may unpack to; 0 keeps
	// the reader's default (128 MiB).
	MaxUnzipMiB int
	// Serve bounds what one sending to lkjip serve may hold (the page where a unit checks its
	// own workbooks); a field left at 0 keeps the server's default.
	Serve ServeLimits
	// Scale, when set, replaces the predikat scale of every workbook checked (bands highest
	// first, contiguous). The auditor's policy wins over a workbook's Skala sheet: the sheet is
	// then not the scale in force, so the checks of the sheet's own scale (SKL rules, which read
	// a scale that came from a sheet) have nothing to check.
	Scale *workbook.Scale
	// Units lists the units a batch is expected to hold: BKS004 reports each one that sent no
	// workbook.
	Units []Unit
	// Accept lists findings the auditor has accepted: Run marks a finding they match as
	// accepted, and hands those that match no finding to the AcceptanceRule.
	Accept []Acceptance
}

// ServeLimits bound one sending to lkjip serve: a sending beyond them is refused with a
// message, before any file of it is checked.
type ServeLimits struct {
	// MaxUploadMiB bounds, in MiB, the size of all the files of one sending together
	// (default 32).
	MaxUploadMiB int
	// MaxFiles bounds how many files one sending may hold (default 20).
	MaxFiles int
}

// DefaultSettings returns the spec's defaults.
func DefaultSettings() *Settings {
	return &Settings{Negatif: NegatifDefault, Efisiensi: EfisiensiDefault, DeadlineMonth: 4, DeadlineDay: 1}
}

// Tolerance returns the tolerance of a rule; zero unless the settings widen it.
func (s *Settings) Tolerance(rule string) decimal.Decimal {
	if s == nil {
		return decimal.Zero
	}
	return s.Tolerances[rule]
}

// Unit is a government unit a batch should hold ("Kecamatan Kragan", "Kabupaten Rembang").
type Unit struct {
	Name      string
	Kabupaten string
}

// Acceptance is a known finding the auditor accepts, with the reason, in the manner of
// staticcheck's ignore directives: it needs a reason, and one that matches nothing is itself
// reported (by the AcceptanceRule), so that the settings stay honest about what they silence.
type Acceptance struct {
	Rule string // the rule's ID
	// Sheet is the sheet's name as the workbook writes it, in any case; "" accepts the
	// findings about the whole workbook (those that name no sheet).
	Sheet string
	// Cell is an A1 reference in any case, "$" allowed ("$F$7"); "" accepts the findings of
	// the sheet that name no cell.
	Cell string
	// File is the base name of the workbook it is about ("kragan-2021.xlsx"), in any case;
	// "" means every workbook checked.
	File string
	// Reason says why the finding is accepted; it is required.
	Reason string
	// At is where the acceptance is written ("lkjip.yaml:12"), for messages.
	At string
}

// AppliesTo reports whether the acceptance is about the workbook at path: it names no file,
// or the path's base name.
func (a Acceptance) AppliesTo(path string) bool {
	return a.File == "" || strings.EqualFold(filepath.Base(a.File), filepath.Base(path))
}

// Matches reports whether the acceptance covers a finding: the same rule and sheet, ignoring
// case, and the same cell, ignoring case and "$".
func (a Acceptance) Matches(f Finding) bool {
	return strings.EqualFold(strings.TrimSpace(a.Rule), f.Rule) &&
		strings.EqualFold(strings.TrimSpace(a.Sheet), strings.TrimSpace(f.Sheet)) &&
		normalCell(a.Cell) == normalCell(f.Cell)
}

func normalCell(ref string) string {
	return strings.ToUpper(strings.ReplaceAll(strings.TrimSpace(ref), "$", ""))
}

// ParseCell reads an A1 reference in any case, "$" allowed ("$f$7"), as findings write it
// ("F7"), with its column and row; ok is false when ref is not a reference inside a sheet's
// bounds (XFD1048576).
func ParseCell(ref string) (norm string, col, row int, ok bool) {
	if !reCell.MatchString(strings.TrimSpace(ref)) {
		return "", 0, 0, false
	}
	norm = normalCell(ref)
	i := 0
	for ; norm[i] >= 'A' && norm[i] <= 'Z'; i++ {
		col = col*26 + int(norm[i]-'A'+1)
	}
	for _, d := range norm[i:] {
		row = row*10 + int(d-'0')
	}
	if col > 16384 || row > 1048576 {
		return "", 0, 0, false
	}
	return norm, col, row, true
}

var reCell = regexp.MustCompile(`^\$?[A-Za-z]{1,3}\$?[1-9][0-9]{0,6}$`)

// ParseSeverity reads a severity by its English name (error, warning, info or note) or its
// Indonesian one (kesalahan, peringatan, catatan; galat, the word of earlier versions), in any case.
func ParseSeverity(s string) (Severity, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "error", "kesalahan", "galat":
		return Error, true
	case "warning", "peringatan":
		return Warning, true
	case "info", "note", "catatan":
		return Info, true
	}
	return Info, false
}
