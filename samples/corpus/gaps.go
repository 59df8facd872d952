package corpus

// Gap is a known engine gap: faults whose findings lkjip gives otherwise than the truth (what
// a careful auditor marks) says, listed so that the recall test passes while the engine is
// not fixed. The truth stays what the auditor marks: a fault a gap accounts for is not
// found, and the scores count it apart. Each gap carries an example that shows it;
// TestKnownGaps fails when an example no longer does (the engine was fixed: remove the gap,
// or the generator changed: find another example).
type Gap struct {
	Name string
	Why  string
	// Example is a workbook that shows the gap: Workbook(Seed, Name, Kabupaten, Year, Kinds).
	Example Example
	// stands reports whether finding f, among all the file's findings, stands for fault x
	// the way the gap says lkjip gives it.
	stands func(x Fault, f Finding, all []Finding) bool
}

// Example names a corpus workbook by what rebuilds it.
type Example struct {
	Seed            int64
	Name, Kabupaten string
	Year            int
	Kinds           []string
}

// Gaps lists the known engine gaps.
var Gaps = []Gap{}
