package reconcile_test

import (
	"archive/zip"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"lkjip/reconcile"
	"lkjip/rules"
	"lkjip/samples/build"
	"lkjip/samples/golden"
)

func check(t *testing.T, path string) *reconcile.Result {
	t.Helper()
	r := reconcile.CheckFile(path, rules.All, reconcile.DefaultSettings(), reconcile.Options{})
	if r.Err != nil {
		t.Fatalf("%s: %s", path, r.Err.Message.EN)
	}
	return r
}

// TestKraganSample checks the findings the issue names on the Kragan 2021 transcription.
func TestKraganSample(t *testing.T) {
	r := check(t, filepath.Join("..", "samples", "kragan-2021.xlsx"))
	if r.Unit != "Kecamatan Kragan" || r.Year != 2021 {
		t.Errorf("unit %q year %d", r.Unit, r.Year)
	}
	got := map[string]reconcile.Finding{}
	for _, f := range r.Findings {
		got[f.Rule+" "+f.Sheet+"!"+f.Cell] = f
	}
	want := []struct{ key, expected, actual string }{
		// Program I's 98,82 % should be 98,32.
		{"LRA002 Realisasi Anggaran!F7", "98.32", "98.82"},
		// Pelaksanaan Urusan Pemerintahan yang dilimpahkan Kepada Camat: its Realisasi is
		// typed 24.464.600 for 25.058.600 (so say its row's 100,00 % and its program's
		// Realisasi, and so does the finance system's export); its Selisih, computed from the
		// typo, follows it. The program, which adds up with the right figure, is not named.
		{"UM017 Realisasi Anggaran!D16", "25058600", "24464600"},
		{"LRA001 Realisasi Anggaran!E16", "725", "594725"},
		// Program I's Anggaran and Realisasi are not the sums of its kegiatan (which count the
		// Belanja Tidak Langsung again, LRA007), while its own Selisih agrees with them: which
		// side is wrong is open, and nothing is told to change.
		{"LRA003 Realisasi Anggaran!C7", "", "503858200"},
		{"LRA003 Realisasi Anggaran!D7", "", "495416225"},
		// The Jumlah Realisasi is the odd one out: its Selisih, its %, Identitas and Ringkasan
		// agree on 2.437.383.089 (the spec's example); the level-one rows add up to neither
		// that nor the Jumlah Anggaran its copies agree on: one finding each at the Jumlah,
		// naming the rows.
		{"UM017 Realisasi Anggaran!D25", "2437383089", "2063833435"},
		{"LRA004 Realisasi Anggaran!C25", "", "2739149000"},
		{"LRA004 Realisasi Anggaran!D25", "", "2063833435"},
		// The four % Capaian s/d.
		{"PGK002 Pengukuran!L7", "103.49", "96.62"},
		{"PGK002 Pengukuran!L8", "105.25", "95.01"},
		{"PGK002 Pengukuran!L9", "105", "95"},
		{"PGK002 Pengukuran!L10", "78.56", "127.29"},
		// The Pengukuran header is last year's, left in place: one finding at its first label
		// (F4), and one following it at each other label (checked below).
		{"PGK004 Pengukuran!F4", "2021", "2020"},
		{"PGK004 Pengukuran!G4", "2021", "2020"},
		{"PGK004 Pengukuran!H4", "2021", "2020"},
		{"PGK004 Pengukuran!I4", "2020", "2019"},
		{"PGK004 Pengukuran!J4", "2019", "2018"},
		{"PGK004 Pengukuran!L5", "2021", "2020"},
		// The summary's budget absorption written as achievement.
		{"ASR003 Anggaran Sasaran!F5", "98.32", "98.57"},
		{"ASR003 Anggaran Sasaran!F7", "100.00", "93.60"},
		// The double count, the repeated sasaran number, and the dash for 100 %.
		{"LRA007 Realisasi Anggaran!C9", "", "1991620000"},
		{"UM008 IKU!A10", "5", "4"},
		{"UM012 Realisasi Anggaran!F6", "100.00", "-"},
		// Across sheets: 9 kegiatan against the PK's 8, the PK's total against the pagu, the
		// budget per sasaran against the budget (its Realisasi as the Jumlah should read).
		// Identitas's and Ringkasan's Realisasi 2.437.383.089 is right: the Jumlah is wrong.
		{"IDN005 Identitas!B20", "8", "9"},
		{"PK002 PK!G12", "2739149000", "2996218700"},
		{"ASR004 Anggaran Sasaran!C4", "2739149000", "573512000"},
		{"ASR004 Anggaran Sasaran!D4", "2437383089", "521957728"},
		// The summary lists budget absorption as sasaran achievements, a sasaran 5 that
		// Pengukuran lacks, a wrong average and its predikat, and the narrative amounts.
		{"RGK001 Ringkasan!B4", "98.32", "99.12"},
		{"RGK001 Ringkasan!B6", "100.00", "87.78"},
		{"RGK001 Ringkasan!B7", "78.56", "98.97"},
		{"RGK001 Ringkasan!B8", "", "100"},
		{"RGK002 Ringkasan!B9", "94.22", "88.98"},
		{"RGK003 Ringkasan!B10", "Amat Baik", "Baik"},
		// No sasaran appears in all four sheets that name them: each is reported once.
		{"SAS001 IKU!B6", "IKU, PK, Pengukuran, Anggaran Sasaran", "IKU, PK"},
		{"SAS001 IKU!B7", "IKU, PK, Pengukuran, Anggaran Sasaran", "IKU"},
		{"SAS001 IKU!B8", "IKU, PK, Pengukuran, Anggaran Sasaran", "IKU"},
		{"SAS001 IKU!B9", "IKU, PK, Pengukuran, Anggaran Sasaran", "IKU"},
		{"SAS001 IKU!B10", "IKU, PK, Pengukuran, Anggaran Sasaran", "IKU, PK"},
		{"SAS001 PK!B7", "IKU, PK, Pengukuran, Anggaran Sasaran", "PK"},
		{"SAS001 PK!B8", "IKU, PK, Pengukuran, Anggaran Sasaran", "PK"},
		{"SAS001 PK!B9", "IKU, PK, Pengukuran, Anggaran Sasaran", "PK"},
		{"SAS001 Pengukuran!B7", "IKU, PK, Pengukuran, Anggaran Sasaran", "Pengukuran, Anggaran Sasaran"},
		{"SAS001 Pengukuran!B8", "IKU, PK, Pengukuran, Anggaran Sasaran", "Pengukuran, Anggaran Sasaran"},
		{"SAS001 Pengukuran!B9", "IKU, PK, Pengukuran, Anggaran Sasaran", "Pengukuran, Anggaran Sasaran"},
		{"SAS001 Pengukuran!B10", "IKU, PK, Pengukuran, Anggaran Sasaran", "Pengukuran, Anggaran Sasaran"},
		// Amounts in words: a misspelt word and a dropped "juta"; "milyar" is only a note.
		{"TBL001 Identitas!B16", "dua miliar tujuh ratus tiga puluh sembilan juta seratus empat puluh sembilan ribu rupiah", "*"},
		{"TBL001 Identitas!B18", "dua miliar empat ratus tiga puluh tujuh juta tiga ratus delapan puluh tiga ribu delapan puluh sembilan rupiah", "*"},
		{"TBL001 Ringkasan!B12", "dua miliar tujuh ratus tiga puluh sembilan juta seratus empat puluh sembilan ribu rupiah", "*"},
		{"TBL002 Ringkasan!B14", "*", "*"},
		// The NIP under the foreword is cut short.
		{"NIP001 Identitas!B12", "", "19671212 198806 1"},
		// 11 officials by education and 8 by sex (E.2), 22 and 32 against 19 (E.3), at the
		// rows; the Jumlah rows add them up as written and do not say it again.
		{"PGW001 Pegawai!C6", "1", "2"},
		{"PGW001 Pegawai!C8", "4", "5"},
		{"PGW001 Pegawai!C9", "2", "3"},
		{"PGW001 Pegawai!E15", "19", "22"},
		{"PGW002 Pegawai!J15", "19", "32"},
		// The scale as the report writes it leaves 89.5, 79.5 and 49.5 without a label.
		{"SKL001 Skala!B5", "90", "89"},
		{"SKL001 Skala!B6", "80", "79"},
		{"SKL001 Skala!B7", "50", "49"},
	}
	for _, w := range want {
		f, ok := got[w.key]
		if !ok {
			t.Errorf("missing finding %s", w.key)
			continue
		}
		if (w.expected != "*" && f.Expected != w.expected) || (w.actual != "*" && f.Actual != w.actual) {
			t.Errorf("%s: expected %q actual %q, want %q %q", w.key, f.Expected, f.Actual, w.expected, w.actual)
		}
		if f.Severity == reconcile.Info && f.Rule != "TBL002" {
			t.Errorf("%s: severity %s", w.key, f.Severity)
		}
	}
	// The shifted header counts once; every label carries the label it should read.
	for key, fix := range map[string]string{
		"PGK004 Pengukuran!F4": "% Target 2021",
		"PGK004 Pengukuran!G4": "% Realisasi 2021",
		"PGK004 Pengukuran!H4": "% Capaian 2021",
		"PGK004 Pengukuran!I4": "% Capaian 2020",
		"PGK004 Pengukuran!J4": "% Capaian 2019",
		"PGK004 Pengukuran!L5": "% Capaian s/d 2021",
	} {
		f := got[key]
		because := "Pengukuran!F4"
		if key == "PGK004 Pengukuran!F4" {
			because = ""
		}
		if f.Fix != fix || f.Because != because {
			t.Errorf("%s: fix %q because %q, want %q %q", key, f.Fix, f.Because, fix, because)
		}
	}
	// One cause, one finding: what follows a cause says so, and what cannot be pinned names
	// its candidates and tells nothing to change.
	for key, because := range map[string]string{
		"LRA001 Realisasi Anggaran!E16": "Realisasi Anggaran!D16",
		"RGK003 Ringkasan!B10":          "Ringkasan!B9",
	} {
		if f := got[key]; f.Because != because || f.Counts() {
			t.Errorf("%s: because %q, want %q and not counted", key, f.Because, because)
		}
	}
	for key, n := range map[string]int{
		"LRA003 Realisasi Anggaran!C7": 6, "LRA003 Realisasi Anggaran!D7": 6,
		"LRA004 Realisasi Anggaran!C25": 6, "LRA004 Realisasi Anggaran!D25": 6,
	} {
		if f := got[key]; len(f.Candidates) != n || f.Fix != "" {
			t.Errorf("%s: candidates %v, fix %q; want %d candidates and no fix", key, f.Candidates, f.Fix, n)
		}
	}
	if f := got["UM017 Realisasi Anggaran!D25"]; f.Fix != "2437383089" || !strings.Contains(f.Message.EN, "Realisasi Anggaran in Identitas") {
		t.Errorf("the Jumlah Realisasi: %+v", f)
	}
	// The other findings whose cell has one right content carry it.
	for key, fix := range map[string]string{
		"UM008 IKU!A10": "5", "IDN005 Identitas!B20": "8", "SKL001 Skala!B5": "90", "SKL001 Skala!B6": "80", "SKL001 Skala!B7": "50",
		"UM012 Realisasi Anggaran!F6": "100.00",
	} {
		if f := got[key]; f.Fix != fix {
			t.Errorf("%s: fix %q, want %q", key, f.Fix, fix)
		}
	}
	if f := got["TBL002 Ringkasan!B14"]; f.Fix == "" || strings.Contains(strings.ToLower(f.Fix), "milyar") {
		t.Errorf("TBL002: fix %q", f.Fix)
	}
	if f := got["PGK004 Pengukuran!F4"]; !strings.Contains(f.Message.EN, "all 6 column labels are 1 year earlier") {
		t.Errorf("the header's finding: %s", f.Message.EN)
	}
	if len(r.Findings) != len(want) {
		for _, f := range r.Findings {
			t.Logf("%s %s!%s %s", f.Rule, f.Sheet, f.Cell, f.Message.EN)
		}
		t.Errorf("%d findings, want %d (an unexpected finding is a false alarm on a real report)", len(r.Findings), len(want))
	}
	if reconcile.ExitCode([]*reconcile.Result{r}) != 1 {
		t.Errorf("exit code for a workbook with errors must be 1")
	}
}

