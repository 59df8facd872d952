package reconcile

import (
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"sync"

	"github.com/shopspring/decimal"
)

// Spill keeps the findings and indicators of a batch's checked files in a temporary file until
// they are printed, so that a batch holds only a small record per file in memory: its path,
// unit, year, counts and recap figures. Without it, every kecamatan of the country checked in
// one run would keep some 50,000 findings alive, and the collector, bound by the batch's
// memory limit, would spend a third of the run tracing them again and again (issue #5).
//
// A Spill is safe for concurrent use. Close removes its file.
type Spill struct {
	mu   sync.Mutex
	f    *os.File
	size int64
}

// NewSpill creates a spill file in the system's temporary folder, readable by its owner only.
func NewSpill() (*Spill, error) {
	f, err := os.CreateTemp("", "lkjip-*.spill")
	if err != nil {
		return nil, err
	}
	return &Spill{f: f}, nil
}

// Close closes and removes the spill file; results spilled to it can no longer be read.
func (s *Spill) Close() error {
	if s == nil {
		return nil
	}
	return errors.Join(s.f.Close(), os.Remove(s.f.Name()))
}

// spilled says where a result's findings and indicators wait, and what they count, so that
// the totals and the exit status need not read them back.
type spilled struct {
	spill     *Spill
	off       int64
	n         int
	bySev     [3]int // findings that count, by severity
	accepted  int
	following int
}

// store moves a result's findings and its summary's indicators to the spill file. When the
// file cannot be written the result keeps them in memory, as without a spill.
func (s *Spill) store(r *Result) {
	if r.Err != nil || (len(r.Findings) == 0 && (r.Summary == nil || len(r.Summary.Indicators) == 0)) {
		return
	}
	var ind []Indicator
	if r.Summary != nil {
		ind = r.Summary.Indicators
	}
	data := encodeSpilled(r.Findings, ind)
	s.mu.Lock()
	off := s.size
	_, err := s.f.WriteAt(data, off)
	if err == nil {
		s.size += int64(len(data))
	}
	s.mu.Unlock()
	if err != nil {
		return
	}
	sp := &spilled{spill: s, off: off, n: len(data)}
	for _, f := range r.Findings {
		switch {
		case f.Accepted:
			sp.accepted++
		case f.Because != "":
			sp.following++
		case f.Severity >= Info && f.Severity <= Error:
			sp.bySev[f.Severity]++
		}
	}
	r.spilled, r.Findings = sp, nil
	if r.Summary != nil {
		r.Summary.Indicators = nil
	}
}

// load reads back what store wrote.
func (sp *spilled) load() ([]Finding, []Indicator, error) {
	data := make([]byte, sp.n)
	if _, err := sp.spill.f.ReadAt(data, sp.off); err != nil {
		return nil, nil, err
	}
	return decodeSpilled(data)
}

// Loaded returns the result with every finding in memory, in reading order: the result itself,
// or, when a batch spilled its findings to disk, a copy holding them read back (not kept) with
// those added since, such as the checks across files. Printers take each file's result from
// here, one file at a time.
func (r *Result) Loaded() (*Result, error) {
	if r.spilled == nil {
		return r, nil
	}
	back, ind, err := r.spilled.load()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", r.Path, err)
	}
	c := *r
	c.spilled, c.Findings = nil, append(back, r.Findings...)
	if r.Summary != nil {
		sum := *r.Summary
		sum.Indicators = ind
		c.Summary = &sum
	}
	if len(r.Findings) > 0 {
		sortFindings(c.Findings, c.SheetOrder)
	}
	return &c, nil
}

// Indicators returns the Pengukuran indicators of the result's summary, read back from the
// spill file when a batch moved them there.
func (r *Result) Indicators() ([]Indicator, error) {
	if r.spilled == nil {
		if r.Summary == nil {
			return nil, nil
		}
		return r.Summary.Indicators, nil
	}
	_, ind, err := r.spilled.load()
	return ind, err
}

