package report

import (
	"archive/zip"
	"bytes"
	"fmt"
	"html"
	"io"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf16"

	"github.com/shopspring/decimal"
	"github.com/xuri/excelize/v2"

	"lkjip/reconcile"
	"lkjip/reconcile/xlsx"
)

// This file opens a user's workbook with excelize for a copy (annotated, corrected,
// compared) under the reading budget the check has, and writes the copy back.
//
// excelize reads every part of a package into memory, doubling each one as it reads it, and
// its own default bound is 16 GB: a 1 MB workbook with an extra part of 1 GiB of zeros cost
// 42 s and 3.1 GB. Here, before excelize sees a byte:
//
//   - the declared unpacked sizes of the entries are added up and a package beyond the
//     check's unzip limit (xlsx.DefaultMaxUnzipSize, or the settings') is refused with the
//     check's own too-large message. Go's zip reader never unpacks more than an entry
//     declares, so the declared sizes bound what is read;
//   - entries named outside the package ("../x", "/x": a zip slip) are dropped, and said;
//   - sheets whose names Excel does not take (longer than 31 characters, or with : \ / ? * [ ],
//     or quoted; openpyxl saves them) are renamed within Excel's rules, their references in
//     formulas and defined names with them, and said: excelize fails on such a name with a nil
//     pointer inside (MoveSheet);
//   - the parts excelize neither reads nor changes for a copy (images, embedded objects,
//     macros, charts, pivot caches, anything unknown) are kept out of it and copied into the
//     copy as they are, still compressed: their size costs nothing;
//   - what excelize would make of the sheets and the shared strings it gets is counted (a scan
//     of the unpacked XML, nothing kept: see countCells), and a copy beyond the cell budget for
//     a file of its size is refused: excelize holds about 1 KB for each cell of a sheet it
//     touches, fills every row to its last column, and a sheet is XML that compresses well: a
//     0.9 MB workbook of 300,000 cells cost 6 s and 370 MB, one cell at column XFD on 10,000
//     rows is 164 million cells to excelize, and 128 MiB of cells written without references
//     (legal, compact) would cost gigabytes. A real workbook stays below the budget: the
//     Kragan workbook counts 1,200 in 17 KB; a generated 13,000-row budget sheet 91,000 in
//     0.86 MB (annotated in 0.75 s of CPU and 114 MB); a 100,000-row one 700,000 in 6.4 MB.

// copyBook is a workbook opened for a copy.
type copyBook struct {
	f    *excelize.File
	path string
	// renamed are the sheets renamed for Excel's rules, in workbook order.
	renamed []sheetRename
	// dropped are the entries left out of the copy because their names point outside it.
	dropped []string
	// passed are the entries copied as they are, around excelize.
	passed []*zip.File
}

// sheetRename is a sheet's name in the file and in the copy.
type sheetRename struct{ from, to string }

// copyError is why a copy could not be written, in the language of the copy. It unwraps to
// the FileError the check gives for the same file, when there is one (too-large).
type copyError struct {
	text reconcile.Text
	lang string
	file *reconcile.FileError
}

func (e *copyError) Error() string { return e.text.In(e.lang) }

func (e *copyError) Unwrap() error {
	if e.file == nil {
		return nil
	}
	return e.file
}

// tooLarge is the refusal of a copy of a file beyond the unzip limit: the check's message.
func tooLarge(path, lang string) error {
	fe := reconcile.TooLarge(path)
	return &copyError{text: fe.Message, lang: lang, file: fe}
}

// panicError turns a panic inside excelize into an error naming the file: a workbook that
// makes the library fail must not take the run (or the page) down with it.
func panicError(path, lang string, v any) error {
	return &copyError{lang: lang, text: reconcile.Msg(
		"%s: salinan tidak dapat dibuat: pustaka excelize gagal di dalam saat mengolah buku kerja ini (%v). Tidak ada salinan yang ditulis; laporkan berkas ini kepada pengelola lkjip.",
		"%s: the copy could not be made: the excelize library failed inside while handling this workbook (%v). No copy was written; report this file to the lkjip maintainers.",
		path, v)}
}

var oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

// The cell budget of a copy (as countCells counts): copyCellsPerMiB a MiB of the file, and at
// least copyMinCells whatever its size. At about 1 KB a cell, a file under 1 MB stays within
// about 150 MB; a larger file may hold as many cells as a real workbook of its size (real ones
// measured 74,000 to 111,000 a MiB), and costs what it did before the budget.
const (
	copyCellsPerMiB = 200_000
	copyMinCells    = 120_000
)

