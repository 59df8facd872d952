package corpus

import (
	"strings"
)

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
var Gaps = []Gap{
	{
		Name: "LRA003-moved-sibling-typed",
		Why: "where a kegiatan's sub kegiatan do not add up to it (one moved with its own Selisih and %) and a sibling's % is mistyped, " +
			"the sibling's Anggaran or Realisasi is named (UM017, with a value that makes the kegiatan add up) and its % given the value " +
			"computed from that one, rather than the kegiatan left standing with its sub kegiatan as candidates and the % alone: the " +
			"Implied Selisih sum that residual leaves takes a place in the search's depth though it costs no cause, so the dearer " +
			"explanation is found first, and the sibling passes the guard against guessing among a total's rows because its own " +
			"mistyped %, changed as the other cause, counts as a relation it fixes",
		Example: Example{Seed: 82, Name: "Sluke", Kabupaten: "Rembang", Year: 2022, Kinds: []string{"LRA003", "LRA002"}},
		stands: func(x Fault, f Finding, all []Finding) bool {
			// The sibling's row carries both a UM017 and an LRA002 finding.
			paired := func(rule string, f Finding) bool {
				for _, g := range all {
					if g.Rule == rule && g.Sheet == f.Sheet && refRow(g.Cell) == refRow(f.Cell) && g.Counts() {
						return true
					}
				}
				return false
			}
			switch {
			case x.Rule == "LRA003" && len(x.Candidates) > 0:
				return f.Rule == "UM017" && f.Sheet == x.Sheet && refColumn(f.Cell) == refColumn(x.Cell) && f.Counts() && paired("LRA002", f)
			case x.Rule == "LRA002":
				return f.Rule == "LRA002" && f.Sheet == x.Sheet && f.Cell == x.Cell && f.Expected != x.Expected && f.Counts() && paired("UM017", f)
			}
			return false
		},
	},
}

// refColumn and refRow split an A1 address: "D12" is "D" and "12".
func refColumn(ref string) string { return strings.TrimRight(ref, "0123456789") }
func refRow(ref string) string    { return strings.TrimLeft(ref, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") }
