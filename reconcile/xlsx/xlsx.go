// Package xlsx reads an .xlsx or .xlsm file into the sheets of the workbook model: every cell
// with its exact stored value, its type, its number format, its formula and the merges it sits
// in.
//
// The package is read here, part by part, with archive/zip and encoding/xml's tokenizer, and
// only the parts the model needs are unpacked: the workbook and its relationships, the styles'
// number formats, the shared strings and the worksheets. excelize's general path unpacks every
// part (pictures included), decodes the styles, the theme and the calculation chain into
// structures, and loads a whole sheet into memory (about 140 times its file size) for
// random access, while its row iterator gives no types, formats, formulas or merges. excelize
// still decrypts password-protected files (excelize.Decrypt), and writes every workbook lkjip
// produces.
package xlsx

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"slices"
	"strconv"
	"strings"
	"unicode/utf16"

	"github.com/xuri/excelize/v2"

	"lkjip/reconcile/formula"
	"lkjip/reconcile/number"
	"lkjip/reconcile/workbook"
)

// Options are the limits and the password of a read.
type Options struct {
	Password string
	// MaxUnzipSize bounds the total size of the parts unpacked (a zip bomb is refused).
	MaxUnzipSize int64
	// MaxCells bounds the cells the model keeps, over all sheets (0: MaxCellsFor the file's
	// size, divided by Share).
	MaxCells int
	// Share, above 1, is how many workbooks the run holds at once (lkjip diff holds two):
	// each may hold that share of the default bound, so that together they cost what one
	// workbook may.
	Share int
}

// DefaultMaxUnzipSize is the default bound on the unpacked size of the parts read: far above
// a real workbook (a 100,000-row budget sheet unpacks to about 20 MB), far below what would
// strain the machine (a part whose header understates its size is read at most to the bound).
const DefaultMaxUnzipSize = 128 << 20

// ErrTooLarge is returned when the parts of a file unpack to more than the limit.
var ErrTooLarge = errors.New("the workbook unpacks to more than the size limit")

// DefaultMaxCells is the most cells a workbook may hold (those with a value or a formula;
// empty styled cells are not kept) whatever its size, and smallFileCells the most a file of up
// to twice as many bytes may hold: beyond, one cell per two bytes of the file (MaxCellsFor).
//
// A cell costs 200 to 350 bytes at the peak of a check (the cell, its row, the table's row,
// the relations judged) and its XML as little as 15 (<c><v>1</v></c>, without a reference),
// which deflate packs a thousand to one: a 500 KB file can hold 8 million cells. A real
// workbook holds tens of thousands, about one for every four bytes of its file or fewer (a
// 100,000-row budget sheet: 500,000 cells in 2.3 MB); a kabupaten-wide export of 100,000
// rows about 700,000. So every real file passes, and a small file built to hold as many
// cells as it can stops at 500,000: under 200 MB (issue #15).
const (
	DefaultMaxCells = 1 << 20
	smallFileCells  = 500_000
)

// MaxCellsFor returns the default bound on the cells of a workbook whose file has size bytes.
func MaxCellsFor(size int64) int {
	return int(min(DefaultMaxCells, max(smallFileCells, size/2)))
}

// ErrTooManyCells is returned, as a *CellsError, when the sheets hold more cells than the
// bound; it is an ErrTooLarge.
var ErrTooManyCells = fmt.Errorf("%w: the sheets hold more cells than the limit", ErrTooLarge)

// CellsError says that a workbook holds more than Max cells.
type CellsError struct{ Max int }

func (e *CellsError) Error() string {
	return fmt.Sprintf("%v (%d)", ErrTooManyCells, e.Max)
}

func (e *CellsError) Unwrap() error { return ErrTooManyCells }

// maxMergeFill bounds how many cells one merged range may cover: a larger range is no label
// over a table. maxMergeFillTotal bounds how many cells the ranges of one sheet may cover in
// all, and maxMerges how many ranges a sheet may have: the merges' index holds an entry per
// range and row it spans, and a range whose top-left cell the file lacks gets a blank one, so
// that a small file listing millions of ranges would otherwise cost hundreds of megabytes. A
// real sheet has a few hundred ranges; one per row of a 100,000-row table still fits.
const (
	maxMergeFill      = 4096
	maxMergeFillTotal = 1 << 20
	maxMerges         = 1 << 17
)

var oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

// Read opens the workbook at path read-only and returns its worksheets in workbook order.
func Read(filePath string, opt Options) ([]*workbook.Sheet, error) {
	limit := opt.MaxUnzipSize
	if limit <= 0 {
		limit = DefaultMaxUnzipSize
	}
	raw, err := os.ReadFile(filePath)
	if err != nil {
		return nil, err
	}
	if bytes.HasPrefix(raw, oleMagic) {
		// An encrypted OOXML package sits in an OLE container.
		dec, err := excelize.Decrypt(raw, &excelize.Options{Password: opt.Password})
		if err != nil {
			if opt.Password != "" {
				return nil, excelize.ErrWorkbookPassword
			}
			return nil, excelize.ErrWorkbookFileFormat
		}
		raw = dec
	}
	zr, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		if opt.Password != "" {
			return nil, excelize.ErrWorkbookPassword
		}
		return nil, err
	}
	p := &pkg{files: map[string]*zip.File{}, budget: limit, cells: opt.MaxCells, numbers: map[string]storedNumber{}}
	if p.cells <= 0 {
		p.cells = MaxCellsFor(int64(len(raw))) / max(1, opt.Share)
	}
	p.maxCells = p.cells
	for _, f := range zr.File {
		p.files[strings.TrimPrefix(f.Name, "/")] = f
	}
	return p.sheets()
}

// pkg is an open package: its parts by name, unpacked on demand within a size budget shared
// by all parts, so that a small file that inflates to gigabytes is refused after reading no
// more than the limit.
type pkg struct {
	files  map[string]*zip.File
	budget int64
	cells  int // the cells the sheets may still hold
	// maxCells is the bound cells counts down from.
	maxCells int
	ids      int32 // the cells numbered so far (workbook.Cell.ID)
	// numbers remembers the stored texts of numbers read so far, for every sheet
	// (sheetReader.storedNumber).
	numbers map[string]storedNumber
	formats workbook.Formats
}

// storedNumber is a numeric cell's stored text and the number it means.
type storedNumber struct {
	text string
	n    number.Number
}

// maxRemembered bounds the texts of numbers the reader remembers: enough for the amounts a
// budget repeats (0, a unit price, a round ceiling), few enough to cost little (a few
// hundred kilobytes) whatever a file writes.
const maxRemembered = 4096

// lookup finds a part, refusing one whose declared size is beyond the budget; nil, nil when
// the package has no such part.
func (p *pkg) lookup(name string) (*zip.File, error) {
	f := p.files[name]
	if f == nil {
		// Zip names are case-sensitive but some writers vary the case.
		for n, g := range p.files {
			if strings.EqualFold(n, name) {
				f = g
				break
			}
		}
		if f == nil {
			return nil, nil
		}
	}
	if int64(f.UncompressedSize64) > p.budget {
		return nil, ErrTooLarge
	}
	return f, nil
}

// part unpacks one part; nil, nil when the package has no such part.
func (p *pkg) part(name string) ([]byte, error) {
	f, err := p.lookup(name)
	if f == nil || err != nil {
		return nil, err
	}
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	// The size in the header may lie: read at most the budget left, plus one byte to know.
	// The buffer starts at the declared size, so an honest part is read without regrowth (a
	// 100,000-row sheet unpacks to 30 MB: growing to it copies as much again). A declared size
	// the compressed bytes cannot inflate to (deflate packs at most about 1,032 to 1) is a lie:
	// the buffer then starts at 8 MiB at most, so that the claim costs nothing until the bytes
	// come.
	start := min(int64(f.UncompressedSize64), p.budget)
	if f.UncompressedSize64 > 1100*f.CompressedSize64+1024 {
		start = min(start, 8<<20)
	}
	var buf bytes.Buffer
	// ReadFrom grows the buffer (doubling it) whenever less than MinRead is free, the read
	// that finds the end included: room for that read keeps an honest part in one buffer
	// even where the allocation's rounding leaves no spare bytes.
	buf.Grow(int(start) + bytes.MinRead)
	_, err = buf.ReadFrom(io.LimitReader(rc, p.budget+1))
	data := buf.Bytes()
	if int64(len(data)) > p.budget {
		return nil, ErrTooLarge
	}
	p.budget -= int64(len(data))
	if err != nil {
		return data, fmt.Errorf("%s: %w", name, err)
	}
	return data, nil
}