func TestCleanSample(t *testing.T) {
	r := check(t, filepath.Join("..", "samples", "bersih-2023.xlsx"))
	for _, f := range r.Findings {
		t.Errorf("clean sample: %s %s!%s %s", f.Rule, f.Sheet, f.Cell, f.Message.EN)
	}
	if r.Unit != "Kecamatan Lasem" || r.Year != 2023 {
		t.Errorf("unit %q year %d", r.Unit, r.Year)
	}
	if reconcile.ExitCode([]*reconcile.Result{r}) != 0 {
		t.Errorf("exit code for a clean workbook must be 0")
	}
}

// signature is what a finding says independently of where the layout put it: the rule, the
// figures, and the message once sheet names are left out.
func signature(f reconcile.Finding) string {
	return fmt.Sprintf("%s expected=%s actual=%s", f.Rule, f.Expected, f.Actual)
}

func signatures(r *reconcile.Result) []string {
	var out []string
	for _, f := range r.Findings {
		out = append(out, signature(f))
	}
	sort.Strings(out)
	return out
}

// TestLayoutTwins writes the Kragan and the clean content under every layout the builder
// knows (alias sheet names in another order, title rows, merged two-row headers, another column
// order, numbers as Indonesian text, a hidden row and sheet, an extra sheet and column, and all
// of them together) and requires the same findings as the plain twin.
func TestLayoutTwins(t *testing.T) {
	dir := t.TempDir()
	for _, content := range []*build.Workbook{build.Kragan2021(), build.Clean()} {
		plainPath := filepath.Join(dir, content.Name+"-plain.xlsx")
		if err := content.Write(plainPath, build.Layout{}); err != nil {
			t.Fatal(err)
		}
		plain := signatures(check(t, plainPath))
		if content.Name != "" && strings.Contains(strings.ToLower(content.Name), "kragan") && len(plain) < 20 {
			t.Fatalf("plain Kragan gives only %d findings", len(plain))
		}
		for _, l := range build.Layouts() {
			path := filepath.Join(dir, fmt.Sprintf("%s-%s.xlsx", content.Name, strings.ReplaceAll(l.String(), " ", "_")))
			if err := content.Write(path, l); err != nil {
				t.Fatal(err)
			}
			got := signatures(check(t, path))
			if strings.Join(got, "\n") != strings.Join(plain, "\n") {
				t.Errorf("%s under layout %s: findings differ from the plain twin\n got: %v\nwant: %v", content.Name, l, diff(got, plain), diff(plain, got))
			}
		}
	}
}

