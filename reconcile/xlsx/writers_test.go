package xlsx_test

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"lkjip/reconcile"
	"lkjip/reconcile/xlsx"
	"lkjip/rules"
)

// Files as writers other than Excel save them, checked with every rule: what the reader makes
// of them reaches the findings.

// check writes the sheets as a workbook and checks it.
func check(t *testing.T, workbookPr string, sheets ...[2]string) *reconcile.Result {
	t.Helper()
	p := filepath.Join(t.TempDir(), "book.xlsx")
	xlsx.WriteTestBook(t, p, workbookPr, sheets...)
	r := reconcile.CheckFile(p, rules.All, nil, reconcile.Options{})
	if r.Err != nil {
		t.Fatalf("%s: %s", p, r.Err.Message.EN)
	}
	return r
}

// findings lists a result's findings of some rules as "RULE Sheet!Cell actual: message".
func findings(r *reconcile.Result, ids ...string) []string {
	var out []string
	for _, f := range r.Findings {
		for _, id := range ids {
			if f.Rule == id {
				out = append(out, fmt.Sprintf("%s %s!%s %s: %s", f.Rule, f.Sheet, f.Cell, f.Actual, f.Message.EN))
			}
		}
	}
	return out
}

// A Mac Excel workbook counts its dates from 1904: a signing date of 15 February 2024 in the
// report year 2023's window is serial 43,875 there (45,337 in the 1900 system). Read from
// 1900, it fell 4 years and a day early, and IDN003 said it was wrong.
func TestDate1904SigningDate(t *testing.T) {
	signed := time.Date(2024, 2, 15, 0, 0, 0, 0, time.UTC)
	serial := int(signed.Sub(time.Date(1904, 1, 1, 0, 0, 0, 0, time.UTC)).Hours() / 24)
	if serial != 43875 {
		t.Fatalf("serial %d", serial)
	}
	identitas := xlsx.IdentitasXML(xlsx.Inl("A6", "Tanggal") + fmt.Sprintf(`<c r="B6" s="3"><v>%d</v></c>`, serial))
	r := check(t, `<workbookPr date1904="1"/>`, [2]string{"Identitas", identitas})
	if got := findings(r, "IDN003"); len(got) != 0 {
		t.Errorf("a right signing date under the 1904 system: %q", got)
	}
	// The same serial in a workbook of the 1900 system is 14 February 2020: wrong, and said.
	r = check(t, "", [2]string{"Identitas", identitas})
	if got := findings(r, "IDN003"); len(got) != 1 || !strings.Contains(got[0], " 2020-02-14: ") {
		t.Errorf("the serial under the 1900 system: %q, want IDN003 reading 2020-02-14", got)
	}
}

// A Pegawai table whose Jumlah row holds formulas saved without results: openpyxl writes
// <f>SUM(C2:C4)</f><v></v> (and <v/>) for a formula it has no result for. The formulas are
// UM006's, one finding each; they are not empty cells, so PGW004 says nothing of them.
func TestEmptyCachedValue(t *testing.T) {
	rows := `<row r="1">` + xlsx.Inl("A1", "No") + xlsx.Inl("B1", "Unit Kerja") + xlsx.Inl("C1", "Lk") + xlsx.Inl("D1", "Pr") + xlsx.Inl("E1", "S1") + xlsx.Inl("F1", "SLTA") + `</row>`
	for i, r := range [][4]int{{1, 0, 1, 0}, {2, 1, 2, 1}, {1, 1, 0, 2}} {
		n := i + 2
		rows += fmt.Sprintf(`<row r="%d"><c r="A%d"><v>%d</v></c>%s<c r="C%d"><v>%d</v></c><c r="D%d"><v>%d</v></c><c r="E%d"><v>%d</v></c><c r="F%d"><v>%d</v></c></row>`,
			n, n, i+1, xlsx.Inl(fmt.Sprintf("B%d", n), fmt.Sprintf("Seksi %d", i+1)), n, r[0], n, r[1], n, r[2], n, r[3])
	}
	total := func(cached [4]string) string {
		return `<row r="5">` + xlsx.Inl("B5", "Jumlah") +
			`<c r="C5"><f>SUM(C2:C4)</f>` + cached[0] + `</c><c r="D5"><f>SUM(D2:D4)</f>` + cached[1] + `</c>` +
			`<c r="E5"><f>SUM(E2:E4)</f>` + cached[2] + `</c><c r="F5"><f>SUM(F2:F4)</f>` + cached[3] + `</c></row>`
	}
	r := check(t, "", [2]string{"Identitas", xlsx.IdentitasXML()},
		[2]string{"Pegawai", xlsx.SheetXML(rows + total([4]string{"<v></v>", "<v></v>", "<v/>", "<v> </v>"}))})
	if got := findings(r, "PGW004"); len(got) != 0 {
		t.Errorf("formulas without results taken for empty cells: %q", got)
	}
	got := findings(r, "UM006")
	if len(got) != 4 || !strings.HasPrefix(got[0], "UM006 Pegawai!C5 : The formula =SUM(C2:C4) stores no value") {
		t.Errorf("UM006: %q, want the 4 formulas of row 5", got)
	}
	// With their results, the same formulas are no finding.
	r = check(t, "", [2]string{"Identitas", xlsx.IdentitasXML()},
		[2]string{"Pegawai", xlsx.SheetXML(rows + total([4]string{"<v>4</v>", "<v>2</v>", "<v>3</v>", "<v>3</v>"}))})
	if got := findings(r, "UM006", "UM007", "PGW001", "PGW002", "PGW003", "PGW004", "PGW005"); len(got) != 0 {
		t.Errorf("formulas with their results: %q", got)
	}
}