// sheetEntry is one <sheet> of workbook.xml.
type sheetEntry struct{ name, rid, state string }

func (p *pkg) sheets() ([]*workbook.Sheet, error) {
	rootRels, err := p.part("_rels/.rels")
	if err != nil {
		return nil, err
	}
	wbPath := officeDocument(rootRels)
	if wbPath == "" {
		wbPath = "xl/workbook.xml"
	}
	wbData, err := p.part(wbPath)
	if err != nil {
		return nil, err
	}
	entries, date1904 := workbookSheets(wbData)
	if len(entries) == 0 {
		return nil, errors.New("workbook.xml lists no sheets")
	}
	relData, err := p.part(path.Join(path.Dir(wbPath), "_rels", path.Base(wbPath)+".rels"))
	if err != nil {
		return nil, err
	}
	rels := relationships(relData, path.Dir(wbPath))
	var sst []string
	sstCut := false
	styles := &styles{}
	for _, r := range rels {
		switch {
		case strings.HasSuffix(r.typ, "/sharedStrings"):
			data, err := p.part(r.target)
			if errors.Is(err, ErrTooLarge) {
				return nil, err
			}
			sst, sstCut = sharedStrings(data)
			sstCut = sstCut || err != nil
		case strings.HasSuffix(r.typ, "/styles"):
			data, err := p.part(r.target)
			if errors.Is(err, ErrTooLarge) {
				return nil, err
			}
			styles = newStyles(data)
		}
	}
	var sheets []*workbook.Sheet
	for i, e := range entries {
		rel, ok := rels[e.rid]
		if !ok || !strings.HasSuffix(rel.typ, "/worksheet") {
			continue // a chart sheet or a dialog sheet holds no cells
		}
		sh := &workbook.Sheet{Name: e.name, Position: i, Hidden: e.state == "hidden" || e.state == "veryHidden"}
		win, closer, err := p.openWindows(rel.target)
		switch {
		case errors.Is(err, ErrTooLarge):
			return nil, err
		case win == nil && err == nil:
			sh.Damaged = "the sheet's part " + rel.target + " is missing from the file"
			sh.Index()
		case err != nil:
			sh.Damaged = "the sheet's part cannot be unpacked: " + err.Error()
			sh.Index()
		default:
			sr := &sheetReader{sheet: sh, sst: sst, sstCut: sstCut, styles: styles, date1904: date1904, cellsLeft: &p.cells, ids: &p.ids, numbers: p.numbers, formats: &p.formats}
			sr.readWindows(win.next)
			closer.Close()
			p.budget -= win.read
			if errors.Is(win.err, ErrTooLarge) {
				return nil, ErrTooLarge
			}
			if sr.tooMany {
				return nil, &CellsError{Max: p.maxCells}
			}
			if win.err != nil && sh.Damaged == "" {
				sh.Damaged = "the sheet's part cannot be unpacked to its end: " + win.err.Error()
			}
		}
		sheets = append(sheets, sh)
	}
	return sheets, nil
}

// workbookSheets lists the <sheet> elements of workbook.xml in order, and says whether the
// workbook counts dates in the 1904 system (<workbookPr date1904="1"/>, Mac Excel's).
func workbookSheets(data []byte) (out []sheetEntry, date1904 bool) {
	sc := &scanner{data: data}
	for {
		switch sc.next() {
		case tokStart:
			switch string(sc.local) {
			case "workbookPr":
				for i := range sc.attrs {
					if a := &sc.attrs[i]; string(a.local) == "date1904" {
						v := strings.TrimSpace(string(sc.attrVal(a)))
						date1904 = v == "1" || v == "true"
					}
				}
				continue
			case "sheet":
			default:
				continue
			}
			var e sheetEntry
			for i := range sc.attrs {
				a := &sc.attrs[i]
				switch string(a.local) {
				case "name":
					e.name = string(sc.attrVal(a))
				case "id":
					if a.prefixed { // r:id, not an unprefixed id
						e.rid = string(sc.attrVal(a))
					}
				case "state":
					e.state = string(sc.attrVal(a))
				}
			}
			out = append(out, e)
		case tokEnd, tokText, tokOther:
		default:
			return out, date1904
		}
	}
}

