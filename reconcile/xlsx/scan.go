package xlsx

import (
	"bytes"
	"encoding/xml"
	"strconv"
	"strings"
	"unicode/utf8"

	"lkjip/reconcile/workbook"
)

// A hand-written scanner for worksheet XML. It yields the tokens encoding/xml's RawToken
// yields (start and end elements by local name, character data; comments, processing
// instructions and directives as "other"), reports a syntax error exactly where RawToken
// would (on the same token, so that the rows read before it are the same), and allocates
// nothing for what the reader does not keep: names and attribute values are slices of the
// input, and text is decoded (entities, CR LF) only when the reader asks for it.

type tokKind uint8

const (
	tokEOF   tokKind = iota // the input ends between tokens
	tokErr                  // a syntax error or an end inside a token: scanner.err says which
	tokStart                // a start tag: scanner.local, scanner.attrs
	tokEnd                  // an end tag (or the end of a self-closing tag): scanner.local
	tokText                 // character data or a CDATA section: scanner.text
	tokOther                // a comment, a processing instruction or a directive
)

// scanAttr is one attribute of a start tag: its local name and its raw value between the
// quotes; esc is true when the value holds an entity or a carriage return to decode.
type scanAttr struct {
	local, val []byte
	esc        bool
	prefixed   bool // the name has a namespace prefix (r:id): encoding/xml's Name.Space is set
}

type scanner struct {
	data []byte
	pos  int
	err  string

	local     []byte
	attrs     []scanAttr
	closeNext bool // a self-closing tag was returned: its end comes next

	text    []byte // raw character data of a tokText
	textEsc bool   // text holds an entity or a carriage return
	cdata   bool   // text is a CDATA section (no entities)

	scratch []byte
}

func (s *scanner) fail(msg string) tokKind {
	s.err = "XML syntax error: " + msg
	s.pos = len(s.data)
	return tokErr
}

func (s *scanner) eof() tokKind { return s.fail("unexpected EOF") }

// next scans the next token.
func (s *scanner) next() tokKind {
	if s.err != "" {
		return tokErr
	}
	if s.closeNext {
		s.closeNext = false
		return tokEnd
	}
	d, p := s.data, s.pos
	if p >= len(d) {
		return tokEOF
	}
	if d[p] != '<' {
		end, esc, k := s.chars(p, 0)
		if k == tokErr {
			return k
		}
		s.text, s.textEsc, s.cdata, s.pos = d[p:end], esc, false, end
		return tokText
	}
	p++
	if p >= len(d) {
		return s.eof()
	}
	switch d[p] {
	case '/':
		return s.endTag(p + 1)
	case '?':
		return s.procInst(p + 1)
	case '!':
		return s.bang(p + 1)
	}
	return s.startTag(p)
}

// Name scanning, as encoding/xml's readName, isName and nsname.

const (
	nameOK = iota
	nameNone
	nameErr
)

// nameByte marks the bytes encoding/xml reads into a name: the ASCII name bytes and every
// byte of a multi-byte character.
var nameByte = func() (t [256]bool) {
	for c := 0; c < 256; c++ {
		t[c] = c >= 0x80 || 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' ||
			c == '_' || c == ':' || c == '.' || c == '-'
	}
	return
}()

// name reads a name at p; it returns its end and nameOK, nameNone when no name starts at p
// (s.err left empty, for the caller to say what was expected), or nameErr with s.err set.
func (s *scanner) name(p int) (int, int) {
	d := s.data
	if p >= len(d) {
		s.eof()
		return p, nameErr
	}
	if !nameByte[d[p]] {
		return p, nameNone
	}
	ascii := d[p] < utf8.RuneSelf
	q := p + 1
	for {
		if q >= len(d) {
			s.eof()
			return q, nameErr
		}
		b := d[q]
		if !nameByte[b] {
			break
		}
		if b >= utf8.RuneSelf {
			ascii = false
		}
		q++
	}
	if ascii {
		c := d[p]
		if !('A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || c == '_' || c == ':') {
			s.fail("invalid XML name: " + string(d[p:q]))
			return q, nameErr
		}
	} else if !isNameSlow(d[p:q]) {
		s.fail("invalid XML name: " + string(d[p:q]))
		return q, nameErr
	}
	return q, nameOK
}

