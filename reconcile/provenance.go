package reconcile

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"time"
)

// Provenance records how a report was made (issue #9): the tool and the rule catalogue that
// checked, the settings in force, when, and which files, by their SHA-256, so that an auditor
// can show later what was checked and how. Every report that is kept (JSON, HTML, the
// annotated copy, lkjip diff's JSON and copy) carries it; the printers take it as it is and
// never read a file themselves.
type Provenance struct {
	// Tool is lkjip's version as the binary knows it (see ToolVersion).
	Tool string
	// Catalogue identifies the rule catalogue (see CatalogueOf).
	Catalogue Catalogue
	// Settings is the settings file in force: its path and the SHA-256 of the bytes read, or
	// both empty for the defaults.
	Settings Source
	// Time is the start of the run (or of one sending to lkjip serve).
	Time time.Time
	// Inputs are the files read, in the order given.
	Inputs []FileRead
}

// Catalogue identifies a rule catalogue: how many rules it holds and a digest of every rule's
// ID, severity and titles. It is computed, so that it cannot be forgotten when a rule changes.
type Catalogue struct {
	Rules  int
	Digest string // the first 12 hexadecimal digits of the SHA-256
}

// Source is a file lkjip read its settings from; the zero value means the built-in defaults.
type Source struct {
	Path   string
	SHA256 string
}

// FileRead is one file read: its path as given (or its name, for an upload), its SHA-256 and
// size. Role says what it was for when a run reads files of different kinds: "old" and "new"
// for lkjip diff, "lra" for the finance system's export (check --lra); "" for a workbook
// checked. SHA256 is empty when the file could not be opened.
type FileRead struct {
	Path   string
	Role   string
	SHA256 string
	Bytes  int64
}

// NewProvenance records a run that starts at start, checks with the catalogue and the
// settings s (nil for the defaults). Inputs are added as they are known (AddResults, Add).
func NewProvenance(catalogue []*Rule, s *Settings, start time.Time) *Provenance {
	p := &Provenance{Tool: ToolVersion(), Catalogue: CatalogueOf(catalogue), Time: start}
	if s != nil {
		p.Settings = Source{Path: s.File, SHA256: s.FileSHA256}
	}
	return p
}

// AddResults records the inputs of checked files, in order; a result that names no file (a
// unit of the settings' list that the batch lacks) is left out.
func (p *Provenance) AddResults(role string, results ...*Result) {
	for _, r := range results {
		if r != nil && r.Path != "" {
			p.Inputs = append(p.Inputs, FileRead{Path: r.Path, Role: role, SHA256: r.SHA256, Bytes: r.Bytes})
		}
	}
}

// Add records a file read that is not a checked workbook (the LRA export), hashing it now.
func (p *Provenance) Add(path, role string) {
	sum, n, _ := FileSHA256(path)
	p.Inputs = append(p.Inputs, FileRead{Path: path, Role: role, SHA256: sum, Bytes: n})
}

// hashBuffers are FileSHA256's read buffers: a batch hashes thousands of files, and a new
// buffer for each would be garbage the collector of a batch, which waits long between its
// cycles, lets pile up.
var hashBuffers = sync.Pool{New: func() any { return new([32 << 10]byte) }}

// FileSHA256 returns the SHA-256 (hexadecimal) and the size of a file, read as a stream
// (read-only). After the file was checked it is in the page cache, so this costs little.
func FileSHA256(path string) (string, int64, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", 0, err
	}
	defer f.Close()
	buf := hashBuffers.Get().(*[32 << 10]byte)
	defer hashBuffers.Put(buf)
	h := sha256.New()
	// struct{ io.Reader } hides the file's WriteTo, which would ignore the buffer and allocate
	// its own.
	n, err := io.CopyBuffer(h, struct{ io.Reader }{f}, buf[:])
	if err != nil {
		return "", 0, err
	}
	return hex.EncodeToString(h.Sum(nil)), n, nil
}

// Release is lkjip's release number, raised when a release is cut. A report names it even
// when the binary was built without version control information (go run, go build
// -buildvcs=false), where the commit is unknown.
const Release = "0.5.0"

// ToolVersion is lkjip's version: the release, then what the build recorded: the main
// module's version when it is not "(devel)", and the commit (12 digits, "+modified" when the
// tree had changes) when the version does not already name it:
// "lkjip 0.5.0 1a2b3c4d5e6f+modified". A build without version control information gives
// "lkjip 0.5.0".
func ToolVersion() string {
	out := "lkjip " + Release
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return out
	}
	v := info.Main.Version
	if v != "" && v != "(devel)" {
		out += " " + v
	}
	var rev string
	modified := false
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			modified = s.Value == "true"
		}
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if rev != "" && !strings.Contains(v, rev) {
		out += " " + rev
		if modified {
			out += "+modified"
		}
	}
	return out
}

// CatalogueOf identifies a catalogue by the number of its rules and a digest of every rule's
// ID, severity and titles in both languages, taken in ID order: a rule added, removed,
// renamed or given another severity changes it; the order of the list does not.
func CatalogueOf(rules []*Rule) Catalogue {
	sorted := slices.Clone(rules)
	slices.SortFunc(sorted, func(a, b *Rule) int { return strings.Compare(a.ID, b.ID) })
	h := sha256.New()
	for _, r := range sorted {
		for _, s := range [...]string{r.ID, r.Severity.String(), r.Title.ID, r.Title.EN} {
			io.WriteString(h, s)
			h.Write([]byte{0})
		}
		h.Write([]byte{'\n'})
	}
	return Catalogue{Rules: len(rules), Digest: hex.EncodeToString(h.Sum(nil))[:12]}
}

// TimeText is the provenance's time as RFC 3339 with the zone: 2026-11-27T10:00:00+07:00.
func (p *Provenance) TimeText() string { return p.Time.Format(time.RFC3339) }

var monthNames = map[string][12]string{
	"id": {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"},
	"en": {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
}

// LocalTimeText is when the run began as people read it, in the computer's time zone: "6
// Desember 2026 20.30 WIB". Indonesia's zones are named (WIB, WITA, WIT by their offsets);
// another zone is its offset from UTC. JSON and the document properties keep TimeText.
func (p *Provenance) LocalTimeText(lang string) string {
	return LocalTime(p.Time.In(time.Local), lang)
}

// LocalTime formats t for people (see LocalTimeText).
func LocalTime(t time.Time, lang string) string {
	names, ok := monthNames[lang]
	if !ok {
		names = monthNames["id"]
	}
	clock := t.Format("15.04")
	if lang == "en" {
		clock = t.Format("15:04")
	}
	return fmt.Sprintf("%d %s %d %s %s", t.Day(), names[t.Month()-1], t.Year(), clock, zoneName(t))
}

func zoneName(t time.Time) string {
	_, off := t.Zone()
	switch off {
	case 7 * 3600:
		return "WIB"
	case 8 * 3600:
		return "WITA"
	case 9 * 3600:
		return "WIT"
	case 0:
		return "UTC"
	}
	sign := "+"
	if off < 0 {
		sign, off = "-", -off
	}
	if off%3600 == 0 {
		return fmt.Sprintf("UTC%s%d", sign, off/3600)
	}
	return fmt.Sprintf("UTC%s%d:%02d", sign, off/3600, off%3600/60)
}
