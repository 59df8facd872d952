package main

import (
	"fmt"
	"io"
)

// runDiff compares two submissions of the same unit and year (lkjip diff OLD NEW).
func runDiff(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "lkjip diff: belum tersedia / not yet available")
	return 2
}
