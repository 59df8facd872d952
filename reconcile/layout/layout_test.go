package layout_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"lkjip/reconcile/layout"
	wb "lkjip/reconcile/workbook"
	"lkjip/rules/rulestest"
)

// grid is a test sheet as rulestest writes it ("" no cell, "#98.32" a number, text as typed).
type grid = rulestest.Sheet

// sheets turns grids into sheets shaped as the xlsx reader gives them: a cell the file does
// not have is nil (rulestest makes blank placeholders, which the reader only makes inside
// merges) and a row without any cell is not there at all (Excel writes no element for an
// empty row).
func sheets(gs ...grid) []*wb.Sheet {
	var out []*wb.Sheet
	for i, g := range gs {
		sh := rulestest.Build(g, i)
		anchors := map[*wb.Cell]bool{}
		for _, gr := range sh.Rows {
			for _, c := range gr.Cells {
				if c != nil && c.MergedInto != nil {
					anchors[c.MergedInto] = true
				}
			}
		}
		var rows []*wb.GridRow
		for _, gr := range sh.Rows {
			keep := false
			for j, c := range gr.Cells {
				if c != nil && c.Kind == wb.Blank && c.Formula() == "" && c.MergedInto == nil && !anchors[c] {
					gr.Cells[j] = nil
				}
				keep = keep || gr.Cells[j] != nil
			}
			for len(gr.Cells) > 0 && gr.Cells[len(gr.Cells)-1] == nil {
				gr.Cells = gr.Cells[:len(gr.Cells)-1]
			}
			if keep {
				rows = append(rows, gr)
			}
		}
		sh.Rows, sh.MaxCol = rows, 0
		sh.Index()
		out = append(out, sh)
	}
	return out
}

func build(gs ...grid) *wb.Workbook { return layout.Build("test.xlsx", sheets(gs...)) }

// blank returns n empty rows (title space above a header).
func blank(n int) [][]string { return make([][]string, n) }