// tooManyCells refuses a copy beyond the cell budget, under the code the check gives a file
// beyond its unzip limit.
func tooManyCells(path, lang string, budget int64) error {
	text := reconcile.Msg(
		"%s: salinan tidak dibuat: sheet-sheetnya memuat lebih dari %s sel, melebihi yang dapat ditandai lkjip untuk berkas sebesar ini (isinya sangat dimampatkan: rusak atau sengaja dibuat berbahaya). Hasil pemeriksaan tetap berlaku.",
		"%s: the copy was not made: its sheets hold more than %s cells, beyond what lkjip marks for a file of this size (its content is compressed far beyond a real workbook's: broken, or built to harm). The check's findings stand.",
		path, reconcile.Fig{Value: decimal.NewFromInt(budget)})
	return &copyError{lang: lang, text: text, file: &reconcile.FileError{Code: "too-large", Message: text}}
}

// countCells counts what excelize makes of an XML part: for a sheet, a row for every row
// number up to the last (it fills the gaps) and, in each row, a cell for every column up to
// the row's last (it fills those too: one cell at column XFD is 16,384); for the shared
// strings, each string. It reads the part through without keeping it.
func countCells(e *zip.File) (int64, error) {
	r, err := e.Open()
	if err != nil {
		return 0, err
	}
	defer r.Close()
	var n counter
	buf := make([]byte, 64<<10)
	carry := 0 // bytes of an unfinished tag kept from the previous read
	for {
		k, err := r.Read(buf[carry:])
		data := buf[:carry+k]
		carry = 0
		for i := 0; i < len(data); {
			j := bytes.IndexByte(data[i:], '<')
			if j < 0 {
				break
			}
			i += j
			end := bytes.IndexByte(data[i:], '>')
			if end < 0 && err == nil && len(data)-i < 4<<10 {
				carry = copy(buf, data[i:]) // the tag runs past this read
				break
			}
			tag := data[i+1:]
			if end >= 0 {
				tag = data[i+1 : i+end]
			}
			n.tag(tag)
			i++
		}
		if err == io.EOF {
			return n.total(), nil
		}
		if err != nil {
			return n.total(), err
		}
	}
}

// counter follows the rows and cells of a sheet, and the strings of a shared-string table, as
// countCells reads their tags.
type counter struct {
	cells        int64 // the cells of the rows closed, each row to its last column
	row, lastRow int64
	col, lastCol int64
	strings      int64
}

func (n *counter) tag(tag []byte) {
	if len(tag) > 0 && tag[0] == '/' {
		if localName(tag[1:]) == "row" {
			n.endRow()
		}
		return
	}
	switch localName(tag) {
	case "row":
		n.endRow()
		n.row++
		if r, ok := attr(tag, "r"); ok {
			if v, err := strconv.ParseInt(string(r), 10, 64); err == nil && v > 0 {
				n.row = v
			}
		}
		n.lastRow = max(n.lastRow, n.row)
		n.col = 0
	case "c":
		n.col++
		if r, ok := attr(tag, "r"); ok {
			if col, _, err := excelize.CellNameToCoordinates(string(r)); err == nil {
				n.col = int64(col)
			}
		}
		n.lastCol = max(n.lastCol, n.col)
	case "si":
		n.strings++
	}
}

func (n *counter) endRow() {
	n.cells += n.lastCol
	n.lastCol = 0
}

func (n *counter) total() int64 {
	n.endRow()
	return n.cells + n.lastRow + n.strings
}

// localName is the name a tag starts with (after its '<'), without its namespace prefix.
func localName(tag []byte) string {
	end := bytes.IndexAny(tag, " \t\r\n/>")
	if end < 0 {
		end = len(tag)
	}
	name := tag[:end]
	if i := bytes.IndexByte(name, ':'); i >= 0 {
		name = name[i+1:]
	}
	return string(name)
}

// attr returns the value of a tag's attribute.
func attr(tag []byte, name string) ([]byte, bool) {
	key := []byte(name + "=")
	for i := 0; ; {
		j := bytes.Index(tag[i:], key)
		if j < 0 {
			return nil, false
		}
		i += j
		if i > 0 && strings.IndexByte(" \t\r\n", tag[i-1]) >= 0 && i+len(key) < len(tag) {
			v := tag[i+len(key):]
			if q := v[0]; q == '"' || q == '\'' {
				if k := bytes.IndexByte(v[1:], q); k >= 0 {
					return v[1 : 1+k], true
				}
			}
			return nil, false
		}
		i += len(key)
	}
}