// isNameSlow asks encoding/xml whether a name with non-ASCII characters is a valid XML name
// (its character tables are not exported), as the target of a processing instruction, which
// it checks with isName alone.
func isNameSlow(name []byte) bool {
	doc := make([]byte, 0, len(name)+4)
	doc = append(append(append(doc, "<?"...), name...), "?>"...)
	_, err := xml.NewDecoder(bytes.NewReader(doc)).RawToken()
	return err == nil
}

// nsLocal returns the local part of a name as encoding/xml's nsname does; false when the
// name has more than one colon.
func nsLocal(name []byte) ([]byte, bool) {
	i := bytes.IndexByte(name, ':')
	if i < 0 {
		return name, true
	}
	if bytes.IndexByte(name[i+1:], ':') >= 0 {
		return nil, false
	}
	if i == 0 || i == len(name)-1 {
		return name, true
	}
	return name[i+1:], true
}

func skipSpace(d []byte, p int) int {
	for p < len(d) {
		switch d[p] {
		case ' ', '\r', '\n', '\t':
			p++
		default:
			return p
		}
	}
	return p
}

func (s *scanner) startTag(p int) tokKind {
	d := s.data
	end, st := s.name(p)
	switch st {
	case nameNone:
		return s.fail("expected element name after <")
	case nameErr:
		return tokErr
	}
	local, ok := nsLocal(d[p:end])
	if !ok {
		return s.fail("expected element name after <")
	}
	s.local = local
	s.attrs = s.attrs[:0]
	p = end
	for {
		p = skipSpace(d, p)
		if p >= len(d) {
			return s.eof()
		}
		switch d[p] {
		case '/':
			p++
			if p >= len(d) {
				return s.eof()
			}
			if d[p] != '>' {
				return s.fail("expected /> in element")
			}
			s.closeNext = true
			s.pos = p + 1
			return tokStart
		case '>':
			s.pos = p + 1
			return tokStart
		}
		an, st := s.name(p)
		switch st {
		case nameNone:
			return s.fail("expected attribute name in element")
		case nameErr:
			return tokErr
		}
		aname := d[p:an]
		alocal, ok := nsLocal(aname)
		if !ok {
			return s.fail("expected attribute name in element")
		}
		p = skipSpace(d, an)
		if p >= len(d) {
			return s.eof()
		}
		if d[p] != '=' {
			return s.fail("attribute name without = in element")
		}
		p = skipSpace(d, p+1)
		if p >= len(d) {
			return s.eof()
		}
		q := d[p]
		if q != '"' && q != '\'' {
			return s.fail("unquoted or missing attribute value in element")
		}
		vend, esc, k := s.chars(p+1, q)
		if k == tokErr {
			return k
		}
		s.attrs = append(s.attrs, scanAttr{local: alocal, val: d[p+1 : vend], esc: esc, prefixed: len(alocal) < len(aname)})
		p = vend + 1
	}
}

func (s *scanner) endTag(p int) tokKind {
	d := s.data
	end, st := s.name(p)
	switch st {
	case nameNone:
		return s.fail("expected element name after </")
	case nameErr:
		return tokErr
	}
	local, ok := nsLocal(d[p:end])
	if !ok {
		return s.fail("expected element name after </")
	}
	p = skipSpace(d, end)
	if p >= len(d) {
		return s.eof()
	}
	if d[p] != '>' {
		return s.fail("invalid characters between </" + string(local) + " and >")
	}
	s.local = local
	s.pos = p + 1
	return tokEnd
}

