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
	// Following counts the findings that only follow another (Because): listed, not counted.
	Following int `json:"following"`
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
// "1 berkas diperiksa: 61 kesalahan, 3 peringatan, 1 catatan." (or in English).
func (t Totals) Line(lang string) string {
	return "1 " + map[bool]string{true: "file(s) checked", false: "berkas diperiksa"}[lang == "en"] + ": " + t.Counts(lang)
}

// Counts is the totals as the annotated copy and the page say them: "61 kesalahan, 3 peringatan,
// 1 catatan." (or in English).
func (t Totals) Counts(lang string) string {
	var s string
	if lang == "en" {
		s = fmt.Sprintf("%d error(s), %d warning(s), %d note(s)", t.Errors, t.Warnings, t.Infos)
		if t.Following > 0 {
			s += fmt.Sprintf(", %d following", t.Following)
		}
	} else {
		s = fmt.Sprintf("%d kesalahan, %d peringatan, %d catatan", t.Errors, t.Warnings, t.Infos)
		if t.Following > 0 {
			s += fmt.Sprintf(", %d ikutan", t.Following)
		}
	}
	return s + "."
}

// Marshal writes the totals as the golden file holds them.
func (t Totals) Marshal() []byte {
	b, err := json.MarshalIndent(t, "", "  ")
	if err != nil {
		panic(err)
	}
	return append(b, '\n')
}
