package main

import (
	"fmt"
	"io"
)

// runServe serves the checking page in the browser (lkjip serve).
func runServe(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "lkjip serve: belum tersedia / not yet available")
	return 2
}