// diff returns the entries of a missing from b.
func diff(a, b []string) []string {
	count := map[string]int{}
	for _, s := range b {
		count[s]++
	}
	var out []string
	for _, s := range a {
		if count[s] > 0 {
			count[s]--
			continue
		}
		out = append(out, s)
	}
	return out
}

func TestUnreadableFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	cases := []struct {
		path string
		code string
	}{
		{write("kosong.xlsx", nil), "empty"},
		{write("teks.xlsx", []byte("No;Uraian;Anggaran\n1;Program;1000\n")), "text"},
		{write("lama.xls", append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 600)...)), "xls"},
		{write("terpotong.xlsx", []byte("PK\x03\x04\x14\x00\x00\x00\x08\x00")), "broken"},
		{filepath.Join(dir, "tidak-ada.xlsx"), "not-found"},
	}
	for _, c := range cases {
		r := reconcile.CheckFile(c.path, rules.All, nil, reconcile.Options{})
		if r.Err == nil || r.Err.Code != c.code {
			t.Errorf("%s: error %+v, want code %s", c.path, r.Err, c.code)
			continue
		}
		if !strings.Contains(r.Err.Message.ID, c.path) || !strings.Contains(r.Err.Message.EN, c.path) {
			t.Errorf("%s: the message must name the file: %q", c.path, r.Err.Message.ID)
		}
		if reconcile.ExitCode([]*reconcile.Result{r}) != 2 {
			t.Errorf("%s: exit code must be 2", c.path)
		}
	}
}

