package corpus

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/shopspring/decimal"

	"lkjip/reconcile/terbilang"
	"lkjip/samples/build"
)

// Fault is one entry of a workbook's ground truth: a finding lkjip must report, at the cell
// (in the plain layout) a careful auditor would mark (spec, "Which cell a finding names").
type Fault struct {
	Rule  string `json:"rule"`
	Sheet string `json:"sheet"`
	Cell  string `json:"cell"`
	// Expected is what the rule must say the cell should hold, in plain notation ("98.32",
	// "2739149000", "Amat Baik"), judged against its inputs as they should read: the figure
	// of the workbook before any fault. "" where the finding has none to give (a NIP cut
	// short, a total whose rows could each be the wrong one).
	Expected string `json:"expected"`
	// Candidates lists cells ("Realisasi Anggaran!C7") that must stand among the finding's
	// candidates: where the figures cannot tell which of several cells is wrong, the finding
	// stands at Cell (the total) and names them, and the truth names the one that was changed.
	Candidates []string `json:"candidates,omitempty"`
	// Because is set for a figure computed from a wrong one: the cause's cell ("Identitas!B12"),
	// which is itself a fault of the truth. Such a finding follows its cause and counts as no
	// error; it is expected only where the truth lists it.
	Because string `json:"because,omitempty"`
}

// Ref is the fault's cell as findings name cells in Candidates and Because: "Sheet!A1".
func (f Fault) Ref() string { return f.Sheet + "!" + f.Cell }

// Follows reports whether the entry is a figure that only follows another fault (Because).
func (f Fault) Follows() bool { return f.Because != "" }

// A fault kind breaks one figure of a consistent workbook so that exactly one finding
// results, at the cell its rule names, and nothing else changes its verdict. Most kinds
// change one derived cell and nothing else. Where a derived figure feeds others as written,
// those are derived again (PGK001); where a wrong total can only show against figures that
// moved (LRA003, LRA004, PK002), the figures below it move together and each keeps its own
// Selisih and %, so that the total, alone, no longer follows.
type kind struct {
	rule    string
	changes string
	inject  func(*injector) (Fault, bool)
}

// kinds lists the fault kinds in the order Inject applies them: first those that derive
// other figures again or move figures below a total, then those that change one cell. A
// one-cell fault computes its expected value from the workbook as it then stands, and never
// picks a cell another fault changed.
var kinds = []kind{
	{"LRA003", "Realisasi Anggaran: one sub kegiatan's Anggaran or Realisasi moves, with its own Selisih and %, " +
		"so that its kegiatan's Anggaran or Realisasi (the finding's cell) is no longer the sum of its sub kegiatan", (*injector).lra003},
	{"LRA004", "Realisasi Anggaran: one sub kegiatan's Anggaran moves, and so do its kegiatan's and its program's, " +
		"each with its Selisih and %; the Jumlah Anggaran (the finding's cell) stays and is no longer the sum of the programs", (*injector).lra004},
	{"PGK001", "Pengukuran: one indicator's % Capaian T; the figures that average the written capaian follow it: " +
		"Ringkasan Capaian Sasaran n, Rata-rata Capaian and Predikat, Anggaran Sasaran % Capaian Kinerja", (*injector).pgk001},
	{"IDN004", "Identitas: Pagu Anggaran or Realisasi Anggaran, with its terbilang spelled again", (*injector).idn004},
	{"PK002", "PK: one sasaran's Anggaran (Rp) and the Jumlah by the same amount (the Jumlah, no longer the pagu, is the finding's cell)", (*injector).pk002},
	{"LRA001", "Realisasi Anggaran: one Selisih (a program, kegiatan, sub kegiatan or the Jumlah)", (*injector).lra001},
	{"LRA002", "Realisasi Anggaran: one % (any row or the Jumlah)", (*injector).lra002},
	{"LRA008", "Realisasi Anggaran: one Selisih written with the opposite sign", (*injector).lra008},
	{"PGK002", "Pengukuran: one indicator's % Capaian s/d", (*injector).pgk002},
	{"PGK003", "Pengukuran: one indicator's Predikat (another label)", (*injector).pgk003},
	{"PGK004", "Pengukuran: the year of one column label (Target, Realisasi, a % Capaian, Target Akhir Renstra, % Capaian s/d), off by one", (*injector).pgk004},
	{"ASR001", "Anggaran Sasaran: one % Serapan (a sasaran or the Jumlah)", (*injector).asr001},
	{"ASR002", "Anggaran Sasaran: one % Efisiensi (a sasaran or the Jumlah)", (*injector).asr002},
	{"ASR003", "Anggaran Sasaran: one sasaran's % Capaian Kinerja", (*injector).asr003},
	{"RGK001", "Ringkasan: one Capaian Sasaran n", (*injector).rgk001},
	{"RGK002", "Ringkasan: Rata-rata Capaian", (*injector).rgk002},
	{"RGK003", "Ringkasan: Predikat (another label)", (*injector).rgk003},
	{"RGK004", "Ringkasan: % Serapan Anggaran", (*injector).rgk004},
	{"TBL001", "Identitas or Ringkasan: one terbilang with a scale word (juta, ribu, miliar) dropped", (*injector).tbl001},
	{"NIP001", "Identitas: NIP without its 3-digit sequence (15 digits)", (*injector).nip001},
	{"IDN003", "Identitas: Tanggal moved out of 1 January-31 March of the next year", (*injector).idn003},
	{"IDN005", "Identitas: Jumlah Kegiatan off by one", (*injector).idn005},
	{"UM008", "the No of the last numbered row of a table (IKU, PK, Pengukuran, Anggaran Sasaran, Pegawai, Inventaris) repeats the one before", (*injector).um008},
	{"PGW004", "Pegawai: one count of a Jumlah row, one more", (*injector).pgw004},
	{"INV002", "Inventaris: one Kondisi written \"Hilang\"", (*injector).inv002},
	{"SKL001", "Skala: the Batas Atas of a row below the top, one more (an overlap: no predikat changes)", (*injector).skl001},
}

