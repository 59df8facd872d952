package report

import (
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"

	"github.com/xuri/excelize/v2"

	"lkjip/reconcile"
)

// Paper is how a workbook lkjip writes prints: on A4, as wide as the page, every page headed
// with what it belongs to (the unit, the year, the file) and footed with "Halaman N dari M",
// so that a loose page of a printed copy can be put back where it belongs.
type Paper struct {
	Head, File string // the page's head, left and right
	// SheetName puts the sheet's name at the head's right instead of File (the template).
	SheetName bool
	Lang      string
	// Marks prints, for a copy whose cells carry lkjip's findings, the row and column headings
	// (so that "B17" can be found on paper) and the comments, at the end of each sheet (a
	// comment on screen is hover-only).
	Marks bool
}

// PaperOf is the paper of a result's copies: its unit and year, and its file's name.
func PaperOf(r *reconcile.Result, lang string) Paper {
	head := r.Unit
	if r.Year != 0 {
		head = strings.TrimSpace(fmt.Sprintf("%s · %d", head, r.Year))
	}
	return Paper{Head: head, File: filepath.Base(r.Path), Lang: lang}
}

var paperWords = [2]reconcile.Text{{ID: "Halaman", EN: "Page"}, {ID: "dari", EN: "of"}}

// headerText escapes a text for a header or footer ("&" starts a code there) and keeps it
// within the 255 characters a header may hold, with the file's name beside it.
func headerText(s string) string {
	if r := []rune(s); len(r) > 100 {
		s = string(r[:99]) + "…"
	}
	return strings.ReplaceAll(s, "&", "&&")
}

// Apply sets the paper of every visible sheet of f, and gives its numbers Indonesian notation
// on paper whatever the machine's locale (indonesianNumbers). A sheet in landscape stays so;
// one in portrait (the default) whose recorded dimension reaches past column H turns to
// landscape, which a table of many columns needs to stay legible fitted to the width.
func (p Paper) Apply(f *excelize.File) error {
	a4, one, unbounded := 9, 1, 0
	fit := true
	head := "&L" + headerText(p.Head)
	switch {
	case p.SheetName:
		head += "&R&A"
	case p.File != "":
		head += "&R" + headerText(p.File)
	}
	foot := fmt.Sprintf("&C%s &P %s &N", paperWords[0].In(p.Lang), paperWords[1].In(p.Lang))
	errs := []error{indonesianNumbers(f)}
	for _, name := range f.GetSheetList() {
		if v, err := f.GetSheetVisible(name); err == nil && !v {
			continue
		}
		opts := &excelize.PageLayoutOptions{Size: &a4, FitToWidth: &one, FitToHeight: &unbounded}
		cur, err := f.GetPageLayout(name)
		if err != nil {
			// A sheet excelize cannot read (its XML cut short: the check called it damaged)
			// has no page to set: the copy keeps it as it is.
			continue
		}
		if cur.Orientation == nil || *cur.Orientation == "" || *cur.Orientation == "portrait" {
			if dim, err := f.GetSheetDimension(name); err == nil {
				if _, to, ok := strings.Cut(dim, ":"); ok {
					if col, _, err := excelize.CellNameToCoordinates(to); err == nil && col > 8 {
						landscape := "landscape"
						opts.Orientation = &landscape
					}
				}
			}
		}
		errs = append(errs,
			f.SetPageLayout(name, opts),
			f.SetSheetProps(name, &excelize.SheetPropsOptions{FitToPage: &fit}),
			f.SetHeaderFooter(name, &excelize.HeaderFooterOptions{OddHeader: head, OddFooter: foot}))
	}
	if p.Marks {
		errs = append(errs, printMarks(f))
	}
	return errors.Join(errs...)
}

// printMarks sets every worksheet of f loaded so far (Apply loads each) to print its row and
// column headings and its comments at the end. excelize has no option for either
// (printOptions headings, pageSetup cellComments); its worksheet model has the fields, reached
// by name.
func printMarks(f *excelize.File) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("printing headings and comments: %v", v) // a model this code does not know
		}
	}()
	f.Sheet.Range(func(_, ws any) bool {
		v := reflect.ValueOf(ws)
		if v.Kind() != reflect.Pointer || v.IsNil() {
			return true
		}
		set := func(field, name string, val reflect.Value) {
			fv := v.Elem().FieldByName(field)
			if !fv.IsValid() || fv.Kind() != reflect.Pointer || !fv.CanSet() {
				return
			}
			if fv.IsNil() {
				fv.Set(reflect.New(fv.Type().Elem()))
			}
			if x := fv.Elem().FieldByName(name); x.IsValid() && x.CanSet() && x.Type() == val.Type() {
				x.Set(val)
			}
		}
		set("PrintOptions", "Headings", reflect.ValueOf(true))
		set("PageSetUp", "CellComments", reflect.ValueOf("atEnd"))
		return true
	})
	return nil
}

// builtinNumFmts are Excel's built-in number formats that group thousands or show decimals:
// on a machine with an English locale they print 2,739,149,000 beside messages saying
// 2.739.149.000.
var builtinNumFmts = map[int]string{
	2: "0.00", 3: "#,##0", 4: "#,##0.00", 10: "0.00%",
	37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)", 39: "#,##0.00;(#,##0.00)", 40: "#,##0.00;[Red](#,##0.00)",
}

// indonesianNumbers gives every number format of f that groups thousands or shows decimals
// the Indonesian locale ([$-421]), so that the copy prints 2.739.149.000 and 98,32 whatever
// the machine (LibreOffice follows the format's locale). Formats with a locale of their own,
// dates and text are left as they are.
func indonesianNumbers(f *excelize.File) error {
	if _, err := f.GetStyle(0); err != nil || f.Styles == nil || f.Styles.CellXfs == nil {
		return err // a workbook without styles: nothing to localise
	}
	numeric := func(code string) bool {
		c := strings.ToLower(code)
		return !strings.Contains(c, "[$") && (strings.Contains(c, "#,##") || strings.Contains(c, "0.0")) &&
			!strings.ContainsAny(c, "dmyhs@")
	}
	if f.Styles.NumFmts != nil {
		for _, nf := range f.Styles.NumFmts.NumFmt {
			if nf != nil && numeric(nf.FormatCode) {
				nf.FormatCode = "[$-421]" + nf.FormatCode
			}
		}
	}
	made := map[int]int{} // built-in id -> the custom id of its Indonesian form
	for i := range f.Styles.CellXfs.Xf {
		xf := &f.Styles.CellXfs.Xf[i]
		if xf.NumFmtID == nil {
			continue
		}
		code, ok := builtinNumFmts[*xf.NumFmtID]
		if !ok {
			continue
		}
		id, ok := made[*xf.NumFmtID]
		if !ok {
			local := "[$-421]" + code
			style, err := f.NewStyle(&excelize.Style{CustomNumFmt: &local})
			if err != nil {
				return err
			}
			nid := f.Styles.CellXfs.Xf[style].NumFmtID
			if nid == nil {
				continue
			}
			id = *nid
			made[*xf.NumFmtID] = id
			xf = &f.Styles.CellXfs.Xf[i] // NewStyle may have grown the slice
		}
		xf.NumFmtID = &id
		yes := true
		xf.ApplyNumberFormat = &yes
	}
	return nil
}
