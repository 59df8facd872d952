package report

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"lkjip/reconcile"
)

// readCSV checks the byte-order mark and the line ends of the CSV form and parses it back.
func readCSV(t *testing.T, out []byte) [][]string {
	t.Helper()
	if !bytes.HasPrefix(out, []byte{0xEF, 0xBB, 0xBF}) {
		t.Fatalf("no UTF-8 byte-order mark: % x", out[:min(3, len(out))])
	}
	// Go's reader, like most, keeps the mark in the first field: a script skips it first.
	raw, err := csv.NewReader(bytes.NewReader(out)).Read()
	if err != nil || raw[0] != "\ufeffpath" {
		t.Errorf("without skipping the mark, the first field is %q (%v)", raw[0], err)
	}
	body := out[3:]
	if n, crlf := bytes.Count(body, []byte("\n")), bytes.Count(body, []byte("\r\n")); n == 0 || n != crlf {
		t.Errorf("%d line ends, %d of them CRLF", n, crlf)
	}
	r := csv.NewReader(bytes.NewReader(body))
	r.FieldsPerRecord = len(csvHeader)
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if want := "path,unit,year,rule,severity,sheet,cell,message,expected,actual,accepted,reason,candidates,because"; strings.Join(rows[0], ",") != want {
		t.Fatalf("header %q, want %q", strings.Join(rows[0], ","), want)
	}
	return rows[1:]
}

func TestCSV(t *testing.T) {
	rs := results()
	rs[0].Findings[2].Accepted, rs[0].Findings[2].Reason = true, "dibetulkan, \"lihat\" LKjIP 2022"
	rs[0].Findings[1].Candidates = []string{"Realisasi Anggaran!D7", "Realisasi Anggaran!C7", "LRA!C7", "O'Brien!A1"}
	rs[0].Findings[1].Because = "Realisasi Anggaran!D9"
	var b bytes.Buffer
	if err := write("csv", &b, rs, "id"); err != nil {
		t.Fatal(err)
	}
	rows := readCSV(t, b.Bytes())
	want := [][]string{
		{"a.xlsx", "Kecamatan Kragan", "2021", "UM001", "warning", "", "", "Sheet tidak ditemukan", "Ringkasan", "", "false", "", "", ""},
		// Candidates and the cause in Excel's notation, a sheet name of several words quoted.
		{"a.xlsx", "Kecamatan Kragan", "2021", "LRA002", "error", "LRA", "F7", "seharusnya 98,32", "98.32", "98.82", "false", "",
			"'Realisasi Anggaran'!D7 'Realisasi Anggaran'!C7 LRA!C7 'O''Brien'!A1", "'Realisasi Anggaran'!D9"},
		{"a.xlsx", "Kecamatan Kragan", "2021", "LRA004", "error", "LRA", "C25", "jumlah", "2600634075", "2739149000", "true", "dibetulkan, \"lihat\" LKjIP 2022", "", ""},
		// An unreadable file: one row, its message in message.
		{"b.xlsx", "", "", "", "unreadable", "", "", "b.xlsx: berkas kosong", "", "", "false", "", "", ""},
	}
	if len(rows) != len(want) {
		t.Fatalf("%d rows, want %d:\n%q", len(rows), len(want), rows)
	}
	for i := range want {
		if !slices.Equal(rows[i], want[i]) {
			t.Errorf("row %d\n got %q\nwant %q", i+1, rows[i], want[i])
		}
	}

	b.Reset()
	if err := write("csv", &b, rs, "en"); err != nil {
		t.Fatal(err)
	}
	rows = readCSV(t, b.Bytes())
	if rows[1][7] != "should be 98.32" || rows[1][8] != "98.32" || rows[3][7] != "b.xlsx: the file is empty" {
		t.Errorf("English rows %q", rows)
	}

	// No result, or a clean file: the header alone.
	for _, rs := range [][]*reconcile.Result{nil, {{Path: "bersih.xlsx", Unit: "Kecamatan Lasem", Year: 2023}}} {
		b.Reset()
		if err := write("csv", &b, rs, "id"); err != nil {
			t.Fatal(err)
		}
		if rows := readCSV(t, b.Bytes()); len(rows) != 0 {
			t.Errorf("%d rows for no finding", len(rows))
		}
	}
}

// TestCSVKragan checks the CSV form of the Kragan sample against its JSON form: one row a
// finding, in the same order, with the same fields.
func TestCSVKragan(t *testing.T) {
	r := checkKragan(t)
	var c, j bytes.Buffer
	if err := write("csv", &c, []*reconcile.Result{r}, "id"); err != nil {
		t.Fatal(err)
	}
	if err := write("json", &j, []*reconcile.Result{r}, "id"); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Files []struct {
			Path     string
			Unit     string
			Year     int
			Findings []map[string]any
		}
	}
	if err := json.Unmarshal(j.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	rows := readCSV(t, c.Bytes())
	findings := doc.Files[0].Findings
	if len(rows) != len(r.Findings) || len(rows) != len(findings) {
		t.Fatalf("%d rows, %d findings", len(rows), len(r.Findings))
	}
	for i, row := range rows {
		if row[0] != r.Path || row[1] != "Kecamatan Kragan" || row[2] != "2021" {
			t.Errorf("row %d: file fields %q", i+1, row[:3])
		}
		for col, key := range csvHeader {
			if col < 3 || key == "accepted" || key == "reason" || key == "candidates" || key == "because" {
				continue
			}
			if want, _ := findings[i][key].(string); row[col] != want {
				t.Errorf("row %d, %s: %q, JSON says %q", i+1, key, row[col], want)
			}
		}
		if row[10] != "false" || row[11] != "" {
			t.Errorf("row %d: accepted %q, reason %q", i+1, row[10], row[11])
		}
	}
}

// TestCSVFormulas checks that a text a spreadsheet would run as a formula is written inert,
// and that figures are not touched.
func TestCSVFormulas(t *testing.T) {
	cases := map[string]string{
		`=HYPERLINK("x","y")`: `'=HYPERLINK("x","y")`,
		"+1+1":                "'+1+1",
		"@SUM(A1:A2)":         "'@SUM(A1:A2)",
		"-2+3":                "'-2+3",
		"\t=1":                "'\t=1",
		"-1500000":            "-1500000",
		"-0.5":                "-0.5",
		"98.32":               "98.32",
		"-":                   "-",
		"":                    "",
		"Baik":                "Baik",
		"a=b":                 "a=b",
	}
	for in, want := range cases {
		rs := []*reconcile.Result{{Path: "a.xlsx", Findings: []reconcile.Finding{{Rule: "UM002", Severity: reconcile.Error, Sheet: "LRA", Cell: "C7",
			Message: reconcile.Text{ID: in}, Actual: in}}}}
		var b bytes.Buffer
		if err := write("csv", &b, rs, "id"); err != nil {
			t.Fatal(err)
		}
		rows := readCSV(t, b.Bytes())
		if rows[0][7] != want || rows[0][9] != want {
			t.Errorf("%q is written %q / %q, want %q", in, rows[0][7], rows[0][9], want)
		}
	}
	// A cause named by a sheet a spreadsheet would run is quoted, so never starts a formula.
	for sheet, want := range map[string]string{"=HYPERLINK(\"x\")": `'=HYPERLINK("x")'!A1`, "+1": "'+1'!A1", "@x": "'@x'!A1", "-2": "'-2'!A1"} {
		rs := []*reconcile.Result{{Path: "a.xlsx", Findings: []reconcile.Finding{{Rule: "UM002", Severity: reconcile.Error, Sheet: "LRA", Cell: "C7",
			Message: reconcile.Text{ID: "x"}, Candidates: []string{sheet + "!A1"}, Because: sheet + "!A1"}}}}
		var b bytes.Buffer
		if err := write("csv", &b, rs, "id"); err != nil {
			t.Fatal(err)
		}
		rows := readCSV(t, b.Bytes())
		if rows[0][12] != want || rows[0][13] != want {
			t.Errorf("sheet %q: candidates %q, because %q, want %q", sheet, rows[0][12], rows[0][13], want)
		}
	}
}
