package report

import (
	"fmt"
	"strconv"

	"github.com/xuri/excelize/v2"

	"lkjip/reconcile"
)

// Every report that is kept records how it was made (reconcile.Provenance): the JSON
// documents in a "provenance" object, the HTML page in a closing section, the annotated
// copies in rows under their list and in the workbook's custom document properties. The
// printers take the run's provenance as a parameter after the language; nil records nothing
// (tests that look at something else). The text and CSV outputs carry none: the text is for
// the terminal, and a CSV row is a finding, which a line of another kind would break.

var provWords = map[string]reconcile.Text{
	"title":     {ID: "Cara laporan ini dibuat", EN: "How this report was made"},
	"tool":      {ID: "Alat", EN: "Tool"},
	"catalogue": {ID: "Katalog aturan", EN: "Rule catalogue"},
	"rules":     {ID: "aturan", EN: "rules"},
	"settings":  {ID: "Pengaturan", EN: "Settings"},
	"default":   {ID: "bawaan (tanpa berkas pengaturan)", EN: "default (no settings file)"},
	"time":      {ID: "Waktu", EN: "Time"},
	"input":     {ID: "Berkas diperiksa", EN: "File checked"},
	"input-old": {ID: "Berkas lama", EN: "Old file"},
	"input-new": {ID: "Berkas baru", EN: "New file"},
	"input-lra": {ID: "Ekspor LRA", EN: "LRA export"},
	"sha256":    {ID: "SHA-256", EN: "SHA-256"},
	"bytes":     {ID: "Ukuran (byte)", EN: "Size (bytes)"},
	"unread":    {ID: "(tidak dapat dibuka)", EN: "(could not be opened)"},
	"verify": {ID: "Untuk memastikan sebuah berkas adalah berkas yang diperiksa, hitung SHA-256-nya (sha256sum BERKAS, atau di Windows: certutil -hashfile BERKAS SHA256) dan bandingkan dengan yang tercatat di sini.",
		EN: "To confirm that a file is the one checked, compute its SHA-256 (sha256sum FILE, or on Windows: certutil -hashfile FILE SHA256) and compare it with the one recorded here."},
}

func pword(key, lang string) string { return provWords[key].In(lang) }

// provInputLabel names an input by its role: "Berkas diperiksa", "Berkas lama"...
func provInputLabel(in reconcile.FileRead, lang string) string {
	if t, ok := provWords["input-"+in.Role]; ok && in.Role != "" {
		return t.In(lang)
	}
	return pword("input", lang)
}

func provCatalogue(p *reconcile.Provenance, lang string) string {
	return fmt.Sprintf("%d %s · %s", p.Catalogue.Rules, pword("rules", lang), p.Catalogue.Digest)
}

func provSettings(p *reconcile.Provenance, lang string) string {
	if p.Settings.Path == "" {
		return pword("default", lang)
	}
	return p.Settings.Path + " · SHA-256 " + p.Settings.SHA256
}

// jsonProvenance is the "provenance" object of the JSON documents.
type jsonProvenance struct {
	Tool      string `json:"tool"`
	Catalogue struct {
		Rules  int    `json:"rules"`
		Digest string `json:"digest"`
	} `json:"catalogue"`
	// Settings is {"path","sha256"}, or {"default": true} when no settings file was given.
	Settings struct {
		Path    string `json:"path,omitempty"`
		SHA256  string `json:"sha256,omitempty"`
		Default bool   `json:"default,omitempty"`
	} `json:"settings"`
	Time   string      `json:"time"`
	Inputs []jsonInput `json:"inputs"`
}

type jsonInput struct {
	Path   string `json:"path"`
	Role   string `json:"role,omitempty"`
	SHA256 string `json:"sha256"`
	Bytes  int64  `json:"bytes"`
}

func provJSON(p *reconcile.Provenance) *jsonProvenance {
	if p == nil {
		return nil
	}
	j := &jsonProvenance{Tool: p.Tool, Time: p.TimeText(), Inputs: []jsonInput{}}
	j.Catalogue.Rules, j.Catalogue.Digest = p.Catalogue.Rules, p.Catalogue.Digest
	if p.Settings.Path == "" {
		j.Settings.Default = true
	} else {
		j.Settings.Path, j.Settings.SHA256 = p.Settings.Path, p.Settings.SHA256
	}
	for _, in := range p.Inputs {
		j.Inputs = append(j.Inputs, jsonInput{Path: in.Path, Role: in.Role, SHA256: in.SHA256, Bytes: in.Bytes})
	}
	return j
}

// provView is the HTML page's closing section.
type provView struct {
	Title, Verify string
	Rows          [][2]string // label, value
	Inputs        []provInput
	// Heads of the inputs' table.
	File, SHA256, Bytes string
}

