package layout

import (
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
)

var (
	reSD    = regexp.MustCompile(`(?i)\bs\s*[./]\s*d\b\.?`)
	reYear  = regexp.MustCompile(`\b(19|20)\d\d\b`)
	reSplit = regexp.MustCompile(`[^a-z0-9]+`)
)

// dropWords carry no meaning for matching a label: units and the word "tahun" before a year.
var dropWords = map[string]bool{"rp": true, "tahun": true, "th": true, "thn": true, "tahunan": false}

// synonyms fold spellings that mean the same word.
var synonyms = map[string]string{
	"prosentase": "persen", "persentase": "persen", "presentase": "persen", "pct": "persen",
	"efektifitas": "efektifitas", "efektivitas": "efektifitas",
	"keg": "kegiatan", "prog": "program", "jml": "jumlah", "gol": "golongan",
	"realisai": "realisasi", "polarisasi": "polaritas",
}

// norm turns a label into lower-case words without punctuation, years or units, so that
// "% Capaian s/d 2020", "Capaian S.D. Tahun 2020" and "capaian sd" all read "persen capaian sd".
func norm(s string) string {
	return strings.Join(words(s), " ")
}

func words(s string) []string { return wordsOpt(s, true) }

// wordCache keeps the words of the labels already seen, across files: a batch of thousands
// of workbooks carries the same few hundred labels, and normalising one takes regular
// expressions. It stops growing at maxCached entries, so hostile input cannot fill memory.
var (
	wordCache  sync.Map // cacheKey -> []string
	cacheCount atomic.Int64
)

const maxCached = 1 << 16

type cacheKey struct {
	s         string
	dropUnits bool
}

// wordsOpt is words; dropUnits false keeps "tahun" and "rp", which label/value sheets need
// ("Tahun Laporan" must not read "laporan"). The result is shared: do not modify it.
func wordsOpt(s string, dropUnits bool) []string {
	if len(s) > 200 {
		return computeWords(s, dropUnits)
	}
	k := cacheKey{s, dropUnits}
	if v, ok := wordCache.Load(k); ok {
		return v.([]string)
	}
	w := computeWords(s, dropUnits)
	if cacheCount.Load() < maxCached {
		if _, loaded := wordCache.LoadOrStore(k, w); !loaded {
			cacheCount.Add(1)
		}
	}
	return w
}

func computeWords(s string, dropUnits bool) []string {
	s = strings.ToLower(s)
	s = reSD.ReplaceAllString(s, " sd ")
	s = strings.ReplaceAll(s, "%", " persen ")
	s = reYear.ReplaceAllString(s, " ")
	var out []string
	seen := map[string]bool{}
	for _, w := range reSplit.Split(s, -1) {
		if w == "" || (dropUnits && dropWords[w]) {
			continue
		}
		if syn, ok := synonyms[w]; ok {
			w = syn
		}
		if w == "persen" && seen[w] {
			continue // "Prosentase (%)" says persen twice
		}
		seen[w] = true
		out = append(out, w)
	}
	return out
}

// normName normalises a sheet name: lower case without spaces, "_", "-" (spec) and digits,
// so that "Realisasi_Anggaran 2021" reads "realisasianggaran".
func normName(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// matchScore scores how well a normalised label matches an alias (given as its words): an
// exact match beats any containment, and a longer alias beats a shorter one. 0 means no
// match. Labels and aliases are a few words long: plain loops beat building sets.
func matchScore(label []string, aw []string) int {
	if len(aw) == 0 || len(label) == 0 {
		return 0
	}
	exact := len(label) == len(aw)
	for i, w := range aw {
		if exact && label[i] != w {
			exact = false
		}
		found := false
		for _, l := range label {
			if l == w {
				found = true
				break
			}
		}
		if !found {
			return 0
		}
	}
	if exact {
		return 1000 + len(aw)
	}
	// Containment: more alias words is better; extra label words cost a little. "persen"
	// (a % sign) says little on its own and weighs less, so that "% Capaian s/d" is read as
	// "capaian sd", not as "persen capaian".
	score := 0
	for _, w := range aw {
		if w == "persen" {
			score += 10
		} else {
			score += 100
		}
	}
	return score - (len(label) - len(aw))
}

// yearIn returns the last year written in a label ("% Capaian s/d 2020" gives 2020).
func yearIn(s string) int {
	// reYear's last match, scanned by hand: every header cell of every file asks, and the
	// regular expression was a tenth of finding a header.
	for i := len(s) - 4; i >= 0; i-- {
		if (s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') && isDigit(s[i+2]) && isDigit(s[i+3]) &&
			(i == 0 || !isWordByte(s[i-1])) && (i+4 == len(s) || !isWordByte(s[i+4])) {
			return int(s[i]-'0')*1000 + int(s[i+1]-'0')*100 + int(s[i+2]-'0')*10 + int(s[i+3]-'0')
		}
	}
	return 0
}

// markScore is the score of a label holding a mark word: above any exact alias (1000+).
const markScore = 5000

func hasAny(words, set []string) bool {
	for _, w := range set {
		for _, l := range words {
			if l == w {
				return true
			}
		}
	}
	return false
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// isWordByte is regexp's \w, which \b turns on: ASCII letters, digits and the underscore.
func isWordByte(c byte) bool {
	return isDigit(c) || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_'
}

// aliasCache remembers, per schema and label text, which column spec matches best: across a
// batch the same labels are matched against the same aliases thousands of times. Bounded like
// wordCache. A plain map under a read lock: a sync.Map boxes every key into an interface,
// an allocation per lookup, and the lookups are nearly all hits.
var aliasCache = struct {
	sync.RWMutex
	m map[aliasKey]aliasMatch
}{m: map[aliasKey]aliasMatch{}}

type aliasKey struct {
	kind string
	text string
}

type aliasMatch struct{ spec, score int }

// maxHeaderLabelLen bounds a column's label: a header names a column in a few words, and a
// longer text is a paragraph (a title, a note, an indicator's definition in a data row that
// the header search tries) whose words would cost a regular-expression pass every time, as
// texts that long are not cached.
const maxHeaderLabelLen = 200

// bestAlias returns the index in sc.cols of the spec whose alias matches text best, and the
// score; -1 when none matches.
func bestAlias(sc *schema, text string) (int, int) {
	if len(text) > maxHeaderLabelLen {
		return -1, 0
	}
	k := aliasKey{string(sc.kind), text}
	aliasCache.RLock()
	m, ok := aliasCache.m[k]
	aliasCache.RUnlock()
	if ok {
		return m.spec, m.score
	}
	lw := words(text)
	best := aliasMatch{spec: -1}
	if !hasAny(lw, sc.veto) {
		for i := range sc.cols {
			for _, a := range sc.cols[i].aliasWords() {
				if s := matchScore(lw, a); s > best.score {
					best = aliasMatch{spec: i, score: s}
				}
			}
		}
		// A mark word decides over every alias, for a label that matches some column of the
		// schema at all: its words are read for their meaning, not as a whole phrase. A
		// label marked for two columns ("Sisa (%)": a share of the budget left, neither an
		// amount nor the realisation's %) is none of them.
		marked := -1
		for i := range sc.cols {
			if best.spec >= 0 && hasAny(lw, sc.cols[i].marks) {
				if marked >= 0 {
					best = aliasMatch{spec: -1}
					break
				}
				marked = i
				best = aliasMatch{spec: i, score: markScore}
			}
		}
	}
	aliasCache.Lock()
	if len(aliasCache.m) < maxCached {
		aliasCache.m[k] = best
	}
	aliasCache.Unlock()
	return best.spec, best.score
}
