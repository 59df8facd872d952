package build

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// placed records one cell the renderer wrote, so tests can compare what a
// file holds with what was meant.
type placed struct {
	Sheet, Ref string
	Text       string // the content's printed text
	Stored     string // numeric cells: the exact stored text; text cells: the text written
	Numeric    bool
}

type renderer struct {
	f      *excelize.File
	l      Layout
	styles map[string]int
	widths map[int]int // column -> widest text, for the sheet being written
	out    []placed
}

// render builds the workbook under layout l in memory.
func (w *Workbook) render(l Layout) (*excelize.File, []placed, error) {
	f := excelize.NewFile()
	r := &renderer{f: f, l: l, styles: map[string]int{}}
	names := w.SheetNames(l)
	for _, name := range names {
		if _, err := f.NewSheet(name); err != nil {
			f.Close()
			return nil, nil, err
		}
	}
	if err := f.DeleteSheet("Sheet1"); err != nil {
		f.Close()
		return nil, nil, err
	}
	for _, s := range w.ordered(l) {
		if err := r.sheet(SheetName(s.Kind, l), s); err != nil {
			f.Close()
			return nil, nil, fmt.Errorf("%s: sheet %s: %w", w.Name, s.Kind, err)
		}
	}
	if l.ExtraSheetAndColumn {
		if err := r.catatan(); err != nil {
			f.Close()
			return nil, nil, err
		}
	}
	hidden := ""
	if l.HiddenRowAndSheet && w.Sheet(HiddenSheet) != nil {
		hidden = SheetName(HiddenSheet, l)
	}
	for i, name := range names {
		if name != hidden {
			f.SetActiveSheet(i) // a selected sheet cannot be hidden
			break
		}
	}
	if hidden != "" {
		if err := f.SetSheetVisible(hidden, false); err != nil {
			f.Close()
			return nil, nil, err
		}
	}
	return f, r.out, nil
}

func (r *renderer) sheet(name string, s *Sheet) error {
	r.widths = map[int]int{}
	row := 1
	if r.l.TitleRows {
		for _, t := range s.Titles {
			if err := r.text(name, 1, row, t, r.style("title")); err != nil {
				return err
			}
			row++
		}
	}
	for _, p := range s.Pairs {
		if err := r.text(name, 1, row, p.Label, 0); err != nil {
			return err
		}
		if err := r.cell(name, 2, row, p.Value, hasThousands(p.Value.Text) && p.Value.Num, s.Kind); err != nil {
			return err
		}
		row++
	}
	for i := range s.Tables {
		t := &s.Tables[i]
		if i > 0 {
			row++
		}
		for _, c := range t.Caption {
			if err := r.text(name, 1, row, c, r.style("title")); err != nil {
				return err
			}
			row++
		}
		var err error
		if row, err = r.table(name, s.Kind, i, t, row); err != nil {
			return err
		}
	}
	for col, w := range r.widths {
		c, _ := excelize.ColumnNumberToName(col)
		if err := r.f.SetColWidth(name, c, c, float64(min(max(w+2, 6), 50))); err != nil {
			return err
		}
	}
	return nil
}