// cutSheet copies a workbook with one worksheet part cut in the middle of its XML: the zip
// is whole, the sheet is not.
func cutSheet(t *testing.T, src, dst, part string) {
	t.Helper()
	zr, err := zip.OpenReader(src)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	out, err := os.Create(dst)
	if err != nil {
		t.Fatal(err)
	}
	zw := zip.NewWriter(out)
	cut := false
	for _, f := range zr.File {
		rc, _ := f.Open()
		data, _ := io.ReadAll(rc)
		rc.Close()
		if f.Name == part {
			data, cut = data[:len(data)/2], true
		}
		w, _ := zw.Create(f.Name)
		w.Write(data)
	}
	zw.Close()
	out.Close()
	if !cut {
		t.Fatalf("no part %s", part)
	}
}

func TestDamagedSheetIsExitTwo(t *testing.T) {
	for part, sheet := range map[string]string{"sheet6.xml": "Anggaran Sasaran", "sheet7.xml": "Realisasi Anggaran"} {
		dst := filepath.Join(t.TempDir(), "terpotong.xlsx")
		cutSheet(t, filepath.Join("..", "samples", "bersih-2023.xlsx"), dst, "xl/worksheets/"+part)
		r := reconcile.CheckFile(dst, rules.All, nil, reconcile.Options{})
		if r.Err != nil || len(r.Damaged) != 1 || r.Damaged[0] != sheet {
			t.Fatalf("%s: err %+v damaged %v, want %s", part, r.Err, r.Damaged, sheet)
		}
		found := false
		for _, f := range r.Findings {
			found = found || f.Rule == "UM013" && f.Sheet == sheet
		}
		if !found || reconcile.ExitCode([]*reconcile.Result{r}) != 2 {
			t.Errorf("%s: a damaged sheet must be reported (UM013) and give exit status 2: %+v", sheet, r.Findings)
		}
		// The sheet's partial figures judge nothing elsewhere: the clean workbook's
		// Identitas, PK and Ringkasan, which copy its totals, have no error.
		for _, f := range r.Findings {
			if f.Severity == reconcile.Error && f.Sheet != sheet {
				t.Errorf("%s cut: %s %s!%s: %s (a right cell judged against a sheet cut short)", sheet, f.Rule, f.Sheet, f.Cell, f.Message.ID)
			}
		}
	}
}

