package rules

import (
	"sort"
	"strings"
	"testing"

	"lkjip/reconcile"
	rt "lkjip/rules/rulestest"
)

// batchResult checks nothing: it builds the result a batch rule sees for a workbook.
func batchResult(path string, sheets ...rt.Sheet) *reconcile.Result {
	w := rt.Workbook(sheets...)
	r := &reconcile.Result{Path: path, Unit: w.Unit, Year: w.Year, Summary: Summarize(w, nil)}
	for _, sh := range w.Sheets {
		r.SheetOrder = append(r.SheetOrder, sh.Name)
	}
	return r
}

// batchExpect runs one batch rule and fails unless its findings are exactly the wanted ones,
// each written "file:Sheet!Cell" (a file the batch lacks is ":" followed by its unit).
func batchExpect(t *testing.T, rule *reconcile.Rule, results []*reconcile.Result, s *reconcile.Settings, want ...rt.Want) {
	t.Helper()
	extra := (&reconcile.Checker{Rules: []*reconcile.Rule{rule}, Settings: s}).Batch(results)
	var got, wantAt []string
	byAt := map[string]reconcile.Finding{}
	for _, r := range append(results, extra...) {
		for _, f := range r.Findings {
			at := r.Path + ":" + f.Sheet + "!" + f.Cell
			if r.Path == "" {
				at = ":" + r.Unit
			}
			got = append(got, at)
			byAt[at] = f
			if f.Message.ID == "" || f.Message.EN == "" {
				t.Errorf("%s: message missing in a language", at)
			}
		}
	}
	for _, w := range want {
		wantAt = append(wantAt, w.At)
		if f, ok := byAt[w.At]; ok && (w.Expected != "" && f.Expected != w.Expected || w.Actual != "" && f.Actual != w.Actual) {
			t.Errorf("%s at %s: expected %q actual %q, want %q %q", rule.ID, w.At, f.Expected, f.Actual, w.Expected, w.Actual)
		}
	}
	sort.Strings(got)
	sort.Strings(wantAt)
	if strings.Join(got, " ") != strings.Join(wantAt, " ") {
		t.Errorf("%s flagged %v, want %v", rule.ID, got, wantAt)
	}
}

func withIdentitas(sheets []rt.Sheet, row, col int, value string) []rt.Sheet {
	sheetOf(sheets, "Identitas")[row][col] = value
	return sheets
}

func TestBKS001And002Duplicates(t *testing.T) {
	a := batchResult("lasem-2023.xlsx", whole()...)
	same := batchResult("lasem-2023 (1).xlsx", whole()...)
	changed := whole()
	sheetOf(changed, "Realisasi Anggaran")[5][3] = "#58000000"
	other := batchResult("lasem-2023-revisi.xlsx", changed...)
	sluke := batchResult("sluke-2023.xlsx", withIdentitas(whole(), 2, 1, "Kecamatan Sluke")...)

	batchExpect(t, BKS001, []*reconcile.Result{a, sluke}, nil)
	batchExpect(t, BKS001, []*reconcile.Result{a, same, sluke}, nil, rt.Want{At: "lasem-2023 (1).xlsx:!", Actual: "lasem-2023.xlsx"})
	batchExpect(t, BKS002, []*reconcile.Result{batchResult("a.xlsx", whole()...), batchResult("b.xlsx", whole()...)}, nil)
	batchExpect(t, BKS002, []*reconcile.Result{batchResult("lasem-2023.xlsx", whole()...), other}, nil, rt.Want{At: "lasem-2023.xlsx:!", Actual: "lasem-2023-revisi.xlsx"}, rt.Want{At: "lasem-2023-revisi.xlsx:!"})
}

