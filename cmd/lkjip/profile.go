package main

import (
	"fmt"
	"io"
	"os"
	"runtime/pprof"
)

// startProfile starts a CPU profile of the run (checks and output) when LKJIP_CPUPROFILE
// names a file: the batch benchmark's way to see where the time goes (go tool pprof lkjip
// FILE). It returns the function that stops it.
func startProfile(stderr io.Writer) (stop func()) {
	path := os.Getenv("LKJIP_CPUPROFILE")
	if path == "" {
		return func() {}
	}
	f, err := os.Create(path)
	if err == nil {
		err = pprof.StartCPUProfile(f)
	}
	if err != nil {
		fmt.Fprintf(stderr, "lkjip: LKJIP_CPUPROFILE: %v\n", err)
		return func() {}
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}
}
