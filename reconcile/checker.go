package reconcile

import (
	"context"
	"fmt"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"sync"

	"lkjip/reconcile/workbook"
)

// Checker is the one path from files to findings. lkjip check, lkjip diff and lkjip serve all
// check through it, so that a workbook gets the same findings, the same severities and
// acceptances and the same order whichever way it arrives:
//
//  1. each file on its own, on all cores: read into the model, every rule's Run, the findings
//     collected (one per cause, severities, acceptances; see collector), its Summary made;
//  2. the rules across files (RunBatch) over every file's result, their findings collected
//     the same way into the file they name;
//  3. last, the acceptances that matched nothing anywhere, judged by the AcceptanceRule.
type Checker struct {
	Rules    []*Rule
	Settings *Settings // nil for the defaults
	Options  Options
	// Slots, when set, bounds how many files are checked at once, shared with other runs
	// (the checking page's sendings); without, a run checks as many files at once as there
	// are cores.
	Slots Slots
	// Progress, when set, is called after each file with the count done.
	Progress func(done, total int)
}

// Input is one file a run checks.
type Input struct {
	// Path is where the file is read.
	Path string
	// Name is what the reports and messages call it, and what the settings' acceptances
	// match ("" for Path): the checking page keeps a sending in a private folder and names
	// each file as the unit's computer did.
	Name string
	// Folder is the folder named on the command line the file was found in; "" when the
	// file was named itself.
	Folder string
	// Err, when set, says why the input cannot be checked although it was named (a folder
	// that cannot be read): its result carries the error.
	Err *FileError
}

func (in Input) name() string {
	if in.Name != "" {
		return in.Name
	}
	return in.Path
}

// Inputs makes inputs of paths read under their own names.
func Inputs(paths ...string) []Input {
	out := make([]Input, len(paths))
	for i, p := range paths {
		out[i] = Input{Path: p}
	}
	return out
}

// Slots bound how many files are checked at once across runs.
type Slots chan struct{}

// NewSlots returns room for n checks at once.
func NewSlots(n int) Slots { return make(Slots, n) }

// Acquire takes a slot, or gives up when ctx ends; a nil Slots never waits. A ctx already
// ended gives up even when a slot is free: select picks at random among ready cases, so a
// cancelled run (the page's client gone) would otherwise go on with about half its files.
func (s Slots) Acquire(ctx context.Context) bool {
	if s == nil || ctx.Err() != nil {
		return ctx.Err() == nil
	}
	select {
	case s <- struct{}{}:
		return true
	case <-ctx.Done():
		return false
	}
}

// Release gives a slot back.
func (s Slots) Release() {
	if s != nil {
		<-s
	}
}

// settings are the run's settings: the Checker's, or the defaults (shared, never written).
func (c *Checker) settings() *Settings {
	if c.Settings == nil {
		return defaults
	}
	return c.Settings
}

var defaults = DefaultSettings()

func (c *Checker) readOptions() Options {
	opt := c.Options
	if opt.MaxUnzipSize == 0 {
		opt.MaxUnzipSize = int64(c.settings().MaxUnzipMiB) << 20
	}
	return opt
}

