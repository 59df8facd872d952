package layout

import (
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"lkjip/reconcile/number"
	wb "lkjip/reconcile/workbook"
)

// OutputSheets are the sheets lkjip adds to the copies it writes (--annotate, --fix, the
// annotated diff), under their names and the names used when the workbook has one already.
var OutputSheets = []string{"Temuan", "Temuan (lkjip)", "Perbaikan", "Perbaikan (lkjip)", "Perubahan", "Perubahan (lkjip)"}

// headerWindow is how far down a sheet a table's header may start (spec: the first 15 rows).
const headerWindow = 15

// Build recognises the sheets of a workbook and returns its model.
func Build(path string, sheets []*wb.Sheet) *wb.Workbook {
	w := &wb.Workbook{Path: path, Sheets: sheets}
	claimed := map[*wb.Sheet]bool{}
	// lkjip's own lists in a copy it wrote (the findings, the corrections, the changes) are
	// not the unit's tables: a cell reference "D3" in the corrections' list reads as a Pegawai
	// header (Diploma 3) otherwise, and checking a corrected copy again must not judge them.
	for _, sh := range sheets {
		if slices.Contains(OutputSheets, sh.Name) {
			w.Ignored = append(w.Ignored, sh)
			claimed[sh] = true
		}
	}
	// First the sheets whose names say what they are, then the others by their content.
	for _, sh := range sheets {
		if claimed[sh] {
			continue
		}
		if sc := schemaByName(sh.Name); sc != nil {
			if recognise(w, sh, sc, true) {
				claimed[sh] = true
			} else {
				w.NoHeader = append(w.NoHeader, wb.NamedSheet{Sheet: sh, Kind: sc.kind})
				claimed[sh] = true
			}
		}
	}
	for _, sh := range sheets {
		if claimed[sh] {
			continue
		}
		if sc := schemaByContent(w, sh); sc != nil && recognise(w, sh, sc, false) {
			continue
		}
		w.Ignored = append(w.Ignored, sh)
	}
	sort.SliceStable(w.Tables, func(i, j int) bool {
		return w.Tables[i].Sheet.Position < w.Tables[j].Sheet.Position
	})
	finish(w)
	return w
}

func schemaByName(name string) *schema {
	n := normName(name)
	for _, sc := range schemas {
		for _, a := range sc.names {
			if n == a {
				return sc
			}
		}
	}
	return nil
}

// schemaByContent picks the kind whose header the sheet carries best, for a sheet whose name
// is not an alias. Kinds the workbook already has by name are still candidates: a second
// table of a kind is kept and checked too.
func schemaByContent(w *wb.Workbook, sh *wb.Sheet) *schema {
	var best *schema
	bestScore := 0
	for _, sc := range schemas {
		var score int
		if sc.pairs {
			score = len(readPairs(sh, sc.kind).Items) // only known keys count
			if score < 3 {
				continue
			}
		} else {
			h := findHeader(sh, sc, 1, headerWindow)
			if h == nil || len(h.missing) > 0 {
				continue
			}
			score = h.score
			if score < 3 {
				continue
			}
			if b := splitCombined(sh, sc, h); b != nil {
				// A combined table is read whole as a Pengukuran and its budget half: the
				// budget schema alone would read the indicators' Realisasi as the budget's.
				score += b.score
			}
		}
		if score > bestScore || (score == bestScore && best != nil && len(sc.cols) < len(best.cols)) {
			best, bestScore = sc, score
		}
	}
	return best
}

