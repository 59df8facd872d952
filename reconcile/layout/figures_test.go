package layout_test

import (
	"testing"

	wb "lkjip/reconcile/workbook"
	"lkjip/rules"
	rt "lkjip/rules/rulestest"
)

func TestFiguresAsWrittenInReports(t *testing.T) {
	// Targets with units, percentages as text, US notation and a different number of
	// decimals from row to row, as real Pengukuran tables write them.
	w := build(grid{Name: "Pengukuran", Rows: [][]string{
		{"No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"},
		{"1", "Kelompok tani terbina", "80 Kelompok", "76 Kelompok", "95%"},
		{"2", "Gedung terbangun", "1 Unit", "1 Unit", "100,00 %"},
		{"3", "Dokumen tersusun", "1", "7", "700%"},
		{"4", "Layanan tepat waktu", "200", "199", "99,5%"},
		{"5", "Persentase layanan", "70", "66,7", "95,24"},
		{"6", "Nilai anggaran terserap", "1,002,654,953.00", "1,002,654,953.00", "100"},
	}})
	tb := only(t, w)
	type fig struct {
		num      string
		decimals int
		percent  bool
	}
	want := [][3]fig{
		{{"80", 0, false}, {"76", 0, false}, {"95", 0, true}},
		{{"1", 0, false}, {"1", 0, false}, {"100", 2, true}},
		{{"1", 0, false}, {"7", 0, false}, {"700", 0, true}},
		{{"200", 0, false}, {"199", 0, false}, {"99.5", 1, true}},
		{{"70", 0, false}, {"66.7", 1, false}, {"95.24", 2, false}},
		{{"1002654953", 2, false}, {"1002654953", 2, false}, {"100", 0, false}},
	}
	for i, r := range tb.Rows {
		for j, role := range []wb.Role{wb.RoleTarget, wb.RoleRealisasi, wb.RoleCapaian} {
			c, f := r.Cell(role), want[i][j]
			if !c.IsFigure() || c.Num.String() != f.num || int(c.Decimals) != f.decimals || c.Percent != f.percent {
				t.Errorf("%s %q: figure %v %s, %d decimals, percent %v; want %s, %d, %v", c.Ref(), c.Text, c.IsFigure(), c.Num, c.Decimals, c.Percent, f.num, f.decimals, f.percent)
			}
		}
	}
	// The text stays as written (a fix or a message quotes it).
	if c := tb.Rows[0].Cell(wb.RoleTarget); c.Text != "80 Kelompok" {
		t.Errorf("C2 text %q", c.Text)
	}
	// Read as figures, every row is checked: only row 6's capaian is wrong (95,29).
	rt.Expect(t, rules.PGK001, w, rt.Want{At: "Pengukuran!E6", Expected: "95.29", Actual: "95.24"})
	rt.Expect(t, rules.UM004, w) // no "bukan angka"

	// A range target stays text: it is the Rentang polarity's, read by the rule itself.
	w = build(grid{Name: "Pengukuran", Rows: [][]string{
		{"No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"},
		{"1", "IKM", "60 - 70", "65", "100"},
		{"2", "Bangunan", "2 Unit Gedung Baru Lagi", "2", "100"},
	}})
	for _, r := range only(t, w).Rows {
		if c := r.Cell(wb.RoleTarget); c.IsFigure() {
			t.Errorf("%s %q read as the figure %s", c.Ref(), c.Text, c.Num)
		}
	}
}

func TestFiguresWithFootnotesAndLevels(t *testing.T) {
	// A level written with its unit before it, a figure with a footnote mark, as Itjen PUPR's
	// Tabel IV.1 (2020) prints them: figures, checked, and no UM004.
	w := build(grid{Name: "Pengukuran", Rows: [][]string{
		{"No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"},
		{"1", "Level IACM", "Level 3", "3*", "100"},
		{"2", "Nilai SAKIP", "Nilai 80", "72 **", "90"},
		{"3", "Persentase temuan", "80%", "84 % *)", "104"},
		{"4", "Opini BPK", "5 (*)", "5", "100"},
	}})
	tb := only(t, w)
	want := [][2]string{{"3", "3"}, {"80", "72"}, {"80", "84"}, {"5", "5"}}
	for i, r := range tb.Rows {
		for j, role := range []wb.Role{wb.RoleTarget, wb.RoleRealisasi} {
			if c := r.Cell(role); !c.IsFigure() || c.Num.String() != want[i][j] {
				t.Errorf("%s %q: figure %v %s, want %s", c.Ref(), c.Text, c.IsFigure(), c.Num, want[i][j])
			}
		}
	}
	if c := tb.Rows[0].Cell(wb.RoleRealisasi); c.Text != "3*" {
		t.Errorf("D2 text %q: the mark stays in the text", c.Text)
	}
	rt.Expect(t, rules.UM004, w)
	// Read as figures, they are checked: 72 of 80 is 90 %, right; 84 of 80 is 105 %, not 104.
	rt.Expect(t, rules.PGK001, w, rt.Want{At: "Pengukuran!E4", Expected: "105", Actual: "104"})

	// A period is no unit, a lone mark no figure, a mark inside no footnote: these stay text.
	w = build(grid{Name: "Pengukuran", Rows: [][]string{
		{"No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"},
		{"1", "A", "Tahun 2020", "TW 4", "100"},
		{"2", "B", "**", "3 * 4", "100"},
		{"3", "C", "Level tiga", "Dua Level 3", "100"},
	}})
	for _, r := range only(t, w).Rows {
		for _, role := range []wb.Role{wb.RoleTarget, wb.RoleRealisasi} {
			if c := r.Cell(role); c.IsFigure() {
				t.Errorf("%s %q read as the figure %s", c.Ref(), c.Text, c.Num)
			}
		}
	}
}
