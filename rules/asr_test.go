package rules

import (
	"testing"

	rt "lkjip/rules/rulestest"
)

func budgetPerSasaran(capaian1 string) []rt.Sheet {
	return append(pengukuran(measurement()), rt.Sheet{Name: "Anggaran Sasaran", Rows: [][]string{
		{"No", "Sasaran Strategis", "Pagu (Rp)", "Realisasi (Rp)", "% Serapan", "% Capaian Kinerja", "% Efisiensi"},
		// Sasaran 1 averages its two indicators: (105.63 + 80) / 2 = 92.815 -> 92.82
		{"1", "Meningkatnya Pelayanan", "Rp. 340.500.000,-", "Rp. 335.624.178,-", "98,57", capaian1, "1,43"},
		{"2", "Meningkatnya tata kelola desa.", "10.000.000", "9.998.750", "99,99", "91,67", "0,01"},
	}})
}

func TestASRClean(t *testing.T) {
	w := rt.Workbook(budgetPerSasaran("92,82")...)
	if got := rt.Run(w, ASR001, ASR002, ASR003, UM004, UM008, UM012); len(got) != 0 {
		t.Fatalf("clean Anggaran Sasaran flagged: %+v", got)
	}
}

func TestASR001Serapan(t *testing.T) {
	sheets := budgetPerSasaran("92,82")
	sheets[2].Rows[1][4] = "98,75"
	rt.Expect(t, ASR001, rt.Workbook(sheets...), rt.Want{At: "Anggaran Sasaran!E2", Expected: "98.57", Actual: "98.75"})
}

func TestASR002Efisiensi(t *testing.T) {
	sheets := budgetPerSasaran("92,82")
	sheets[2].Rows[2][6] = "0,10"
	rt.Expect(t, ASR002, rt.Workbook(sheets...), rt.Want{At: "Anggaran Sasaran!G3", Expected: "0.01", Actual: "0.10"})
}

func TestASR003CapaianKinerja(t *testing.T) {
	// Kragan writes the absorption rate where the achievement belongs.
	rt.Expect(t, ASR003, rt.Workbook(budgetPerSasaran("98,57")...), rt.Want{At: "Anggaran Sasaran!F2", Expected: "92.82", Actual: "98.57"})
}