func TestBKS003OtherKabupatenOrYear(t *testing.T) {
	var batch []*reconcile.Result
	for _, name := range []string{"Lasem", "Sluke", "Sarang", "Kragan"} {
		batch = append(batch, batchResult(name+".xlsx", withIdentitas(whole(), 2, 1, "Kecamatan "+name)...))
	}
	batchExpect(t, BKS003, batch, nil)
	blora := withIdentitas(withIdentitas(whole(), 2, 1, "Kecamatan Cepu"), 3, 1, "Kabupaten Blora")
	old := withIdentitas(withIdentitas(whole(), 2, 1, "Kecamatan Pamotan"), 5, 1, "2019")
	batch = append(batch, batchResult("Cepu.xlsx", blora...), batchResult("Pamotan.xlsx", old...))
	batchExpect(t, BKS003, batch, nil, rt.Want{At: "Cepu.xlsx:!", Actual: "Kabupaten Blora"}, rt.Want{At: "Pamotan.xlsx:!", Actual: "2019"})
}

func TestBKS004ListedUnitMissing(t *testing.T) {
	batch := []*reconcile.Result{batchResult("lasem.xlsx", whole()...)}
	s := reconcile.DefaultSettings()
	s.Units = []reconcile.Unit{{Name: "Lasem", Kabupaten: "Kabupaten Rembang"}}
	batchExpect(t, BKS004, batch, s)
	s.Units = append(s.Units, reconcile.Unit{Name: "Kecamatan Sluke", Kabupaten: "Kabupaten Rembang"})
	batchExpect(t, BKS004, []*reconcile.Result{batchResult("lasem.xlsx", whole()...)}, s, rt.Want{At: ":Kecamatan Sluke", Expected: "Kecamatan Sluke"})
}

// lastYearOf is the same unit's workbook of 2022 whose % Capaian agree with whole()'s
// prior-year columns: its % Capaian T is 99.1 (whole's T-1), its T-1 is 97 (whole's T-2).
func lastYearOf() []rt.Sheet {
	s := withIdentitas(whole(), 5, 1, "2022")
	m := sheetOf(s, "Pengukuran")
	m[3][7], m[3][8] = "#99.1|0.00", "#97|0.00"
	m[4][7], m[4][8] = "#90|0.00", "#88|0.00"
	m[5][7], m[5][8] = "#95|0.00", "#96|0.00"
	return s
}

func TestBKS005And006LastYear(t *testing.T) {
	now := func() *reconcile.Result { return batchResult("lasem-2023.xlsx", whole()...) }
	prev := func() *reconcile.Result { return batchResult("lasem-2022.xlsx", lastYearOf()...) }
	batchExpect(t, BKS005, []*reconcile.Result{now(), prev()}, nil)
	batchExpect(t, BKS006, []*reconcile.Result{now(), prev()}, nil)
	changed := lastYearOf()
	sheetOf(changed, "Pengukuran")[3][7] = "#98.32|0.00" // last year's own % Capaian 2022
	sheetOf(changed, "Pengukuran")[4][8] = "#87.5|0.00"  // last year's % Capaian 2021
	batchExpect(t, BKS005, []*reconcile.Result{now(), batchResult("lasem-2022.xlsx", changed...)}, nil, rt.Want{At: "lasem-2023.xlsx:Pengukuran!I4", Expected: "98.32", Actual: "99.10"})
	batchExpect(t, BKS006, []*reconcile.Result{now(), batchResult("lasem-2022.xlsx", changed...)}, nil, rt.Want{At: "lasem-2023.xlsx:Pengukuran!J5", Expected: "87.50", Actual: "88.00"})
}

