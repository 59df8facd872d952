package layout_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"lkjip/reconcile/layout"
	wb "lkjip/reconcile/workbook"
)

func TestGroupOverMonthsAndJumlah(t *testing.T) {
	// An e-kinerja page: Realisasi Anggaran (Rp) over the months 1 ... 12 (typed as numbers)
	// and their Jumlah. The Jumlah takes the group's role; the months are its parts.
	top := []string{"No", "Uraian", "Anggaran (Rp)", "Realisasi Anggaran (Rp)"}
	sub := []string{"", "", ""}
	data := []string{"1", "Program Penunjang", "#1200"}
	for m := 1; m <= 12; m++ {
		if m > 1 {
			top = append(top, "")
		}
		sub = append(sub, fmt.Sprintf("#%d", m))
		data = append(data, fmt.Sprintf("#%d", 10*m)) // 10 + 20 + ... + 120 = 780
	}
	top = append(top, "", "%")
	sub = append(sub, "Jumlah", "")
	data = append(data, "#780", "#65")
	w := build(grid{Name: "Realisasi Anggaran", Rows: [][]string{top, sub, data},
		Merges: []string{"A1:A2", "B1:B2", "C1:C2", "D1:P1", "Q1:Q2"}})
	tb := only(t, w)
	var months []string
	for col := 4; col <= 15; col++ {
		months = append(months, "bagian@"+wb.ColumnName(col))
	}
	check(t, tb, want{kind: wb.RealisasiAnggaran, header: []int{1, 2}, rows: []int{3}, levels: []int{1},
		columns: "no@A uraian@B anggaran@C " + strings.Join(months, " ") + " realisasi@P persen@Q"})
	re := tb.Column(wb.RoleRealisasi)
	if re.Label != "Jumlah" || re.Group != "Realisasi Anggaran (Rp)" {
		t.Errorf("realisasi: label %q group %q", re.Label, re.Group)
	}
	ps := layout.Parts(tb, re)
	if len(ps) != 12 || ps[0].Label != "1" || ps[11].Label != "12" || ps[0].Group != re.Group {
		t.Fatalf("parts of the Jumlah: %d columns", len(ps))
	}
	sum := decimal.Zero
	for _, p := range ps {
		c := tb.Rows[0].At(p)
		if !c.IsFigure() {
			t.Fatalf("%s not a figure", c.Ref())
		}
		sum = sum.Add(c.Num)
	}
	if jumlah := tb.Rows[0].At(re); !sum.Equal(jumlah.Num) || sum.String() != "780" {
		t.Errorf("months sum to %s, Jumlah %s", sum, jumlah.Num)
	}
	if layout.Parts(tb, tb.Column(wb.RoleAnggaran)) != nil {
		t.Error("Anggaran has parts")
	}
}

func TestGroupOverJumlahAndPersen(t *testing.T) {
	// Realisasi Anggaran (Rp) over Jumlah | %: the Jumlah is the Realisasi, no parts.
	w := build(grid{Name: "Realisasi Anggaran", Rows: [][]string{
		{"Uraian", "Anggaran (Rp)", "Realisasi Anggaran (Rp)", ""},
		{"", "", "Jumlah", "%"},
		{"Program Penunjang", "#300", "#250", "#83.33"},
	}, Merges: []string{"A1:A2", "B1:B2", "C1:D1"}})
	tb := only(t, w)
	check(t, tb, want{kind: wb.RealisasiAnggaran, header: []int{1, 2}, rows: []int{3}, levels: []int{1},
		columns: "uraian@A anggaran@B realisasi@C persen@D"})
	if ps := layout.Parts(tb, tb.Column(wb.RoleRealisasi)); ps != nil {
		t.Errorf("%d parts", len(ps))
	}
	// Months written as names, and their Jumlah.
	w = build(grid{Name: "Realisasi Anggaran", Rows: [][]string{
		{"Uraian", "Anggaran", "Realisasi", "", "", ""},
		{"", "", "Jan", "Feb", "Mar", "Jumlah"},
		{"Program Penunjang", "#300", "#50", "#100", "#100", "#250"},
	}, Merges: []string{"A1:A2", "B1:B2", "C1:F1"}})
	tb = only(t, w)
	check(t, tb, want{kind: wb.RealisasiAnggaran, header: []int{1, 2}, rows: []int{3}, levels: []int{1},
		columns: "uraian@A anggaran@B bagian@C bagian@D bagian@E realisasi@F"})
	if ps := layout.Parts(tb, tb.Column(wb.RoleRealisasi)); len(ps) != 3 || ps[1].Label != "Feb" {
		t.Errorf("parts %v", ps)
	}
}

func TestTargetPercentAfterRealisasiIsCapaian(t *testing.T) {
	// Polewali Mandar's e-kinerja page (2022): Target | Realisasi over the months and their
	// Jumlah | "Target Kinerja(%)", the share of the target achieved: the % Capaian.
	top := []string{"No", "Indikator", "Satuan", "Target", "Realisasi", "", "", "Target Kinerja(%)"}
	sub := []string{"", "", "", "", "#11", "#12", "Jumlah", ""}
	data := []string{"1", "Dokumen tersusun", "dokumen", "#2", "#1", "#2", "#3", "#150"}
	w := build(grid{Name: "Pengukuran", Rows: [][]string{top, sub, data},
		Merges: []string{"A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:G1", "H1:H2"}})
	check(t, only(t, w), want{kind: wb.Pengukuran, header: []int{1, 2}, rows: []int{3}, levels: []int{0},
		columns: "no@A indikator@B satuan@C target@D bagian@E bagian@F realisasi@G capaian@H"})

	// A target in % with no Target before it stays the target; a table with its own Capaian
	// keeps it, and a second Target (%) there is no capaian.
	w = build(grid{Name: "Pengukuran", Rows: [][]string{
		{"No", "Indikator", "Realisasi", "Target (%)", "Capaian"},
		{"1", "Layanan", "#90", "#95", "#94.74"}}})
	check(t, only(t, w), want{kind: wb.Pengukuran, header: []int{1}, rows: []int{2}, levels: []int{0},
		columns: "no@A indikator@B realisasi@C target@D capaian@E"})
	w = build(grid{Name: "Pengukuran", Rows: [][]string{
		{"No", "Indikator", "Target", "Realisasi", "Target (%)", "Capaian"},
		{"1", "Layanan", "#95", "#90", "#95", "#94.74"}}})
	if c := only(t, w).Column(wb.RoleCapaian); c == nil || c.Col != 6 {
		t.Errorf("capaian at %v, want F", c)
	}
}
