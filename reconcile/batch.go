package reconcile

import (
	"runtime"
	"sort"
	"sync"

	"lkjip/reconcile/workbook"
)

// BatchPass is one batch rule's run over the results of every file of a batch.
type BatchPass struct {
	Rule     *Rule
	Results  []*Result
	Settings *Settings
	extra    *[]*Result
}

// Report records a finding of the pass's rule in one file's result.
func (p *BatchPass) Report(r *Result, sheet, cell string, msg Text, expected, actual string) {
	r.Findings = append(r.Findings, Finding{Rule: p.Rule.ID, Severity: p.Rule.Severity, Sheet: sheet, Cell: cell,
		Message: msg, Expected: expected, Actual: actual})
}

// ReportMissing records a finding about a file the batch lacks, such as a unit of the
// settings' list with no workbook: it gets a result of its own, with no path.
func (p *BatchPass) ReportMissing(unit string, msg Text, expected string) {
	r := &Result{Unit: unit}
	p.Report(r, "", "", msg, expected, "")
	*p.extra = append(*p.extra, r)
}

// RunBatch runs the rules that look across files (those with RunBatch) over a batch's
// results. Their findings join the results of the files they name; findings about files the
// batch lacks come back as results of their own.
func RunBatch(results []*Result, rules []*Rule, s *Settings) []*Result {
	if s == nil {
		s = DefaultSettings()
	}
	var extra []*Result
	for _, r := range rules {
		if r.RunBatch == nil || s.Disabled[r.ID] {
			continue
		}
		func() {
			defer func() {
				if v := recover(); v != nil && len(results) > 0 {
					results[0].Findings = append(results[0].Findings, Finding{Rule: Internal.ID, Severity: Internal.Severity,
						Message: Msg("aturan %s berhenti: %v", "rule %s stopped: %v", r.ID, v)})
				}
			}()
			r.RunBatch(&BatchPass{Rule: r, Results: results, Settings: s, extra: &extra})
		}()
	}
	for _, res := range append(results, extra...) {
		sortFindings(res)
		for i := range res.Findings {
			if sev, ok := s.Severities[res.Findings[i].Rule]; ok {
				res.Findings[i].Severity = sev
			}
		}
	}
	return extra
}

// sortFindings keeps a result's findings in reading order after a batch rule added some.
func sortFindings(r *Result) {
	order := map[string]int{}
	for i, name := range r.SheetOrder {
		order[name] = i + 1
	}
	sort.SliceStable(r.Findings, func(i, j int) bool {
		a, b := r.Findings[i], r.Findings[j]
		if order[a.Sheet] != order[b.Sheet] {
			return order[a.Sheet] < order[b.Sheet]
		}
		ra, ca := a.Position()
		rb, cb := b.Position()
		if ra != rb {
			return ra < rb
		}
		return ca < cb
	})
}

// CheckAll checks every path on all cores, each file on its own: an unreadable or broken
// file becomes that file's error and the others go on. The results keep the order of paths.
// progress, when not nil, is called after each file with the count done.
func CheckAll(paths []string, rules []*Rule, s *Settings, opt Options, progress func(done, total int)) []*Result {
	results := make([]*Result, len(paths))
	workers := runtime.GOMAXPROCS(0)
	if workers > len(paths) {
		workers = len(paths)
	}
	jobs := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := 0
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				results[i] = CheckFile(paths[i], rules, s, opt)
				if opt.Spill != nil {
					opt.Spill.store(results[i])
				}
				if progress != nil {
					mu.Lock()
					done++
					progress(done, len(paths))
					mu.Unlock()
				}
			}
		}()
	}
	for i := range paths {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	return results
}

// Summarizer computes a checked workbook's Summary (the catalogue provides it: it knows the
// domain's figures).
type Summarizer func(*workbook.Workbook, *Settings) *Summary
