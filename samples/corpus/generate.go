package corpus

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"

	"lkjip/samples/build"
)

// File is one workbook Generate wrote.
type File struct {
	Path      string // dir/<kabupaten>-<kecamatan>-<year>.xlsx
	Truth     string // Path + ".truth.json"
	Unit      string // "Kecamatan Lasem"
	Kabupaten string // "Rembang"
	Year      int
	// Seed rebuilds the file's content: Workbook(Seed, name, Kabupaten, Year, Kinds).
	Seed  int64
	Kinds []string // the fault kinds asked for, in the order applied; nil for a clean file
	// Faults is the file's truth: the faults injected, each followed by the figures that
	// follow it (Because); empty for a clean file.
	Faults []Fault
	Bytes  int64 // the size of the .xlsx
}

// Truth is the content of a ground-truth file: the workbook's file name (beside the truth
// file), its unit and year, and the findings lkjip must report in it (Fault): each fault
// injected, at the cell a careful auditor marks, and the figures computed from a faulty one
// that follow it. A clean workbook has no faults: lkjip must report nothing in it.
type Truth struct {
	File   string  `json:"file"`
	Unit   string  `json:"unit"`
	Year   int     `json:"year"`
	Seed   int64   `json:"seed"`
	Faults []Fault `json:"faults"`
}

// ReadTruth reads a ground-truth file.
func ReadTruth(path string) (*Truth, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var t Truth
	if err := json.Unmarshal(data, &t); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &t, nil
}

// job is what one file needs, drawn before any file is written so that the corpus does not
// depend on the order the workers take the files in.
type job struct {
	name, kabupaten, slug string
	year                  int
	seed                  int64
	kinds                 []string
}

// Generate writes n workbooks into dir (created if missing): for each, a kecamatan of a real
// kabupaten, a report year from 2019 to 2025 and a clean Unit, written in the plain layout
// as dir/<kabupaten>-<kecamatan>-<year>.xlsx (lower case, a number after the kecamatan once
// the kecamatan are used up), and its ground truth beside it as ....xlsx.truth.json. A file
// gets faults with probability faultRate % (0 to 100): a random non-empty subset of kinds,
// each injected once; the other files are clean. The same arguments give the same files.
// Files are written in parallel, one per core at a time; Generate returns them in order.
func Generate(dir string, n int, seed int64, kinds []string, faultRate int) ([]File, error) {
	if n < 0 || faultRate < 0 || faultRate > 100 {
		return nil, fmt.Errorf("corpus: n %d and fault rate %d: want n >= 0 and a rate from 0 to 100", n, faultRate)
	}
	for _, k := range kinds {
		if Describe(k) == "" {
			return nil, fmt.Errorf("corpus: unknown fault kind %q (known: %s)", k, strings.Join(Kinds(), ", "))
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}

	rng := newRand(seed, saltCorpus)
	type place struct{ kabupaten, kecamatan string }
	var places []place
	for _, r := range regions {
		for _, k := range r.kecamatan {
			places = append(places, place{r.kabupaten, k})
		}
	}
	order := rng.Perm(len(places))
	jobs := make([]job, n)
	used := map[string]bool{}
	for i := range jobs {
		p := places[order[i%len(places)]]
		name := p.kecamatan
		if round := i / len(places); round > 0 {
			name = fmt.Sprintf("%s %d", p.kecamatan, round+1)
		}
		year := 2019 + rng.IntN(7)
		slug := fmt.Sprintf("%s-%s-%d", slugOf(p.kabupaten), slugOf(name), year)
		for k := 2; used[slug]; k++ { // never happens with the names above; kept for safety
			slug = fmt.Sprintf("%s-%s-%d-%d", slugOf(p.kabupaten), slugOf(name), year, k)
		}
		used[slug] = true
		jobs[i] = job{name: name, kabupaten: p.kabupaten, slug: slug, year: year, seed: int64(rng.Uint64() >> 1)}
		if len(kinds) > 0 && rng.IntN(100) < faultRate {
			chosen := rng.Perm(len(kinds))[:1+rng.IntN(len(kinds))]
			slices.Sort(chosen)
			for _, c := range chosen {
				jobs[i].kinds = append(jobs[i].kinds, kinds[c])
			}
		}
	}

	files := make([]File, n)
	errs := make([]error, n)
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), max(n, 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				files[i], errs[i] = write(dir, jobs[i])
			}
		}()
	}
	for i := range jobs {
		next <- i
	}
	close(next)
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return files, nil
}

// Workbook is the content of a corpus file: Unit(seed, name, kabupaten, year) with the kinds
// injected by Inject, drawing places from a stream of seed apart from the unit's figures.
// Faults is empty, never nil, for a clean workbook.
func Workbook(seed int64, name, kabupaten string, year int, kinds []string) (*build.Workbook, []Fault) {
	w := Unit(seed, name, kabupaten, year)
	faults := []Fault{}
	if len(kinds) > 0 {
		faults = Inject(w, kinds, newRand(seed, saltFault))
	}
	return w, faults
}

// write builds, breaks and writes one file with its truth.
func write(dir string, j job) (File, error) {
	w, faults := Workbook(j.seed, j.name, j.kabupaten, j.year, j.kinds)
	f := File{Path: filepath.Join(dir, j.slug+".xlsx"), Unit: w.Sheet(build.Identitas).Pairs[0].Value.Text,
		Kabupaten: j.kabupaten, Year: j.year, Seed: j.seed, Kinds: j.kinds, Faults: faults}
	f.Truth = f.Path + ".truth.json"
	if err := w.Write(f.Path, build.Layout{}); err != nil {
		return f, err
	}
	data, err := json.MarshalIndent(Truth{File: filepath.Base(f.Path), Unit: f.Unit, Year: f.Year, Seed: f.Seed, Faults: faults}, "", "  ")
	if err != nil {
		return f, err
	}
	if err := os.WriteFile(f.Truth, append(data, '\n'), 0o644); err != nil {
		return f, err
	}
	st, err := os.Stat(f.Path)
	if err != nil {
		return f, err
	}
	f.Bytes = st.Size()
	return f, nil
}

// slugOf makes a file-name part of a name: "Pakis Aji" is "pakis-aji".
func slugOf(s string) string {
	return strings.ReplaceAll(strings.ToLower(strings.TrimSpace(s)), " ", "-")
}
