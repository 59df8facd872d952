// Package diff compares two submissions of one LKjIP workbook, the one an auditor sent back
// (OLD) and the corrected one (NEW): every figure that changed, the rows added and removed,
// and the findings fixed, still open and new (issue #9).
//
// Generic spreadsheet comparers match cells by address, so one inserted row makes every row
// below it "changed". Here rows are matched the way an auditor reads them: within the same
// table (by its kind, such as Realisasi Anggaran, not by the sheet's name or position) by the
// row's key: its Kode, else its label (Uraian, Indikator, Sasaran, Nama Barang...), else its
// No. Columns are matched by role, never by position. Figures are compared as exact decimals
// ("1000" and "1000.0" are the same figure); a figure is reported at the NEW workbook's cell,
// with OLD's cell when the row moved. Findings are matched by rule and by that same location
// (table, row key, column), so a finding whose row merely moved is still open, not fixed and new.
//
// The package only computes; the printers live in package report.
package diff

import (
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"lkjip/reconcile"
	"lkjip/reconcile/number"
	"lkjip/reconcile/workbook"
)

// Side is one of the two files: the model as read and the findings of the checks over it,
// both from one reading of the file (reconcile.Checker.CheckWorkbook).
type Side struct {
	Workbook *workbook.Workbook
	Result   *reconcile.Result
}

// Change is one cell whose value differs between the two files.
type Change struct {
	// Kind is the table or label/value sheet the cell belongs to.
	Kind workbook.Kind
	// Sheet and Cell are the cell in NEW; OldSheet and OldCell the same cell in OLD, which
	// differ from them when the row moved (a row inserted above it) or the sheet was renamed.
	Sheet, Cell       string
	OldSheet, OldCell string
	// Label is the row's label (its Uraian, Indikator...; a label/value line's label) as NEW
	// writes it; Column the column's label.
	Label  string
	Column string
	// What says what changed: a figure, a text, a column's label, or a column-number entry.
	What What
	// Old and New are the values: a figure as a plain decimal at the decimals it shows
	// ("98.32"), a date as 2006-01-02, a text as written (trimmed), "" for an empty cell.
	Old, New string
	row, col int
}

// What kinds of change.
type What string

// The kinds of a Change.
const (
	Figure  What = "figure"  // a figure changed, or a figure became text or empty, or the reverse
	Text    What = "text"    // a text changed
	Header  What = "header"  // a column's label changed ("% Capaian 2020" to "% Capaian 2021")
	Numbers What = "numbers" // a column-number entry changed ("4=3/2*100")
)

// RowChange is a row found in one file only.
type RowChange struct {
	Kind workbook.Kind
	// Sheet and Cell name the row's label cell in the file that holds it (NEW for an added
	// row, OLD for a removed one); Row is its sheet row.
	Sheet, Cell string
	Row         int
	Label       string
	// Cells are the row's cells in the table's columns, in column order ("A51", "B51"...).
	Cells []string
}

// Diff is the comparison of two submissions.
type Diff struct {
	Old, New *reconcile.Result
	// Warnings say what makes the comparison doubtful: another unit or year, a damaged sheet.
	Warnings []reconcile.Text
	Changes  []Change
	Added    []RowChange // rows of NEW that OLD does not have
	Removed  []RowChange // rows of OLD that NEW no longer has
	// Fixed are OLD's findings that NEW no longer has (at OLD's cells); Open are NEW's findings
	// that OLD had too, and Introduced those OLD did not have (both at NEW's cells).
	Fixed, Open, Introduced []reconcile.Finding
}

// Same reports whether the two files hold the same values in every table and line compared.
func (d *Diff) Same() bool {
	return len(d.Changes) == 0 && len(d.Added) == 0 && len(d.Removed) == 0
}

// ExitCode is the status of `lkjip diff`: 2 when a file could not be read whole (the
// comparison is then incomplete), 1 when NEW still has errors (accepted ones do not count),
// 0 when NEW is clean. The question an auditor asks of a corrected workbook is whether it can
// be signed now, and a script gates on it the way it gates on `lkjip check NEW`; whether
// anything changed is in the report.
func (d *Diff) ExitCode() int {
	if len(d.Old.Damaged) > 0 || len(d.New.Damaged) > 0 {
		return 2
	}
	if d.New.Count(reconcile.Error) > 0 {
		return 1
	}
	return 0
}