type rel struct{ typ, target string }

func officeDocument(data []byte) string {
	for _, r := range parseRels(data) {
		if strings.HasSuffix(r.Type, "/officeDocument") {
			return strings.TrimPrefix(r.Target, "/")
		}
	}
	return ""
}

type xmlRel struct {
	ID     string `xml:"Id,attr"`
	Type   string `xml:"Type,attr"`
	Target string `xml:"Target,attr"`
}

// parseRels reads the Relationship elements of a .rels part, the root's children. A part
// that is not well-formed XML gives none, as encoding/xml's Unmarshal would.
func parseRels(data []byte) []xmlRel {
	if len(data) == 0 {
		return nil
	}
	sc := &scanner{data: data}
	var out []xmlRel
	var open [][]byte // the elements open, by local name: an end must close the last
	for {
		switch sc.next() {
		case tokStart:
			open = append(open, sc.local)
			if len(open) != 2 || string(sc.local) != "Relationship" {
				continue
			}
			var r xmlRel
			for i := range sc.attrs {
				a := &sc.attrs[i]
				switch string(a.local) {
				case "Id":
					r.ID = string(sc.attrVal(a))
				case "Type":
					r.Type = string(sc.attrVal(a))
				case "Target":
					r.Target = string(sc.attrVal(a))
				}
			}
			out = append(out, r)
		case tokEnd:
			if len(open) == 0 || !bytes.Equal(open[len(open)-1], sc.local) {
				return nil
			}
			open = open[:len(open)-1]
			if len(open) == 0 {
				return out // what follows the root element is not read
			}
		case tokText, tokOther:
		default:
			return nil // the end before the root closed, or a syntax error
		}
	}
}

func relationships(data []byte, dir string) map[string]rel {
	out := map[string]rel{}
	for _, r := range parseRels(data) {
		t := r.Target
		if strings.HasPrefix(t, "/") {
			t = strings.TrimPrefix(t, "/")
		} else {
			t = path.Clean(path.Join(dir, t))
		}
		out[r.ID] = rel{typ: r.Type, target: t}
	}
	return out
}

// sharedStrings reads the shared string table: the text of each <si>, its rich-text runs
// joined, its phonetic runs left out. cut is true when the table's XML ends before its end
// (the strings after the cut are lost).
func sharedStrings(data []byte) (out []string, cut bool) {
	if len(data) == 0 {
		return nil, false
	}
	sc := &scanner{data: data}
	var b []byte
	inSI, inT, skip, ended := false, false, 0, false
	for {
		switch sc.next() {
		case tokStart:
			switch string(sc.local) {
			case "si":
				inSI = true
				b = b[:0]
			case "rPh":
				skip++
			case "t":
				inT = inSI && skip == 0
			}
			continue
		case tokEnd:
			switch string(sc.local) {
			case "si":
				inSI = false
				out = append(out, unescapeXString(string(b)))
			case "rPh":
				skip--
			case "t":
				inT = false
			case "sst":
				ended = true
			}
			continue
		case tokText:
			if inT {
				b = sc.appendText(b)
			}
			continue
		case tokOther:
			continue
		}
		return out, !ended // the end, or a syntax error: the strings read so far
	}
}

// unescapeXString decodes the escapes of an ST_Xstring (ECMA-376 Part 1, 22.9.2.19): a
// character XML cannot carry is written "_xHHHH_" (a carriage return "_x000D_", common in
// labels pasted from elsewhere), and a literal "_x" sequence has its underscore written
// "_x005F_". Left as they are, "Target_x000D_\n2021" would not match a label nor a value.
func unescapeXString(s string) string {
	if !strings.Contains(s, "_x") {
		return s
	}
	var b strings.Builder
	var units []uint16
	flush := func() {
		if len(units) > 0 {
			b.WriteString(string(utf16.Decode(units)))
			units = units[:0]
		}
	}
	for i := 0; i < len(s); {
		if i+7 <= len(s) && s[i] == '_' && s[i+1] == 'x' && s[i+6] == '_' {
			if v, err := strconv.ParseUint(s[i+2:i+6], 16, 16); err == nil {
				units = append(units, uint16(v)) // surrogate pairs come as two escapes
				i += 7
				continue
			}
		}
		flush()
		b.WriteByte(s[i])
		i++
	}
	flush()
	return b.String()
}

