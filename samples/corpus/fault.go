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

// A fault kind breaks a consistent workbook the way a typist does, one figure mistyped or a
// figure and what was computed from it, so that the right answer is unambiguous: the truth
// is what a careful auditor marks, the fewest cells whose correction makes every figure
// agree, each at its cause, with the value that makes it agree; a figure computed from the
// wrong one follows it (Because); where the figures cannot tell which of several rows is
// wrong, the total with the rows as candidates. Every other figure stays right, so that the
// cause is pinned down by figures that agree with its right value (a mistyped % Capaian by
// the Ringkasan and Anggaran Sasaran that still average the right one). A kind may have
// variants, drawn at random: each is a kind of mistake a typist makes.
type kind struct {
	rule    string
	changes string
	inject  func(*injector) ([]Fault, bool)
}

// kinds lists the fault kinds in the order Inject applies them: first those that move the
// Realisasi Anggaran's sums, then those whose figures others are computed from (a % Capaian,
// an Identitas amount, the PK), then those that change one derived cell. A fault's expected
// value is the figure of the workbook before any fault. A mistyped figure never agrees with
// what its inputs as written give, nor with another figure stating the same quantity, nor
// with what the Realisasi a mistyped % Capaian s/d implies would give: it never looks like
// one that only follows another fault, and no one other change explains two faults at once.
// No two faults change figures of the same sum of Realisasi Anggaran.
var kinds = []kind{
	{"LRA003", "Realisasi Anggaran: a kegiatan's or program's Anggaran or Realisasi mistyped alone (its Selisih, % and the total above it still right: " +
		"the finding at it, expecting its children's sum); or a sub kegiatan's Anggaran or Realisasi mistyped with its Selisih and % computed from it " +
		"(the figures cannot tell which sub kegiatan: the finding at the kegiatan's cell, no expected value, the sub kegiatan among its candidates)", (*injector).lra003},
	{"LRA004", "Realisasi Anggaran: the Jumlah Anggaran or Realisasi mistyped alone (its Selisih, % and copies in Identitas, Ringkasan, PK and Anggaran Sasaran " +
		"still right: the finding at it, expecting the sum of the level-one rows); or a sub kegiatan's Anggaran mistyped with its kegiatan's and program's Anggaran, " +
		"Selisih and % computed from it (the finding at the Jumlah Anggaran, no expected value, the program among its candidates)", (*injector).lra004},
	{"UM017", "Realisasi Anggaran: a sub kegiatan's Anggaran or Realisasi mistyped alone (its Selisih, % and kegiatan still right); " +
		"or Anggaran Sasaran: a sasaran's Pagu or Realisasi mistyped alone (its % Serapan, % Efisiensi and the Jumlah still right)", (*injector).um017},
	{"PGK001", "Pengukuran: one indicator's % Capaian T mistyped (the Ringkasan and Anggaran Sasaran still average the right one); " +
		"half the time its Predikat is computed from the wrong one (a PGK003 finding that follows it, where the label changes)", (*injector).pgk001},
	{"IDN004", "Identitas: Pagu Anggaran or Realisasi Anggaran mistyped; half the time its terbilang is spelled from the wrong figure " +
		"(a TBL001 finding that follows it)", (*injector).idn004},
	{"PK002", "PK: one sasaran's Anggaran (Rp) mistyped and the Jumlah computed from the rows (the Jumlah, no longer the pagu, is the finding's cell)", (*injector).pk002},
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
	{"RGK002", "Ringkasan: Rata-rata Capaian mistyped; half the time, where no RGK003 fault is asked for, the Predikat is computed from the wrong one " +
		"(an RGK003 finding that follows it, where the label changes)", (*injector).rgk002},
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
// drawn with rng, so that checking w written in the plain layout gives exactly the findings
// of the truth returned: per fault, its finding at its cell, and the findings that follow it
// (Because). A repeated kind counts once; a kind with no place left in w is skipped. It
// returns the truth in the order applied, each fault followed by its followers, and panics
// on an unknown kind. w must be a consistent workbook shaped like those of Unit
// (build.Clean() is one).
func Inject(w *build.Workbook, list []string, rng *rand.Rand) []Fault {
	want := map[string]bool{}
	for _, k := range list {
		if Describe(k) == "" {
			panic(fmt.Sprintf("corpus: unknown fault kind %q", k))
		}
		want[k] = true
	}
	in := &injector{w: w, orig: clone(w), rng: rng, want: want, touched: map[string]bool{}, claimed: map[string]bool{}, implied: map[int][]decimal.Decimal{}}
	var out []Fault
	for _, k := range kinds {
		if !want[k.rule] {
			continue
		}
		if f, ok := k.inject(in); ok {
			out = append(out, f...)
		}
	}
	return out
}

// clone copies a workbook deeply enough that changing a cell of one leaves the other.
func clone(w *build.Workbook) *build.Workbook {
	c := &build.Workbook{Name: w.Name, Sheets: slices.Clone(w.Sheets)}
	for i := range c.Sheets {
		s := &c.Sheets[i]
		s.Pairs = slices.Clone(s.Pairs)
		s.Tables = slices.Clone(s.Tables)
		for ti := range s.Tables {
			t := &s.Tables[ti]
			t.Columns = slices.Clone(t.Columns)
			t.Numbers = slices.Clone(t.Numbers)
			t.Total = slices.Clone(t.Total)
			t.Rows = slices.Clone(t.Rows)
			for r := range t.Rows {
				t.Rows[r] = slices.Clone(t.Rows[r])
			}
		}
	}
	return c
}

// injector applies faults to one workbook, remembering the cells faults changed.
type injector struct {
	w *build.Workbook
	// orig is w before any fault: what every figure should read.
	orig *build.Workbook
	rng  *rand.Rand
	want map[string]bool // the kinds asked for
	// touched holds "Sheet!A1" of every cell a fault changed or relies on: no other fault
	// changes it.
	touched map[string]bool
	// claimed holds the sums of Realisasi Anggaran ("row/col": a parent's, or the Jumlah's,
	// in one column) a fault changed a figure of: no other fault changes another figure of
	// the same sum, so that each sum that no longer adds up points at one fault.
	claimed map[string]bool
	// implied holds, per Pengukuran row, the values of its % Capaian T that a mistyped %
	// Capaian s/d implies through a Realisasi that would give it.
	implied map[int][]decimal.Decimal
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

// cause records a fault at a cell, which no later fault then picks.
func (in *injector) cause(rule string, k build.Kind, ref, expected string) Fault {
	in.touch(k, ref)
	return Fault{Rule: rule, Sheet: build.SheetName(k, build.Layout{}), Cell: ref, Expected: expected}
}

// follower records a figure computed from the wrong figure of a fault: the finding at it
// follows that fault.
func (in *injector) follower(rule string, k build.Kind, ref, expected string, cause Fault) Fault {
	f := in.cause(rule, k, ref, expected)
	f.Because = cause.Ref()
	return f
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

// coin is a fair draw.
func (in *injector) coin() bool { return in.rng.IntN(2) == 0 }

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
	if in.coin() && d.GreaterThanOrEqual(off) {
		return d.Sub(off)
	}
	return d.Add(off)
}

// offAmount moves an amount by 1.000 to 5.000.000 rupiah, down when it can.
func (in *injector) offAmount(d decimal.Decimal) decimal.Decimal {
	off := decimal.NewFromInt(between(in.rng, 1, 5000) * 1000)
	if in.coin() && d.GreaterThan(off) {
		return d.Sub(off)
	}
	return d.Add(off)
}

// mistype draws a wrong figure with move (offPct or offAmount) from the right one that fits
// (nil: any; an Anggaran stays above its Realisasi, a Realisasi below its Anggaran and above
// zero) and agrees with none of avoid: what the figure's inputs as written give, the same
// quantity stated elsewhere. ok is false when no draw fits.
func (in *injector) mistype(right decimal.Decimal, move func(decimal.Decimal) decimal.Decimal, fits func(decimal.Decimal) bool, avoid ...decimal.Decimal) (decimal.Decimal, bool) {
	for range 100 {
		d := move(right)
		if d.Equal(right) || fits != nil && !fits(d) || slices.ContainsFunc(avoid, d.Equal) {
			continue
		}
		return d, true
	}
	return right, false
}

// inside accepts a figure strictly between lo and hi.
func inside(lo, hi decimal.Decimal) func(decimal.Decimal) bool {
	return func(d decimal.Decimal) bool { return d.GreaterThan(lo) && d.LessThan(hi) }
}

// above accepts a figure strictly above lo.
func above(lo decimal.Decimal) func(decimal.Decimal) bool {
	return func(d decimal.Decimal) bool { return d.GreaterThan(lo) }
}

// otherLabel draws a predikat other than the right one and than any of avoid (the label the
// written inputs give); ok is false when none is left.
func (in *injector) otherLabel(right string, avoid ...string) (string, bool) {
	var others []string
	for _, l := range predikatLabels {
		if l != right && !slices.Contains(avoid, l) {
			others = append(others, l)
		}
	}
	if len(others) == 0 {
		return "", false
	}
	return others[in.rng.IntN(len(others))], true
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

// plainOf is a figure cell as a finding's expected value writes it, at the decimals the
// cell shows: "98.32", "100.00", "2739149000".
func plainOf(c build.Cell) string {
	d, places, ok := valueOf(c)
	if !ok {
		panic(fmt.Sprintf("corpus: %q is no figure", c.Text))
	}
	return plain(d, places)
}

// pairOf returns the value of a label/value line of a sheet of w, and its index (-1 when
// there is none).
func pairOf(w *build.Workbook, k build.Kind, label string) (build.Cell, int) {
	s := w.Sheet(k)
	if s == nil {
		return build.Cell{}, -1
	}
	i := pair(s, label)
	if i < 0 {
		return build.Cell{}, -1
	}
	return s.Pairs[i].Value, i
}

// --- Realisasi Anggaran --------------------------------------------------------

// budget is the Realisasi Anggaran table with its columns and its rows' nesting by Kode.
type budget struct {
	s                       *build.Sheet
	t                       *build.Table
	o                       *build.Table // the table before any fault
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
	b := &budget{s: s, t: t, o: &in.orig.Sheet(build.RealisasiAnggaran).Tables[0], kode: column(t, "Kode"), a: column(t, "Anggaran"),
		r: column(t, "Realisasi"), selisih: column(t, "Selisih"), pc: column(t, "%")}
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

// was is a figure before any fault, as a finding's expected value writes it.
func (b *budget) was(row, col int) string                { return plainOf(rowOf(b.o, row)[col]) }
func (b *budget) wasFigure(row, col int) decimal.Decimal { return figure(rowOf(b.o, row)[col]) }
func (b *budget) set(row, col int, d decimal.Decimal)    { rowOf(b.t, row)[col] = amount(d) }

// derive writes a row's Selisih and % from its Anggaran and Realisasi.
func (b *budget) derive(row int) {
	a, r := b.get(row, b.a), b.get(row, b.r)
	rowOf(b.t, row)[b.selisih] = amount(a.Sub(r))
	rowOf(b.t, row)[b.pc] = pct(percent(r, a))
}

// up is the row a row's figures add up into: its parent, or the Jumlah for a level-one row.
func (b *budget) up(row int) int {
	if row == totalRow {
		panic("corpus: the Jumlah adds up into nothing")
	}
	if b.parent[row] < 0 {
		return totalRow
	}
	return b.parent[row]
}

// rowCells lists the addresses of a row's Anggaran, Realisasi, Selisih and %.
func (b *budget) rowCells(row int) []string {
	return []string{b.ref(row, b.a), b.ref(row, b.r), b.ref(row, b.selisih), b.ref(row, b.pc)}
}

// sum names the sum of a parent's (or the Jumlah's) column.
func sum(row, col int) string { return fmt.Sprintf("%d/%d", row, col) }

func (in *injector) unclaimed(sums ...string) bool {
	for _, s := range sums {
		if in.claimed[s] {
			return false
		}
	}
	return true
}

func (in *injector) claim(sums ...string) {
	for _, s := range sums {
		in.claimed[s] = true
	}
}

// rows lists the data rows and the Jumlah row.
func (b *budget) rows() []int {
	out := make([]int, 0, len(b.t.Rows)+1)
	for i := range b.t.Rows {
		out = append(out, i)
	}
	return append(out, totalRow)
}

// typed mistypes a row's Anggaran or Realisasi, keeping Realisasi above zero and below
// Anggaran, so that no other rule (Realisasi above Anggaran, a negative figure) speaks of it.
func (in *injector) typed(b *budget, row, col int) bool {
	right := b.get(row, col)
	var lo, hi decimal.Decimal
	if col == b.a {
		lo = b.get(row, b.r)
		d, ok := in.mistype(right, in.offAmount, above(lo))
		if ok {
			b.set(row, col, d)
		}
		return ok
	}
	hi = b.get(row, b.a)
	d, ok := in.mistype(right, in.offAmount, inside(decimal.Zero, hi))
	if ok {
		b.set(row, col, d)
	}
	return ok
}

// variants tries the variants of a kind in random order: the first that finds a place in
// the workbook gives the fault.
func (in *injector) variants(vs ...func() ([]Fault, bool)) ([]Fault, bool) {
	in.rng.Shuffle(len(vs), func(i, j int) { vs[i], vs[j] = vs[j], vs[i] })
	for _, v := range vs {
		if f, ok := v(); ok {
			return f, true
		}
	}
	return nil, false
}

// columns draws the order in which a kind tries the Anggaran and Realisasi columns.
func (in *injector) columns(b *budget) []int {
	if in.coin() {
		return []int{b.a, b.r}
	}
	return []int{b.r, b.a}
}

func (in *injector) lra003() ([]Fault, bool) {
	b := in.budget()
	if b == nil {
		return nil, false
	}
	return in.variants(func() ([]Fault, bool) { return in.lra003Parent(b) }, func() ([]Fault, bool) { return in.lra003Moved(b) })
}

// lra003Parent mistypes a kegiatan's or program's Anggaran or Realisasi alone: it no longer
// adds up from its children, its Selisih and % disagree with it, and so does the total it
// adds up into. The finding is at it, with the children's sum.
func (in *injector) lra003Parent(b *budget) ([]Fault, bool) {
	for _, col := range in.columns(b) {
		row, ok := in.pick(upTo(len(b.t.Rows)), func(i int) bool {
			return len(b.children[i]) > 0 && in.unclaimed(sum(i, col), sum(b.up(i), col)) && in.free(build.RealisasiAnggaran, b.ref(i, col))
		})
		if !ok || !in.typed(b, row, col) {
			continue
		}
		in.claim(sum(row, col), sum(b.up(row), col))
		return []Fault{in.cause("LRA003", build.RealisasiAnggaran, b.ref(row, col), b.was(row, col))}, true
	}
	return nil, false
}

// lra003Moved mistypes a sub kegiatan's Anggaran or Realisasi and computes its Selisih and %
// from it: the row agrees with itself, and only its kegiatan's sum says that one of its sub
// kegiatan is wrong, not which. The finding is at the kegiatan's cell, without an expected
// value, naming the sub kegiatan among its candidates.
func (in *injector) lra003Moved(b *budget) ([]Fault, bool) {
	for _, col := range in.columns(b) {
		leaf, ok := in.pick(upTo(len(b.t.Rows)), func(i int) bool {
			p := b.parent[i]
			return len(b.children[i]) == 0 && p >= 0 && in.unclaimed(sum(p, col)) &&
				in.free(build.RealisasiAnggaran, append(b.rowCells(i), b.ref(p, col))...)
		})
		if !ok {
			continue
		}
		a, r := b.get(leaf, b.a).IntPart(), b.get(leaf, b.r).IntPart()
		switch {
		case col == b.a && in.coin() && a-r >= 2:
			b.set(leaf, col, decimal.NewFromInt(r+between(in.rng, 1, a-r-1))) // still above Realisasi
		case col == b.a:
			b.set(leaf, col, decimal.NewFromInt(a+between(in.rng, 1, 5000)*10_000))
		case in.coin() && a-r >= 2:
			b.set(leaf, col, decimal.NewFromInt(r+between(in.rng, 1, a-r-1))) // still below Anggaran
		default:
			b.set(leaf, col, decimal.NewFromInt(r-between(in.rng, 1, max(1, r/5))))
		}
		b.derive(leaf)
		p := b.parent[leaf]
		in.touch(build.RealisasiAnggaran, b.rowCells(leaf)...)
		in.claim(sum(p, col))
		f := in.cause("LRA003", build.RealisasiAnggaran, b.ref(p, col), "")
		f.Candidates = []string{build.SheetName(build.RealisasiAnggaran, build.Layout{}) + "!" + b.ref(leaf, col)}
		return []Fault{f}, true
	}
	return nil, false
}

func (in *injector) lra004() ([]Fault, bool) {
	b := in.budget()
	if b == nil {
		return nil, false
	}
	return in.variants(func() ([]Fault, bool) { return in.lra004Total(b) }, func() ([]Fault, bool) { return in.lra004Moved(b) })
}

// lra004Total mistypes the Jumlah Anggaran or Realisasi alone: the level-one rows, its own
// Selisih and % and its copies (Identitas, Ringkasan, PK, Anggaran Sasaran) all say so. The
// finding is at it, with the level-one rows' sum.
func (in *injector) lra004Total(b *budget) ([]Fault, bool) {
	for _, col := range in.columns(b) {
		if !in.unclaimed(sum(totalRow, col)) || !in.free(build.RealisasiAnggaran, b.ref(totalRow, col)) || !in.typed(b, totalRow, col) {
			continue
		}
		in.claim(sum(totalRow, col))
		return []Fault{in.cause("LRA004", build.RealisasiAnggaran, b.ref(totalRow, col), b.was(totalRow, col))}, true
	}
	return nil, false
}

// lra004Moved mistypes a sub kegiatan's Anggaran and computes from it its kegiatan's and its
// program's, each row's Selisih and %: everything agrees but the Jumlah Anggaran, which the
// programs no longer add up to, and nothing says which program is wrong. The finding is at
// the Jumlah Anggaran, without an expected value, naming the program among its candidates.
func (in *injector) lra004Moved(b *budget) ([]Fault, bool) {
	path := func(leaf int) []int {
		var p []int
		for i := leaf; i >= 0; i = b.parent[i] {
			p = append(p, i)
		}
		return p
	}
	ok := func(leaf int) bool {
		if len(b.children[leaf]) > 0 || !in.free(build.RealisasiAnggaran, b.ref(totalRow, b.a)) {
			return false
		}
		for _, i := range path(leaf) {
			if !in.unclaimed(sum(b.up(i), b.a)) || !in.free(build.RealisasiAnggaran, b.rowCells(i)...) {
				return false
			}
		}
		return true
	}
	leaf, found := in.pick(upTo(len(b.t.Rows)), ok)
	if !found {
		return nil, false
	}
	rows := path(leaf)
	slack := int64(-1) // the smallest Selisih on the way up: how far the Anggaran may fall
	for _, i := range rows {
		if s := b.get(i, b.a).Sub(b.get(i, b.r)).IntPart(); slack < 0 || s < slack {
			slack = s
		}
	}
	delta := between(in.rng, 1, 10_000) * 10_000
	if in.coin() && slack >= 2 {
		delta = -between(in.rng, 1, slack-1)
	}
	for _, i := range rows {
		b.set(i, b.a, b.get(i, b.a).Add(decimal.NewFromInt(delta)))
		b.derive(i)
		in.touch(build.RealisasiAnggaran, b.rowCells(i)...)
		in.claim(sum(b.up(i), b.a))
	}
	program := rows[len(rows)-1]
	f := in.cause("LRA004", build.RealisasiAnggaran, b.ref(totalRow, b.a), "")
	f.Candidates = []string{build.SheetName(build.RealisasiAnggaran, build.Layout{}) + "!" + b.ref(program, b.a)}
	return []Fault{f}, true
}

func (in *injector) um017() ([]Fault, bool) {
	return in.variants(in.um017Budget, in.um017PerSasaran)
}

// um017Budget mistypes a sub kegiatan's Anggaran or Realisasi alone: its Selisih, its % and
// its kegiatan's sum all agree on the right figure.
func (in *injector) um017Budget() ([]Fault, bool) {
	b := in.budget()
	if b == nil {
		return nil, false
	}
	for _, col := range in.columns(b) {
		leaf, ok := in.pick(upTo(len(b.t.Rows)), func(i int) bool {
			p := b.parent[i]
			return len(b.children[i]) == 0 && p >= 0 && in.unclaimed(sum(p, col)) &&
				in.free(build.RealisasiAnggaran, append(b.rowCells(i), b.ref(p, col))...)
		})
		if !ok || !in.typed(b, leaf, col) {
			continue
		}
		in.touch(build.RealisasiAnggaran, b.rowCells(leaf)...)
		in.claim(sum(b.parent[leaf], col))
		return []Fault{in.cause("UM017", build.RealisasiAnggaran, b.ref(leaf, col), b.was(leaf, col))}, true
	}
	return nil, false
}

// um017PerSasaran mistypes a sasaran's Pagu or Realisasi in Anggaran Sasaran alone: its %
// Serapan, its % Efisiensi and the column's Jumlah all agree on the right figure.
func (in *injector) um017PerSasaran() ([]Fault, bool) {
	t, at := in.perSasaran()
	if t == nil || t.Total == nil {
		return nil, false
	}
	p, r, se, ef := column(t, "Pagu"), column(t, "Realisasi"), column(t, "% Serapan"), column(t, "% Efisiensi")
	if p < 0 || r < 0 || se < 0 || ef < 0 {
		return nil, false
	}
	cols := []int{p, r}
	if in.coin() {
		cols = []int{r, p}
	}
	o := &in.orig.Sheet(build.AnggaranSasaran).Tables[0]
	for _, col := range cols {
		if !in.free(build.AnggaranSasaran, at(totalRow, col)) {
			continue
		}
		row, ok := in.pick(upTo(len(t.Rows)), func(i int) bool {
			return in.free(build.AnggaranSasaran, at(i, p), at(i, r), at(i, se), at(i, ef))
		})
		if !ok {
			continue
		}
		// The row's % Serapan must show the mistake: a change of a few thousand rupiah in
		// a pagu of billions rounds away, and the Jumlah alone would not say which row.
		pagu, real := figure(t.Rows[row][p]), figure(t.Rows[row][r])
		serapan := percent(real, pagu)
		var d decimal.Decimal
		if col == p {
			d, ok = in.mistype(pagu, in.offAmount, func(d decimal.Decimal) bool { return d.GreaterThan(real) && !percent(real, d).Equal(serapan) })
		} else {
			d, ok = in.mistype(real, in.offAmount, func(d decimal.Decimal) bool {
				return inside(decimal.Zero, pagu)(d) && !percent(d, pagu).Equal(serapan)
			})
		}
		if !ok {
			continue
		}
		t.Rows[row][col] = amount(d)
		in.touch(build.AnggaranSasaran, at(row, p), at(row, r), at(row, se), at(row, ef), at(totalRow, col))
		return []Fault{in.cause("UM017", build.AnggaranSasaran, at(row, col), plainOf(o.Rows[row][col]))}, true
	}
	return nil, false
}

// lraCell draws a row (or the Jumlah) whose cell in col no fault has changed.
func (in *injector) lraCell(b *budget, col int) (int, bool) {
	return in.pick(b.rows(), func(i int) bool { return in.free(build.RealisasiAnggaran, b.ref(i, col)) })
}

func (in *injector) lra001() ([]Fault, bool) {
	b := in.budget()
	if b == nil {
		return nil, false
	}
	i, ok := in.lraCell(b, b.selisih)
	if !ok {
		return nil, false
	}
	right := b.wasFigure(i, b.selisih)
	// Never -right (LRA008's mistake): both are positive.
	d, ok := in.mistype(right, in.offAmount, above(decimal.Zero), b.get(i, b.a).Sub(b.get(i, b.r)))
	if !ok {
		return nil, false
	}
	b.set(i, b.selisih, d)
	return []Fault{in.cause("LRA001", build.RealisasiAnggaran, b.ref(i, b.selisih), b.was(i, b.selisih))}, true
}

func (in *injector) lra002() ([]Fault, bool) {
	b := in.budget()
	if b == nil {
		return nil, false
	}
	i, ok := in.lraCell(b, b.pc)
	if !ok {
		return nil, false
	}
	// Nor what the row's Selisih as written implies, with its Anggaran or its Realisasi: a
	// mistyped Selisih and % that agree with one Realisasi would make that one the cause.
	a, r, e := b.get(i, b.a), b.get(i, b.r), b.get(i, b.selisih)
	avoid := []decimal.Decimal{percent(r, a)}
	if a.Sub(e).Sign() >= 0 {
		avoid = append(avoid, percent(a.Sub(e), a))
	}
	if r.Add(e).Sign() > 0 {
		avoid = append(avoid, percent(r, r.Add(e)))
	}
	d, ok := in.mistype(b.wasFigure(i, b.pc), in.offPct, nil, avoid...)
	if !ok {
		return nil, false
	}
	rowOf(b.t, i)[b.pc] = pct(d)
	return []Fault{in.cause("LRA002", build.RealisasiAnggaran, b.ref(i, b.pc), b.was(i, b.pc))}, true
}

// lra008 flips the sign of a Selisih whose row's Anggaran and Realisasi no fault changed:
// LRA008 speaks of a Selisih that is exactly the negative of Anggaran - Realisasi as written.
func (in *injector) lra008() ([]Fault, bool) {
	b := in.budget()
	if b == nil {
		return nil, false
	}
	i, ok := in.pick(b.rows(), func(i int) bool {
		return in.free(build.RealisasiAnggaran, b.ref(i, b.selisih), b.ref(i, b.a), b.ref(i, b.r)) && !b.wasFigure(i, b.selisih).IsZero() &&
			b.get(i, b.a).Equal(b.wasFigure(i, b.a)) && b.get(i, b.r).Equal(b.wasFigure(i, b.r))
	})
	if !ok {
		return nil, false
	}
	b.set(i, b.selisih, b.wasFigure(i, b.selisih).Neg())
	return []Fault{in.cause("LRA008", build.RealisasiAnggaran, b.ref(i, b.selisih), b.was(i, b.selisih))}, true
}

// --- Pengukuran ------------------------------------------------------------------

// measurement is the Pengukuran table with its columns and the sasaran of each row.
type measurement struct {
	s                                          *build.Sheet
	t                                          *build.Table
	o                                          *build.Table // the table before any fault
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
	m := &measurement{s: s, t: t, o: &in.orig.Sheet(build.Pengukuran).Tables[0], polar: column(t, "Polaritas"),
		target: column(t, "Target", "Target Akhir"), real: column(t, "Realisasi"), capT: column(t, "% Capaian", "% Capaian s/d"),
		akhir: column(t, "Target Akhir"), sd: column(t, "% Capaian s/d"), pred: column(t, "Predikat")}
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
	return m.capaianOf(i, target, figure(m.t.Rows[i][m.real]))
}

// capaianOf computes row i's % capaian against the target in column target for a
// realisation r.
func (m *measurement) capaianOf(i, target int, r decimal.Decimal) decimal.Decimal {
	polar, t, lo, hi, ranged := m.targetOf(i, target)
	if ranged {
		return capaian("Rentang", r, decimal.Zero, lo, hi)
	}
	return capaian(polar, r, t, decimal.Zero, decimal.Zero)
}

// targetOf reads row i's polarity and its target in column target: a figure, or a range.
func (m *measurement) targetOf(i, target int) (polar string, t, lo, hi decimal.Decimal, ranged bool) {
	row := m.t.Rows[i]
	polar = "Positif"
	if m.polar >= 0 {
		polar = row[m.polar].Text
	}
	if t, _, ok := valueOf(row[target]); ok {
		if polar == "Rentang" {
			polar = "Positif" // a single figure for a range target: Realisasi / Target
		}
		return polar, t, lo, hi, false
	}
	l, h, ok := strings.Cut(row[target].Text, "–")
	if !ok {
		panic(fmt.Sprintf("corpus: target %q is neither a figure nor a range", row[target].Text))
	}
	return "Rentang", t, decimal.RequireFromString(strings.TrimSpace(l)), decimal.RequireFromString(strings.TrimSpace(h)), true
}

// realisations lists the realisations, at the decimals row i's Realisasi shows, whose %
// capaian against the target in column target is want.
func (m *measurement) realisations(i, target int, want decimal.Decimal) []decimal.Decimal {
	_, places, _ := valueOf(m.t.Rows[i][m.real])
	polar, t, lo, hi, ranged := m.targetOf(i, target)
	var exact []decimal.Decimal // the realisations that give want exactly, on each piece
	switch {
	case ranged:
		exact = append(exact, want.Mul(lo).Div(hundred), want.Mul(hi).Div(hundred), lo, hi)
	case polar == "Negatif":
		exact = append(exact, t.Mul(two).Sub(want.Mul(t).Div(hundred)))
	default:
		exact = append(exact, want.Mul(t).Div(hundred))
	}
	step := decimal.New(1, -places)
	var out []decimal.Decimal
	for _, x := range exact {
		base := x.Div(step).Floor()
		for k := int64(-3); k <= 3; k++ {
			r := base.Add(decimal.NewFromInt(k)).Mul(step)
			if r.Sign() < 0 || !ranged && polar == "Negatif" && r.GreaterThan(t.Mul(two)) {
				continue // no capaian: a negative one is never written
			}
			if m.capaianOf(i, target, r).Equal(want) && !slices.ContainsFunc(out, r.Equal) {
				out = append(out, r)
			}
		}
	}
	return out
}

// summary averages the % Capaian T of t (the table as written, or as it was), per sasaran
// and over the sasaran, as Anggaran Sasaran and Ringkasan state them.
func (m *measurement) summary(t *build.Table) ([]decimal.Decimal, decimal.Decimal) {
	return m.summaryOf(func(i int) decimal.Decimal { return figure(t.Rows[i][m.capT]) })
}

// summaryWith is the summary of the % Capaian T as they should read, but row i's at h.
func (m *measurement) summaryWith(i int, h decimal.Decimal) ([]decimal.Decimal, decimal.Decimal) {
	return m.summaryOf(func(j int) decimal.Decimal {
		if j == i {
			return h
		}
		return figure(m.o.Rows[j][m.capT])
	})
}

func (m *measurement) summaryOf(capT func(i int) decimal.Decimal) ([]decimal.Decimal, decimal.Decimal) {
	sums := make([]decimal.Decimal, m.n)
	counts := make([]int, m.n)
	for i := range m.t.Rows {
		sums[m.sasaran[i]] = sums[m.sasaran[i]].Add(capT(i))
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

// spot is a cell of a sheet.
type spot struct {
	k   build.Kind
	ref string
}

// sasaranCells lists the cells that state sasaran s's capaian elsewhere: its % Capaian
// Kinerja in Anggaran Sasaran and its Capaian Sasaran in Ringkasan.
func (in *injector) sasaranCells(s int) []spot {
	var out []spot
	if t, at := in.perSasaran(); t != nil {
		if col := column(t, "% Capaian Kinerja"); col >= 0 && s < len(t.Rows) {
			out = append(out, spot{build.AnggaranSasaran, at(s, col)})
		}
	}
	if r := in.w.Sheet(build.Ringkasan); r != nil {
		if i := pair(r, fmt.Sprintf("Capaian Sasaran %d", s+1)); i >= 0 {
			out = append(out, spot{build.Ringkasan, pairRef(i)})
		}
	}
	return out
}

// pgk001 mistypes one % Capaian T. The cells that state its sasaran's capaian elsewhere (%
// Capaian Kinerja, Capaian Sasaran n) still average the right one, and no other fault
// changes them: with them the capaian is the cause, not the Realisasi it is computed from.
// Half the time the row's Predikat is computed from the wrong capaian: where that changes
// the label, the Predikat's finding follows the capaian.
func (in *injector) pgk001() ([]Fault, bool) {
	m := in.measurement()
	if m == nil {
		return nil, false
	}
	i, ok := in.pick(upTo(len(m.t.Rows)), func(i int) bool {
		if !in.free(build.Pengukuran, m.ref(i, m.capT)) {
			return false
		}
		for _, c := range in.sasaranCells(m.sasaran[i]) {
			if !in.free(c.k, c.ref) {
				return false
			}
		}
		return true
	})
	if !ok {
		return nil, false
	}
	right := figure(m.o.Rows[i][m.capT])
	d, ok := in.mistype(right, in.offPct, nil, m.capaian(i, m.target))
	if !ok {
		return nil, false
	}
	m.t.Rows[i][m.capT] = pct(d)
	for _, c := range in.sasaranCells(m.sasaran[i]) {
		in.touch(c.k, c.ref)
	}
	out := []Fault{in.cause("PGK001", build.Pengukuran, m.ref(i, m.capT), plain(right, 2))}
	if m.pred >= 0 && in.coin() && in.free(build.Pengukuran, m.ref(i, m.pred)) {
		if was, now := m.o.Rows[i][m.pred].Text, predikat(d); now != was {
			m.t.Rows[i][m.pred] = build.T(now)
			out = append(out, in.follower("PGK003", build.Pengukuran, m.ref(i, m.pred), was, out[0]))
		}
	}
	return out, true
}

// pgk002 mistypes one % Capaian s/d. Where a Realisasi would give the wrong figure, that
// Realisasi would also give the row's % Capaian T another value: the figures a later fault
// mistypes (the Predikat, the sasaran's capaian, the Rata-rata, the Ringkasan's Predikat)
// must not agree with it, or that one Realisasi would explain two faults at once.
func (in *injector) pgk002() ([]Fault, bool) {
	m := in.measurement()
	if m == nil || m.akhir < 0 {
		return nil, false
	}
	i, ok := in.measuredCell(m, m.sd)
	if !ok {
		return nil, false
	}
	right := figure(m.o.Rows[i][m.sd])
	d, ok := in.mistype(right, in.offPct, nil, m.capaian(i, m.akhir))
	if !ok {
		return nil, false
	}
	m.t.Rows[i][m.sd] = pct(d)
	for _, r := range m.realisations(i, m.akhir, d) {
		in.implied[i] = append(in.implied[i], m.capaianOf(i, m.target, r))
	}
	return []Fault{in.cause("PGK002", build.Pengukuran, m.ref(i, m.sd), plain(right, 2))}, true
}

// pgk003 writes another Predikat: neither the right one, nor the one the capaian as written
// gives, nor one a capaian implied by a mistyped % Capaian s/d of its row gives.
func (in *injector) pgk003() ([]Fault, bool) {
	m := in.measurement()
	if m == nil || m.pred < 0 {
		return nil, false
	}
	for _, i := range in.rng.Perm(len(m.t.Rows)) {
		if !in.free(build.Pengukuran, m.ref(i, m.pred)) {
			continue
		}
		right := m.o.Rows[i][m.pred].Text
		avoid := []string{predikat(figure(m.t.Rows[i][m.capT]))}
		for _, h := range in.implied[i] {
			avoid = append(avoid, predikat(h))
		}
		label, ok := in.otherLabel(right, avoid...)
		if !ok {
			continue
		}
		m.t.Rows[i][m.pred] = build.T(label)
		return []Fault{in.cause("PGK003", build.Pengukuran, m.ref(i, m.pred), right)}, true
	}
	return nil, false
}

// impliedCapaian lists what the sasaran's capaian (s >= 0) or the Rata-rata (s < 0) would be
// if an indicator's % Capaian T took a value a mistyped % Capaian s/d implies, every other
// capaian right: a mistyped figure of the summaries must not agree with it.
func (in *injector) impliedCapaian(m *measurement, s int) []decimal.Decimal {
	var out []decimal.Decimal
	for i, hs := range in.implied {
		if s >= 0 && m.sasaran[i] != s {
			continue
		}
		for _, h := range hs {
			per, avg := m.summaryWith(i, h)
			if s >= 0 {
				out = append(out, per[s])
			} else {
				out = append(out, avg)
			}
		}
	}
	return out
}

func (in *injector) pgk004() ([]Fault, bool) {
	m := in.measurement()
	if m == nil {
		return nil, false
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
		return nil, false
	}
	c := cols[n]
	label := m.t.Columns[c].Label
	at := strings.LastIndexByte(label, ' ') + 1
	year, _ := strconv.Atoi(label[at:])
	wrong := year + 1
	if in.coin() {
		wrong = year - 1
	}
	m.t.Columns[c].Label = label[:at] + strconv.Itoa(wrong)
	return []Fault{in.cause("PGK004", build.Pengukuran, m.ref(headerRow, c), strconv.Itoa(year))}, true
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
// labelled label no fault has changed, and gives that row's Pagu and Realisasi as written
// and the cell's figure before any fault.
func (in *injector) serapanCell(label string) (t *build.Table, row, col int, ref string, pagu, real, right decimal.Decimal, ok bool) {
	t, at := in.perSasaran()
	if t == nil {
		return nil, 0, 0, "", pagu, real, right, false
	}
	col, p, r := column(t, label), column(t, "Pagu"), column(t, "Realisasi")
	if col < 0 || p < 0 || r < 0 {
		return nil, 0, 0, "", pagu, real, right, false
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
		return nil, 0, 0, "", pagu, real, right, false
	}
	row = rows[n]
	o := &in.orig.Sheet(build.AnggaranSasaran).Tables[0]
	return t, row, col, at(row, col), figure(rowOf(t, row)[p]), figure(rowOf(t, row)[r]), figure(rowOf(o, row)[col]), true
}

func (in *injector) asr001() ([]Fault, bool) {
	t, row, col, ref, pagu, real, right, ok := in.serapanCell("% Serapan")
	if !ok {
		return nil, false
	}
	d, ok := in.mistype(right, in.offPct, nil, percent(real, pagu))
	if !ok {
		return nil, false
	}
	rowOf(t, row)[col] = pct(d)
	return []Fault{in.cause("ASR001", build.AnggaranSasaran, ref, plain(right, 2))}, true
}

func (in *injector) asr002() ([]Fault, bool) {
	t, row, col, ref, pagu, real, right, ok := in.serapanCell("% Efisiensi")
	if !ok {
		return nil, false
	}
	d, ok := in.mistype(right, in.offPct, nil, efisiensi(pagu, real))
	if !ok {
		return nil, false
	}
	rowOf(t, row)[col] = pct(d)
	return []Fault{in.cause("ASR002", build.AnggaranSasaran, ref, plain(right, 2))}, true
}

// capaianElsewhere lists what the figures as written say of sasaran s's capaian: the average
// of its % Capaian T in Pengukuran, its % Capaian Kinerja and its Capaian Sasaran n, and
// what a mistyped % Capaian s/d implies for it. A mistyped one agrees with none of them.
func (in *injector) capaianElsewhere(m *measurement, s int) []decimal.Decimal {
	per, _ := m.summary(m.t)
	out := append([]decimal.Decimal{per[s]}, in.impliedCapaian(m, s)...)
	for _, c := range in.sasaranCells(s) {
		var cell build.Cell
		if c.k == build.Ringkasan {
			cell, _ = pairOf(in.w, build.Ringkasan, fmt.Sprintf("Capaian Sasaran %d", s+1))
		} else {
			t, _ := in.perSasaran()
			cell = t.Rows[s][column(t, "% Capaian Kinerja")]
		}
		if d, _, ok := valueOf(cell); ok {
			out = append(out, d)
		}
	}
	return out
}

func (in *injector) asr003() ([]Fault, bool) {
	t, at := in.perSasaran()
	m := in.measurement()
	if t == nil || m == nil {
		return nil, false
	}
	col := column(t, "% Capaian Kinerja")
	i, ok := in.pick(upTo(min(len(t.Rows), m.n)), func(i int) bool { return col >= 0 && in.free(build.AnggaranSasaran, at(i, col)) })
	if !ok {
		return nil, false
	}
	o := &in.orig.Sheet(build.AnggaranSasaran).Tables[0]
	right := figure(o.Rows[i][col])
	d, ok := in.mistype(right, in.offPct, nil, in.capaianElsewhere(m, i)...)
	if !ok {
		return nil, false
	}
	t.Rows[i][col] = pct(d)
	return []Fault{in.cause("ASR003", build.AnggaranSasaran, at(i, col), plain(right, 2))}, true
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

// was is a Ringkasan or Identitas line before any fault.
func (in *injector) was(k build.Kind, label string) build.Cell {
	c, _ := pairOf(in.orig, k, label)
	return c
}

func (in *injector) rgk001() ([]Fault, bool) {
	m := in.measurement()
	s := in.w.Sheet(build.Ringkasan)
	if m == nil || s == nil {
		return nil, false
	}
	var lines []int
	for n := range m.n {
		if i := pair(s, fmt.Sprintf("Capaian Sasaran %d", n+1)); i >= 0 && in.free(build.Ringkasan, pairRef(i)) {
			lines = append(lines, n)
		}
	}
	k, ok := in.one(len(lines))
	if !ok {
		return nil, false
	}
	n := lines[k]
	label := fmt.Sprintf("Capaian Sasaran %d", n+1)
	i := pair(s, label)
	right := figure(in.was(build.Ringkasan, label))
	d, ok := in.mistype(right, in.offPct, nil, in.capaianElsewhere(m, n)...)
	if !ok {
		return nil, false
	}
	s.Pairs[i].Value = pct(d)
	return []Fault{in.cause("RGK001", build.Ringkasan, pairRef(i), plain(right, 2))}, true
}

// rgk002 mistypes the Rata-rata Capaian. Half the time, where no RGK003 fault is asked for
// (it would have no other place), the Predikat is computed from the wrong average: where
// that changes the label, the Predikat's finding follows the average.
func (in *injector) rgk002() ([]Fault, bool) {
	m := in.measurement()
	s, i, ok := in.summaryPair("Rata-rata Capaian")
	if m == nil || !ok {
		return nil, false
	}
	_, avg := m.summary(m.t)
	right := figure(in.was(build.Ringkasan, "Rata-rata Capaian"))
	d, ok := in.mistype(right, in.offPct, nil, append(in.impliedCapaian(m, -1), avg)...)
	if !ok {
		return nil, false
	}
	s.Pairs[i].Value = pct(d)
	out := []Fault{in.cause("RGK002", build.Ringkasan, pairRef(i), plain(right, 2))}
	if p := pair(s, "Predikat"); p >= 0 && !in.want["RGK003"] && in.coin() && in.free(build.Ringkasan, pairRef(p)) {
		if was, now := in.was(build.Ringkasan, "Predikat").Text, predikat(d); now != was {
			s.Pairs[p].Value = build.T(now)
			out = append(out, in.follower("RGK003", build.Ringkasan, pairRef(p), was, out[0]))
		}
	}
	return out, true
}

// rgk003 writes another Predikat: neither the right one, nor the one the Rata-rata as
// written gives, nor one a Rata-rata implied by a mistyped % Capaian s/d gives.
func (in *injector) rgk003() ([]Fault, bool) {
	m := in.measurement()
	s, i, ok := in.summaryPair("Predikat")
	avg, a := pairOf(in.w, build.Ringkasan, "Rata-rata Capaian")
	if m == nil || !ok || a < 0 {
		return nil, false
	}
	right := in.was(build.Ringkasan, "Predikat").Text
	avoid := []string{predikat(figure(avg))}
	for _, v := range in.impliedCapaian(m, -1) {
		avoid = append(avoid, predikat(v))
	}
	label, ok := in.otherLabel(right, avoid...)
	if !ok {
		return nil, false
	}
	s.Pairs[i].Value = build.T(label)
	return []Fault{in.cause("RGK003", build.Ringkasan, pairRef(i), right)}, true
}

func (in *injector) rgk004() ([]Fault, bool) {
	b := in.budget()
	s, i, ok := in.summaryPair("% Serapan Anggaran")
	if b == nil || !ok {
		return nil, false
	}
	right := figure(in.was(build.Ringkasan, "% Serapan Anggaran"))
	d, ok := in.mistype(right, in.offPct, nil, percent(b.get(totalRow, b.r), b.get(totalRow, b.a)))
	if !ok {
		return nil, false
	}
	s.Pairs[i].Value = pct(d)
	return []Fault{in.cause("RGK004", build.Ringkasan, pairRef(i), plain(right, 2))}, true
}

// --- Identitas, PK, terbilang ------------------------------------------------------

// idn004 mistypes Identitas's Pagu or Realisasi Anggaran. Half the time its terbilang is
// spelled from the wrong figure: the terbilang's finding follows the figure.
func (in *injector) idn004() ([]Fault, bool) {
	b := in.budget()
	s := in.w.Sheet(build.Identitas)
	if b == nil || s == nil {
		return nil, false
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
		return nil, false
	}
	i := options[n]
	label := s.Pairs[i].Label
	copied := b.get(totalRow, b.a) // the LRA's Jumlah as written
	if label == "Realisasi Anggaran" {
		copied = b.get(totalRow, b.r)
	}
	right := figure(in.was(build.Identitas, label))
	v, ok := in.mistype(right, in.offAmount, nil, copied)
	if !ok {
		return nil, false
	}
	s.Pairs[i].Value = amount(v)
	out := []Fault{in.cause("IDN004", build.Identitas, pairRef(i), plain(right, 0))}
	if w := pair(s, label+" (terbilang)"); w >= 0 {
		if in.coin() {
			s.Pairs[w].Value = build.T(spellRupiah(v))
			out = append(out, in.follower("TBL001", build.Identitas, pairRef(w), spellRupiah(right), out[0]))
		} else {
			in.touch(build.Identitas, pairRef(w)) // it agrees with the right figure: it must stay so
		}
	}
	return out, true
}

// pk002 mistypes one PK row's Anggaran and computes the Jumlah from the rows: the PK agrees
// with itself and no longer with the pagu. Nothing says which row is wrong: the finding is
// at the Jumlah, with the pagu.
func (in *injector) pk002() ([]Fault, bool) {
	b := in.budget()
	s := in.w.Sheet(build.PK)
	if b == nil || s == nil || len(s.Tables) == 0 || s.Tables[0].Total == nil {
		return nil, false
	}
	t := &s.Tables[0]
	col := column(t, "Anggaran")
	if col < 0 || !in.free(build.PK, tableRef(s, 0, totalRow, col)) {
		return nil, false
	}
	i, ok := in.pick(upTo(len(t.Rows)), func(i int) bool { return t.Rows[i][col].Num && in.free(build.PK, tableRef(s, 0, i, col)) })
	if !ok {
		return nil, false
	}
	old, total := figure(t.Rows[i][col]), figure(t.Total[col])
	var moved decimal.Decimal
	for range 50 {
		moved = in.offAmount(old)
		if !total.Add(moved.Sub(old)).Equal(b.get(totalRow, b.a)) { // never the pagu as written
			break
		}
	}
	t.Rows[i][col] = amount(moved)
	t.Total[col] = amount(total.Add(moved.Sub(old)))
	in.touch(build.PK, tableRef(s, 0, i, col))
	return []Fault{in.cause("PK002", build.PK, tableRef(s, 0, totalRow, col), b.was(totalRow, b.a))}, true
}

func (in *injector) tbl001() ([]Fault, bool) {
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
			if f >= 0 && w >= 0 && in.free(k, pairRef(w), pairRef(f)) {
				places = append(places, place{k, f, w})
			}
		}
	}
	n, ok := in.one(len(places))
	if !ok {
		return nil, false
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
		in.touch(p.k, pairRef(p.fig)) // the figure it is held to stays right
		return []Fault{in.cause("TBL001", p.k, pairRef(p.text), right)}, true
	}
	return nil, false
}

func (in *injector) nip001() ([]Fault, bool) {
	s := in.w.Sheet(build.Identitas)
	if s == nil {
		return nil, false
	}
	i := pair(s, "NIP")
	if i < 0 || !in.free(build.Identitas, pairRef(i)) {
		return nil, false
	}
	f := strings.Fields(s.Pairs[i].Value.Text)
	if len(f) < 2 {
		return nil, false
	}
	s.Pairs[i].Value = build.T(strings.Join(f[:len(f)-1], " "))
	return []Fault{in.cause("NIP001", build.Identitas, pairRef(i), "")}, true
}

func (in *injector) idn003() ([]Fault, bool) {
	s := in.w.Sheet(build.Identitas)
	if s == nil {
		return nil, false
	}
	i, yi := pair(s, "Tanggal"), pair(s, "Tahun Laporan")
	if i < 0 || yi < 0 || !in.free(build.Identitas, pairRef(i)) {
		return nil, false
	}
	year := int(figure(s.Pairs[yi].Value).IntPart())
	var d time.Time
	if in.coin() {
		d = time.Date(year+1, time.April, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, in.rng.IntN(90)) // late
	} else {
		d = time.Date(year, time.October, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, in.rng.IntN(92)) // before the year ends
	}
	s.Pairs[i].Value = build.D(d)
	return []Fault{in.cause("IDN003", build.Identitas, pairRef(i), fmt.Sprintf("%d-01-01..%d-03-31", year+1, year+1))}, true
}

func (in *injector) idn005() ([]Fault, bool) {
	s := in.w.Sheet(build.Identitas)
	if s == nil {
		return nil, false
	}
	i := pair(s, "Jumlah Kegiatan")
	if i < 0 || !in.free(build.Identitas, pairRef(i)) {
		return nil, false
	}
	n := figure(s.Pairs[i].Value).IntPart()
	wrong := n + 1
	if in.coin() && n > 1 {
		wrong = n - 1
	}
	s.Pairs[i].Value = build.N(fmt.Sprint(wrong))
	return []Fault{in.cause("IDN005", build.Identitas, pairRef(i), fmt.Sprint(n))}, true
}

// --- Numbering, Pegawai, Inventaris, Skala -----------------------------------------

func (in *injector) um008() ([]Fault, bool) {
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
		return nil, false
	}
	p := places[n]
	t := &in.w.Sheet(p.k).Tables[p.ti]
	want := t.Rows[p.row][0].Text
	t.Rows[p.row][0] = t.Rows[p.at][0]
	return []Fault{in.cause("UM008", p.k, tableRef(in.w.Sheet(p.k), p.ti, p.row, 0), want)}, true
}

func (in *injector) pgw004() ([]Fault, bool) {
	s := in.w.Sheet(build.Pegawai)
	if s == nil {
		return nil, false
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
		return nil, false
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
	return []Fault{in.cause("PGW004", build.Pegawai, tableRef(s, p.ti, totalRow, p.col), fmt.Sprint(sum))}, true
}

func (in *injector) inv002() ([]Fault, bool) {
	s := in.w.Sheet(build.Inventaris)
	if s == nil || len(s.Tables) == 0 {
		return nil, false
	}
	t := &s.Tables[0]
	col := column(t, "Kondisi")
	i, ok := in.pick(upTo(len(t.Rows)), func(i int) bool { return col >= 0 && in.free(build.Inventaris, tableRef(s, 0, i, col)) })
	if !ok {
		return nil, false
	}
	t.Rows[i][col] = build.T("Hilang")
	return []Fault{in.cause("INV002", build.Inventaris, tableRef(s, 0, i, col), "")}, true
}

func (in *injector) skl001() ([]Fault, bool) {
	s := in.w.Sheet(build.Skala)
	if s == nil || len(s.Tables) == 0 {
		return nil, false
	}
	t := &s.Tables[0]
	lo, hi := column(t, "Batas Bawah"), column(t, "Batas Atas")
	if lo < 0 || hi < 0 {
		return nil, false
	}
	// The rows stand highest first: row i's Batas Atas meets row i-1's Batas Bawah. One more
	// overlaps the row above, whose label wins there: no predikat changes.
	i, ok := in.pick(upTo(len(t.Rows)), func(i int) bool { return i > 0 && in.free(build.Skala, tableRef(s, 0, i, hi)) })
	if !ok {
		return nil, false
	}
	t.Rows[i][hi] = build.N(short(figure(t.Rows[i][hi]).Add(decimal.NewFromInt(1))))
	return []Fault{in.cause("SKL001", build.Skala, tableRef(s, 0, i, hi), plain(figure(t.Rows[i-1][lo]), 0))}, true
}
