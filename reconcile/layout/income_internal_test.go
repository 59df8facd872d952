package layout

import "testing"

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
