package rules

import (
	"strings"
	"time"

	"lkjip/reconcile"
	"lkjip/reconcile/nip"
	wb "lkjip/reconcile/workbook"
)

// reportNIP reports the first problem of a group (package nip) with the NIP of the Identitas
// sheet, at the cell that holds it: one finding per rule, the most telling problem first.
func reportNIP(p *reconcile.Pass, g nip.Group) {
	cell, written, problems := checkNIP(p.Workbook)
	for _, pr := range problems {
		if pr.Code.Group() == g {
			p.Report(cell, reconcile.Text{ID: pr.ID, EN: pr.EN}, "", written)
			return
		}
	}
}

// checkNIP checks the NIP of the Identitas sheet (spec, "Cross-sheet and whole-workbook
// checks"): the cell holding it, the NIP as the cell holds it, and its problems. A missing NIP
// line or a blank value is IDN001's finding: cell is then nil. A birth date or service start
// is judged against the end of the report year when it is known.
func checkNIP(w *wb.Workbook) (cell *wb.Cell, written string, problems []nip.Problem) {
	pair := w.Identitas.Get("NIP")
	if pair == nil {
		return nil, "", nil
	}
	cell = pair.Value
	if cell.IsEmpty() && strings.ContainsAny(pair.Label.String(), "0123456789") {
		cell = pair.Label // "NIP. 19671212 198806 1 002" in one cell
	}
	var ref time.Time
	if w.Year != 0 {
		ref = time.Date(w.Year, time.December, 31, 0, 0, 0, 0, time.UTC)
	}
	switch {
	case cell.Kind == wb.Number:
		return cell, cell.String(), nip.CheckNumber(cell.Text, ref)
	case cell.Kind == wb.Text && cell.String() != "":
		return cell, cell.String(), nip.Check(cell.Text, ref) // "-" or "NIP." alone is an empty NIP
	}
	return nil, "", nil // blank (IDN001), or an error value (UM005)
}
