package rules

import (
	"strings"

	"lkjip/reconcile"
)

// unitKey identifies a unit across the files of a batch: its name without the word
// "Kecamatan" (a unit may write "Kragan" or "Kecamatan Kragan"), and its kabupaten.
func unitKey(r *reconcile.Result) string {
	return unitName(r.Unit) + "|" + kabupatenName(r)
}

func unitName(s string) string {
	n := normText(s)
	for _, p := range []string{"kecamatan ", "kec ", "kantor kecamatan "} {
		n = strings.TrimPrefix(n, p)
	}
	return n
}

func kabupatenName(r *reconcile.Result) string {
	if r.Summary == nil {
		return ""
	}
	n := normText(r.Summary.Kabupaten)
	for _, p := range []string{"kabupaten ", "kab ", "kota "} {
		n = strings.TrimPrefix(n, p)
	}
	return n
}

// checked returns the results of a batch that were read, with a unit and a summary.
func checked(results []*reconcile.Result) []*reconcile.Result {
	var out []*reconcile.Result
	for _, r := range results {
		if r.Err == nil && r.Summary != nil && r.Unit != "" && r.Path != "" {
			out = append(out, r)
		}
	}
	return out
}
