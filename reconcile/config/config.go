// Package config reads lkjip's settings file, checks it, and writes the commented defaults
// that `lkjip config` prints to start from.
//
// The file is YAML (read with github.com/goccy/go-yaml, whose parser keeps every node's line).
// It is read from the syntax tree, never through a generic decoder, for two reasons: every
// mistake, a misspelt key as much as an unknown rule or a scale with a gap, is reported as one
// message naming the file and the line ("lkjip.yaml:7: ..."); and numbers (tolerances, the
// scale's bounds) are taken from their literal text as decimals, so that 0.01 or 89.5 never
// pass through float64.
//
//	rules:                       # by rule ID (lkjip rules)
//	  LRA002: {severity: warning, tolerance: 0.01}
//	  PGK004: {enabled: false}
//	formulas: {negatif: 2T-R, efisiensi: 100-serapan}
//	deadline: 1 April            # sign before this day of year T+1
//	scale:                       # replaces every workbook's predikat scale
//	  - {from: 91, label: Sangat Tinggi}
//	  - {from: 76, to: 91, label: Tinggi}
//	units:                       # the units a batch should hold
//	  - {name: Kecamatan Kragan, kabupaten: Kabupaten Rembang}
//	accept:                      # known findings, with the reason
//	  - {rule: LRA002, sheet: Realisasi Anggaran, cell: F7, reason: "...", file: kragan-2021.xlsx}
package config

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"
	"github.com/shopspring/decimal"

	"lkjip/reconcile"
	"lkjip/reconcile/workbook"
)

// Error is a settings file lkjip cannot use: one message naming the file and, where it can,
// the line.
type Error struct {
	File    string
	Line    int // 1-based; 0 when the message is about the whole file
	Message reconcile.Text
}

// Error returns the message in Indonesian, as In("id").
func (e *Error) Error() string { return e.In("id") }

// In returns "FILE:LINE: message" in a language ("en" or Indonesian).
func (e *Error) In(lang string) string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Message.In(lang))
	}
	return fmt.Sprintf("%s: %s", e.File, e.Message.In(lang))
}

// Load reads the settings file at path over the defaults (reconcile.DefaultSettings). The
// catalogue is the rules a rule ID may name (rules.All); with none, any ID is taken. A file
// that cannot be read or used gives an *Error. The settings record the file's path and the
// SHA-256 of the very bytes parsed (File, FileSHA256), for the reports' provenance.
func Load(path string, catalogue []*reconcile.Rule) (*reconcile.Settings, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, &Error{File: path, Message: reconcile.Msg("berkas pengaturan tidak dapat dibaca (%v).",
			"the settings file cannot be read (%v).", err)}
	}
	s, err := Parse(path, data, catalogue)
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(data)
	s.File, s.FileSHA256 = path, hex.EncodeToString(sum[:])
	return s, nil
}

// Parse reads settings text over the defaults; name is the file's name for messages.
func Parse(name string, data []byte, catalogue []*reconcile.Rule) (s *reconcile.Settings, err error) {
	l := &loader{file: name, s: reconcile.DefaultSettings()}
	if catalogue != nil {
		l.known = map[string]string{}
		for _, r := range catalogue {
			l.known[strings.ToUpper(r.ID)] = r.ID
		}
	}
	defer func() {
		if v := recover(); v != nil {
			e, ok := v.(*Error)
			if !ok {
				panic(v)
			}
			s, err = nil, e
		}
	}()
	f, perr := parser.ParseBytes(data, 0)
	if perr != nil {
		var ye yaml.Error
		line := 0
		msg := perr.Error()
		if errors.As(perr, &ye) {
			msg = ye.GetMessage()
			if tk := ye.GetToken(); tk != nil && tk.Position != nil {
				line = tk.Position.Line
			}
		}
		return nil, &Error{File: name, Line: line, Message: reconcile.Msg("YAML tidak sah: %s.", "invalid YAML: %s.", msg)}
	}
	var body ast.Node
	for i, doc := range f.Docs {
		if doc == nil || doc.Body == nil {
			continue
		}
		if body != nil {
			l.fail(doc.Body, "berkas pengaturan memuat lebih dari satu dokumen YAML (dokumen ke-%d); gabungkan menjadi satu.",
				"the settings file holds more than one YAML document (document %d); merge them into one.", i+1)
		}
		body = doc.Body
	}
	l.top(body)
	return l.s, nil
}