// recognise reads the tables (or pairs) of one sheet as the given kind.
func recognise(w *wb.Workbook, sh *wb.Sheet, sc *schema, byName bool) bool {
	if sc.pairs {
		p := readPairs(sh, sc.kind)
		if len(p.Items) == 0 {
			return false
		}
		switch sc.kind {
		case wb.Identitas:
			if w.Identitas == nil {
				w.Identitas = p
			}
		case wb.Ringkasan:
			if w.Ringkasan == nil {
				w.Ringkasan = p
			}
		}
		return true
	}
	from, found := 1, false
	for {
		window := headerWindow
		if found {
			window = headerWindow
		}
		h := findHeader(sh, sc, from, from+window-1)
		// findHeader returns the best header of the window, which may be a second table's:
		// a Pegawai sheet whose second table has more groups than its first. A complete
		// header above the best one, with a row between them (adjacent rows are one header),
		// starts a table of its own: take the first, the loop comes back for the next.
		for h != nil && h.rows[0] > from {
			e := findHeader(sh, sc, from, h.rows[0]-1)
			if e == nil || len(e.missing) > 0 || e.score < min(3, h.score) || e.rows[len(e.rows)-1]+1 >= h.rows[0] {
				break
			}
			h = e
		}
		if h == nil || (!byName && len(h.missing) > 0) || (len(h.missing) > 0 && h.score < 2) {
			return found
		}
		budget := splitCombined(sh, sc, h)
		t := readTable(sh, sc, h)
		w.Tables = append(w.Tables, t)
		if budget != nil {
			w.Tables = append(w.Tables, readTable(sh, budgetSchema(), budget))
		}
		found = true
		last := h.rows[len(h.rows)-1]
		if t.Total != nil {
			last = t.Total.Num
		} else if n := len(t.Rows); n > 0 {
			last = t.Rows[n-1].Num
		}
		if last >= lastRow(sh) {
			return true
		}
		from = last + 1
	}
}

func lastRow(sh *wb.Sheet) int {
	if len(sh.Rows) == 0 {
		return 0
	}
	return sh.Rows[len(sh.Rows)-1].Num
}

// header is a recognised header: its rows and its columns.
type header struct {
	rows    []int
	cols    []*wb.Column
	missing []wb.Role
	score   int // distinct roles matched
	subs    int // columns labelled by a sub-label under a group
	specs   map[*wb.Column]*colSpec
}

// findHeader looks for the schema's header starting in rows from..to, one row or two.
func findHeader(sh *wb.Sheet, sc *schema, from, to int) *header {
	var best *header
	better := func(h *header) bool {
		if h == nil {
			return false
		}
		if best == nil {
			return true
		}
		if (len(h.missing) == 0) != (len(best.missing) == 0) {
			return len(h.missing) == 0
		}
		if h.score != best.score {
			return h.score > best.score
		}
		if h.subs != best.subs {
			return h.subs > best.subs // sub-labels under groups make a two-row header
		}
		return len(h.rows) < len(best.rows) // a title row above is no group row
	}
	for _, gr := range sh.Rows {
		if gr.Num < from {
			continue
		}
		if gr.Num > to {
			break
		}
		// A complete header is not followed by a better one two rows further down: what
		// follows it is data. Stopping there keeps big sheets from being scanned as headers.
		if best != nil && len(best.missing) == 0 && gr.Num > best.rows[0]+2 {
			break
		}
		for _, two := range []bool{false, true} {
			if h := tryHeaderFrom(sh, sc, gr.Num, two, 1); better(h) {
				best = h
			}
		}
	}
	if best == nil || best.score == 0 {
		return nil
	}
	return best
}

// labelCell returns the cell holding the label shown at (row, col): the cell itself or the
// top-left cell of its merge; nil when nothing is shown or the cell holds a figure.
func labelCell(sh *wb.Sheet, row, col int) *wb.Cell {
	c := sh.Cell(row, col)
	if c == nil {
		return nil
	}
	if c.Kind == wb.Blank && c.MergedInto != nil {
		c = c.MergedInto
	}
	if c.Kind != wb.Text || strings.TrimSpace(c.Text) == "" {
		return nil
	}
	return c
}

type candidate struct {
	src   *wb.Cell // the cell whose text is matched
	join  *wb.Cell // a group label whose text goes before src's, or nil
	cell  *wb.Cell
	group *wb.Cell
	sub   bool // a sub-column label under a group label
}

