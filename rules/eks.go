package rules

import (
	"path/filepath"
	"regexp"
	"strings"

	"lkjip/reconcile"
	wb "lkjip/reconcile/workbook"
)

// The EKS rules (ekspor) compare the workbook's Realisasi Anggaran with the finance system's
// LRA export given with `lkjip check --lra` (Workbook.Export): the report must say what the
// books say. They match the two tables row by row:
//
//   - a row with a Kode matches the export's row with the same code, the sub kegiatan number
//     read as a number (7.01.01.2.01.01 is 7.01.01.2.01.0001: two digits before 2023, four
//     after);
//   - a row without a Kode (a workbook numbered I. / 1.) matches by its Uraian, folded (case,
//     punctuation, spaces and a leading number ignored), preferring a row under the export row
//     its own parent matched;
//   - the export's account rows (kode rekening 5.1.02..., under a sub kegiatan) are its
//     detail: they sum into their sub kegiatan and are compared through it, never on their
//     own; its urusan and bidang rows (7, 7.01) are the unit as a whole, compared through the
//     Jumlah row;
//   - the export's rows below the level the workbook reports (sub kegiatan under a kegiatan
//     the workbook lists without its sub kegiatan) are not missing from it: they sum into the
//     row the workbook has.
//
// When the export is of another unit or year (EKS005, EKS006), its figures are not compared:
// every row would differ, and one finding says why.

// exportLabel names the export in messages: its file's name, as finance staff know it.
func exportLabel(e *wb.Export) string { return filepath.Base(e.Path) }

// exportPlace names a cell of the export in words, as finance staff find it: the export's
// file, the row's number and what the row is ("lra-kragan-2021.xlsx, baris 9, kode 7.01.01"),
// rather than Excel's "[lra-kragan-2021.xlsx]LRA!C9".
func exportPlace(e *wb.Export, c *wb.Cell) reconcile.Text {
	file := filepath.Base(e.Path)
	if c == nil {
		return reconcile.Msg("%s", "%s", file)
	}
	what := reconcile.Text{}
	if e.Table != nil {
		for _, r := range e.Table.AllRows() {
			if r.Num != c.Row {
				continue
			}
			if code := strings.TrimSpace(r.Cell(wb.RoleKode).Value()); code != "" {
				what = reconcile.Msg("kode %s", "code %s", code)
			} else if l := r.Label(); l != "" {
				what = reconcile.Msg("%q", "%q", l)
			}
		}
	}
	if what.ID == "" {
		return reconcile.Msg("%s, baris %d", "%s, row %d", file, c.Row)
	}
	return reconcile.Msg("%s, baris %d, %s", "%s, row %d, %s", file, c.Row, what)
}

// budgetMatch is the outcome of matching a workbook's Realisasi Anggaran with an export.
type budgetMatch struct {
	workbook, export *wb.Table
	pairs            []matched
	// exportOnly and workbookOnly are the rows of one source the other lacks, at the level the
	// other reports.
	exportOnly, workbookOnly []*wb.Row
}

type matched struct{ w, e *wb.Row }

