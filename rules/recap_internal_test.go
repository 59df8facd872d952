package rules

import (
	"testing"

	"github.com/shopspring/decimal"
)

// TestAppendDecimalIsString: the fingerprint writes a figure as decimal.String does, so that
// the fingerprints of files stay what they were; whole amounts without allocating.
func TestAppendDecimalIsString(t *testing.T) {
	for _, s := range []string{"0", "1", "-1", "709272200", "2693270072800", "98.32", "98.3", "-0.5", "100.00", "4611686018427387903", "4611686018427387904", "123456789012345678901234567890", "1e3"} {
		d := decimal.RequireFromString(s)
		if got, want := string(appendDecimal(nil, d)), d.String(); got != want {
			t.Errorf("%s: %q, want %q", s, got, want)
		}
	}
}