// table writes table t of a sheet of kind k with its header at row and
// returns the row after it.
func (r *renderer) table(sheet string, k Kind, index int, t *Table, row int) (int, error) {
	for i, cells := range append([][]Cell{t.Numbers, t.Total}, t.Rows...) {
		if cells != nil && len(cells) != len(t.Columns) {
			return 0, fmt.Errorf("row %d has %d cells for %d columns", i, len(cells), len(t.Columns))
		}
	}
	perm := arrange(k, t.Columns, r.l.OtherColumnOrder)
	extra := r.l.ExtraSheetAndColumn && index == 0 && (k == Pengukuran || k == RealisasiAnggaran)
	groups := make([]string, len(t.Columns))
	two := false
	for i, c := range t.Columns {
		groups[i] = c.Group
		if groups[i] == "" && r.l.TwoRowHeaders {
			groups[i] = layoutGroup(k, c.Label)
		}
		two = two || groups[i] != ""
	}
	// An amount column prints its figures with thousands separators; all its
	// whole numbers (even 0 and 700) then take the #,##0 format.
	amount := make([]bool, len(t.Columns))
	for _, cells := range append([][]Cell{t.Total}, t.Rows...) {
		for i, c := range cells {
			amount[i] = amount[i] || (c.Num && hasThousands(c.Text))
		}
	}

	hdr := r.style("header")
	header := func(x int, label string) error {
		if err := r.text(sheet, x, row, label, hdr); err != nil {
			return err
		}
		if two {
			if err := r.text(sheet, x, row+1, "", hdr); err != nil {
				return err
			}
			return r.merge(sheet, x, row, x, row+1)
		}
		return nil
	}
	for j, ci := range perm {
		x, c := j+1, t.Columns[ci]
		if groups[ci] == "" {
			if err := header(x, c.Label); err != nil {
				return 0, err
			}
			continue
		}
		if err := r.text(sheet, x, row+1, c.Label, hdr); err != nil {
			return 0, err
		}
		if j > 0 && groups[perm[j-1]] == groups[ci] {
			continue
		}
		end := j
		for end+1 < len(perm) && groups[perm[end+1]] == groups[ci] {
			end++
		}
		for e := j; e <= end; e++ {
			if err := r.text(sheet, e+1, row, "", hdr); err != nil {
				return 0, err
			}
		}
		if err := r.text(sheet, x, row, groups[ci], hdr); err != nil {
			return 0, err
		}
		if end > j {
			if err := r.merge(sheet, x, row, end+1, row); err != nil {
				return 0, err
			}
		}
	}
	if extra {
		if err := header(len(perm)+1, ExtraColumn); err != nil {
			return 0, err
		}
	}
	if two {
		row += 2
	} else {
		row++
	}

	line := func(cells []Cell, extraCell Cell) error {
		for j, ci := range perm {
			if err := r.cell(sheet, j+1, row, cells[ci], amount[ci], k); err != nil {
				return err
			}
		}
		if extra {
			if err := r.cell(sheet, len(perm)+1, row, extraCell, false, k); err != nil {
				return err
			}
		}
		row++
		return nil
	}
	if t.Numbers != nil {
		if err := line(t.Numbers, Cell{}); err != nil {
			return 0, err
		}
	}
	for i, cells := range t.Rows {
		var note Cell
		switch i {
		case 0:
			note = T("sesuai DPA")
		case 1:
			note = N("1")
		}
		if r.l.HiddenRowAndSheet && index == 0 && i == 1 && (k == Pengukuran || k == RealisasiAnggaran) {
			if err := r.f.SetRowVisible(sheet, row, false); err != nil {
				return 0, err
			}
		}
		if err := line(cells, note); err != nil {
			return 0, err
		}
	}
	if t.Total != nil {
		if err := line(t.Total, Cell{}); err != nil {
			return 0, err
		}
	}
	return row, nil
}

// catatan writes the unrelated sheet of the ExtraSheetAndColumn layout: a
// note by whoever filled in the workbook, with a stray number in it.
func (r *renderer) catatan() error {
	r.widths = map[int]int{}
	for i, c := range [][]Cell{
		{T("Catatan penyusun")},
		{T("Lembar ini bukan bagian dari laporan dan tidak perlu diperiksa.")},
		{T("Halaman naskah"), N("40")},
		{T("Lampiran"), N("3")},
	} {
		for j, v := range c {
			if err := r.cell(ExtraSheet, j+1, i+1, v, false, -1); err != nil {
				return err
			}
		}
	}
	return nil
}

// cell writes one content cell. A numeric cell stores the exact text Stored
// gives (SetCellDefault writes it as <v> of a number-type cell, no float64
// on the way) with a number format showing the printed decimals.
func (r *renderer) cell(sheet string, col, row int, c Cell, amount bool, k Kind) error {
	if c.Text == "" {
		return nil
	}
	ref, err := excelize.CoordinatesToCellName(col, row)
	if err != nil {
		return err
	}
	r.widen(col, c.Text)
	p := placed{Sheet: sheet, Ref: ref, Text: c.Text, Stored: c.Text}
	switch {
	case !c.Num && c.Date.IsZero():
		err = r.f.SetCellStr(sheet, ref, c.Text)
	case r.l.NumbersAsText:
		if c.Num && hasThousands(c.Text) && (k == PK || k == AnggaranSasaran) {
			p.Stored = "Rp. " + c.Text + ",-"
		}
		err = r.f.SetCellStr(sheet, ref, p.Stored)
	case !c.Date.IsZero():
		p.Stored, p.Numeric = serial(c.Date), true
		if err = r.f.SetCellDefault(sheet, ref, p.Stored); err == nil {
			err = r.f.SetCellStyle(sheet, ref, ref, r.style("dd/mm/yyyy"))
		}
	default:
		if p.Stored, err = Stored(c.Text); err != nil {
			return fmt.Errorf("%s: %w", ref, err)
		}
		p.Numeric = true
		if err = r.f.SetCellDefault(sheet, ref, p.Stored); err == nil {
			if code := numFmtCode(c.Text, amount); code != "" {
				err = r.f.SetCellStyle(sheet, ref, ref, r.style(code))
			}
		}
	}
	if err != nil {
		return err
	}
	r.out = append(r.out, p)
	return nil
}