// procInst scans a processing instruction after "<?"; the XML declaration's version and
// encoding are checked as encoding/xml checks them (it has no charset reader here).
func (s *scanner) procInst(p int) tokKind {
	d := s.data
	end, st := s.name(p)
	switch st {
	case nameNone:
		return s.fail("expected target name after <?")
	case nameErr:
		return tokErr
	}
	target := d[p:end]
	p = skipSpace(d, end)
	i := bytes.Index(d[p:], []byte("?>"))
	if i < 0 {
		return s.eof()
	}
	if string(target) == "xml" {
		content := string(d[p : p+i])
		if ver := procInstParam("version", content); ver != "" && ver != "1.0" {
			return s.fail("unsupported version " + strconv.Quote(ver))
		}
		if enc := procInstParam("encoding", content); enc != "" && !strings.EqualFold(enc, "utf-8") {
			return s.fail("encoding " + strconv.Quote(enc) + " declared but not supported")
		}
	}
	s.pos = p + i + 2
	return tokOther
}

// procInstParam is encoding/xml's procInst: the `param="..."` or `param='...'` value out of
// s, "" if not found.
func procInstParam(param, s string) string {
	param = param + "="
	lenp := len(param)
	i := 0
	var sep byte
	for i < len(s) {
		sub := s[i:]
		k := strings.Index(sub, param)
		if k < 0 || lenp+k >= len(sub) {
			return ""
		}
		i += lenp + k + 1
		if c := sub[lenp+k]; c == '\'' || c == '"' {
			sep = c
			break
		}
	}
	if sep == 0 {
		return ""
	}
	j := strings.IndexByte(s[i:], sep)
	if j < 0 {
		return ""
	}
	return s[i : i+j]
}

// bang scans what follows "<!": a comment, a CDATA section or a directive.
func (s *scanner) bang(p int) tokKind {
	d := s.data
	if p >= len(d) {
		return s.eof()
	}
	b := d[p]
	p++
	switch b {
	case '-':
		if p >= len(d) {
			return s.eof()
		}
		if d[p] != '-' {
			return s.fail("invalid sequence <!- not part of <!--")
		}
		p++
		i := bytes.Index(d[p:], []byte("--"))
		if i < 0 || p+i+2 >= len(d) {
			return s.eof()
		}
		if d[p+i+2] != '>' {
			return s.fail(`invalid sequence "--" not allowed in comments`)
		}
		s.pos = p + i + 3
		return tokOther
	case '[':
		for i := 0; i < 6; i++ {
			if p >= len(d) {
				return s.eof()
			}
			if d[p] != "CDATA["[i] {
				return s.fail("invalid <![ sequence")
			}
			p++
		}
		i := bytes.Index(d[p:], []byte("]]>"))
		if i < 0 {
			return s.fail("unexpected EOF in CDATA section")
		}
		esc, ok := s.validChars(d[p : p+i])
		if !ok {
			return tokErr
		}
		s.text, s.textEsc, s.cdata, s.pos = d[p:p+i], esc, true, p+i+3
		return tokText
	}
	// A directive (<!DOCTYPE ...>), scanned as encoding/xml does: quoted angle brackets do
	// not count for nesting, and comments inside are skipped. The byte after "<!" is taken
	// as it is.
	var inquote byte
	depth := 0
	for {
		if p >= len(d) {
			return s.eof()
		}
		b = d[p]
		p++
		if inquote == 0 && b == '>' && depth == 0 {
			break
		}
	handle:
		switch {
		case b == inquote:
			inquote = 0
		case inquote != 0:
		case b == '\'' || b == '"':
			inquote = b
		case b == '>':
			depth--
		case b == '<':
			for i := 0; i < 3; i++ {
				if p >= len(d) {
					return s.eof()
				}
				b = d[p]
				p++
				if b != "!--"[i] {
					depth++
					goto handle
				}
			}
			i := bytes.Index(d[p:], []byte("-->"))
			if i < 0 {
				return s.eof()
			}
			p += i + 3
		}
	}
	s.pos = p
	return tokOther
}

// Character classes of chars: plain bytes need no look.
const (
	chPlain = iota
	chSpecial
	chCtl
	chHigh
)

var charClass = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		switch {
		case c >= 0x80:
			t[c] = chHigh
		case c == '<' || c == '&' || c == '>' || c == '"' || c == '\'' || c == '\r':
			t[c] = chSpecial
		case c < 0x20 && c != '\t' && c != '\n':
			t[c] = chCtl
		}
	}
	return
}()