func (cd candidate) text() string {
	if cd.join != nil {
		return cd.join.Text + " " + cd.src.Text
	}
	return cd.src.Text
}

// spans reports whether a header label stands over more than its own column: merged across
// columns, or followed by empty cells whose sub-labels it groups.
func spans(sh *wb.Sheet, top *wb.Cell) bool {
	if next := sh.Cell(top.Row, top.Col+1); next != nil && next.MergedInto == top {
		return true
	}
	next := sh.Cell(top.Row, top.Col+1)
	empty := next == nil || (next.Kind == wb.Blank && next.MergedInto == nil)
	return empty && labelCell(sh, top.Row+1, top.Col) != nil && labelCell(sh, top.Row+1, top.Col+1) != nil
}

// tryHeaderFrom reads the header of one row, or two (two), over the columns from minCol on
// (above 1 for the second table of a combined header: see splitCombined).
func tryHeaderFrom(sh *wb.Sheet, sc *schema, row int, two bool, minCol int) *header {
	if two {
		// The upper row of a two-row header holds several labels (vertical ones and group
		// labels); a row with one text only is a title above the table.
		var first *wb.Cell
		several := false
		for _, col := range sh.Columns(row) {
			if c := labelCell(sh, row, col); c != nil {
				if first == nil {
					first = c
				} else if c != first {
					several = true
					break
				}
			}
		}
		if !several {
			return nil
		}
	}
	h := &header{rows: []int{row}, specs: map[*wb.Column]*colSpec{}}
	if two {
		h.rows = append(h.rows, row+1)
	}
	used := map[wb.Role]int{}
	groups := map[string]bool{}
	var lastGroup *wb.Cell
	matches := make([]match, 0, 16)
	// Only the columns where the rows hold a cell or a merge can show a label: walking every
	// column up to MaxCol, which one cell at column XFD makes 16,384, finds nothing more.
	var cols []int
	var months map[*wb.Cell]bool
	if two {
		cols = sh.Columns(row, row+1)
		if sc.kind != wb.Pegawai {
			months = monthGroups(sh, row, cols)
		}
	} else {
		cols = sh.Columns(row)
	}
	for _, col := range cols {
		if col < max(1, minCol) {
			continue
		}
		top := labelCell(sh, row, col)
		var cands []candidate
		if !two {
			// A label merged down from the row above belongs to a two-row header.
			if top != nil && top.Row == row {
				cands = []candidate{{src: top, cell: top}}
			}
		} else {
			bottom := labelCell(sh, row+1, col)
			if bottom != nil && top != nil && bottom == top {
				bottom = nil // one label merged down across both rows
			}
			if top != nil && top.Col == col {
				lastGroup = nil
				if spans(sh, top) {
					lastGroup = top
				}
			}
			under := lastGroup != nil && (top == nil || top == lastGroup)
			if under && months[lastGroup] {
				// A group over months and their Jumlah (e-kinerja): the months are parts of
				// the Jumlah.
				if m := monthAt(sh, row+1, col); m != nil {
					matches = append(matches, match{col: col, spec: partSpec, cand: candidate{src: m, cell: m, group: lastGroup, sub: true}, year: yearIn(lastGroup.Text)})
					continue
				}
			}
			if under && sc.kind != wb.Pegawai && bottom != nil && totalLabels[norm(bottom.Text)] {
				// A Jumlah under a group only repeats it: the column takes the group's role.
				// Read with its own word, "Realisasi Anggaran (Rp) Jumlah" would match
				// "jumlah anggaran" as well as "realisasi anggaran". (Pegawai's Jumlah under
				// a group is that group's subtotal, read as a count of the group.)
				cands = []candidate{{src: lastGroup, cell: bottom, group: lastGroup, sub: true}}
			}
			switch {
			case cands != nil:
			case bottom != nil && lastGroup != nil && (top == nil || top == lastGroup):
				// A sub-column under a group label, merged or typed once over several columns.
				cands = []candidate{{src: bottom, cell: bottom, group: lastGroup, sub: true}, {src: bottom, join: lastGroup, cell: bottom, group: lastGroup, sub: true}}
			case top != nil:
				// A label over one column only: what stands under it is data, not a sub-label.
				cands = []candidate{{src: top, cell: top}}
			case bottom != nil:
				cands = []candidate{{src: bottom, cell: bottom}}
			}
		}
		var bestSpec *colSpec
		var bestCand candidate
		bestScore := 0
		for _, cd := range cands {
			if i, score := bestAlias(sc, cd.text()); i >= 0 && score > bestScore {
				bestScore, bestSpec, bestCand = score, &sc.cols[i], cd
			}
		}
		if bestSpec == nil {
			continue
		}
		matches = append(matches, match{col: col, spec: bestSpec, cand: bestCand, year: candYear(bestCand)})
	}
	capaianAsTargetPercent(sc, matches)
	byYear := rolesByYear(matches)
	for _, m := range matches {
		bestSpec, bestCand, col := m.spec, m.cand, m.col
		role := bestSpec.role
		if bestSpec == partSpec {
			// role stays RolePart: one column per month
		} else if r, ok := byYear[col]; ok {
			if r == "" || r != bestSpec.role && used[r] > 0 {
				continue // a year beyond the roles the label has, or a role taken by its own label
			}
			role = r
		} else if role != wb.RoleCount {
			if n := used[role]; n > 0 {
				if n-1 < len(bestSpec.repeat) {
					role = bestSpec.repeat[n-1]
				} else {
					continue // a second column of one role: the first one counts
				}
			}
			if used[role] > 0 && role != bestSpec.role {
				continue
			}
		}
		used[bestSpec.role]++
		if role != bestSpec.role {
			used[role]++
		}
		c := &wb.Column{Role: role, Col: col, Label: oneLine(bestCand.cell.Text), Header: bestCand.cell, Figure: bestSpec.figure}
		if bestCand.group != nil {
			c.Group = oneLine(bestCand.group.Text)
		}
		if bestCand.sub {
			h.subs++
		}
		if bestSpec.group != "" {
			c.Group = bestSpec.group
			groups[bestSpec.group] = true
		}
		c.Year, c.YearCell = yearIn(c.Label), c.Header
		if c.Year == 0 && bestCand.group != nil {
			if y := yearIn(bestCand.group.Text); y != 0 {
				c.Year, c.YearCell = y, bestCand.group
			}
		}
		h.cols = append(h.cols, c)
		h.specs[c] = bestSpec
	}
	roles := map[wb.Role]bool{}
	for _, c := range h.cols {
		if !yearOnly[c.Role] && c.Role != RolePart {
			// The earlier years' Target and Realisasi say nothing more about which table
			// this is: counted, they would make a header with them win over one without.
			roles[c.Role] = true
		}
	}
	h.score = len(roles) + len(groups)
	h.cols = dropOrphanParts(h.cols)
	for _, r := range sc.required {
		if !roles[r] {
			h.missing = append(h.missing, r)
		}
	}
	for _, set := range sc.anyOf {
		ok := false
		for _, r := range set {
			ok = ok || roles[r]
		}
		if !ok {
			h.missing = append(h.missing, set[0])
		}
	}
	return h
}

