package report

import (
	"slices"
	"testing"

	"lkjip/reconcile/layout"
)

// TestOutputSheetsAreIgnoredOnReading: every sheet lkjip adds to a copy is one the reader
// leaves out when that copy is checked again (a corrected copy must check clean, not have its
// list of corrections read as a table).
func TestOutputSheetsAreIgnoredOnReading(t *testing.T) {
	for _, name := range []string{annotateSheet, annotateSheetAlt, fixSheet, fixSheetAlt, diffSheet, diffSheetAlt} {
		if !slices.Contains(layout.OutputSheets, name) {
			t.Errorf("layout.OutputSheets lacks %q", name)
		}
	}
}
