package reconcile

import (
	"testing"

	"github.com/shopspring/decimal"

	"lkjip/reconcile/workbook"
)

// TestProbeFollowsDerivedFigures checks the cells a probe lets the second run keep: the cells
// of a relation that does not hold, and every figure derived from them, however far (a
// Realisasi, the Selisih computed from it, the parent Selisih summed from that), but not a
// figure no change can reach.
func TestProbeFollowsDerivedFigures(t *testing.T) {
	cell := func(id int32, col int, v int64) *workbook.Cell {
		return &workbook.Cell{ID: id, Sheet: "S", Row: 1, Col: col, Kind: workbook.Number, Num: decimal.NewFromInt(v)}
	}
	realisasi, selisih, parent, anggaran, other, source := cell(1, 1, 5), cell(2, 2, 5), cell(3, 3, 5), cell(4, 4, 5), cell(5, 5, 7), cell(6, 6, 7)
	rels := []Relation{
		{Kind: Equals, Out: selisih, Num: Of(realisasi)},                                      // holds
		{Kind: Equals, Out: parent, Num: Of(selisih)},                                         // holds
		{Kind: Equals, Out: anggaran, Num: SumOf(Of(realisasi), Constant(decimal.New(1, 0)))}, // does not
		{Kind: Equals, Out: other, Num: Of(source)},                                           // holds, apart
	}
	j := &judgement{nodes: map[cellKey]int{}, probe: newProbe(nil, newCellSet(nil))}
	held := 0
	for i := range rels {
		if j.probe.judge(j, &rels[i], decimal.Zero) {
			held++
		}
	}
	if held != 3 || len(j.probe.conflicts) != 1 || j.probe.cells != 6 {
		t.Fatalf("%d relations held, %d conflicts, %d cells seen; want 3, 1, 6", held, len(j.probe.conflicts), j.probe.cells)
	}
	p := j.probe
	p.close()
	for i, want := range []bool{true, true, true, false} {
		if got := p.relevant(j, &rels[i]); got != want {
			t.Errorf("relation %d relevant: %v, want %v", i, got, want)
		}
	}
	for _, c := range []*workbook.Cell{realisasi, selisih, parent, anggaran} {
		if id, ok := p.lookup(j, c); !ok || !p.changeable[p.index(id)] {
			t.Errorf("%s may change in a diagnosis, the probe says it may not", c.Ref())
		}
	}
	for _, c := range []*workbook.Cell{other, source} {
		if id, ok := p.lookup(j, c); !ok || p.changeable[p.index(id)] {
			t.Errorf("%s: no change can reach it, the probe says one may", c.Ref())
		}
	}
}