// capaianAsTargetPercent reads a second Target column marked as a percentage, after the
// Realisasi, as the % Capaian of a Pengukuran table that has no column of that name: an
// e-kinerja page prints "Target | Realisasi (months, Jumlah) | Target Kinerja(%)", the
// share of the target achieved (Polewali Mandar 2022: 93 of 95,56 is 97,32). A Target (%)
// with no Target before it stays the target, and a table with a Capaian column keeps it.
func capaianAsTargetPercent(sc *schema, ms []match) {
	if sc.kind != wb.Pengukuran {
		return
	}
	var capaian *colSpec
	for i := range sc.cols {
		if sc.cols[i].role == wb.RoleCapaian {
			capaian = &sc.cols[i]
		}
	}
	for _, m := range ms {
		switch m.spec.role {
		case wb.RoleCapaian, wb.RoleCapaian1, wb.RoleCapaian2:
			return
		}
	}
	targets, realisasi := 0, 0
	for i, m := range ms {
		switch m.spec.role {
		case wb.RoleRealisasi:
			realisasi = max(realisasi, m.col)
		case wb.RoleTarget:
			targets++
			if targets > 1 && realisasi > 0 && m.col > realisasi && m.year == 0 && capaian != nil &&
				slices.Contains(words(m.cand.text()), "persen") {
				ms[i].spec = capaian
				return
			}
		}
	}
}

