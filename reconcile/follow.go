package reconcile

import "lkjip/reconcile/workbook"

// ReportFollowing records a finding of the pass's rule at a cell that only follows from the
// mistake of another cell, because ("Sheet!F4", where the rule reported that mistake): the
// cell must still change, to fix, but the finding is listed under its cause and counts neither
// as an error nor as a warning (see Finding.Because). A rule uses it when one mistake leaves
// several cells wrong and each of them has its own right content (last year's header left in
// place: one finding for the header, and a following one per other label, each with its Fix).
func (p *Pass) ReportFollowing(c *workbook.Cell, msg Text, expected, actual, fix, because string) {
	f := Finding{Rule: p.Rule.ID, Severity: p.Rule.Severity, Message: msg, Expected: expected, Actual: actual,
		Fix: fix, Because: because, scope: p.Rule.Scope}
	if c != nil {
		f.Sheet, f.Cell, f.row, f.col = c.Sheet, c.Ref(), c.Row, c.Col
	}
	p.found.add(f)
}

// CellName names a cell as findings name other cells (Finding.Because, Finding.Candidates):
// "Sheet!F4".
func CellName(c *workbook.Cell) string {
	if c == nil {
		return ""
	}
	return c.Sheet + "!" + c.Ref()
}
