package rulestest

import (
	"lkjip/reconcile/layout"
	"lkjip/reconcile/workbook"
)

// Export builds a finance system's LRA export from sheets through the real export reader, as
// `lkjip check --lra` reads it from a file named path; attach it to a workbook's Export field.
// Its sheets are named "[path]Sheet": a test expects a finding at "[lra.xlsx]LRA!C7".
func Export(path string, sheets ...Sheet) *workbook.Export {
	var out []*workbook.Sheet
	for i, s := range sheets {
		out = append(out, Build(s, i))
	}
	return layout.BuildExport(path, out)
}
