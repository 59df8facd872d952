package layout_test

import (
	"testing"

	wb "lkjip/reconcile/workbook"
	"lkjip/rules"
	rt "lkjip/rules/rulestest"
)

// identitas is an Identitas sheet naming the report year.
func identitas(year string) grid {
	return grid{Name: "Identitas", Rows: [][]string{{"Nama Instansi", "Kecamatan Uji"}, {"Tahun Laporan", year}}}
}

// kecamatanPengukuran is the kecamatan table: the earlier year first in each pair, and
// a 2020 capaian of 95,24 where 66,7 / 70 x 100 gives 95,29.
func kecamatanPengukuran(header []string) grid {
	return grid{Name: "Pengukuran", Rows: [][]string{
		header,
		{"1", "Persentase layanan", "#60", "#70", "#60", "#66.7", "#100", "#95.24"},
	}}
}

var yearPairs = []string{"No", "Indikator Kinerja", "Target 2019", "Target 2020", "Realisasi 2019", "Realisasi 2020", "Capaian 2019 (%)", "Capaian 2020 (%)"}

func TestYearsDecideRolesEarlierYearFirst(t *testing.T) {
	w := build(identitas("2020"), kecamatanPengukuran(yearPairs))
	tb := w.Table(wb.Pengukuran)
	check(t, tb, want{kind: wb.Pengukuran, header: []int{1}, rows: []int{2},
		columns: "no@A indikator@B target_t1@C:2019 target@D:2020 realisasi_t1@E:2019 realisasi@F:2020 capaian_t1@G:2019 capaian@H:2020"})
	// The 2020 figures are the ones checked: 66,7 / 70 x 100 = 95,29, printed 95,24.
	if c := tb.Rows[0].Cell(wb.RoleRealisasi); c.Num.String() != "66.7" {
		t.Errorf("realisasi T reads %s, want 66.7", c.Num)
	}
	rt.Expect(t, rules.PGK004, w) // every label carries the year its role asks for
	got := rt.Expect(t, rules.PGK001, w, rt.Want{At: "Pengukuran!H2", Actual: "95.24"})
	if len(got) == 1 && got[0].Expected != "95.29" {
		t.Errorf("PGK001 expects %s, want 95.29", got[0].Expected)
	}
}

func TestYearsDecideRolesHeaderLeftFromLastYear(t *testing.T) {
	// The same header in the 2021 report: last year's labels left in place. The roles still
	// follow the years (2020 is the newest, so it is the report year's column), and the year
	// check finds the whole header one year early: one counted finding, at the first label in
	// reading order; the others follow from it, each with its own fix.
	w := build(identitas("2021"), kecamatanPengukuran(yearPairs))
	check(t, w.Table(wb.Pengukuran), want{kind: wb.Pengukuran, header: []int{1}, rows: []int{2},
		columns: "no@A indikator@B target_t1@C:2019 target@D:2020 realisasi_t1@E:2019 realisasi@F:2020 capaian_t1@G:2019 capaian@H:2020"})
	got := rt.Expect(t, rules.PGK004, w, rt.Want{At: "Pengukuran!C1", Expected: "2020", Actual: "2019"},
		rt.Want{At: "Pengukuran!D1"}, rt.Want{At: "Pengukuran!E1"}, rt.Want{At: "Pengukuran!F1"},
		rt.Want{At: "Pengukuran!G1"}, rt.Want{At: "Pengukuran!H1"})
	counted := 0
	fixes := map[string]string{}
	for _, f := range got {
		if f.Counts() {
			counted++
		}
		fixes[f.Cell] = f.Fix
	}
	if counted != 1 {
		t.Errorf("%d counted PGK004 findings, want 1", counted)
	}
	// --fix turns the header into this year's: the earlier year's columns move with it.
	for cell, fix := range map[string]string{"C1": "Target 2020", "D1": "Target 2021", "G1": "Capaian 2020 (%)", "H1": "Capaian 2021 (%)"} {
		if fixes[cell] != fix {
			t.Errorf("fix at %s: %q, want %q", cell, fixes[cell], fix)
		}
	}
}

func TestYearsDecideRolesWithoutYearsByPosition(t *testing.T) {
	// Without years the order decides, as before: the first Target is T, a second one is left
	// out (there is no telling which year it is), three % Capaian are T, T-1, T-2.
	w := build(kecamatanPengukuran([]string{"No", "Indikator Kinerja", "Target", "Target", "Realisasi", "Realisasi", "% Capaian", "% Capaian"}))
	check(t, only(t, w), want{kind: wb.Pengukuran, header: []int{1}, rows: []int{2},
		columns: "no@A indikator@B target@C realisasi@E capaian@G capaian_t1@H"})
	// A year written twice is no order either: position.
	w = build(kecamatanPengukuran([]string{"No", "Indikator Kinerja", "Target 2020", "Target 2020", "Realisasi 2020", "Realisasi 2021", "% Capaian 2020", "% Capaian 2021"}))
	check(t, only(t, w), want{kind: wb.Pengukuran, header: []int{1}, rows: []int{2},
		columns: "no@A indikator@B target@C:2020 realisasi_t1@E:2020 realisasi@F:2021 capaian_t1@G:2020 capaian@H:2021"})
}

func TestYearsDecideRolesInGroupLabels(t *testing.T) {
	// The years in group labels over Target | Realisasi | % Capaian, earlier year first: the
	// 2021 group is the report year's.
	w := build(grid{Name: "Pengukuran", Rows: [][]string{
		{"No", "Indikator Kinerja", "Tahun 2020", "", "", "Tahun 2021", "", ""},
		{"", "", "Target", "Realisasi", "% Capaian", "Target", "Realisasi", "% Capaian"},
		{"1", "IKM", "#80", "#80", "#100", "#82", "#85", "#103.66"},
	}, Merges: []string{"A1:A2", "B1:B2", "C1:E1", "F1:H1"}})
	check(t, only(t, w), want{kind: wb.Pengukuran, header: []int{1, 2}, rows: []int{3},
		columns: "no@A indikator@B target_t1@C:2020 realisasi_t1@D:2020 capaian_t1@E:2020 target@F:2021 realisasi@G:2021 capaian@H:2021"})
	// A Realisasi Anggaran with last year's and this year's budget: this year's is read.
	w = build(grid{Name: "Realisasi Anggaran", Rows: [][]string{
		{"Uraian", "Anggaran 2020", "Realisasi 2020", "Anggaran 2021", "Realisasi 2021"},
		{"Program Penunjang", "#100", "#90", "#300", "#250"},
	}})
	check(t, only(t, w), want{kind: wb.RealisasiAnggaran, header: []int{1}, rows: []int{2}, levels: []int{1},
		columns: "uraian@A anggaran@D:2021 realisasi@E:2021"})
}
