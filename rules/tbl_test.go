package rules

import (
	"path/filepath"
	"strings"
	"testing"

	"lkjip/reconcile"
	rt "lkjip/rules/rulestest"
)

// The amounts in words of the Kragan 2021 report, as it writes them.
const (
	// BAB III C: "serratus", and "juta" missing.
	kraganPagu3 = "dua milyar tujuh ratus tiga puluh Sembilan serratus empat sembilan ribu rupiah"
	// BAB III C: "juta" missing after "tujuh".
	kraganRealisasi3 = "dua milyar empat ratus tiga puluh tujuh tiga ratus delapan puluh tiga ribu delapan puluh sembilan rupiah"
	// BAB IV: "serratus", and "ribu" where "juta" belongs.
	kraganPagu4 = "dua milyar tujuh ratus tiga puluh Sembilan ribu serratus empat puluh Sembilan rupiah"
	// BAB IV: the right amount, with "milyar".
	kraganRealisasi4 = "dua milyar empat ratus tiga puluh tujuh juta tiga ratus delapan puluh tiga ribu delapan puluh sembilan rupiah"

	paguWords      = "dua miliar tujuh ratus tiga puluh sembilan juta seratus empat puluh sembilan ribu rupiah"
	realisasiWords = "dua miliar empat ratus tiga puluh tujuh juta tiga ratus delapan puluh tiga ribu delapan puluh sembilan rupiah"
)

// amountsSheet is an Identitas or Ringkasan sheet holding Kragan's pagu and realisasi with
// the given words: B3 the pagu in words, B5 the realisasi in words.
func amountsSheet(name, pagu, realisasi string) rt.Sheet {
	return rt.Sheet{Name: name, Rows: [][]string{
		{"Nama Instansi", "Kecamatan Kragan"},
		{"Pagu Anggaran", "2.739.149.000"},
		{"Pagu Anggaran (terbilang)", pagu},
		{"Realisasi Anggaran", "#2437383089"},
		{"Realisasi Anggaran (terbilang)", realisasi},
	}}
}

func TestTBL001KraganWords(t *testing.T) {
	w := rt.Workbook(amountsSheet("Identitas", kraganPagu3, kraganRealisasi3), amountsSheet("Ringkasan", kraganPagu4, kraganRealisasi4))
	got := rt.Expect(t, TBL001, w, rt.Want{At: "Identitas!B3", Expected: paguWords, Actual: kraganPagu3},
		rt.Want{At: "Identitas!B5", Expected: realisasiWords, Actual: kraganRealisasi3},
		rt.Want{At: "Ringkasan!B3", Expected: paguWords, Actual: kraganPagu4})
	want := map[string][2]string{
		"B3": {`"serratus" bukan kata bilangan. Angkanya 2.739.149.000.`, `"serratus" is not a number word. The figure is 2,739,149,000.`},
		"B5": {`kata satuan (ribu, juta, miliar, triliun) hilang di antara "empat ratus tiga puluh tujuh" dan "tiga"`,
			`a scale word (ribu, juta, miliar, triliun) is missing between "empat ratus tiga puluh tujuh" and "tiga"`},
	}
	for _, f := range got {
		if m, ok := want[f.Cell]; ok && (!strings.Contains(f.Message.ID, m[0]) || !strings.Contains(f.Message.EN, m[1])) {
			t.Errorf("%s!%s: message %q / %q, want %q / %q", f.Sheet, f.Cell, f.Message.ID, f.Message.EN, m[0], m[1])
		}
	}
	// Kragan's BAB IV realisasi is right: a note (TBL002), no error; its BAB III pagu, with
	// "milyar" too, is an error only.
	rt.Expect(t, TBL002, w, rt.Want{At: "Ringkasan!B5", Expected: realisasiWords, Actual: kraganRealisasi4})
}

func TestTBL001WrongAmount(t *testing.T) {
	// Kragan's BAB IV pagu with "serratus" mended reads 2.000.739.149: "ribu" stands where
	// "juta" belongs.
	mended := "dua miliar tujuh ratus tiga puluh sembilan ribu seratus empat puluh sembilan rupiah"
	w := rt.Workbook(amountsSheet("Ringkasan", mended, "dua ribu tiga juta rupiah"))
	got := rt.Expect(t, TBL001, w, rt.Want{At: "Ringkasan!B3", Expected: paguWords, Actual: mended},
		rt.Want{At: "Ringkasan!B5", Expected: realisasiWords})
	for _, f := range got {
		switch f.Cell {
		case "B3":
			if !strings.Contains(f.Message.ID, "terbaca 2.000.739.149, sedangkan angkanya 2.739.149.000") ||
				!strings.Contains(f.Message.EN, "reads 2,000,739,149, but the figure is 2,739,149,000") {
				t.Errorf("message %q / %q", f.Message.ID, f.Message.EN)
			}
		case "B5":
			if !strings.Contains(f.Message.ID, `"juta" tidak dapat mengikuti "ribu"`) {
				t.Errorf("message %q", f.Message.ID)
			}
		}
	}
	rt.Expect(t, TBL002, w)
}