// The encoding is private to one run: lengths and strings, in the order of the fields.

func putString(b []byte, s string) []byte {
	return append(binary.AppendUvarint(b, uint64(len(s))), s...)
}

func putInt(b []byte, n int) []byte { return binary.AppendVarint(b, int64(n)) }

func encodeSpilled(findings []Finding, ind []Indicator) []byte {
	b := make([]byte, 0, 64+len(findings)*160+len(ind)*96)
	b = putInt(b, len(findings))
	for _, f := range findings {
		for _, s := range [...]string{f.Rule, f.Sheet, f.Cell, f.Message.ID, f.Message.EN, f.Expected, f.Actual, f.Reason, f.Fix, f.Because} {
			b = putString(b, s)
		}
		b = putInt(b, len(f.Candidates))
		for _, c := range f.Candidates {
			b = putString(b, c)
		}
		accepted := 0
		if f.Accepted {
			accepted = 1
		}
		b = putInt(putInt(putInt(putInt(putInt(b, int(f.Severity)), accepted), f.row), f.col), int(f.scope))
	}
	b = putInt(b, len(ind))
	for _, x := range ind {
		b = putString(putString(putString(b, x.Key), x.Name), x.Sheet)
		for _, c := range x.Capaian {
			present := 0
			if c.Present {
				present = 1
				b = putString(putInt(b, present), c.Cell)
				b = putInt(putString(b, c.Value.String()), c.Decimals)
				continue
			}
			b = putInt(b, present)
		}
	}
	return b
}

var errSpillCorrupt = errors.New("spill file corrupt")

type spillReader struct {
	b   []byte
	err error
}

func (d *spillReader) int() int {
	n, k := binary.Varint(d.b)
	if k <= 0 {
		d.err, d.b = errSpillCorrupt, nil
		return 0
	}
	d.b = d.b[k:]
	return int(n)
}

func (d *spillReader) string() string {
	n, k := binary.Uvarint(d.b)
	if k <= 0 || uint64(len(d.b)-k) < n {
		d.err, d.b = errSpillCorrupt, nil
		return ""
	}
	s := string(d.b[k : k+int(n)])
	d.b = d.b[k+int(n):]
	return s
}

func decodeSpilled(data []byte) ([]Finding, []Indicator, error) {
	d := &spillReader{b: data}
	n := d.int()
	if n < 0 || n > len(data) {
		return nil, nil, errSpillCorrupt
	}
	findings := make([]Finding, 0, n)
	for i := 0; i < n && d.err == nil; i++ {
		var f Finding
		for _, s := range [...]*string{&f.Rule, &f.Sheet, &f.Cell, &f.Message.ID, &f.Message.EN, &f.Expected, &f.Actual, &f.Reason, &f.Fix, &f.Because} {
			*s = d.string()
		}
		if k := d.int(); k > 0 && k <= len(data) {
			f.Candidates = make([]string, k)
			for j := range f.Candidates {
				f.Candidates[j] = d.string()
			}
		}
		f.Severity = Severity(d.int())
		f.Accepted = d.int() == 1
		f.row, f.col, f.scope = d.int(), d.int(), Scope(d.int())
		findings = append(findings, f)
	}
	m := d.int()
	if m < 0 || m > len(data) {
		return nil, nil, errSpillCorrupt
	}
	ind := make([]Indicator, 0, m)
	for i := 0; i < m && d.err == nil; i++ {
		x := Indicator{Key: d.string(), Name: d.string(), Sheet: d.string()}
		for j := range x.Capaian {
			if d.int() != 1 {
				continue
			}
			c := Figure{Cell: d.string(), Present: true}
			v, err := decimal.NewFromString(d.string())
			if err != nil && d.err == nil {
				d.err = errSpillCorrupt
			}
			c.Value, c.Decimals = v, d.int()
			x.Capaian[j] = c
		}
		ind = append(ind, x)
	}
	if d.err != nil {
		return nil, nil, d.err
	}
	return findings, ind, nil
}