// reNumberEntry reads one entry of a column-number row: "4", "4=3/2*100", and the same in
// parentheses as many government forms print them, "(4)" and "(4)=(3)/(2)x100". Left
// unrecognised, a "(3)" row would be read as a data row of negative figures.
var reNumberEntry = regexp.MustCompile(`^\s*(?:(\d{1,3})|\(\s*(\d{1,3})\s*\))\s*(?:=\s*(.+?))?\s*$`)

// numberRow reads a column-number row ("1 | 2 | 3 | 4=3/2*100"): every filled cell a column
// number, possibly with a formula, the numbers distinct and either rising from left to right
// or, where columns were moved, covering a run without gaps. It returns the entries by column.
var thousand = decimal.NewFromInt(1000)

func numberRow(sh *wb.Sheet, gr *wb.GridRow) map[int][2]string {
	out := map[int][2]string{}
	prev, rising := 0, true
	lo, hi := 0, 0
	seen := map[int]bool{}
	for _, c := range gr.Cells {
		if c == nil || c.Kind == wb.Blank || (c.Kind == wb.Text && strings.TrimSpace(c.Text) == "") {
			continue
		}
		var text string
		switch c.Kind {
		case wb.Number:
			// A column number is 1 to 999: a data row's amounts fail here without being
			// formatted and matched, as most rows of a table do.
			if !c.Num.IsInteger() || c.Num.Sign() <= 0 || c.Num.Cmp(thousand) >= 0 {
				return nil
			}
			text = strconv.Itoa(int(c.Num.IntPart()))
		case wb.Text:
			text = c.Text
			if t := strings.TrimSpace(text); t == "" || (t[0] < '0' || t[0] > '9') && t[0] != '(' {
				return nil // a label: no entry starts otherwise
			}
		default:
			return nil
		}
		var m []string
		if t := strings.TrimSpace(text); len(t) <= 3 && strings.Trim(t, "0123456789") == "" {
			m = []string{t, t, "", ""} // a plain number, as most entries are
		} else {
			m = reNumberEntry.FindStringSubmatch(text)
		}
		if m == nil {
			return nil
		}
		if m[1] == "" {
			m[1] = m[2] // written in parentheses
		}
		n, _ := strconv.Atoi(m[1])
		if n < 1 || seen[n] {
			return nil
		}
		seen[n] = true
		if n <= prev {
			rising = false
		}
		prev = n
		if lo == 0 || n < lo {
			lo = n
		}
		if n > hi {
			hi = n
		}
		out[c.Col] = [2]string{m[1], strings.TrimSpace(m[3])}
	}
	if len(out) < 2 || !rising && hi-lo+1 != len(out) {
		return nil
	}
	return out
}