// TestBKS005DuplicateSubmissions: every submission of a year is compared with last year's,
// a duplicate of this year's included; where last year's was sent twice, a figure agreeing
// with either is right, and one agreeing with neither names both files.
func TestBKS005DuplicateSubmissions(t *testing.T) {
	now := func(path string) *reconcile.Result { return batchResult(path, whole()...) }
	revised := func() *reconcile.Result { // this year's again, with other figures (BKS002)
		changed := whole()
		sheetOf(changed, "Realisasi Anggaran")[5][3] = "#58000000"
		return batchResult("lasem-2023-revisi.xlsx", changed...)
	}
	lastYearWith := func(path, capaian string) *reconcile.Result {
		s := lastYearOf()
		sheetOf(s, "Pengukuran")[3][7] = capaian
		return batchResult(path, s...)
	}

	// Two submissions of 2023, one of 2022 whose own % Capaian 2022 is 98.32: both are
	// compared with it.
	batch := []*reconcile.Result{now("lasem-2023.xlsx"), revised(), lastYearWith("lasem-2022.xlsx", "#98.32|0.00")}
	batchExpect(t, BKS005, batch, nil,
		rt.Want{At: "lasem-2023.xlsx:Pengukuran!I4", Expected: "98.32", Actual: "99.10"},
		rt.Want{At: "lasem-2023-revisi.xlsx:Pengukuran!I4", Expected: "98.32", Actual: "99.10"})
	if m := batch[0].Findings[0].Message.ID; !strings.Contains(m, "laporan 2022 ([lasem-2022.xlsx]Pengukuran!H4) menulis 98,32") {
		t.Errorf("the finding does not name last year's file: %s", m)
	}
	batchExpect(t, BKS005, []*reconcile.Result{now("lasem-2023.xlsx"), revised(), lastYearWith("lasem-2022.xlsx", "#99.1|0.00")}, nil)

	// 2022 sent twice: a figure agreeing with either is right.
	batchExpect(t, BKS005, []*reconcile.Result{now("lasem-2023.xlsx"),
		lastYearWith("lasem-2022.xlsx", "#98.32|0.00"), lastYearWith("lasem-2022-revisi.xlsx", "#99.1|0.00")}, nil)

	// Agreeing with neither: one finding naming both files; the figure they share is expected.
	batch = []*reconcile.Result{now("lasem-2023.xlsx"),
		lastYearWith("lasem-2022.xlsx", "#98.32|0.00"), lastYearWith("lasem-2022 (1).xlsx", "#98.32|0.00")}
	batchExpect(t, BKS005, batch, nil, rt.Want{At: "lasem-2023.xlsx:Pengukuran!I4", Expected: "98.32", Actual: "99.10"})
	m := batch[0].Findings[0].Message
	for _, want := range []string{"dikirim 2 kali", "[lasem-2022.xlsx]Pengukuran!H4 menulis 98,32", "[lasem-2022 (1).xlsx]Pengukuran!H4 menulis 98,32"} {
		if !strings.Contains(m.ID, want) {
			t.Errorf("message lacks %q: %s", want, m.ID)
		}
	}
	if !strings.Contains(m.EN, "the 2022 report was sent 2 times and none agrees") {
		t.Errorf("English: %s", m.EN)
	}

	// Last year's two submissions disagree with each other as well: no one figure is expected.
	batch = []*reconcile.Result{now("lasem-2023.xlsx"),
		lastYearWith("lasem-2022.xlsx", "#98.32|0.00"), lastYearWith("lasem-2022-revisi.xlsx", "#97|0.00")}
	batchExpect(t, BKS005, batch, nil, rt.Want{At: "lasem-2023.xlsx:Pengukuran!I4", Actual: "99.10"})
	if f := batch[0].Findings[0]; f.Expected != "" || !strings.Contains(f.Message.EN, "[lasem-2022-revisi.xlsx]Pengukuran!H4 says 97.00") {
		t.Errorf("disagreeing submissions of last year: expected %q, %s", f.Expected, f.Message.EN)
	}

	// BKS006 the same way: two submissions of this year, each compared.
	prev := lastYearOf()
	sheetOf(prev, "Pengukuran")[4][8] = "#87.5|0.00"
	batchExpect(t, BKS006, []*reconcile.Result{now("lasem-2023.xlsx"), revised(), batchResult("lasem-2022.xlsx", prev...)}, nil,
		rt.Want{At: "lasem-2023.xlsx:Pengukuran!J5", Expected: "87.50"}, rt.Want{At: "lasem-2023-revisi.xlsx:Pengukuran!J5", Expected: "87.50"})
}