// Kinds lists the fault kinds, named by the rule that reports them, in the order Inject
// applies them.
func Kinds() []string {
	out := make([]string, len(kinds))
	for i, k := range kinds {
		out[i] = k.rule
	}
	return out
}

// Describe says which cells a fault kind changes; "" for an unknown kind.
func Describe(rule string) string {
	for _, k := range kinds {
		if k.rule == rule {
			return k.changes
		}
	}
	return ""
}

// ParseKinds reads a list of kinds: "all", "none" or "", or rule IDs separated by commas.
func ParseKinds(s string) ([]string, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "all":
		return Kinds(), nil
	case "", "none":
		return nil, nil
	}
	var out []string
	for _, f := range strings.Split(s, ",") {
		f = strings.ToUpper(strings.TrimSpace(f))
		if Describe(f) == "" {
			return nil, fmt.Errorf("unknown fault kind %q (known: %s)", f, strings.Join(Kinds(), ", "))
		}
		if !slices.Contains(out, f) {
			out = append(out, f)
		}
	}
	return out, nil
}

// Inject breaks w: each kind of the list (named by its rule, see Kinds) once, at a place
// drawn with rng, so that checking w written in the plain layout gives exactly one finding
// per fault, at the fault's cell, and no other. A repeated kind counts once; a kind with no
// place left in w is skipped. It returns the faults in the order applied, and panics on an
// unknown kind. w must be a consistent workbook shaped like those of Unit (build.Clean()
// is one).
func Inject(w *build.Workbook, list []string, rng *rand.Rand) []Fault {
	want := map[string]bool{}
	for _, k := range list {
		if Describe(k) == "" {
			panic(fmt.Sprintf("corpus: unknown fault kind %q", k))
		}
		want[k] = true
	}
	in := &injector{w: w, rng: rng, touched: map[string]bool{}, reserved: map[string]bool{}}
	var out []Fault
	for _, k := range kinds {
		if !want[k.rule] {
			continue
		}
		if f, ok := k.inject(in); ok {
			out = append(out, f)
		}
	}
	return out
}

// injector applies faults to one workbook, remembering the cells faults changed.
type injector struct {
	w       *build.Workbook
	rng     *rand.Rand
	touched map[string]bool // "Sheet!A1" of every cell a fault changed or relies on
	// reserved holds the programs (Kode) whose sums a fault relies on: no other fault moves
	// figures under them.
	reserved map[string]bool
}

func key(k build.Kind, ref string) string { return k.String() + "!" + ref }

func (in *injector) free(k build.Kind, refs ...string) bool {
	for _, r := range refs {
		if in.touched[key(k, r)] {
			return false
		}
	}
	return true
}

func (in *injector) touch(k build.Kind, refs ...string) {
	for _, r := range refs {
		in.touched[key(k, r)] = true
	}
}

// fault records a fault at a cell, which no later fault then picks.
func (in *injector) fault(rule string, k build.Kind, ref, expected string) (Fault, bool) {
	in.touch(k, ref)
	return Fault{Rule: rule, Sheet: build.SheetName(k, build.Layout{}), Cell: ref, Expected: expected}, true
}

// one draws one of n places; ok is false when there is none.
func (in *injector) one(n int) (int, bool) {
	if n == 0 {
		return 0, false
	}
	return in.rng.IntN(n), true
}

// pick draws one of the candidate rows that ok accepts, and false when none does.
func (in *injector) pick(candidates []int, ok func(i int) bool) (int, bool) {
	rows := slices.DeleteFunc(slices.Clone(candidates), func(i int) bool { return !ok(i) })
	n, found := in.one(len(rows))
	if !found {
		return 0, false
	}
	return rows[n], true
}

// upTo lists 0 .. n-1.
func upTo(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}

// offPct moves a percentage by 0,10 to 3,00, down when it can.
func (in *injector) offPct(d decimal.Decimal) decimal.Decimal {
	off := hundredths(between(in.rng, 10, 300))
	if in.rng.IntN(2) == 0 && d.GreaterThanOrEqual(off) {
		return d.Sub(off)
	}
	return d.Add(off)
}

// offAmount moves an amount by 1.000 to 5.000.000 rupiah, down when it can.
func (in *injector) offAmount(d decimal.Decimal) decimal.Decimal {
	off := decimal.NewFromInt(between(in.rng, 1, 5000) * 1000)
	if in.rng.IntN(2) == 0 && d.GreaterThan(off) {
		return d.Sub(off)
	}
	return d.Add(off)
}

