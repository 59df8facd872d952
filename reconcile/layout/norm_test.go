package layout

import (
	"math/rand/v2"
	"strconv"
	"testing"
)

// TestYearInIsTheRegexp compares the hand-written yearIn with reYear's last match.
func TestYearInIsTheRegexp(t *testing.T) {
	want := func(s string) int {
		all := reYear.FindAllString(s, -1)
		if len(all) == 0 {
			return 0
		}
		y, _ := strconv.Atoi(all[len(all)-1])
		return y
	}
	cases := []string{"", "2021", "Target 2021", "% Capaian 2020 (T-1)", "Realisasi 2021/2022", "x2021", "2021x", "20211",
		"_2021", "é2021é", "Renstra 2019-2024", "1899 1900 2099 2100", "Tahun 20 21", "2021\n2022", "201", "19a9 2019"}
	rng := rand.New(rand.NewPCG(5, 6))
	pieces := []string{"19", "20", "21", "0", "1", "9", " ", "x", "_", "é", "-", "/"}
	for i := 0; i < 20000; i++ {
		var b []byte
		for j := rng.IntN(8); j >= 0; j-- {
			b = append(b, pieces[rng.IntN(len(pieces))]...)
		}
		cases = append(cases, string(b))
	}
	found := 0
	for _, s := range cases {
		if got, w := yearIn(s), want(s); got != w {
			t.Fatalf("yearIn(%q) = %d, the regexp says %d", s, got, w)
		} else if w != 0 {
			found++
		}
	}
	if found < 500 {
		t.Errorf("only %d cases hold a year", found)
	}
	t.Logf("%d of %d cases hold a year", found, len(cases))
}