// openCopy opens the workbook at path for a copy (see the top of this file). limit is the
// unzip limit, 0 for the check's default.
func openCopy(path, password string, limit int64, lang string) (*copyBook, error) {
	if limit <= 0 {
		limit = xlsx.DefaultMaxUnzipSize
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if bytes.HasPrefix(raw, oleMagic) {
		dec, err := excelize.Decrypt(raw, &excelize.Options{Password: password})
		if err != nil {
			if password != "" {
				return nil, excelize.ErrWorkbookPassword
			}
			return nil, excelize.ErrWorkbookFileFormat
		}
		raw = dec
	}
	zr, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		return nil, err
	}
	c := &copyBook{path: path}
	var entries []*zip.File
	var total uint64
	for _, e := range zr.File {
		if outsidePackage(e.Name) {
			c.dropped = append(c.dropped, e.Name)
			continue
		}
		// Each entry is compared on its own first, so that the sum cannot wrap around.
		if e.UncompressedSize64 > uint64(limit) {
			return nil, tooLarge(path, lang)
		}
		if total += e.UncompressedSize64; total > uint64(limit) {
			return nil, tooLarge(path, lang)
		}
		entries = append(entries, e)
	}
	wbPath, needed, sheets, err := workbookParts(entries)
	if err != nil {
		return nil, err
	}
	var kept []*zip.File
	var cells int64
	budget := max(copyMinCells, copyCellsPerMiB*int64(len(raw))/(1<<20))
	for _, e := range entries {
		if !needed[normName(e.Name)] && passThrough(e.Name) {
			c.passed = append(c.passed, e)
			continue
		}
		kept = append(kept, e)
		if n := normName(e.Name); sheets[n] || strings.HasSuffix(n, ".xml") && (strings.HasPrefix(n, "xl/worksheets/") || strings.HasSuffix(n, "sharedstrings.xml")) {
			k, err := countCells(e)
			if err != nil {
				return nil, err
			}
			if cells += k; cells > budget {
				return nil, tooManyCells(path, lang, budget)
			}
		}
	}
	changed, err := c.renameSheets(kept, wbPath)
	if err != nil {
		return nil, err
	}
	pkg := raw
	if len(c.dropped) > 0 || len(c.passed) > 0 || len(changed) > 0 {
		if pkg, err = repack(kept, changed); err != nil {
			return nil, err
		}
	}
	opt := excelize.Options{UnzipSizeLimit: limit, UnzipXMLSizeLimit: min(limit, excelize.StreamChunkSize)}
	f, err := excelize.OpenReader(bytes.NewReader(pkg), opt)
	if err != nil {
		if f != nil {
			f.Close()
		}
		if strings.Contains(err.Error(), "unzip size") {
			return nil, tooLarge(path, lang) // excelize's own bound, behind ours
		}
		return nil, err
	}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".xlsx", ".xlsm", ".xltx", ".xltm", ".xlam":
		// As excelize.OpenFile would: the copy's content type follows the file's extension.
		f.Path = path
	}
	c.f = f
	return c, nil
}

// outsidePackage reports whether a zip entry's name points outside the folder it is unpacked
// in: a parent folder (".."), an absolute path, a drive. No part of a workbook is named so;
// a copy that kept it would hand the next tool that unpacks it a file written anywhere.
func outsidePackage(name string) bool {
	n := strings.ReplaceAll(name, "\\", "/")
	if strings.HasPrefix(n, "/") || (len(n) >= 2 && n[1] == ':') {
		return true
	}
	for _, part := range strings.Split(n, "/") {
		if part == ".." {
			return true
		}
	}
	return false
}

// passThrough reports whether a part stays out of excelize and goes into the copy as it is:
// every part but those excelize reads or changes when it marks cells, comments them and adds
// a sheet (the workbook and its sheets, every relationship part, styles, shared strings,
// theme, comments and their drawings, tables, the calculation chain, the document
// properties, the content types). Images, embedded objects, macros, charts, pivot caches,
// external links and whatever else a package holds are never changed by excelize anyway.
func passThrough(name string) bool {
	n := normName(name)
	switch {
	case strings.HasSuffix(n, ".rels"), n == "[content_types].xml", strings.HasPrefix(n, "docprops/"):
		return false
	case !strings.HasSuffix(n, ".xml") && !strings.HasSuffix(n, ".vml"):
		return true
	case strings.HasPrefix(n, "xl/worksheets/"), strings.HasPrefix(n, "xl/drawings/"), strings.HasPrefix(n, "xl/theme/"), strings.HasPrefix(n, "xl/tables/"):
		return false
	}
	return !strings.HasPrefix(n, "xl/") || strings.Count(n, "/") > 1 // xl/workbook.xml, xl/styles.xml, xl/comments1.xml...
}

