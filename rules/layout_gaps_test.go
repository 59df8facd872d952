package rules

import (
	"testing"

	"github.com/shopspring/decimal"

	rt "lkjip/rules/rulestest"
)

// The Kragan report writes its scale as ranges in one column, bulleted with dashes.
func TestSkalaWrittenAsRanges(t *testing.T) {
	w := rt.Workbook(rt.Sheet{Name: "Skala", Rows: [][]string{
		{"Interval Nilai", "Predikat"},
		{"-90 -100", "Amat Baik"},
		{"-80 -89", "B a i k"},
		{"-50 – 79", "Cukup Baik"},
		{"< 49", "Kurang"},
	}})
	if n := len(w.Scale.Bands); n != 4 || w.Scale.Table == nil {
		t.Fatalf("scale not read from ranges: %+v", w.Scale)
	}
	rt.Expect(t, SKL001, w, rt.Want{At: "Skala!A3", Expected: "90", Actual: "89"}, rt.Want{At: "Skala!A4", Expected: "80", Actual: "79"}, rt.Want{At: "Skala!A5", Expected: "50", Actual: "49"})
	clean := rt.Workbook(rt.Sheet{Name: "Skala", Rows: [][]string{
		{"Nilai", "Kategori"},
		{"≥ 90", "Amat Baik"},
		{"80 s.d. 90", "Baik"},
		{"50 - 80", "Cukup Baik"},
		{"di bawah 50", "Kurang"},
	}})
	rt.Expect(t, SKL001, clean)
	if got, _ := clean.Scale.Predikat(dec("49.99")); got != "Kurang" {
		t.Errorf("49.99 is %q", got)
	}
	if got, _ := clean.Scale.Predikat(dec("120")); got != "Amat Baik" {
		t.Errorf("120 is %q", got)
	}
}

// A Pegawai table whose one-row header names sex and education without group labels.
func TestPegawaiSubLabelsWithoutGroups(t *testing.T) {
	rows := [][]string{
		{"No", "Jabatan", "L", "P", "S2", "S1", "SMA"},
		{"1", "Camat", "1", "-", "1", "-", "-"},
		{"2", "Staf", "3", "2", "-", "3", "3"},
	}
	w := rt.Workbook(rt.Sheet{Name: "Pegawai", Rows: rows})
	rt.Expect(t, PGW001, w, rt.Want{At: "Pegawai!E3", Expected: "5", Actual: "6"})
	rows[2][6] = "2"
	rt.Expect(t, PGW001, rt.Workbook(rt.Sheet{Name: "Pegawai", Rows: rows}))
}

// Kragan's inventory heads its condition column "Ket.".
func TestInventarisKetIsKondisi(t *testing.T) {
	rows := [][]string{
		{"No", "Nama Barang/ Jenis Barang", "Jumlah Barang", "Ket."},
		{"1", "Portable Generating Set", "1", "Baik"},
		{"2", "Lap Top", "18", "Rusak"},
	}
	rt.Expect(t, INV002, rt.Workbook(rt.Sheet{Name: "Inventaris", Rows: rows}), rt.Want{At: "Inventaris!D3", Actual: "Rusak"})
	rows[2][3] = "Rusak Ringan"
	rt.Expect(t, INV002, rt.Workbook(rt.Sheet{Name: "Inventaris", Rows: rows}))
}

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }
