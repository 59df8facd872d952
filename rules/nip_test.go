package rules

import (
	"strings"
	"testing"

	"lkjip/reconcile"
	rt "lkjip/rules/rulestest"
)

// signer is an Identitas sheet of report year 2021 whose NIP (B3) is nip.
func signer(nip string) rt.Sheet {
	return rt.Sheet{Name: "Identitas", Rows: [][]string{
		{"Nama Instansi", "Kecamatan Kragan"},
		{"Tahun Laporan", "2021"},
		{"NIP", nip},
	}}
}

func TestNIP001Form(t *testing.T) {
	w := rt.Workbook(signer("19671212 198806 1")) // Kragan 2021, under the foreword
	got := rt.Expect(t, NIP001, w, rt.Want{At: "Identitas!B3", Actual: "19671212 198806 1"})
	says(t, got, "terpotong", "truncated")
	rt.Expect(t, NIP002, w)
	rt.Expect(t, NIP003, w)

	rt.Expect(t, NIP001, rt.Workbook(signer("19671212 198806 1 00O")), rt.Want{At: "Identitas!B3"})
	rt.Expect(t, NIP001, rt.Workbook(signer("1967121 198806 1 002")), rt.Want{At: "Identitas!B3"})
	rt.Expect(t, NIP001, rt.Workbook(signer("-")), rt.Want{At: "Identitas!B3"}) // IDN001 takes only a blank
	rt.Expect(t, NIP001, rt.Workbook(signer("NIP.")), rt.Want{At: "Identitas!B3"})
}

func TestNIP001TypedAsNumber(t *testing.T) {
	w := rt.Workbook(signer("#1.96712121988061E+17"))
	got := rt.Expect(t, NIP001, w, rt.Want{At: "Identitas!B3", Actual: "1.96712121988061E+17"})
	says(t, got, "diketik sebagai angka", "typed as a number")
	// The 15 digits kept still hold valid dates and sex digit; the sequence is lost.
	rt.Expect(t, NIP002, w)
	rt.Expect(t, NIP003, w)
	// The dates kept are still checked.
	rt.Expect(t, NIP002, rt.Workbook(signer("#1.96713121988061E+17")), rt.Want{At: "Identitas!B3"})
}

func TestNIP001InLabelCell(t *testing.T) {
	s := signer("")
	s.Rows[2] = []string{"NIP. 19671212 198806 1"}
	rt.Expect(t, NIP001, rt.Workbook(s), rt.Want{At: "Identitas!A3"})
}

func TestNIPValid(t *testing.T) {
	for _, n := range []string{"19750312 200003 1 004", "196712121988061002", "NIP. 19671212 198806 1 002", "NP. 19671212 198806 1 002", ""} {
		w := rt.Workbook(signer(n))
		for _, r := range []*reconcile.Rule{NIP001, NIP002, NIP003} {
			if got := rt.Run(w, r); len(got) != 0 {
				t.Errorf("%s on NIP %q: %+v", r.ID, n, got)
			}
		}
	}
	w := rt.Workbook(signer("NIP. 19671212 198806 1 002"))
	rt.Expect(t, NIP001, w)
	rt.Expect(t, NIP002, w)
	rt.Expect(t, NIP003, w)
	rt.Expect(t, NIP001, rt.Workbook(identitas("2021", "2016-2021"))) // no NIP row
}

func TestNIP002Dates(t *testing.T) {
	for _, n := range []string{
		"19671312 198806 1 002", // month 13
		"19670230 198806 1 002", // 30 February
		"18991231 192001 1 001", // before 1900
		"20220101 204001 1 001", // born after the report year
		"19671212 198813 1 002", // service month 13
		"19671212 202201 1 002", // service after the report year
		"19671212 196006 1 002", // service before birth
		"19671212 198511 1 002", // service before the 18th birthday
	} {
		got := rt.Expect(t, NIP002, rt.Workbook(signer(n)), rt.Want{At: "Identitas!B3", Actual: n})
		if len(got) != 1 {
			t.Errorf("NIP %q: %d findings, want one", n, len(got))
		}
		rt.Expect(t, NIP001, rt.Workbook(signer(n)))
	}
	rt.Expect(t, NIP002, rt.Workbook(signer("19671212 198512 1 002"))) // 18 in December 1985
}

func TestNIP002WithoutReportYear(t *testing.T) {
	s := signer("20220101 204001 1 001")
	s.Rows[1][1] = "belum diisi"
	rt.Expect(t, NIP002, rt.Workbook(s)) // the future is not known without a year
}

func TestNIP003SexAndSequence(t *testing.T) {
	rt.Expect(t, NIP003, rt.Workbook(signer("19671212 198806 3 002")), rt.Want{At: "Identitas!B3", Actual: "19671212 198806 3 002"})
	rt.Expect(t, NIP003, rt.Workbook(signer("19671212 198806 1 000")), rt.Want{At: "Identitas!B3"})
	got := rt.Expect(t, NIP003, rt.Workbook(signer("19671212 198806 0 000")), rt.Want{At: "Identitas!B3"})
	says(t, got, "jenis kelamin", "sex digit") // one finding, the sex digit first
	rt.Expect(t, NIP003, rt.Workbook(signer("19671212 198806 2 001")))
}

// says fails unless there is one finding and its messages say id and en.
func says(t *testing.T, got []reconcile.Finding, id, en string) {
	t.Helper()
	if len(got) != 1 || !strings.Contains(got[0].Message.ID, id) || !strings.Contains(got[0].Message.EN, en) {
		t.Errorf("want one finding saying %q / %q: %+v", id, en, got)
	}
}
