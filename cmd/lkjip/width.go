package main

import (
	"io"
	"os"
	"strconv"
	"strings"
)

// terminalWidth is the width the text report fits: $COLUMNS when it holds a number (the
// shell's own setting, and the way to ask for another width), else the terminal's when out is
// one, else 0 (report.DefaultWidth: a file or a pipe).
func terminalWidth(out io.Writer) int {
	if n, err := strconv.Atoi(strings.TrimSpace(os.Getenv("COLUMNS"))); err == nil && n > 0 {
		return n
	}
	if f, ok := out.(*os.File); ok {
		if n := fileWidth(f); n > 0 {
			return n
		}
	}
	return 0
}