// text writes a text cell (a label or a title), styled; "" writes only the style.
func (r *renderer) text(sheet string, col, row int, s string, style int) error {
	ref, err := excelize.CoordinatesToCellName(col, row)
	if err != nil {
		return err
	}
	if s != "" {
		r.widen(col, s)
		if err := r.f.SetCellStr(sheet, ref, s); err != nil {
			return err
		}
	}
	if style != 0 {
		return r.f.SetCellStyle(sheet, ref, ref, style)
	}
	return nil
}

func (r *renderer) merge(sheet string, c1, r1, c2, r2 int) error {
	a, _ := excelize.CoordinatesToCellName(c1, r1)
	b, _ := excelize.CoordinatesToCellName(c2, r2)
	return r.f.MergeCell(sheet, a, b)
}

func (r *renderer) widen(col int, s string) {
	for _, line := range strings.Split(s, "\n") {
		r.widths[col] = max(r.widths[col], utf8.RuneCountInString(line))
	}
}

// builtinFmt are the number formats with a built-in id.
var builtinFmt = map[string]int{"0.00": 2, "#,##0": 3, "#,##0.00": 4}

// style returns the id of a named style: "header", "title", or a number format code.
func (r *renderer) style(name string) int {
	if id, ok := r.styles[name]; ok {
		return id
	}
	var s excelize.Style
	switch name {
	case "header":
		s.Font = &excelize.Font{Bold: true}
		s.Alignment = &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}
	case "title":
		s.Font = &excelize.Font{Bold: true}
	default:
		if id, ok := builtinFmt[name]; ok {
			s.NumFmt = id
		} else {
			code := name
			s.CustomNumFmt = &code
		}
	}
	id, err := r.f.NewStyle(&s)
	if err != nil {
		panic(err) // only a malformed style definition above can fail
	}
	r.styles[name] = id
	return id
}

// layoutGroup is the group label the TwoRowHeaders layout puts over a column
// that has none in the content: RPJMD over the Renstra columns and Capaian
// over the % Capaian columns of Pengukuran, Realisasi Anggaran over
// Realisasi | Selisih | % of the LRA.
func layoutGroup(k Kind, label string) string {
	l := strings.ToLower(label)
	switch k {
	case Pengukuran:
		if strings.Contains(l, "target akhir") || strings.Contains(l, "s/d") {
			return "RPJMD"
		}
		if strings.Contains(l, "capaian") {
			return "Capaian"
		}
	case RealisasiAnggaran:
		switch l {
		case "realisasi", "selisih", "%":
			return "Realisasi Anggaran"
		}
	}
	return ""
}

// arrange returns the column order: perm[j] is the content column shown at
// position j. With reorder, key columns keep their places and the other
// columns fill the remaining places in reverse order of blocks, a block being
// the columns under one group label (content or layout); inside a block the
// order is reversed too, unless its labels differ only by year (the three
// "% Capaian" columns take their roles T, T-1, T-2 from their order).
func arrange(k Kind, cols []Column, reorder bool) []int {
	perm := make([]int, len(cols))
	for i := range perm {
		perm[i] = i
	}
	if !reorder {
		return perm
	}
	var places []int
	var blocks [][]int
	last := ""
	for i, c := range cols {
		if c.Key {
			last = ""
			continue
		}
		places = append(places, i)
		g := c.Group
		if g == "" {
			g = layoutGroup(k, c.Label)
		}
		if g != "" && g == last {
			blocks[len(blocks)-1] = append(blocks[len(blocks)-1], i)
		} else {
			blocks = append(blocks, []int{i})
		}
		last = g
	}
	var seq []int
	for b := len(blocks) - 1; b >= 0; b-- {
		block := blocks[b]
		if distinctLabels(cols, block) {
			for i := len(block) - 1; i >= 0; i-- {
				seq = append(seq, block[i])
			}
		} else {
			seq = append(seq, block...)
		}
	}
	for j, p := range places {
		perm[p] = seq[j]
	}
	return perm
}

func distinctLabels(cols []Column, idx []int) bool {
	seen := map[string]bool{}
	for _, i := range idx {
		l := strings.TrimSpace(strings.Map(func(r rune) rune {
			if r >= '0' && r <= '9' {
				return -1
			}
			return r
		}, cols[i].Label))
		if seen[l] {
			return false
		}
		seen[l] = true
	}
	return true
}
