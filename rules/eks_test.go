package rules

import (
	"testing"

	"lkjip/reconcile/workbook"
	rt "lkjip/rules/rulestest"
)

// lraWorkbook is the clean budget of lra_test.go with an Identitas saying whose it is.
func lraWorkbook(budgetRows [][]string) *workbook.Workbook {
	return rt.Workbook(
		rt.Sheet{Name: "Identitas", Rows: [][]string{
			{"Nama Instansi", "Kecamatan Lasem"},
			{"Tahun Laporan", "#2023"},
		}},
		budgetSheet(budgetRows))
}

// exportRows is the finance system's LRA export that agrees with budget(): SIPD's title lines,
// two-digit sub kegiatan numbers where the workbook writes four, account rows under a sub
// kegiatan, and a sub kegiatan under a kegiatan the workbook lists without detail. The data
// rows start at row 7.
func exportRows() [][]string {
	return [][]string{
		{"PEMERINTAH KABUPATEN REMBANG"},
		{"LAPORAN REALISASI ANGGARAN"},
		{"SKPD", ":", "7.01.0.00.0.00.02.0000 KECAMATAN LASEM"},
		{"Periode : 1 Januari 2023 s/d 31 Desember 2023"},
		{""},
		{"Kode Rekening", "Uraian", "Anggaran", "Realisasi", "Sisa Anggaran", "%"},
		{"7.01.01", "PROGRAM PENUNJANG", "#300000000", "#290000000", "#10000000", "#96.67|0.00"},                       // 7
		{"7.01.01.2.01", "Perencanaan", "#100000000", "#95000000", "#5000000", "#95|0.00"},                             // 8
		{"7.01.01.2.01.01", "Penyusunan Renja", "#60000000", "#57000000", "#3000000", "#95|0.00"},                      // 9
		{"5.1.02.01.01.0024", "Belanja Alat Tulis Kantor", "#20000000", "#19000000", "#1000000", "#95|0.00"},           // 10
		{"5.1.02.01.01.0026", "Belanja Bahan Cetak", "#40000000", "#38000000", "#2000000", "#95|0.00"},                 // 11
		{"7.01.01.2.01.02", "Evaluasi Kinerja", "#40000000", "#38000000", "#2000000", "#95|0.00"},                      // 12
		{"7.01.01.2.02", "Administrasi Keuangan", "#200000000", "#195000000", "#5000000", "#97.5|0.00"},                // 13
		{"7.01.01.2.02.01", "Penyediaan Gaji dan Tunjangan ASN", "#200000000", "#195000000", "#5000000", "#97.5|0.00"}, // 14
		{"7.01.02", "PROGRAM PEMERINTAHAN", "#50000000", "#50000000", "#0", "#100|0.00"},                               // 15
		{"7.01.02.2.01", "Pelayanan Publik", "#50000000", "#50000000", "#0", "#100|0.00"},                              // 16
		{"", "JUMLAH", "#350000000", "#340000000", "#10000000", "#97.14|0.00"},                                         // 17
	}
}

func lraExport(rows [][]string) *workbook.Export {
	return rt.Export("lra.xlsx", rt.Sheet{Name: "LRA", Rows: rows})
}

func withExport(w *workbook.Workbook, e *workbook.Export) *workbook.Workbook {
	w.Export = e
	return w
}

func TestExportRead(t *testing.T) {
	e := lraExport(exportRows())
	if e.Table == nil || len(e.Table.Rows) != 10 || e.Table.Total == nil {
		t.Fatalf("export table not read: %+v", e.Table)
	}
	if e.Unit != "KECAMATAN LASEM" || e.Year != 2023 || e.From.Day() != 1 || e.To.Month() != 12 || e.To.Day() != 31 {
		t.Errorf("unit %q, year %d, period %v - %v", e.Unit, e.Year, e.From, e.To)
	}
	if e.UnitCell.Ref() != "A3" || e.PeriodCell.Ref() != "A4" || e.Table.Sheet.Name != "[lra.xlsx]LRA" || e.Table.Rows[0].Cell("kode").Sheet != "[lra.xlsx]LRA" {
		t.Errorf("cells: %s %s, sheet %q", e.UnitCell.Ref(), e.PeriodCell.Ref(), e.Table.Sheet.Name)
	}
	// Account rows nest under their sub kegiatan; the next sub kegiatan climbs back out.
	levels := []int{1, 2, 3, 4, 4, 3, 2, 3, 1, 2}
	for i, r := range e.Table.Rows {
		if r.Level != levels[i] {
			t.Errorf("row %d level %d, want %d", r.Num, r.Level, levels[i])
		}
		if account := i == 3 || i == 4; r.IsAccount() != account {
			t.Errorf("row %d: account %v", r.Num, r.IsAccount())
		}
	}
	for _, period := range []struct {
		line string
		year int
	}{{"Tahun Anggaran 2023", 2023}, {"Periode : 01/01/2022 - 31/12/2022", 2022}, {"LAPORAN REALISASI ANGGARAN TAHUN ANGGARAN 2021", 2021}} {
		rows := exportRows()
		rows[3] = []string{period.line}
		if e := lraExport(rows); e.Year != period.year || e.PeriodCell == nil {
			t.Errorf("%q: year %d", period.line, e.Year)
		}
	}
}

