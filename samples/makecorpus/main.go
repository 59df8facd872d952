// Command makecorpus writes a corpus of synthetic LKjIP workbooks (package
// lkjip/samples/corpus), each with its ground-truth file, for the benchmark and the recall
// test. Run from the module root:
//
//	go run ./samples/makecorpus -n 100 -seed 1 -dir /tmp/corpus -faults all -rate 50
//
// -faults is "all", "none", or rule IDs separated by commas (LRA001,PGK004); -rate is the
// percentage of files that get faults (a random non-empty subset of the kinds each). The
// same flags give the same files. -list prints the fault kinds and the cells each changes.
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"time"

	"lkjip/samples/corpus"
)

func main() {
	n := flag.Int("n", 100, "number of workbooks")
	seed := flag.Int64("seed", 1, "seed of the corpus")
	dir := flag.String("dir", "corpus", "folder to write the workbooks and their truth files into")
	faults := flag.String("faults", "all", `fault kinds: "all", "none", or rule IDs separated by commas`)
	rate := flag.Int("rate", 50, "percentage of the workbooks that get faults (0-100)")
	list := flag.Bool("list", false, "list the fault kinds and the cells each changes, and exit")
	verbose := flag.Bool("v", false, "print one line per workbook")
	flag.Parse()

	if *list {
		for _, k := range corpus.Kinds() {
			fmt.Printf("%-7s %s\n", k, corpus.Describe(k))
		}
		return
	}
	kinds, err := corpus.ParseKinds(*faults)
	if err != nil {
		fail(err)
	}
	start := time.Now()
	files, err := corpus.Generate(*dir, *n, *seed, kinds, *rate)
	if err != nil {
		fail(err)
	}
	elapsed := time.Since(start)

	var bytes, largest int64
	faulty, total, following := 0, 0, 0
	perRule := map[string]int{}
	for _, f := range files {
		bytes += f.Bytes
		largest = max(largest, f.Bytes)
		if len(f.Faults) > 0 {
			faulty++
		}
		for _, x := range f.Faults {
			if x.Follows() {
				following++
				continue
			}
			total++
			perRule[x.Rule]++
		}
		if *verbose {
			var at []string
			for _, x := range f.Faults {
				a := x.Rule + "@" + x.Ref()
				if x.Follows() {
					a += "<" + x.Because
				}
				at = append(at, a)
			}
			fmt.Printf("%s\t%d bytes\t%s\n", f.Path, f.Bytes, strings.Join(at, " "))
		}
	}
	fmt.Printf("wrote %d workbooks and their truth files to %s: %d clean, %d with %d faults (and %d figures that follow one)\n",
		len(files), *dir, len(files)-faulty, faulty, total, following)
	if total > 0 {
		var parts []string
		for _, k := range corpus.Kinds() {
			if perRule[k] > 0 {
				parts = append(parts, fmt.Sprintf("%s %d", k, perRule[k]))
			}
		}
		fmt.Printf("faults: %s\n", strings.Join(parts, ", "))
	}
	avg := int64(0)
	if len(files) > 0 {
		avg = bytes / int64(len(files))
	}
	ms := elapsed.Milliseconds()
	fmt.Printf("%d bytes (%d per workbook on average, largest %d) in %d.%03d s\n", bytes, avg, largest, ms/1000, ms%1000)
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "makecorpus:", err)
	os.Exit(2)
}
