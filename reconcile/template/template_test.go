package template

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/xuri/excelize/v2"

	"lkjip/reconcile"
	"lkjip/reconcile/internal/officetest"
	"lkjip/reconcile/terbilang"
	"lkjip/reconcile/workbook"
	"lkjip/rules"
)

func opts() Options {
	return Options{Year: 2023, Instansi: "Kecamatan Lasem", Kabupaten: "Kabupaten Rembang", Provinsi: "Jawa Tengah",
		RenstraFrom: 2021, RenstraTo: 2026}
}

// figures is a unit's year, typed into the template: three sasaran of two indicators, each
// financed by one program of two kegiatan of two sub kegiatan. Capaian are chosen exact, so
// that the sasaran averages have no rounding to argue about.
func figures(t *testing.T) *Data {
	programs := []Program{
		{"7.01.01", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", []Kegiatan{
			{"7.01.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", []Sub{
				{"7.01.01.2.01.0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah", "8000000", "7770000"},
				{"7.01.01.2.01.0002", "Evaluasi Kinerja Perangkat Daerah", "6500000", "6432150"},
			}},
			{"7.01.01.2.02", "Administrasi Keuangan Perangkat Daerah", []Sub{
				{"7.01.01.2.02.0001", "Penyediaan Gaji dan Tunjangan ASN", "2145678000", "2098311432"},
				{"7.01.01.2.02.0002", "Penyediaan Administrasi Pelaksanaan Tugas ASN", "12400000", "12150000"},
			}},
		}},
		{"7.01.02", "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", []Kegiatan{
			{"7.01.02.2.01", "Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat", []Sub{
				{"7.01.02.2.01.0001", "Koordinasi/Sinergi Perencanaan dan Pelaksanaan Kegiatan Pemerintah dengan Perangkat Daerah", "45250000", "44987500"},
				{"7.01.02.2.01.0002", "Fasilitasi Pembinaan dan Pengawasan Penyelenggaraan Pemerintahan Desa", "32100000", "30550000"},
			}},
			{"7.01.02.2.02", "Penyelenggaraan Urusan Pemerintahan yang Tidak Dilaksanakan oleh Unit Kerja Perangkat Daerah yang Ada di Kecamatan", []Sub{
				{"7.01.02.2.02.0001", "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan", "27600000", "26910000"},
				{"7.01.02.2.02.0002", "Pelayanan Administrasi Terpadu Kecamatan", "18750000", "18312500"},
			}},
		}},
		{"7.01.03", "Program Penyelenggaraan Urusan Pemerintahan Umum", []Kegiatan{
			{"7.01.03.2.01", "Koordinasi Kegiatan Pemeliharaan Ketentraman dan Ketertiban Umum", []Sub{
				{"7.01.03.2.01.0001", "Sinergi dengan Kepolisian dan TNI", "21300000", "20811000"},
				{"7.01.03.2.01.0002", "Penanganan Gangguan Ketentraman dan Ketertiban Umum", "15000000", "14250000"},
			}},
			{"7.01.03.2.02", "Pembinaan Wawasan Kebangsaan", []Sub{
				{"7.01.03.2.02.0001", "Pelaksanaan Wawasan Kebangsaan", "9600000", "9480000"},
				{"7.01.03.2.02.0002", "Fasilitasi Kerukunan Umat Beragama", "7200000", "6984000"},
			}},
		}},
	}
	sasaran := []Sasaran{
		{Nama: "Meningkatnya Kualitas Pelayanan Publik Kecamatan", Indikator: []Indikator{
			{"Indeks Kepuasan Masyarakat (IKM)", "nilai", "Positif", "85", "87.55", "101.2", "98.75", "88"},
			{"Rata-rata Waktu Penyelesaian Layanan Administrasi", "hari", "Negatif", "3", "3.15", "92.5", "90", "2.5"},
		}},
		{Nama: "Meningkatnya Kinerja Penyelenggaraan Pemerintahan Desa", Indikator: []Indikator{
			{"Persentase Desa dengan Tata Kelola Pemerintahan yang Baik", "%", "Positif", "80", "70", "85", "82.35", "95"},
			{"Persentase APBDes yang Ditetapkan Tepat Waktu", "%", "Positif", "100", "95.5", "90.91", "86.36", "100"},
		}},
		{Nama: "Meningkatnya Ketentraman dan Ketertiban Umum", Indikator: []Indikator{
			{"Persentase Penyelesaian Gangguan Ketentraman dan Ketertiban Umum", "%", "Positif", "90", "63", "88.89", "80", "95"},
			{"Persentase Pelanggaran Perda yang Ditindaklanjuti", "%", "Positif", "100", "90", "85", "80", "100"},
		}},
	}
	var totalA, totalR decimal.Decimal
	kegiatan := 0
	for p, pr := range programs {
		var a, r decimal.Decimal
		lines := []string{pr.Uraian}
		for k, kg := range pr.Kegiatan {
			lines = append(lines, strconv.Itoa(k+1)+". "+kg.Uraian)
			kegiatan++
			for _, s := range kg.Sub {
				a = a.Add(decimal.RequireFromString(s.Anggaran))
				r = r.Add(decimal.RequireFromString(s.Realisasi))
			}
		}
		sasaran[p].ProgramKegiatan = strings.Join(lines, "\n")
		sasaran[p].Anggaran, sasaran[p].Realisasi = a.String(), r.String()
		totalA, totalR = totalA.Add(a), totalR.Add(r)
	}
	spell := func(d decimal.Decimal) string {
		s, err := terbilang.Spell(d)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	return &Data{
		NamaKepala: "BUDI SANTOSO, S.STP, M.Si", Jabatan: "Camat Lasem", Pangkat: "Pembina Tingkat I (IV/b)",
		NIP: "19750312 200003 1 004", Tempat: "Lasem", Tanggal: time.Date(2024, time.February, 20, 0, 0, 0, 0, time.UTC),
		JumlahProgram: len(programs), JumlahKegiatan: kegiatan,
		PaguTerbilang: spell(totalA), RealisasiTerbilang: spell(totalR),
		Sasaran: sasaran, Program: programs,
		Pegawai: []Pegawai{
			{1, "Pimpinan", [12]string{"1", "1", "2", "", "", "", "", "2", "", "", "", ""}},
			{2, "Sekretariat", [12]string{"5", "4", "", "4", "1", "3", "1", "", "4", "2", "", "3"}},
			{3, "Seksi", [12]string{"7", "3", "1", "5", "", "4", "", "", "5", "2", "", "3"}},
		},
		Inventaris: []Barang{{1, "Laptop", 12, "Baik"}, {2, "Printer", 6, "Baik"}, {3, "Kursi Kerja", 30, "Rusak Ringan"},
			{4, "LCD Proyektor", 2, "Rusak Berat"}},
	}
}

