package layout_test

import (
	"testing"

	wb "lkjip/reconcile/workbook"
	"lkjip/rules"
	rt "lkjip/rules/rulestest"
)

func TestCombinedTableIsSplit(t *testing.T) {
	// A kecamatan's table with indicators and budget side by side. The budget half is a
	// Realisasi Anggaran of its own, read and checked: 307.055.630 / 398.379.650 x 100 = 77,1,
	// printed 80,5.
	w := build(grid{Name: "Pengukuran", Rows: [][]string{
		{"No", "Indikator Kinerja", "Target", "Realisasi", "% Capaian", "Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)", "%"},
		{"1", "Persentase dokumen tepat waktu", "#100", "#100", "#100", "Penyusunan Dokumen Perencanaan", "#398379650", "#307055630", "#80.5"},
		{"2", "Indeks kepuasan masyarakat", "#80", "#82", "#102.5", "Pelayanan Administrasi", "#100000000", "#90000000", "#90"},
	}})
	if len(w.Tables) != 2 {
		t.Fatalf("%d tables, want the Pengukuran and its budget", len(w.Tables))
	}
	check(t, w.Tables[0], want{kind: wb.Pengukuran, header: []int{1}, rows: []int{2, 3},
		columns: "no@A indikator@B target@C realisasi@D capaian@E"})
	check(t, w.Tables[1], want{kind: wb.RealisasiAnggaran, header: []int{1}, rows: []int{2, 3}, levels: []int{1, 1},
		columns: "uraian@F anggaran@G realisasi@H persen@I"})
	if w.Tables[1].Sheet != w.Tables[0].Sheet {
		t.Error("the two halves are on different sheets")
	}
	rt.Expect(t, rules.LRA002, w, rt.Want{At: "Pengukuran!I2", Expected: "77.1", Actual: "80.5"})
	rt.Expect(t, rules.PGK001, w) // the indicators are right

	// On a sheet of no known name, recognised by its header: the same two tables (the budget
	// schema alone scores as well, and would take the indicators' Realisasi for the budget's).
	w = build(grid{Name: "Sheet1", Rows: [][]string{
		{"No", "Indikator Kinerja", "Target", "Realisasi", "% Capaian", "Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)", "%"},
		{"1", "Persentase dokumen tepat waktu", "#100", "#100", "#100", "Penyusunan Dokumen Perencanaan", "#398379650", "#307055630", "#80.5"},
	}})
	if len(w.Tables) != 2 {
		t.Fatalf("Sheet1: %d tables, want 2", len(w.Tables))
	}
	check(t, w.Tables[0], want{kind: wb.Pengukuran, header: []int{1}, rows: []int{2},
		columns: "no@A indikator@B target@C realisasi@D capaian@E"})
	check(t, w.Tables[1], want{kind: wb.RealisasiAnggaran, header: []int{1}, rows: []int{2}, levels: []int{1},
		columns: "uraian@F anggaran@G realisasi@H persen@I"})

	// A Pengukuran with an Anggaran column but no kegiatan beside it stays one table.
	w = build(grid{Name: "Pengukuran", Rows: [][]string{
		{"No", "Indikator Kinerja", "Target", "Realisasi", "% Capaian", "Anggaran (Rp)"},
		{"1", "IKM", "#80", "#82", "#102.5", "#100000"},
	}})
	check(t, only(t, w), want{kind: wb.Pengukuran, header: []int{1}, rows: []int{2},
		columns: "no@A indikator@B target@C realisasi@D capaian@E"})
}
