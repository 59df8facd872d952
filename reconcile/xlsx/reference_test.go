package xlsx

import (
	"bytes"
	"encoding/xml"
	"io"
	"strconv"
	"strings"

	"lkjip/reconcile/number"
	"lkjip/reconcile/workbook"
)

// readTokens is the reader on encoding/xml's tokenizer: the reference the scanner of read
// (scan.go) is tested against, token for token.
func (r *sheetReader) readTokens(data []byte) {
	d := xml.NewDecoder(bytes.NewReader(data))
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
		textBuf                            strings.Builder
	)
	r.shared = map[string]sharedFormula{}
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			break
		}
		if err != nil {
			r.sheet.Damaged = err.Error()
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "row":
				rowNum++
				rowHidden, rowNumbered, rowCells = false, false, 0
				for _, a := range t.Attr {
					switch a.Name.Local {
					case "r":
						if n, err := strconv.Atoi(a.Value); err == nil && n > 0 {
							rowNum, rowNumbered = n, true
						}
					case "hidden":
						rowHidden = a.Value == "1" || a.Value == "true"
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
				c = &rawCell{style: 0, row: rowNum, col: col}
				for _, a := range t.Attr {
					switch a.Name.Local {
					case "r":
						c.ref = a.Value
						if cc, rr, ok := splitRef(a.Value); ok {
							c.col, col = cc, cc
							if rr != rowNum && !rowNumbered && rowCells == 1 {
								// A row element without r whose cells carry references
								// (some generators write them so, skipping empty rows): the
								// first cell's reference says which row it is, not the count
								// of row elements.
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
						c.style, _ = strconv.Atoi(a.Value)
					case "t":
						c.typ = a.Value
					}
				}
			case "v":
				inV = c != nil
				textBuf.Reset()
			case "f":
				if c != nil {
					inF = true
					textBuf.Reset()
					c.hasFormula = true
					for _, a := range t.Attr {
						switch a.Name.Local {
						case "t":
							c.fShared = a.Value == "shared"
						case "si":
							c.fSI = a.Value
						}
					}
				}
			case "is":
				inIS = c != nil
			case "rPh":
				// A phonetic run (furigana) inside an inline string is a reading aid, not part
				// of the text: left out, as in the shared string table.
				skipPh++
			case "t":
				inT = inIS && skipPh == 0
			case "mergeCell":
				for _, a := range t.Attr {
					if a.Name.Local == "ref" {
						r.addMerge([]byte(a.Value))
					}
				}
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "v":
				if inV && c != nil { // a <v> left open across </c> holds nothing
					c.value, c.hasValue = textBuf.String(), true
				}
				inV = false
			case "f":
				if inF && c != nil {
					c.formula = textBuf.String()
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
					c.value, c.hasValue = c.inline.String(), true
				}
			case "c":
				if c != nil && row != nil {
					r.place(row, c)
				}
				c = nil
			case "row":
				row = nil
			case "worksheet":
				ended = true
			}
		case xml.CharData:
			switch {
			case inV || inF:
				textBuf.Write(t)
			case inT && c != nil:
				c.inline.Write(t)
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
	r.finish()
}

// sharedStringsTokens and newStylesTokens are sharedStrings and newStyles on encoding/xml's
// tokenizer: the references their scanner versions are tested against.
func sharedStringsTokens(data []byte) (out []string, cut bool) {
	if len(data) == 0 {
		return nil, false
	}
	d := xml.NewDecoder(bytes.NewReader(data))
	var b strings.Builder
	inSI, inT, skip, ended := false, false, 0, false
	for {
		tok, err := d.RawToken()
		if err != nil {
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "si":
				inSI = true
				b.Reset()
			case "rPh":
				skip++
			case "t":
				inT = inSI && skip == 0
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "si":
				inSI = false
				out = append(out, unescapeXString(b.String()))
			case "rPh":
				skip--
			case "t":
				inT = false
			case "sst":
				ended = true
			}
		case xml.CharData:
			if inT {
				b.Write(t)
			}
		}
	}
	return out, !ended
}

func newStylesTokens(data []byte) *styles {
	s := &styles{}
	if len(data) == 0 {
		return s
	}
	custom := map[int]string{}
	var ids []int
	d := xml.NewDecoder(bytes.NewReader(data))
	inCellXfs := false
	for {
		tok, err := d.RawToken()
		if err != nil {
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "numFmt":
				id, code := -1, ""
				for _, a := range t.Attr {
					switch a.Name.Local {
					case "numFmtId":
						id, _ = strconv.Atoi(a.Value)
					case "formatCode":
						code = a.Value
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
					for _, a := range t.Attr {
						if a.Name.Local == "numFmtId" {
							id, _ = strconv.Atoi(a.Value)
						}
					}
					ids = append(ids, id)
				}
			}
		case xml.EndElement:
			if t.Name.Local == "cellXfs" {
				inCellXfs = false
			}
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

// workbookSheetsTokens lists the <sheet> elements of workbook.xml in order, and reads the
// date system.
func workbookSheetsTokens(data []byte) (out []sheetEntry, date1904 bool) {
	d := xml.NewDecoder(bytes.NewReader(data))
	for {
		tok, err := d.RawToken()
		if err != nil {
			return out, date1904
		}
		if t, ok := tok.(xml.StartElement); ok && t.Name.Local == "workbookPr" {
			for _, a := range t.Attr {
				if a.Name.Local == "date1904" {
					v := strings.TrimSpace(a.Value)
					date1904 = v == "1" || v == "true"
				}
			}
		}
		if t, ok := tok.(xml.StartElement); ok && t.Name.Local == "sheet" {
			var e sheetEntry
			for _, a := range t.Attr {
				switch a.Name.Local {
				case "name":
					e.name = a.Value
				case "id":
					if a.Name.Space != "" { // r:id, not an unprefixed id
						e.rid = a.Value
					}
				case "state":
					e.state = a.Value
				}
			}
			out = append(out, e)
		}
	}
}

// parseRelsTokens is parseRels with encoding/xml's Unmarshal.
func parseRelsTokens(data []byte) []xmlRel {
	var doc struct {
		Rels []xmlRel `xml:"Relationship"`
	}
	if len(data) == 0 || xml.Unmarshal(data, &doc) != nil {
		return nil
	}
	return doc.Rels
}