// readTable reads the rows under a header until the table's Jumlah row or its end.
func readTable(sh *wb.Sheet, sc *schema, h *header) *wb.Table {
	t := &wb.Table{Kind: sc.kind, Sheet: sh, HeaderRows: h.rows, Columns: h.cols, Missing: h.missing}
	byCol := map[int]*wb.Column{}
	figure := map[int]bool{}
	units := map[int]bool{}
	// amounts are the budget's amount columns, where "2.325,32 M" is read; scaled lists the
	// cells so read, unscaled marks a column that also holds an amount written out.
	amounts, unscaled := map[int]bool{}, map[int]bool{}
	scaled := map[int][]*wb.Cell{}
	for _, c := range h.cols {
		byCol[c.Col] = c
		if h.specs[c].figure {
			figure[c.Col] = true
		}
		units[c.Col] = h.specs[c].units
		if sc.kind == wb.RealisasiAnggaran && (c.Role == wb.RoleAnggaran || c.Role == wb.RoleRealisasi || c.Role == wb.RoleSelisih) {
			amounts[c.Col] = true
		}
	}
	// The labels each column shows in the header rows, its group label included: a header
	// repeated after a page break repeats them. A two-row header repeats as two rows, the
	// upper one holding the vertical labels and the group labels, the lower one the
	// sub-labels; each must be recognised as a repeat.
	headerText := map[int]map[string]bool{}
	for _, c := range h.cols {
		texts := map[string]bool{}
		for _, hr := range h.rows {
			if lc := labelCell(sh, hr, c.Col); lc != nil {
				if n := norm(lc.Text); n != "" {
					texts[n] = true
				}
			}
		}
		headerText[c.Col] = texts
	}
	norms := normCache{}
	last := h.rows[len(h.rows)-1]
	blankRun := 0
	var texts []*wb.Cell // a row's texts that may repeat a header label
	isHeaderText := func(c *wb.Cell) bool { return headerText[c.Col][norms.of(c.Text)] }
	prevNum := last
	var prev *wb.Row
	for _, gr := range sh.Rows {
		if gr.Num <= last {
			continue
		}
		// An empty row is usually not in the file at all (Excel writes no element for it):
		// a gap in the row numbers is a run of blank rows, as much as a row with no cell
		// filled. Without this, the blank line above a signature block goes unseen and the
		// signature is read as data rows.
		blankRun += gr.Num - prevNum - 1
		prevNum = gr.Num
		if entries := numberRow(sh, gr); entries != nil {
			if t.NumberRow == 0 && len(t.Rows) == 0 && blankRun == 0 {
				t.NumberRow = gr.Num
				for col, e := range entries {
					if c := byCol[col]; c != nil {
						c.Number, c.Declared, c.NumberCell = e[0], e[1], sh.Cell(gr.Num, col)
					}
				}
			}
			continue // a column-number row repeated after a page break
		}
		filled, figures := 0, 0
		texts = texts[:0]
		for _, c := range h.cols {
			cell := sh.Cell(gr.Num, c.Col)
			if cell == nil || cell.Kind == wb.Blank || strings.TrimSpace(cell.Text) == "" {
				continue
			}
			filled++
			if figure[c.Col] {
				toFigure(cell)
				if units[c.Col] {
					toFigureWithUnit(cell)
				}
				if amounts[c.Col] {
					toScaledAmount(cell)
					switch {
					case cell.Rounded:
						scaled[c.Col] = append(scaled[c.Col], cell)
					case cell.Kind == wb.Number && !cell.Num.IsZero():
						unscaled[c.Col] = true
					}
				}
				if cell.Kind == wb.Number {
					figures++
				}
			}
			if cell.Kind == wb.Text && len(cell.Text) <= maxLabelLen && len(headerText[c.Col]) > 0 {
				texts = append(texts, cell)
			}
		}
		if filled == 0 {
			blankRun++
			continue
		}
		if repeatsHeader(texts, len(h.cols), filled, isHeaderText) {
			continue // the header (or one row of it) repeated on a new page
		}
		row := &wb.Row{Table: t, Num: gr.Num, Hidden: gr.Hidden}
		if isTotal(sh, gr, t) {
			row.IsTotal = true
			row.Index = len(t.Rows)
			t.Total = row
			break
		}
		// A note or a signature under the table, after a blank line: no number, no figure,
		// and one filled cell, or, in a table of figures, two side by side (the two
		// parties' names under a PK: a data row of such a table shows some figure).
		if blankRun > 0 && len(t.Rows) > 0 && figures == 0 && !hasNo(row) && (filled <= 1 || filled == 2 && len(figure) > 0) {
			break
		}
		blankRun = 0
		row.Index = len(t.Rows)
		if c := row.Cell(wb.RoleSasaran); c != nil {
			row.Sasaran = c.Value()
		}
		if row.Sasaran == "" && prev != nil && !hasNo(row) {
			row.Sasaran = prev.Sasaran // a blank repeat of the sasaran above
		}
		t.Rows = append(t.Rows, row)
		prev = row
	}
	for col, cells := range scaled {
		if unscaled[col] {
			// Amounts in miliar beside amounts in rupiah: one column, two units. The
			// miliar stay text (UM004 names them) rather than be added to rupiah.
			for _, c := range cells {
				c.Kind, c.Num, c.Decimals, c.FromText, c.Rounded = wb.Text, decimal.Decimal{}, 0, false, false
			}
		}
	}
	if t.Kind == wb.RealisasiAnggaran {
		assignLevels(t)
	}
	return t
}

