package reconcile

// ProbeFrom makes workbooks of n rows or more checked with a probe first (see probe.go), for
// the tests that compare both ways of judging; it returns the function that restores the
// threshold.
func ProbeFrom(n int) (restore func()) {
	old := probeRows
	probeRows = n
	return func() { probeRows = old }
}
