package layout

import (
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	wb "lkjip/reconcile/workbook"
)

// exportKind names the export's schema apart from the workbook's Realisasi Anggaran, so that
// the alias cache (keyed by kind) keeps the two column lists apart; the table read is of kind
// RealisasiAnggaran all the same.
const exportKind wb.Kind = "Ekspor LRA"

// exportSchema is the table of a finance system's LRA export (SIPD, SIMDA):
// `Kode Rekening | Uraian | Anggaran | Realisasi | Sisa Anggaran | %`, closed by JUMLAH.
var exportSchema = &schema{kind: exportKind,
	cols: []colSpec{
		{role: wb.RoleKode, aliases: []string{"kode", "kode rekening", "kode rek", "kd rek", "kode akun", "nomor rekening", "no rekening", "kode program kegiatan"}},
		{role: wb.RoleNo, aliases: []string{"no", "nomor"}},
		{role: wb.RoleUraian, aliases: []string{"uraian", "uraian rekening", "nama rekening", "uraian program kegiatan", "program kegiatan sub kegiatan", "nama program kegiatan", "akun", "nama akun"}},
		{role: wb.RoleAnggaran, aliases: []string{"anggaran", "jumlah anggaran", "pagu", "pagu anggaran", "anggaran setelah perubahan", "anggaran perubahan"}, figure: true},
		{role: wb.RoleRealisasi, aliases: []string{"realisasi", "realisasi anggaran", "jumlah realisasi", "realisasi sd periode ini"}, figure: true},
		{role: wb.RoleSelisih, aliases: []string{"sisa anggaran", "sisa", "selisih", "lebih kurang", "bertambah berkurang", "selisih lebih kurang"}, figure: true, marks: []string{"sisa", "selisih"}},
		{role: wb.RolePersen, aliases: []string{"persen", "realisasi persen", "persen realisasi", "capaian"}, figure: true, marks: []string{"persen", "capaian"}},
	},
	required: []wb.Role{wb.RoleAnggaran, wb.RoleRealisasi}, anyOf: [][]wb.Role{{wb.RoleKode, wb.RoleUraian}},
	veto: []string{"fisik"}}

// BuildExport reads a finance system's LRA export from the sheets the file reader produced:
// the first sheet holding its table (header found by its labels, anywhere in the first 15
// rows, like a workbook's), nested by Kode as a Realisasi Anggaran is, and the title lines
// above it that say whose books these are and for which period (`SKPD : ...`,
// `Periode : 1 Januari 2021 s/d 31 Desember 2021`, `Tahun Anggaran 2021`). Export.Table is nil
// when no sheet holds the table.
//
// The sheets are renamed "[file.xlsx]Sheet" (see workbook.Export), the cells with them.
func BuildExport(path string, sheets []*wb.Sheet) *wb.Export {
	label := "[" + filepath.Base(path) + "]"
	for _, sh := range sheets {
		sh.Name = label + sh.Name
		for _, gr := range sh.Rows {
			for _, c := range gr.Cells {
				if c != nil {
					c.Sheet = sh.Name
				}
			}
		}
	}
	e := &wb.Export{Path: path, Book: &wb.Workbook{Path: path, Sheets: sheets, Scale: wb.DefaultScale()}}
	for _, sh := range sheets {
		h := findHeader(sh, exportSchema, 1, headerWindow)
		if h == nil || len(h.missing) > 0 {
			continue
		}
		t := readTable(sh, exportSchema, h)
		if len(t.Rows) == 0 {
			continue
		}
		t.Kind = wb.RealisasiAnggaran
		assignLevels(t)
		e.Table = t
		e.Book.Tables = []*wb.Table{t}
		exportTitles(e, sh, h.rows[0])
		break
	}
	return e
}

var (
	reUnitLine   = regexp.MustCompile(`(?i)^\s*(skpd|nama skpd|opd|perangkat daerah|unit organisasi|organisasi|satuan kerja|unit kerja)\s*:\s*(.+?)\s*$`)
	rePeriodLine = regexp.MustCompile(`(?i)^\s*(periode|tahun anggaran|tahun)\b\s*:?\s*(.+?)\s*$`)
	reTahunAngg  = regexp.MustCompile(`(?i)\btahun\s+anggaran\s*:?\s*((?:19|20)\d\d)\b`)
	reUnitCode   = regexp.MustCompile(`^[\d.]+\s+`)
	reDateText   = regexp.MustCompile(`(?i)\b(\d{1,2})\s+([a-z]+)\.?\s+((?:19|20)\d\d)\b`)
	reDateNum    = regexp.MustCompile(`\b(\d{1,2})[/-](\d{1,2})[/-]((?:19|20)\d\d)\b`)
)

