package layout_test

import (
	"fmt"
	"strings"
	"testing"

	wb "lkjip/reconcile/workbook"
)

// parents lists each data row's parent row (0 for none).
func parents(tb *wb.Table) string {
	var out []string
	for _, r := range tb.Rows {
		p := 0
		if r.Parent != nil {
			p = r.Parent.Num
		}
		out = append(out, fmt.Sprint(p))
	}
	return strings.Join(out, " ")
}

func TestLevelsFromSectionRows(t *testing.T) {
	w := build(grid{Name: "Realisasi Anggaran", Rows: [][]string{
		{"Uraian", "Anggaran", "Realisasi", "%"},
		{"Program : Penunjang Urusan Pemerintahan", "#300", "#250", "#83.33"},
		{"Kegiatan : Perencanaan", "#200", "#170", "#85"},
		{"Sub-Kegiatan : Penyusunan Dokumen", "#120", "#100", "#83.33"},
		{"Sub Kegiatan: Evaluasi Kinerja", "#80", "#70", "#87.5"},
		{"Kegiatan : Administrasi Umum", "#100", "#80", "#80"},
		{"Sub-Kegiatan : Penyediaan ATK", "#100", "#80", "#80"},
		{"Belanja Alat Tulis Kantor", "#100", "#80", "#80"},
	}})
	tb := only(t, w)
	check(t, tb, want{kind: wb.RealisasiAnggaran, header: []int{1}, rows: []int{2, 3, 4, 5, 6, 7, 8}, levels: []int{1, 2, 3, 3, 2, 3, 4},
		columns: "uraian@A anggaran@B realisasi@C persen@D"})
	if got := parents(tb); got != "0 2 3 3 2 6 7" {
		t.Errorf("parents %s", got)
	}
	// Without Program rows, Kegiatan is level one.
	w = build(grid{Name: "Realisasi Anggaran", Rows: [][]string{
		{"Uraian", "Anggaran", "Realisasi"},
		{"Kegiatan : Perencanaan", "#200", "#170"},
		{"Sub-Kegiatan : Penyusunan Dokumen", "#200", "#170"},
		{"Kegiatan : Administrasi Umum", "#100", "#80"},
	}})
	check(t, only(t, w), want{kind: wb.RealisasiAnggaran, header: []int{1}, rows: []int{2, 3, 4}, levels: []int{1, 2, 1},
		columns: "uraian@A anggaran@B realisasi@C"})
}

func TestLevelsFromIndentation(t *testing.T) {
	// No code, no numbering: the levels show only as leading spaces.
	w := build(grid{Name: "Realisasi Anggaran", Rows: [][]string{
		{"Uraian", "Anggaran", "Realisasi"},
		{"Program Penunjang Urusan", "#300", "#250"},
		{"   Perencanaan", "#200", "#170"},
		{"      Penyusunan Dokumen", "#200", "#170"},
		{"   Administrasi Umum", "#100", "#80"},
		{"Program Pelayanan", "#50", "#50"},
	}})
	tb := only(t, w)
	check(t, tb, want{kind: wb.RealisasiAnggaran, header: []int{1}, rows: []int{2, 3, 4, 5, 6}, levels: []int{1, 2, 3, 2, 1},
		columns: "uraian@A anggaran@B realisasi@C"})
	if got := parents(tb); got != "0 2 3 2 0" {
		t.Errorf("parents %s", got)
	}
}

func TestLevelsFromRomanAndArabicRunningOn(t *testing.T) {
	// I. / 1. numbering in the No column, the arabic numbers running on across programs
	// (3 and 4 under II): the levels come from the styles.
	w := build(grid{Name: "Realisasi Anggaran", Rows: [][]string{
		{"No", "Uraian", "Anggaran", "Realisasi"},
		{"I", "Program Penunjang", "#300", "#250"},
		{"1", "Perencanaan", "#200", "#170"},
		{"2", "Administrasi", "#100", "#80"},
		{"II", "Program Pelayanan", "#50", "#50"},
		{"3", "Pelayanan Publik", "#30", "#30"},
		{"4", "Pembinaan", "#20", "#20"},
	}})
	tb := only(t, w)
	check(t, tb, want{kind: wb.RealisasiAnggaran, header: []int{1}, rows: []int{2, 3, 4, 5, 6, 7}, levels: []int{1, 2, 2, 1, 2, 2},
		columns: "no@A uraian@B anggaran@C realisasi@D"})
	if got := parents(tb); got != "0 2 2 0 5 5" {
		t.Errorf("parents %s", got)
	}
}
