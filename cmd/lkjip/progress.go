package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

// progressBar returns a progress callback that draws a bar on standard error when it is a
// terminal, and nil (no bar) in pipes, in CI, with --quiet, or when it is not a terminal:
// a log file must not fill with carriage returns.
func progressBar(w io.Writer, quiet bool) func(done, total int) {
	f, ok := w.(*os.File)
	if quiet || !ok || os.Getenv("CI") != "" {
		return nil
	}
	info, err := f.Stat()
	if err != nil || info.Mode()&os.ModeCharDevice == 0 {
		return nil
	}
	var last time.Time
	return func(done, total int) {
		if total < 2 || (done < total && time.Since(last) < 100*time.Millisecond) {
			return
		}
		last = time.Now()
		const width = 30
		filled := width * done / total
		fmt.Fprintf(f, "\r[%s%s] %d/%d", strings.Repeat("#", filled), strings.Repeat(".", width-filled), done, total)
		if done == total {
			fmt.Fprint(f, "\r"+strings.Repeat(" ", width+24)+"\r")
		}
	}
}