// styles maps a cell's style index to what its number format says.
type styles struct {
	formats []number.Format
	codes   []string
}

// newStyles reads the number formats of styles.xml: the custom codes by id, and the number
// format of each cell format (cellXfs), which a cell's s attribute indexes. The rest of the
// styles (fonts, fills, borders) tells nothing about a figure.
func newStyles(data []byte) *styles {
	s := &styles{}
	if len(data) == 0 {
		return s
	}
	custom := map[int]string{}
	var ids []int
	sc := &scanner{data: data}
	inCellXfs := false
	for done := false; !done; {
		switch sc.next() {
		case tokStart:
			switch string(sc.local) {
			case "numFmt":
				id, code := -1, ""
				for i := range sc.attrs {
					a := &sc.attrs[i]
					switch string(a.local) {
					case "numFmtId":
						id, _ = strconv.Atoi(string(sc.attrVal(a)))
					case "formatCode":
						code = string(sc.attrVal(a))
					}
				}
				if id >= 0 {
					custom[id] = code
				}
			case "cellXfs":
				inCellXfs = true
			case "xf":
				if inCellXfs {
					id := 0
					for i := range sc.attrs {
						if a := &sc.attrs[i]; string(a.local) == "numFmtId" {
							id, _ = strconv.Atoi(string(sc.attrVal(a)))
						}
					}
					ids = append(ids, id)
				}
			}
		case tokEnd:
			if string(sc.local) == "cellXfs" {
				inCellXfs = false
			}
		case tokText, tokOther:
		default:
			done = true // the end, or a syntax error: the formats read so far
		}
	}
	for _, id := range ids {
		code, ok := custom[id]
		if !ok {
			code, _ = number.BuiltinCode(id)
		}
		if strings.EqualFold(code, "General") {
			code = ""
		}
		s.codes = append(s.codes, code)
		s.formats = append(s.formats, number.ParseFormat(code))
	}
	return s
}

func (s *styles) get(idx int) (number.Format, string) {
	if idx < 0 || idx >= len(s.formats) {
		return number.Format{General: true}, ""
	}
	return s.formats[idx], s.codes[idx]
}

// sheetReader streams one worksheet's XML.
type sheetReader struct {
	sheet  *workbook.Sheet
	sst    []string
	sstCut bool // the shared string table was cut short
	// sstDamage says which text cell lost its text; Damaged unless the sheet's own XML is
	// damaged, which says more
	sstDamage string
	styles    *styles
	// date1904 is the workbook's date system (workbookPr date1904): every cell carries it, so
	// that a serial day reads as the date the workbook means (workbook.Cell.Day).
	date1904 bool
	// shared formulas by their si: the master's text and cell
	shared map[string]sharedFormula

	// The cells of the row being read, in file order, until the row is done (flush): then
	// the row gets them in column order, by position or as a list (workbook.SetCells), in a
	// slice of their number, however far right they stand.
	pending    []*workbook.Cell
	pendingRow *workbook.GridRow
	// Cells are made from slabs: one allocation for many cells, growing with the sheet; so
	// are rows, and the arrays of their cells' pointers (GridRow.SetCellsFrom).
	slab     []workbook.Cell
	made     int
	rowSlab  []workbook.GridRow
	cellPtrs []*workbook.Cell
	// ids counts the cells of the workbook so far, across its sheets: a cell's ID.
	ids *int32
	// cellsLeft, when set, counts down the cells the workbook may still hold; tooMany is set
	// when it runs out, and the sheet's reading stops.
	cellsLeft *int
	tooMany   bool
	// numbers is the package's memory of stored numbers (storedNumber), nil for none.
	numbers map[string]storedNumber
	// formats shares the records of the number formats among the package's cells.
	formats *workbook.Formats

	// merges are the sheet's merged ranges taken so far (addMerge); mergeBudget the cells
	// they may still cover, and mergesFull set once no more are taken.
	merges      []workbook.Range
	mergeBudget int
	mergesFull  bool
}