// otherLabel is a predikat other than label.
func (in *injector) otherLabel(label string) string {
	var others []string
	for _, l := range predikatLabels {
		if l != label {
			others = append(others, l)
		}
	}
	return others[in.rng.IntN(len(others))]
}

// rowOf returns a table's data row, or its Jumlah row for totalRow.
func rowOf(t *build.Table, i int) []build.Cell {
	if i == totalRow {
		return t.Total
	}
	return t.Rows[i]
}

// figure reads a cell that must hold a figure.
func figure(c build.Cell) decimal.Decimal {
	d, _, ok := valueOf(c)
	if !ok {
		panic(fmt.Sprintf("corpus: %q is no figure", c.Text))
	}
	return d
}

// --- Realisasi Anggaran --------------------------------------------------------

// budget is the Realisasi Anggaran table with its columns and its rows' nesting by Kode.
type budget struct {
	s                       *build.Sheet
	t                       *build.Table
	kode, a, r, selisih, pc int
	parent                  []int // -1 for a level-one row
	children                [][]int
}

func (in *injector) budget() *budget {
	s := in.w.Sheet(build.RealisasiAnggaran)
	if s == nil || len(s.Tables) == 0 {
		return nil
	}
	t := &s.Tables[0]
	b := &budget{s: s, t: t, kode: column(t, "Kode"), a: column(t, "Anggaran"), r: column(t, "Realisasi"),
		selisih: column(t, "Selisih"), pc: column(t, "%")}
	if b.kode < 0 || b.a < 0 || b.r < 0 || b.selisih < 0 || b.pc < 0 || t.Total == nil {
		return nil
	}
	b.parent = make([]int, len(t.Rows))
	b.children = make([][]int, len(t.Rows))
	for i, row := range t.Rows {
		b.parent[i] = -1
		for j := i - 1; j >= 0; j-- {
			if strings.HasPrefix(row[b.kode].Text, t.Rows[j][b.kode].Text+".") {
				b.parent[i] = j
				b.children[j] = append(b.children[j], i)
				break
			}
		}
	}
	return b
}

func (b *budget) ref(row, col int) string { return tableRef(b.s, 0, row, col) }
func (b *budget) get(row, col int) decimal.Decimal {
	return figure(rowOf(b.t, row)[col])
}
func (b *budget) set(row, col int, d decimal.Decimal) { rowOf(b.t, row)[col] = amount(d) }

// derive writes a row's Selisih and % from its Anggaran and Realisasi.
func (b *budget) derive(row int) {
	a, r := b.get(row, b.a), b.get(row, b.r)
	rowOf(b.t, row)[b.selisih] = amount(a.Sub(r))
	rowOf(b.t, row)[b.pc] = pct(percent(r, a))
}

// program is the Kode of the level-one row above a row.
func (b *budget) program(row int) string {
	for b.parent[row] >= 0 {
		row = b.parent[row]
	}
	return b.t.Rows[row][b.kode].Text
}

// rows lists the data rows and the Jumlah row.
func (b *budget) rows() []int {
	out := make([]int, 0, len(b.t.Rows)+1)
	for i := range b.t.Rows {
		out = append(out, i)
	}
	return append(out, totalRow)
}

func (in *injector) lra003() (Fault, bool) {
	b := in.budget()
	if b == nil {
		return Fault{}, false
	}
	var leaves []int
	for i := range b.t.Rows {
		p := b.parent[i]
		if len(b.children[i]) == 0 && p >= 0 && !in.reserved[b.program(i)] &&
			in.free(build.RealisasiAnggaran, b.ref(i, b.a), b.ref(i, b.r), b.ref(i, b.selisih), b.ref(i, b.pc), b.ref(p, b.a), b.ref(p, b.r)) {
			leaves = append(leaves, i)
		}
	}
	n, ok := in.one(len(leaves))
	if !ok {
		return Fault{}, false
	}
	leaf := leaves[n]
	a, r := b.get(leaf, b.a).IntPart(), b.get(leaf, b.r).IntPart()
	col := b.r
	if in.rng.IntN(2) == 0 {
		col = b.a
		if in.rng.IntN(2) == 0 && a-r >= 2 {
			b.set(leaf, col, decimal.NewFromInt(r+between(in.rng, 1, a-r-1))) // still above Realisasi
		} else {
			b.set(leaf, col, decimal.NewFromInt(a+between(in.rng, 1, 5000)*10_000))
		}
	} else {
		if in.rng.IntN(2) == 0 && a-r >= 2 {
			b.set(leaf, col, decimal.NewFromInt(r+between(in.rng, 1, a-r-1))) // still below Anggaran
		} else {
			b.set(leaf, col, decimal.NewFromInt(r-between(in.rng, 1, max(1, r/5))))
		}
	}
	b.derive(leaf)
	p := b.parent[leaf]
	var sum decimal.Decimal
	for _, c := range b.children[p] {
		sum = sum.Add(b.get(c, col))
	}
	in.touch(build.RealisasiAnggaran, b.ref(leaf, b.a), b.ref(leaf, b.r), b.ref(leaf, b.selisih), b.ref(leaf, b.pc),
		b.ref(p, b.a), b.ref(p, b.r))
	in.reserved[b.program(leaf)] = true
	return in.fault("LRA003", build.RealisasiAnggaran, b.ref(p, col), plain(sum, 0))
}