// Compare compares two files already loaded.
func Compare(old, new *Side) *Diff {
	d := &Diff{Old: old.Result, New: new.Result}
	d.warn(old, new)
	oi, ni := index(old.Workbook, old.Result.Findings), index(new.Workbook, new.Result.Findings)
	for _, tk := range oi.order {
		ot, nt := oi.tables[tk], ni.tables[tk]
		if nt == nil {
			for _, r := range ot.rows {
				d.Removed = append(d.Removed, rowChange(ot, r))
			}
			continue
		}
		d.compareTable(ot, nt)
	}
	for _, tk := range ni.order {
		if oi.tables[tk] == nil {
			nt := ni.tables[tk]
			for _, r := range nt.rows {
				d.Added = append(d.Added, rowChange(nt, r))
			}
		}
	}
	d.sort(old.Workbook, new.Workbook)
	d.findings(oi, ni)
	return d
}

func (d *Diff) warn(old, new *Side) {
	o, n := old.Result, new.Result
	if o.Unit != "" && n.Unit != "" && normLabel(o.Unit) != normLabel(n.Unit) {
		d.Warnings = append(d.Warnings, reconcile.Msg(
			"Instansi berbeda: %q di berkas lama, %q di berkas baru. Pastikan keduanya laporan unit yang sama.",
			"The units differ: %q in the old file, %q in the new one. Make sure both are reports of the same unit.", o.Unit, n.Unit))
	}
	if o.Year != 0 && n.Year != 0 && o.Year != n.Year {
		d.Warnings = append(d.Warnings, reconcile.Msg(
			"Tahun laporan berbeda: %d di berkas lama, %d di berkas baru. Pastikan keduanya laporan tahun yang sama.",
			"The report years differ: %d in the old file, %d in the new one. Make sure both are reports of the same year.", o.Year, n.Year))
	}
	for _, r := range []*reconcile.Result{o, n} {
		if len(r.Damaged) > 0 {
			d.Warnings = append(d.Warnings, reconcile.Msg(
				"%s: sheet %s tidak terbaca sampai akhir; perbandingannya tidak lengkap.",
				"%s: sheet %s cannot be read to its end; the comparison is incomplete.", r.Path, strings.Join(r.Damaged, ", ")))
		}
	}
}

// table is one table or label/value sheet with its rows keyed.
type table struct {
	kind  workbook.Kind
	sheet *workbook.Sheet
	rows  []*row
	byKey map[string]*row
	cols  []*col
	byCol map[string]*col
}

// row is one row of a table, or one line of a label/value sheet.
type row struct {
	key   string
	num   int
	label *workbook.Cell            // the cell giving the row's label
	cells map[string]*workbook.Cell // by column key
}

// col is one column of a table; label/value sheets have the one column "value".
type col struct {
	key    string
	label  string
	header *workbook.Cell
	number *workbook.Cell
}

type workbookIndex struct {
	order  []string
	tables map[string]*table
	// at locates a cell of the workbook for matching findings: table key, row key and column
	// key. rowAt does the same for a cell of a known row outside the recognised columns. Both
	// hold only the places some finding names (wanted): a table of half a million cells
	// would otherwise cost a map entry and a key string each.
	at    map[cellPos]string
	rowAt map[rowPos]string
	kinds map[string]string // sheet name -> the kind of its first table
}

type cellPos struct {
	sheet    string
	row, col int
}

type rowPos struct {
	sheet string
	row   int
}

