package workbook

import "strings"

// Role is what a column means, whatever its label says: the reader maps labels such as
// "Jumlah Anggaran" or "Pagu (Rp)" to RoleAnggaran, and rules ask for roles, never positions.
type Role string

// Column roles of the spec's tables.
const (
	RoleNo        Role = "no"
	RoleSasaran   Role = "sasaran"
	RoleIndikator Role = "indikator"
	RoleTarget    Role = "target"
	RoleSatuan    Role = "satuan"
	RoleProgram   Role = "program"   // PK: Program/Kegiatan
	RoleAnggaran  Role = "anggaran"  // PK and Realisasi Anggaran: the budget (pagu)
	RoleRealisasi Role = "realisasi" // realisation: of a budget or of an indicator
	RolePolaritas Role = "polaritas"
	// RoleCapaian is % Capaian T; RoleCapaian1 and RoleCapaian2 the same for T-1 and T-2.
	RoleCapaian        Role = "capaian"
	RoleCapaian1       Role = "capaian_t1"
	RoleCapaian2       Role = "capaian_t2"
	RoleTargetRenstra  Role = "target_renstra"  // Target Akhir Renstra (year R)
	RoleCapaianRenstra Role = "capaian_renstra" // % Capaian s/d T against the Renstra target
	RolePredikat       Role = "predikat"
	RoleKode           Role = "kode"
	RoleUraian         Role = "uraian"
	RoleLevel          Role = "level"
	RoleSelisih        Role = "selisih"
	RolePersen         Role = "persen" // Realisasi Anggaran's %
	RolePagu           Role = "pagu"   // Anggaran Sasaran
	RoleSerapan        Role = "serapan"
	RoleCapaianKinerja Role = "capaian_kinerja"
	RoleEfisiensi      Role = "efisiensi"
	RoleUnit           Role = "unit" // Pegawai: unit or position of a row
	RoleCount          Role = "count"
	RoleKeterangan     Role = "keterangan"
	RoleNamaBarang     Role = "nama_barang"
	RoleJumlah         Role = "jumlah" // Inventaris: number of items
	RoleKondisi        Role = "kondisi"
	RoleBatasBawah     Role = "batas_bawah"
	RoleBatasAtas      Role = "batas_atas"
	RoleRentang        Role = "rentang" // Skala: a range in one cell ("90 - 100", "< 50")
)

// Column is one recognised column of a table.
type Column struct {
	Role Role
	// Group is the label of a merged group cell over this column ("Pendidikan", "RPJMD").
	Group string
	// Label is the column's own label, as written ("% Capaian 2020").
	Label string
	// Header is the cell holding Label: a finding about the label, such as a wrong year,
	// names it.
	Header *Cell
	Col    int
	// Figure is true for a column of numbers (amounts, percentages, counts).
	Figure bool
	// Year is the year written in the label (2020 in "% Capaian 2020"), 0 when none;
	// YearCell holds it: Header, or the group cell when only the group names the year.
	Year     int
	YearCell *Cell
	// Number is the column's entry in the column-number row ("4"), "" without one;
	// Declared is the formula that entry declares ("3/2*100" from "4=3/2*100"), held by
	// NumberCell.
	Number     string
	Declared   string
	NumberCell *Cell
}

// Table is one table of a sheet, recognised by its header.
type Table struct {
	Kind  Kind
	Sheet *Sheet
	// HeaderRows are the sheet rows of the header: one, or two for a grouped header.
	HeaderRows []int
	Columns    []*Column
	// NumberRow is the sheet row of the column-number row, 0 without one.
	NumberRow int
	Rows      []*Row
	// Total is the closing Jumlah row, nil when the table has none.
	Total *Row
	// Missing lists the required roles no column was found for.
	Missing []Role
	byRole  map[Role]*Column
}

// Column returns the column of a role, or nil.
func (t *Table) Column(r Role) *Column {
	if t == nil {
		return nil
	}
	if t.byRole == nil {
		t.byRole = map[Role]*Column{}
		for _, c := range t.Columns {
			if _, dup := t.byRole[c.Role]; !dup {
				t.byRole[c.Role] = c
			}
		}
	}
	return t.byRole[r]
}

