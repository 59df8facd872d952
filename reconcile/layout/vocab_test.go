package layout_test

import (
	"testing"

	wb "lkjip/reconcile/workbook"
	"lkjip/rules"
	rt "lkjip/rules/rulestest"
)

// Headers transcribed from published reports (issue #16), matched by their words.

func TestHeaderCapaianRealisasiAnggaran(t *testing.T) {
	// An Inspektorat's budget table: the % column's label holds the words of Realisasi and
	// Anggaran too, and used to be read as a second Realisasi (left out, unchecked). The
	// label is typed over three lines; the column-number row is written in parentheses.
	w := build(grid{Name: "Realisasi Anggaran", Rows: [][]string{
		{"NO", "PROGRAM/ KEGIATAN", "ANGGARAN\n(Rp)", "REALISASI\n(Rp)", "CAPAIAN\nREALISASI ANGGARAN\n(%)"},
		{"(1)", "(2)", "(3)", "(4)", "(5)"},
		{"1", "Program Pengawasan", "398.379.650", "307.055.630", "80,5"},
		{"", "Jumlah", "398.379.650", "307.055.630", "80,5"},
	}})
	tb := only(t, w)
	check(t, tb, want{kind: wb.RealisasiAnggaran, header: []int{1}, number: 2, rows: []int{3}, total: 4, levels: []int{1},
		columns: "no@A uraian@B anggaran@C realisasi@D persen@E"})
	if c := tb.Column(wb.RolePersen); c.Label != "CAPAIAN REALISASI ANGGARAN (%)" || c.Number != "5" {
		t.Errorf("%% column: label %q (a line break must not reach a message), number %q", c.Label, c.Number)
	}
	if c := tb.Column(wb.RoleAnggaran); c.Label != "ANGGARAN (Rp)" {
		t.Errorf("anggaran label %q", c.Label)
	}
	// The % is now checked: 307.055.630 / 398.379.650 x 100 = 77,1, printed 80,5.
	rt.Expect(t, rules.LRA002, w, rt.Want{At: "Realisasi Anggaran!E3", Expected: "77.1", Actual: "80.5"}, rt.Want{At: "Realisasi Anggaran!E4", Expected: "77.1", Actual: "80.5"})
}

func TestHeaderDJPKExport(t *testing.T) {
	// A DJPK budget export on a sheet of no known name: akun | anggaran | realisasi |
	// persentase, recognised by its header.
	w := build(grid{Name: "Sheet1", Rows: [][]string{
		{"Realisasi APBD Kabupaten Uji 2021"},
		{},
		{"akun", "anggaran", "realisasi", "persentase"},
		{"Belanja Pegawai", "1,002,654,953.00", "950,000,000.00", "94.75"},
	}})
	tb := only(t, w)
	check(t, tb, want{kind: wb.RealisasiAnggaran, header: []int{3}, rows: []int{4}, levels: []int{1},
		columns: "uraian@A anggaran@B realisasi@C persen@D"})
	// US notation read exactly.
	if c := tb.Rows[0].Cell(wb.RoleAnggaran); !c.IsFigure() || c.Num.String() != "1002654953" || c.Decimals != 2 {
		t.Errorf("B4: %s (%d decimals)", c.Num, c.Decimals)
	}
}

func TestHeaderPaguSisa(t *testing.T) {
	w := build(grid{Name: "LRA", Rows: [][]string{
		{"Uraian", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "%"},
		{"Program Penunjang", "#300", "#250", "#50", "#83.33"},
	}})
	check(t, only(t, w), want{kind: wb.RealisasiAnggaran, header: []int{1}, rows: []int{2}, levels: []int{1},
		columns: "uraian@A anggaran@B realisasi@C selisih@D persen@E"})
	w = build(grid{Name: "LRA", Rows: [][]string{
		{"Uraian", "Anggaran", "Realisasi", "Selisih Lebih/(Kurang)", "Sisa (%)"},
		{"Program Penunjang", "#300", "#250", "#50", "#16.67"},
	}})
	// "Sisa (%)" is the share left: neither the Sisa amount nor the realisation's %. It is
	// not read as either (checked as the %, its 16,67 would be called wrong).
	check(t, only(t, w), want{kind: wb.RealisasiAnggaran, header: []int{1}, rows: []int{2}, levels: []int{1},
		columns: "uraian@A anggaran@B realisasi@C selisih@D"})
}

func TestHeaderKeuanganFisik(t *testing.T) {
	// Realisasi over Fisik (%) | Keuangan (Rp) | Keuangan (%): the physical progress is no
	// budget figure and takes no role; Keuangan (Rp) is the realisation, Keuangan (%) the %.
	w := build(grid{Name: "Realisasi Anggaran", Rows: [][]string{
		{"Program/Kegiatan", "Pagu", "Realisasi", "", ""},
		{"", "", "Fisik (%)", "Keuangan (Rp)", "Keuangan (%)"},
		{"Program Penunjang", "#300", "#100", "#250", "#83.33"},
	}, Merges: []string{"A1:A2", "B1:B2", "C1:E1"}})
	tb := only(t, w)
	check(t, tb, want{kind: wb.RealisasiAnggaran, header: []int{1, 2}, rows: []int{3}, levels: []int{1},
		columns: "uraian@A anggaran@B realisasi@D persen@E"})
	if c := tb.Column(wb.RoleRealisasi); c.Group != "Realisasi" || c.Label != "Keuangan (Rp)" {
		t.Errorf("realisasi: group %q label %q", c.Group, c.Label)
	}
}
