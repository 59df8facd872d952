// Package mutation is the yardstick of where lkjip's findings point: a benchmark of single
// mistakes. It takes clean workbooks, changes one figure at a time the way a person typing
// it would (a digit changed, two digits swapped, the same typed as Indonesian text), checks
// each changed copy (a mutant) with every rule, and scores whether lkjip names the cell that
// was changed, names no other cell as an error, and says what the cell should hold: the
// original figure (spec, "Which cell a finding names").
//
// The cells are found from the workbook's model (reconcile.Read), by table kind, column role
// and row level, never by address, so the benchmark runs on every layout. Nothing here passes
// through float64: figures are decimals from the cell's text to the score.
package mutation

import (
	"regexp"
	"strings"

	"github.com/shopspring/decimal"

	"lkjip/reconcile/number"
	"lkjip/reconcile/workbook"
)

// The kinds of figure cell the benchmark changes, in the order it reports them. A kind names
// the sheet by its kind in the spec, whatever the workbook calls it, and the figure: its
// column and, in Realisasi Anggaran, the row's place in the hierarchy (a sub kegiatan is a row
// without children, a program a level-one row with children, a kegiatan any other parent).
const (
	LRALeafAnggaran     = "Realisasi Anggaran: sub kegiatan Anggaran"
	LRALeafRealisasi    = "Realisasi Anggaran: sub kegiatan Realisasi"
	LRAKegiatanAnggaran = "Realisasi Anggaran: kegiatan Anggaran"
	LRAKegiatanReal     = "Realisasi Anggaran: kegiatan Realisasi"
	LRAProgramAnggaran  = "Realisasi Anggaran: program Anggaran"
	LRAProgramRealisasi = "Realisasi Anggaran: program Realisasi"
	LRASelisih          = "Realisasi Anggaran: Selisih"
	LRAPersen           = "Realisasi Anggaran: %"
	LRAJumlahAnggaran   = "Realisasi Anggaran: Jumlah Anggaran"
	LRAJumlahRealisasi  = "Realisasi Anggaran: Jumlah Realisasi"
	LRAJumlahSelisih    = "Realisasi Anggaran: Jumlah Selisih"
	LRAJumlahPersen     = "Realisasi Anggaran: Jumlah %"

	PGKTarget         = "Pengukuran: Target"
	PGKRealisasi      = "Pengukuran: Realisasi"
	PGKCapaian        = "Pengukuran: % Capaian"
	PGKTargetRenstra  = "Pengukuran: Target Akhir Renstra"
	PGKCapaianRenstra = "Pengukuran: % Capaian s/d"

	ASRPagu             = "Anggaran Sasaran: Pagu"
	ASRRealisasi        = "Anggaran Sasaran: Realisasi"
	ASRSerapan          = "Anggaran Sasaran: % Serapan"
	ASREfisiensi        = "Anggaran Sasaran: % Efisiensi"
	ASRCapaianKinerja   = "Anggaran Sasaran: % Capaian Kinerja"
	ASRJumlahPagu       = "Anggaran Sasaran: Jumlah Pagu"
	ASRJumlahRealisasi  = "Anggaran Sasaran: Jumlah Realisasi"
	ASRJumlahSerapan    = "Anggaran Sasaran: Jumlah % Serapan"
	ASRJumlahEfisiensi  = "Anggaran Sasaran: Jumlah % Efisiensi"
	ASRJumlahCapaianKin = "Anggaran Sasaran: Jumlah % Capaian Kinerja"

	PKAnggaran       = "PK: Anggaran"
	PKJumlahAnggaran = "PK: Jumlah Anggaran"

	RGKCapaianSasaran = "Ringkasan: Capaian Sasaran n"
	RGKRataRata       = "Ringkasan: Rata-rata Capaian"
	RGKPagu           = "Ringkasan: Pagu Anggaran"
	RGKRealisasi      = "Ringkasan: Realisasi Anggaran"
	RGKSerapan        = "Ringkasan: % Serapan Anggaran"

	IDNPagu           = "Identitas: Pagu Anggaran"
	IDNRealisasi      = "Identitas: Realisasi Anggaran"
	IDNJumlahProgram  = "Identitas: Jumlah Program"
	IDNJumlahKegiatan = "Identitas: Jumlah Kegiatan"

	PGWHeadCount = "Pegawai: Jenis Kelamin (head count)"
	PGWBreakdown = "Pegawai: Pendidikan, Pangkat/Golongan, Kontrak/THL"
	PGWBounded   = "Pegawai: Eselon, Diklat"
	PGWJumlah    = "Pegawai: Jumlah row"

	INVJumlah      = "Inventaris: Jumlah of an item"
	INVJumlahTotal = "Inventaris: Jumlah row"
)

// Kinds lists every kind of figure cell in the order of the report.
var Kinds = []string{
	LRALeafAnggaran, LRALeafRealisasi, LRAKegiatanAnggaran, LRAKegiatanReal, LRAProgramAnggaran,
	LRAProgramRealisasi, LRASelisih, LRAPersen, LRAJumlahAnggaran, LRAJumlahRealisasi,
	LRAJumlahSelisih, LRAJumlahPersen,
	PGKTarget, PGKRealisasi, PGKCapaian, PGKTargetRenstra, PGKCapaianRenstra,
	ASRPagu, ASRRealisasi, ASRSerapan, ASREfisiensi, ASRCapaianKinerja, ASRJumlahPagu,
	ASRJumlahRealisasi, ASRJumlahSerapan, ASRJumlahEfisiensi, ASRJumlahCapaianKin,
	PKAnggaran, PKJumlahAnggaran,
	RGKCapaianSasaran, RGKRataRata, RGKPagu, RGKRealisasi, RGKSerapan,
	IDNPagu, IDNRealisasi, IDNJumlahProgram, IDNJumlahKegiatan,
	PGWHeadCount, PGWBreakdown, PGWBounded, PGWJumlah,
	INVJumlah, INVJumlahTotal,
}

// Target is one figure cell the benchmark may change.
type Target struct {
	Kind string
	// Cell is the cell as the base workbook holds it: its sheet, address, figure and the
	// decimals it shows.
	Cell *workbook.Cell
	// Ranges holds, for the Realisasi of a Pengukuran row whose every target is a range
	// ("85 – 96": polarity Rentang, where any realisasi inside the range is 100 %), those
	// ranges: a typo that stays inside all of them changes no figure of the workbook and is
	// no mistake anyone could find, so it is not made (see Inert).
	Ranges [][2]decimal.Decimal
}

// Inert reports whether changing the target's figure to v changes no other figure of the
// workbook: a Rentang realisasi that stays inside every range of its row.
func (t Target) Inert(v decimal.Decimal) bool {
	if len(t.Ranges) == 0 {
		return false
	}
	for _, r := range t.Ranges {
		if v.LessThan(r[0]) || v.GreaterThan(r[1]) {
			return false
		}
	}
	return true
}

// reRange reads a target range as rules reads it ("85 – 96", "60 - 70 %", "5 s/d 10").
var reRange = regexp.MustCompile(`^\s*([-−]?[\d.,]+)\s*(?:%\s*)?(?:-|–|—|s\s*[./]\s*d\.?|sampai(?:\s+dengan)?|hingga)\s*([\d.,]+)\s*%?\s*$`)

// rangeOf reads a text cell holding a target range.
func rangeOf(c *workbook.Cell) ([2]decimal.Decimal, bool) {
	if c == nil || c.Kind != workbook.Text {
		return [2]decimal.Decimal{}, false
	}
	m := reRange.FindStringSubmatch(strings.ToLower(c.Text))
	if m == nil {
		return [2]decimal.Decimal{}, false
	}
	a, _, ok1 := number.Text(m[1])
	b, _, ok2 := number.Text(m[2])
	if !ok1 || !ok2 || a.Value.GreaterThan(b.Value) {
		return [2]decimal.Decimal{}, false
	}
	return [2]decimal.Decimal{a.Value, b.Value}, true
}

// Address is "Sheet!F7", the way a finding's Candidates name a cell.
func (t Target) Address() string { return t.Cell.Sheet + "!" + t.Cell.Ref() }

// Targets lists the figure cells of a workbook by kind, in reading order. A cell is a target
// when it holds a figure (not "-", not a range such as "85 – 96", not blank) that a person
// types: no formula (changing its cached value would be another mistake, a stale formula) and
// not inside a merged range. Skipped explains the kinds of the list that have no cell in the
// workbook although the sheet is there, by kind (Inventaris without a Jumlah row: nothing in
// the workbook depends on an item's count, so a typo there is no inconsistency and not
// mutated).
func Targets(w *workbook.Workbook) (targets []Target, skipped map[string]string) {
	skipped = map[string]string{}
	add := func(kind string, c *workbook.Cell) {
		if c == nil || !c.IsFigure() || c.None || c.Date || c.Formula() != "" || c.MergedInto != nil {
			return
		}
		targets = append(targets, Target{Kind: kind, Cell: c})
	}

	for _, t := range w.TablesOf(workbook.RealisasiAnggaran) {
		for _, r := range t.AllRows() {
			var anggaran, realisasi, selisih, persen string
			switch {
			case r.IsTotal:
				anggaran, realisasi, selisih, persen = LRAJumlahAnggaran, LRAJumlahRealisasi, LRAJumlahSelisih, LRAJumlahPersen
			case len(r.Children) == 0:
				anggaran, realisasi, selisih, persen = LRALeafAnggaran, LRALeafRealisasi, LRASelisih, LRAPersen
			case r.Level <= 1:
				anggaran, realisasi, selisih, persen = LRAProgramAnggaran, LRAProgramRealisasi, LRASelisih, LRAPersen
			default:
				anggaran, realisasi, selisih, persen = LRAKegiatanAnggaran, LRAKegiatanReal, LRASelisih, LRAPersen
			}
			add(anggaran, r.Cell(workbook.RoleAnggaran))
			add(realisasi, r.Cell(workbook.RoleRealisasi))
			add(selisih, r.Cell(workbook.RoleSelisih))
			add(persen, r.Cell(workbook.RolePersen))
		}
	}

	for _, t := range w.TablesOf(workbook.Pengukuran) {
		for _, r := range t.Rows {
			add(PGKTarget, r.Cell(workbook.RoleTarget))
			add(PGKRealisasi, r.Cell(workbook.RoleRealisasi))
			if n := len(targets); n > 0 && targets[n-1].Kind == PGKRealisasi {
				// Its figure feeds the capaian against each target present: when every
				// one of them is a range, a realisasi inside them all is 100 % whatever
				// it is.
				var ranges [][2]decimal.Decimal
				figures := 0
				for _, role := range []workbook.Role{workbook.RoleTarget, workbook.RoleTargetRenstra} {
					c := r.Cell(role)
					if rg, ok := rangeOf(c); ok {
						ranges = append(ranges, rg)
					} else if c != nil && c.IsFigure() {
						figures++
					}
				}
				negatif := strings.EqualFold(r.Cell(workbook.RolePolaritas).Value(), "negatif")
				if figures == 0 && !negatif {
					targets[n-1].Ranges = ranges
				}
			}
			add(PGKCapaian, r.Cell(workbook.RoleCapaian))
			add(PGKTargetRenstra, r.Cell(workbook.RoleTargetRenstra))
			add(PGKCapaianRenstra, r.Cell(workbook.RoleCapaianRenstra))
		}
	}

	for _, t := range w.TablesOf(workbook.AnggaranSasaran) {
		for _, r := range t.Rows {
			add(ASRPagu, r.Cell(workbook.RolePagu))
			add(ASRRealisasi, r.Cell(workbook.RoleRealisasi))
			add(ASRSerapan, r.Cell(workbook.RoleSerapan))
			add(ASREfisiensi, r.Cell(workbook.RoleEfisiensi))
			add(ASRCapaianKinerja, r.Cell(workbook.RoleCapaianKinerja))
		}
		if r := t.Total; r != nil {
			add(ASRJumlahPagu, r.Cell(workbook.RolePagu))
			add(ASRJumlahRealisasi, r.Cell(workbook.RoleRealisasi))
			add(ASRJumlahSerapan, r.Cell(workbook.RoleSerapan))
			add(ASRJumlahEfisiensi, r.Cell(workbook.RoleEfisiensi))
			add(ASRJumlahCapaianKin, r.Cell(workbook.RoleCapaianKinerja))
		}
	}

	for _, t := range w.TablesOf(workbook.PK) {
		for _, r := range t.Rows {
			add(PKAnggaran, r.Cell(workbook.RoleAnggaran))
		}
		if r := t.Total; r != nil {
			add(PKJumlahAnggaran, r.Cell(workbook.RoleAnggaran))
		}
	}

	if p := w.Ringkasan; p != nil {
		for _, it := range p.Items {
			switch {
			case strings.HasPrefix(it.Key, "Capaian Sasaran "):
				add(RGKCapaianSasaran, it.Value)
			case it.Key == "Rata-rata Capaian":
				add(RGKRataRata, it.Value)
			case it.Key == "Pagu Anggaran":
				add(RGKPagu, it.Value)
			case it.Key == "Realisasi Anggaran":
				add(RGKRealisasi, it.Value)
			case it.Key == "% Serapan Anggaran":
				add(RGKSerapan, it.Value)
			}
		}
	}
	if p := w.Identitas; p != nil {
		for _, it := range p.Items {
			switch it.Key {
			case "Pagu Anggaran":
				add(IDNPagu, it.Value)
			case "Realisasi Anggaran":
				add(IDNRealisasi, it.Value)
			case "Jumlah Program":
				add(IDNJumlahProgram, it.Value)
			case "Jumlah Kegiatan":
				add(IDNJumlahKegiatan, it.Value)
			}
		}
	}

	for _, t := range w.TablesOf(workbook.Pegawai) {
		for _, r := range t.AllRows() {
			for _, c := range t.Columns {
				if c.Role != workbook.RoleCount {
					continue
				}
				kind := PGWBreakdown
				switch {
				case r.IsTotal:
					kind = PGWJumlah
				case c.Group == "Jenis Kelamin":
					kind = PGWHeadCount
				case c.Group == "Eselon" || c.Group == "Diklat":
					kind = PGWBounded
				}
				add(kind, r.At(c))
			}
		}
	}

	for _, t := range w.TablesOf(workbook.Inventaris) {
		if t.Total == nil {
			skipped[INVJumlah] = "no Jumlah row: no figure depends on an item's count"
			continue
		}
		for _, r := range t.Rows {
			add(INVJumlah, r.Cell(workbook.RoleJumlah))
		}
		add(INVJumlahTotal, t.Total.Cell(workbook.RoleJumlah))
	}
	return targets, skipped
}