// budget is a Realisasi Anggaran sheet of the given rows after its header (No, Uraian,
// Anggaran, Realisasi, Selisih, %), from row 2.
func budget(rows ...string) [2]string {
	out := `<row r="1">` + xlsx.Inl("A1", "No") + xlsx.Inl("B1", "Uraian") + xlsx.Inl("C1", "Anggaran") + xlsx.Inl("D1", "Realisasi") + xlsx.Inl("E1", "Selisih") + xlsx.Inl("F1", "%") + `</row>`
	for i, r := range rows {
		out += fmt.Sprintf(`<row r="%d">%s</row>`, i+2, r)
	}
	return [2]string{"Realisasi Anggaran", xlsx.SheetXML(out)}
}

// A % written as a string formula that shows "-" (Kragan writes "-" for Belanja Tidak
// Langsung, fully realised) is read as that text, and it is UM012's: a derived figure left
// empty although its inputs give 100,00. Only a formula without a cached value is left to
// UM006.
func TestStringFormulaDash(t *testing.T) {
	r := check(t, "", [2]string{"Identitas", xlsx.IdentitasXML()}, budget(
		`<c r="A2"><v>1</v></c>`+xlsx.Inl("B2", "Belanja Tidak Langsung")+`<c r="C2" s="1"><v>1991620000</v></c><c r="D2" s="1"><v>1991620000</v></c><c r="E2" s="1"><v>0</v></c>`+
			`<c r="F2" t="str"><f>IF(E2=0,"-",D2/C2*100)</f><v>-</v></c>`,
		`<c r="A3"><v>2</v></c>`+xlsx.Inl("B3", "Belanja Langsung")+`<c r="C3" s="1"><v>503858200</v></c><c r="D3" s="1"><v>495416225</v></c><c r="E3" s="1"><v>8441975</v></c>`+
			`<c r="F3" s="2"><f>D3/C3*100</f><v></v></c>`,
	))
	got := findings(r, "UM006", "UM012")
	slices.Sort(got)
	if len(got) != 2 || !strings.HasPrefix(got[0], "UM006 Realisasi Anggaran!F3 : ") ||
		!strings.HasPrefix(got[1], `UM012 Realisasi Anggaran!F2 -: % of "Belanja Tidak Langsung" is empty; it should be 100.00.`) {
		t.Errorf("findings %q, want UM006 at F3 (no cached value) and UM012 at F2 (\"-\")", got)
	}
}

// A float as openpyxl writes it (98.56999999999999) reads at the 15 digits Excel shows: what
// a finding says is written is 98.57, in its actual value and in its message.
func TestFloatTextAsShown(t *testing.T) {
	inventaris := xlsx.SheetXML(`<row r="1">` + xlsx.Inl("A1", "No") + xlsx.Inl("B1", "Nama Barang") + xlsx.Inl("C1", "Jumlah") + xlsx.Inl("D1", "Kondisi") + `</row>` +
		`<row r="2"><c r="A2"><v>1</v></c>` + xlsx.Inl("B2", "Printer") + `<c r="C2"><v>2</v></c><c r="D2"><v>98.56999999999999</v></c></row>`)
	r := check(t, "", [2]string{"Identitas", xlsx.IdentitasXML()}, [2]string{"Inventaris", inventaris})
	got := findings(r, "INV002")
	if len(got) != 1 || !strings.HasPrefix(got[0], `INV002 Inventaris!D2 98.57: The Kondisi of "Printer" says "98.57"`) {
		t.Errorf("INV002: %q, want the condition written as 98.57", got)
	}
	for _, f := range r.Findings {
		if strings.Contains(f.Actual+f.Message.ID+f.Message.EN, "5699999") {
			t.Errorf("the float artefact reaches a finding: %s %s %s", f.Rule, f.Actual, f.Message.EN)
		}
	}
}

// A small file holding more cells than a check can hold is refused as too large, with a
// message that says so, before it fills the memory: 1,048,580 cells pack into about 20 KB,
// and a file that small may hold 500,000 (xlsx.MaxCellsFor).
func TestTooManyCellsRefused(t *testing.T) {
	p := filepath.Join(t.TempDir(), "flood.xlsx")
	xlsx.WriteTestBook(t, p, "", [2]string{"Identitas", xlsx.IdentitasXML()}, [2]string{"Data", xlsx.FloodSheet(52429, 20)})
	r := reconcile.CheckFile(p, rules.All, nil, reconcile.Options{})
	if r.Err == nil || r.Err.Code != "too-large" ||
		!strings.Contains(r.Err.Message.EN, "holds more than 500,000 filled cells, the limit for a file of its size") ||
		!strings.Contains(r.Err.Message.ID, "memuat lebih dari 500.000 sel berisi, batas untuk berkas sebesar ini") {
		t.Fatalf("%+v, want too-large saying how many cells", r.Err)
	}
}