// loader walks the syntax tree into Settings; fail panics with an *Error that Parse recovers.
type loader struct {
	file  string
	known map[string]string // upper-case ID -> ID, nil when any ID is taken
	s     *reconcile.Settings
}

func (l *loader) fail(n ast.Node, id, en string, args ...any) {
	panic(&Error{File: l.file, Line: line(n), Message: reconcile.Msg(id, en, args...)})
}

func line(n ast.Node) int {
	if n == nil || n.GetToken() == nil || n.GetToken().Position == nil {
		return 0
	}
	return n.GetToken().Position.Line
}

// entry is one key: value of a mapping.
type entry struct {
	key   string
	keyAt ast.Node
	value ast.Node
}

// mapping returns the entries of a mapping node (none for an empty value); anything else is
// an error naming what was expected.
func (l *loader) mapping(n ast.Node, what reconcile.Text) []entry {
	n = l.plain(n)
	var values []*ast.MappingValueNode
	switch m := n.(type) {
	case nil, *ast.NullNode:
		return nil
	case *ast.MappingNode:
		values = m.Values
	case *ast.MappingValueNode:
		values = []*ast.MappingValueNode{m}
	default:
		l.fail(n, "%s harus berupa pemetaan (kunci: nilai).", "%s must be a mapping (key: value).", what)
	}
	var out []entry
	for _, mv := range values {
		if _, merge := mv.Key.(*ast.MergeKeyNode); merge {
			l.fail(mv.Key, "kunci gabungan \"<<\" tidak didukung; tulis kuncinya satu per satu.",
				"the merge key \"<<\" is not supported; write the keys out.")
		}
		key, ok := l.scalar(mv.Key)
		if !ok {
			l.fail(mv.Key, "kunci harus berupa teks sederhana.", "a key must be plain text.")
		}
		out = append(out, entry{key: strings.TrimSpace(key), keyAt: mv.Key, value: mv.Value})
	}
	return out
}

// sequence returns the items of a sequence node (none for an empty value).
func (l *loader) sequence(n ast.Node, what reconcile.Text) []ast.Node {
	n = l.plain(n)
	switch s := n.(type) {
	case nil, *ast.NullNode:
		return nil
	case *ast.SequenceNode:
		return s.Values
	}
	l.fail(n, "%s harus berupa daftar (baris berawalan \"- \").", "%s must be a list (lines starting with \"- \").", what)
	return nil
}

// plain refuses the YAML features a settings file has no use for and that would make a
// line number point elsewhere than the value: anchors, aliases and tags.
func (l *loader) plain(n ast.Node) ast.Node {
	switch n.(type) {
	case *ast.AnchorNode, *ast.AliasNode:
		l.fail(n, "jangkar dan alias YAML (&, *) tidak didukung; tulis nilainya langsung.",
			"YAML anchors and aliases (&, *) are not supported; write the value out.")
	case *ast.TagNode:
		l.fail(n, "tag YAML (!!) tidak didukung; tulis nilainya langsung.", "YAML tags (!!) are not supported; write the value out.")
	}
	return n
}

// scalar returns a scalar's text exactly as written (a number's literal digits, a string
// unquoted); ok is false for a mapping or a list. An empty value (null, ~) is "".
func (l *loader) scalar(n ast.Node) (string, bool) {
	n = l.plain(n)
	switch v := n.(type) {
	case nil, *ast.NullNode:
		return "", true
	case *ast.StringNode:
		return v.Value, true
	case *ast.LiteralNode:
		return strings.TrimRight(v.Value.Value, "\n"), true
	case *ast.IntegerNode, *ast.FloatNode, *ast.BoolNode, *ast.InfinityNode, *ast.NanNode:
		return n.GetToken().Value, true
	}
	return "", false
}