func inCharRange(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D ||
		r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD ||
		r >= 0x10000 && r <= 0x10FFFF
}

// chars scans character data from p as encoding/xml's text does: with quote 0 up to a '<'
// or the end of the input, else up to the closing quote (whose index it returns). esc is
// true when the text holds an entity or a carriage return.
func (s *scanner) chars(p int, quote byte) (end int, esc bool, k tokKind) {
	d := s.data
	start := p
	for p < len(d) {
		b := d[p]
		switch charClass[b] {
		case chPlain:
			p++
			continue
		case chCtl:
			return 0, false, s.fail("illegal character code " + strconv.QuoteRune(rune(b)))
		case chHigh:
			r, n := utf8.DecodeRune(d[p:])
			if r == utf8.RuneError && n == 1 {
				return 0, false, s.fail("invalid UTF-8")
			}
			if !inCharRange(r) {
				return 0, false, s.fail("illegal character code " + strconv.QuoteRune(r))
			}
			p += n
			continue
		}
		switch b {
		case '<':
			if quote != 0 {
				return 0, false, s.fail("unescaped < inside quoted string")
			}
			return p, esc, tokText
		case '>':
			if quote == 0 && p-start >= 2 && d[p-1] == ']' && d[p-2] == ']' {
				return 0, false, s.fail("unescaped ]]> not in CDATA section")
			}
			p++
		case '&':
			q, k := s.entity(p)
			if k == tokErr {
				return 0, false, k
			}
			p, esc = q, true
		case '\r':
			p, esc = p+1, true
		default: // a quote
			if b == quote {
				return p, esc, tokText
			}
			p++
		}
	}
	if quote != 0 {
		return 0, false, s.eof()
	}
	return p, esc, tokText
}

// validChars checks the text of a CDATA section; esc is true when it holds a carriage return.
func (s *scanner) validChars(t []byte) (esc, ok bool) {
	for p := 0; p < len(t); {
		b := t[p]
		switch charClass[b] {
		case chCtl:
			s.fail("illegal character code " + strconv.QuoteRune(rune(b)))
			return false, false
		case chHigh:
			r, n := utf8.DecodeRune(t[p:])
			if r == utf8.RuneError && n == 1 {
				s.fail("invalid UTF-8")
				return false, false
			}
			if !inCharRange(r) {
				s.fail("illegal character code " + strconv.QuoteRune(r))
				return false, false
			}
			p += n
			continue
		}
		if b == '\r' {
			esc = true
		}
		p++
	}
	return esc, true
}

var namedEntities = [...]struct {
	name string
	r    byte
}{{"lt;", '<'}, {"gt;", '>'}, {"amp;", '&'}, {"apos;", '\''}, {"quot;", '"'}}

// charRef parses the digits of a character reference starting at p (after "&#" or "&#x"):
// it returns the index of the byte after the digits and the value; big when it is over
// U+10FFFF.
func charRef(d []byte, p int, base uint64) (q int, n uint64, big bool) {
	for q = p; q < len(d); q++ {
		var v uint64
		switch b := d[q]; {
		case '0' <= b && b <= '9':
			v = uint64(b - '0')
		case base == 16 && 'a' <= b && b <= 'f':
			v = uint64(b-'a') + 10
		case base == 16 && 'A' <= b && b <= 'F':
			v = uint64(b-'A') + 10
		default:
			return q, n, big
		}
		if !big {
			if n = n*base + v; n > utf8.MaxRune {
				big = true
			}
		}
	}
	return q, n, big
}