// repeatsHeader reports whether a row repeats the header (or one row of it) on a new page:
// more than half its filled cells, at least two, or more than half the table's columns, hold
// their column's header label. texts are the row's cells that may (texts under a label);
// repeats tells whether one does. Normalising a text is the cost, and most rows are data:
// the count stops as soon as the texts left cannot reach the half.
func repeatsHeader(texts []*wb.Cell, columns, filled int, repeats func(*wb.Cell) bool) bool {
	need := min(columns/2+1, max(2, filled/2+1))
	n := 0
	for i, c := range texts {
		if n+len(texts)-i < need {
			return false
		}
		if repeats(c) {
			n++
		}
	}
	return n >= need
}

// maxLabelLen bounds the text that can repeat a header label: longer data text is not
// normalised at all, which keeps big tables cheap.
const maxLabelLen = 80

// normCache remembers normalised texts within one table: data columns repeat the same few
// words ("Kegiatan", "Baik") thousands of times on big sheets.
type normCache map[string]string

func (n normCache) of(s string) string {
	if v, ok := n[s]; ok {
		return v
	}
	v := norm(s)
	if len(n) < 4096 {
		n[s] = v
	}
	return v
}

func hasNo(r *wb.Row) bool {
	c := r.Own(wb.RoleNo)
	return c != nil && c.Value() != ""
}

// toFigure reads a text cell of a figure column as a number in Indonesian notation.
func toFigure(c *wb.Cell) {
	if c.Kind != wb.Text {
		return
	}
	n, none, ok := number.Text(c.Text)
	if !ok && !none {
		if m := reFootnoted.FindStringSubmatch(c.Text); m != nil {
			n, _, ok = number.Text(m[1]) // "3*": the figure, its footnote mark aside
		}
	}
	switch {
	case none:
		c.None = true
	case ok:
		c.Kind, c.Num, c.Decimals, c.FromText, c.Percent = wb.Number, n.Value, int16(n.Decimals), true, n.Percent
	}
}

// reScaled is an amount printed in miliar, as the DJPK portal prints a region's budget:
// "2.325,32 M", "0,00 M".
var reScaled = regexp.MustCompile(`^\s*(?:Rp\.?\s*)?(-?[0-9][0-9.,]*)\s*M\s*$`)

// toScaledAmount reads an amount printed in miliar as its figure in miliar, at the decimals it
// shows: the column's amounts are all so printed, and compared as they are. The cell's text
// keeps the M; the cell is marked Rounded (the checker judges what is computed from it
// within the rounding).
func toScaledAmount(c *wb.Cell) {
	if c.Kind != wb.Text || len(c.Text) > 40 {
		return
	}
	m := reScaled.FindStringSubmatch(c.Text)
	if m == nil {
		return
	}
	n, none, ok := number.Text(m[1])
	if ok && !none && !n.Percent {
		c.Kind, c.Num, c.Decimals, c.FromText, c.Rounded = wb.Number, n.Value, int16(n.Decimals), true, true
	}
}