// normName is an entry's name as this file compares it: forward slashes, lower case.
func normName(name string) string { return strings.ToLower(strings.ReplaceAll(name, "\\", "/")) }

// workbookParts finds the workbook part (from the package's relationships, xl/workbook.xml
// when they do not say) and the parts its relationships name that excelize reads whatever
// their names: the sheets (wherever a writer put them), the shared strings, the styles and the
// theme. sheets are the sheets among them, whose cells a copy counts.
func workbookParts(entries []*zip.File) (wbPath string, needed, sheets map[string]bool, err error) {
	byName := map[string]*zip.File{}
	for _, e := range entries {
		byName[normName(e.Name)] = e
	}
	wbPath = "xl/workbook.xml"
	if e := byName["_rels/.rels"]; e != nil {
		rels, err := unpack(e)
		if err != nil {
			return "", nil, nil, err
		}
		if tag := reOfficeDoc.Find(rels); tag != nil {
			if m := reTarget.FindSubmatch(tag); m != nil {
				wbPath = strings.TrimPrefix(html.UnescapeString(string(m[1])), "/")
			}
		}
	}
	needed, sheets = map[string]bool{strings.ToLower(wbPath): true}, map[string]bool{}
	dir := path.Dir(wbPath)
	if e := byName[strings.ToLower(path.Join(dir, "_rels", path.Base(wbPath)+".rels"))]; e != nil {
		rels, err := unpack(e)
		if err != nil {
			return "", nil, nil, err
		}
		for _, tag := range reRelationship.FindAll(rels, -1) {
			typ, target := reType.FindSubmatch(tag), reTarget.FindSubmatch(tag)
			if typ == nil || target == nil {
				continue
			}
			t := html.UnescapeString(string(target[1]))
			if strings.HasPrefix(t, "/") {
				t = strings.TrimPrefix(t, "/")
			} else {
				t = path.Join(dir, t)
			}
			t = strings.ToLower(t)
			switch kind := string(typ[1][bytes.LastIndexByte(typ[1], '/')+1:]); kind {
			case "worksheet", "chartsheet", "dialogsheet", "macrosheet":
				needed[t], sheets[t] = true, true
			case "sharedStrings", "styles", "theme":
				needed[t] = true
			}
		}
	}
	return wbPath, needed, sheets, nil
}