type sharedFormula struct {
	text     string
	row, col int
}

// rawCell is what the XML says of one cell before it is typed.
type rawCell struct {
	ref        string
	style      int
	typ        string
	value      string
	hasValue   bool
	inline     strings.Builder
	formula    string
	hasFormula bool
	fShared    bool
	fSI        string
	row, col   int
}

// openRow returns the row numbered n, creating it (in file order) when the sheet has none yet;
// created is true when it did.
func (r *sheetReader) openRow(byNum map[int]*workbook.GridRow, n int, hidden bool) (row *workbook.GridRow, created bool) {
	row = byNum[n]
	if row == nil {
		// From a slab, as the cells: one allocation for many rows.
		if len(r.rowSlab) == 0 {
			r.rowSlab = make([]workbook.GridRow, min(max(16, len(r.sheet.Rows)), 4096))
		}
		row, created = &r.rowSlab[0], true
		r.rowSlab = r.rowSlab[1:]
		row.Num = n
		byNum[n] = row
		r.sheet.Rows = append(r.sheet.Rows, row)
	}
	row.Hidden = row.Hidden || hidden
	return row, created
}

// place types a raw cell and stores it in its row.
func (r *sheetReader) place(row *workbook.GridRow, rc *rawCell) {
	if rc.col <= 0 || rc.col > 16384 {
		return
	}
	cell := workbook.Cell{Sheet: r.sheet.Name, Row: row.Num, Col: rc.col, Hidden: row.Hidden, Date1904: r.date1904}
	formulaText := ""
	if rc.hasFormula {
		text := rc.formula
		if rc.fShared && rc.fSI != "" {
			if text != "" {
				r.shared[rc.fSI] = sharedFormula{text: text, row: row.Num, col: rc.col}
			} else if m, ok := r.shared[rc.fSI]; ok {
				if shifted, err := formula.Shift(m.text, row.Num-m.row, rc.col-m.col); err == nil {
					text = shifted
				}
			}
		}
		formulaText = strings.TrimPrefix(text, "=")
		// An empty <v></v> (openpyxl writes one for every formula it has no result for) is no
		// cached value, save for a string formula, whose result may be the empty string.
		cell.HasCache = rc.hasValue && (rc.typ == "str" || strings.TrimSpace(rc.value) != "")
	}
	format, code := r.styles.get(rc.style)
	r.formats.Set(&cell, formulaText, code)
	switch rc.typ {
	case "s":
		i, err := strconv.Atoi(strings.TrimSpace(rc.value))
		if err != nil || i < 0 || i >= len(r.sst) {
			// The text is lost: the file is damaged (Excel would offer to repair it). The
			// cell keeps an error value, and the sheet says why, so that the check reports
			// a damaged file rather than an error typed in a cell.
			cell.Kind, cell.Text = workbook.Error, "#REF!"
			if r.sstDamage == "" {
				ref := workbook.Ref(rc.col, row.Num)
				if r.sstCut {
					r.sstDamage = fmt.Sprintf("the shared string table is cut short: the text of %s (string %s) is lost", ref, strings.TrimSpace(rc.value))
				} else {
					r.sstDamage = fmt.Sprintf("%s refers to shared string %s, which the file does not have", ref, strings.TrimSpace(rc.value))
				}
			}
		} else {
			cell.Kind, cell.Text = workbook.Text, r.sst[i]
		}
	case "str", "inlineStr":
		cell.Kind, cell.Text = workbook.Text, unescapeXString(rc.value)
	case "b":
		cell.Kind, cell.Text = workbook.Bool, rc.value
	case "e":
		cell.Kind, cell.Text = workbook.Error, rc.value
	case "d": // an ISO 8601 date written as text
		cell.Kind, cell.Text, cell.Date = workbook.Text, rc.value, true
	default:
		if !rc.hasValue || strings.TrimSpace(rc.value) == "" {
			cell.Kind = workbook.Blank
			break
		}
		text, n, ok := r.storedNumber(rc.value)
		if !ok {
			cell.Kind, cell.Text = workbook.Text, rc.value
			break
		}
		cell.Kind, cell.Text, cell.Num, cell.Decimals = workbook.Number, text, n.Value, int16(n.Decimals)
		switch {
		case format.Date:
			cell.Date = true
		case format.Percent:
			cell.Percent = true
			cell.Num = n.Value.Shift(2)
			cell.Decimals = int16(format.Decimals)
		case !format.General && !format.Text:
			cell.Decimals = int16(format.Decimals)
		}
	}
	if cell.Kind == workbook.Blank && formulaText == "" {
		return // an empty styled cell tells nothing
	}
	if row != r.pendingRow {
		r.flush()
		r.pendingRow = row
	}
	c := r.newCell()
	*c = cell
	c.ID = r.nextID()
	r.pending = append(r.pending, c)
}

