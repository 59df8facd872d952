// Command recall scores a batch report against the corpus's ground truth (corpus.Compare):
// every injected fault must stand in lkjip's JSON report at its cell, by its rule, with its
// expected value and naming the candidates its truth lists (recall); every figure the truth
// says follows a fault must stand there following it; and no error that counts may stand
// anywhere else (a finding that only follows another, Because, never does). Faults that a
// known engine gap (corpus.Gaps) accounts for are counted apart. samples/bench.sh runs it
// on the report of the big corpus; TestRecall in samples/corpus does the same on a small one.
//
//	go run ./samples/recall REPORT.json
//
// It exits 0 when every fault is found or accounted for by a known gap, every follower is
// found, no error stands elsewhere and every file was read; 1 otherwise; 2 when the report
// cannot be scored.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"lkjip/samples/corpus"
)

type file struct {
	Path     string           `json:"path"`
	Error    string           `json:"error"`
	Findings []corpus.Finding `json:"findings"`
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
	files, unreadable, batchErrors := 0, 0, 0
	var total corpus.Score
	var missed, elsewhere []string
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
		// Across files: the corpus repeats unit names across kabupaten and years.
		var own []corpus.Finding
		for _, fd := range f.Findings {
			if strings.HasPrefix(fd.Rule, "BKS") {
				if fd.Severity == "error" && fd.Counts() {
					batchErrors++
				}
				continue
			}
			own = append(own, fd)
		}
		s := corpus.Compare(truth.Faults, own)
		total.Add(s)
		for _, x := range s.Missed {
			if len(missed) < 10 {
				missed = append(missed, f.Path+": "+x.Describe())
			}
		}
		for _, fd := range s.Elsewhere {
			if len(elsewhere) < 10 {
				elsewhere = append(elsewhere, f.Path+": "+fd.Describe())
			}
		}
	}
	if files == 0 {
		fmt.Fprintln(os.Stderr, "recall: no file of the report has a truth file beside it")
		os.Exit(2)
	}
	fmt.Printf("recall: %d of %d injected faults found at their cells (%s) in %d files, %d unreadable; %d errors elsewhere (%d more from the checks across files)\n",
		total.Found, total.Faults, percent(total.Found, total.Faults), files, unreadable, len(total.Elsewhere), batchErrors)
	fmt.Printf("following: %d of %d figures computed from a faulty one found following it; %d findings beyond the truth (warnings, notes, following)\n",
		total.FollowersSeen, total.Followers, total.Beyond)
	if n := total.Gapped(); n > 0 {
		fmt.Printf("known engine gaps: %d faults (%s of the faults)\n", n, percent(n, total.Faults))
		for _, g := range corpus.Gaps {
			if c := total.UnderGap[g.Name]; c > 0 {
				fmt.Printf("  %s: %d\n", g.Name, c)
			}
		}
	}
	var per []string
	for _, k := range total.Rules() {
		if c := total.PerRule[k]; c[0] > 0 && c[1] < c[0] {
			per = append(per, fmt.Sprintf("%s %d/%d", k, c[1], c[0]))
		}
	}
	if len(per) > 0 {
		fmt.Println("per rule, where not every fault was found:", strings.Join(per, ", "))
	}
	for _, m := range missed {
		fmt.Println("  missed:", m)
	}
	for _, e := range elsewhere {
		fmt.Println("  elsewhere:", e)
	}
	if total.Found+total.Gapped() != total.Faults || total.FollowersSeen != total.Followers || len(total.Elsewhere) > 0 || unreadable > 0 {
		os.Exit(1)
	}
}

// percent prints part / whole as a percentage with two decimals, cut rather than rounded.
func percent(part, whole int) string {
	whole = max(whole, 1)
	return fmt.Sprintf("%d.%02d %%", part*100/whole, part*10000/whole%100)
}