type provInput struct {
	Label, Path, SHA256, Bytes string
}

func provHTML(p *reconcile.Provenance, lang string) *provView {
	if p == nil {
		return nil
	}
	v := &provView{Title: pword("title", lang), Verify: pword("verify", lang),
		File: word("file", lang), SHA256: pword("sha256", lang), Bytes: pword("bytes", lang)}
	v.Rows = provHead(p, lang)
	for _, in := range p.Inputs {
		sum := in.SHA256
		if sum == "" {
			sum = pword("unread", lang)
		}
		v.Inputs = append(v.Inputs, provInput{Label: provInputLabel(in, lang), Path: in.Path, SHA256: sum, Bytes: strconv.FormatInt(in.Bytes, 10)})
	}
	return v
}

// provHead are the label-value lines about the run: tool, catalogue, settings and time.
func provHead(p *reconcile.Provenance, lang string) [][2]string {
	return [][2]string{
		{pword("tool", lang), p.Tool},
		{pword("catalogue", lang), provCatalogue(p, lang)},
		{pword("settings", lang), provSettings(p, lang)},
		{pword("time", lang), p.LocalTimeText(lang)},
	}
}

// provLines are the label-value lines an annotated copy lists under its table: the run's,
// then three per input (its path, SHA-256 and size).
func provLines(p *reconcile.Provenance, lang string) [][2]string {
	lines := provHead(p, lang)
	for _, in := range p.Inputs {
		sum := in.SHA256
		if sum == "" {
			sum = pword("unread", lang)
		}
		lines = append(lines, [2]string{provInputLabel(in, lang), in.Path},
			[2]string{pword("sha256", lang), sum},
			[2]string{pword("bytes", lang), strconv.FormatInt(in.Bytes, 10)})
	}
	return lines
}

// provRows writes the provenance on a sheet from a row on: the title in bold, then one line
// a row, its label in column A and its value in column C (the columns between are left
// empty, so that a long value such as a SHA-256 shows whole), then the note on how to verify
// a file. It returns the next free row.
func (a *annotator) provRows(sheet string, row int, p *reconcile.Provenance) (int, error) {
	if p == nil {
		return row, nil
	}
	bold, err := a.f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	if err != nil {
		return row, err
	}
	if err := a.listText(sheet, fmt.Sprintf("A%d", row), pword("title", a.lang)); err != nil {
		return row, err
	}
	if err := a.f.SetCellStyle(sheet, fmt.Sprintf("A%d", row), fmt.Sprintf("A%d", row), bold); err != nil {
		return row, err
	}
	row++
	for _, l := range provLines(p, a.lang) {
		if err := a.listText(sheet, fmt.Sprintf("A%d", row), l[0]); err != nil {
			return row, err
		}
		if err := a.listText(sheet, fmt.Sprintf("C%d", row), l[1]); err != nil {
			return row, err
		}
		row++
	}
	if err := a.listText(sheet, fmt.Sprintf("A%d", row), pword("verify", a.lang)); err != nil {
		return row, err
	}
	return row + 1, a.provProps(p)
}

// provProps records the provenance in the workbook's custom document properties (File >
// Properties > Custom in Excel and LibreOffice), which stay with the file when it is saved
// again and do not touch the owner's own title, description or keywords. The names are the
// same in both languages, for scripts: lkjip.tool, lkjip.catalogue, lkjip.settings,
// lkjip.settings.sha256, lkjip.time, and per input lkjip.input[.ROLE], .sha256, .bytes.
func (a *annotator) provProps(p *reconcile.Provenance) error {
	props := [][2]string{
		{"lkjip.tool", p.Tool},
		{"lkjip.catalogue", fmt.Sprintf("%d rules, %s", p.Catalogue.Rules, p.Catalogue.Digest)},
		{"lkjip.settings", p.Settings.Path},
		{"lkjip.settings.sha256", p.Settings.SHA256},
		{"lkjip.time", p.TimeText()},
	}
	if p.Settings.Path == "" {
		props[2][1], props[3][1] = "default", ""
	}
	for i, in := range p.Inputs {
		key := "lkjip.input"
		switch {
		case in.Role != "":
			key += "." + in.Role
		case i > 0:
			key += "." + strconv.Itoa(i+1)
		}
		props = append(props, [2]string{key, in.Path}, [2]string{key + ".sha256", in.SHA256},
			[2]string{key + ".bytes", strconv.FormatInt(in.Bytes, 10)})
	}
	for _, kv := range props {
		if kv[1] == "" {
			continue
		}
		if err := a.f.SetCustomProps(excelize.CustomProperty{Name: kv[0], Value: kv[1]}); err != nil {
			return fmt.Errorf("annotate: %s: %w", kv[0], err)
		}
	}
	return nil
}
