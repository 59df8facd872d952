package layout

import (
	"strings"
	"testing"
)

// TestIncomeLabelNumbered: income labels are read past their numbering; a label that only
// mentions Pendapatan further on (a programme's name) is not income.
func TestIncomeLabelNumbered(t *testing.T) {
	for s, want := range map[string]bool{
		"Pendapatan": true, "I. PENDAPATAN ASLI DAERAH": true, "4.1 Pendapatan Transfer": true,
		"Lain-lain PAD yang Sah": true, "a. Lain-lain Pendapatan Daerah yang Sah": true,
		"Belanja Pegawai": false, "Program Peningkatan Pendapatan Masyarakat": false, "": false,
	} {
		if got := incomeLabel(s); got != want {
			t.Errorf("incomeLabel(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestOneLineFastPath: the fast path gives what the full join gives.
func TestOneLineFastPath(t *testing.T) {
	for _, s := range []string{"", "Anggaran", "Realisasi (Rp)", " Anggaran", "Anggaran ", "A  B", "CAPAIAN\nREALISASI", "a\u00a0b", "a\tb", "Pagu Anggaran 2023", "Tahun ¾", "a\u2003b", "a\u3000b"} {
		want := strings.Join(strings.Fields(strings.ReplaceAll(s, "\u00a0", " ")), " ")
		if got := oneLine(s); got != want {
			t.Errorf("oneLine(%q) = %q, want %q", s, got, want)
		}
	}
}
