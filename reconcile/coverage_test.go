package reconcile_test

import (
	"testing"

	"lkjip/reconcile"
	"lkjip/rules"
)

// TestSampleCoverage pins what the rules check in the two samples, and why the rest is not
// checked (spec, "IKU", "Pengukuran"): the IKU targets are compared with nothing (only the
// sasaran are matched across sheets), and the % Capaian of T-1 and T-2 only with last year's
// report when a batch holds it (BKS005), never within the file. Every other figure, the
// Skala bounds and the Inventaris counts included, is checked.
func TestSampleCoverage(t *testing.T) {
	for _, c := range []struct {
		path, id, en string
	}{
		{"../samples/bersih-2023.xlsx",
			"207 dari 222 angka diperiksa; tidak diperiksa: IKU!D3:D7, Pengukuran!I3:I7, Pengukuran!J3:J7",
			"207 of 222 figures checked; not checked: IKU!D3:D7, Pengukuran!I3:I7, Pengukuran!J3:J7"},
		// Kragan's IKU targets are ranges ("60 – 70"): text, no figure; its Inventaris
		// repeats the column-number row after a page break (A36:D36), no figures either.
		{"../samples/kragan-2021.xlsx",
			"242 dari 250 angka diperiksa; tidak diperiksa: Pengukuran!I7:I10, Pengukuran!J7:J10",
			"242 of 250 figures checked; not checked: Pengukuran!I7:I10, Pengukuran!J7:J10"},
	} {
		r := reconcile.CheckFile(c.path, rules.All, nil, reconcile.Options{})
		if r.Coverage == nil {
			t.Fatalf("%s: no coverage", c.path)
		}
		if got := r.Coverage.Line("id"); got != c.id {
			t.Errorf("%s:\n got %s\nwant %s", c.path, got, c.id)
		}
		if got := r.Coverage.Line("en"); got != c.en {
			t.Errorf("%s:\n got %s\nwant %s", c.path, got, c.en)
		}
	}
}
