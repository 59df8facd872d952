package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"lkjip/reconcile"
)

// causeResult is a result whose findings name candidates and causes: F7 could also be D7 or
// C7; E7 and Ringkasan!B15 follow F7, Ringkasan!B9 follows B15 (a chain across sheets), and
// B4 follows a cell without a finding of its own.
func causeResult() *reconcile.Result {
	msg := func(s string) reconcile.Text { return reconcile.Text{ID: s, EN: s + " (en)"} }
	return &reconcile.Result{Path: "a.xlsx", Unit: "Kecamatan Kragan", Year: 2021, Findings: []reconcile.Finding{
		{Rule: "UM001", Severity: reconcile.Warning, Message: msg("sheet hilang")},
		{Rule: "LRA002", Severity: reconcile.Error, Sheet: "LRA", Cell: "F7", Message: msg("persen F7"), Expected: "98.32", Actual: "98.82",
			Candidates: []string{"LRA!D7", "LRA!C7", "Ringkasan!B13"}},
		{Rule: "LRA004", Severity: reconcile.Error, Sheet: "LRA", Cell: "C25", Message: msg("jumlah C25"), Expected: "2600634075", Actual: "2739149000"},
		{Rule: "RGK004", Severity: reconcile.Error, Sheet: "Ringkasan", Cell: "B15", Message: msg("serapan B15"), Because: "LRA!F7"},
		{Rule: "LRA001", Severity: reconcile.Error, Sheet: "LRA", Cell: "E7", Message: msg("selisih E7"), Because: "LRA!F7"},
		{Rule: "RGK002", Severity: reconcile.Warning, Sheet: "Ringkasan", Cell: "B9", Message: msg("rata-rata B9"), Because: "Ringkasan!B15"},
		{Rule: "RGK001", Severity: reconcile.Error, Sheet: "Ringkasan", Cell: "B4", Message: msg("capaian B4"), Because: "Pengukuran!H7"},
	}}
}

func TestRefList(t *testing.T) {
	for _, tc := range []struct {
		in   []string
		want string
	}{
		{[]string{"Realisasi Anggaran!D7", "Realisasi Anggaran!D9"}, "Realisasi Anggaran!D7, D9"},
		{[]string{"LRA!D7", "Ringkasan!B4", "LRA!C7"}, "LRA!D7, Ringkasan!B4, LRA!C7"},
		{[]string{"[lra.xlsx]LRA!D34", "[lra.xlsx]LRA!D35"}, "[lra.xlsx]LRA!D34, D35"},
		{[]string{"F7", "G7"}, "F7, G7"},
		{nil, ""},
	} {
		if got := reconcile.RefList(tc.in); got != tc.want {
			t.Errorf("RefList(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestArrange(t *testing.T) {
	var got []string
	for _, p := range arrange(causeResult().Findings) {
		got = append(got, fmt.Sprintf("%d:%s", p.depth, p.Cell))
	}
	if want := "0: 0:F7 1:B15 2:B9 1:E7 0:C25 0:B4"; strings.Join(got, " ") != want {
		t.Errorf("order %q, want %q", strings.Join(got, " "), want)
	}
	// A cycle of causes is broken, and nothing is lost.
	cycle := []reconcile.Finding{{Sheet: "S", Cell: "A1", Because: "S!A2"}, {Sheet: "S", Cell: "A2", Because: "S!A1"}, {Sheet: "S", Cell: "A3", Because: "S!A3"}}
	if p := arrange(cycle); len(p) != 3 || p[0].Cell != "A1" || p[1].Cell != "A2" || p[1].depth != 1 || p[2].depth != 0 {
		t.Errorf("cycle arranged %+v", p)
	}
}

func TestCauseTotals(t *testing.T) {
	rs := []*reconcile.Result{causeResult()}
	if tot := Count(rs); tot.Errors != 2 || tot.Warnings != 1 || tot.Following != 4 {
		t.Errorf("totals %+v: a finding that follows is neither an error nor a warning", tot)
	}
	if got := Summary(rs, "id"); got != "1 berkas diperiksa: 2 kesalahan, 1 peringatan, 0 catatan, 4 ikutan." {
		t.Errorf("summary %q", got)
	}
	if got := Summary(rs, "en"); got != "1 file(s) checked: 2 error(s), 1 warning(s), 0 note(s), 4 following." {
		t.Errorf("summary %q", got)
	}
	if got := Summary([]*reconcile.Result{{Path: "b.xlsx"}}, "id"); strings.Contains(got, "ikutan") {
		t.Errorf("no finding follows, yet the summary says %q", got)
	}
}

func TestCauseText(t *testing.T) {
	var b bytes.Buffer
	if err := write("text", &b, []*reconcile.Result{causeResult()}, "id"); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"atau salah satu dari: LRA!D7, C7,", "Ringkasan!B13",
		"└ Ringkasan!B15", "└ Ringkasan!B9", "└ E7", "kesalahan (ikutan)", "ikut: LRA!F7", "ikut: Ringkasan!B15", "ikut: Pengukuran!H7",
		"Sheet: LRA (5)", "Sheet: Ringkasan (1)", "2 kesalahan, 1 peringatan, 0 catatan, 4 ikutan.",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("text lacks %q:\n%s", want, out)
		}
	}
	// Under its cause: F7, then what follows it, then C25; in blocks at the default width,
	// as a table in a wide terminal.
	for _, c := range []struct {
		width int
		row   string
	}{{0, `(?m)^ *(└ )?(Ringkasan!)?(F7|B15|B9|E7|C25) · `}, {160, `│ (└ )?(Ringkasan!)?(F7|B15|B9|E7|C25) `}} {
		var b bytes.Buffer
		if err := FormatNamed("text").Write(&b, []*reconcile.Result{causeResult()}, Options{Lang: "id", Width: c.width}); err != nil {
			t.Fatal(err)
		}
		order := regexp.MustCompile(c.row).FindAllStringSubmatch(b.String(), -1)
		var cells []string
		for _, m := range order {
			cells = append(cells, m[3])
		}
		if strings.Join(cells, " ") != "F7 B15 B9 E7 C25" {
			t.Errorf("width %d: rows in the order %q:\n%s", c.width, cells, b.String())
		}
	}
	b.Reset()
	write("text", &b, []*reconcile.Result{causeResult()}, "en")
	for _, want := range []string{"or one of: LRA!D7, C7,", "error (following)", "follows LRA!F7", "2 error(s), 1 warning(s), 0 note(s), 4 following."} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("English text lacks %q:\n%s", want, b.String())
		}
	}
}

func TestCauseJSON(t *testing.T) {
	var b bytes.Buffer
	if err := write("json", &b, []*reconcile.Result{causeResult()}, "en"); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Files []struct {
			Findings []map[string]any `json:"findings"`
		} `json:"files"`
		Summary map[string]int `json:"summary"`
	}
	if err := json.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	f := doc.Files[0].Findings
	if c, _ := f[1]["candidates"].([]any); len(c) != 3 || c[0] != "LRA!D7" {
		t.Errorf("candidates %+v", f[1])
	}
	if f[3]["because"] != "LRA!F7" {
		t.Errorf("because %+v", f[3])
	}
	for _, key := range []string{"candidates", "because"} {
		if _, ok := f[2][key]; ok {
			t.Errorf("a finding without %s carries it: %+v", key, f[2])
		}
	}
	if s := doc.Summary; s["errors"] != 2 || s["warnings"] != 1 || s["following"] != 4 {
		t.Errorf("summary %+v", s)
	}
	if !bytes.Contains(b.Bytes(), []byte(`"following": 4`)) {
		t.Errorf("summary without following:\n%s", b.String())
	}
}

func TestCauseHTML(t *testing.T) {
	var b bytes.Buffer
	if err := write("html", &b, []*reconcile.Result{causeResult()}, "id"); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		`<span class="alt">atau salah satu dari: LRA!D7, C7, Ringkasan!B13</span>`,
		`<span class="follows">ikut: LRA!F7</span>`, `<tr class="finding error following under">`,
		`<span class="mark follow">ikutan</span>`, `<td class="cell">└ B15<span class="in">Ringkasan</span></td>`,
		`<div class="stat following"><span class="n">4</span><span class="l">ikutan</span></div>`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("HTML lacks %s", want)
		}
	}
	// The chart counts the errors that count: LRA has F7 and C25, not E7 or B15.
	if !regexp.MustCompile(`>LRA</a><span class="track"><span class="bar" style="width: 100%"></span></span><span class="n">2</span>`).MatchString(out) {
		i := strings.Index(out, `class="chart"`)
		t.Errorf("chart: %s", out[i:min(len(out), i+600)])
	}
	// A result without causes shows none of it.
	b.Reset()
	write("html", &b, results()[:1], "id")
	if strings.Contains(b.String(), `class="stat following"`) || strings.Contains(b.String(), `<span class="alt">`) {
		t.Error("a result without causes shows them")
	}
}

func TestCauseAnnotate(t *testing.T) {
	path := annotateFixture(t)
	msg := func(s string) reconcile.Text { return reconcile.Text{ID: s, EN: s + " (en)"} }
	r := &reconcile.Result{Path: path, Findings: []reconcile.Finding{
		{Rule: "LRA003", Severity: reconcile.Error, Sheet: "Data", Cell: "B3", Message: msg("ikut B2"), Because: "Data!B2"},
		{Rule: "UM001", Severity: reconcile.Warning, Message: msg("buku kerja")},
		{Rule: "LRA002", Severity: reconcile.Error, Sheet: "Data", Cell: "B2", Message: msg("kesalahan B2"), Expected: "999", Actual: "1000",
			Candidates: []string{"Data!A2", "Data!C2"}},
	}}
	f := annotateOpen(t, annotateCopy(t, r, "id", AnnotateOptions{}))
	if text, _, _ := annotateComment(t, f, "Data", "B2"); !strings.Contains(text, "atau salah satu dari: Data!A2, C2") {
		t.Errorf("comment at B2: %q", text)
	}
	if text, _, _ := annotateComment(t, f, "Data", "B3"); !strings.Contains(text, "LRA003 · kesalahan (ikutan)") || !strings.Contains(text, "ikut: Data!B2") {
		t.Errorf("comment at B3: %q", text)
	}
	rows, _ := f.GetRows(f.GetSheetList()[0])
	// The list: the workbook's finding, B2, then B3 under it.
	if len(rows) < 4 || rows[1][3] != "UM001" || rows[2][2] != "B2" || rows[3][2] != "B3" || rows[3][4] != "kesalahan (ikutan)" ||
		!strings.Contains(rows[2][7], "atau salah satu dari: Data!A2, C2") || !strings.Contains(rows[3][7], "ikut: Data!B2") {
		t.Errorf("Temuan rows %q", rows[:min(len(rows), 4)])
	}
	// The links follow the rows.
	if _, loc, _ := f.GetCellHyperLink(f.GetSheetList()[0], "C4"); loc != "'Data'!B3" {
		t.Errorf("row 4 links to %q", loc)
	}
	found := false
	for _, row := range rows {
		found = found || (len(row) > 0 && row[0] == "1 kesalahan, 1 peringatan, 0 catatan, 1 ikutan.")
	}
	if !found {
		t.Errorf("no totals line with the finding that follows: %q", rows)
	}
}