// reFootnoted is a figure with a footnote mark after it, as printed reports refer to a note
// under the table: "3*", "80 %**", "12 *)", "(*)".
var reFootnoted = regexp.MustCompile(`^\s*(.*?\S)\s*(?:\*{1,3}\)?|\(\*{1,3}\))\s*$`)

// reUnitBefore is a figure after a one-word unit, as levels and grades are written: "Level 3",
// "Nilai 80". timeWords keep a period ("Tahun 2020", "TW 4") from being read as a figure.
var (
	reUnitBefore = regexp.MustCompile(`^\s*([A-Za-z]+)\s+([0-9][0-9.,]*\s*%?)\s*$`)
	timeWords    = map[string]bool{"tahun": true, "th": true, "thn": true, "tw": true, "triwulan": true, "semester": true, "smt": true, "bulan": true, "bln": true, "periode": true}
)

// reUnitFigure is a figure followed by its unit: "1 Unit", "80 Kelompok", "7 nilai", "12
// Dokumen". The unit is one to three words of letters; a range ("60 - 70") or a figure in
// parentheses is no unit figure.
var reUnitFigure = regexp.MustCompile(`^\s*([0-9][0-9.,]*\s*%?)\s+([A-Za-z]+(?:[ /][A-Za-z]+){0,2})\.?\s*$`)

// toFigureWithUnit reads a text cell still text after toFigure as a figure with its unit
// ("1 Unit", "Level 3"), for the columns whose figures are counts of things (a Pengukuran target or
// realisasi; an Inventaris Jumlah is left to INV001, which quotes "2,5 unit" as written).
// The text stays as written; the cell holds the figure.
func toFigureWithUnit(c *wb.Cell) {
	if c.Kind != wb.Text || len(c.Text) > 60 {
		return
	}
	var figure string
	if m := reUnitFigure.FindStringSubmatch(c.Text); m != nil {
		figure = m[1]
	} else if m := reUnitBefore.FindStringSubmatch(c.Text); m != nil && !timeWords[strings.ToLower(m[1])] {
		figure = m[2]
	} else {
		return
	}
	n, none, ok := number.Text(figure)
	if ok && !none {
		c.Kind, c.Num, c.Decimals, c.FromText, c.Percent = wb.Number, n.Value, int16(n.Decimals), true, n.Percent
	}
}

// isTotal reports whether a row is a table's Jumlah row: its number or label cell, or its
// first filled cell, says Jumlah or Total.
func isTotal(sh *wb.Sheet, gr *wb.GridRow, t *wb.Table) bool {
	for _, c := range gr.Cells {
		if c == nil || c.Kind != wb.Text || strings.TrimSpace(c.Text) == "" {
			continue
		}
		if len(c.Text) <= 40 && mayBeTotal(c.Text) && totalLabels[norm(c.Text)] {
			return true
		}
		col := columnAt(t, c.Col)
		if col == nil || col.Role == wb.RoleNo {
			continue // the first text cell may be a number column's "Jumlah"
		}
		return false
	}
	return false
}

// mayBeTotal reports whether a label can normalise to one of totalLabels: each holds
// "jumlah" or "total", typed so or abbreviated ("jml"). isTotal asks it first of every row's
// first text, most often a code or a name: normalising each of a 100,000-row budget's would
// take regular expressions and fill the word cache with labels no other row repeats.
func mayBeTotal(s string) bool {
	s = strings.ToLower(s)
	return strings.Contains(s, "jumlah") || strings.Contains(s, "total") || strings.Contains(s, "jml")
}

func columnAt(t *wb.Table, col int) *wb.Column {
	for _, c := range t.Columns {
		if c.Col == col {
			return c
		}
	}
	return nil
}
