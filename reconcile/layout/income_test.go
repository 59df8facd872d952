package layout_test

import (
	"testing"

	"lkjip/reconcile/layout"
	wb "lkjip/reconcile/workbook"
)

func TestIncomeByTitle(t *testing.T) {
	w := build(grid{Name: "Realisasi Anggaran", Rows: [][]string{
		{"LAPORAN REALISASI PENDAPATAN TAHUN 2021"},
		{},
		{"No", "Uraian", "Anggaran", "Realisasi", "%"},
		{"1", "Retribusi Pelayanan Persampahan", "#10000000", "#12500000", "#125"},
		{"2", "Retribusi Izin Mendirikan Bangunan", "#5000000", "#4000000", "#80"},
		{"", "Jumlah", "#15000000", "#16500000", "#110"},
	}})
	tb := only(t, w)
	check(t, tb, want{kind: wb.RealisasiAnggaran, header: []int{3}, rows: []int{4, 5}, total: 6, levels: []int{1, 1},
		columns: "no@A uraian@B anggaran@C realisasi@D persen@E"})
	if !layout.IncomeTable(tb) {
		t.Error("a table titled Realisasi Pendapatan is not income")
	}
	for _, r := range tb.AllRows() {
		if !layout.Income(r) {
			t.Errorf("row %d (%s) not income", r.Num, r.Label())
		}
	}
	// Lain-lain PAD yang sah as the title.
	w = build(grid{Name: "LRA", Rows: [][]string{
		{"Lain-lain PAD yang Sah"},
		{"Uraian", "Anggaran", "Realisasi"},
		{"Jasa Giro", "#1000", "#1200"},
	}})
	if !layout.IncomeTable(only(t, w)) {
		t.Error("Lain-lain PAD yang Sah is not income")
	}
	// The Badan Pendapatan Daerah's own spending is no income.
	w = build(grid{Name: "LRA", Rows: [][]string{
		{"LAPORAN REALISASI ANGGARAN BADAN PENDAPATAN DAERAH"},
		{"Uraian", "Anggaran", "Realisasi"},
		{"Program Penunjang", "#1000", "#900"},
	}})
	if layout.IncomeTable(only(t, w)) {
		t.Error("the Bapenda's budget read as income")
	}
	// A budget titled Pendapatan dan Belanja is both: by its rows.
	w = build(grid{Name: "LRA", Rows: [][]string{
		{"Laporan Realisasi Pendapatan dan Belanja"},
		{"Uraian", "Anggaran", "Realisasi"},
		{"Belanja Pegawai", "#1000", "#900"},
	}})
	if tb := only(t, w); layout.IncomeTable(tb) || layout.Income(tb.Rows[0]) {
		t.Error("Belanja Pegawai read as income")
	}
}

func TestIncomeRowsUnderPendapatan(t *testing.T) {
	w := build(grid{Name: "Realisasi Anggaran", Rows: [][]string{
		{"Kode", "Uraian", "Anggaran", "Realisasi"},
		{"4", "PENDAPATAN DAERAH", "#1000", "#1200"},
		{"4.1", "Pendapatan Asli Daerah", "#1000", "#1200"},
		{"4.1.04", "Lain-lain PAD yang Sah", "#1000", "#1200"},
		{"5", "BELANJA DAERAH", "#800", "#700"},
		{"5.1", "Belanja Operasi", "#800", "#700"},
	}})
	tb := only(t, w)
	check(t, tb, want{kind: wb.RealisasiAnggaran, header: []int{1}, rows: []int{2, 3, 4, 5, 6}, levels: []int{1, 2, 3, 1, 2},
		columns: "kode@A uraian@B anggaran@C realisasi@D"})
	if layout.IncomeTable(tb) {
		t.Error("a table of income and spending is an income table")
	}
	for i, want := range []bool{true, true, true, false, false} {
		if got := layout.Income(tb.Rows[i]); got != want {
			t.Errorf("row %d (%s): income %v, want %v", tb.Rows[i].Num, tb.Rows[i].Label(), got, want)
		}
	}
}