// text returns a scalar value as text, or fails naming the key.
func (l *loader) text(e entry) string {
	s, ok := l.scalar(e.value)
	if !ok {
		l.fail(e.value, "nilai %q harus berupa teks atau angka, bukan pemetaan atau daftar.",
			"the value of %q must be text or a number, not a mapping or a list.", e.key)
	}
	return strings.TrimSpace(s)
}

// dec reads a decimal from a value's literal text ("0.01", "89.5"), never through float64.
func (l *loader) dec(e entry) decimal.Decimal {
	s := l.text(e)
	if strings.Contains(s, ",") {
		l.fail(e.value, "%s: %q bukan angka; tulis desimal dengan titik, seperti %s.",
			"%s: %q is not a number; write decimals with a point, as in %s.", e.key, s, strings.ReplaceAll(s, ",", "."))
	}
	d, err := decimal.NewFromString(strings.ReplaceAll(s, "_", ""))
	if err != nil || s == "" {
		l.fail(e.value, "%s: %q bukan angka; tulis seperti 0.01 atau 89.5.", "%s: %q is not a number; write it as 0.01 or 89.5.", e.key, s)
	}
	return d
}

// unknown fails on a key a section does not have, naming those it has.
func (l *loader) unknown(e entry, where string, keys ...string) {
	in := ""
	if where != "" {
		in = " (" + where + ")"
	}
	l.fail(e.keyAt, "kunci %q tidak dikenal%s; yang dikenal: %s.", "unknown key %q%s; known keys: %s.",
		e.key, in, strings.Join(keys, ", "))
}

// once fails on a key written twice in one mapping under different spellings the parser
// takes as different keys ("Sheet" and "sheet").
func (l *loader) once(seen map[string]ast.Node, e entry, key string) {
	if first, dup := seen[key]; dup {
		l.fail(e.keyAt, "%q sudah ditulis di baris %d.", "%q is already given on line %d.", e.key, line(first))
	}
	seen[key] = e.keyAt
}

var topKeys = []string{"rules", "formulas", "deadline", "scale", "units", "accept", "limits", "serve"}

func (l *loader) top(body ast.Node) {
	seen := map[string]ast.Node{}
	for _, e := range l.mapping(body, reconcile.Text{ID: "Berkas pengaturan", EN: "The settings file"}) {
		key := strings.ToLower(e.key)
		l.once(seen, e, key)
		switch key {
		case "rules":
			l.rules(e.value)
		case "formulas":
			l.formulas(e.value)
		case "deadline":
			l.deadline(e)
		case "scale":
			l.scale(e)
		case "units":
			l.units(e.value)
		case "accept":
			l.accept(e.value)
		case "limits":
			l.limits(e.value)
		case "serve":
			l.serve(e.value)
		default:
			l.unknown(e, "", topKeys...)
		}
	}
}

// rule returns the catalogue's ID for a rule ID as written, or fails.
func (l *loader) rule(n ast.Node, id string) string {
	if id == "" {
		l.fail(n, "ID aturan kosong; lihat lkjip rules.", "empty rule ID; see lkjip rules.")
	}
	if l.known == nil {
		return strings.ToUpper(id)
	}
	known, ok := l.known[strings.ToUpper(id)]
	if !ok {
		l.fail(n, "aturan %q tidak ada; lihat lkjip rules.", "no rule %q; see lkjip rules.", id)
	}
	return known
}

func (l *loader) rules(n ast.Node) {
	seen := map[string]ast.Node{}
	for _, r := range l.mapping(n, reconcile.Text{ID: "rules", EN: "rules"}) {
		id := l.rule(r.keyAt, r.key)
		l.once(seen, r, id)
		where := "rules." + r.key
		fields := map[string]ast.Node{}
		for _, e := range l.mapping(r.value, reconcile.Text{ID: where, EN: where}) {
			key := strings.ToLower(e.key)
			l.once(fields, e, key)
			switch key {
			case "severity":
				sev, ok := reconcile.ParseSeverity(l.text(e))
				if !ok {
					l.fail(e.value, "tingkat %q tidak dikenal; pilih error, warning atau info (kesalahan, peringatan, catatan).",
						"unknown severity %q; choose error, warning or info (kesalahan, peringatan, catatan).", l.text(e))
				}
				if l.s.Severities == nil {
					l.s.Severities = map[string]reconcile.Severity{}
				}
				l.s.Severities[id] = sev
			case "tolerance":
				tol := l.dec(e)
				if tol.IsNegative() {
					l.fail(e.value, "toleransi tidak boleh negatif (%s).", "a tolerance cannot be negative (%s).", tol.String())
				}
				if l.s.Tolerances == nil {
					l.s.Tolerances = map[string]decimal.Decimal{}
				}
				l.s.Tolerances[id] = tol
			case "enabled":
				b, ok := e.value.(*ast.BoolNode)
				if !ok {
					l.fail(e.value, "enabled harus true atau false, tertulis %q.", "enabled must be true or false, it says %q.", l.text(e))
				}
				if !b.Value {
					if l.s.Disabled == nil {
						l.s.Disabled = map[string]bool{}
					}
					l.s.Disabled[id] = true
				}
			default:
				l.unknown(e, where, "severity", "tolerance", "enabled")
			}
		}
	}
}

func (l *loader) formulas(n ast.Node) {
	seen := map[string]ast.Node{}
	for _, e := range l.mapping(n, reconcile.Text{ID: "formulas", EN: "formulas"}) {
		key := strings.ToLower(e.key)
		l.once(seen, e, key)
		v := strings.ToUpper(strings.Join(strings.Fields(l.text(e)), ""))
		switch key {
		case "negatif":
			switch v {
			case strings.ToUpper(reconcile.NegatifDefault):
				l.s.Negatif = reconcile.NegatifDefault
			case strings.ToUpper(reconcile.NegatifRatio):
				l.s.Negatif = reconcile.NegatifRatio
			default:
				l.fail(e.value, "rumus negatif %q tidak dikenal; pilih %s ((2 x Target - Realisasi) / Target x 100) atau %s (Target / Realisasi x 100).",
					"unknown negatif formula %q; choose %s ((2 x Target - Realisasi) / Target x 100) or %s (Target / Realisasi x 100).",
					l.text(e), reconcile.NegatifDefault, reconcile.NegatifRatio)
			}
		case "efisiensi":
			if v != strings.ToUpper(reconcile.EfisiensiDefault) {
				l.fail(e.value, "rumus efisiensi %q tidak dikenal; saat ini hanya %s (100 - %% Serapan).",
					"unknown efisiensi formula %q; there is only %s (100 - %% Serapan) for now.", l.text(e), reconcile.EfisiensiDefault)
			}
			l.s.Efisiensi = reconcile.EfisiensiDefault
		default:
			l.unknown(e, "formulas", "negatif", "efisiensi")
		}
	}
}

// months are the month names a deadline may use, Indonesian and English (and their common
// short forms).
var months = map[string]int{
	"januari": 1, "january": 1, "jan": 1,
	"februari": 2, "pebruari": 2, "february": 2, "feb": 2, "peb": 2,
	"maret": 3, "march": 3, "mar": 3,
	"april": 4, "apr": 4,
	"mei": 5, "may": 5,
	"juni": 6, "june": 6, "jun": 6,
	"juli": 7, "july": 7, "jul": 7,
	"agustus": 8, "august": 8, "agu": 8, "agt": 8, "aug": 8,
	"september": 9, "sep": 9, "sept": 9,
	"oktober": 10, "october": 10, "okt": 10, "oct": 10,
	"november": 11, "nopember": 11, "nov": 11, "nop": 11,
	"desember": 12, "december": 12, "des": 12, "dec": 12,
}

// monthDays are the days of each month in every year: 29 February is refused, since a
// deadline must fall in every year T+1.
var monthDays = [13]int{0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

var reDeadline = regexp.MustCompile(`^(\d{1,2})\s+(\pL+)$`)

// deadline reads "1 April": a day and a month name. A bare date such as 2022-04-01 is refused:
// the deadline falls in the year after each report year, whichever it is.
func (l *loader) deadline(e entry) {
	s := l.text(e)
	m := reDeadline.FindStringSubmatch(s)
	month := 0
	day := 0
	if m != nil {
		month = months[strings.ToLower(m[2])]
		day, _ = strconv.Atoi(m[1])
	}
	if month == 0 {
		l.fail(e.value, "batas waktu %q tidak terbaca; tulis tanggal dan nama bulan tanpa tahun, seperti 1 April atau 31 Maret.",
			"the deadline %q cannot be read; write a day and a month name without a year, as in 1 April or 31 Maret.", s)
	}
	if day < 1 || day > monthDays[month] {
		l.fail(e.value, "batas waktu %q bukan tanggal yang ada setiap tahun.", "the deadline %q is not a date every year has.", s)
	}
	l.s.DeadlineMonth, l.s.DeadlineDay = month, day
}

// limits reads the bounds of what lkjip reads from one file: max_unzip_mib, the size in MiB
// the parts read may unpack to (a zip bomb is refused beyond it).
func (l *loader) limits(body ast.Node) {
	seen := map[string]ast.Node{}
	for _, e := range l.mapping(body, reconcile.Text{ID: "limits", EN: "limits"}) {
		key := strings.ToLower(e.key)
		l.once(seen, e, key)
		switch key {
		case "max_unzip_mib":
			n, err := strconv.Atoi(l.text(e))
			if err != nil || n < 1 || n > 4096 {
				l.fail(e.value, "max_unzip_mib %q harus bilangan bulat 1 sampai 4096 (MiB).", "max_unzip_mib %q must be a whole number from 1 to 4096 (MiB).", l.text(e))
				continue
			}
			l.s.MaxUnzipMiB = n
		default:
			l.unknown(e, "limits", "max_unzip_mib")
		}
	}
}

// serve reads the bounds of one sending to lkjip serve: max_upload_mib, the size in MiB of its
// files together, and max_files, how many files it may hold.
func (l *loader) serve(body ast.Node) {
	seen := map[string]ast.Node{}
	for _, e := range l.mapping(body, reconcile.Text{ID: "serve", EN: "serve"}) {
		key := strings.ToLower(e.key)
		l.once(seen, e, key)
		switch key {
		case "max_upload_mib":
			n, err := strconv.Atoi(l.text(e))
			if err != nil || n < 1 || n > 1024 {
				l.fail(e.value, "max_upload_mib %q harus bilangan bulat 1 sampai 1024 (MiB).", "max_upload_mib %q must be a whole number from 1 to 1024 (MiB).", l.text(e))
				continue
			}
			l.s.Serve.MaxUploadMiB = n
		case "max_files":
			n, err := strconv.Atoi(l.text(e))
			if err != nil || n < 1 || n > 1000 {
				l.fail(e.value, "max_files %q harus bilangan bulat 1 sampai 1000.", "max_files %q must be a whole number from 1 to 1000.", l.text(e))
				continue
			}
			l.s.Serve.MaxFiles = n
		default:
			l.unknown(e, "serve", "max_upload_mib", "max_files")
		}
	}
}

// band is one row of the scale as written, with where its parts stand.
type band struct {
	workbook.Band
	hasFrom, hasTo   bool
	at, fromAt, toAt ast.Node
	fromText, toText string
	labelAt          ast.Node
}

func (l *loader) scale(e entry) {
	items := l.sequence(e.value, reconcile.Text{ID: "scale", EN: "scale"})
	if len(items) == 0 {
		l.fail(e.keyAt, "skala kosong; beri pita-pitanya, atau hapus kunci scale untuk memakai skala buku kerja.",
			"the scale is empty; give its bands, or remove the scale key to use the workbook's scale.")
	}
	var bands []band
	labels := map[string]band{}
	for _, it := range items {
		b := band{at: it}
		fields := map[string]ast.Node{}
		for _, f := range l.mapping(it, reconcile.Text{ID: "Setiap pita skala", EN: "Each band of the scale"}) {
			key := strings.ToLower(f.key)
			l.once(fields, f, key)
			switch key {
			case "from":
				b.Lower, b.hasFrom, b.fromAt, b.fromText = l.dec(f), true, f.value, l.text(f)
			case "to":
				b.Upper, b.hasTo, b.toAt, b.toText = l.dec(f), true, f.value, l.text(f)
			case "label":
				b.Label, b.labelAt = l.text(f), f.value
			default:
				l.unknown(f, "scale", "from", "to", "label")
			}
		}
		if b.Label == "" {
			l.fail(it, "pita skala tanpa label (Predikat).", "a band of the scale without a label (Predikat).")
		}
		if !b.hasFrom && !b.hasTo {
			l.fail(it, "pita %q tanpa batas: beri from (Batas Bawah) dan, bila perlu, to (Batas Atas).",
				"the band %q has no bound: give from (Batas Bawah) and, where needed, to (Batas Atas).", b.Label)
		}
		if b.hasFrom && b.hasTo && !b.Upper.GreaterThan(b.Lower) {
			l.fail(b.toAt, "pita %q: batas atas %s harus lebih besar dari batas bawah %s.",
				"band %q: the upper bound %s must be greater than the lower bound %s.", b.Label, b.toText, b.fromText)
		}
		key := strings.ToLower(strings.Join(strings.Fields(b.Label), " "))
		if first, dup := labels[key]; dup {
			l.fail(b.labelAt, "label %q sudah dipakai pita di baris %d.", "the label %q is already used by the band on line %d.", b.Label, line(first.at))
		}
		labels[key] = b
		bands = append(bands, b)
	}
	// Highest first, as workbook.Scale holds them; the one band without a lower bound ("below
	// 51") goes last.
	sort.SliceStable(bands, func(i, j int) bool {
		a, b := bands[i], bands[j]
		if a.hasFrom != b.hasFrom {
			return a.hasFrom
		}
		return a.Lower.GreaterThan(b.Lower)
	})
	out := &workbook.Scale{}
	for i := range bands {
		b := &bands[i]
		if !b.hasFrom {
			if i != len(bands)-1 {
				l.fail(b.at, "hanya satu pita, yang terbawah, boleh tanpa from (Batas Bawah); pita %q juga tanpa from.",
					"only one band, the lowest, may lack from (Batas Bawah); the band %q lacks it too.", bands[i+1].Label)
			}
			// The lowest band takes everything below its upper bound: its lower bound is its
			// upper one, as the reader does for a Skala row "below 50".
			b.Lower = b.Upper
		}
		if i > 0 {
			above := bands[i-1]
			if b.hasFrom && b.Lower.Equal(above.Lower) {
				l.fail(b.fromAt, "pita %q dan %q sama-sama mulai di %s: skala tumpang tindih.",
					"the bands %q and %q both start at %s: the scale overlaps.", above.Label, b.Label, b.fromText)
			}
			if !b.hasTo {
				b.Upper = above.Lower // up to the next band: contiguous by construction
			}
			switch {
			case b.Upper.GreaterThan(above.Lower):
				l.fail(b.toAt, "pita %q (sampai %s) tumpang tindih dengan pita %q yang mulai di %s; batas atasnya harus %s.",
					"the band %q (up to %s) overlaps the band %q, which starts at %s; its upper bound must be %s.",
					b.Label, b.toText, above.Label, above.fromText, above.fromText)
			case b.Upper.LessThan(above.Lower):
				l.fail(b.toAt, "ada celah antara %s dan %s tanpa predikat: pita %q berakhir di %s, pita %q mulai di %s; skala harus bersambung.",
					"there is a gap without a predikat between %s and %s: the band %q ends at %s, the band %q starts at %s; the scale must be contiguous.",
					b.toText, above.fromText, b.Label, b.toText, above.Label, above.fromText)
			}
		}
		b.HasUpper = b.hasTo || i > 0
		out.Bands = append(out.Bands, b.Band)
	}
	l.s.Scale = out
}

func (l *loader) units(n ast.Node) {
	seen := map[string]ast.Node{}
	for _, it := range l.sequence(n, reconcile.Text{ID: "units", EN: "units"}) {
		var u reconcile.Unit
		fields := map[string]ast.Node{}
		for _, f := range l.mapping(it, reconcile.Text{ID: "Setiap instansi di units", EN: "Each unit under units"}) {
			key := strings.ToLower(f.key)
			l.once(fields, f, key)
			switch key {
			case "name":
				u.Name = l.text(f)
			case "kabupaten":
				u.Kabupaten = l.text(f)
			default:
				l.unknown(f, "units", "name", "kabupaten")
			}
		}
		if u.Name == "" {
			l.fail(it, "instansi tanpa name (Nama Instansi, seperti Kecamatan Kragan).", "a unit without a name (Nama Instansi, such as Kecamatan Kragan).")
		}
		key := strings.ToLower(u.Name + "\x00" + u.Kabupaten)
		if first, dup := seen[key]; dup {
			l.fail(it, "instansi %q sudah ada di baris %d.", "the unit %q is already listed on line %d.", u.Name, line(first))
		}
		seen[key] = it
		l.s.Units = append(l.s.Units, u)
	}
}

func (l *loader) accept(n ast.Node) {
	seen := map[string]ast.Node{}
	for _, it := range l.sequence(n, reconcile.Text{ID: "accept", EN: "accept"}) {
		a := reconcile.Acceptance{At: fmt.Sprintf("%s:%d", l.file, line(it))}
		var ruleAt, cellAt ast.Node
		fields := map[string]ast.Node{}
		for _, f := range l.mapping(it, reconcile.Text{ID: "Setiap penerimaan di accept", EN: "Each acceptance under accept"}) {
			key := strings.ToLower(f.key)
			l.once(fields, f, key)
			switch key {
			case "rule":
				a.Rule, ruleAt = l.text(f), f.value
			case "sheet":
				a.Sheet = l.text(f)
			case "cell":
				a.Cell, cellAt = l.text(f), f.value
			case "file":
				a.File = l.text(f)
			case "reason":
				a.Reason = l.text(f)
			default:
				l.unknown(f, "accept", "rule", "sheet", "cell", "reason", "file")
			}
		}
		if ruleAt == nil {
			l.fail(it, "penerimaan tanpa rule (ID aturan temuannya).", "an acceptance without a rule (the finding's rule ID).")
		}
		a.Rule = l.rule(ruleAt, a.Rule)
		if a.Rule == reconcile.AcceptanceRule {
			l.fail(ruleAt, "%s tidak dapat diterima: hapus atau perbaiki penerimaan yang tidak cocok itu.",
				"%s cannot be accepted: remove or fix the acceptance that matches nothing.", a.Rule)
		}
		if a.Reason == "" {
			l.fail(it, "penerimaan %s tanpa reason: tulis alasan temuan ini diterima.", "the acceptance of %s has no reason: say why the finding is accepted.", a.Rule)
		}
		if a.Cell != "" {
			norm, _, _, ok := reconcile.ParseCell(a.Cell)
			if !ok {
				l.fail(cellAt, "sel %q bukan alamat sel seperti F7.", "the cell %q is not a cell reference such as F7.", a.Cell)
			}
			if a.Sheet == "" {
				l.fail(cellAt, "sel %s tanpa sheet: tulis juga sheet-nya.", "the cell %s has no sheet: give the sheet too.", norm)
			}
			a.Cell = norm
		}
		key := strings.ToLower(strings.Join([]string{a.File, a.Rule, a.Sheet, a.Cell}, "\x00"))
		if first, dup := seen[key]; dup {
			l.fail(it, "penerimaan yang sama sudah ada di baris %d.", "the same acceptance is already given on line %d.", line(first))
		}
		seen[key] = it
		l.s.Accept = append(l.s.Accept, a)
	}
}