// Has reports whether the table has a column for every role given.
func (t *Table) Has(roles ...Role) bool {
	for _, r := range roles {
		if t.Column(r) == nil {
			return false
		}
	}
	return true
}

// AllRows returns the data rows followed by the Jumlah row, if any.
func (t *Table) AllRows() []*Row {
	if t.Total == nil {
		return t.Rows
	}
	return append(append([]*Row(nil), t.Rows...), t.Total)
}

// Row is one data row (or the Jumlah row) of a table.
type Row struct {
	Table *Table
	Num   int // the sheet row
	// Index is the position among the table's data rows, 0-based.
	Index   int
	IsTotal bool
	Hidden  bool
	// Level is the row's depth in a hierarchical table (Realisasi Anggaran): 1 for programs
	// and group rows, 2 for their kegiatan, and so on; 0 where the table is flat.
	Level int
	// Parent is the row this row is a child of, nil at level one.
	Parent   *Row
	Children []*Row
	// Netto marks a child that counts against its parent: the parent is netto, the other
	// children less this one (Pengeluaran Pembiayaan under Pembiayaan Daerah, which is
	// penerimaan − pengeluaran).
	Netto bool
	// Sasaran is the sasaran the row belongs to: its own Sasaran cell or, for a row that
	// continues the one above (merged cells or a blank repeat), that row's.
	Sasaran string
}

// Cell returns the row's cell in the column of a role: a placeholder with its address when
// the file has no cell there, nil when the table has no such column.
func (r *Row) Cell(role Role) *Cell {
	c := r.Table.Column(role)
	if c == nil {
		return nil
	}
	return r.Table.Sheet.At(r.Num, c.Col)
}

// Own returns the row's cell in the column of a role as the sheet holds it (a merged range's
// inner cell included), nil where the table has no such column or the sheet no cell there.
// Unlike Cell it makes no blank cell: a loop over a 100,000-row table that only reads what
// cells hold need not allocate one for every empty cell.
func (r *Row) Own(role Role) *Cell {
	c := r.Table.Column(role)
	if c == nil {
		return nil
	}
	return r.Table.Sheet.Cell(r.Num, c.Col)
}

// At returns the row's cell in a given column.
func (r *Row) At(c *Column) *Cell { return r.Table.Sheet.At(r.Num, c.Col) }

// Label returns the first text the row shows in its label columns, for messages.
func (r *Row) Label() string {
	for _, role := range []Role{RoleUraian, RoleIndikator, RoleSasaran, RoleNamaBarang, RoleUnit, RoleProgram} {
		if c := r.Cell(role); c != nil {
			if s := c.Value(); s != "" {
				return oneLine(s)
			}
		}
	}
	if r.IsTotal {
		return "Jumlah"
	}
	return ""
}

// oneLine joins the lines of a label typed with line breaks (a narrow column in a printed
// table: "Kegiatan\nPelaksanaan\nTugas") with single spaces, so that messages quote it as one
// line and labels match across sheets however they were wrapped. Leading spaces, which may
// show a level, stay.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\r\n") {
		return s
	}
	lines := strings.FieldsFunc(s, func(r rune) bool { return r == '\n' || r == '\r' })
	for i := range lines {
		if i > 0 {
			lines[i] = strings.TrimSpace(lines[i])
		} else {
			lines[i] = strings.TrimRight(lines[i], " \t")
		}
	}
	return strings.Join(lines, " ")
}

// Pair is one label and value line of a label/value sheet (Identitas, Ringkasan).
type Pair struct {
	// Key is the spec's name for the label ("Tahun Laporan"), whatever alias the sheet used;
	// "" for a label the reader does not know.
	Key   string
	Label *Cell
	Value *Cell
}

// Pairs is a label/value sheet.
type Pairs struct {
	Kind  Kind
	Sheet *Sheet
	Items []*Pair
}

// Get returns the first pair with a key, or nil.
func (p *Pairs) Get(key string) *Pair {
	if p == nil {
		return nil
	}
	for _, it := range p.Items {
		if it.Key == key {
			return it
		}
	}
	return nil
}
