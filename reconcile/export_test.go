package reconcile

// ProbeFrom makes workbooks of n rows or more checked with a probe first (see probe.go), for
// the tests that compare both ways of judging; it returns the function that restores the
// threshold.
func ProbeFrom(n int) (restore func()) {
	old := probeRows
	probeRows = n
	return func() { probeRows = old }
}

// DiagnoseAtMost sets how many failing relations a probed workbook's diagnosis takes on (see
// maxDiagnosed), for the tests of UM022; it returns the function that restores the bound.
func DiagnoseAtMost(n int) (restore func()) {
	old := maxDiagnosed
	maxDiagnosed = n
	return func() { maxDiagnosed = old }
}
