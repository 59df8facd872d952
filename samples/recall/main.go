// Command recall scores a batch report against the corpus's ground truth: every injected
// fault must stand in lkjip's JSON report at its cell, by its rule, with its expected value
// (recall), and no error may stand anywhere else. samples/bench.sh runs it on the report of
// the big corpus; TestRecall in samples/corpus does the same on a small one.
//
//	go run ./samples/recall REPORT.json
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"lkjip/samples/corpus"
)

type finding struct {
	Rule     string `json:"rule"`
	Severity string `json:"severity"`
	Sheet    string `json:"sheet"`
	Cell     string `json:"cell"`
	Expected string `json:"expected"`
}

type file struct {
	Path     string    `json:"path"`
	Error    string    `json:"error"`
	Findings []finding `json:"findings"`
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: recall REPORT.json")
		os.Exit(2)
	}
	data, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	var report struct {
		Files []file `json:"files"`
	}
	if err := json.Unmarshal(data, &report); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	files, injected, found, unreadable := 0, 0, 0, 0
	extraErrors, batchErrors := 0, 0
	var missed []string
	for _, f := range report.Files {
		if f.Path == "" {
			continue // a finding about a unit the batch lacks
		}
		truth, err := corpus.ReadTruth(f.Path + ".truth.json")
		if err != nil {
			continue // not a corpus file
		}
		files++
		if f.Error != "" {
			unreadable++
		}
		matched := make([]bool, len(f.Findings))
		for _, x := range truth.Faults {
			injected++
			ok := false
			for i, fd := range f.Findings {
				if !matched[i] && fd.Rule == x.Rule && fd.Sheet == x.Sheet && fd.Cell == x.Cell && (x.Expected == "" || fd.Expected == x.Expected) {
					matched[i], ok = true, true
					break
				}
			}
			if ok {
				found++
			} else if len(missed) < 10 {
				missed = append(missed, fmt.Sprintf("%s: %s %s!%s expected %s", f.Path, x.Rule, x.Sheet, x.Cell, x.Expected))
			}
		}
		for i, fd := range f.Findings {
			if matched[i] || fd.Severity != "error" {
				continue
			}
			if strings.HasPrefix(fd.Rule, "BKS") {
				batchErrors++ // across files: the corpus repeats unit names across kabupaten and years
			} else {
				extraErrors++
			}
		}
	}
	if files == 0 {
		fmt.Fprintln(os.Stderr, "recall: no file of the report has a truth file beside it")
		os.Exit(2)
	}
	fmt.Printf("recall: %d of %d injected faults found at their cells (%d.%02d %%) in %d files, %d unreadable; %d errors elsewhere (%d more from the checks across files)\n",
		found, injected, found*100/max(injected, 1), found*10000/max(injected, 1)%100, files, unreadable, extraErrors, batchErrors)
	for _, m := range missed {
		fmt.Println("  missed:", m)
	}
	if found != injected || extraErrors > 0 || unreadable > 0 {
		os.Exit(1)
	}
}
