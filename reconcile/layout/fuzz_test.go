package layout_test

import (
	"strings"
	"testing"

	rt "lkjip/rules/rulestest"
)

// FuzzHeader feeds the header finder and table reader arbitrary grids ("|" between cells,
// newlines between rows) under every sheet name of the spec: nothing may panic, and what is
// recognised must be coherent.
func FuzzHeader(f *testing.F) {
	for _, seed := range []string{
		"No|Uraian|Anggaran|Realisasi|Selisih|%\nI.|Program|1.000|900|100|90,00\n|Jumlah|1.000|900|100|90,00",
		"Indikator Kinerja|RPJMD||\n|% Target 2020|% Realisasi 2020|% Capaian 2020\n1|2|3|4=3/2*100\nX|100|98,32|98,32",
		"No|Jabatan|Jenis Kelamin||Pendidikan\n||Lk|Pr|S1\n1|Camat|1|-|1\nJumlah||1|-|1",
		"Tahun Laporan|2021\nPeriode Renstra|2016-2021\nNama Instansi|Kecamatan Kragan",
		"Batas Bawah|Batas Atas|Predikat\n90|100|Amat Baik\n-|50|Kurang",
		"|||\n\n\n||Jumlah|",
	} {
		for _, name := range []string{"Realisasi Anggaran", "Pengukuran", "Pegawai", "Identitas", "Skala", "Lembar1"} {
			f.Add(name, seed)
		}
	}
	f.Fuzz(func(t *testing.T, name, grid string) {
		if len(grid) > 4096 {
			return
		}
		var rows [][]string
		for _, line := range strings.Split(grid, "\n") {
			cells := strings.Split(line, "|")
			for i, c := range cells {
				// "#", "=" and "!" start rulestest's numeric, formula and error notations;
				// the fuzz feeds text.
				cells[i] = strings.TrimLeft(c, "#=!")
			}
			rows = append(rows, cells)
		}
		w := rt.Workbook(rt.Sheet{Name: name, Rows: rows})
		for _, tab := range w.Tables {
			if len(tab.HeaderRows) == 0 || len(tab.HeaderRows) > 2 {
				t.Fatalf("header rows %v", tab.HeaderRows)
			}
			for _, r := range tab.AllRows() {
				if r.Num <= tab.HeaderRows[len(tab.HeaderRows)-1] {
					t.Fatalf("data row %d inside the header %v", r.Num, tab.HeaderRows)
				}
			}
			for _, c := range tab.Columns {
				if c.Role == "" || c.Col < 1 || c.Header == nil {
					t.Fatalf("column %+v", c)
				}
			}
		}
	})
}
