package reconcile

import (
	"context"
	"path/filepath"
	"testing"
)

// TestSlotsCancelled: a slot is never taken for a run whose context has ended, even with room
// free; Check then checks no file and returns the context's error.
func TestSlotsCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	s := NewSlots(4)
	for i := range 100 {
		if s.Acquire(ctx) {
			t.Fatalf("try %d: a slot taken after the context ended", i)
		}
	}
	if len(s) != 0 {
		t.Errorf("%d slots held", len(s))
	}
	ran := 0
	r := &Rule{ID: "TST001", Severity: Error, Run: func(*Pass) { ran++ }}
	c := &Checker{Rules: []*Rule{r}, Slots: s}
	res, err := c.Check(ctx, Inputs("a.xlsx", "b.xlsx", "c.xlsx"))
	if err != context.Canceled || res != nil || ran != 0 {
		t.Errorf("Check after cancel: %v, %d results, %d rule runs", err, len(res), ran)
	}
	if !s.Acquire(context.Background()) || len(s) != 1 {
		t.Errorf("a live context gets no slot")
	}
}

// TestCheckStopsBetweenRules: a run whose context ends while one workbook is being checked
// stops before the next rule (the page's client went away during a long check) and returns
// no results.
func TestCheckStopsBetweenRules(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var ran []string
	first := &Rule{ID: "TST001", Severity: Error, Run: func(*Pass) { ran = append(ran, "TST001"); cancel() }}
	second := &Rule{ID: "TST002", Severity: Error, Run: func(*Pass) { ran = append(ran, "TST002") }}
	c := &Checker{Rules: []*Rule{first, second}}
	res, err := c.Check(ctx, Inputs(filepath.Join("..", "samples", "bersih-2023.xlsx")))
	if err != context.Canceled || res != nil {
		t.Errorf("Check cancelled inside a file: %v, %d results", err, len(res))
	}
	if len(ran) != 1 || ran[0] != "TST001" {
		t.Errorf("rules run: %v, want only TST001", ran)
	}
}
