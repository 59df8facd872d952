package layout_test

import (
	"testing"

	wb "lkjip/reconcile/workbook"
)

// TestLevelsFromAccounts reads a region's budget printed without codes or numbering, as the
// DJPK portal prints it: levels from the account names, the portal's grouping (TKDD holds
// the central transfers only; Pendapatan Transfer Antar Daerah, printed before its group,
// belongs to Pendapatan Lainnya; Belanja Pegawai printed twice is a group over its account),
// the netto Pembiayaan (Pengeluaran counts against it), and amounts in miliar read as figures
// rounded at their last decimal.
func TestLevelsFromAccounts(t *testing.T) {
	w := build(grid{Name: "Realisasi Anggaran", Rows: [][]string{
		{"Akun", "Anggaran/Pagu", "Realisasi", "%"},
		{"Pendapatan Daerah", "1.000,00 M", "233,15 M", "23.31"}, // 2
		{"PAD", "77,04 M", "14,26 M", "18.51"},                   // 3
		{"Pajak Daerah", "77,04 M", "14,26 M", "18.51"},          // 4
		{"TKDD", "848,69 M", "207,23 M", "24.42"},                // 5
		{"Pendapatan Transfer Pemerintah Pusat", "848,69 M", "207,23 M", "24.42"},
		{"Pendapatan Transfer Antar Daerah", "55,11 M", "11,65 M", "21.14"}, // 7, before its group
		{"Pendapatan Lainnya", "74,27 M", "11,65 M", "15.69"},               // 8
		{"Pendapatan Hibah", "19,15 M", "0,00 M", "0.00"},
		{"Belanja Daerah", "558,00 M", "130,00 M", "23.30"}, // 10
		{"Belanja Pegawai", "558,00 M", "130,00 M", "23.30"},
		{"Belanja Pegawai", "558,00 M", "130,00 M", "23.30"}, // 12: the account under the group
		{"Pembiayaan Daerah", "-3,00 M", "0,00 M", "0.00"},   // 13
		{"Penerimaan Pembiayaan Daerah", "3,50 M", "0,00 M", "0.00"},
		{"Pengeluaran Pembiayaan Daerah", "6,50 M", "0,00 M", "0.00"}, // 15
	}})
	tb := only(t, w)
	if got, want := parents(tb), "0 2 3 2 5 8 2 8 0 10 11 0 13 13"; got != want {
		t.Errorf("parents %s, want %s", got, want)
	}
	for _, r := range tb.Rows {
		if r.Netto != (r.Num == 15) {
			t.Errorf("row %d (%s): netto %v", r.Num, r.Label(), r.Netto)
		}
	}
	if lv := tb.Rows[5].Level; lv != 3 {
		t.Errorf("Pendapatan Transfer Antar Daerah at level %d, want 3 (under Pendapatan Lainnya)", lv)
	}
	c := tb.Rows[0].Cell(wb.RoleAnggaran)
	if c.Kind != wb.Number || c.Num.String() != "1000" || c.Decimals != 2 || !c.Rounded {
		t.Errorf("1.000,00 M read as %v %s at %d decimals, rounded %v; want the figure 1000 in miliar at 2, rounded", c.Kind, c.Num, c.Decimals, c.Rounded)
	}
	if p := tb.Rows[0].Cell(wb.RolePersen); p.Rounded {
		t.Errorf("a percentage is marked rounded: %+v", p)
	}

	// Permendagri's grouping: the transfers between regions under Pendapatan Transfer,
	// Belanja Pegawai under Belanja Operasi.
	w = build(grid{Name: "Realisasi Anggaran", Rows: [][]string{
		{"Uraian", "Anggaran", "Realisasi"},
		{"PENDAPATAN", "#300", "#250"},          // 2
		{"Pendapatan Transfer", "#300", "#250"}, // 3
		{"Pendapatan Transfer Pemerintah Pusat", "#200", "#150"},
		{"Pendapatan Transfer Antar Daerah", "#100", "#100"},
		{"Lain-lain Pendapatan Daerah yang Sah", "#0", "#0"}, // 6
		{"BELANJA", "#300", "#250"},                          // 7
		{"Belanja Operasi", "#300", "#250"},                  // 8
		{"Belanja Pegawai", "#300", "#250"},
	}})
	if got, want := parents(only(t, w)), "0 2 3 3 2 0 7 8"; got != want {
		t.Errorf("Permendagri's grouping: parents %s, want %s", got, want)
	}

	// A row that names no account: the table is not read by accounts (flat, as before).
	w = build(grid{Name: "Realisasi Anggaran", Rows: [][]string{
		{"Uraian", "Anggaran", "Realisasi"},
		{"Pendapatan Daerah", "#300", "#250"},
		{"PAD", "#300", "#250"},
		{"Program Penunjang Urusan", "#100", "#80"},
	}})
	for _, r := range only(t, w).Rows {
		if r.Parent != nil {
			t.Errorf("row %d (%s) nested under %d in a table that is not all accounts", r.Num, r.Label(), r.Parent.Num)
		}
	}
}

// TestMiliarBesideRupiah: a column that writes some amounts in miliar and others in rupiah
// holds two units; the miliar stay text (UM004 names them), never added to the rupiah.
func TestMiliarBesideRupiah(t *testing.T) {
	w := build(grid{Name: "Realisasi Anggaran", Rows: [][]string{
		{"Uraian", "Anggaran", "Realisasi"},
		{"Program Penunjang", "2,50 M", "#2000000000"},
		{"Program Pelayanan", "#1500000000", "1,20 M"},
		{"Program Lain", "#0", "0,00 M"},
	}})
	tb := only(t, w)
	a, r := tb.Rows[0].Cell(wb.RoleAnggaran), tb.Rows[1].Cell(wb.RoleRealisasi)
	if a.Kind != wb.Text || a.Rounded || r.Kind != wb.Text || r.Rounded {
		t.Errorf("miliar beside rupiah read as figures: %v %s, %v %s", a.Kind, a.Num, r.Kind, r.Num)
	}
	// Its 0,00 M stays text too.
	if z := tb.Rows[2].Cell(wb.RoleRealisasi); z.Kind != wb.Text {
		t.Errorf("0,00 M in a column of miliar and rupiah: %v", z.Kind)
	}
	w = build(grid{Name: "Realisasi Anggaran", Rows: [][]string{
		{"Uraian", "Anggaran", "Realisasi"},
		{"Program Penunjang", "2,50 M", "#0"},
		{"Program Pelayanan", "1,50 M", "1,20 M"},
	}})
	tb = only(t, w)
	if c := tb.Rows[1].Cell(wb.RoleRealisasi); c.Kind != wb.Number || !c.Rounded || c.Num.String() != "1.2" {
		t.Errorf("1,20 M beside a 0 read as %v %s rounded %v, want the figure 1.2 in miliar", c.Kind, c.Num, c.Rounded)
	}
}