// TestZipBombRefused builds a small workbook whose one sheet inflates to 200 MB: it is refused
// with a clear message, quickly, without being unpacked whole.
func TestZipBombRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bom.xlsx")
	out, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	zw := zip.NewWriter(out)
	put := func(name, body string) {
		w, _ := zw.Create(name)
		io.WriteString(w, body)
	}
	put("[Content_Types].xml", `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`)
	put("_rels/.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`)
	put("xl/workbook.xml", `<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="LRA" sheetId="1" r:id="rId1"/></sheets></workbook>`)
	put("xl/_rels/workbook.xml.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`)
	w, _ := zw.Create("xl/worksheets/sheet1.xml")
	io.WriteString(w, `<worksheet><sheetData>`)
	row := []byte(strings.Repeat(`<row><c t="inlineStr"><is><t>AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA</t></is></c></row>`, 1000))
	for written := 0; written < 200<<20; written += len(row) {
		w.Write(row)
	}
	zw.Close()
	out.Close()
	info, _ := os.Stat(path)
	if info.Size() > 4<<20 {
		t.Fatalf("the bomb is %d bytes: not a bomb", info.Size())
	}
	start := time.Now()
	r := reconcile.CheckFile(path, rules.All, nil, reconcile.Options{})
	if r.Err == nil || r.Err.Code != "too-large" || !strings.Contains(r.Err.Message.EN, "bom.xlsx") {
		t.Fatalf("a bomb must be refused as too large: %+v", r.Err)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("refused after %v", d)
	}
}

// TestForeignAndProtectedFiles covers the files a mailbox delivers besides LKjIP workbooks:
// each gets one message naming the file and what to do, never a crash.
func TestForeignAndProtectedFiles(t *testing.T) {
	dir := t.TempDir()
	ole := append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 600)...)
	odsPath := filepath.Join(dir, "laporan.ods")
	{
		out, _ := os.Create(odsPath)
		zw := zip.NewWriter(out)
		w, _ := zw.CreateHeader(&zip.FileHeader{Name: "mimetype", Method: zip.Store})
		io.WriteString(w, "application/vnd.oasis.opendocument.spreadsheet")
		w, _ = zw.Create("content.xml")
		io.WriteString(w, "<office:document-content/>")
		zw.Close()
		out.Close()
	}
	office := func(name, part string) string {
		path := filepath.Join(dir, name)
		out, _ := os.Create(path)
		zw := zip.NewWriter(out)
		w, _ := zw.Create("[Content_Types].xml")
		io.WriteString(w, "<Types/>")
		w, _ = zw.Create(part)
		io.WriteString(w, "<doc/>")
		zw.Close()
		out.Close()
		return path
	}
	docx := office("laporan-kinerja.docx", "word/document.xml")
	docxRenamed := office("laporan-kinerja.xlsx", "word/document.xml")
	pptx := office("paparan.pptx", "ppt/presentation.xml")
	renamed := filepath.Join(dir, "lama-diganti-nama.xlsx")
	os.WriteFile(renamed, ole, 0o644)

	other := filepath.Join(dir, "daftar-hadir.xlsx")
	f := excelize.NewFile()
	f.SetCellStr("Sheet1", "A1", "Nama")
	f.SetCellStr("Sheet1", "B1", "Tanda tangan")
	if err := f.SaveAs(other); err != nil {
		t.Fatal(err)
	}
	protected := filepath.Join(dir, "dikunci.xlsx")
	src, err := excelize.OpenFile(filepath.Join("..", "samples", "bersih-2023.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	if err := src.SaveAs(protected, excelize.Options{Password: "rahasia"}); err != nil {
		t.Fatal(err)
	}
	src.Close()

	for _, c := range []struct {
		path, code, says string
		opt              reconcile.Options
	}{
		{odsPath, "ods", "OpenDocument", reconcile.Options{}},
		{docx, "docx", "a Word document (.docx), not an Excel workbook", reconcile.Options{}},
		{docxRenamed, "docx", "a Word document (.docx)", reconcile.Options{}},
		{pptx, "pptx", "a PowerPoint presentation (.pptx)", reconcile.Options{}},
		{renamed, "xls", "Excel 97-2003", reconcile.Options{}},
		{other, "not-lkjip", "Sheet1", reconcile.Options{}},
		{filepath.Join("..", "samples", "lra-kragan-2021.xlsx"), "lra-export", "--lra lra-kragan-2021.xlsx", reconcile.Options{}},
		{filepath.Join("..", "samples", "lra-bersih-2023.xlsx"), "lra-export", "--lra lra-bersih-2023.xlsx", reconcile.Options{}},
		{protected, "password", "--password", reconcile.Options{}},
		{protected, "password", "wrong password", reconcile.Options{Password: "salah"}},
	} {
		r := reconcile.CheckFile(c.path, rules.All, nil, c.opt)
		if r.Err == nil || r.Err.Code != c.code || !strings.Contains(r.Err.Message.EN, c.says) || !strings.Contains(r.Err.Message.ID, c.path) {
			t.Errorf("%s: %+v, want code %s saying %q", c.path, r.Err, c.code, c.says)
		}
	}
	r := reconcile.CheckFile(protected, rules.All, nil, reconcile.Options{Password: "rahasia"})
	if r.Err != nil || len(r.Findings) != 0 || r.Unit != "Kecamatan Lasem" {
		t.Errorf("with its password the protected clean workbook checks clean: %+v %d", r.Err, len(r.Findings))
	}
}

// TestLargeWorkbookIsChecked builds a real but large workbook, a budget sheet of 100,000 rows
// (about 2 MB on disk): it is read whole and checked, not refused by the size limits.
func TestLargeWorkbookIsChecked(t *testing.T) {
	if testing.Short() {
		t.Skip("a 100,000-row workbook takes a few seconds")
	}
	path, _ := largeBudget(t, false)
	r := reconcile.CheckFile(path, rules.All, nil, reconcile.Options{})
	if r.Err != nil || len(r.Damaged) != 0 {
		t.Fatalf("a large workbook refused: %+v %v", r.Err, r.Damaged)
	}
	for _, f := range r.Findings {
		if f.Severity == reconcile.Error {
			t.Fatalf("a consistent large budget flagged: %s %s %s", f.Rule, f.Cell, f.Message.EN)
		}
	}
}

// largeBudget writes a 100,000-row budget: 100 programs of 999 kegiatan, every figure right,
// or, with mistake, one kegiatan's Realisasi typed 9000 for 900 (its cell returned).
func largeBudget(t *testing.T, mistake bool) (path, wrong string) {
	t.Helper()
	path = filepath.Join(t.TempDir(), "besar.xlsx")
	f := excelize.NewFile()
	f.SetSheetName("Sheet1", "Realisasi Anggaran")
	sw, err := f.NewStreamWriter("Realisasi Anggaran")
	if err != nil {
		t.Fatal(err)
	}
	sw.SetRow("A1", []any{"Kode", "Uraian", "Anggaran", "Realisasi", "Selisih"})
	row := 2
	for p := 1; p <= 100; p++ {
		sw.SetRow(fmt.Sprintf("A%d", row), []any{fmt.Sprintf("7.01.%03d", p), "Program", 999000, 899100, 99900})
		row++
		for k := 1; k <= 999; k++ {
			realisasi := 900
			if mistake && p == 57 && k == 500 {
				realisasi, wrong = 9000, fmt.Sprintf("D%d", row)
			}
			sw.SetRow(fmt.Sprintf("A%d", row), []any{fmt.Sprintf("7.01.%03d.2.%03d", p, k), fmt.Sprintf("Kegiatan %d.%d", p, k), 1000, realisasi, 100})
			row++
		}
	}
	sw.SetRow(fmt.Sprintf("A%d", row), []any{"", "Jumlah", 99900000, 89910000, 9990000})
	if err := sw.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	return path, wrong
}