// unitPriority ranks the labels naming the unit: SIPD prints Urusan, Bidang, Organisasi and
// Unit Organisasi lines; SKPD or Perangkat Daerah, where given, says it best.
var unitPriority = map[string]int{"skpd": 1, "nama skpd": 1, "perangkat daerah": 1, "opd": 1, "unit organisasi": 2, "organisasi": 3, "satuan kerja": 3, "unit kerja": 4}

// exportTitles reads the unit and the period from the title lines above the export's header.
// A line is the texts of a row joined ("SKPD | : | Kecamatan Kragan" reads as one line).
func exportTitles(e *wb.Export, sh *wb.Sheet, header int) {
	unitRank := 0
	for _, gr := range sh.Rows {
		if gr.Num >= header {
			break
		}
		var first *wb.Cell
		var parts []string
		for _, c := range gr.Cells {
			if c == nil || c.Kind == wb.Blank || strings.TrimSpace(c.Text) == "" {
				continue
			}
			if first == nil {
				first = c
			}
			parts = append(parts, strings.TrimSpace(c.Text))
		}
		if first == nil {
			continue
		}
		line := strings.Join(parts, " ")
		if m := reUnitLine.FindStringSubmatch(line); m != nil {
			rank := unitPriority[strings.ToLower(m[1])]
			if unitRank == 0 || rank < unitRank {
				unitRank = rank
				e.Unit, e.UnitCell = strings.TrimSpace(reUnitCode.ReplaceAllString(m[2], "")), first
			}
			continue
		}
		if e.PeriodCell != nil {
			continue
		}
		if m := rePeriodLine.FindStringSubmatch(line); m != nil {
			if period(e, m[2]) {
				e.PeriodCell = first
			}
			continue
		}
		if m := reTahunAngg.FindStringSubmatch(line); m != nil {
			e.Year, _ = strconv.Atoi(m[1])
			e.PeriodCell = first
		}
	}
}

var bulan = map[string]time.Month{
	"januari": 1, "jan": 1, "februari": 2, "feb": 2, "pebruari": 2, "maret": 3, "mar": 3, "april": 4, "apr": 4,
	"mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "agustus": 8, "agu": 8, "ags": 8, "agt": 8,
	"september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11, "nopember": 11,
	"desember": 12, "des": 12,
}

// period reads a period ("1 Januari 2021 s/d 31 Desember 2021", "01/01/2021 - 31/12/2021",
// "2021") into the export; false when it holds no year.
func period(e *wb.Export, s string) bool {
	var dates []time.Time
	for _, m := range reDateText.FindAllStringSubmatch(s, -1) {
		mon, ok := bulan[strings.ToLower(m[2])]
		if !ok {
			continue
		}
		if t, ok := date(m[3], int(mon), m[1]); ok {
			dates = append(dates, t)
		}
	}
	if len(dates) == 0 {
		for _, m := range reDateNum.FindAllStringSubmatch(s, -1) {
			mon, _ := strconv.Atoi(m[2])
			if t, ok := date(m[3], mon, m[1]); ok {
				dates = append(dates, t)
			}
		}
	}
	switch len(dates) {
	case 0:
		if y := yearIn(s); y != 0 {
			e.Year = y
			return true
		}
		return false
	case 1:
		e.To = dates[0] // "s/d 31 Desember 2021"
	default:
		e.From, e.To = dates[0], dates[len(dates)-1]
	}
	e.Year = e.To.Year()
	return true
}

func date(year string, month int, day string) (time.Time, bool) {
	y, _ := strconv.Atoi(year)
	d, _ := strconv.Atoi(day)
	if month < 1 || month > 12 || d < 1 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(month), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return time.Time{}, false // 31 Juni
	}
	return t, true
}

// LooksLikeExport says whether a file read as a workbook is rather a finance system's LRA
// export: its only table is a Realisasi Anggaran, there is no Identitas nor Ringkasan, and the
// lines above the table name the SKPD (or unit organisation) as an export's do. Checked as a
// workbook, it would only list the LKjIP sheets it lacks; the user means check --lra.
func LooksLikeExport(w *wb.Workbook) bool {
	if w.Identitas != nil || w.Ringkasan != nil || len(w.Tables) != 1 || w.Tables[0].Kind != wb.RealisasiAnggaran {
		return false
	}
	t := w.Tables[0]
	if len(t.HeaderRows) == 0 {
		return false
	}
	e := &wb.Export{}
	exportTitles(e, t.Sheet, t.HeaderRows[0])
	return e.UnitCell != nil
}