// rows joins row lists.
func rows(parts ...[][]string) [][]string {
	var out [][]string
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

// want is what a test expects of one recognised table.
type want struct {
	kind    wb.Kind
	header  []int
	columns string // "role@col:year" for every column, in order; year omitted when 0
	number  int    // the column-number row
	rows    []int  // sheet rows of the data rows
	total   int    // the Jumlah row, 0 for none
	levels  []int  // the levels of the data rows, nil for a flat table
	missing []wb.Role
}

func columns(t *wb.Table) string {
	var parts []string
	for _, c := range t.Columns {
		s := fmt.Sprintf("%s@%s", c.Role, wb.ColumnName(c.Col))
		if c.Year != 0 {
			s += fmt.Sprintf(":%d", c.Year)
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, " ")
}

func check(t *testing.T, tb *wb.Table, w want) {
	t.Helper()
	if tb == nil {
		t.Fatalf("no %s table", w.kind)
	}
	if tb.Kind != w.kind {
		t.Errorf("kind %s, want %s", tb.Kind, w.kind)
	}
	if fmt.Sprint(tb.HeaderRows) != fmt.Sprint(w.header) {
		t.Errorf("%s: header rows %v, want %v", w.kind, tb.HeaderRows, w.header)
	}
	if got := columns(tb); got != w.columns {
		t.Errorf("%s: columns\n got  %s\n want %s", w.kind, got, w.columns)
	}
	if tb.NumberRow != w.number {
		t.Errorf("%s: number row %d, want %d", w.kind, tb.NumberRow, w.number)
	}
	var got []int
	for i, r := range tb.Rows {
		got = append(got, r.Num)
		if r.Index != i || r.IsTotal || r.Table != tb {
			t.Errorf("%s: row %d: Index %d IsTotal %v", w.kind, r.Num, r.Index, r.IsTotal)
		}
	}
	if fmt.Sprint(got) != fmt.Sprint(w.rows) {
		t.Errorf("%s: data rows %v, want %v", w.kind, got, w.rows)
	}
	total := 0
	if tb.Total != nil {
		total = tb.Total.Num
		if !tb.Total.IsTotal {
			t.Errorf("%s: Total row %d not IsTotal", w.kind, total)
		}
	}
	if total != w.total {
		t.Errorf("%s: Jumlah row %d, want %d", w.kind, total, w.total)
	}
	var levels []int
	for _, r := range tb.Rows {
		levels = append(levels, r.Level)
	}
	if w.levels == nil {
		for _, l := range levels {
			if l != 0 {
				t.Errorf("%s: levels %v in a flat table", w.kind, levels)
				break
			}
		}
	} else if fmt.Sprint(levels) != fmt.Sprint(w.levels) {
		t.Errorf("%s: levels %v, want %v", w.kind, levels, w.levels)
	}
	if fmt.Sprint(tb.Missing) != fmt.Sprint(w.missing) {
		t.Errorf("%s: missing %v, want %v", w.kind, tb.Missing, w.missing)
	}
}

// only returns the workbook's one table, failing when it has another count.
func only(t *testing.T, w *wb.Workbook) *wb.Table {
	t.Helper()
	if len(w.Tables) != 1 {
		var kinds []string
		for _, tb := range w.Tables {
			kinds = append(kinds, fmt.Sprintf("%s (%s)", tb.Kind, tb.Sheet.Name))
		}
		t.Fatalf("%d tables %v, want 1 (ignored %d, no header %d)", len(w.Tables), kinds, len(w.Ignored), len(w.NoHeader))
	}
	return w.Tables[0]
}

var lraRows = [][]string{
	{"Kode", "Uraian", "Anggaran", "Realisasi", "Selisih", "%"},
	{"7.01.01", "Program Penunjang", "#300", "#250", "#50", "#83.33"},
	{"7.01.01.2.01", "Perencanaan", "#300", "#250", "#50", "#83.33"},
	{"", "Jumlah", "#300", "#250", "#50", "#83.33"},
}

const lraColumns = "kode@A uraian@B anggaran@C realisasi@D selisih@E persen@F"

func TestSheetNamedByAlias(t *testing.T) {
	pengukuran := [][]string{
		{"No", "Sasaran Strategis", "Indikator Kinerja", "Target", "Realisasi", "% Capaian"},
		{"1", "Meningkatnya pelayanan", "IKM", "#80", "#82", "#102.5"},
	}
	const pgkColumns = "no@A sasaran@B indikator@C target@D realisasi@E capaian@F"
	for _, tc := range []struct {
		name string
		rows [][]string
		want want
	}{
		{"realisasi_anggaran", lraRows, want{kind: wb.RealisasiAnggaran, header: []int{1}, columns: lraColumns, rows: []int{2, 3}, total: 4, levels: []int{1, 2}}},
		{"LRA 2021", lraRows, want{kind: wb.RealisasiAnggaran, header: []int{1}, columns: lraColumns, rows: []int{2, 3}, total: 4, levels: []int{1, 2}}},
		{"  Realisasi-ANGGARAN ", lraRows, want{kind: wb.RealisasiAnggaran, header: []int{1}, columns: lraColumns, rows: []int{2, 3}, total: 4, levels: []int{1, 2}}},
		{"Capaian-Kinerja", pengukuran, want{kind: wb.Pengukuran, header: []int{1}, columns: pgkColumns, rows: []int{2}}},
		{"CAPAIAN  kinerja", pengukuran, want{kind: wb.Pengukuran, header: []int{1}, columns: pgkColumns, rows: []int{2}}},
		{"Pengukuran_Kinerja", pengukuran, want{kind: wb.Pengukuran, header: []int{1}, columns: pgkColumns, rows: []int{2}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := build(grid{Name: tc.name, Rows: tc.rows})
			check(t, only(t, w), tc.want)
			if len(w.Ignored)+len(w.NoHeader) != 0 {
				t.Errorf("ignored %d, no header %d", len(w.Ignored), len(w.NoHeader))
			}
		})
	}
}

func TestSheetRecognisedByHeader(t *testing.T) {
	w := build(
		grid{Name: "Catatan", Rows: [][]string{{"Catatan pemeriksa"}, {"#1", "#2", "lihat halaman 3"}}},
		grid{Name: "Lembar3", Rows: rows(
			[][]string{{"LAPORAN REALISASI ANGGARAN TAHUN 2021"}, {}},
			lraRows)},
	)
	tb := only(t, w)
	check(t, tb, want{kind: wb.RealisasiAnggaran, header: []int{3}, columns: lraColumns, rows: []int{4, 5}, total: 6, levels: []int{1, 2}})
	if tb.Sheet.Name != "Lembar3" {
		t.Errorf("table on %s", tb.Sheet.Name)
	}
	if len(w.Ignored) != 1 || w.Ignored[0].Name != "Catatan" {
		t.Errorf("ignored %v, want Catatan", w.Ignored)
	}
	if len(w.NoHeader) != 0 {
		t.Errorf("no header %v", w.NoHeader)
	}
}

func TestHeaderWindow(t *testing.T) {
	titles := func(n int) [][]string {
		out := blank(n)
		out[0] = []string{"PENGUKURAN KINERJA"}
		out[1] = []string{"Kecamatan Kragan Tahun 2021"}
		return out
	}
	body := [][]string{
		{"No", "Indikator Kinerja", "Target", "Realisasi", "% Capaian"},
		{"1", "IKM", "#80", "#82", "#102.5"},
		{"2", "SAKIP", "#70", "#63", "#90"},
	}
	const cols = "no@A indikator@B target@C realisasi@D capaian@E"

	// Header on row 12 under titles: found.
	w := build(grid{Name: "Pengukuran", Rows: rows(titles(11), body)})
	check(t, only(t, w), want{kind: wb.Pengukuran, header: []int{12}, columns: cols, rows: []int{13, 14}})

	// Header on row 15, the last row of the window: still found.
	w = build(grid{Name: "Pengukuran", Rows: rows(titles(14), body)})
	check(t, only(t, w), want{kind: wb.Pengukuran, header: []int{15}, columns: cols, rows: []int{16, 17}})

	// Header on row 16: outside the first 15 rows. The name says Pengukuran: NoHeader.
	w = build(grid{Name: "Pengukuran", Rows: rows(titles(15), body)})
	if len(w.Tables) != 0 {
		t.Fatalf("header on row 16: %d tables, header rows %v", len(w.Tables), w.Tables[0].HeaderRows)
	}
	if len(w.NoHeader) != 1 || w.NoHeader[0].Kind != wb.Pengukuran || w.NoHeader[0].Sheet.Name != "Pengukuran" {
		t.Errorf("no header %+v, want the Pengukuran sheet", w.NoHeader)
	}
	if len(w.Ignored) != 0 {
		t.Errorf("ignored %v", w.Ignored)
	}

	// The same under an unknown name: ignored.
	w = build(grid{Name: "Lembar1", Rows: rows(titles(15), body)})
	if len(w.Tables) != 0 || len(w.NoHeader) != 0 || len(w.Ignored) != 1 {
		t.Errorf("unknown name, header on row 16: %d tables, %d no header, %d ignored", len(w.Tables), len(w.NoHeader), len(w.Ignored))
	}
}

func TestTwoRowHeaderWithMergedGroups(t *testing.T) {
	g := grid{Name: "Pengukuran", Rows: [][]string{
		{"PENGUKURAN KINERJA TAHUN 2021"},
		{},
		{"No", "Sasaran Strategis", "Indikator Kinerja", "Target 2021", "Realisasi 2021", "Capaian", "", "", "RPJMD", ""},
		{"", "", "", "", "", "% Capaian 2021", "% Capaian 2020", "% Capaian 2019", "Target Akhir 2026", "% Capaian s/d 2021"},
		{"1", "2", "3", "4", "5", "6=5/4*100", "7", "8", "9", "10=5/9*100"},
		{"1", "Meningkatnya pelayanan", "IKM", "#80", "#82", "#102.5", "#101", "#99", "#85", "#96.47"},
		{"", "", "SAKIP", "#70", "#63", "#90", "#88", "#80", "#75", "#84"},
	}, Merges: []string{"A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:H3", "I3:J3"}}
	w := build(g)
	tb := only(t, w)
	check(t, tb, want{kind: wb.Pengukuran, header: []int{3, 4}, number: 5, rows: []int{6, 7},
		columns: "no@A sasaran@B indikator@C target@D:2021 realisasi@E:2021 capaian@F:2021 capaian_t1@G:2020 capaian_t2@H:2019 target_renstra@I:2026 capaian_renstra@J:2021"})
	for role, wantGroup := range map[wb.Role]string{wb.RoleCapaian: "Capaian", wb.RoleCapaian2: "Capaian", wb.RoleTargetRenstra: "RPJMD", wb.RoleCapaianRenstra: "RPJMD", wb.RoleTarget: ""} {
		if c := tb.Column(role); c.Group != wantGroup {
			t.Errorf("%s: group %q, want %q", role, c.Group, wantGroup)
		}
	}
	// The label and year cells are the sub-column cells; a vertical label is its top cell.
	if c := tb.Column(wb.RoleCapaian1); c.Header.Ref() != "G4" || c.YearCell.Ref() != "G4" || c.Label != "% Capaian 2020" {
		t.Errorf("T-1: header %s year cell %s label %q", c.Header.Ref(), c.YearCell.Ref(), c.Label)
	}
	if c := tb.Column(wb.RoleTarget); c.Header.Ref() != "D3" {
		t.Errorf("target: header %s", c.Header.Ref())
	}
	if c := tb.Column(wb.RoleCapaian); c.Number != "6" || c.Declared != "5/4*100" || c.NumberCell.Ref() != "F5" {
		t.Errorf("capaian: number %q declared %q cell %v", c.Number, c.Declared, c.NumberCell)
	}
	if c := tb.Column(wb.RoleCapaianRenstra); c.Number != "10" || c.Declared != "5/9*100" {
		t.Errorf("capaian renstra: number %q declared %q", c.Number, c.Declared)
	}
	// A sasaran left blank under the one above continues it.
	if tb.Rows[1].Sasaran != "Meningkatnya pelayanan" {
		t.Errorf("row 7 sasaran %q", tb.Rows[1].Sasaran)
	}
	if c := tb.Rows[0].Cell(wb.RoleCapaian); !c.IsFigure() || c.Num.String() != "102.5" {
		t.Errorf("F6: %+v", c)
	}
}

func TestTwoRowHeaderGroupTypedOnce(t *testing.T) {
	g := grid{Name: "Kepegawaian", Rows: [][]string{
		{"No", "Jabatan", "Jenis Kelamin", "", "Pendidikan", "", "", "Ket"},
		{"", "", "Lk", "Pr", "S1", "D3", "SLTA", ""},
		{"1", "Camat", "#1", "#0", "#1", "#0", "#0", ""},
		{"2", "Sekcam", "#0", "#1", "#1", "#0", "#0", ""},
		{"3", "Staf", "#3", "#3", "#2", "#1", "#3", "honorer 2"},
		{"", "Jumlah", "#4", "#4", "#4", "#1", "#3", ""},
	}}
	w := build(g)
	tb := only(t, w)
	check(t, tb, want{kind: wb.Pegawai, header: []int{1, 2}, rows: []int{3, 4, 5}, total: 6,
		columns: "no@A unit@B count@C count@D count@E count@F count@G keterangan@H"})
	var groups []string
	for _, c := range tb.Columns {
		if c.Role == wb.RoleCount {
			groups = append(groups, c.Group+"/"+c.Label)
		}
	}
	if got := strings.Join(groups, " "); got != "Jenis Kelamin/Lk Jenis Kelamin/Pr Pendidikan/S1 Pendidikan/D3 Pendidikan/SLTA" {
		t.Errorf("count columns %s", got)
	}
	if c := tb.Total.At(tb.Columns[2]); !c.IsFigure() || c.Num.String() != "4" {
		t.Errorf("Jumlah Lk: %+v", c)
	}
}

func TestRepeatedCapaianTakesRolesInOrder(t *testing.T) {
	w := build(grid{Name: "Pengukuran", Rows: [][]string{
		{"No", "Indikator Kinerja", "Target 2021", "Realisasi 2021", "% Capaian 2021", "% Capaian 2020", "% Capaian 2019", "Target Akhir Renstra 2026", "% Capaian s/d 2021", "Predikat"},
		{"1", "IKM", "#80", "#82", "#102.5", "#101", "#99", "#85", "#96.47", "Amat Baik"},
	}})
	check(t, only(t, w), want{kind: wb.Pengukuran, header: []int{1}, rows: []int{2},
		columns: "no@A indikator@B target@C:2021 realisasi@D:2021 capaian@E:2021 capaian_t1@F:2020 capaian_t2@G:2019 target_renstra@H:2026 capaian_renstra@I:2021 predikat@J"})

	// The roles follow the order, not the years: a wrong year stays on its column for the
	// year check (Kragan labels its 2021 capaian "2020").
	w = build(grid{Name: "Pengukuran", Rows: [][]string{
		{"No", "Indikator Kinerja", "Target", "Realisasi", "% Capaian 2020", "% Capaian 2019", "% Capaian 2018"},
		{"1", "IKM", "#80", "#82", "#102.5", "#101", "#99"},
	}})
	check(t, only(t, w), want{kind: wb.Pengukuran, header: []int{1}, rows: []int{2},
		columns: "no@A indikator@B target@C realisasi@D capaian@E:2020 capaian_t1@F:2019 capaian_t2@G:2018"})
}

func TestRequiredColumnMissing(t *testing.T) {
	w := build(
		grid{Name: "Pengukuran", Rows: [][]string{
			{"No", "Indikator Kinerja", "Target", "% Capaian"},
			{"1", "IKM", "#80", "#102.5"},
		}},
		grid{Name: "LRA", Rows: [][]string{
			{"Kode", "Uraian", "Anggaran", "Selisih"},
			{"7.01.01", "Program", "#300", "#50"},
			{"", "Jumlah", "#300", "#50"},
		}},
	)
	if len(w.Tables) != 2 {
		t.Fatalf("%d tables, want 2 (no header %v)", len(w.Tables), w.NoHeader)
	}
	check(t, w.Table(wb.Pengukuran), want{kind: wb.Pengukuran, header: []int{1}, rows: []int{2},
		columns: "no@A indikator@B target@C capaian@D", missing: []wb.Role{wb.RoleRealisasi}})
	check(t, w.Table(wb.RealisasiAnggaran), want{kind: wb.RealisasiAnggaran, header: []int{1}, rows: []int{2}, total: 3, levels: []int{1},
		columns: "kode@A uraian@B anggaran@C selisih@D", missing: []wb.Role{wb.RoleRealisasi}})
}

func TestRepeatedHeaderAndNumberRowInsideTable(t *testing.T) {
	w := build(grid{Name: "Realisasi Anggaran", Rows: [][]string{
		{"Kode", "Uraian", "Anggaran", "Realisasi", "Selisih", "%"},
		{"1", "2", "3", "4", "5=3-4", "6=4/3*100"},
		{"7.01.01", "Program Penunjang", "#300", "#250", "#50", "#83.33"},
		{"7.01.01.2.01", "Perencanaan", "#100", "#50", "#50", "#50"},
		// a page break: the header and the column numbers again
		{"Kode", "Uraian", "Anggaran", "Realisasi", "Selisih", "%"},
		{"1", "2", "3", "4", "5=3-4", "6=4/3*100"},
		{"7.01.01.2.02", "Keuangan", "#200", "#200", "#0", "#100"},
		{"", "Jumlah", "#300", "#250", "#50", "#83.33"},
	}})
	tb := only(t, w)
	check(t, tb, want{kind: wb.RealisasiAnggaran, header: []int{1}, number: 2, columns: lraColumns,
		rows: []int{3, 4, 7}, total: 8, levels: []int{1, 2, 2}})
	if c := tb.Column(wb.RoleSelisih); c.Number != "5" || c.Declared != "3-4" || c.NumberCell.Ref() != "E2" {
		t.Errorf("selisih: %q %q %v", c.Number, c.Declared, c.NumberCell)
	}
	if p := tb.Rows[2].Parent; p != tb.Rows[0] {
		t.Errorf("row 7 parent %v", p)
	}
}

func TestSignatureBlockIsNotData(t *testing.T) {
	w := build(grid{Name: "IKU", Rows: [][]string{
		{"No", "Sasaran Strategis", "Indikator Kinerja Utama", "Target", "Satuan"},
		{"1", "Meningkatnya pelayanan", "IKM", "80", "nilai"},
		{"2", "Meningkatnya akuntabilitas", "Nilai SAKIP", "70", "nilai"},
		{},
		{"", "", "", "Kragan, 31 Januari 2022"},
		{"", "", "", "CAMAT KRAGAN"},
		{},
		{"", "", "", "Drs. NAMA KEPALA"},
		{"", "", "", "NIP. 19671212 198806 1 002"},
	}})
	check(t, only(t, w), want{kind: wb.IKU, header: []int{1}, rows: []int{2, 3},
		columns: "no@A sasaran@B indikator@C target@D satuan@E"})

	// The signature in the label column, right under the table's last row but one blank
	// row down, is not data either.
	w = build(grid{Name: "Inventaris", Rows: [][]string{
		{"No", "Nama Barang", "Jumlah", "Kondisi"},
		{"1", "Laptop", "#2", "Baik"},
		{"2", "Printer", "#1", "Rusak Ringan"},
		{},
		{"", "Mengetahui,"},
		{"", "Camat Kragan"},
	}})
	check(t, only(t, w), want{kind: wb.Inventaris, header: []int{1}, rows: []int{2, 3},
		columns: "no@A nama_barang@B jumlah@C kondisi@D"})
}

func TestLevelsFromKode(t *testing.T) {
	w := build(grid{Name: "Realisasi Anggaran", Rows: [][]string{
		{"Kode", "Uraian", "Anggaran", "Realisasi", "Selisih", "%"},
		{"", "Belanja Tidak Langsung", "#100", "#90", "#10", "#90"},
		{"7.01.01", "Program Penunjang", "#300", "#250", "#50", "#83.33"},
		{"7.01.01.2.01", "Perencanaan", "#300", "#250", "#50", "#83.33"},
		{"7.01.01.2.01.01", "Penyusunan Renstra", "#100", "#90", "#10", "#90"},
		{"7.01.01.2.01.0002", "Penyusunan RKA", "#200", "#160", "#40", "#80"},
		{"7.01.02", "Program Pemerintahan", "#50", "#50", "#0", "#100"},
		{"7.01.02.2.01", "Urusan Tidak Dilaksanakan", "#50", "#50", "#0", "#100"},
		{"7.01.02.2.01.0001", "Koordinasi", "#50", "#50", "#0", "#100"},
		{"", "Jumlah", "#450", "#390", "#60", "#86.67"},
	}})
	tb := only(t, w)
	check(t, tb, want{kind: wb.RealisasiAnggaran, header: []int{1}, columns: lraColumns,
		rows: []int{2, 3, 4, 5, 6, 7, 8, 9}, total: 10, levels: []int{1, 1, 2, 3, 3, 1, 2, 3}})
	r := tb.Rows
	if r[3].Parent != r[2] || r[4].Parent != r[2] || len(r[2].Children) != 2 || r[1].Parent != nil || r[0].Parent != nil || r[7].Parent != r[6] {
		t.Errorf("parents wrong")
	}
}

func TestLevelsFromNumberingInUraian(t *testing.T) {
	w := build(grid{Name: "LRA", Rows: [][]string{
		{"Uraian", "Anggaran", "Realisasi", "Selisih", "%"},
		{"I. Program Penunjang Urusan Pemerintahan", "#300", "#250", "#50", "#83.33"},
		{"1. Perencanaan", "#100", "#50", "#50", "#50"},
		{"a. Penyusunan Renstra", "#100", "#50", "#50", "#50"},
		{"2. Keuangan", "#200", "#200", "#0", "#100"},
		{"II. Program Pemerintahan", "#50", "#50", "#0", "#100"},
		{"1. Koordinasi", "#50", "#50", "#0", "#100"},
		{"Jumlah", "#350", "#300", "#50", "#85.71"},
	}})
	tb := only(t, w)
	check(t, tb, want{kind: wb.RealisasiAnggaran, header: []int{1}, columns: "uraian@A anggaran@B realisasi@C selisih@D persen@E",
		rows: []int{2, 3, 4, 5, 6, 7}, total: 8, levels: []int{1, 2, 3, 2, 1, 2}})
	if tb.Rows[5].Parent != tb.Rows[4] || tb.Rows[3].Parent != tb.Rows[0] {
		t.Errorf("parents wrong")
	}
}

func TestLevelsFromNoColumn(t *testing.T) {
	w := build(grid{Name: "LRA", Rows: [][]string{
		{"No", "Uraian", "Anggaran", "Realisasi", "Selisih", "%"},
		{"I", "Program Penunjang", "#300", "#250", "#50", "#83.33"},
		{"#1", "Perencanaan", "#100", "#50", "#50", "#50"},
		{"#2", "Keuangan", "#200", "#200", "#0", "#100"},
		{"II.", "Program Pemerintahan", "#50", "#50", "#0", "#100"},
		{"1.", "Koordinasi", "#50", "#50", "#0", "#100"},
		{"Jumlah", "", "#350", "#300", "#50", "#85.71"},
	}})
	check(t, only(t, w), want{kind: wb.RealisasiAnggaran, header: []int{1}, columns: "no@A uraian@B anggaran@C realisasi@D selisih@E persen@F",
		rows: []int{2, 3, 4, 5, 6}, total: 7, levels: []int{1, 2, 2, 1, 2}})
}

func TestLevelsFromLevelColumn(t *testing.T) {
	w := build(grid{Name: "Realisasi Anggaran", Rows: [][]string{
		{"Level", "Uraian", "Anggaran", "Realisasi", "Selisih", "%"},
		{"#1", "Program Penunjang", "#300", "#250", "#50", "#83.33"},
		{"#2", "Perencanaan", "#100", "#50", "#50", "#50"},
		{"3", "Penyusunan Renstra", "#100", "#50", "#50", "#50"},
		{"#2", "Keuangan", "#200", "#200", "#0", "#100"},
		{"#1", "Program Pemerintahan", "#50", "#50", "#0", "#100"},
		{"", "Jumlah", "#350", "#300", "#50", "#85.71"},
	}})
	tb := only(t, w)
	check(t, tb, want{kind: wb.RealisasiAnggaran, header: []int{1}, columns: "level@A uraian@B anggaran@C realisasi@D selisih@E persen@F",
		rows: []int{2, 3, 4, 5, 6}, total: 7, levels: []int{1, 2, 3, 2, 1}})
	if tb.Rows[3].Parent != tb.Rows[0] || tb.Rows[2].Parent != tb.Rows[1] {
		t.Errorf("parents wrong")
	}
}

func TestIdentitas(t *testing.T) {
	w := build(grid{Name: "Data Umum", Rows: [][]string{
		{"IDENTITAS INSTANSI"},
		{},
		{"Nama Instansi", ":", "Kecamatan Kragan"},
		{"Tahun Laporan : 2021"},
		{"Periode Renstra", "2021 – 2026"},
		{"Pagu Anggaran", "Rp. 2.739.149.000,-"},
		{"NIP", "19671212 198806 1 002"},
	}})
	if w.Identitas == nil {
		t.Fatal("no Identitas")
	}
	if w.Year != 2021 || w.YearCell == nil || w.YearCell.Ref() != "A4" {
		t.Errorf("year %d cell %v", w.Year, w.YearCell)
	}
	if w.RenstraFrom != 2021 || w.RenstraTo != 2026 || w.RenstraCell == nil || w.RenstraCell.Ref() != "B5" {
		t.Errorf("renstra %d-%d cell %v", w.RenstraFrom, w.RenstraTo, w.RenstraCell)
	}
	if w.Unit != "Kecamatan Kragan" {
		t.Errorf("unit %q", w.Unit)
	}
	if p := w.Identitas.Get("Pagu Anggaran"); p == nil || !p.Value.IsFigure() || p.Value.Num.String() != "2739149000" {
		t.Errorf("pagu %+v", p)
	}
	if p := w.Identitas.Get("NIP"); p == nil || p.Value.String() != "19671212 198806 1 002" {
		t.Errorf("NIP %+v", p)
	}
	if len(w.Tables) != 0 || len(w.Ignored) != 0 {
		t.Errorf("%d tables, %d ignored", len(w.Tables), len(w.Ignored))
	}

	// A numeric year and a Renstra period typed with a plain hyphen and spaces.
	w = build(grid{Name: "Identitas", Rows: [][]string{
		{"Tahun", "#2023"},
		{"Periode Renstra", "2021 - 2026"},
	}})
	if w.Year != 2023 || w.RenstraFrom != 2021 || w.RenstraTo != 2026 {
		t.Errorf("year %d renstra %d-%d", w.Year, w.RenstraFrom, w.RenstraTo)
	}
}

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func TestSkala(t *testing.T) {
	// The Kragan scale as the report writes it, rows in no particular order.
	w := build(grid{Name: "Skala", Rows: [][]string{
		{"INTERVAL NILAI CAPAIAN KINERJA"},
		{},
		{"Batas Bawah", "Batas Atas", "Predikat"},
		{"#50", "#79", "Cukup Baik"},
		{"#90", "#100", "Amat Baik"},
		{"#0", "#49", "Kurang"},
		{"#80", "#89", "Baik"},
	}})
	tb := only(t, w)
	check(t, tb, want{kind: wb.Skala, header: []int{3}, rows: []int{4, 5, 6, 7}, columns: "batas_bawah@A batas_atas@B predikat@C"})
	if w.Scale.Table != tb {
		t.Errorf("scale not from the Skala sheet")
	}
	var bands []string
	for _, b := range w.Scale.Bands {
		bands = append(bands, fmt.Sprintf("%s-%s %s", b.Lower, b.Upper, b.Label))
		if b.Row == nil || !b.HasUpper {
			t.Errorf("band %s: Row %v HasUpper %v", b.Label, b.Row, b.HasUpper)
		}
	}
	if got := strings.Join(bands, ", "); got != "90-100 Amat Baik, 80-89 Baik, 50-79 Cukup Baik, 0-49 Kurang" {
		t.Errorf("bands %s", got)
	}
	for _, tc := range []struct {
		v     string
		label string
		ok    bool
	}{
		{"89.5", "", false}, // between Baik's 89 and Amat Baik's 90: a gap of the scale
		{"49.5", "", false},
		{"79", "", false},
		{"120", "Amat Baik", true}, // over the top band keeps the top label
		{"100", "Amat Baik", true},
		{"90", "Amat Baik", true},
		{"89", "", false}, // the upper bound belongs to the band above
		{"88.99", "Baik", true},
		{"80", "Baik", true},
		{"50", "Cukup Baik", true},
		{"0", "Kurang", true},
		{"-3", "Kurang", true}, // below the bottom band: the bottom label
	} {
		label, ok := w.Scale.Predikat(dec(tc.v))
		if label != tc.label || ok != tc.ok {
			t.Errorf("Predikat(%s) = %q, %v; want %q, %v", tc.v, label, ok, tc.label, tc.ok)
		}
	}

	// Without a Skala sheet: the default, contiguous.
	w = build(grid{Name: "IKU", Rows: [][]string{{"No", "Indikator Kinerja", "Target"}, {"1", "IKM", "80"}}})
	if w.Scale.Table != nil {
		t.Errorf("default scale has a table")
	}
	for v, want := range map[string]string{"89.5": "Baik", "49.5": "Kurang", "120": "Amat Baik", "90": "Amat Baik", "50": "Cukup Baik", "-1": "Kurang"} {
		if label, ok := w.Scale.Predikat(dec(v)); label != want || !ok {
			t.Errorf("default Predikat(%s) = %q, %v; want %q", v, label, ok, want)
		}
	}
}

// A Skala whose bottom row has no lower bound ("below 50": Batas Bawah left blank or "-") and
// whose top row no upper bound keeps both rows.
func TestSkalaOpenEnds(t *testing.T) {
	w := build(grid{Name: "Skala Penilaian", Rows: [][]string{
		{"Batas Bawah", "Batas Atas", "Predikat"},
		{"90", "", "Amat Baik"},
		{"80", "90", "Baik"},
		{"50", "80", "Cukup Baik"},
		{"-", "50", "Kurang"},
	}})
	check(t, only(t, w), want{kind: wb.Skala, header: []int{1}, rows: []int{2, 3, 4, 5}, columns: "batas_bawah@A batas_atas@B predikat@C"})
	var labels []string
	for _, b := range w.Scale.Bands {
		labels = append(labels, b.Label)
	}
	if got := strings.Join(labels, ", "); got != "Amat Baik, Baik, Cukup Baik, Kurang" {
		t.Fatalf("bands %s", got)
	}
	for v, want := range map[string]string{"150": "Amat Baik", "89.99": "Baik", "50": "Cukup Baik", "49.99": "Kurang", "0": "Kurang", "-10": "Kurang"} {
		if label, ok := w.Scale.Predikat(dec(v)); label != want || !ok {
			t.Errorf("Predikat(%s) = %q, %v; want %q", v, label, ok, want)
		}
	}
}

func TestSignatureBlockSideBySide(t *testing.T) {
	// A PK without a Jumlah row, signed by both parties side by side.
	w := build(grid{Name: "Perjanjian Kinerja", Rows: [][]string{
		{"No", "Sasaran Strategis", "Indikator Kinerja", "Target", "Program/Kegiatan", "Anggaran (Rp)"},
		{"1", "Meningkatnya pelayanan", "IKM", "80", "Program Penunjang", "Rp. 340.500.000,-"},
		{"", "", "Nilai SAKIP", "70", "Program Pemerintahan", "#125000000"},
		{},
		{"", "", "", "", "Kragan, 4 Januari 2021"},
		{"", "PIHAK KEDUA", "", "", "PIHAK PERTAMA"},
		{"", "BUPATI REMBANG", "", "", "CAMAT KRAGAN"},
		{},
		{"", "NAMA BUPATI", "", "", "NAMA CAMAT"},
	}})
	tb := only(t, w)
	check(t, tb, want{kind: wb.PK, header: []int{1}, rows: []int{2, 3},
		columns: "no@A sasaran@B indikator@C target@D program@E anggaran@F"})
	if c := tb.Rows[0].Cell(wb.RoleAnggaran); !c.IsFigure() || !c.FromText || c.Num.String() != "340500000" {
		t.Errorf("F2: %+v", c)
	}
	if tb.Rows[1].Sasaran != "Meningkatnya pelayanan" {
		t.Errorf("row 3 sasaran %q", tb.Rows[1].Sasaran)
	}

	// A blank line inside the table does not end it when a numbered row follows.
	w = build(grid{Name: "IKU", Rows: [][]string{
		{"No", "Sasaran Strategis", "Indikator Kinerja Utama", "Target", "Satuan"},
		{"1", "Meningkatnya pelayanan", "IKM", "80", "nilai"},
		{},
		{"2", "Meningkatnya akuntabilitas", "Nilai SAKIP", "70", "nilai"},
		{"", "", "Indeks RB", "60 – 70", "indeks"},
	}})
	tb = only(t, w)
	check(t, tb, want{kind: wb.IKU, header: []int{1}, rows: []int{2, 4, 5},
		columns: "no@A sasaran@B indikator@C target@D satuan@E"})
	if tb.Rows[2].Sasaran != "Meningkatnya akuntabilitas" {
		t.Errorf("row 5 sasaran %q", tb.Rows[2].Sasaran)
	}
}

func TestLevelsFromCapitalLetters(t *testing.T) {
	w := build(grid{Name: "LRA", Rows: [][]string{
		{"No", "Uraian", "Anggaran", "Realisasi", "Selisih", "%"},
		{"A.", "Belanja Tidak Langsung", "#100", "#100", "#0", "#100"},
		{"B.", "Belanja Langsung", "#350", "#300", "#50", "#85.71"},
		{"I.", "Program Penunjang", "#300", "#250", "#50", "#83.33"},
		{"1.", "Perencanaan", "#300", "#250", "#50", "#83.33"},
		{"II.", "Program Pemerintahan", "#50", "#50", "#0", "#100"},
		{"1.", "Koordinasi", "#50", "#50", "#0", "#100"},
		{"C.", "Belanja Modal", "#0", "#0", "#0", "#0"},
		{"D.", "Belanja Tak Terduga", "#0", "#0", "#0", "#0"},
		{"", "Jumlah", "#450", "#400", "#50", "#88.89"},
	}})
	tb := only(t, w)
	check(t, tb, want{kind: wb.RealisasiAnggaran, header: []int{1}, columns: "no@A uraian@B anggaran@C realisasi@D selisih@E persen@F",
		rows: []int{2, 3, 4, 5, 6, 7, 8, 9}, total: 10, levels: []int{1, 1, 2, 3, 2, 3, 1, 1}})
	if tb.Rows[2].Parent != tb.Rows[1] || tb.Rows[4].Parent != tb.Rows[1] || tb.Rows[6].Parent != nil {
		t.Errorf("parents wrong")
	}

	// The same numbering written in the Uraian text.
	w = build(grid{Name: "LRA", Rows: [][]string{
		{"Uraian", "Anggaran", "Realisasi"},
		{"A. Belanja Tidak Langsung", "#100", "#100"},
		{"B. Belanja Langsung", "#300", "#250"},
		{"I. Program Penunjang", "#300", "#250"},
		{"a. Perencanaan", "#300", "#250"},
		{"C. Belanja Modal", "#0", "#0"},
		{"Jumlah", "#400", "#350"},
	}})
	check(t, only(t, w), want{kind: wb.RealisasiAnggaran, header: []int{1}, columns: "uraian@A anggaran@B realisasi@C",
		rows: []int{2, 3, 4, 5, 6}, total: 7, levels: []int{1, 1, 2, 3, 1}})
}

func TestYearInGroupLabel(t *testing.T) {
	w := build(grid{Name: "Pengukuran", Rows: [][]string{
		{"No", "Indikator Kinerja", "Tahun 2021", "", "", "Target Akhir Renstra (2026)"},
		{"", "", "Target", "Realisasi", "% Capaian", ""},
		{"1", "IKM", "#80", "#82", "#102.5", "#85"},
	}, Merges: []string{"A1:A2", "B1:B2", "C1:E1", "F1:F2"}})
	tb := only(t, w)
	check(t, tb, want{kind: wb.Pengukuran, header: []int{1, 2}, rows: []int{3},
		columns: "no@A indikator@B target@C:2021 realisasi@D:2021 capaian@E:2021 target_renstra@F:2026"})
	if c := tb.Column(wb.RoleRealisasi); c.YearCell.Ref() != "C1" || c.Header.Ref() != "D2" || c.Group != "Tahun 2021" {
		t.Errorf("realisasi: year cell %s header %s group %q", c.YearCell.Ref(), c.Header.Ref(), c.Group)
	}
}

func TestHiddenRowsAreRead(t *testing.T) {
	w := build(grid{Name: "Inventaris", Rows: [][]string{
		{"No", "Nama Barang", "Jumlah", "Kondisi"},
		{"1", "Laptop", "#2", "Baik"},
		{"2", "Printer", "1", "Rusak Ringan"},
		{"3", "Genset", "#1", "Rusak Berat"},
	}, Hidden: []int{3}})
	tb := only(t, w)
	check(t, tb, want{kind: wb.Inventaris, header: []int{1}, rows: []int{2, 3, 4}, columns: "no@A nama_barang@B jumlah@C kondisi@D"})
	for i, r := range tb.Rows {
		if r.Hidden != (i == 1) {
			t.Errorf("row %d Hidden %v", r.Num, r.Hidden)
		}
	}
	if c := tb.Rows[1].Cell(wb.RoleJumlah); !c.IsFigure() || !c.FromText || c.Num.String() != "1" {
		t.Errorf("C3 (text in a figure column): %+v", c)
	}
}

func TestPegawaiTwoTables(t *testing.T) {
	w := build(grid{Name: "Pegawai", Rows: [][]string{
		{"No", "Jabatan", "Jenis Kelamin", ""},
		{"", "", "Lk", "Pr"},
		{"1", "Camat", "#1", "#0"},
		{"Jumlah", "", "#1", "#0"},
		{},
		{"No", "Unit Kerja", "Pendidikan", "", "Kontrak/THL"},
		{"", "", "S1", "SLTA", ""},
		{"1", "Kecamatan", "#3", "#2", "#4"},
		{"Jumlah", "", "#3", "#2", "#4"},
	}, Merges: []string{"A1:A2", "B1:B2", "C1:D1", "A6:A7", "B6:B7", "C6:D6", "E6:E7"}})
	tbs := w.TablesOf(wb.Pegawai)
	if len(tbs) != 2 {
		for _, tb := range w.Tables {
			t.Logf("%s %v %s rows %d", tb.Kind, tb.HeaderRows, columns(tb), len(tb.Rows))
		}
		t.Fatalf("%d Pegawai tables", len(tbs))
	}
	check(t, tbs[0], want{kind: wb.Pegawai, header: []int{1, 2}, rows: []int{3}, total: 4, columns: "no@A unit@B count@C count@D"})
	check(t, tbs[1], want{kind: wb.Pegawai, header: []int{6, 7}, rows: []int{8}, total: 9, columns: "no@A unit@B count@C count@D count@E"})
	if g := tbs[1].Columns[4].Group; g != "Kontrak/THL" {
		t.Errorf("E: group %q", g)
	}
}

func TestRingkasan(t *testing.T) {
	w := build(grid{Name: "Kesimpulan", Rows: [][]string{
		{"RINGKASAN"},
		{"Capaian Sasaran 1", ":", "99,12"},
		{"Capaian Sasaran Strategis 2", "#99.99"},
		{"Rata-rata Capaian", "98,32 %"},
		{"Predikat", "Amat Baik"},
		{"Pagu Anggaran", "Rp2.739.149.000,00"},
		{"% Serapan Anggaran", "#75.35"},
	}})
	p := w.Ringkasan
	if p == nil {
		t.Fatal("no Ringkasan")
	}
	var keys []string
	for _, it := range p.Items {
		keys = append(keys, it.Key+"="+it.Value.String())
	}
	if got := strings.Join(keys, "; "); got != "Capaian Sasaran 1=99,12; Capaian Sasaran 2=99.99; Rata-rata Capaian=98,32 %; Predikat=Amat Baik; Pagu Anggaran=Rp2.739.149.000,00; % Serapan Anggaran=75.35" {
		t.Errorf("items %s", got)
	}
	for key, num := range map[string]string{"Capaian Sasaran 1": "99.12", "Rata-rata Capaian": "98.32", "Pagu Anggaran": "2739149000", "% Serapan Anggaran": "75.35"} {
		if it := p.Get(key); it == nil || !it.Value.IsFigure() || it.Value.Num.String() != num {
			t.Errorf("%s: %+v", key, it)
		}
	}
	if it := p.Get("Capaian Sasaran 1"); it.Value.Decimals != 2 || it.Value.Ref() != "C2" {
		t.Errorf("Capaian Sasaran 1: decimals %d at %s", it.Value.Decimals, it.Value.Ref())
	}
}

func TestRepeatedTwoRowHeaderInsideTable(t *testing.T) {
	header := [][]string{
		{"No", "Indikator Kinerja", "Target 2021", "Realisasi 2021", "Capaian", "", "", "RPJMD", ""},
		{"", "", "", "", "% Capaian 2021", "% Capaian 2020", "% Capaian 2019", "Target Akhir 2026", "% Capaian s/d 2021"},
	}
	numbers := [][]string{{"1", "2", "3", "4", "5=4/3*100", "6", "7", "8", "9=4/8*100"}}
	w := build(grid{Name: "Pengukuran", Rows: rows(
		header, numbers,
		[][]string{{"1", "IKM", "#80", "#82", "#102.5", "#101", "#99", "#85", "#96.47"}},
		header, numbers,
		[][]string{{"2", "SAKIP", "#70", "#63", "#90", "#88", "#80", "#75", "#84"}},
	), Merges: []string{"A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:G1", "H1:I1", "A5:A6", "B5:B6", "C5:C6", "D5:D6", "E5:G5", "H5:I5"}})
	check(t, only(t, w), want{kind: wb.Pengukuran, header: []int{1, 2}, number: 3, rows: []int{4, 8},
		columns: "no@A indikator@B target@C:2021 realisasi@D:2021 capaian@E:2021 capaian_t1@F:2020 capaian_t2@G:2019 target_renstra@H:2026 capaian_renstra@I:2021"})
}

func TestNumberRowInParentheses(t *testing.T) {
	w := build(grid{Name: "Realisasi Anggaran", Rows: [][]string{
		{"Kode", "Uraian", "Anggaran", "Realisasi", "Selisih", "%"},
		{"(1)", "(2)", "(3)", "(4)", "(5) = (3) - (4)", "(6)=(4)/(3)x100"},
		{"7.01.01", "Program Penunjang", "#300", "#250", "#50", "#83.33"},
		{"", "Jumlah", "#300", "#250", "#50", "#83.33"},
	}})
	tb := only(t, w)
	check(t, tb, want{kind: wb.RealisasiAnggaran, header: []int{1}, number: 2, columns: lraColumns, rows: []int{3}, total: 4, levels: []int{1}})
	if c := tb.Column(wb.RoleSelisih); c.Number != "5" || c.Declared != "(3) - (4)" {
		t.Errorf("selisih: number %q declared %q", c.Number, c.Declared)
	}
	if c := tb.Column(wb.RolePersen); c.Number != "6" || c.Declared != "(4)/(3)x100" {
		t.Errorf("persen: number %q declared %q", c.Number, c.Declared)
	}
	if c := tb.Column(wb.RoleAnggaran); c.Number != "3" || c.Declared != "" {
		t.Errorf("anggaran: number %q declared %q", c.Number, c.Declared)
	}
}

// TestLevelsFromKeywordsInLabels: a published table without codes whose every label starts
// with what the row is ("Program ...", "Kegiatan ...", "1. Sub Kegiatan ...", line breaks
// inside) nests by those words (Setda Provinsi Sumatera Utara 2021, Tabel 19).
func TestLevelsFromKeywordsInLabels(t *testing.T) {
	w := build(grid{Name: "LRA", Rows: [][]string{
		{"Uraian", "Anggaran", "Realisasi", "%"},
		{"Program Pemerintahan Dan Otonomi Daerah", "", "", "#88.6"},
		{"Kegiatan\nPelaksanaan\nTugas", "", "", ""},
		{"1. Sub Kegiatan\nFasilitasi", "#749930215", "#702188300", "#93.6"},
		{"Kegiatan\nFasilitasi\nKerjasama", "", "", ""},
		{"1.Sub Kegiatan\nKerjasama", "#216194000", "#188957200", "#87.4"},
		{"2.Sub Kegiatan\nEvaluasi", "#398379650", "#307055630", "#77.1"},
	}})
	tb := only(t, w)
	check(t, tb, want{kind: wb.RealisasiAnggaran, header: []int{1}, columns: "uraian@A anggaran@B realisasi@C persen@D",
		rows: []int{2, 3, 4, 5, 6, 7}, levels: []int{1, 2, 3, 2, 3, 3}})
	if tb.Rows[5].Parent != tb.Rows[3] || tb.Rows[3].Parent != tb.Rows[0] {
		t.Errorf("parents wrong")
	}
	// A programme named "Kegiatan ..." among rows named otherwise says nothing of levels.
	w = build(grid{Name: "LRA", Rows: [][]string{
		{"Uraian", "Anggaran", "Realisasi", "%"},
		{"Program Penunjang", "#300", "#250", "#83.33"},
		{"Kegiatan Perencanaan", "#100", "#50", "#50"},
		{"Penyusunan Renstra", "#200", "#200", "#100"},
	}})
	if tb := only(t, w); tb.Rows[2].Level == 3 {
		t.Errorf("a row without a keyword was nested by the others' keywords: levels %d %d %d", tb.Rows[0].Level, tb.Rows[1].Level, tb.Rows[2].Level)
	}
}

// TestLabelsOneLine: a label typed with line breaks (a narrow printed column) reads as one
// line.
func TestLabelsOneLine(t *testing.T) {
	w := build(grid{Name: "LRA", Rows: [][]string{
		{"Uraian", "Anggaran", "Realisasi", "%"},
		{"3.Sub Kegiatan\nEvaluasi\r\n Pelaksanaan", "#100", "#80", "#80"},
		{"  Penyusunan\nRenstra", "#100", "#80", "#80"},
	}})
	tb := only(t, w)
	if got := tb.Rows[0].Label(); got != "3.Sub Kegiatan Evaluasi Pelaksanaan" {
		t.Errorf("label %q", got)
	}
	if got := tb.Rows[1].Label(); got != "Penyusunan Renstra" {
		t.Errorf("label %q", got)
	}
}