// entity checks the entity at p (a '&') as encoding/xml does in strict mode: one of the five
// named entities or a character reference to a character XML allows; it returns the index
// after its ';'.
func (s *scanner) entity(p int) (int, tokKind) {
	d := s.data
	q := p + 1
	if q >= len(d) {
		return 0, s.eof()
	}
	if d[q] != '#' {
		for _, e := range namedEntities {
			if bytes.HasPrefix(d[q:], []byte(e.name)) {
				return q + len(e.name), tokText
			}
		}
		// encoding/xml reads a name then wants ';': an unknown entity, or the end of the
		// input inside one, is an error either way.
		return 0, s.fail("invalid character entity")
	}
	q++
	if q >= len(d) {
		return 0, s.eof()
	}
	base := uint64(10)
	if d[q] == 'x' {
		base = 16
		q++
		if q >= len(d) {
			return 0, s.eof()
		}
	}
	ds := q
	q, n, big := charRef(d, q, base)
	if q >= len(d) {
		return 0, s.eof()
	}
	if d[q] != ';' || q == ds || big {
		return 0, s.fail("invalid character entity")
	}
	r := rune(n)
	if !(r >= 0xD800 && r <= 0xDFFF) && !inCharRange(r) { // a surrogate becomes U+FFFD
		return 0, s.fail("illegal character code " + strconv.QuoteRune(r))
	}
	return q + 1, tokText
}

// appendDecoded appends raw text, already checked by the scanner, decoded as encoding/xml
// decodes it: entities replaced (unless cdata), "\r\n" and "\r" made "\n".
func appendDecoded(dst, raw []byte, cdata bool) []byte {
	for i := 0; i < len(raw); {
		b := raw[i]
		switch {
		case b == '\r':
			dst = append(dst, '\n')
			i++
			if i < len(raw) && raw[i] == '\n' {
				i++
			}
		case b == '&' && !cdata:
			if raw[i+1] == '#' {
				base, p := uint64(10), i+2
				if raw[p] == 'x' {
					base, p = 16, p+1
				}
				q, n, _ := charRef(raw, p, base)
				dst = utf8.AppendRune(dst, rune(n))
				i = q + 1
				continue
			}
			for _, e := range namedEntities {
				if bytes.HasPrefix(raw[i+1:], []byte(e.name)) {
					dst = append(dst, e.r)
					i += 1 + len(e.name)
					break
				}
			}
		default:
			j := i + 1
			for j < len(raw) && raw[j] != '\r' && raw[j] != '&' {
				j++
			}
			dst = append(dst, raw[i:j]...)
			i = j
		}
	}
	return dst
}

// attrVal returns an attribute's decoded value, valid until the next call.
func (s *scanner) attrVal(a *scanAttr) []byte {
	if !a.esc {
		return a.val
	}
	s.scratch = appendDecoded(s.scratch[:0], a.val, false)
	return s.scratch
}

// appendText appends the decoded text of the current tokText.
func (s *scanner) appendText(dst []byte) []byte {
	if !s.textEsc {
		return append(dst, s.text...)
	}
	return appendDecoded(dst, s.text, s.cdata)
}

// cellType returns the t attribute of a cell as a string, without allocating for the types
// the reader knows.
func cellType(v []byte) string {
	switch string(v) {
	case "s":
		return "s"
	case "str":
		return "str"
	case "inlineStr":
		return "inlineStr"
	case "b":
		return "b"
	case "e":
		return "e"
	case "d":
		return "d"
	case "n":
		return "n"
	}
	return string(v)
}

// read streams one worksheet's XML with the scanner; it builds the same sheet as
// readTokens, element for element.
func (r *sheetReader) read(data []byte) {
	done := false
	r.readWindows(func() []byte {
		if done {
			return nil
		}
		done = true
		return data
	})
}

// readWindows reads one worksheet's XML given in windows (see windows): more returns the
// next, nil at the end. A window ends between two tokens.
func (r *sheetReader) readWindows(more func() []byte) {
	s := &scanner{data: more()}
	var (
		row    *workbook.GridRow
		rowNum int
		col    int
		c      *rawCell
		inV    bool
		inF    bool
		inIS   bool
		inT    bool
		ended  bool
		skipPh int
		// the row being read: whether it has an r attribute, whether this element created
		// it, its hidden attribute and the cells seen in it so far
		rowNumbered, rowCreated, rowHidden bool
		rowCells                           int
		byNum                              = map[int]*workbook.GridRow{}
		textBuf                            []byte
		inline                             []byte
		// the cell being read: one rawCell reused (place keeps nothing of it)
		cellBuf rawCell
	)
	r.shared = map[string]sharedFormula{}
loop:
	for {
		switch s.next() {
		case tokEOF:
			if next := more(); next != nil {
				s.data, s.pos = next, 0
				continue
			}
			break loop
		case tokErr:
			r.sheet.Damaged = s.err
			break loop
		case tokStart:
			switch string(s.local) {
			case "row":
				rowNum++
				rowHidden, rowNumbered, rowCells = false, false, 0
				for i := range s.attrs {
					a := &s.attrs[i]
					switch string(a.local) {
					case "r":
						if n, err := strconv.Atoi(string(s.attrVal(a))); err == nil && n > 0 {
							rowNum, rowNumbered = n, true
						}
					case "hidden":
						v := s.attrVal(a)
						rowHidden = string(v) == "1" || string(v) == "true"
					}
				}
				row, rowCreated = r.openRow(byNum, rowNum, rowHidden)
				col = 0
			case "c":
				if row == nil {
					continue
				}
				col++
				rowCells++
				cellBuf = rawCell{style: 0, row: rowNum, col: col}
				c = &cellBuf
				inline = inline[:0]
				for i := range s.attrs {
					a := &s.attrs[i]
					switch string(a.local) {
					case "r":
						if cc, rr, ok := splitRef(string(s.attrVal(a))); ok {
							c.col, col = cc, cc
							if rr != rowNum && !rowNumbered && rowCells == 1 {
								// as in readTokens: the first cell's reference says which
								// row a row element without r is
								if rowCreated {
									delete(byNum, rowNum)
									r.sheet.Rows = r.sheet.Rows[:len(r.sheet.Rows)-1]
								}
								rowNum = rr
								row, rowCreated = r.openRow(byNum, rowNum, rowHidden)
							}
							c.row = rr
						}
					case "s":
						c.style, _ = strconv.Atoi(string(s.attrVal(a)))
					case "t":
						c.typ = cellType(s.attrVal(a))
					}
				}
			case "v":
				inV = c != nil
				textBuf = textBuf[:0]
			case "f":
				if c != nil {
					inF = true
					textBuf = textBuf[:0]
					c.hasFormula = true
					for i := range s.attrs {
						a := &s.attrs[i]
						switch string(a.local) {
						case "t":
							c.fShared = string(s.attrVal(a)) == "shared"
						case "si":
							c.fSI = string(s.attrVal(a))
						}
					}
				}
			case "is":
				inIS = c != nil
			case "rPh":
				skipPh++
			case "t":
				inT = inIS && skipPh == 0
			case "mergeCell":
				for i := range s.attrs {
					a := &s.attrs[i]
					if string(a.local) == "ref" {
						r.addMerge(s.attrVal(a))
					}
				}
			}
		case tokEnd:
			switch string(s.local) {
			case "v":
				if inV && c != nil { // a <v> left open across </c> holds nothing
					c.value, c.hasValue = string(textBuf), true
				}
				inV = false
			case "f":
				if inF && c != nil {
					c.formula = string(textBuf)
				}
				inF = false
			case "t":
				inT = false
			case "rPh":
				if skipPh > 0 {
					skipPh--
				}
			case "is":
				inIS = false
				if c != nil {
					c.value, c.hasValue = string(inline), true
				}
			case "c":
				if c != nil && row != nil {
					r.place(row, c)
					if r.tooMany {
						break loop // the workbook is refused: what is read so far is of no use
					}
				}
				c = nil
			case "row":
				row = nil
			case "worksheet":
				ended = true
			}
		case tokText:
			switch {
			case inV || inF:
				textBuf = s.appendText(textBuf)
			case inT && c != nil:
				inline = s.appendText(inline)
			}
		}
	}
	if !ended && r.sheet.Damaged == "" {
		// The part ends before </worksheet>: the file was cut short. Row iterators stop
		// here silently; the model says so.
		r.sheet.Damaged = "the sheet's XML ends before its last element (the file is cut short)"
	}
	if r.sheet.Damaged == "" {
		r.sheet.Damaged = r.sstDamage
	}
	if r.tooMany {
		return
	}
	r.finish()
}
