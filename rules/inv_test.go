package rules

import (
	"testing"

	rt "lkjip/rules/rulestest"
)

// inventaris is a clean Inventaris list, with a column-number row and a group heading row.
func inventaris() [][]string {
	return [][]string{
		{"DAFTAR INVENTARIS"},
		{"No", "Nama Barang", "Jumlah", "Kondisi"},
		{"1", "2", "3", "4"},
		{"", "Peralatan dan Mesin", "", ""},
		{"#1", "Laptop", "#12", "Baik"},
		{"#2", "Printer", "6 unit", "rusak  ringan"},
		{"#3", "Kursi", "#0", "RUSAK BERAT"},
		{"#4", "Meja", "-", "Rusak-Ringan"},
	}
}

func inventarisSheet(rows [][]string) rt.Sheet { return rt.Sheet{Name: "Inventaris", Rows: rows} }

func TestINVCleanList(t *testing.T) {
	w := rt.Workbook(inventarisSheet(inventaris()))
	rt.Expect(t, INV001, w)
	rt.Expect(t, INV002, w)
}

func TestINV001WholeCount(t *testing.T) {
	rows := inventaris()
	rows[4][2] = "#1.5"
	rows[5][2] = "2,5 unit"
	rows[6][2] = "(3)" // -3 in Indonesian notation
	rows[7][2] = "#2.0000000000001"
	rows = append(rows, []string{"", "Jumlah", "#21.5", ""}) // follows the rows: not a second finding
	rt.Expect(t, INV001, rt.Workbook(inventarisSheet(rows)), rt.Want{At: "Inventaris!C5", Actual: "1.5"}, rt.Want{At: "Inventaris!C6", Actual: "2,5 unit"}, rt.Want{At: "Inventaris!C7", Actual: "-3"})
}

func TestINV002Kondisi(t *testing.T) {
	rows := inventaris()
	rows[4][3] = "RR"
	rows[5][3] = ""
	rows[6][3] = "Rusak"
	rows[7][3] = "-"
	got := rt.Expect(t, INV002, rt.Workbook(inventarisSheet(rows)), rt.Want{At: "Inventaris!D5", Expected: "Rusak Ringan", Actual: "RR"}, rt.Want{At: "Inventaris!D6", Actual: ""}, rt.Want{At: "Inventaris!D7", Actual: "Rusak"}, rt.Want{At: "Inventaris!D8", Actual: "-"})
	// Only the abbreviation has one right content.
	expectFixes(t, got, fixWant{At: "Inventaris!D5", Fix: "Rusak Ringan"}, fixWant{At: "Inventaris!D6"}, fixWant{At: "Inventaris!D7"}, fixWant{At: "Inventaris!D8"})
}
