package rules

import (
	"testing"

	"lkjip/reconcile"
	wb "lkjip/reconcile/workbook"
	rt "lkjip/rules/rulestest"
)

// pegawai is a clean Pegawai table with a two-row header: No | Jabatan | Jenis Kelamin (Lk,
// Pr) | Pendidikan (S2, S1, SLTA) | Eselon (III, IV) | Pangkat/Golongan (IV, III) |
// Kontrak/THL | Diklat (PIM III, PIM IV), three rows and a Jumlah row (row 6).
func pegawai() [][]string {
	return [][]string{
		{"No", "Jabatan", "Jenis Kelamin", "", "Pendidikan", "", "", "Eselon", "", "Pangkat/Golongan", "", "Kontrak/THL", "Diklat", ""},
		{"", "", "Lk", "Pr", "S2", "S1", "SLTA", "III", "IV", "IV", "III", "", "PIM III", "PIM IV"},
		{"#1", "Camat", "#1", "-", "#1", "-", "-", "#1", "-", "#1", "-", "-", "#1", "-"},
		{"#2", "Kasi", "#2", "#1", "-", "#3", "-", "-", "#3", "-", "#3", "-", "-", "#2"},
		{"#3", "Staf", "#1", "#2", "-", "#1", "#2", "-", "-", "-", "#1", "#2", "-", "-"},
		{"Jumlah", "", "#4", "#3", "#1", "#4", "#2", "#1", "#3", "#1", "#4", "#2", "#1", "#2"},
	}
}

func pegawaiSheet(rows [][]string) rt.Sheet {
	return rt.Sheet{Name: "Pegawai", Rows: rows,
		Merges: []string{"A1:A2", "B1:B2", "C1:D1", "E1:G1", "H1:I1", "J1:K1", "L1:L2", "M1:N1"}}
}

func TestPGWCleanTable(t *testing.T) {
	w := rt.Workbook(pegawaiSheet(pegawai()))
	tab := w.Table(wb.Pegawai)
	if tab == nil || len(tab.Rows) != 3 || tab.Total == nil {
		t.Fatalf("table not read: %+v", tab)
	}
	groups := map[string]int{}
	for _, c := range tab.Columns {
		if c.Role == wb.RoleCount {
			groups[c.Group]++
		}
	}
	want := map[string]int{"Jenis Kelamin": 2, "Pendidikan": 3, "Eselon": 2, "Pangkat/Golongan": 2, "Kontrak/THL": 1, "Diklat": 2}
	for g, n := range want {
		if groups[g] != n {
			t.Errorf("group %s: %d columns, want %d (%v)", g, groups[g], n, groups)
		}
	}
	rt.Expect(t, PGW001, w)
	rt.Expect(t, PGW002, w)
	rt.Expect(t, PGW003, w)
	rt.Expect(t, PGW004, w)
	rt.Expect(t, PGW005, w)
}

func TestPGW001Pendidikan(t *testing.T) {
	rows := pegawai()
	rows[3][5] = "#4" // Kasi: S1 4, head count 3; the Jumlah S1 (4) is now wrong: PGW004's
	w := rt.Workbook(pegawaiSheet(rows))
	rt.Expect(t, PGW001, w, rt.Want{At: "Pegawai!E4", Expected: "3", Actual: "4"})
	rt.Expect(t, PGW004, w, rt.Want{At: "Pegawai!F6", Expected: "5", Actual: "4"})
}

// TestPGW001JumlahRowFollows: where the Jumlah row adds up the rows as written, it carries
// their mistake, and does not say it again (Kragan E.2, row 10): one mistake, one finding.
func TestPGW001JumlahRowFollows(t *testing.T) {
	rows := pegawai()
	rows[3][5], rows[5][5] = "#4", "#5"
	w := rt.Workbook(pegawaiSheet(rows))
	rt.Expect(t, PGW001, w, rt.Want{At: "Pegawai!E4", Expected: "3", Actual: "4"})
	rt.Expect(t, PGW004, w)
}

// TestPGW001SkipsRowsWithoutHeadCount: a row with every Jenis Kelamin cell blank (a heading)
// has no head count; a table without Jenis Kelamin columns is not checked.
func TestPGW001SkipsRowsWithoutHeadCount(t *testing.T) {
	rows := pegawai()
	rows = append(rows[:2], append([][]string{{"", "Struktural", "", "", "", "#9", "", "", "", "", "", "", "", ""}}, rows[2:]...)...)
	w := rt.Workbook(pegawaiSheet(rows))
	rt.Expect(t, PGW001, w)
	noJK := [][]string{
		{"No", "Jabatan", "Pendidikan", "", "Pangkat/Golongan", ""},
		{"", "", "S1", "SLTA", "IV", "III"},
		{"#1", "Camat", "#1", "#1", "#1", "-"},
	}
	w = rt.Workbook(rt.Sheet{Name: "Pegawai", Rows: noJK, Merges: []string{"A1:A2", "B1:B2", "C1:D1", "E1:F1"}})
	if tab := w.Table(wb.Pegawai); tab == nil || len(tab.Rows) != 1 {
		t.Fatalf("table not read: %+v", tab)
	}
	rt.Expect(t, PGW001, w)
	rt.Expect(t, PGW002, w)
}

func TestPGW002Golongan(t *testing.T) {
	rows := pegawai()
	rows[4][11] = "#3" // Staf: Golongan 1 + THL 3 = 4, head count 3
	rt.Expect(t, PGW002, rt.Workbook(pegawaiSheet(rows)), rt.Want{At: "Pegawai!J5", Expected: "3", Actual: "4"})
}

func TestPGW003EselonDiklat(t *testing.T) {
	rows := pegawai()
	rows[3][13] = "#4" // Kasi: Diklat 4 > 3
	rows[2][8] = "#1"  // Camat: Eselon III 1 + IV 1 = 2 > 1
	rows[4][7] = "-"   // Staf: no Eselon, less than the head count: right
	rt.Expect(t, PGW003, rt.Workbook(pegawaiSheet(rows)), rt.Want{At: "Pegawai!H3", Expected: "<= 1", Actual: "2"}, rt.Want{At: "Pegawai!M4", Expected: "<= 3", Actual: "4"})
}

// TestPGW004Jumlah: a wrong Jumlah cell is one finding, not also a head-count finding on the
// Jumlah row.
func TestPGW004Jumlah(t *testing.T) {
	rows := pegawai()
	rows[5][2] = "#5" // Jumlah Lk: 1 + 2 + 1 = 4
	rows[5][11] = "-" // Jumlah Kontrak/THL: 2
	w := rt.Workbook(pegawaiSheet(rows))
	rt.Expect(t, PGW004, w, rt.Want{At: "Pegawai!C6", Expected: "4", Actual: "5"}, rt.Want{At: "Pegawai!L6", Expected: "2", Actual: "-"})
	// With the Jumlah's own rule beside them, the head-count rules see the wrong Jumlah as
	// the cause of their Jumlah row's disagreement, and say nothing of it.
	pgw004 := []*reconcile.Rule{PGW004}
	rt.ExpectWith(t, PGW001, pgw004, w)
	rt.ExpectWith(t, PGW002, pgw004, w)
	rt.ExpectWith(t, PGW003, pgw004, w)
}

// TestPGW004SubtotalColumn: a Jml sub-column under Jenis Kelamin is the row's head count, not
// a third count: it is checked against Lk + Pr in its row and left out of the head count. Its
// Jumlah cell (E5, 6) equals its column's sum as written: right for PGW004.
func TestPGW004SubtotalColumn(t *testing.T) {
	rows := [][]string{
		{"No", "Unit Kerja", "Jenis Kelamin", "", "", "Pendidikan", ""},
		{"", "", "Lk", "Pr", "Jml", "S1", "SLTA"},
		{"#1", "Sekretariat", "#2", "#1", "#3", "#2", "#1"},
		{"#2", "Seksi", "#1", "#1", "#3", "#1", "#1"},
		{"Jumlah", "", "#3", "#2", "#6", "#3", "#2"},
	}
	w := rt.Workbook(rt.Sheet{Name: "Pegawai", Rows: rows, Merges: []string{"A1:A2", "B1:B2", "C1:E1", "F1:G1"}})
	// Jml "Seksi" (3) is not Lk + Pr (2); its column's Jumlah agrees with it, the Lk and Pr
	// Jumlah with them: which side is wrong is open, and the finding names the row's counts
	// rather than telling one of them to change.
	got := rt.Expect(t, PGW004, w, rt.Want{At: "Pegawai!E4", Actual: "3"})
	if len(got) != 1 || got[0].Fix != "" || len(got[0].Candidates) != 2 {
		t.Errorf("the Jml finding: %+v", got)
	}
	rt.Expect(t, PGW001, w)
}

func TestPGW005WholeCounts(t *testing.T) {
	rows := pegawai()
	rows[2][2] = "#1.5|0.0" // Camat Lk 1,5
	rows[3][9] = "#-1"      // Kasi Golongan IV -1
	rows[4][12] = "#0.00000000000001"
	rows[5][2] = "#4.5" // the Jumlah follows the rows: PGW005 names the row, not the Jumlah
	rt.Expect(t, PGW005, rt.Workbook(pegawaiSheet(rows)), rt.Want{At: "Pegawai!C3", Actual: "1.5"}, rt.Want{At: "Pegawai!J4", Actual: "-1"})
}