func TestEKSExportAgrees(t *testing.T) {
	w := withExport(lraWorkbook(budget()), lraExport(exportRows()))
	rt.Expect(t, EKS001, w)
	rt.Expect(t, EKS002, w)
	rt.Expect(t, EKS003, w)
	rt.Expect(t, EKS004, w)
	rt.Expect(t, EKS005, w)
	rt.Expect(t, EKS006, w)
	// Without an export, the EKS rules have nothing to say.
	if got := rt.Run(lraWorkbook(budget()), EKS001, EKS002, EKS003, EKS004, EKS005, EKS006); len(got) != 0 {
		t.Errorf("findings without an export: %+v", got)
	}
}

func TestEKS001SubKegiatanDiffers(t *testing.T) {
	// The workbook is consistent in itself, but sub kegiatan 7.01.01.2.01.0002 reports
	// 36.000.000 where the books say 38.000.000: the sub kegiatan, its kegiatan, its program
	// and the Jumlah each differ, each at its own cell.
	rows := budget()
	rows[6][3], rows[6][4] = "#36000000", "#4000000"
	rows[4][3], rows[4][4] = "#93000000", "#7000000"
	rows[3][3], rows[3][4] = "#288000000", "#12000000"
	rows[10][3], rows[10][4] = "#338000000", "#12000000"
	w := withExport(lraWorkbook(rows), lraExport(exportRows()))
	rt.Expect(t, EKS001, w,
		rt.Want{At: "Realisasi Anggaran!D7", Expected: "38000000", Actual: "36000000"},
		rt.Want{At: "Realisasi Anggaran!D5", Expected: "95000000", Actual: "93000000"},
		rt.Want{At: "Realisasi Anggaran!D4", Expected: "290000000", Actual: "288000000"},
		rt.Want{At: "Realisasi Anggaran!D11", Expected: "340000000", Actual: "338000000"})
	rt.Expect(t, EKS002, w)
	rt.Expect(t, EKS003, w)
}

func TestEKS002CodeOnlyInExport(t *testing.T) {
	// The books hold a third sub kegiatan of Perencanaan the workbook lacks.
	rows := exportRows()
	extra := []string{"7.01.01.2.01.03", "Penyusunan Laporan Capaian Kinerja", "#5000000", "#4750000", "#250000", "#95|0.00"}
	rows = append(rows[:12], append([][]string{extra}, rows[12:]...)...) // row 13
	rows[7] = []string{"7.01.01.2.01", "Perencanaan", "#105000000", "#99750000", "#5250000", "#95|0.00"}
	rows[6] = []string{"7.01.01", "PROGRAM PENUNJANG", "#305000000", "#294750000", "#10250000", "#96.64|0.00"}
	rows[17] = []string{"", "JUMLAH", "#355000000", "#344750000", "#10250000", "#97.11|0.00"}
	w := withExport(lraWorkbook(budget()), lraExport(rows))
	rt.Expect(t, EKS004, w) // the export itself adds up
	got := rt.Expect(t, EKS002, w, rt.Want{At: "[lra.xlsx]LRA!A13", Expected: "7.01.01.2.01.03"})
	if len(got) == 1 && got[0].Message.EN != `Code 7.01.01.2.01.03 "Penyusunan Laporan Capaian Kinerja" (Anggaran 5,000,000, Realisasi 4,750,000) is in the LRA export but not in the Realisasi Anggaran.` {
		t.Errorf("message: %s", got[0].Message.EN)
	}
	// Its parents differ by its amounts.
	rt.Expect(t, EKS001, w,
		rt.Want{At: "Realisasi Anggaran!C5", Expected: "105000000", Actual: "100000000"},
		rt.Want{At: "Realisasi Anggaran!D5", Expected: "99750000", Actual: "95000000"},
		rt.Want{At: "Realisasi Anggaran!C4", Expected: "305000000", Actual: "300000000"},
		rt.Want{At: "Realisasi Anggaran!D4", Expected: "294750000", Actual: "290000000"},
		rt.Want{At: "Realisasi Anggaran!C11", Expected: "355000000", Actual: "350000000"},
		rt.Want{At: "Realisasi Anggaran!D11", Expected: "344750000", Actual: "340000000"})
	rt.Expect(t, EKS003, w)
}

func TestEKS003CodeOnlyInWorkbook(t *testing.T) {
	// The workbook codes Pelayanan Publik 7.01.02.2.02; the books know it as 7.01.02.2.01.
	rows := budget()
	rows[9][0] = "7.01.02.2.02"
	w := withExport(lraWorkbook(rows), lraExport(exportRows()))
	rt.Expect(t, EKS003, w, rt.Want{At: "Realisasi Anggaran!A10", Actual: "7.01.02.2.02"})
	rt.Expect(t, EKS002, w, rt.Want{At: "[lra.xlsx]LRA!A16", Expected: "7.01.02.2.01"})
}