func (in *injector) lra004() (Fault, bool) {
	b := in.budget()
	if b == nil || !in.free(build.RealisasiAnggaran, b.ref(totalRow, b.a)) {
		return Fault{}, false
	}
	path := func(leaf int) []int {
		var p []int
		for i := leaf; i >= 0; i = b.parent[i] {
			p = append(p, i)
		}
		return p
	}
	cells := func(rows []int) []string {
		var refs []string
		for _, i := range rows {
			refs = append(refs, b.ref(i, b.a), b.ref(i, b.selisih), b.ref(i, b.pc))
		}
		return refs
	}
	var leaves []int
	for i := range b.t.Rows {
		if len(b.children[i]) == 0 && !in.reserved[b.program(i)] && in.free(build.RealisasiAnggaran, cells(path(i))...) {
			leaves = append(leaves, i)
		}
	}
	n, ok := in.one(len(leaves))
	if !ok {
		return Fault{}, false
	}
	rows := path(leaves[n])
	slack := int64(-1) // the smallest Selisih on the way up: how far the Anggaran may fall
	for _, i := range rows {
		if s := b.get(i, b.a).Sub(b.get(i, b.r)).IntPart(); slack < 0 || s < slack {
			slack = s
		}
	}
	delta := between(in.rng, 1, 10_000) * 10_000
	if in.rng.IntN(2) == 0 && slack >= 2 {
		delta = -between(in.rng, 1, slack-1)
	}
	for _, i := range rows {
		b.set(i, b.a, b.get(i, b.a).Add(decimal.NewFromInt(delta)))
		b.derive(i)
	}
	var sum decimal.Decimal
	for i := range b.t.Rows {
		if b.parent[i] < 0 {
			sum = sum.Add(b.get(i, b.a))
		}
	}
	in.touch(build.RealisasiAnggaran, cells(rows)...)
	in.reserved[b.program(rows[0])] = true
	return in.fault("LRA004", build.RealisasiAnggaran, b.ref(totalRow, b.a), plain(sum, 0))
}

// lraCell draws a row (or the Jumlah) whose cell in col no fault has changed.
func (in *injector) lraCell(b *budget, col int) (int, bool) {
	return in.pick(b.rows(), func(i int) bool { return in.free(build.RealisasiAnggaran, b.ref(i, col)) })
}

func (in *injector) lra001() (Fault, bool) {
	b := in.budget()
	if b == nil {
		return Fault{}, false
	}
	i, ok := in.lraCell(b, b.selisih)
	if !ok {
		return Fault{}, false
	}
	want := b.get(i, b.a).Sub(b.get(i, b.r))
	b.set(i, b.selisih, in.offAmount(want)) // never -want: both are positive
	return in.fault("LRA001", build.RealisasiAnggaran, b.ref(i, b.selisih), plain(want, 0))
}

func (in *injector) lra002() (Fault, bool) {
	b := in.budget()
	if b == nil {
		return Fault{}, false
	}
	i, ok := in.lraCell(b, b.pc)
	if !ok {
		return Fault{}, false
	}
	want := percent(b.get(i, b.r), b.get(i, b.a))
	rowOf(b.t, i)[b.pc] = pct(in.offPct(want))
	return in.fault("LRA002", build.RealisasiAnggaran, b.ref(i, b.pc), plain(want, 2))
}

func (in *injector) lra008() (Fault, bool) {
	b := in.budget()
	if b == nil {
		return Fault{}, false
	}
	i, ok := in.lraCell(b, b.selisih)
	if !ok {
		return Fault{}, false
	}
	want := b.get(i, b.a).Sub(b.get(i, b.r))
	if want.IsZero() {
		return Fault{}, false
	}
	b.set(i, b.selisih, want.Neg())
	return in.fault("LRA008", build.RealisasiAnggaran, b.ref(i, b.selisih), plain(want, 0))
}

// --- Pengukuran ------------------------------------------------------------------

// measurement is the Pengukuran table with its columns and the sasaran of each row.
type measurement struct {
	s                                          *build.Sheet
	t                                          *build.Table
	polar, target, real, capT, akhir, sd, pred int
	sasaran                                    []int // the sasaran index (0-based) of each row
	n                                          int   // the number of sasaran
}

func (in *injector) measurement() *measurement {
	s := in.w.Sheet(build.Pengukuran)
	if s == nil || len(s.Tables) == 0 {
		return nil
	}
	t := &s.Tables[0]
	m := &measurement{s: s, t: t, polar: column(t, "Polaritas"), target: column(t, "Target", "Target Akhir"),
		real: column(t, "Realisasi"), capT: column(t, "% Capaian", "% Capaian s/d"), akhir: column(t, "Target Akhir"),
		sd: column(t, "% Capaian s/d"), pred: column(t, "Predikat")}
	sas := column(t, "Sasaran")
	if m.target < 0 || m.real < 0 || m.capT < 0 || sas < 0 {
		return nil
	}
	for _, row := range t.Rows {
		if row[sas].Text != "" || m.n == 0 {
			m.n++
		}
		m.sasaran = append(m.sasaran, m.n-1)
	}
	return m
}

func (m *measurement) ref(row, col int) string { return tableRef(m.s, 0, row, col) }

// capaian recomputes row i's % capaian against the target in column target.
func (m *measurement) capaian(i, target int) decimal.Decimal {
	row := m.t.Rows[i]
	polar := "Positif"
	if m.polar >= 0 {
		polar = row[m.polar].Text
	}
	r := figure(row[m.real])
	if t, _, ok := valueOf(row[target]); ok {
		if polar == "Rentang" {
			polar = "Positif" // a single figure for a range target: Realisasi / Target
		}
		return capaian(polar, r, t, decimal.Zero, decimal.Zero)
	}
	lo, hi, ok := strings.Cut(row[target].Text, "–")
	if !ok {
		panic(fmt.Sprintf("corpus: target %q is neither a figure nor a range", row[target].Text))
	}
	l := decimal.RequireFromString(strings.TrimSpace(lo))
	h := decimal.RequireFromString(strings.TrimSpace(hi))
	return capaian("Rentang", r, decimal.Zero, l, h)
}

// summary averages the % Capaian T as written, per sasaran and over the sasaran, as
// Anggaran Sasaran and Ringkasan state them.
func (m *measurement) summary() ([]decimal.Decimal, decimal.Decimal) {
	sums := make([]decimal.Decimal, m.n)
	counts := make([]int, m.n)
	for i, row := range m.t.Rows {
		sums[m.sasaran[i]] = sums[m.sasaran[i]].Add(figure(row[m.capT]))
		counts[m.sasaran[i]]++
	}
	return capaianSummary(sums, counts)
}

// measuredCell draws a Pengukuran row whose cell in col no fault has changed.
func (in *injector) measuredCell(m *measurement, col int) (int, bool) {
	if col < 0 {
		return 0, false
	}
	return in.pick(upTo(len(m.t.Rows)), func(i int) bool { return in.free(build.Pengukuran, m.ref(i, col)) })
}

func (in *injector) pgk001() (Fault, bool) {
	m := in.measurement()
	if m == nil {
		return Fault{}, false
	}
	i, ok := in.measuredCell(m, m.capT)
	if !ok {
		return Fault{}, false
	}
	want := m.capaian(i, m.target)
	m.t.Rows[i][m.capT] = pct(in.offPct(want))
	f, _ := in.fault("PGK001", build.Pengukuran, m.ref(i, m.capT), plain(want, 2))
	in.summarize(m)
	return f, true
}

// summarize derives again the figures that average the written % Capaian T: Capaian
// Sasaran n, Rata-rata Capaian and Predikat in Ringkasan, % Capaian Kinerja in Anggaran
// Sasaran.
func (in *injector) summarize(m *measurement) {
	per, avg := m.summary()
	if r := in.w.Sheet(build.Ringkasan); r != nil {
		set := func(label string, c build.Cell) {
			if i := pair(r, label); i >= 0 && in.free(build.Ringkasan, pairRef(i)) {
				r.Pairs[i].Value = c
			}
		}
		for s, c := range per {
			set(fmt.Sprintf("Capaian Sasaran %d", s+1), pct(c))
		}
		set("Rata-rata Capaian", pct(avg))
		set("Predikat", build.T(predikat(avg)))
	}
	if s := in.w.Sheet(build.AnggaranSasaran); s != nil && len(s.Tables) > 0 {
		t := &s.Tables[0]
		if col := column(t, "% Capaian Kinerja"); col >= 0 {
			for i := range min(len(t.Rows), len(per)) {
				if in.free(build.AnggaranSasaran, tableRef(s, 0, i, col)) {
					t.Rows[i][col] = pct(per[i])
				}
			}
		}
	}
}

func (in *injector) pgk002() (Fault, bool) {
	m := in.measurement()
	if m == nil || m.akhir < 0 {
		return Fault{}, false
	}
	i, ok := in.measuredCell(m, m.sd)
	if !ok {
		return Fault{}, false
	}
	want := m.capaian(i, m.akhir)
	m.t.Rows[i][m.sd] = pct(in.offPct(want))
	return in.fault("PGK002", build.Pengukuran, m.ref(i, m.sd), plain(want, 2))
}

func (in *injector) pgk003() (Fault, bool) {
	m := in.measurement()
	if m == nil {
		return Fault{}, false
	}
	i, ok := in.measuredCell(m, m.pred)
	if !ok {
		return Fault{}, false
	}
	want := predikat(m.capaian(i, m.target))
	m.t.Rows[i][m.pred] = build.T(in.otherLabel(want))
	return in.fault("PGK003", build.Pengukuran, m.ref(i, m.pred), want)
}

func (in *injector) pgk004() (Fault, bool) {
	m := in.measurement()
	if m == nil {
		return Fault{}, false
	}
	var cols []int
	for c, col := range m.t.Columns {
		f := strings.Fields(col.Label)
		if len(f) > 1 && len(f[len(f)-1]) == 4 && allDigits(f[len(f)-1]) && in.free(build.Pengukuran, m.ref(headerRow, c)) {
			cols = append(cols, c)
		}
	}
	n, ok := in.one(len(cols))
	if !ok {
		return Fault{}, false
	}
	c := cols[n]
	label := m.t.Columns[c].Label
	at := strings.LastIndexByte(label, ' ') + 1
	year, _ := strconv.Atoi(label[at:])
	wrong := year + 1
	if in.rng.IntN(2) == 0 {
		wrong = year - 1
	}
	m.t.Columns[c].Label = label[:at] + strconv.Itoa(wrong)
	return in.fault("PGK004", build.Pengukuran, m.ref(headerRow, c), strconv.Itoa(year))
}

func allDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// --- Anggaran Sasaran ----------------------------------------------------------

// perSasaran returns the Anggaran Sasaran table and the address of a cell of it.
func (in *injector) perSasaran() (*build.Table, func(row, col int) string) {
	s := in.w.Sheet(build.AnggaranSasaran)
	if s == nil || len(s.Tables) == 0 {
		return nil, nil
	}
	return &s.Tables[0], func(row, col int) string { return tableRef(s, 0, row, col) }
}

// serapanCell draws a row (or the Jumlah) of Anggaran Sasaran whose cell in the column
// labelled label no fault has changed, and gives that row's Pagu and Realisasi.
func (in *injector) serapanCell(label string) (t *build.Table, row, col int, ref string, pagu, real decimal.Decimal, ok bool) {
	t, at := in.perSasaran()
	if t == nil {
		return nil, 0, 0, "", pagu, real, false
	}
	col, p, r := column(t, label), column(t, "Pagu"), column(t, "Realisasi")
	if col < 0 || p < 0 || r < 0 {
		return nil, 0, 0, "", pagu, real, false
	}
	var rows []int
	for i := range t.Rows {
		rows = append(rows, i)
	}
	if t.Total != nil {
		rows = append(rows, totalRow)
	}
	rows = slices.DeleteFunc(rows, func(i int) bool { return !in.free(build.AnggaranSasaran, at(i, col)) })
	n, ok := in.one(len(rows))
	if !ok {
		return nil, 0, 0, "", pagu, real, false
	}
	row = rows[n]
	return t, row, col, at(row, col), figure(rowOf(t, row)[p]), figure(rowOf(t, row)[r]), true
}

func (in *injector) asr001() (Fault, bool) {
	t, row, col, ref, pagu, real, ok := in.serapanCell("% Serapan")
	if !ok {
		return Fault{}, false
	}
	want := percent(real, pagu)
	rowOf(t, row)[col] = pct(in.offPct(want))
	return in.fault("ASR001", build.AnggaranSasaran, ref, plain(want, 2))
}

func (in *injector) asr002() (Fault, bool) {
	t, row, col, ref, pagu, real, ok := in.serapanCell("% Efisiensi")
	if !ok {
		return Fault{}, false
	}
	want := efisiensi(pagu, real)
	rowOf(t, row)[col] = pct(in.offPct(want))
	return in.fault("ASR002", build.AnggaranSasaran, ref, plain(want, 2))
}

func (in *injector) asr003() (Fault, bool) {
	t, at := in.perSasaran()
	m := in.measurement()
	if t == nil || m == nil {
		return Fault{}, false
	}
	col := column(t, "% Capaian Kinerja")
	per, _ := m.summary()
	i, ok := in.pick(upTo(min(len(t.Rows), len(per))), func(i int) bool { return col >= 0 && in.free(build.AnggaranSasaran, at(i, col)) })
	if !ok {
		return Fault{}, false
	}
	t.Rows[i][col] = pct(in.offPct(per[i]))
	return in.fault("ASR003", build.AnggaranSasaran, at(i, col), plain(per[i], 2))
}

// --- Ringkasan --------------------------------------------------------------------

// summaryPair finds a Ringkasan line no fault has changed.
func (in *injector) summaryPair(label string) (*build.Sheet, int, bool) {
	s := in.w.Sheet(build.Ringkasan)
	if s == nil {
		return nil, 0, false
	}
	i := pair(s, label)
	return s, i, i >= 0 && in.free(build.Ringkasan, pairRef(i))
}

func (in *injector) rgk001() (Fault, bool) {
	m := in.measurement()
	s := in.w.Sheet(build.Ringkasan)
	if m == nil || s == nil {
		return Fault{}, false
	}
	per, _ := m.summary()
	var lines []int
	for n := range per {
		if i := pair(s, fmt.Sprintf("Capaian Sasaran %d", n+1)); i >= 0 && in.free(build.Ringkasan, pairRef(i)) {
			lines = append(lines, n)
		}
	}
	k, ok := in.one(len(lines))
	if !ok {
		return Fault{}, false
	}
	n := lines[k]
	i := pair(s, fmt.Sprintf("Capaian Sasaran %d", n+1))
	s.Pairs[i].Value = pct(in.offPct(per[n]))
	return in.fault("RGK001", build.Ringkasan, pairRef(i), plain(per[n], 2))
}

func (in *injector) rgk002() (Fault, bool) {
	m := in.measurement()
	s, i, ok := in.summaryPair("Rata-rata Capaian")
	if m == nil || !ok {
		return Fault{}, false
	}
	_, avg := m.summary()
	s.Pairs[i].Value = pct(in.offPct(avg))
	return in.fault("RGK002", build.Ringkasan, pairRef(i), plain(avg, 2))
}

func (in *injector) rgk003() (Fault, bool) {
	m := in.measurement()
	s, i, ok := in.summaryPair("Predikat")
	if m == nil || !ok {
		return Fault{}, false
	}
	_, avg := m.summary()
	want := predikat(avg)
	s.Pairs[i].Value = build.T(in.otherLabel(want))
	return in.fault("RGK003", build.Ringkasan, pairRef(i), want)
}

func (in *injector) rgk004() (Fault, bool) {
	b := in.budget()
	s, i, ok := in.summaryPair("% Serapan Anggaran")
	if b == nil || !ok {
		return Fault{}, false
	}
	want := percent(b.get(totalRow, b.r), b.get(totalRow, b.a))
	s.Pairs[i].Value = pct(in.offPct(want))
	return in.fault("RGK004", build.Ringkasan, pairRef(i), plain(want, 2))
}

// --- Identitas, PK, terbilang ------------------------------------------------------

func (in *injector) idn004() (Fault, bool) {
	b := in.budget()
	s := in.w.Sheet(build.Identitas)
	if b == nil || s == nil {
		return Fault{}, false
	}
	var options []int
	for _, label := range []string{"Pagu Anggaran", "Realisasi Anggaran"} {
		i, w := pair(s, label), pair(s, label+" (terbilang)")
		if i >= 0 && in.free(build.Identitas, pairRef(i)) && (w < 0 || in.free(build.Identitas, pairRef(w))) {
			options = append(options, i)
		}
	}
	n, ok := in.one(len(options))
	if !ok {
		return Fault{}, false
	}
	i := options[n]
	label := s.Pairs[i].Label
	v := in.offAmount(figure(s.Pairs[i].Value))
	s.Pairs[i].Value = amount(v)
	if w := pair(s, label+" (terbilang)"); w >= 0 {
		s.Pairs[w].Value = build.T(spellRupiah(v))
		in.touch(build.Identitas, pairRef(w))
	}
	want := b.get(totalRow, b.a)
	if label == "Realisasi Anggaran" {
		want = b.get(totalRow, b.r)
	}
	return in.fault("IDN004", build.Identitas, pairRef(i), plain(want, 0))
}

func (in *injector) pk002() (Fault, bool) {
	b := in.budget()
	s := in.w.Sheet(build.PK)
	if b == nil || s == nil || len(s.Tables) == 0 || s.Tables[0].Total == nil {
		return Fault{}, false
	}
	t := &s.Tables[0]
	col := column(t, "Anggaran")
	if col < 0 || !in.free(build.PK, tableRef(s, 0, totalRow, col)) {
		return Fault{}, false
	}
	i, ok := in.pick(upTo(len(t.Rows)), func(i int) bool { return t.Rows[i][col].Num && in.free(build.PK, tableRef(s, 0, i, col)) })
	if !ok {
		return Fault{}, false
	}
	old := figure(t.Rows[i][col])
	moved := in.offAmount(old)
	t.Rows[i][col] = amount(moved)
	t.Total[col] = amount(figure(t.Total[col]).Add(moved.Sub(old)))
	in.touch(build.PK, tableRef(s, 0, i, col))
	return in.fault("PK002", build.PK, tableRef(s, 0, totalRow, col), plain(b.get(totalRow, b.a), 0))
}

func (in *injector) tbl001() (Fault, bool) {
	type place struct {
		k         build.Kind
		fig, text int
	}
	var places []place
	for _, k := range []build.Kind{build.Identitas, build.Ringkasan} {
		s := in.w.Sheet(k)
		if s == nil {
			continue
		}
		for _, label := range []string{"Pagu Anggaran", "Realisasi Anggaran"} {
			f, w := pair(s, label), pair(s, label+" (terbilang)")
			if f >= 0 && w >= 0 && in.free(k, pairRef(w)) {
				places = append(places, place{k, f, w})
			}
		}
	}
	n, ok := in.one(len(places))
	if !ok {
		return Fault{}, false
	}
	p := places[n]
	s := in.w.Sheet(p.k)
	fig := figure(s.Pairs[p.fig].Value)
	right := spellRupiah(fig)
	words := strings.Fields(right)
	var drop []int
	for i, w := range words {
		if w == "juta" || w == "ribu" || w == "miliar" {
			drop = append(drop, i)
		}
	}
	in.rng.Shuffle(len(drop), func(i, j int) { drop[i], drop[j] = drop[j], drop[i] })
	for _, i := range drop {
		wrong := strings.Join(slices.Delete(slices.Clone(words), i, i+1), " ")
		if got, err := terbilang.Read(wrong); err == nil && got.Value.Equal(fig) {
			continue // the words still spell the figure: no fault
		}
		s.Pairs[p.text].Value = build.T(wrong)
		return in.fault("TBL001", p.k, pairRef(p.text), right)
	}
	return Fault{}, false
}

func (in *injector) nip001() (Fault, bool) {
	s := in.w.Sheet(build.Identitas)
	if s == nil {
		return Fault{}, false
	}
	i := pair(s, "NIP")
	if i < 0 || !in.free(build.Identitas, pairRef(i)) {
		return Fault{}, false
	}
	f := strings.Fields(s.Pairs[i].Value.Text)
	if len(f) < 2 {
		return Fault{}, false
	}
	s.Pairs[i].Value = build.T(strings.Join(f[:len(f)-1], " "))
	return in.fault("NIP001", build.Identitas, pairRef(i), "")
}