func TestTBL001Clean(t *testing.T) {
	w := rt.Workbook(
		amountsSheet("Identitas", strings.ToUpper(paguWords), "("+strings.ReplaceAll(realisasiWords, " ", "  ")+",-)"),
		rt.Sheet{Name: "Ringkasan", Rows: [][]string{
			{"Pagu Anggaran", "#1000"},
			{"Pagu Anggaran (terbilang)", "Seribu Rupiah."},
			{"Realisasi Anggaran (terbilang)", "sembilan serratus"}, // no figure: not checked
			{"% Serapan Anggaran", "88,98"},
		}},
	)
	rt.Expect(t, TBL001, w)
	rt.Expect(t, TBL002, w)

	// A figure with sen has no standard spelling, "-" holds no words: neither is checked.
	w = rt.Workbook(rt.Sheet{Name: "Identitas", Rows: [][]string{
		{"Pagu Anggaran", "2.739.149.000"},
		{"Pagu Anggaran (terbilang)", "-"},
		{"Realisasi Anggaran", "2.437.383.089,50"},
		{"Realisasi Anggaran (terbilang)", "sembilan"},
	}})
	if c := w.Identitas.Get("Realisasi Anggaran").Value; !c.IsFigure() || c.Num.IsInteger() {
		t.Fatalf("the realisasi with sen is not read as a figure with sen: %+v", c)
	}
	rt.Expect(t, TBL001, w)
}

func TestTBL002NonStandard(t *testing.T) {
	w := rt.Workbook(rt.Sheet{Name: "Identitas", Rows: [][]string{
		{"Pagu Anggaran", "Rp. 1.000.001.000,-"},
		{"Pagu Anggaran (terbilang)", "Satu Milyar Satu Ribu Rupiah"},
		{"Realisasi Anggaran", "1.000.000.000.000"},
		{"Realisasi Anggaran (terbilang)", "satu trilyun rupiah"},
	}})
	got := rt.Expect(t, TBL002, w, rt.Want{At: "Identitas!B2", Expected: "satu miliar seribu rupiah", Actual: "Satu Milyar Satu Ribu Rupiah"},
		rt.Want{At: "Identitas!B4", Expected: "satu triliun rupiah"})
	// The fix is the standard spelling in the case written.
	expectFixes(t, got, fixWant{At: "Identitas!B2", Fix: "Satu Miliar Seribu Rupiah"}, fixWant{At: "Identitas!B4", Fix: "satu triliun rupiah"})
	for text, want := range map[string]string{"DUA MILYAR RUPIAH": "DUA MILIAR RUPIAH", "(Dua Milyar Rupiah)": "(Dua Miliar Rupiah)", "dua Milyar rupiah": "dua miliar rupiah", "dua milyar rupiah,-": "dua miliar rupiah,-"} {
		if got := inCaseOf("dua miliar rupiah", text); got != want {
			t.Errorf("inCaseOf(%q) = %q, want %q", text, got, want)
		}
	}
	for _, f := range got {
		if f.Cell == "B2" && (!strings.Contains(f.Message.ID, `"milyar" (baku: "miliar"), "satu ribu" (baku: "seribu")`) ||
			!strings.Contains(f.Message.EN, `"milyar" (standard: "miliar"), "satu ribu" (standard: "seribu")`)) {
			t.Errorf("message %q / %q", f.Message.ID, f.Message.EN)
		}
	}
	rt.Expect(t, TBL001, w)
}

// TestTBLSamples runs both rules over the sample workbooks: Kragan's three wrong amounts in
// words and its one in "milyar"; nothing in the clean workbook.
func TestTBLSamples(t *testing.T) {
	rules := []*reconcile.Rule{TBL001, TBL002}
	res := reconcile.CheckFile(filepath.Join("..", "samples", "kragan-2021.xlsx"), rules, reconcile.DefaultSettings(), reconcile.Options{})
	if res.Err != nil {
		t.Fatal(res.Err)
	}
	var got []string
	for _, f := range res.Findings {
		got = append(got, f.Rule+" "+f.Sheet)
	}
	if want := "TBL001 Identitas, TBL001 Identitas, TBL001 Ringkasan, TBL002 Ringkasan"; strings.Join(got, ", ") != want {
		t.Errorf("Kragan: %v, want %s", got, want)
	}
	res = reconcile.CheckFile(filepath.Join("..", "samples", "bersih-2023.xlsx"), rules, reconcile.DefaultSettings(), reconcile.Options{})
	if res.Err != nil || len(res.Findings) != 0 {
		t.Errorf("clean sample: %v %+v", res.Err, res.Findings)
	}
}