// repack builds the package excelize opens: the kept entries, still compressed, and the
// changed ones (by name) compressed again.
func repack(kept []*zip.File, changed map[string][]byte) ([]byte, error) {
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, e := range kept {
		if data, ok := changed[e.Name]; ok {
			w, err := zw.CreateHeader(&zip.FileHeader{Name: e.Name, Method: zip.Deflate, Modified: e.Modified})
			if err != nil {
				return nil, err
			}
			if _, err := w.Write(data); err != nil {
				return nil, err
			}
			continue
		}
		if err := copyRaw(zw, e); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// copyRaw copies a zip entry as it is stored, without unpacking it.
func copyRaw(zw *zip.Writer, e *zip.File) error {
	r, err := e.OpenRaw()
	if err != nil {
		return err
	}
	h := e.FileHeader
	w, err := zw.CreateRaw(&h)
	if err != nil {
		return err
	}
	_, err = io.Copy(w, r)
	return err
}

// write writes the copy to out: excelize's package with the parts kept out of it, protected
// with the password when there is one.
func (c *copyBook) write(out io.Writer, password string) error {
	var b bytes.Buffer
	if _, err := c.f.WriteTo(&b); err != nil {
		return err
	}
	pkg := b.Bytes()
	if len(c.passed) > 0 {
		zr, err := zip.NewReader(bytes.NewReader(pkg), int64(len(pkg)))
		if err != nil {
			return err
		}
		var all bytes.Buffer
		zw := zip.NewWriter(&all)
		written := map[string]bool{}
		for _, e := range zr.File {
			written[strings.ToLower(e.Name)] = true
			if err := copyRaw(zw, e); err != nil {
				return err
			}
		}
		for _, e := range c.passed {
			if written[strings.ToLower(e.Name)] {
				continue // excelize made a part of that name itself: its own is the one it refers to
			}
			if err := copyRaw(zw, e); err != nil {
				return err
			}
		}
		if err := zw.Close(); err != nil {
			return err
		}
		pkg = all.Bytes()
	}
	if password != "" {
		enc, err := excelize.Encrypt(pkg, &excelize.Options{Password: password})
		if err != nil {
			return err
		}
		pkg = enc
	}
	_, err := out.Write(pkg)
	return err
}

// Excel's rules for a sheet name, which excelize enforces on every name it is given.
const maxSheetName = 31 // UTF-16 code units

func validSheetName(name string) bool {
	return name != "" && len(utf16.Encode([]rune(name))) <= maxSheetName && !strings.HasPrefix(name, "'") &&
		!strings.HasSuffix(name, "'") && !strings.ContainsAny(name, `:\/?*[]`)
}

var (
	reSheetTag     = regexp.MustCompile(`<(?:[A-Za-z_][\w.-]*:)?sheet\s[^>]*>`)
	reNameAttr     = regexp.MustCompile(`(\sname\s*=\s*)("[^"]*"|'[^']*')`)
	reFormulaEl    = regexp.MustCompile(`(<(?:[A-Za-z_][\w.-]*:)?(?:f|definedName)(?:\s[^>]*)?>)([^<]*)(</)`)
	reOfficeDoc    = regexp.MustCompile(`<(?:[A-Za-z_][\w.-]*:)?Relationship\s[^>]*Type="[^"]*/officeDocument"[^>]*>`)
	reTarget       = regexp.MustCompile(`\sTarget="([^"]*)"`)
	reType         = regexp.MustCompile(`\sType="([^"]*)"`)
	reRelationship = regexp.MustCompile(`<(?:[A-Za-z_][\w.-]*:)?Relationship\s[^>]*>`)
)

// renameSheets finds the sheets whose names Excel does not take and gives them names it
// does, in the workbook part and in every formula and defined name that refers to them. It
// returns the parts it changed, by entry name.
func (c *copyBook) renameSheets(kept []*zip.File, wbPath string) (map[string][]byte, error) {
	var wbEntry *zip.File
	for _, e := range kept {
		if normName(e.Name) == strings.ToLower(wbPath) {
			wbEntry = e
		}
	}
	if wbEntry == nil {
		return nil, nil // excelize says what is wrong with the package
	}
	wb, err := unpack(wbEntry)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, tag := range reSheetTag.FindAll(wb, -1) {
		if m := reNameAttr.FindSubmatch(tag); m != nil {
			names = append(names, html.UnescapeString(string(m[2][1:len(m[2])-1])))
		}
	}
	taken := map[string]bool{}
	for _, n := range names {
		if validSheetName(n) {
			taken[strings.ToLower(n)] = true
		}
	}
	to := map[string]string{}
	for _, n := range names {
		if validSheetName(n) {
			continue
		}
		if _, ok := to[n]; ok {
			continue
		}
		to[n] = excelSheetName(n, taken)
		c.renamed = append(c.renamed, sheetRename{from: n, to: to[n]})
	}
	if len(to) == 0 {
		return nil, nil
	}
	changed := map[string][]byte{}
	wb = reSheetTag.ReplaceAllFunc(wb, func(tag []byte) []byte {
		return reNameAttr.ReplaceAllFunc(tag, func(attr []byte) []byte {
			m := reNameAttr.FindSubmatch(attr)
			if n, ok := to[html.UnescapeString(string(m[2][1:len(m[2])-1]))]; ok {
				return append(append([]byte{}, m[1]...), `"`+attrEscape(n)+`"`...)
			}
			return attr
		})
	})
	changed[wbEntry.Name] = renameRefs(wb, c.renamed)
	for _, e := range kept {
		// Every XML part excelize gets, but the workbook done above: the sheets' formulas
		// wherever the sheets are, and nothing else holds <f> or <definedName>.
		if e == wbEntry || !strings.HasSuffix(normName(e.Name), ".xml") {
			continue
		}
		data, err := unpack(e)
		if err != nil {
			return nil, err
		}
		if out := renameRefs(data, c.renamed); !bytes.Equal(out, data) {
			changed[e.Name] = out
		}
	}
	return changed, nil
}

// unpack reads a whole entry; its size was counted against the limit before.
func unpack(e *zip.File) ([]byte, error) {
	r, err := e.Open()
	if err != nil {
		return nil, err
	}
	defer r.Close()
	return io.ReadAll(r)
}

// excelSheetName gives a name Excel takes for a sheet name it does not, as near the old one as
// it can be: the forbidden characters replaced, the quotes at either end dropped, cut to 31
// characters, and numbered " (2)", " (3)"... when another sheet has that name.
func excelSheetName(name string, taken map[string]bool) string {
	base := strings.NewReplacer(":", "-", `\`, "-", "/", "-", "?", "_", "*", "_", "[", "(", "]", ")").Replace(name)
	for i := 1; ; i++ {
		suffix := ""
		if i > 1 {
			suffix = fmt.Sprintf(" (%d)", i)
		}
		n := strings.Trim(cutUTF16(strings.Trim(base, "'"), maxSheetName-len(suffix)), "'")
		if n == "" {
			n = "Sheet"
		}
		n += suffix
		if !taken[strings.ToLower(n)] {
			taken[strings.ToLower(n)] = true
			return n
		}
	}
}

// cutUTF16 keeps the longest start of s that fits n UTF-16 code units (Excel counts so).
func cutUTF16(s string, n int) string {
	units := 0
	for i, r := range s {
		w := 1
		if r >= 0x10000 {
			w = 2
		}
		if units+w > n {
			return s[:i]
		}
		units += w
	}
	return s
}

// renameRefs rewrites, in the formulas (<f>) and defined names of an XML part, every
// reference to a renamed sheet ('Old name'!A1, or OldName!A1 where the name needs no quotes)
// into a quoted reference to its new name. Text elsewhere is left as it is.
func renameRefs(data []byte, renames []sheetRename) []byte {
	type pattern struct {
		re *regexp.Regexp
		to string
	}
	var pats []pattern
	for _, r := range renames {
		to := "'" + strings.ReplaceAll(r.to, "'", "''") + "'!"
		pats = append(pats, pattern{regexp.MustCompile(`(?i)'` + regexp.QuoteMeta(strings.ReplaceAll(r.from, "'", "''")) + `'!`), to})
		if unquoted.MatchString(r.from) {
			pats = append(pats, pattern{regexp.MustCompile(`(?i)(^|[^\w.'])` + regexp.QuoteMeta(r.from) + `!`), "${1}" + strings.ReplaceAll(to, "$", "$$")})
		}
	}
	return reFormulaEl.ReplaceAllFunc(data, func(el []byte) []byte {
		m := reFormulaEl.FindSubmatch(el)
		text := html.UnescapeString(string(m[2]))
		out := text
		for _, p := range pats {
			out = p.re.ReplaceAllString(out, p.to)
		}
		if out == text {
			return el
		}
		return append(append(append([]byte{}, m[1]...), textEscape(out)...), m[3]...)
	})
}

// unquoted matches a sheet name a formula may write without quotes.
var unquoted = regexp.MustCompile(`^[\p{L}_][\p{L}\p{N}_.]*$`)

func textEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}

func attrEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace(s)
}

// packageNotes are the lines a list sheet adds under its totals about what the copy changed
// to be written at all: the sheets renamed and the entries dropped.
func (c *copyBook) packageNotes() []reconcile.Text {
	var notes []reconcile.Text
	for _, r := range c.renamed {
		notes = append(notes, reconcile.Msg(
			"Sheet %q diberi nama %q di salinan ini: Excel menolak nama sheet yang lebih dari 31 karakter, memuat : \\ / ? * [ ], atau diawali/diakhiri tanda petik. Rumus yang merujuknya ikut diubah; berkas aslinya tidak.",
			"The sheet %q is named %q in this copy: Excel refuses a sheet name longer than 31 characters, holding : \\ / ? * [ ], or starting or ending with a quote. The formulas that refer to it follow; the original file is unchanged.",
			r.from, r.to))
	}
	if len(c.dropped) > 0 {
		notes = append(notes, reconcile.Msg(
			"%d bagian paket berkas bernama di luar foldernya (%s) tidak disalin: buku kerja yang wajar tidak memilikinya.",
			"%d entries of the file's package named outside its folder (%s) were not copied: no sound workbook has them.",
			len(c.dropped), strings.Join(c.dropped, ", ")))
	}
	return notes
}