func TestEKSByUraian(t *testing.T) {
	// A workbook numbered I. / 1. without Kode, as Kragan's: rows match by their Uraian, case
	// and numbering aside. The group row Belanja Tidak Langsung is not in the books.
	rows := [][]string{
		{"No", "Uraian", "Anggaran", "Realisasi", "Selisih", "%"},
		{"", "Belanja Tidak Langsung", "200.000.000", "195.000.000", "5.000.000", "97,50"},
		{"I.", "Program Penunjang", "300.000.000", "290.000.000", "10.000.000", "96,67"},
		{"1.", "Perencanaan", "100.000.000", "95.000.000", "5.000.000", "95,00"},
		{"2.", "Administrasi Keuangan", "200.000.000", "195.000.000", "5.000.000", "97,50"},
		{"II.", "Program Pemerintahan", "50.000.000", "50.000.000", "0", "100,00"},
		{"1.", "Pelayanan Publik", "50.000.000", "48.000.000", "2.000.000", "96,00"},
		{"", "Jumlah", "350.000.000", "340.000.000", "10.000.000", "97,14"},
	}
	w := withExport(lraWorkbook(rows), lraExport(exportRows()))
	rt.Expect(t, EKS001, w, rt.Want{At: "Realisasi Anggaran!D7", Expected: "50000000", Actual: "48000000"})
	rt.Expect(t, EKS003, w, rt.Want{At: "Realisasi Anggaran!B2", Actual: "Belanja Tidak Langsung"})
	rt.Expect(t, EKS002, w)
}

func TestEKS004ExportArithmetic(t *testing.T) {
	rows := exportRows()
	rows[6][5] = "#96.76|0.00" // 290 / 300 = 96.67
	rows[10][3] = "#37000000"  // Bahan Cetak: the sub kegiatan's Realisasi is no longer its accounts' sum
	rows[10][4], rows[10][5] = "#3000000", "#92.5|0.00"
	w := withExport(lraWorkbook(budget()), lraExport(rows))
	got := rt.Expect(t, EKS004, w,
		rt.Want{At: "[lra.xlsx]LRA!F7", Expected: "96.67", Actual: "96.76"},
		rt.Want{At: "[lra.xlsx]LRA!D9", Actual: "57000000"})
	// The account's Realisasi, Selisih and % agree with each other: either account may be
	// the one mistyped, and the sub kegiatan above them is right. The finding stands at the
	// sub kegiatan, names both accounts, and tells nothing to change.
	for _, f := range got {
		if f.Cell == "D9" && (f.Expected != "" || f.Fix != "" || len(f.Candidates) != 2 || f.Candidates[1] != "[lra.xlsx]LRA!D11") {
			t.Errorf("D9: %+v", f)
		}
	}
	for _, f := range got {
		if f.Sheet != "[lra.xlsx]LRA" || len(f.Message.ID) < 12 || f.Message.ID[:11] != "Ekspor LRA," || f.Message.EN[:11] != "LRA export," {
			t.Errorf("an export finding must say it is about the export: %+v", f)
		}
	}
	// The books are what the workbook is compared with, even where they do not add up.
	rt.Expect(t, EKS001, w)
}

func TestEKS005AnotherUnit(t *testing.T) {
	rows := exportRows()
	rows[2] = []string{"SKPD", ":", "7.01.0.00.0.00.01.0000 KECAMATAN KRAGAN"}
	rows[8][3] = "#56000000" // a figure that differs: not compared, the export is not Lasem's
	w := withExport(lraWorkbook(budget()), lraExport(rows))
	rt.Expect(t, EKS005, w, rt.Want{At: "Identitas!B1", Expected: "KECAMATAN KRAGAN", Actual: "Kecamatan Lasem"})
	rt.Expect(t, EKS001, w)
	rt.Expect(t, EKS002, w)
	rt.Expect(t, EKS003, w)
	// The unit's name without its kind, or with it, is the same unit.
	rows[2] = []string{"SKPD : Lasem"}
	rt.Expect(t, EKS005, withExport(lraWorkbook(budget()), lraExport(rows)))
}

func TestEKS006Period(t *testing.T) {
	rows := exportRows()
	rows[3] = []string{"Periode : 1 Januari 2023 s/d 30 Juni 2023"}
	rt.Expect(t, EKS006, withExport(lraWorkbook(budget()), lraExport(rows)),
		rt.Want{At: "Identitas!B2", Expected: "31 Desember 2023", Actual: "30 Juni 2023"})
	rows[3] = []string{"Tahun Anggaran 2022"}
	w := withExport(lraWorkbook(budget()), lraExport(rows))
	rt.Expect(t, EKS006, w, rt.Want{At: "Identitas!B2", Expected: "2022", Actual: "2023"})
	rt.Expect(t, EKS001, w)
}
