package build

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/xuri/excelize/v2"
)

func TestStored(t *testing.T) {
	for in, want := range map[string]string{
		"2.739.149.000": "2739149000", "98,32": "98.32", "100,00": "100", "92,60": "92.6",
		"100": "100", "0": "0", "2,5": "2.5", "700": "700", "0,05": "0.05", "1.234,50": "1234.5",
	} {
		if got, err := Stored(in); err != nil || got != want {
			t.Errorf("Stored(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, in := range []string{"", "-", "98.32", "1.23", "12.3456", "1,", ",5", "Rp. 1.000", "60 – 70", "1.000.00"} {
		if got, err := Stored(in); err == nil {
			t.Errorf("Stored(%q) = %q, want an error", in, got)
		}
	}
}

func TestTerbilang(t *testing.T) {
	for n, want := range map[int64]string{
		2739149000: "dua miliar tujuh ratus tiga puluh sembilan juta seratus empat puluh sembilan ribu rupiah",
		2437383089: "dua miliar empat ratus tiga puluh tujuh juta tiga ratus delapan puluh tiga ribu delapan puluh sembilan rupiah",
		1001000:    "satu juta seribu rupiah",
		101000:     "seratus satu ribu rupiah",
		11:         "sebelas rupiah",
		10:         "sepuluh rupiah",
		1000:       "seribu rupiah",
		111111:     "seratus sebelas ribu seratus sebelas rupiah",
	} {
		if got := Terbilang(n); got != want {
			t.Errorf("Terbilang(%d) = %q, want %q", n, got, want)
		}
	}
}

func workbooks() []*Workbook { return []*Workbook{Kragan2021(), Clean()} }

// write renders w under l into a temporary folder and opens the result.
func write(t *testing.T, w *Workbook, l Layout) (*excelize.File, string) {
	t.Helper()
	p := filepath.Join(t.TempDir(), "sample.xlsx")
	if err := w.Write(p, l); err != nil {
		t.Fatalf("%s, %s: %v", w.Name, l, err)
	}
	f, err := excelize.OpenFile(p)
	if err != nil {
		t.Fatalf("%s, %s: open: %v", w.Name, l, err)
	}
	t.Cleanup(func() { f.Close() })
	return f, p
}

// Every layout writes a file excelize opens, with the expected sheets, and
// hides what HiddenRowAndSheet hides.
func TestLayoutsOpen(t *testing.T) {
	for _, w := range workbooks() {
		for _, l := range Layouts() {
			f, _ := write(t, w, l)
			if got, want := f.GetSheetList(), w.SheetNames(l); !slices.Equal(got, want) {
				t.Errorf("%s, %s: sheets %q, want %q", w.Name, l, got, want)
			}
			visible, err := f.GetSheetVisible(SheetName(Skala, l))
			if err != nil || visible == l.HiddenRowAndSheet {
				t.Errorf("%s, %s: Skala visible = %v, %v", w.Name, l, visible, err)
			}
			for _, k := range []Kind{Pengukuran, RealisasiAnggaran} {
				hidden := 0
				rows, _ := f.GetRows(SheetName(k, l))
				for row := 1; row <= len(rows); row++ {
					if v, _ := f.GetRowVisible(SheetName(k, l), row); !v {
						hidden++
					}
				}
				if want := map[bool]int{true: 1}[l.HiddenRowAndSheet]; hidden != want {
					t.Errorf("%s, %s: %d hidden rows in %s, want %d", w.Name, l, hidden, k, want)
				}
			}
		}
	}
}

// Every cell holds what was meant: a numeric cell is a number-type cell whose
// stored text is exactly the intended one (no float artefact), a text cell a
// string. Checked through excelize and on the raw sheet XML.
func TestStoredTextExact(t *testing.T) {
	for _, w := range workbooks() {
		for _, l := range Layouts() {
			f, p := write(t, w, l)
			_, cells, err := w.render(l)
			if err != nil {
				t.Fatal(err)
			}
			raw := rawCells(t, p)
			numeric := 0
			for _, c := range cells {
				got, err := f.GetCellValue(c.Sheet, c.Ref, excelize.Options{RawCellValue: true})
				typ, _ := f.GetCellType(c.Sheet, c.Ref)
				wantType := excelize.CellTypeSharedString
				if c.Numeric {
					wantType = excelize.CellTypeUnset
					numeric++
				}
				if err != nil || got != c.Stored || typ != wantType {
					t.Errorf("%s, %s: %s!%s = %q (type %v), want %q (type %v)", w.Name, l, c.Sheet, c.Ref, got, typ, c.Stored, wantType)
				}
				if c.Numeric {
					x := raw[c.Sheet+"!"+c.Ref]
					if x.T != "" || x.V != c.Stored {
						t.Errorf("%s, %s: %s!%s XML t=%q <v>%s</v>, want a number %s", w.Name, l, c.Sheet, c.Ref, x.T, x.V, c.Stored)
					}
				}
			}
			if (numeric == 0) != l.NumbersAsText {
				t.Errorf("%s, %s: %d numeric cells", w.Name, l, numeric)
			}
		}
	}
}

// The committed samples are what makesamples writes, with no float artefact.
func TestCommittedSamples(t *testing.T) {
	for _, sample := range Samples() {
		name, w := sample.File, sample.Workbook
		p := filepath.Join("..", name)
		if _, err := os.Stat(p); err != nil {
			t.Skipf("%s not written yet (go run ./samples/makesamples)", p)
		}
		committed, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		_, fresh := write(t, w, sample.Layout)
		b, err := os.ReadFile(fresh)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(committed, b) {
			t.Errorf("%s is stale: run go run ./samples/makesamples", p)
		}
		for ref, c := range rawCells(t, p) {
			if c.T == "" && c.V != "" {
				if _, err := decimal.NewFromString(c.V); err != nil || strings.ContainsAny(c.V, "eE") || len(c.V) > 12 {
					t.Errorf("%s %s: stored number %q", name, ref, c.V)
				}
			}
		}
		if len(committed) > 100_000 {
			t.Errorf("%s is %d bytes", name, len(committed))
		}
	}
}

type rawCell struct{ T, V string }

// rawCells reads every cell of every sheet from the XML of an .xlsx file,
// keyed "Sheet!A1".
func rawCells(t *testing.T, p string) map[string]rawCell {
	t.Helper()
	z, err := zip.OpenReader(p)
	if err != nil {
		t.Fatal(err)
	}
	defer z.Close()
	read := func(name string, v any) {
		r, err := z.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		defer r.Close()
		b, _ := io.ReadAll(r)
		if err := xml.Unmarshal(b, v); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	var wb struct {
		Sheets []struct {
			Name string `xml:"name,attr"`
			RID  string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
		} `xml:"sheets>sheet"`
	}
	var rels struct {
		Rel []struct {
			ID     string `xml:"Id,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	read("xl/workbook.xml", &wb)
	read("xl/_rels/workbook.xml.rels", &rels)
	out := map[string]rawCell{}
	for _, s := range wb.Sheets {
		for _, r := range rels.Rel {
			if r.ID != s.RID {
				continue
			}
			var ws struct {
				Cells []struct {
					R string `xml:"r,attr"`
					T string `xml:"t,attr"`
					V string `xml:"v"`
				} `xml:"sheetData>row>c"`
			}
			read(path.Join("xl", strings.TrimPrefix(r.Target, "/xl/")), &ws)
			for _, c := range ws.Cells {
				out[s.Name+"!"+c.R] = rawCell{c.T, c.V}
			}
		}
	}
	return out
}

func TestDeterministic(t *testing.T) {
	l := Layouts()[len(Layouts())-1]
	_, a := write(t, Clean(), l)
	_, b := write(t, Clean(), l)
	x, _ := os.ReadFile(a)
	y, _ := os.ReadFile(b)
	if !bytes.Equal(x, y) {
		t.Error("two writes of the same workbook differ")
	}
}

func TestOtherColumnOrder(t *testing.T) {
	f, _ := write(t, Clean(), Layout{OtherColumnOrder: true, TwoRowHeaders: true})
	rows, _ := f.GetRows("Pengukuran")
	want := []string{"No", "Sasaran Strategis", "Indikator Kinerja", "Predikat", "% Capaian s/d 2023", "Target Akhir Renstra 2026",
		"% Capaian 2023", "% Capaian 2022", "% Capaian 2021", "Realisasi 2023", "Target 2023", "Polaritas", "Satuan"}
	for i, w := range want {
		cell := func(r int) string {
			if i < len(rows[r]) {
				return rows[r][i]
			}
			return ""
		}
		top, sub := cell(0), cell(1)
		if top != w && sub != w {
			t.Errorf("Pengukuran column %d: %q / %q, want %q", i+1, top, sub, w)
		}
	}
	rows, _ = f.GetRows("Realisasi Anggaran")
	if got, want := strings.Join(rows[0], "|")+" / "+strings.Join(rows[1], "|"), "Kode|Uraian|Realisasi Anggaran|||Anggaran / ||%|Selisih|Realisasi"; got != want {
		t.Errorf("LRA header %q, want %q", got, want)
	}
}

// --- reading a written workbook back, the way the checker would -------------

type book struct {
	t *testing.T
	f *excelize.File
	l Layout
}

// num reads a figure: a numeric cell by its stored text, a text cell in
// Indonesian notation ("Rp. 340.500.000,-", "98,32"); "" and "-" are zero.
// It also returns the decimals the figure shows.
func (b book) num(sheet, ref string) (decimal.Decimal, int32) {
	b.t.Helper()
	raw, err := b.f.GetCellValue(sheet, ref, excelize.Options{RawCellValue: true})
	if err != nil {
		b.t.Fatal(err)
	}
	typ, _ := b.f.GetCellType(sheet, ref)
	if typ == excelize.CellTypeUnset && raw != "" {
		d := decimal.RequireFromString(raw)
		return d, b.shown(sheet, ref, d)
	}
	s := strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(raw), "Rp. "), ",-")
	if s == "" || s == "-" {
		return decimal.Zero, 0
	}
	st, err := Stored(s)
	if err != nil {
		b.t.Fatalf("%s!%s: %v", sheet, ref, err)
	}
	return decimal.RequireFromString(st), int32(decimalsShown(s))
}

// shown is the number of decimals a numeric cell's format shows.
func (b book) shown(sheet, ref string, d decimal.Decimal) int32 {
	id, _ := b.f.GetCellStyle(sheet, ref)
	st, err := b.f.GetStyle(id)
	if err != nil {
		b.t.Fatal(err)
	}
	code := map[int]string{2: "0.00", 3: "#,##0", 4: "#,##0.00"}[st.NumFmt]
	if st.CustomNumFmt != nil {
		code = *st.CustomNumFmt
	}
	if code == "" {
		return max(-d.Exponent(), 0)
	}
	_, frac, _ := strings.Cut(code, ".")
	return int32(len(frac))
}

// table finds the columns with the given labels (exact, in the first 15
// rows) and returns their letters, the data rows after the header (skipping a
// column-number row) and the Jumlah row (0 if none).
func (b book) table(k Kind, labels ...string) (cols map[string]string, rows []int, total int) {
	b.t.Helper()
	sheet := SheetName(k, b.l)
	all, err := b.f.GetRows(sheet)
	if err != nil {
		b.t.Fatal(err)
	}
	cols = map[string]string{}
	header := 0
	for r := 0; r < min(15, len(all)); r++ {
		for c, v := range all[r] {
			if slices.Contains(labels, v) {
				if _, dup := cols[v]; !dup {
					cols[v], _ = excelize.ColumnNumberToName(c + 1)
					header = max(header, r+1)
				}
			}
		}
	}
	if len(cols) != len(labels) {
		b.t.Fatalf("%s: found %v of %q", sheet, cols, labels)
	}
	for r := header; r < len(all); r++ {
		line := strings.Join(all[r], "")
		if line == "" {
			break
		}
		if slices.Contains(all[r], "Jumlah") {
			return cols, rows, r + 1
		}
		numbers := true
		for _, v := range all[r] {
			numbers = numbers && (v == "" || allDigits(v) || strings.Contains(v, "="))
		}
		if !numbers {
			rows = append(rows, r+1)
		}
	}
	return cols, rows, 0
}

// pair finds a label in column A of a label/value sheet and returns the value's reference.
func (b book) pair(k Kind, label string) string {
	b.t.Helper()
	sheet := SheetName(k, b.l)
	rows, _ := b.f.GetRows(sheet)
	for i, r := range rows {
		if len(r) > 1 && r[0] == label {
			return fmt.Sprintf("B%d", i+1)
		}
	}
	b.t.Fatalf("%s: no %q", sheet, label)
	return ""
}

func (b book) str(k Kind, ref string) string {
	v, _ := b.f.GetCellValue(SheetName(k, b.l), ref)
	return v
}

// pct is num / den x 100 rounded half-up to places.
func pct(num, den decimal.Decimal, places int32) decimal.Decimal {
	q, _, _ := quo(num.Mul(hundred), den, places)
	return q
}

// The clean sample follows from its inputs under every layout.
func TestCleanIdentities(t *testing.T) {
	for _, l := range Layouts() {
		t.Run(l.String(), func(t *testing.T) {
			f, _ := write(t, Clean(), l)
			checkClean(t, book{t, f, l})
		})
	}
}

func checkClean(t *testing.T, b book) {
	eq := func(what string, got, want decimal.Decimal) {
		t.Helper()
		if !got.Equal(want) {
			t.Errorf("%s: %s, want %s", what, got, want)
		}
	}
	// Realisasi Anggaran: Selisih, %, parents, Jumlah.
	lraSheet := SheetName(RealisasiAnggaran, b.l)
	cols, rows, total := b.table(RealisasiAnggaran, "Kode", "Anggaran", "Realisasi", "Selisih", "%")
	type amounts struct{ a, r, s decimal.Decimal }
	byKode := map[string]amounts{}
	var kodes []string
	check := func(row int, what string) amounts {
		at := func(c string) string { return fmt.Sprintf("%s%d", cols[c], row) }
		a, _ := b.num(lraSheet, at("Anggaran"))
		r, _ := b.num(lraSheet, at("Realisasi"))
		s, _ := b.num(lraSheet, at("Selisih"))
		p, places := b.num(lraSheet, at("%"))
		if places != 2 {
			t.Errorf("%s: %% shows %d decimals", what, places)
		}
		eq(what+" Selisih", s, a.Sub(r))
		eq(what+" %", p, pct(r, a, places))
		return amounts{a, r, s}
	}
	for _, row := range rows {
		kode := b.str(RealisasiAnggaran, fmt.Sprintf("%s%d", cols["Kode"], row))
		byKode[kode] = check(row, kode)
		kodes = append(kodes, kode)
	}
	if total == 0 {
		t.Fatal("LRA: no Jumlah row")
	}
	jumlah := check(total, "Jumlah")
	var programs amounts
	nProgram, nKegiatan := 0, 0
	for _, parent := range kodes {
		var sum amounts
		children := 0
		for _, k := range kodes {
			if strings.HasPrefix(k, parent+".") && strings.Count(k, ".") == strings.Count(parent, ".")+map[bool]int{true: 2, false: 1}[strings.Count(parent, ".") == 2] {
				c := byKode[k]
				sum = amounts{sum.a.Add(c.a), sum.r.Add(c.r), sum.s.Add(c.s)}
				children++
			}
		}
		switch strings.Count(parent, ".") {
		case 2:
			nProgram++
			p := byKode[parent]
			programs = amounts{programs.a.Add(p.a), programs.r.Add(p.r), programs.s.Add(p.s)}
		case 4:
			nKegiatan++
		}
		if children > 0 {
			eq(parent+" Anggaran = sum of children", byKode[parent].a, sum.a)
			eq(parent+" Realisasi = sum of children", byKode[parent].r, sum.r)
			eq(parent+" Selisih = sum of children", byKode[parent].s, sum.s)
		} else if strings.Count(parent, ".") != 5 {
			t.Errorf("%s has no children", parent)
		}
	}
	eq("Jumlah Anggaran", jumlah.a, programs.a)
	eq("Jumlah Realisasi", jumlah.r, programs.r)
	eq("Jumlah Selisih", jumlah.s, programs.s)

	// Pengukuran: capaian by polarity, predikat, sasaran averages.
	pSheet := SheetName(Pengukuran, b.l)
	pc, prow, _ := b.table(Pengukuran, "No", "Polaritas", "Target 2023", "Realisasi 2023", "% Capaian 2023", "Target Akhir Renstra 2026", "% Capaian s/d 2023", "Predikat")
	var sasaranCapaian []decimal.Decimal
	var sum decimal.Decimal
	n := 0
	flush := func() {
		if n > 0 {
			sasaranCapaian = append(sasaranCapaian, pct(sum, decimal.NewFromInt(int64(n)).Mul(hundred), 2))
		}
		sum, n = decimal.Zero, 0
	}
	for _, row := range prow {
		at := func(c string) string { return fmt.Sprintf("%s%d", pc[c], row) }
		if b.str(Pengukuran, at("No")) != "" {
			flush()
		}
		neg := b.str(Pengukuran, at("Polaritas")) == "Negatif"
		target, _ := b.num(pSheet, at("Target 2023"))
		real, _ := b.num(pSheet, at("Realisasi 2023"))
		akhir, _ := b.num(pSheet, at("Target Akhir Renstra 2026"))
		c, places := b.num(pSheet, at("% Capaian 2023"))
		sd, sdPlaces := b.num(pSheet, at("% Capaian s/d 2023"))
		num := func(t decimal.Decimal) decimal.Decimal {
			if neg {
				return t.Add(t).Sub(real)
			}
			return real
		}
		eq(at("% Capaian 2023"), c, pct(num(target), target, places))
		eq(at("% Capaian s/d 2023"), sd, pct(num(akhir), akhir, sdPlaces))
		exact := num(target).Mul(hundred).Div(target)
		if got := b.str(Pengukuran, at("Predikat")); got != predikat(exact) {
			t.Errorf("%s: Predikat %q, want %q", at("Predikat"), got, predikat(exact))
		}
		sum, n = sum.Add(exact), n+1
	}
	flush()
	if len(sasaranCapaian) != 3 {
		t.Fatalf("%d sasaran in Pengukuran", len(sasaranCapaian))
	}

	// Anggaran Sasaran reconciles with the LRA and Pengukuran.
	aSheet := SheetName(AnggaranSasaran, b.l)
	ac, arow, atotal := b.table(AnggaranSasaran, "Pagu (Rp)", "Realisasi (Rp)", "% Serapan", "% Capaian Kinerja", "% Efisiensi")
	var pagu, real decimal.Decimal
	for i, row := range append(arow, atotal) {
		at := func(c string) string { return fmt.Sprintf("%s%d", ac[c], row) }
		p, _ := b.num(aSheet, at("Pagu (Rp)"))
		r, _ := b.num(aSheet, at("Realisasi (Rp)"))
		s, places := b.num(aSheet, at("% Serapan"))
		e, _ := b.num(aSheet, at("% Efisiensi"))
		eq(at("% Serapan"), s, pct(r, p, places))
		eq(at("% Efisiensi"), e, hundred.Sub(s))
		if row == atotal {
			eq("Anggaran Sasaran Jumlah pagu", p, pagu)
			eq("Anggaran Sasaran Jumlah realisasi", r, real)
			continue
		}
		c, _ := b.num(aSheet, at("% Capaian Kinerja"))
		eq(at("% Capaian Kinerja"), c, sasaranCapaian[i])
		pagu, real = pagu.Add(p), real.Add(r)
	}
	eq("Anggaran Sasaran pagu = LRA", pagu, jumlah.a)
	eq("Anggaran Sasaran realisasi = LRA", real, jumlah.r)

	// PK Jumlah = the pagu.
	kc, _, ktotal := b.table(PK, "Anggaran (Rp)")
	pk, _ := b.num(SheetName(PK, b.l), fmt.Sprintf("%s%d", kc["Anggaran (Rp)"], ktotal))
	eq("PK Jumlah", pk, jumlah.a)

	// Ringkasan and Identitas.
	var all decimal.Decimal
	for i, c := range sasaranCapaian {
		got, _ := b.num(SheetName(Ringkasan, b.l), b.pair(Ringkasan, fmt.Sprintf("Capaian Sasaran %d", i+1)))
		eq(fmt.Sprintf("Capaian Sasaran %d", i+1), got, c)
		all = all.Add(c)
	}
	avg, _ := b.num(SheetName(Ringkasan, b.l), b.pair(Ringkasan, "Rata-rata Capaian"))
	eq("Rata-rata Capaian", avg, pct(all, decimal.NewFromInt(int64(len(sasaranCapaian))).Mul(hundred), 2))
	if got := b.str(Ringkasan, b.pair(Ringkasan, "Predikat")); got != predikat(avg) {
		t.Errorf("Ringkasan Predikat %q, want %q", got, predikat(avg))
	}
	serapan, _ := b.num(SheetName(Ringkasan, b.l), b.pair(Ringkasan, "% Serapan Anggaran"))
	eq("% Serapan Anggaran", serapan, pct(jumlah.r, jumlah.a, 2))
	for _, k := range []Kind{Ringkasan, Identitas} {
		p, _ := b.num(SheetName(k, b.l), b.pair(k, "Pagu Anggaran"))
		r, _ := b.num(SheetName(k, b.l), b.pair(k, "Realisasi Anggaran"))
		eq(k.String()+" Pagu", p, jumlah.a)
		eq(k.String()+" Realisasi", r, jumlah.r)
		if got := b.str(k, b.pair(k, "Pagu Anggaran (terbilang)")); got != Terbilang(jumlah.a.IntPart()) {
			t.Errorf("%s Pagu terbilang %q", k, got)
		}
		if got := b.str(k, b.pair(k, "Realisasi Anggaran (terbilang)")); got != Terbilang(jumlah.r.IntPart()) {
			t.Errorf("%s Realisasi terbilang %q", k, got)
		}
	}
	np, _ := b.num(SheetName(Identitas, b.l), b.pair(Identitas, "Jumlah Program"))
	nk, _ := b.num(SheetName(Identitas, b.l), b.pair(Identitas, "Jumlah Kegiatan"))
	eq("Jumlah Program", np, decimal.NewFromInt(int64(nProgram)))
	eq("Jumlah Kegiatan", nk, decimal.NewFromInt(int64(nKegiatan)))
}

// Content-level checks of the clean sample's counts and scale.
func TestCleanCountsAndScale(t *testing.T) {
	w := Clean()
	for ti, tb := range w.Sheet(Pegawai).Tables {
		sums := make([]decimal.Decimal, len(tb.Columns))
		for ri, r := range append(tb.Rows, tb.Total) {
			group := map[string]decimal.Decimal{}
			for i, c := range r {
				v := decimal.Zero
				if c.Num {
					v = dec(c.Text)
				}
				g := tb.Columns[i].Group
				if g == "" && tb.Columns[i].Label == "Kontrak/THL" {
					g = "Pangkat/Golongan"
				}
				group[g] = group[g].Add(v)
				if ri < len(tb.Rows) {
					sums[i] = sums[i].Add(v)
				} else if i > 1 && !v.Equal(sums[i]) {
					t.Errorf("table %d Jumlah %s = %s, want %s", ti+1, tb.Columns[i].Label, v, sums[i])
				}
			}
			for _, g := range []string{"Pendidikan", "Pangkat/Golongan"} {
				if !group[g].Equal(group["Jenis Kelamin"]) {
					t.Errorf("table %d row %d: %s %s, head count %s", ti+1, ri+1, g, group[g], group["Jenis Kelamin"])
				}
			}
		}
	}
	rows := w.Sheet(Skala).Tables[0].Rows
	for i := 0; i+1 < len(rows); i++ {
		if rows[i][0] != rows[i+1][1] {
			t.Errorf("Skala row %d: Batas Bawah %s, next Batas Atas %s", i+1, rows[i][0].Text, rows[i+1][1].Text)
		}
	}
}
