package main

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/pprof"
)

// startProfile starts a CPU profile of the run (checks and output) when LKJIP_CPUPROFILE
// names a file, and writes an allocation profile at its end when LKJIP_MEMPROFILE does: the
// batch benchmark's way to see where the time goes (go tool pprof lkjip FILE). It returns the
// function that stops them.
func startProfile(stderr io.Writer) (stop func()) {
	stops := []func(){}
	if path := os.Getenv("LKJIP_MEMPROFILE"); path != "" {
		runtime.MemProfileRate = 64 << 10
		stops = append(stops, func() {
			// The profile shows allocations up to the last collection: one now counts the
			// end of the run too.
			runtime.GC()
			f, err := os.Create(path)
			if err == nil {
				err = pprof.Lookup("allocs").WriteTo(f, 0)
				f.Close()
			}
			if err != nil {
				fmt.Fprintf(stderr, "lkjip: LKJIP_MEMPROFILE: %v\n", err)
			}
		})
	}
	if path := os.Getenv("LKJIP_CPUPROFILE"); path != "" {
		f, err := os.Create(path)
		if err == nil {
			err = pprof.StartCPUProfile(f)
		}
		if err != nil {
			fmt.Fprintf(stderr, "lkjip: LKJIP_CPUPROFILE: %v\n", err)
		} else {
			stops = append(stops, func() {
				pprof.StopCPUProfile()
				f.Close()
			})
		}
	}
	return func() {
		for _, s := range stops {
			s()
		}
	}
}