// storedNumber reads a numeric cell's stored text as number.Stored does, and returns the
// text a finding prints as written: the text itself, or, for a float artefact
// (98.56999999999999, as openpyxl and other writers print a double), the 15 digits Excel
// shows (98.57). The texts read so far are remembered: a sheet writes the same amounts again
// and again (0, 100, a unit price), and each would otherwise keep a number of its own. The
// cells share one: a decimal.Decimal is never changed in place.
func (r *sheetReader) storedNumber(s string) (text string, n number.Number, ok bool) {
	if m, ok := r.numbers[s]; ok {
		return m.text, m.n, true
	}
	n, ok = number.Stored(s)
	if !ok {
		return "", n, false
	}
	text = s
	if significantDigits(s) > 15 {
		text = n.Value.String()
	}
	if r.numbers != nil && len(r.numbers) < maxRemembered {
		r.numbers[s] = storedNumber{text: text, n: n}
	}
	return text, n, true
}

// significantDigits counts the significant digits of a stored number's text ("0.0123" has
// 3, "98.56999999999999" 16), its exponent left out.
func significantDigits(s string) int {
	n, lead := 0, true
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == 'e' || c == 'E':
			return n
		case c == '0' && lead:
		case c >= '0' && c <= '9':
			n++
			lead = false
		}
	}
	return n
}

// newCell returns a zero cell from the current slab, starting a new slab (as large as the
// cells made so far, 16 to 4,096) when it is used up: a sheet of half a million cells makes
// a few hundred allocations rather than half a million.
// nextID numbers a cell of the workbook (workbook.Cell.ID).
func (r *sheetReader) nextID() int32 {
	if r.ids == nil {
		r.ids = new(int32)
	}
	*r.ids++
	return *r.ids
}

func (r *sheetReader) newCell() *workbook.Cell {
	if r.cellsLeft != nil {
		if *r.cellsLeft <= 0 {
			r.tooMany = true
		}
		*r.cellsLeft--
	}
	if len(r.slab) == 0 {
		r.slab = make([]workbook.Cell, min(max(16, r.made), 4096))
	}
	c := &r.slab[0]
	r.slab = r.slab[1:]
	r.made++
	return c
}

// flush gives the row being read its cells: in column order, the later of two cells of one
// column replacing the earlier (as a row element repeated in the file adds to its row).
func (r *sheetReader) flush() {
	row, cells := r.pendingRow, r.pending
	r.pendingRow, r.pending = nil, r.pending[:0]
	if row == nil || len(cells) == 0 {
		return
	}
	if len(row.Cells) > 0 {
		var all []*workbook.Cell
		for _, c := range row.Cells {
			if c != nil {
				all = append(all, c)
			}
		}
		cells = append(all, cells...)
	}
	row.SetCellsFrom(workbook.InColumnOrder(cells), &r.cellPtrs)
}

