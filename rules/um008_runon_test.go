package rules

import (
	"testing"

	rt "lkjip/rules/rulestest"
)

func TestUM008NumberingRunsOnAcrossParents(t *testing.T) {
	w := rt.Workbook(rt.Sheet{Name: "Realisasi Anggaran", Rows: [][]string{
		{"No", "Uraian", "Anggaran", "Realisasi"},
		{"I", "Program Penunjang", "#300", "#250"},
		{"1", "Perencanaan", "#200", "#170"},
		{"2", "Administrasi", "#100", "#80"},
		{"II", "Program Pelayanan", "#50", "#50"},
		{"3", "Pelayanan Publik", "#30", "#30"},
		{"4", "Pembinaan", "#20", "#20"},
	}})
	rt.Expect(t, UM008, w)
	// A gap in the run is still a gap.
	w = rt.Workbook(rt.Sheet{Name: "Realisasi Anggaran", Rows: [][]string{
		{"No", "Uraian", "Anggaran", "Realisasi"},
		{"I", "Program Penunjang", "#300", "#250"},
		{"1", "Perencanaan", "#200", "#170"},
		{"2", "Administrasi", "#100", "#80"},
		{"II", "Program Pelayanan", "#50", "#50"},
		{"1", "Pelayanan Publik", "#30", "#30"},
		{"3", "Pembinaan", "#20", "#20"},
	}})
	rt.Expect(t, UM008, w, rt.Want{At: "Realisasi Anggaran!A7"})
}
