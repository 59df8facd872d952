package rules

import (
	"testing"

	"lkjip/reconcile"
	rt "lkjip/rules/rulestest"
)

func TestPK003TargetAgainstPengukuran(t *testing.T) {
	rt.Expect(t, PK003, rt.Workbook(whole()...))

	// The PK's target differs on its own: the finding is at the PK.
	sheets := whole()
	sheetOf(sheets, "PK")[2][3] = "85"
	rt.Expect(t, PK003, rt.Workbook(sheets...), rt.Want{At: "PK!D3", Expected: "80", Actual: "85"})

	// The Pengukuran target is the mistyped one: its % Capaian and the PK both say 80, so the
	// Pengukuran target is the cause (UM017), and the PK, which is right, is not named.
	sheets = whole()
	sheetOf(sheets, "Pengukuran")[3][5] = "#85"
	w := rt.Workbook(sheets...)
	both := []*reconcile.Rule{PGK001, PK003}
	rt.ExpectWith(t, PK003, []*reconcile.Rule{PGK001}, w)
	rt.ExpectWith(t, UM017, both, w, rt.Want{At: "Pengukuran!F4", Expected: "80", Actual: "85"})
	rt.ExpectWith(t, PGK001, []*reconcile.Rule{PK003}, w)
}

// TestUM017TypedFigure: a mistyped sub kegiatan Realisasi whose Selisih, % and kegiatan still
// agree with the right value is the one finding, at the Realisasi, with the right value; its
// row and its parents are right and not named.
func TestUM017TypedFigure(t *testing.T) {
	budgetRules := []*reconcile.Rule{LRA001, LRA002, LRA003, LRA004}
	rt.ExpectWith(t, UM017, budgetRules, rt.Workbook(budgetSheet(budget())))
	rows := budget()
	rows[5][3] = "#58000000" // Penyusunan Renja: 57 million
	w := rt.Workbook(budgetSheet(rows))
	rt.ExpectWith(t, UM017, budgetRules, w, rt.Want{At: "Realisasi Anggaran!D6", Expected: "57000000", Actual: "58000000"})
	for _, r := range budgetRules {
		rt.ExpectWith(t, r, append([]*reconcile.Rule{UM017}, budgetRules...), w)
	}
	got := rt.Run(w, budgetRules...)
	if len(got) != 1 || got[0].Fix != "57000000" || !contains(got[0].Message.EN, "so say") {
		t.Errorf("findings %+v", got)
	}
}

func contains(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return true
		}
	}
	return false
}