// finish completes the sheet once its XML is read: the last row gets its cells, the rows are
// put in order, and the merges are recorded (workbook.Sheet.SetMerges), each with a top-left
// cell to point to: a blank one made where the file has none.
func (r *sheetReader) finish() {
	r.flush()
	sortRows(r.sheet)
	if len(r.merges) > 0 {
		r.sheet.Index()
		// The top-left cell may be missing from the file (an empty merged block: an empty
		// styled cell is not kept). The range's cells still belong together, so a blank
		// top-left cell is made for them to point to rather than the merge dropped.
		made := map[[2]int]bool{}
		added := map[*workbook.GridRow][]*workbook.Cell{}
		var order []*workbook.GridRow
		for _, m := range r.merges {
			if r.sheet.Cell(m.R1, m.C1) != nil || made[[2]int{m.R1, m.C1}] {
				continue
			}
			made[[2]int{m.R1, m.C1}] = true
			var row *workbook.GridRow
			i, found := slices.BinarySearchFunc(r.sheet.Rows, m.R1, func(g *workbook.GridRow, n int) int { return g.Num - n })
			if found {
				row = r.sheet.Rows[i]
			} else {
				row = &workbook.GridRow{Num: m.R1}
				r.sheet.Rows = slices.Insert(r.sheet.Rows, i, row)
			}
			if added[row] == nil {
				order = append(order, row)
			}
			c := r.newCell()
			*c = workbook.Cell{Sheet: r.sheet.Name, Row: m.R1, Col: m.C1, Hidden: row.Hidden, Date1904: r.date1904}
			c.ID = r.nextID()
			added[row] = append(added[row], c)
		}
		for _, row := range order {
			r.pendingRow, r.pending = row, append(r.pending[:0], added[row]...)
			r.flush()
		}
	}
	r.sheet.SetMerges(r.merges)
}

// addMerge takes the range of one <mergeCell ref="...">, as the reader takes them: a range
// of at most maxMergeFill cells, while the ranges taken cover at most maxMergeFillTotal
// cells and number at most maxMerges; once either bound is reached, no later range is taken.
func (r *sheetReader) addMerge(ref []byte) {
	if r.mergesFull {
		return
	}
	if r.merges == nil {
		r.mergeBudget = maxMergeFillTotal
	}
	from, to, ok := strings.Cut(string(ref), ":")
	if !ok {
		return
	}
	c1, r1, ok1 := splitRef(from)
	c2, r2, ok2 := splitRef(to)
	if !ok1 || !ok2 || c2 < c1 || r2 < r1 || (c2-c1+1)*(r2-r1+1) > maxMergeFill {
		return
	}
	if r.mergeBudget -= (c2 - c1 + 1) * (r2 - r1 + 1); r.mergeBudget < 0 || len(r.merges) == maxMerges {
		r.mergesFull = true
		return
	}
	r.merges = append(r.merges, workbook.Range{R1: r1, C1: c1, R2: r2, C2: c2})
}

func sortRows(s *workbook.Sheet) {
	rows := s.Rows
	sorted := true
	for i := 1; i < len(rows); i++ {
		if rows[i].Num < rows[i-1].Num {
			sorted = false
			break
		}
	}
	if !sorted {
		// Rows out of order are rare (hand-edited files); a simple insertion sort keeps it
		// dependency-free and is linear on the sorted common case.
		for i := 1; i < len(rows); i++ {
			for j := i; j > 0 && rows[j].Num < rows[j-1].Num; j-- {
				rows[j], rows[j-1] = rows[j-1], rows[j]
			}
		}
	}
}

// splitRef splits "AB12" or "$AB$12" into column 28 and row 12.
func splitRef(ref string) (col, row int, ok bool) {
	ref = strings.ReplaceAll(ref, "$", "")
	i := 0
	for i < len(ref) && (ref[i] >= 'A' && ref[i] <= 'Z' || ref[i] >= 'a' && ref[i] <= 'z') {
		c := ref[i]
		if c >= 'a' {
			c -= 'a' - 'A'
		}
		col = col*26 + int(c-'A'+1)
		i++
		if col > 16384 {
			return 0, 0, false
		}
	}
	if i == 0 || i == len(ref) {
		return 0, 0, false
	}
	n, err := strconv.Atoi(ref[i:])
	if err != nil || n <= 0 || n > 1048576 {
		return 0, 0, false
	}
	return col, n, true
}

// Describe turns an error from opening a file into what went wrong, for messages.
func Describe(err error) string {
	switch {
	case errors.Is(err, excelize.ErrWorkbookPassword):
		return "password"
	case errors.Is(err, excelize.ErrWorkbookFileFormat):
		return "format"
	}
	return fmt.Sprint(err)
}