func write(t *testing.T, path string, filled bool) {
	t.Helper()
	var buf bytes.Buffer
	o := opts()
	if filled {
		o.Pegawai, o.Inventaris = 3, 4
		if err := WriteFilled(&buf, o, figures(t)); err != nil {
			t.Fatal(err)
		}
	} else if err := Write(&buf, o); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

func check(t *testing.T, path string) *reconcile.Result {
	t.Helper()
	res := reconcile.CheckFile(path, rules.All, reconcile.DefaultSettings(), reconcile.Options{})
	if res.Err != nil {
		t.Fatalf("%s: %s", path, res.Err.Message.In("en"))
	}
	return res
}

func TestStructure(t *testing.T) {
	path := filepath.Join(t.TempDir(), "t.xlsx")
	write(t, path, false)
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := f.GetSheetList(); strings.Join(got, "|") != strings.Join(Sheets, "|") {
		t.Fatalf("sheets %v, want %v", got, Sheets)
	}
	get := func(sheet, ref string) string {
		v, err := f.GetCellValue(sheet, ref)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	for _, c := range []struct{ sheet, ref, want string }{
		{SheetPengukuran, "F4", "Target 2023"}, {SheetPengukuran, "H4", "% Capaian 2023"}, {SheetPengukuran, "I4", "% Capaian 2022"},
		{SheetPengukuran, "J4", "% Capaian 2021"}, {SheetPengukuran, "K4", "Target Akhir Renstra 2026"}, {SheetPengukuran, "L4", "% Capaian s/d 2023"},
		{SheetPengukuran, "H5", "8=7/6*100"}, {SheetLRA, "F5", "6=4/3*100"}, {SheetAnggaranS, "G5", "7=100-5"},
		{SheetLRA, "B" + strconv.Itoa(firstRow+3*(1+2*3)), "Jumlah"}, {SheetPK, "B12", "Jumlah"}, {SheetAnggaranS, "B9", "Jumlah"},
		{SheetIdentitas, "B7", "2023"}, {SheetIdentitas, "B8", "2021-2026"}, {SheetPengukuran, "A1", "PENGUKURAN KINERJA TAHUN 2023"},
	} {
		if got := get(c.sheet, c.ref); got != c.want {
			t.Errorf("%s!%s = %q, want %q", c.sheet, c.ref, got, c.want)
		}
	}
	if p := get(SheetPetunjuk, "A1"); !strings.Contains(p, "PETUNJUK") {
		t.Errorf("Petunjuk A1 = %q", p)
	}
	for _, c := range []struct{ sheet, ref, has string }{
		{SheetPengukuran, "H6", `IF(E6="Negatif",ROUND((2*F6-G6)/F6*100,2),ROUND(G6/F6*100,2))`},
		{SheetPengukuran, "M6", "Skala!$A$5"},
		{SheetLRA, "E8", "C8-D8"}, {SheetLRA, "F8", "ROUND(D8/C8*100,2)"}, {SheetLRA, "C7", "SUM(C8,C9)"},
		{SheetAnggaranS, "E6", "ROUND(D6/C6*100,2)"}, {SheetAnggaranS, "G6", "100-E6"}, {SheetAnggaranS, "F6", "AVERAGE(Pengukuran!H6:H7)"},
		{SheetRingkasan, "B4", "AVERAGE(Pengukuran!H6:H7)"}, {SheetIdentitas, "B15", "'Realisasi Anggaran'!C27"}, {SheetPegawai, "C11", "SUM(C6:C10)"},
	} {
		got, err := f.GetCellFormula(c.sheet, c.ref)
		if err != nil || !strings.Contains(got, c.has) {
			t.Errorf("%s!%s formula %q, want it to contain %q (%v)", c.sheet, c.ref, got, c.has, err)
		}
	}
	for sheet, want := range map[string][]string{
		SheetPengukuran: {`"Positif,Negatif,Rentang"`}, SheetInventaris: {`"Baik,Rusak Ringan,Rusak Berat"`, "whole"},
		SheetSkala: {`"Amat Baik,`}, SheetIdentitas: {"date"}, SheetPegawai: {"whole"},
	} {
		dvs, err := f.GetDataValidations(sheet)
		if err != nil {
			t.Fatal(err)
		}
		var all []string
		for _, dv := range dvs {
			all = append(all, dv.Type+" "+dv.Formula1)
		}
		for _, w := range want {
			if !strings.Contains(strings.Join(all, "|"), w) {
				t.Errorf("%s: validations %v lack %s", sheet, all, w)
			}
		}
	}
	for _, s := range Sheets[1:] {
		panes, err := f.GetPanes(s)
		if err != nil || !panes.Freeze {
			t.Errorf("%s: no frozen pane (%v)", s, err)
		}
	}
	// Input cells are unlocked, formula cells locked.
	locked := func(sheet, ref string) bool {
		id, err := f.GetCellStyle(sheet, ref)
		if err != nil {
			t.Fatal(err)
		}
		st, err := f.GetStyle(id)
		if err != nil {
			t.Fatal(err)
		}
		return st.Protection == nil || st.Protection.Locked
	}
	if locked(SheetLRA, "C8") || !locked(SheetLRA, "C7") || !locked(SheetLRA, "F8") || locked(SheetPengukuran, "G6") {
		t.Error("input cells must be unlocked and formula cells locked")
	}
}

// TestEmptyTemplate: the empty template reads as an LKjIP workbook with no figures: no
// error, and every formula carries its (empty) cached value, so no UM006.
func TestEmptyTemplate(t *testing.T) {
	path := filepath.Join(t.TempDir(), "t.xlsx")
	write(t, path, false)
	res := check(t, path)
	for _, f := range res.Findings {
		t.Logf("%s %s!%s %s", f.Rule, f.Sheet, f.Cell, f.Message.In("en"))
		if f.Severity == reconcile.Error || f.Rule == "UM006" || f.Rule == "UM007" {
			t.Errorf("empty template: %s at %s!%s", f.Rule, f.Sheet, f.Cell)
		}
	}
}

// TestRoundTrip fills the template, lets LibreOffice recalculate it, and checks the result:
// no error, and no stale cached value (UM007 recomputes every formula exactly).
func TestRoundTrip(t *testing.T) {
	soffice := officetest.Soffice(t, "recalculate a filled template in Calc")
	dir := t.TempDir()
	in := filepath.Join(dir, "isi.xlsx")
	write(t, in, true)
	before := check(t, in)
	um006 := 0
	for _, f := range before.Findings {
		if f.Rule == "UM006" {
			um006++
		}
	}
	if um006 == 0 {
		t.Error("the filled template, before recalculation, should have formulas without cached values")
	}
	out := recalculate(t, soffice, in)
	res := check(t, filepath.Join(out, "isi.xlsx"))
	for _, f := range res.Findings {
		t.Logf("%s %v %s!%s %s (expected %s, actual %s)", f.Rule, f.Severity, f.Sheet, f.Cell, f.Message.In("en"), f.Expected, f.Actual)
		if f.Severity == reconcile.Error || f.Rule == "UM006" || f.Rule == "UM007" {
			t.Errorf("recalculated template: %s at %s!%s", f.Rule, f.Sheet, f.Cell)
		}
	}
	if len(res.Findings) != 0 {
		t.Errorf("%d findings on the recalculated template", len(res.Findings))
	}
	// The figures really were computed: Ringkasan's average of the sasaran capaian.
	f, err := excelize.OpenFile(filepath.Join(out, "isi.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if v, _ := f.GetCellValue(SheetRingkasan, "B7", excelize.Options{RawCellValue: true}); v != "90.17" {
		t.Errorf("Rata-rata Capaian = %q, want 90.17", v)
	}
}

// kraganSized is a unit's year the size of Kragan's report (2021): five sasaran of two
// indicators, five programs of three kegiatan of two sub kegiatan, five staff units and 45
// inventory items, built from figures' identity and indicators so that every figure is right.
func kraganSized(t *testing.T) (Options, *Data) {
	base := figures(t)
	o := opts()
	o.Sasaran, o.Indikator, o.Program, o.Kegiatan, o.Sub, o.Pegawai, o.Inventaris = 5, 2, 5, 3, 2, 5, 45
	d := *base
	d.Program, d.Sasaran, d.Pegawai, d.Inventaris = nil, nil, nil, nil
	var totalA, totalR decimal.Decimal
	kegiatan := 0
	for p := 1; p <= o.Program; p++ {
		pr := Program{Kode: fmt.Sprintf("7.01.%02d", p), Uraian: fmt.Sprintf("Program Kecamatan %d", p)}
		var a, r decimal.Decimal
		lines := []string{pr.Uraian}
		for k := 1; k <= o.Kegiatan; k++ {
			kg := Kegiatan{Kode: fmt.Sprintf("%s.2.%02d", pr.Kode, k), Uraian: fmt.Sprintf("Kegiatan %d.%d", p, k)}
			for s := 1; s <= o.Sub; s++ {
				an := decimal.NewFromInt(int64(10_000_000*p + 1_000_000*k + 250_000*s))
				re := an.Sub(decimal.NewFromInt(int64(12_500 * (p + k + s))))
				kg.Sub = append(kg.Sub, Sub{Kode: fmt.Sprintf("%s.%04d", kg.Kode, s), Uraian: fmt.Sprintf("Sub kegiatan %d.%d.%d", p, k, s), Anggaran: an.String(), Realisasi: re.String()})
				a, r = a.Add(an), r.Add(re)
			}
			lines = append(lines, fmt.Sprintf("%d. %s", k, kg.Uraian))
			pr.Kegiatan = append(pr.Kegiatan, kg)
			kegiatan++
		}
		d.Program = append(d.Program, pr)
		sas := base.Sasaran[(p-1)%len(base.Sasaran)]
		sas.Nama = fmt.Sprintf("%s (%d)", sas.Nama, p)
		sas.ProgramKegiatan, sas.Anggaran, sas.Realisasi = strings.Join(lines, "\n"), a.String(), r.String()
		d.Sasaran = append(d.Sasaran, sas)
		totalA, totalR = totalA.Add(a), totalR.Add(r)
	}
	for i := 1; i <= o.Pegawai; i++ {
		d.Pegawai = append(d.Pegawai, Pegawai{i, fmt.Sprintf("Seksi %d", i), [12]string{"3", "2", "", "3", "1", "1", "", "", "3", "1", "", "1"}})
	}
	for i := 1; i <= o.Inventaris; i++ {
		d.Inventaris = append(d.Inventaris, Barang{i, fmt.Sprintf("Barang %d", i), i%7 + 1, "Baik"})
	}
	d.JumlahProgram, d.JumlahKegiatan = o.Program, kegiatan
	for _, x := range []struct {
		v   decimal.Decimal
		out *string
	}{{totalA, &d.PaguTerbilang}, {totalR, &d.RealisasiTerbilang}} {
		s, err := terbilang.Spell(x.v)
		if err != nil {
			t.Fatal(err)
		}
		*x.out = s
	}
	return o, &d
}

// TestKraganSizedRoundTrip: a template as large as Kragan's report (5 programs of 3 kegiatan,
// 45 inventory items), filled and recalculated by LibreOffice, checks clean: every formula and
// total covers every row the options made.
func TestKraganSizedRoundTrip(t *testing.T) {
	soffice := officetest.Soffice(t, "recalculate a Kragan-sized template in Calc")
	o, d := kraganSized(t)
	dir := t.TempDir()
	in := filepath.Join(dir, "kragan-size.xlsx")
	var buf bytes.Buffer
	if err := WriteFilled(&buf, o, d); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(in, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	out := recalculate(t, soffice, in)
	res := check(t, filepath.Join(out, "kragan-size.xlsx"))
	for _, f := range res.Findings {
		t.Errorf("%s %v %s!%s %s (expected %s, actual %s)", f.Rule, f.Severity, f.Sheet, f.Cell, f.Message.In("en"), f.Expected, f.Actual)
	}
	// Every row was read: 5 programs, 15 kegiatan, 30 sub kegiatan, 45 items.
	w, ferr := reconcile.Read(filepath.Join(out, "kragan-size.xlsx"), reconcile.Options{})
	if ferr != nil {
		t.Fatal(ferr.Message.In("en"))
	}
	var lra, inv int
	for _, tb := range w.Tables {
		switch tb.Kind {
		case workbook.RealisasiAnggaran:
			lra = len(tb.Rows)
		case workbook.Inventaris:
			inv = len(tb.Rows)
		}
	}
	if lra != 5+15+30 || inv != 45 {
		t.Errorf("read %d budget rows (want 50) and %d inventory rows (want 45)", lra, inv)
	}
}

// recalculate has LibreOffice open a workbook, recalculate it and save it as .xlsx in a folder
// of its own, which it returns (the file keeps its name).
func recalculate(t *testing.T, soffice, in string) string {
	t.Helper()
	dir := t.TempDir()
	out := filepath.Join(dir, "out")
	cmd := exec.Command(soffice, "-env:UserInstallation=file://"+filepath.Join(dir, "profile"), "--headless",
		"--convert-to", "xlsx", "--outdir", out, in)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, b)
	}
	return out
}

// TestBudgetLevelsSay: each budget row says what it is: selected, a program's, a kegiatan's or
// a sub kegiatan's Kode and Uraian show a prompt naming the level.
func TestBudgetLevelsSay(t *testing.T) {
	path := filepath.Join(t.TempDir(), "t.xlsx")
	write(t, path, false)
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	dvs, err := f.GetDataValidations(SheetLRA)
	if err != nil {
		t.Fatal(err)
	}
	cells := map[string]int{}
	for _, dv := range dvs {
		if dv.PromptTitle != nil && dv.ShowInputMessage {
			cells[*dv.PromptTitle] += len(strings.Fields(dv.Sqref))
		}
	}
	o, _ := opts().withDefaults()
	if cells["Program"] != o.Program || cells["Kegiatan"] != o.Program*o.Kegiatan || cells["Sub kegiatan"] != o.Program*o.Kegiatan*o.Sub {
		t.Errorf("prompts by level %v, want %d programs, %d kegiatan, %d sub kegiatan", cells, o.Program, o.Program*o.Kegiatan, o.Program*o.Kegiatan*o.Sub)
	}
}

// TestTemplatePrints prints an empty template with LibreOffice: every page names the unit and
// the year and says "Halaman i dari n" (report.Paper).
func TestTemplatePrints(t *testing.T) {
	soffice := officetest.Soffice(t, "print the template")
	dir := t.TempDir()
	in := filepath.Join(dir, "templat.xlsx")
	write(t, in, false)
	cmd := exec.Command(soffice, "-env:UserInstallation=file://"+filepath.Join(dir, "profile"), "--headless",
		"--convert-to", "pdf", "--outdir", dir, in)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, b)
	}
	pdf, err := os.ReadFile(filepath.Join(dir, "templat.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	pages := officetest.PDFPages(t, pdf, "read the printed template")
	if len(pages) == 0 || len(pages) > 16 {
		t.Errorf("%d pages", len(pages))
	}
	for i, p := range pages {
		if !strings.Contains(p, "Kecamatan Lasem · LKjIP 2023") || !strings.Contains(p, fmt.Sprintf("Halaman %d dari %d", i+1, len(pages))) {
			t.Errorf("page %d of %d lacks its head or number:\n%.300s", i+1, len(pages), p)
		}
	}
}