// Check checks the inputs, each on its own and then across files, and returns one result per
// input in their order, followed by the results the rules across files add (a unit of the
// settings' list without a workbook, the settings file itself). A file that cannot be checked
// gets a result with Err set, never a panic, and the others go on. When ctx ends, Check stops
// taking files and returns ctx's error.
func (c *Checker) Check(ctx context.Context, inputs []Input) ([]*Result, error) {
	results := make([]*Result, len(inputs))
	workers := min(runtime.GOMAXPROCS(0), len(inputs))
	jobs := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := 0
	for range workers {
		wg.Go(func() {
			for i := range jobs {
				if !c.Slots.Acquire(ctx) {
					continue
				}
				results[i], _ = c.file(ctx, inputs[i], false)
				c.Slots.Release()
				if c.Options.Spill != nil {
					c.Options.Spill.store(results[i])
				}
				if c.Progress != nil {
					mu.Lock()
					done++
					c.Progress(done, len(inputs))
					mu.Unlock()
				}
			}
		})
	}
	for i := range inputs {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return append(results, c.Batch(results)...), nil
}

// CheckWorkbook checks one file as a run of its own and returns its model with its result
// (lkjip diff compares two models); the model is nil when the file could not be read.
func (c *Checker) CheckWorkbook(in Input) (*workbook.Workbook, *Result) {
	res, w := c.file(context.Background(), in, true)
	c.Batch([]*Result{res})
	return w, res
}

// CheckFile checks one file as a run of its own: a Checker of the rules over one input.
func CheckFile(path string, rules []*Rule, s *Settings, opt Options) *Result {
	_, res := (&Checker{Rules: rules, Settings: s, Options: opt}).CheckWorkbook(Input{Path: path})
	return res
}

// Run checks one workbook already read into the model as a run of its own and returns its
// findings in reading order. The rules' tests use it; EKS004 runs the budget rules over the
// LRA export with it.
func Run(w *workbook.Workbook, rules []*Rule, s *Settings) []Finding {
	c := &Checker{Rules: rules, Settings: s}
	res := &Result{Path: w.Path}
	c.model(context.Background(), res, w)
	c.Batch([]*Result{res})
	return res.Findings
}

// file is the first stage for one input: read it and run every rule's Run over it. The model
// is returned only when keep is set.
func (c *Checker) file(ctx context.Context, in Input, keep bool) (res *Result, model *workbook.Workbook) {
	name := in.name()
	res = &Result{Path: name}
	if in.Err != nil {
		res.Err = in.Err
		return res, nil
	}
	defer func() {
		if v := recover(); v != nil {
			res.Findings, res.Summary, model = nil, nil, nil
			res.Err = &FileError{Code: "internal", Message: Msg(
				"%s: lkjip gagal membaca berkas ini karena kesalahan internal (%v). Laporkan berkas ini kepada pengelola lkjip.",
				"%s: lkjip failed to read this file because of an internal error (%v). Report this file to the lkjip maintainers.",
				name, v)}
		}
	}()
	w, ferr := read(in.Path, name, c.readOptions())
	// The file is hashed after it was read, from the page cache: the reports record which
	// file was checked (Provenance). A file that was refused is hashed too, so that the
	// report names the very file refused.
	res.SHA256, res.Bytes, _ = FileSHA256(in.Path)
	if ferr != nil {
		res.Err = ferr
		return res, nil
	}
	w.Export = c.Options.Export
	c.model(ctx, res, w)
	if keep {
		return res, w
	}
	return res, nil
}

// probeRows is the size, in rows of all sheets, from which a workbook is first checked
// without keeping its relations (see model). Below it, keeping them costs less than the
// second run of the rules a conflict would take.
var probeRows = 20_000

// maxDiagnosed is the most relations that do not hold which a big workbook's diagnosis takes
// on (see model and UM022). One mistake breaks a few; a column wrong from top to bottom
// breaks one per row, and past this many the causes are not traced one by one.
var maxDiagnosed = 20_000

func rowCount(w *workbook.Workbook) int {
	n := 0
	for _, sh := range w.Sheets {
		n += len(sh.Rows)
	}
	return n
}

// runRules runs every rule the settings enable over a workbook, into found. It stops between
// rules once ctx ends.
func (c *Checker) runRules(ctx context.Context, seen *workbook.Workbook, s *Settings, found *collector) {
	for _, r := range c.Rules {
		if r.Run == nil || s.Disabled[r.ID] {
			continue
		}
		if ctx.Err() != nil {
			return
		}
		safely(r, found.add, func() { r.Run(&Pass{Rule: r, Workbook: seen, Settings: s, found: found}) })
	}
}

// model runs every rule's Run over a workbook and records the result. It stops between rules
// once ctx ends (the page's client went away, Ctrl+C): the result is then incomplete, and
// Check, seeing ctx ended, returns no results at all.
func (c *Checker) model(ctx context.Context, res *Result, w *workbook.Workbook) {
	s := c.settings()
	res.Unit, res.Year = w.Unit, w.Year
	for _, sh := range w.Sheets {
		res.SheetOrder = append(res.SheetOrder, sh.Name)
		if sh.Damaged != "" {
			res.Damaged = append(res.Damaged, sh.Name)
		}
	}
	for _, sh := range w.Ignored {
		res.Ignored = append(res.Ignored, sh.Name)
	}
	seen := w
	if s.Scale != nil {
		// The policy's scale is the one the rules see, on a copy: the caller's model stays
		// as read.
		policy := *w
		policy.Scale = *s.Scale
		seen = &policy
	}
	// A big workbook is checked first without keeping its relations: each is only judged
	// alone as it is declared (see probe.go). Where every relation holds, as in most big
	// exports, there is nothing to diagnose and the graph of half a million relations is
	// never built. Where some do not, the rules run again, keeping the relations the
	// diagnosis of those may consult.
	found := &collector{w: seen, probe: rowCount(w) >= probeRows}
	c.runRules(ctx, seen, s, found)
	if found.conflict && ctx.Err() == nil {
		p := found.judging.probe
		if n := len(p.conflicts); n > maxDiagnosed {
			// A diagnosis keeps every relation its conflicts reach, about a kilobyte each
			// with its finding: a small file of 100,000 wrong rows would take 700 MB and
			// 12 s. The workbook is told so once, with the first cells that do not agree.
			found.add(tooManyConflicts(n, p.failing(10)))
		} else {
			p.close()
			// The probe marked every cell of the relations for the coverage; the second
			// run adds what its rules mark (the same cells again, and those of no relation).
			found = &collector{w: seen, within: p, checked: found.checked}
			c.runRules(ctx, seen, s, found)
		}
	}
	if ctx.Err() != nil {
		return
	}
	safely(Implied, found.add, func() { found.judge(seen) })
	res.Findings = found.finish(res, nil, s)
	res.Coverage = coverage(w, found.checked, res.Findings)
	sortFindings(res.Findings, res.SheetOrder)
	keepOneLanguage(res.Findings, c.Options.OnlyLang)
	if c.Options.Summarize != nil {
		res.Summary = c.Options.Summarize(w, s)
	}
}

// Verbose makes internal-error findings carry the stack trace.
var Verbose = false

// safely runs one rule; a rule that fails inside lkjip becomes one Internal finding and the
// run goes on with the other rules.
func safely(r *Rule, report func(Finding), run func()) {
	defer func() {
		if v := recover(); v != nil {
			msg := Msg("aturan %s berhenti: %v", "rule %s stopped: %v", r.ID, v)
			if Verbose {
				msg.ID += "\n" + string(debug.Stack())
				msg.EN += "\n" + string(debug.Stack())
			}
			report(Finding{Rule: Internal.ID, Severity: Internal.Severity, Message: msg, Actual: fmt.Sprint(v)})
		}
	}()
	run()
}

// keepOneLanguage drops the messages' other language; Text.In falls back to the Indonesian
// text only, so an English-only message keeps its English text in the ID field too.
func keepOneLanguage(findings []Finding, lang string) {
	for i := range findings {
		m := &findings[i].Message
		switch lang {
		case "id":
			m.EN = ""
		case "en":
			if m.EN != "" {
				m.ID, m.EN = m.EN, ""
			}
		}
	}
}

// Batch is the stage across files: the rules with RunBatch over the results of a run, then
// the AcceptanceRule. Their findings join the results they name, collected as a file's own
// are; the findings about files the run lacks come back as results of their own.
func (c *Checker) Batch(results []*Result) []*Result {
	s := c.settings()
	b := &batch{checker: c, results: results, found: map[*Result]*collector{}}
	var late []*Rule
	for _, r := range c.Rules {
		if r.RunBatch == nil || s.Disabled[r.ID] {
			continue
		}
		if r.ID == AcceptanceRule {
			late = append(late, r)
			continue
		}
		b.run(r)
	}
	b.join()
	if len(late) > 0 {
		b.unmatched = c.unmatched(results, b.extra)
		for _, r := range late {
			b.run(r)
		}
		b.join()
	}
	return b.extra
}

// batch is the state of one run's stage across files.
type batch struct {
	checker   *Checker
	results   []*Result
	extra     []*Result
	settings  *Result // the result about the settings file, once a finding needs it
	found     map[*Result]*collector
	order     []*Result // the results found holds, in the order they got findings
	unmatched []Unmatched
}

func (b *batch) run(r *Rule) {
	p := &BatchPass{Rule: r, Results: b.results, Settings: b.checker.settings(), b: b}
	safely(r, func(f Finding) { b.collector(nil).add(f) }, func() { r.RunBatch(p) })
}

// collector returns the collector of a result's findings across files; nil stands for the
// run's first result, which takes a rule's internal error (or, in a run of no file, the
// settings' result).
func (b *batch) collector(r *Result) *collector {
	if r == nil {
		if len(b.results) > 0 {
			r = b.results[0]
		} else {
			r = b.settingsResult()
		}
	}
	c := b.found[r]
	if c == nil {
		c = &collector{}
		b.found[r] = c
		b.order = append(b.order, r)
	}
	return c
}

func (b *batch) settingsResult() *Result {
	if b.settings == nil {
		path := b.checker.settings().File
		if path == "" {
			path = "lkjip.yaml"
		}
		b.settings = &Result{Path: path, About: "settings"}
		b.extra = append(b.extra, b.settings)
	}
	return b.settings
}

// join adds the findings collected across files to their results.
func (b *batch) join() {
	c := b.checker
	s := c.settings()
	for _, r := range b.order {
		col := b.found[r]
		if len(col.findings) == 0 {
			continue
		}
		known := r.Findings
		if r.spilled != nil && hasFacts(col.findings) {
			if all, err := r.Loaded(); err == nil {
				known = all.Findings
			}
		}
		add := col.finish(r, known, s)
		keepOneLanguage(add, c.Options.OnlyLang)
		// A spilled result holds only the findings added since in memory; Loaded sorts
		// them among the others.
		r.Findings = append(r.Findings, add...)
		sortFindings(r.Findings, r.SheetOrder)
	}
	b.found, b.order = map[*Result]*collector{}, nil
}

func hasFacts(findings []Finding) bool {
	for _, f := range findings {
		if _, ok := factOf(f); ok {
			return true
		}
	}
	return false
}

// Unmatched are the acceptances of the settings that matched no finding where they are
// judged: in one workbook, or (Result nil) in the whole run.
type Unmatched struct {
	Result      *Result
	Acceptances []Acceptance
}

// unmatched judges the acceptances once every finding is in (see UM015's documentation):
//
//   - an acceptance of a file's own rule (Run) is judged in each workbook it applies to:
//     every workbook checked, or the one it names;
//   - an acceptance of a rule across files (RunBatch) is judged only when the run checked two
//     workbooks or more (such a rule has nothing to find in one): in the workbook it names, or,
//     naming none, in the run as a whole, where one finding in any file uses it.
//
// An acceptance naming a file the run did not check is not judged here (see
// UnusedAcceptances).
func (c *Checker) unmatched(results, extra []*Result) []Unmatched {
	s := c.settings()
	across := map[string]bool{}
	for _, r := range c.Rules {
		if r.RunBatch != nil {
			across[r.ID] = true
		}
	}
	checked := 0
	for _, r := range results {
		if r.Err == nil {
			checked++
		}
	}
	var out []Unmatched
	for _, r := range results {
		if r.Err != nil || r.About != "" {
			continue
		}
		var miss []Acceptance
		for i, a := range s.Accept {
			if !a.AppliesTo(r.Path) || slices.Contains(r.used, i) {
				continue
			}
			if across[normalRule(a.Rule)] && (a.File == "" || checked < 2) {
				continue
			}
			miss = append(miss, a)
		}
		if len(miss) > 0 {
			out = append(out, Unmatched{Result: r, Acceptances: miss})
		}
	}
	if checked < 2 {
		return out
	}
	var run []Acceptance
	for i, a := range s.Accept {
		if a.File != "" || !across[normalRule(a.Rule)] {
			continue
		}
		used := false
		for _, r := range append(slices.Clip(results), extra...) {
			used = used || slices.Contains(r.used, i)
		}
		if !used {
			run = append(run, a)
		}
	}
	if len(run) > 0 {
		out = append(out, Unmatched{Acceptances: run})
	}
	return out
}

// UnusedAcceptances returns the acceptances of the settings that name a file (File) which
// none of the results checked. The AcceptanceRule judges an acceptance only in a workbook it
// applies to, so these would otherwise go unsaid.
func UnusedAcceptances(s *Settings, results []*Result) []Acceptance {
	var out []Acceptance
	for _, a := range s.Accept {
		if a.File == "" {
			continue
		}
		used := false
		for _, r := range results {
			used = used || (r.Err == nil && r.About == "" && a.AppliesTo(r.Path))
		}
		if !used {
			out = append(out, a)
		}
	}
	return out
}

func normalRule(id string) string { return strings.ToUpper(strings.TrimSpace(id)) }

// BatchPass is one rule's run across the results of every file of a run.
type BatchPass struct {
	Rule     *Rule
	Results  []*Result
	Settings *Settings
	b        *batch
}

// Report records a finding of the pass's rule in one file's result, at a cell named by its
// sheet and A1 reference ("" for a finding about the whole workbook).
func (p *BatchPass) Report(r *Result, sheet, cell string, msg Text, expected, actual string) {
	p.b.collector(r).add(Finding{Rule: p.Rule.ID, Severity: p.Rule.Severity, Sheet: sheet, Cell: cell,
		Message: msg, Expected: expected, Actual: actual, scope: p.Rule.Scope})
}

// ReportMissing records a finding about a file the batch lacks, such as a unit of the
// settings' list with no workbook: it gets a result of its own, with no path.
func (p *BatchPass) ReportMissing(unit string, msg Text, expected string) {
	r := &Result{Unit: unit, About: "unit"}
	p.b.extra = append(p.b.extra, r)
	p.Report(r, "", "", msg, expected, "")
}

// ReportSettings records a finding about the settings file rather than a workbook (an
// acceptance across files that matched nothing): it goes to a result of its own, named by
// the settings file.
func (p *BatchPass) ReportSettings(msg Text) {
	p.Report(p.b.settingsResult(), "", "", msg, "", "")
}

// Unmatched returns the acceptances of the settings that matched no finding where they are
// judged: set only for the AcceptanceRule, which runs after every other rule.
func (p *BatchPass) Unmatched() []Unmatched { return p.b.unmatched }