func (in *injector) idn003() (Fault, bool) {
	s := in.w.Sheet(build.Identitas)
	if s == nil {
		return Fault{}, false
	}
	i, yi := pair(s, "Tanggal"), pair(s, "Tahun Laporan")
	if i < 0 || yi < 0 || !in.free(build.Identitas, pairRef(i)) {
		return Fault{}, false
	}
	year := int(figure(s.Pairs[yi].Value).IntPart())
	var d time.Time
	if in.rng.IntN(2) == 0 {
		d = time.Date(year+1, time.April, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, in.rng.IntN(90)) // late
	} else {
		d = time.Date(year, time.October, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, in.rng.IntN(92)) // before the year ends
	}
	s.Pairs[i].Value = build.D(d)
	return in.fault("IDN003", build.Identitas, pairRef(i), fmt.Sprintf("%d-01-01..%d-03-31", year+1, year+1))
}

func (in *injector) idn005() (Fault, bool) {
	s := in.w.Sheet(build.Identitas)
	if s == nil {
		return Fault{}, false
	}
	i := pair(s, "Jumlah Kegiatan")
	if i < 0 || !in.free(build.Identitas, pairRef(i)) {
		return Fault{}, false
	}
	n := figure(s.Pairs[i].Value).IntPart()
	wrong := n + 1
	if in.rng.IntN(2) == 0 && n > 1 {
		wrong = n - 1
	}
	s.Pairs[i].Value = build.N(fmt.Sprint(wrong))
	return in.fault("IDN005", build.Identitas, pairRef(i), fmt.Sprint(n))
}

// --- Numbering, Pegawai, Inventaris, Skala -----------------------------------------

func (in *injector) um008() (Fault, bool) {
	type place struct {
		k           build.Kind
		ti, row, at int // the last numbered row, and the one numbered before it
	}
	var places []place
	for _, k := range []build.Kind{build.IKU, build.PK, build.Pengukuran, build.AnggaranSasaran, build.Pegawai, build.Inventaris} {
		s := in.w.Sheet(k)
		if s == nil {
			continue
		}
		for ti := range s.Tables {
			t := &s.Tables[ti]
			col := column(t, "No")
			if col != 0 {
				continue
			}
			var numbered []int
			for i, row := range t.Rows {
				if row[col].Num {
					numbered = append(numbered, i)
				}
			}
			if n := len(numbered); n >= 2 && in.free(k, tableRef(s, ti, numbered[n-1], col)) {
				places = append(places, place{k, ti, numbered[n-1], numbered[n-2]})
			}
		}
	}
	n, ok := in.one(len(places))
	if !ok {
		return Fault{}, false
	}
	p := places[n]
	t := &in.w.Sheet(p.k).Tables[p.ti]
	want := t.Rows[p.row][0].Text
	t.Rows[p.row][0] = t.Rows[p.at][0]
	return in.fault("UM008", p.k, tableRef(in.w.Sheet(p.k), p.ti, p.row, 0), want)
}

func (in *injector) pgw004() (Fault, bool) {
	s := in.w.Sheet(build.Pegawai)
	if s == nil {
		return Fault{}, false
	}
	type place struct{ ti, col int }
	var places []place
	for ti, t := range s.Tables {
		if t.Total == nil {
			continue
		}
		for col, c := range t.Columns {
			if !c.Key && in.free(build.Pegawai, tableRef(s, ti, totalRow, col)) {
				places = append(places, place{ti, col})
			}
		}
	}
	n, ok := in.one(len(places))
	if !ok {
		return Fault{}, false
	}
	p := places[n]
	t := &s.Tables[p.ti]
	sum := 0
	for _, row := range t.Rows {
		if v, _, ok := valueOf(row[p.col]); ok {
			sum += int(v.IntPart())
		}
	}
	t.Total[p.col] = count(sum + 1)
	return in.fault("PGW004", build.Pegawai, tableRef(s, p.ti, totalRow, p.col), fmt.Sprint(sum))
}

func (in *injector) inv002() (Fault, bool) {
	s := in.w.Sheet(build.Inventaris)
	if s == nil || len(s.Tables) == 0 {
		return Fault{}, false
	}
	t := &s.Tables[0]
	col := column(t, "Kondisi")
	i, ok := in.pick(upTo(len(t.Rows)), func(i int) bool { return col >= 0 && in.free(build.Inventaris, tableRef(s, 0, i, col)) })
	if !ok {
		return Fault{}, false
	}
	t.Rows[i][col] = build.T("Hilang")
	return in.fault("INV002", build.Inventaris, tableRef(s, 0, i, col), "")
}

func (in *injector) skl001() (Fault, bool) {
	s := in.w.Sheet(build.Skala)
	if s == nil || len(s.Tables) == 0 {
		return Fault{}, false
	}
	t := &s.Tables[0]
	lo, hi := column(t, "Batas Bawah"), column(t, "Batas Atas")
	if lo < 0 || hi < 0 {
		return Fault{}, false
	}
	// The rows stand highest first: row i's Batas Atas meets row i-1's Batas Bawah. One more
	// overlaps the row above, whose label wins there: no predikat changes.
	i, ok := in.pick(upTo(len(t.Rows)), func(i int) bool { return i > 0 && in.free(build.Skala, tableRef(s, 0, i, hi)) })
	if !ok {
		return Fault{}, false
	}
	t.Rows[i][hi] = build.N(short(figure(t.Rows[i][hi]).Add(decimal.NewFromInt(1))))
	return in.fault("SKL001", build.Skala, tableRef(s, 0, i, hi), plain(figure(t.Rows[i-1][lo]), 0))
}
