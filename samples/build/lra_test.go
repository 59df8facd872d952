package build

import (
	"strings"
	"testing"
)

// TestKraganLRAFollowsTheReport checks the constructed Kragan export against the report: each
// kegiatan carries the report's amounts, but for the one figure the export corrects (II.2's
// Realisasi, 25.058.600), and each program the sum of its kegiatan.
func TestKraganLRAFollowsTheReport(t *testing.T) {
	report := map[string][]Cell{}
	for _, row := range Kragan2021().Sheet(RealisasiAnggaran).Tables[0].Rows {
		report[strings.ToLower(row[1].Text)] = row
	}
	export := KraganLRA().Sheet(RealisasiAnggaran).Tables[0]
	kegiatan := 0
	for _, row := range export.Rows {
		if strings.Count(row[0].Text, ".") != 4 {
			continue
		}
		kegiatan++
		r := report[strings.ToLower(row[1].Text)]
		if r == nil {
			t.Errorf("%s %q is not a kegiatan of the report", row[0].Text, row[1].Text)
			continue
		}
		realisasi := r[3].Text
		if row[0].Text == "7.01.02.2.02" {
			realisasi = "25.058.600"
		}
		if row[2].Text != r[2].Text || row[3].Text != realisasi {
			t.Errorf("%s: %s | %s, the report says %s | %s", row[0].Text, row[2].Text, row[3].Text, r[2].Text, r[3].Text)
		}
	}
	if kegiatan != 13 {
		t.Errorf("%d kegiatan, the report lists 13", kegiatan)
	}
	if got := export.Total[2].Text + " | " + export.Total[3].Text; got != "2.739.012.300 | 2.712.717.971" {
		t.Errorf("JUMLAH %s", got)
	}
}

// TestCleanLRAFollowsTheWorkbook checks that the clean export holds the clean workbook's rows,
// accounts aside.
func TestCleanLRAFollowsTheWorkbook(t *testing.T) {
	src := Clean().Sheet(RealisasiAnggaran).Tables[0]
	export := CleanLRA().Sheet(RealisasiAnggaran).Tables[0]
	var rows [][]Cell
	for _, row := range export.Rows {
		if !strings.HasPrefix(row[0].Text, "5.") {
			rows = append(rows, row)
		}
	}
	if len(rows) != len(src.Rows) || len(export.Rows) != len(src.Rows)+3 {
		t.Fatalf("%d rows (%d with accounts), the workbook has %d", len(rows), len(export.Rows), len(src.Rows))
	}
	for i, row := range rows {
		for j := range row {
			if j != 1 && row[j] != src.Rows[i][j] {
				t.Errorf("row %d column %d: %q, the workbook has %q", i, j, row[j].Text, src.Rows[i][j].Text)
			}
		}
	}
	for j := 2; j < 6; j++ {
		if export.Total[j] != src.Total[j] {
			t.Errorf("JUMLAH column %d: %q, the workbook has %q", j, export.Total[j].Text, src.Total[j].Text)
		}
	}
}
