package report

import (
	"bytes"
	"encoding/json"
	"io"
	"strings"
	"testing"

	"lkjip/reconcile"
)

func results() []*reconcile.Result {
	return []*reconcile.Result{
		{Path: "a.xlsx", Unit: "Kecamatan Kragan", Year: 2021, Findings: []reconcile.Finding{
			{Rule: "UM001", Severity: reconcile.Warning, Message: reconcile.Text{ID: "Sheet tidak ditemukan", EN: "Sheet not found"}, Expected: "Ringkasan"},
			{Rule: "LRA002", Severity: reconcile.Error, Sheet: "LRA", Cell: "F7", Message: reconcile.Text{ID: "seharusnya 98,32", EN: "should be 98.32"}, Expected: "98.32", Actual: "98.82"},
			{Rule: "LRA004", Severity: reconcile.Error, Sheet: "LRA", Cell: "C25", Message: reconcile.Text{ID: "jumlah", EN: "sum"}, Expected: "2600634075", Actual: "2739149000"},
		}},
		{Path: "b.xlsx", Err: &reconcile.FileError{Code: "empty", Message: reconcile.Text{ID: "b.xlsx: berkas kosong", EN: "b.xlsx: the file is empty"}}},
	}
}

func TestText(t *testing.T) {
	var b bytes.Buffer
	if err := write("text", &b, results(), "id"); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{"Berkas: a.xlsx · Instansi: Kecamatan Kragan · Tahun: 2021", "Sheet: (buku kerja) (1)", "Sheet: LRA (2)",
		"2.739.149.000", "2.600.634.075", "98,82", "98,32", "kesalahan", "b.xlsx: berkas kosong",
		"2 berkas diperiksa: 2 kesalahan, 1 peringatan, 0 catatan; 1 berkas tidak dapat diperiksa."} {
		if !strings.Contains(out, want) {
			t.Errorf("text output lacks %q:\n%s", want, out)
		}
	}
	b.Reset()
	write("text", &b, results(), "en")
	if !strings.Contains(b.String(), "2,739,149,000") || !strings.Contains(b.String(), "2 error(s), 1 warning(s), 0 note(s); 1 file(s) could not be checked.") {
		t.Errorf("English output:\n%s", b.String())
	}
}

func TestJSON(t *testing.T) {
	var b bytes.Buffer
	if err := write("json", &b, results(), "en"); err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	files := doc["files"].([]any)
	first := files[0].(map[string]any)
	f := first["findings"].([]any)[1].(map[string]any)
	if f["rule"] != "LRA002" || f["severity"] != "error" || f["sheet"] != "LRA" || f["cell"] != "F7" || f["expected"] != "98.32" || f["actual"] != "98.82" || f["message"] != "should be 98.32" {
		t.Errorf("finding %+v", f)
	}
	second := files[1].(map[string]any)
	if second["error"] != "b.xlsx: the file is empty" || second["error_code"] != "empty" || len(second["findings"].([]any)) != 0 {
		t.Errorf("unreadable file %+v", second)
	}
	var typed struct{ Summary Totals }
	if err := json.Unmarshal(b.Bytes(), &typed); err != nil || typed.Summary.Errors != 2 || typed.Summary.Unreadable != 1 || typed.Summary.Files != 2 {
		t.Errorf("summary %+v %v", typed.Summary, err)
	}
}

func TestDisplay(t *testing.T) {
	cases := map[string]string{"2021": "2021", "98.32": "98,32", "2739149000": "2.739.149.000", "-1500000": "-1.500.000", "Baik": "Baik", "": "", "100.00": "100,00",
		// A finding's figure is printed as it spells, not at a stored double's 15 digits.
		"80123456789012345.67": "80.123.456.789.012.345,67"}
	for in, want := range cases {
		if got := display(in, "id"); got != want {
			t.Errorf("display(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestAcceptedFindings(t *testing.T) {
	rs := results()
	rs[0].Findings[1].Accepted, rs[0].Findings[1].Reason = true, "salah ketik yang sudah dibetulkan"
	var b bytes.Buffer
	if err := write("text", &b, rs, "id"); err != nil {
		t.Fatal(err)
	}
	out := strings.Join(strings.Fields(b.String()), " ") // lines wrap at the terminal's width
	for _, want := range []string{"kesalahan (diterima)", "Diterima: salah ketik", "2 berkas diperiksa: 1 kesalahan, 1 peringatan, 0 catatan, 1 diterima; 1 berkas tidak dapat diperiksa."} {
		if !strings.Contains(out, want) {
			t.Errorf("text output lacks %q:\n%s", want, out)
		}
	}
	b.Reset()
	write("text", &b, rs, "en")
	if !strings.Contains(b.String(), "error (accepted)") || !strings.Contains(b.String(), "1 error(s), 1 warning(s), 0 note(s), 1 accepted;") {
		t.Errorf("English output:\n%s", b.String())
	}
	b.Reset()
	if err := write("json", &b, rs, "en"); err != nil {
		t.Fatal(err)
	}
	doc := decodeReport(t, b.Bytes())
	f := doc.Files[0].Findings
	if f[1]["accepted"] != true || f[1]["reason"] != "salah ketik yang sudah dibetulkan" || f[1]["severity"] != "error" {
		t.Errorf("accepted finding %+v", f[1])
	}
	if _, ok := f[2]["accepted"]; ok {
		t.Errorf("a finding not accepted carries \"accepted\": %+v", f[2])
	}
	if doc.Summary.Errors != 1 || doc.Summary.Accepted != 1 {
		t.Errorf("summary %+v", doc.Summary)
	}
}

// TestFollowingFindings: a finding that only follows from another (Because) is listed and
// marked in every output, and counted in none.
func TestFollowingFindings(t *testing.T) {
	rs := results()
	rs[0].Findings[2].Because = "LRA!F7"
	var b bytes.Buffer
	if err := write("text", &b, rs, "id"); err != nil {
		t.Fatal(err)
	}
	if out := b.String(); !strings.Contains(out, "kesalahan (ikutan)") || !strings.Contains(out, "2 berkas diperiksa: 1 kesalahan, 1 peringatan, 0 catatan, 1 ikutan;") {
		t.Errorf("text output:\n%s", out)
	}
	b.Reset()
	if err := write("json", &b, rs, "en"); err != nil {
		t.Fatal(err)
	}
	doc := decodeReport(t, b.Bytes())
	if f := doc.Files[0].Findings; f[2]["because"] != "LRA!F7" || f[2]["severity"] != "error" {
		t.Errorf("following finding %+v", f[2])
	} else if _, ok := f[1]["because"]; ok {
		t.Errorf("a finding that counts carries \"because\": %+v", f[1])
	}
	if doc.Summary.Errors != 1 {
		t.Errorf("summary %+v", doc.Summary)
	}
	b.Reset()
	if err := write("html", &b, rs, "en"); err != nil {
		t.Fatal(err)
	}
	if out := b.String(); !strings.Contains(out, ">following<") {
		t.Errorf("the page does not mark the following finding")
	}
}

// write prints results in the format of a name, as lkjip check --format does.
func write(format string, out io.Writer, results []*reconcile.Result, lang string) error {
	return FormatNamed(format).Write(out, results, Options{Lang: lang})
}

// jsonReport is the part of the JSON output the tests read.
type jsonReport struct {
	Files []struct {
		Findings []map[string]any `json:"findings"`
	} `json:"files"`
	Summary Totals `json:"summary"`
}

func decodeReport(t *testing.T, data []byte) jsonReport {
	t.Helper()
	var doc jsonReport
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	return doc
}
