package reconcile_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"lkjip/reconcile"
	"lkjip/rules"
)

// TestTooManyConflicts: a probed workbook whose relations fail past the bound gets one UM022
// naming how many and the first cells, instead of a finding per cause; at the bound, the
// diagnosis runs and names each wrong Selisih (LRA001), and no UM022.
func TestTooManyConflicts(t *testing.T) {
	path := filepath.Join(t.TempDir(), "salah.xlsx")
	f := excelize.NewFile()
	f.SetSheetName("Sheet1", "Realisasi Anggaran")
	rows := [][]any{{"Kode", "Uraian", "Anggaran", "Realisasi", "Selisih"}}
	for k := 1; k <= 6; k++ {
		rows = append(rows, []any{fmt.Sprintf("7.01.01.2.%02d", k), fmt.Sprintf("Kegiatan %d", k), 1000, 900, 200})
	}
	for i, r := range rows {
		if err := f.SetSheetRow("Realisasi Anggaran", fmt.Sprintf("A%d", i+1), &r); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	defer reconcile.ProbeFrom(0)()
	check := func(atMost int) (um022 []reconcile.Finding, lra001 int) {
		defer reconcile.DiagnoseAtMost(atMost)()
		r := reconcile.CheckFile(path, rules.All, nil, reconcile.Options{})
		if r.Err != nil {
			t.Fatal(r.Err.Message.EN)
		}
		for _, f := range r.Findings {
			switch f.Rule {
			case "UM022":
				um022 = append(um022, f)
			case "LRA001":
				lra001++
			}
		}
		return um022, lra001
	}
	got, lra001 := check(5)
	if len(got) != 1 || lra001 != 0 || got[0].Severity != reconcile.Error ||
		!strings.HasPrefix(got[0].Message.EN, "6 relations between figures (Selisih, %, sums, copies) do not hold, more than the 5 whose causes are traced one by one; the first: Realisasi Anggaran!E2, E3, E4, E5, E6, E7.") ||
		!strings.HasPrefix(got[0].Message.ID, "6 hubungan antarangka") {
		t.Fatalf("6 failing relations over a bound of 5: UM022 %+v, %d LRA001; want one UM022 naming E2 to E7 and no LRA001", got, lra001)
	}
	got, lra001 = check(6)
	if len(got) != 0 || lra001 != 6 {
		t.Errorf("6 failing relations under a bound of 6: %d UM022, %d LRA001; want none and 6", len(got), lra001)
	}
}
