// Package golden holds what lkjip finds in the Kragan 2021 sample, in one file
// (kragan-2021.json): the totals every test of an output (the command, the checking page, the
// annotated copy, the HTML report) and the README are checked against. When a change of the
// rules changes them, `go test ./reconcile -run TestKraganGolden -update` writes the file anew
// and the diff shows the change for review; nothing else needs editing.
package golden

import (
	_ "embed"
	"encoding/json"
	"fmt"
)

//go:embed kragan-2021.json
var kraganJSON []byte

// Path is the golden file's path from the module root.
const Path = "samples/golden/kragan-2021.json"

// Totals are a checked workbook's unit, year and counts of findings by severity.
type Totals struct {
	File     string `json:"file"`
	Unit     string `json:"unit"`
	Year     int    `json:"year"`
	Errors   int    `json:"errors"`
	Warnings int    `json:"warnings"`
	Infos    int    `json:"infos"`
}

// Kragan returns the golden totals of samples/kragan-2021.xlsx.
func Kragan() Totals {
	var t Totals
	if err := json.Unmarshal(kraganJSON, &t); err != nil {
		panic(fmt.Sprintf("%s: %v", Path, err))
	}
	return t
}

// Line is the totals as the text output's last line says them for this one file:
// "1 berkas diperiksa: 61 galat, 3 peringatan, 1 catatan." (or in English).
func (t Totals) Line(lang string) string {
	if lang == "en" {
		return fmt.Sprintf("1 file(s) checked: %d error(s), %d warning(s), %d note(s).", t.Errors, t.Warnings, t.Infos)
	}
	return fmt.Sprintf("1 berkas diperiksa: %d galat, %d peringatan, %d catatan.", t.Errors, t.Warnings, t.Infos)
}

// Counts is the totals as the annotated copy and the page say them: "61 galat, 3 peringatan,
// 1 catatan." (or in English).
func (t Totals) Counts(lang string) string {
	if lang == "en" {
		return fmt.Sprintf("%d error(s), %d warning(s), %d note(s).", t.Errors, t.Warnings, t.Infos)
	}
	return fmt.Sprintf("%d galat, %d peringatan, %d catatan.", t.Errors, t.Warnings, t.Infos)
}

// Marshal writes the totals as the golden file holds them.
func (t Totals) Marshal() []byte {
	b, err := json.MarshalIndent(t, "", "  ")
	if err != nil {
		panic(err)
	}
	return append(b, '\n')
}