// index indexes a workbook's tables, and locates the cells its findings name.
func index(w *workbook.Workbook, findings []reconcile.Finding) *workbookIndex {
	ix := &workbookIndex{tables: map[string]*table{}, at: map[cellPos]string{}, rowAt: map[rowPos]string{}, kinds: map[string]string{}}
	wantCell, wantRow := map[cellPos]bool{}, map[rowPos]bool{}
	for _, f := range findings {
		if f.Cell != "" {
			r, c := f.Position()
			wantCell[cellPos{f.Sheet, r, c}] = true
			wantRow[rowPos{f.Sheet, r}] = true
		}
	}
	at := func(c *workbook.Cell, loc func() string) {
		if p := (cellPos{c.Sheet, c.Row, c.Col}); wantCell[p] {
			ix.at[p] = loc()
		}
	}
	add := func(key string, t *table) {
		ix.order = append(ix.order, key)
		ix.tables[key] = t
		if _, ok := ix.kinds[t.sheet.Name]; !ok {
			ix.kinds[t.sheet.Name] = string(t.kind)
		}
		for _, c := range t.cols {
			if c.header != nil {
				at(c.header, func() string { return key + "\x00header\x00" + c.key })
			}
			if c.number != nil {
				at(c.number, func() string { return key + "\x00numbers\x00" + c.key })
			}
		}
		for _, r := range t.rows {
			if p := (rowPos{t.sheet.Name, r.num}); wantRow[p] {
				ix.rowAt[p] = key + "\x00" + r.key
			}
			for ck, c := range r.cells {
				at(c, func() string { return key + "\x00" + r.key + "\x00" + ck })
			}
			if r.label != nil {
				at(r.label, func() string { return key + "\x00" + r.key + "\x00label" })
			}
		}
	}
	for _, p := range []*workbook.Pairs{w.Identitas, w.Ringkasan} {
		if p != nil && p.Sheet != nil {
			add(string(p.Kind), pairsTable(p))
		}
	}
	seen := map[workbook.Kind]int{}
	for _, t := range w.Tables {
		seen[t.Kind]++
		key := string(t.Kind)
		if n := seen[t.Kind]; n > 1 {
			key += "#" + strconv.Itoa(n) // Pegawai's second table
		}
		add(key, dataTable(t))
	}
	return ix
}

func pairsTable(p *workbook.Pairs) *table {
	t := &table{kind: p.Kind, sheet: p.Sheet, byKey: map[string]*row{}, byCol: map[string]*col{}}
	value := &col{key: "value"}
	t.cols, t.byCol["value"] = []*col{value}, value
	count := map[string]int{}
	for _, it := range p.Items {
		base := "key:" + it.Key
		if it.Key == "" {
			base = "label:" + normLabel(it.Label.String())
		}
		r := &row{key: dedupe(base, count), label: it.Label, cells: map[string]*workbook.Cell{}}
		if it.Label != nil {
			r.num = it.Label.Row
		}
		if it.Value != nil {
			r.cells["value"] = it.Value
		}
		t.rows = append(t.rows, r)
		t.byKey[r.key] = r
	}
	return t
}

var reYear = regexp.MustCompile(`\b(19|20)\d\d\b`)

func dataTable(wt *workbook.Table) *table {
	t := &table{kind: wt.Kind, sheet: wt.Sheet, byKey: map[string]*row{}, byCol: map[string]*col{}}
	colCount := map[string]int{}
	for _, c := range wt.Columns {
		// A column is its role: a resubmission that merges a group label over its columns
		// ("RPJMD", "Realisasi Anggaran") holds the same columns. Count columns (Pegawai) share
		// one role and are told apart by their group and their own label: "Pendidikan|S2",
		// "Jenis Kelamin|Lk".
		base := string(c.Role)
		if c.Role == workbook.RoleCount || c.Role == workbook.RoleKeterangan {
			base += "|" + normLabel(reYear.ReplaceAllString(c.Group, "")) + "|" + normLabel(reYear.ReplaceAllString(c.Label, ""))
		}
		k := &col{key: dedupe(base, colCount), label: c.Label, header: c.Header, number: c.NumberCell}
		t.cols = append(t.cols, k)
		t.byCol[k.key] = k
	}
	rowCount := map[string]int{}
	for _, r := range wt.AllRows() {
		x := &row{num: r.Num, cells: map[string]*workbook.Cell{}}
		x.key, x.label = rowKey(r)
		x.key = dedupe(x.key, rowCount)
		for i, c := range wt.Columns {
			x.cells[t.cols[i].key] = r.At(c)
		}
		t.rows = append(t.rows, x)
		t.byKey[x.key] = x
	}
	return t
}

// labelRoles are the columns that name a row, in the order that names it best.
var labelRoles = []workbook.Role{workbook.RoleUraian, workbook.RoleIndikator, workbook.RoleSasaran,
	workbook.RoleNamaBarang, workbook.RoleUnit, workbook.RoleProgram, workbook.RolePredikat}