// matchExport matches a workbook's budget table with its export; nil when there is nothing
// to compare: no export, no budget table, or an export of another unit or year.
func matchExport(w *wb.Workbook) *budgetMatch {
	e := w.Export
	if e == nil || e.Table == nil || !SameUnit(w.Unit, e.Unit) || (w.Year != 0 && e.Year != 0 && w.Year != e.Year) {
		return nil
	}
	t := w.Table(wb.RealisasiAnggaran)
	if t == nil || !t.Has(wb.RoleAnggaran, wb.RoleRealisasi) {
		return nil
	}
	m := &budgetMatch{workbook: t, export: e.Table}
	partner := map[*wb.Row]*wb.Row{} // both ways
	var candidates []*wb.Row
	byCode := map[string]*wb.Row{}
	for _, r := range e.Table.Rows {
		if !comparable(r) {
			continue
		}
		candidates = append(candidates, r)
		if k := wb.CodeKey(r.Cell(wb.RoleKode).Value()); k != "" {
			if _, dup := byCode[k]; !dup {
				byCode[k] = r
			}
		}
	}
	var rows []*wb.Row
	for _, r := range t.Rows {
		if comparable(r) {
			rows = append(rows, r)
		}
	}
	pair := func(wr, er *wb.Row) {
		partner[wr], partner[er] = er, wr
		m.pairs = append(m.pairs, matched{wr, er})
	}
	// Codes first, then labels: a coded row never takes an export row by its label from a
	// coded row that matches it by code.
	for _, r := range rows {
		k := wb.CodeKey(r.Cell(wb.RoleKode).Value())
		if er := byCode[k]; k != "" && er != nil && partner[er] == nil {
			pair(r, er)
		}
	}
	for _, r := range rows {
		if partner[r] != nil || wb.CodeKey(r.Cell(wb.RoleKode).Value()) != "" {
			continue
		}
		label := foldUraian(r.Label())
		if label == "" {
			continue
		}
		var best *wb.Row
		for _, er := range candidates {
			if partner[er] != nil || foldUraian(er.Label()) != label {
				continue
			}
			if best == nil {
				best = er
			}
			if wp := comparableParent(r); wp != nil && partner[wp] != nil && partner[wp] == comparableParent(er) {
				best = er
				break
			}
		}
		if best != nil {
			pair(r, best)
		}
	}
	// A row one source lacks is reported where the other source reports its level: at the
	// top, or under a row matched to one that is broken down.
	lacking := func(r *wb.Row) bool {
		if partner[r] != nil {
			return false
		}
		p := comparableParent(r)
		if p == nil {
			return true
		}
		other := partner[p]
		return other != nil && hasComparableChild(other)
	}
	for _, r := range candidates {
		if lacking(r) {
			m.exportOnly = append(m.exportOnly, r)
		}
	}
	for _, r := range rows {
		if lacking(r) {
			m.workbookOnly = append(m.workbookOnly, r)
		}
	}
	return m
}

// comparable reports whether a budget row takes part in the matching: a program, kegiatan
// or sub kegiatan (a code of three segments or more, not an account), or a row without a code
// that carries a figure (a group row such as Belanja Tidak Langsung). Headings left empty, the
// urusan and bidang rows and the account rows do not.
func comparable(r *wb.Row) bool {
	parts := wb.CodeParts(r.Cell(wb.RoleKode).Value())
	if parts == nil {
		return hasAmounts(r) && foldUraian(r.Label()) != ""
	}
	if r.IsAccount() {
		return false
	}
	return len(parts) >= 3
}

func comparableParent(r *wb.Row) *wb.Row {
	for p := r.Parent; p != nil; p = p.Parent {
		if comparable(p) {
			return p
		}
	}
	return nil
}

func hasComparableChild(r *wb.Row) bool {
	for _, c := range r.Children {
		if comparable(c) {
			return true
		}
	}
	return false
}

var reLeadNumber = regexp.MustCompile(`^\s*(?:[IVXLCM]+|\d+(?:\.\d+)*|[a-zA-Z])[.)]\s+`)

// foldUraian folds a budget row's label for matching across sources: "1. Administrasi
// Keuangan" and "ADMINISTRASI KEUANGAN" are one.
func foldUraian(s string) string {
	return normText(reLeadNumber.ReplaceAllString(s, ""))
}

// codeOrLabel names a budget row in a message: its code and its label.
func codeOrLabel(r *wb.Row) reconcile.Text {
	code := strings.TrimSpace(r.Cell(wb.RoleKode).Value())
	if code == "" {
		return reconcile.Msg("%q", "%q", r.Label())
	}
	return reconcile.Msg("Kode %s %q", "Code %s %q", code, r.Label())
}

// rowCell is the cell that names a budget row: its Kode, or its Uraian without one.
func rowCell(r *wb.Row) *wb.Cell {
	if c := r.Cell(wb.RoleKode); c != nil && !c.IsEmpty() {
		return c
	}
	if c := r.Cell(wb.RoleUraian); c != nil {
		return c
	}
	return r.Table.Sheet.At(r.Num, r.Table.Columns[0].Col)
}

var reUnitCodeLead = regexp.MustCompile(`^[\d.]+\s+`)

// SameUnit reports whether two names of a unit name the same unit: equal once folded (case,
// punctuation, a leading SIPD unit code), or one holding the other's words in a row
// ("Kragan" in "Kecamatan Kragan"). An unknown name matches anything. The EKS rules match a
// workbook with its export by it, and a batch pairs an export with its workbook by it.
func SameUnit(a, b string) bool {
	a, b = normText(reUnitCodeLead.ReplaceAllString(strings.TrimSpace(a), "")), normText(reUnitCodeLead.ReplaceAllString(strings.TrimSpace(b), ""))
	if a == "" || b == "" {
		return true
	}
	return a == b || strings.Contains(" "+a+" ", " "+b+" ") || strings.Contains(" "+b+" ", " "+a+" ")
}