var update = flag.Bool("update", false, "write the golden totals of the Kragan sample anew ("+golden.Path+")")

// TestKraganGolden checks the Kragan sample's totals against the golden file that the tests of
// every output and the README are checked against. -update writes the file anew from this
// run, for review in the diff.
func TestKraganGolden(t *testing.T) {
	r := check(t, filepath.Join("..", "samples", "kragan-2021.xlsx"))
	got := golden.Totals{File: "kragan-2021.xlsx", Unit: r.Unit, Year: r.Year,
		Errors: r.Count(reconcile.Error), Warnings: r.Count(reconcile.Warning), Infos: r.Count(reconcile.Info), Following: r.CountFollowing()}
	if *update {
		if err := os.WriteFile(filepath.Join("..", golden.Path), got.Marshal(), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s: %+v", golden.Path, got)
		return
	}
	if want := golden.Kragan(); got != want {
		t.Errorf("Kragan's totals %+v, the golden file says %+v; if the change is meant, run go test ./reconcile -run TestKraganGolden -update and review the diff", got, want)
	}
}

// TestWrongCapaianLeavesItsRightCopiesAlone is the first case on the clean sample: a
// Negatif indicator's % Capaian computed as if Positif (105,00 for 95,00). The sasaran's
// capaian in Anggaran Sasaran and Ringkasan (99,00), the average and the predikat are right;
// lkjip names only the mistyped capaian, with the right value.
func TestWrongCapaianLeavesItsRightCopiesAlone(t *testing.T) {
	dst := filepath.Join(t.TempDir(), "negatif.xlsx")
	f, err := excelize.OpenFile(filepath.Join("..", "samples", "bersih-2023.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := f.GetCellValue("Pengukuran", "E4"); v != "Negatif" {
		t.Fatalf("Pengukuran!E4 is %q, want the sample's Negatif indicator", v)
	}
	f.SetCellValue("Pengukuran", "H4", 105.00)
	if err := f.SaveAs(dst); err != nil {
		t.Fatal(err)
	}
	r := reconcile.CheckFile(dst, rules.All, nil, reconcile.Options{})
	var errs []string
	for _, f := range r.Findings {
		// Any finding counts here, a following one included: none of the copies may be told
		// to change.
		errs = append(errs, fmt.Sprintf("%s %s!%s expected %s actual %s", f.Rule, f.Sheet, f.Cell, f.Expected, f.Actual))
	}
	want := "PGK001 Pengukuran!H4 expected 95.00 actual 105"
	if len(errs) != 1 || !strings.HasPrefix(errs[0], want) {
		t.Errorf("errors %q, want the one at the mistyped capaian: %s", errs, want)
	}
}