// rowKey is what identifies a row across two submissions: its Kode, else its label, else its
// No, else its position; and the cell that names it.
func rowKey(r *workbook.Row) (string, *workbook.Cell) {
	var label *workbook.Cell
	for _, role := range labelRoles {
		if c := r.Cell(role); c != nil && c.Value() != "" {
			label = c
			break
		}
	}
	if r.IsTotal {
		return "total", label
	}
	if c := r.Cell(workbook.RoleKode); c != nil && c.String() != "" {
		if label == nil {
			label = c
		}
		return "kode:" + strings.Join(strings.Fields(c.String()), ""), label
	}
	if label != nil {
		return "label:" + normLabel(label.Value()), label
	}
	if c := r.Cell(workbook.RoleNo); c != nil && c.String() != "" {
		return "no:" + c.String(), c
	}
	return "index:" + strconv.Itoa(r.Index), nil
}

// dedupe makes the n-th repeat of a key distinct: two kegiatan of the same name under two
// programs stay two rows, matched in order.
func dedupe(base string, count map[string]int) string {
	count[base]++
	if n := count[base]; n > 1 {
		return base + "#" + strconv.Itoa(n)
	}
	return base
}

// normLabel folds what a retyped label may change without meaning to: case and spacing.
func normLabel(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

func rowChange(t *table, r *row) RowChange {
	rc := RowChange{Kind: t.kind, Sheet: t.sheet.Name, Row: r.num}
	for _, c := range t.cols {
		if cell := r.cells[c.key]; cell != nil {
			rc.Cells = append(rc.Cells, cell.Ref())
		}
	}
	if r.label != nil {
		rc.Cell, rc.Label = r.label.Ref(), r.label.Value()
		if !slices.Contains(rc.Cells, rc.Cell) {
			rc.Cells = append([]string{rc.Cell}, rc.Cells...) // a label/value line's label
		}
	} else if len(rc.Cells) > 0 {
		rc.Cell = rc.Cells[0]
	}
	return rc
}

func (d *Diff) compareTable(ot, nt *table) {
	for _, nc := range nt.cols {
		oc := ot.byCol[nc.key]
		if oc == nil {
			continue
		}
		if oc.header != nil && nc.header != nil && oc.header.String() != nc.header.String() {
			d.Changes = append(d.Changes, change(nt.kind, oc.header, nc.header, "", nc.label, Header, oc.header.String(), nc.header.String()))
		}
		if oc.number != nil && nc.number != nil && oc.number.String() != nc.number.String() {
			d.Changes = append(d.Changes, change(nt.kind, oc.number, nc.number, "", nc.label, Numbers, oc.number.String(), nc.number.String()))
		}
	}
	for _, nr := range nt.rows {
		or := ot.byKey[nr.key]
		if or == nil {
			d.Added = append(d.Added, rowChange(nt, nr))
			continue
		}
		label := ""
		if nr.label != nil {
			label = nr.label.Value()
		} else if or.label != nil {
			label = or.label.Value()
		}
		if nr.key == "total" && label == "" {
			label = "Jumlah"
		}
		for _, nc := range nt.cols {
			a, b := or.cells[nc.key], nr.cells[nc.key]
			if _, ok := ot.byCol[nc.key]; !ok || b == nil {
				continue
			}
			if same(a, b) {
				continue
			}
			what := Text
			if a.IsFigure() || b.IsFigure() {
				what = Figure
			}
			if a == nil {
				a = &workbook.Cell{Sheet: ot.sheet.Name}
			}
			d.Changes = append(d.Changes, change(nt.kind, a, b, label, nc.label, what, value(a), value(b)))
		}
	}
	for _, or := range ot.rows {
		if nt.byKey[or.key] == nil {
			d.Removed = append(d.Removed, rowChange(ot, or))
		}
	}
}

func change(kind workbook.Kind, a, b *workbook.Cell, label, column string, what What, old, new string) Change {
	return Change{Kind: kind, Sheet: b.Sheet, Cell: b.Ref(), OldSheet: a.Sheet, OldCell: a.Ref(), Label: label, Column: column,
		What: what, Old: old, New: new, row: b.Row, col: b.Col}
}

// same reports whether two cells hold the same value: two figures when they are the same
// decimal, whatever their stored text or format; two empty cells ("-" is no figure, as an
// empty cell); otherwise the same text.
func same(a, b *workbook.Cell) bool {
	switch {
	case a.IsFigure() && b.IsFigure():
		return a.Num.Equal(b.Num)
	case a.IsEmpty() && b.IsEmpty():
		return true
	case a.IsFigure() && !b.IsEmpty():
		return sameNumber(a, b)
	case b.IsFigure() && !a.IsEmpty():
		return sameNumber(b, a)
	case a.IsEmpty() != b.IsEmpty():
		return false
	}
	return a.String() == b.String()
}

// sameNumber reports whether a text cell says the figure of another: a number typed as text
// in one submission ("2021", "2.739.149.000") and stored as a number in the other is the same
// value, and the rules judge both alike.
func sameNumber(figure, text *workbook.Cell) bool {
	n, none, ok := number.Text(text.String())
	return ok && !none && n.Value.Equal(figure.Num)
}

// value prints a cell's value for a change: a figure as a plain decimal at the decimals it
// shows, a date as 2006-01-02, anything else as its text.
func value(c *workbook.Cell) string {
	if c == nil {
		return ""
	}
	if c.IsFigure() {
		if c.Date && !c.FromText {
			day := c.Day(c.Num.IntPart())
			return day.Format("2006-01-02")
		}
		return reconcile.Actual(c)
	}
	return c.String()
}

// sort orders the changes and added rows as NEW lays them out, the removed rows as OLD did.
func (d *Diff) sort(old, new *workbook.Workbook) {
	pos := func(w *workbook.Workbook) map[string]int {
		m := map[string]int{}
		for i, s := range w.Sheets {
			m[s.Name] = i
		}
		return m
	}
	np, op := pos(new), pos(old)
	sort.SliceStable(d.Changes, func(i, j int) bool {
		a, b := d.Changes[i], d.Changes[j]
		if np[a.Sheet] != np[b.Sheet] {
			return np[a.Sheet] < np[b.Sheet]
		}
		if a.row != b.row {
			return a.row < b.row
		}
		return a.col < b.col
	})
	rows := func(list []RowChange, p map[string]int) {
		sort.SliceStable(list, func(i, j int) bool {
			a, b := list[i], list[j]
			if p[a.Sheet] != p[b.Sheet] {
				return p[a.Sheet] < p[b.Sheet]
			}
			return a.Row < b.Row
		})
	}
	rows(d.Added, np)
	rows(d.Removed, op)
}

// locate names where a finding is, in terms that survive rows moving: its table, row key and
// column, or its sheet's kind and cell for a cell outside every table, or its sheet and
// message for a finding about a whole sheet or the workbook.
func (ix *workbookIndex) locate(f reconcile.Finding) string {
	r, c := f.Position()
	if f.Cell != "" {
		if loc, ok := ix.at[cellPos{f.Sheet, r, c}]; ok {
			return loc
		}
		if loc, ok := ix.rowAt[rowPos{f.Sheet, r}]; ok {
			return loc + "\x00col:" + workbook.ColumnName(c)
		}
	}
	sheet := f.Sheet
	if k, ok := ix.kinds[f.Sheet]; ok {
		sheet = k
	}
	if f.Cell != "" {
		return "sheet:" + sheet + "\x00" + f.Cell
	}
	return "sheet:" + sheet + "\x00" + f.Message.ID
}

// findings sorts the findings into fixed, still open and new, matching each of NEW's with one
// of OLD's by rule and location.
func (d *Diff) findings(oi, ni *workbookIndex) {
	pending := map[string][]int{}
	for i, f := range d.Old.Findings {
		k := f.Rule + "\x00" + oi.locate(f)
		pending[k] = append(pending[k], i)
	}
	matched := make([]bool, len(d.Old.Findings))
	for _, f := range d.New.Findings {
		k := f.Rule + "\x00" + ni.locate(f)
		if list := pending[k]; len(list) > 0 {
			matched[list[0]] = true
			pending[k] = list[1:]
			d.Open = append(d.Open, f)
			continue
		}
		d.Introduced = append(d.Introduced, f)
	}
	for i, f := range d.Old.Findings {
		if !matched[i] {
			d.Fixed = append(d.Fixed, f)
		}
	}
}
