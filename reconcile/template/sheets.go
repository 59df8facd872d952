package template

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

func (b *book) styles() error {
	border := []excelize.Border{{Type: "left", Color: "A6A6A6", Style: 1}, {Type: "right", Color: "A6A6A6", Style: 1},
		{Type: "top", Color: "A6A6A6", Style: 1}, {Type: "bottom", Color: "A6A6A6", Style: 1}}
	fmtAmount, fmtPct, fmtDate := `[$-421]#,##0`, `[$-421]#,##0.00`, `[$-421]d mmmm yyyy`
	fmtCount, fmtText := `0`, `@`
	input := &excelize.Protection{Locked: false}
	locked := &excelize.Protection{Locked: true}
	yellow := excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"FFF2CC"}}
	grey := excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"EDEDED"}}
	green := excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"E2EFDA"}}
	wrap := &excelize.Alignment{WrapText: true, Vertical: "top"}
	defs := map[string]*excelize.Style{
		"title":    {Font: &excelize.Font{Bold: true, Size: 13}},
		"subtitle": {Font: &excelize.Font{Bold: true}},
		"header": {Font: &excelize.Font{Bold: true}, Border: border, Protection: locked,
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}},
			Alignment: &excelize.Alignment{WrapText: true, Horizontal: "center", Vertical: "center"}},
		"number": {Font: &excelize.Font{Italic: true, Size: 9}, Border: border, Protection: locked,
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"F2F2F2"}}, Alignment: &excelize.Alignment{Horizontal: "center"}},
		"label":      {Border: border, Protection: locked, Alignment: wrap},
		"locked":     {Border: border, Protection: locked, Alignment: wrap},
		"para":       {Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}},
		"legendIn":   {Border: border, Fill: yellow},
		"legendF":    {Border: border, Fill: grey},
		"legendOpen": {Border: border, Fill: green},
		"inText":     {Border: border, Fill: yellow, Protection: input, Alignment: wrap},
		// The budget's levels show: a program bold, a sub kegiatan indented under its kegiatan.
		"inTextProgram": {Border: border, Fill: yellow, Protection: input, Alignment: wrap, Font: &excelize.Font{Bold: true}},
		"inCodeProgram": {Border: border, Fill: yellow, Protection: input, CustomNumFmt: &fmtText, Font: &excelize.Font{Bold: true}},
		"inTextSub":     {Border: border, Fill: yellow, Protection: input, Alignment: &excelize.Alignment{WrapText: true, Vertical: "top", Indent: 2}},
		"inCode":        {Border: border, Fill: yellow, Protection: input, CustomNumFmt: &fmtText},
		"inAmount":      {Border: border, Fill: yellow, Protection: input, CustomNumFmt: &fmtAmount},
		"inFig":         {Border: border, Fill: yellow, Protection: input},
		"inPct":         {Border: border, Fill: yellow, Protection: input, CustomNumFmt: &fmtPct},
		"inCount":       {Border: border, Fill: yellow, Protection: input, CustomNumFmt: &fmtCount},
		"inDate":        {Border: border, Fill: yellow, Protection: input, CustomNumFmt: &fmtDate, Alignment: &excelize.Alignment{Horizontal: "left"}},
		"fText":         {Border: border, Fill: grey, Protection: locked, Alignment: wrap},
		"fAmount":       {Border: border, Fill: grey, Protection: locked, CustomNumFmt: &fmtAmount},
		"fFig":          {Border: border, Fill: grey, Protection: locked},
		"fPct":          {Border: border, Fill: grey, Protection: locked, CustomNumFmt: &fmtPct},
		"fCount":        {Border: border, Fill: grey, Protection: locked, CustomNumFmt: &fmtCount},
		"fPctOpen":      {Border: border, Fill: green, Protection: input, CustomNumFmt: &fmtPct},
		"totLabel":      {Border: border, Protection: locked, Font: &excelize.Font{Bold: true}},
		"totAmount":     {Border: border, Fill: grey, Protection: locked, Font: &excelize.Font{Bold: true}, CustomNumFmt: &fmtAmount},
		"totPct":        {Border: border, Fill: grey, Protection: locked, Font: &excelize.Font{Bold: true}, CustomNumFmt: &fmtPct},
		"totCount":      {Border: border, Fill: grey, Protection: locked, Font: &excelize.Font{Bold: true}, CustomNumFmt: &fmtCount},
	}
	for name, s := range defs {
		id, err := b.f.NewStyle(s)
		if err != nil {
			return fmt.Errorf("style %s: %w", name, err)
		}
		b.st[name] = id
	}
	return nil
}

// Formula builders. Every derived figure is guarded so that it shows blank while its inputs
// are empty; percentages are rounded to the two decimals their format shows.

func ref(x string) string { return fmt.Sprintf(`IF(%[1]s="","",%[1]s)`, x) }

func pct(num, den string) string {
	return fmt.Sprintf(`IF(OR(%[1]s="",%[2]s=""),"",IF(%[2]s=0,"",ROUND(%[1]s/%[2]s*100,2)))`, num, den)
}

func capaian(pol, target, real string) string {
	return fmt.Sprintf(`IF(OR(%[2]s="",%[3]s=""),"",IF(%[1]s="Rentang","",IF(%[2]s=0,"",IF(%[1]s="Negatif",ROUND((2*%[2]s-%[3]s)/%[2]s*100,2),ROUND(%[3]s/%[2]s*100,2)))))`, pol, target, real)
}

func sum(args string) string { return fmt.Sprintf(`IF(COUNT(%[1]s)=0,"",SUM(%[1]s))`, args) }

func avg(rng string) string { return fmt.Sprintf(`IF(COUNT(%[1]s)=0,"",ROUND(AVERAGE(%[1]s),2))`, rng) }

func selisih(a, r string) string {
	return fmt.Sprintf(`IF(OR(%[1]s="",%[2]s=""),"",%[1]s-%[2]s)`, a, r)
}

func efisiensi(serapan string) string { return fmt.Sprintf(`IF(%[1]s="","",100-%[1]s)`, serapan) }

// predikat is the label of the Skala sheet's scale (rows 5 to 8, highest first) for x.
func predikat(x string) string {
	s := func(c string, r int) string { return fmt.Sprintf("%s!$%s$%d", SheetSkala, c, r) }
	return fmt.Sprintf(`IF(%[1]s="","",IF(%[1]s>=%[2]s,%[3]s,IF(%[1]s>=%[4]s,%[5]s,IF(%[1]s>=%[6]s,%[7]s,%[8]s))))`, x,
		s("A", 5), s("C", 5), s("A", 6), s("C", 6), s("A", 7), s("C", 7), s("C", 8))
}

// Rows of the tables, fixed by the options.

func (b *book) indRow(s, i int) int { return firstRow + s*b.o.Indikator + i }
func (b *book) indLast() int        { return firstRow + b.o.Sasaran*b.o.Indikator - 1 }

// capaianRange is the Pengukuran % Capaian T range of sasaran s.
func (b *book) capaianRange(s int) string {
	return quote(SheetPengukuran, fmt.Sprintf("H%d:H%d", b.indRow(s, 0), b.indRow(s, b.o.Indikator-1)))
}

func (b *book) planLRA() {
	row := firstRow
	b.at.prog, b.at.keg, b.at.sub = nil, nil, nil
	for p := 0; p < b.o.Program; p++ {
		b.at.prog = append(b.at.prog, row)
		row++
		var keg []int
		var subs [][]int
		for k := 0; k < b.o.Kegiatan; k++ {
			keg = append(keg, row)
			row++
			var ss []int
			for s := 0; s < b.o.Sub; s++ {
				ss = append(ss, row)
				row++
			}
			subs = append(subs, ss)
		}
		b.at.keg = append(b.at.keg, keg)
		b.at.sub = append(b.at.sub, subs)
	}
	b.at.lraTotal = row
}

func (b *book) lraRef(col string) string {
	return quote(SheetLRA, fmt.Sprintf("%s%d", col, b.at.lraTotal))
}

func (b *book) identitas() {
	const sh = SheetIdentitas
	b.titles(sh, fmt.Sprintf("IDENTITAS LAPORAN KINERJA TAHUN %d", b.o.Year), 2)
	row := 4
	line := func(label, style, value string, numeric bool) int {
		b.str(sh, 1, row, label, "label")
		if numeric {
			b.num(sh, 2, row, value, style)
		} else {
			b.str(sh, 2, row, value, style)
		}
		b.at.identitas[label] = cell(2, row)
		row++
		return row - 1
	}
	line("Nama Instansi", "inText", b.o.Instansi, false)
	line("Kabupaten/Kota", "inText", b.o.Kabupaten, false)
	line("Provinsi", "inText", b.o.Provinsi, false)
	r := line("Tahun Laporan", "inCount", strconv.Itoa(b.o.Year), true)
	b.validate(sh, cell(2, r), func(dv *excelize.DataValidation) error {
		return dv.SetRange(2000, 2100, excelize.DataValidationTypeWhole, excelize.DataValidationOperatorBetween)
	}, "Tahun Laporan", "Isi tahun laporan, empat angka.")
	line("Periode Renstra", "inText", fmt.Sprintf("%d-%d", b.o.RenstraFrom, b.o.RenstraTo), false)
	line("Nama Kepala", "inText", "", false)
	line("Jabatan", "inText", "", false)
	line("Pangkat/Golongan", "inText", "", false)
	r = line("NIP", "inCode", "", false)
	b.validate(sh, cell(2, r), func(dv *excelize.DataValidation) error {
		return dv.SetRange(18, 21, excelize.DataValidationTypeTextLength, excelize.DataValidationOperatorBetween)
	}, "NIP", "NIP terdiri atas 18 angka (spasi boleh), diketik sebagai teks.")
	line("Tempat", "inText", "", false)
	r = line("Tanggal", "inDate", "", false)
	b.validate(sh, cell(2, r), func(dv *excelize.DataValidation) error {
		return dv.SetRange(fmt.Sprintf("DATE(%d,1,1)", b.o.Year+1), fmt.Sprintf("DATE(%d,3,31)", b.o.Year+1),
			excelize.DataValidationTypeDate, excelize.DataValidationOperatorBetween)
	}, "Tanggal", fmt.Sprintf("Tanggal penandatanganan: antara 1 Januari dan 31 Maret %d.", b.o.Year+1))
	r = line("Pagu Anggaran", "", "", false)
	b.formula(sh, 2, r, ref(b.lraRef("C")), "fAmount")
	line("Pagu Anggaran (terbilang)", "inText", "", false)
	r = line("Realisasi Anggaran", "", "", false)
	b.formula(sh, 2, r, ref(b.lraRef("D")), "fAmount")
	line("Realisasi Anggaran (terbilang)", "inText", "", false)
	r1 := line("Jumlah Program", "inCount", "", false)
	r2 := line("Jumlah Kegiatan", "inCount", "", false)
	b.validate(sh, fmt.Sprintf("B%d:B%d", r1, r2), whole, "Jumlah", "Isi bilangan bulat, 0 atau lebih.")
	b.widths(sh, "tw")
	b.freeze(sh, 3, 0)
	b.protect(sh)
}

func (b *book) iku() {
	const sh = SheetIKU
	b.titles(sh, fmt.Sprintf("INDIKATOR KINERJA UTAMA TAHUN %d", b.o.Year), 5)
	b.header(sh, []string{"No", "Sasaran Strategis", "Indikator Kinerja Utama", "Target", "Satuan"}, seq(5))
	for s := 0; s < b.o.Sasaran; s++ {
		for i := 0; i < b.o.Indikator; i++ {
			r := b.indRow(s, i)
			if i == 0 {
				b.num(sh, 1, r, strconv.Itoa(s+1), "locked")
				b.str(sh, 2, r, "", "inText")
			} else {
				b.str(sh, 1, r, "", "locked")
				b.str(sh, 2, r, "", "locked")
			}
			b.str(sh, 3, r, "", "inText")
			b.str(sh, 4, r, "", "inFig")
			b.str(sh, 5, r, "", "inText")
		}
	}
	b.widths(sh, "nwwss")
	b.freeze(sh, numberRow, 0)
	b.protect(sh)
}

func (b *book) pk() {
	const sh = SheetPK
	b.titles(sh, fmt.Sprintf("PERJANJIAN KINERJA TAHUN %d", b.o.Year), 7)
	b.header(sh, []string{"No", "Sasaran Strategis", "Indikator Kinerja", "Target", "Satuan", "Program/Kegiatan", "Anggaran (Rp)"}, seq(7))
	iku := func(c string, r int) string { return ref(quote(SheetIKU, fmt.Sprintf("%s%d", c, r))) }
	for s := 0; s < b.o.Sasaran; s++ {
		for i := 0; i < b.o.Indikator; i++ {
			r := b.indRow(s, i)
			if i == 0 {
				b.num(sh, 1, r, strconv.Itoa(s+1), "locked")
				b.formula(sh, 2, r, iku("B", r), "fText")
			} else {
				b.str(sh, 1, r, "", "locked")
				b.str(sh, 2, r, "", "locked")
			}
			b.formula(sh, 3, r, iku("C", r), "fText")
			b.formula(sh, 4, r, iku("D", r), "fFig")
			b.formula(sh, 5, r, iku("E", r), "fText")
			b.str(sh, 6, r, "", "inText")
			b.str(sh, 7, r, "", "inAmount")
		}
	}
	last := b.indLast()
	b.validate(sh, fmt.Sprintf("G%d:G%d", firstRow, last), amount, "Anggaran", "Isi angka rupiah, 0 atau lebih.")
	t := last + 1
	b.str(sh, 1, t, "", "totLabel")
	b.str(sh, 2, t, "Jumlah", "totLabel")
	for c := 3; c <= 6; c++ {
		b.str(sh, c, t, "", "totLabel")
	}
	b.formula(sh, 7, t, sum(fmt.Sprintf("G%d:G%d", firstRow, last)), "totAmount")
	b.widths(sh, "nttsswa")
	b.freeze(sh, numberRow, 0)
	b.protect(sh)
}

func (b *book) pengukuran() {
	const sh = SheetPengukuran
	y := b.o.Year
	b.titles(sh, fmt.Sprintf("PENGUKURAN KINERJA TAHUN %d", y), 13)
	b.header(sh, []string{"No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Polaritas",
		fmt.Sprintf("Target %d", y), fmt.Sprintf("Realisasi %d", y), fmt.Sprintf("%% Capaian %d", y),
		fmt.Sprintf("%% Capaian %d", y-1), fmt.Sprintf("%% Capaian %d", y-2),
		fmt.Sprintf("Target Akhir Renstra %d", b.o.RenstraTo), fmt.Sprintf("%% Capaian s/d %d", y), "Predikat"},
		[]string{"1", "2", "3", "4", "5", "6", "7", "8=7/6*100", "9", "10", "11", "12=7/11*100", "13"})
	iku := func(c string, r int) string { return ref(quote(SheetIKU, fmt.Sprintf("%s%d", c, r))) }
	for s := 0; s < b.o.Sasaran; s++ {
		for i := 0; i < b.o.Indikator; i++ {
			r := b.indRow(s, i)
			if i == 0 {
				b.num(sh, 1, r, strconv.Itoa(s+1), "locked")
				b.formula(sh, 2, r, iku("B", r), "fText")
			} else {
				b.str(sh, 1, r, "", "locked")
				b.str(sh, 2, r, "", "locked")
			}
			b.formula(sh, 3, r, iku("C", r), "fText")
			b.formula(sh, 4, r, iku("E", r), "fText")
			b.str(sh, 5, r, "", "inText")
			b.formula(sh, 6, r, iku("D", r), "fFig")
			b.str(sh, 7, r, "", "inFig")
			b.formula(sh, 8, r, capaian(fmt.Sprintf("E%d", r), fmt.Sprintf("F%d", r), fmt.Sprintf("G%d", r)), "fPctOpen")
			b.str(sh, 9, r, "", "inPct")
			b.str(sh, 10, r, "", "inPct")
			b.str(sh, 11, r, "", "inFig")
			b.formula(sh, 12, r, capaian(fmt.Sprintf("E%d", r), fmt.Sprintf("K%d", r), fmt.Sprintf("G%d", r)), "fPctOpen")
			b.formula(sh, 13, r, predikat(fmt.Sprintf("H%d", r)), "fText")
		}
	}
	last := b.indLast()
	b.validate(sh, fmt.Sprintf("E%d:E%d", firstRow, last), list("Positif", "Negatif", "Rentang"), "Polaritas",
		"Pilih Positif (makin tinggi makin baik), Negatif (makin rendah makin baik) atau Rentang.")
	b.validate(sh, fmt.Sprintf("G%d:G%d %s", firstRow, last, fmt.Sprintf("I%d:K%d", firstRow, last)), decimalAny, "Angka", "Isi angka.")
	b.widths(sh, "nttsspppppppp")
	b.freeze(sh, numberRow, 3)
	b.protect(sh)
}

func (b *book) anggaranSasaran() {
	const sh = SheetAnggaranS
	b.titles(sh, fmt.Sprintf("ANGGARAN PER SASARAN STRATEGIS TAHUN %d", b.o.Year), 7)
	b.header(sh, []string{"No", "Sasaran Strategis", "Pagu (Rp)", "Realisasi (Rp)", "% Serapan", "% Capaian Kinerja", "% Efisiensi"},
		[]string{"1", "2", "3", "4", "5=4/3*100", "6", "7=100-5"})
	b.at.asRow = nil
	for s := 0; s < b.o.Sasaran; s++ {
		r := firstRow + s
		b.at.asRow = append(b.at.asRow, r)
		b.num(sh, 1, r, strconv.Itoa(s+1), "locked")
		b.formula(sh, 2, r, ref(quote(SheetIKU, fmt.Sprintf("B%d", b.indRow(s, 0)))), "fText")
		b.formula(sh, 3, r, sum(quote(SheetPK, fmt.Sprintf("G%d:G%d", b.indRow(s, 0), b.indRow(s, b.o.Indikator-1)))), "fAmount")
		b.str(sh, 4, r, "", "inAmount")
		b.formula(sh, 5, r, pct(fmt.Sprintf("D%d", r), fmt.Sprintf("C%d", r)), "fPct")
		b.formula(sh, 6, r, avg(b.capaianRange(s)), "fPct")
		b.formula(sh, 7, r, efisiensi(fmt.Sprintf("E%d", r)), "fPct")
	}
	last := firstRow + b.o.Sasaran - 1
	b.validate(sh, fmt.Sprintf("D%d:D%d", firstRow, last), amount, "Realisasi", "Isi angka rupiah, 0 atau lebih.")
	t := last + 1
	b.str(sh, 1, t, "", "totLabel")
	b.str(sh, 2, t, "Jumlah", "totLabel")
	b.formula(sh, 3, t, sum(fmt.Sprintf("C%d:C%d", firstRow, last)), "totAmount")
	b.formula(sh, 4, t, sum(fmt.Sprintf("D%d:D%d", firstRow, last)), "totAmount")
	b.formula(sh, 5, t, pct(fmt.Sprintf("D%d", t), fmt.Sprintf("C%d", t)), "totPct")
	b.str(sh, 6, t, "", "totLabel")
	b.formula(sh, 7, t, efisiensi(fmt.Sprintf("E%d", t)), "totPct")
	b.widths(sh, "nwaappp")
	b.freeze(sh, numberRow, 2)
	b.protect(sh)
}

func (b *book) lra() {
	const sh = SheetLRA
	b.titles(sh, fmt.Sprintf("LAPORAN REALISASI ANGGARAN TAHUN %d", b.o.Year), 6)
	b.header(sh, []string{"Kode", "Uraian", "Anggaran", "Realisasi", "Selisih", "%"},
		[]string{"1", "2", "3", "4", "5=3-4", "6=4/3*100"})
	derived := func(r int, style, pstyle string) {
		b.formula(sh, 5, r, selisih(fmt.Sprintf("C%d", r), fmt.Sprintf("D%d", r)), style)
		b.formula(sh, 6, r, pct(fmt.Sprintf("D%d", r), fmt.Sprintf("C%d", r)), pstyle)
	}
	parent := func(r int, children []int) {
		for _, c := range []string{"C", "D"} {
			var refs []string
			for _, ch := range children {
				refs = append(refs, fmt.Sprintf("%s%d", c, ch))
			}
			col := 3
			if c == "D" {
				col = 4
			}
			b.formula(sh, col, r, sum(strings.Join(refs, ",")), "fAmount")
		}
		derived(r, "fAmount", "fPct")
	}
	var progRows, kegRows, subRows []string
	for p := range b.at.prog {
		for k := range b.at.keg[p] {
			for _, r := range b.at.sub[p][k] {
				b.str(sh, 1, r, "", "inCode")
				b.str(sh, 2, r, "", "inTextSub")
				b.str(sh, 3, r, "", "inAmount")
				b.str(sh, 4, r, "", "inAmount")
				derived(r, "fAmount", "fPct")
				subRows = append(subRows, fmt.Sprintf("A%d:B%d", r, r))
			}
			r := b.at.keg[p][k]
			b.str(sh, 1, r, "", "inCode")
			b.str(sh, 2, r, "", "inText")
			parent(r, b.at.sub[p][k])
			kegRows = append(kegRows, fmt.Sprintf("A%d:B%d", r, r))
		}
		r := b.at.prog[p]
		b.str(sh, 1, r, "", "inCodeProgram")
		b.str(sh, 2, r, "", "inTextProgram")
		parent(r, b.at.keg[p])
		progRows = append(progRows, fmt.Sprintf("A%d:B%d", r, r))
	}
	// Each row says what it is when its Kode or Uraian is selected: a program, a kegiatan of
	// it, a sub kegiatan of that (the amounts are typed on the sub kegiatan only).
	for _, lv := range []struct {
		rows       []string
		title, msg string
	}{
		{progRows, "Program", "Baris program: Kode (mis. 7.01.01) dan nama program. Anggaran dan Realisasi-nya dijumlahkan otomatis dari kegiatannya."},
		{kegRows, "Kegiatan", "Baris kegiatan dari program di atasnya: Kode (mis. 7.01.01.2.01) dan nama kegiatan. Angkanya dijumlahkan otomatis dari sub kegiatannya."},
		{subRows, "Sub kegiatan", "Baris sub kegiatan dari kegiatan di atasnya: Kode (mis. 7.01.01.2.01.0001), nama, lalu Anggaran dan Realisasi-nya."},
	} {
		dv := excelize.NewDataValidation(true)
		dv.SetSqref(strings.Join(lv.rows, " "))
		dv.SetInput(lv.title, lv.msg)
		b.check(b.f.AddDataValidation(sh, dv))
	}
	var subCells []string
	for p := range b.at.sub {
		for k := range b.at.sub[p] {
			s := b.at.sub[p][k]
			subCells = append(subCells, fmt.Sprintf("C%d:D%d", s[0], s[len(s)-1]))
		}
	}
	b.validate(sh, strings.Join(subCells, " "), amount, "Anggaran/Realisasi", "Isi angka rupiah, 0 atau lebih.")
	t := b.at.lraTotal
	b.str(sh, 1, t, "", "totLabel")
	b.str(sh, 2, t, "Jumlah", "totLabel")
	var progC, progD []string
	for _, r := range b.at.prog {
		progC = append(progC, fmt.Sprintf("C%d", r))
		progD = append(progD, fmt.Sprintf("D%d", r))
	}
	b.formula(sh, 3, t, sum(strings.Join(progC, ",")), "totAmount")
	b.formula(sh, 4, t, sum(strings.Join(progD, ",")), "totAmount")
	derived(t, "totAmount", "totPct")
	b.widths(sh, "cwaaap")
	b.freeze(sh, numberRow, 2)
	b.protect(sh)
}

func (b *book) ringkasan() {
	const sh = SheetRingkasan
	b.titles(sh, fmt.Sprintf("RINGKASAN CAPAIAN KINERJA TAHUN %d", b.o.Year), 2)
	row := 4
	line := func(label, f, style string) int {
		b.str(sh, 1, row, label, "label")
		if f != "" {
			b.formula(sh, 2, row, f, style)
		} else {
			b.str(sh, 2, row, "", style)
		}
		b.at.ringkasan[label] = cell(2, row)
		row++
		return row - 1
	}
	first := row
	for s := 0; s < b.o.Sasaran; s++ {
		line(fmt.Sprintf("Capaian Sasaran %d", s+1), avg(b.capaianRange(s)), "fPct")
	}
	r := line("Rata-rata Capaian", avg(fmt.Sprintf("B%d:B%d", first, row-1)), "fPct")
	line("Predikat", predikat(fmt.Sprintf("B%d", r)), "fText")
	line("Pagu Anggaran", ref(b.lraRef("C")), "fAmount")
	line("Pagu Anggaran (terbilang)", "", "inText")
	line("Realisasi Anggaran", ref(b.lraRef("D")), "fAmount")
	line("Realisasi Anggaran (terbilang)", "", "inText")
	line("% Serapan Anggaran", ref(b.lraRef("F")), "fPct")
	b.widths(sh, "tw")
	b.freeze(sh, 3, 0)
	b.protect(sh)
}

func (b *book) pegawai() {
	const sh = SheetPegawai
	b.titles(sh, fmt.Sprintf("SUSUNAN KEPEGAWAIAN TAHUN %d", b.o.Year), 14)
	groups := []struct {
		group string
		subs  []string
	}{{"", []string{"No"}}, {"", []string{"Unit Kerja"}}, {"Jenis Kelamin", []string{"Laki-laki", "Perempuan"}},
		{"Pendidikan", []string{"S2", "S1", "D3", "SLTA", "SLTP"}}, {"Pangkat/Golongan", []string{"IV", "III", "II", "I"}},
		{"", []string{"Kontrak/THL"}}}
	col := 1
	for _, g := range groups {
		if g.group == "" {
			b.str(sh, col, headerRow, g.subs[0], "header")
			b.str(sh, col, headerRow+1, "", "header")
			b.check(b.f.MergeCell(sh, cell(col, headerRow), cell(col, headerRow+1)))
			col++
			continue
		}
		for i, s := range g.subs {
			b.str(sh, col+i, headerRow, "", "header")
			b.str(sh, col+i, headerRow+1, s, "header")
		}
		b.str(sh, col, headerRow, g.group, "header")
		b.check(b.f.MergeCell(sh, cell(col, headerRow), cell(col+len(g.subs)-1, headerRow)))
		col += len(g.subs)
	}
	last := col - 1 // 14
	b.at.pegawai = nil
	for i := 0; i < b.o.Pegawai; i++ {
		r := headerRow + 2 + i
		b.at.pegawai = append(b.at.pegawai, r)
		b.str(sh, 1, r, "", "inCount")
		b.str(sh, 2, r, "", "inText")
		for c := 3; c <= last; c++ {
			b.str(sh, c, r, "", "inCount")
		}
	}
	first, end := headerRow+2, headerRow+1+b.o.Pegawai
	b.validate(sh, fmt.Sprintf("A%d:A%d C%d:%s%d", first, end, first, colName(last), end), whole, "Jumlah pegawai", "Isi bilangan bulat, 0 atau lebih.")
	t := end + 1
	b.str(sh, 1, t, "Jumlah", "totLabel")
	b.str(sh, 2, t, "", "totLabel")
	for c := 3; c <= last; c++ {
		b.formula(sh, c, t, sum(fmt.Sprintf("%[1]s%[2]d:%[1]s%[3]d", colName(c), first, end)), "totCount")
	}
	b.widths(sh, "nt"+strings.Repeat("p", last-2))
	b.freeze(sh, headerRow+1, 2)
	b.protect(sh)
}

func (b *book) inventaris() {
	const sh = SheetInventaris
	b.titles(sh, "DAFTAR INVENTARIS SARANA DAN PRASARANA", 4)
	b.header(sh, []string{"No", "Nama Barang", "Jumlah", "Kondisi"}, seq(4))
	b.at.inventaris = nil
	for i := 0; i < b.o.Inventaris; i++ {
		r := firstRow + i
		b.at.inventaris = append(b.at.inventaris, r)
		b.str(sh, 1, r, "", "inCount")
		b.str(sh, 2, r, "", "inText")
		b.str(sh, 3, r, "", "inCount")
		b.str(sh, 4, r, "", "inText")
	}
	end := firstRow + b.o.Inventaris - 1
	b.validate(sh, fmt.Sprintf("A%d:A%d C%d:C%d", firstRow, end, firstRow, end), whole, "Jumlah", "Isi bilangan bulat, 0 atau lebih.")
	b.validate(sh, fmt.Sprintf("D%d:D%d", firstRow, end), list("Baik", "Rusak Ringan", "Rusak Berat"), "Kondisi", "Pilih Baik, Rusak Ringan atau Rusak Berat.")
	b.widths(sh, "ntps")
	b.freeze(sh, numberRow, 0)
	b.protect(sh)
}

// skala writes the default scale of the contract (rows 5 to 8, highest first); the
// Predikat formulas of Pengukuran and Ringkasan read it, so a unit may change it.
func (b *book) skala() {
	const sh = SheetSkala
	b.str(sh, 1, 1, "SKALA NILAI PERINGKAT KINERJA", "title")
	b.str(sh, 1, 2, "Nilai masuk ke baris yang Batas Bawah-nya dicapai dan Batas Atas-nya belum dicapai; baris teratas juga menerima nilai di atasnya.", "")
	for i, l := range []string{"Batas Bawah", "Batas Atas", "Predikat"} {
		b.str(sh, i+1, 4, l, "header")
	}
	for i, row := range [][3]string{{"90", "100", "Amat Baik"}, {"80", "90", "Baik"}, {"50", "80", "Cukup Baik"}, {"0", "50", "Kurang"}} {
		r := 5 + i
		b.num(sh, 1, r, row[0], "inFig")
		b.num(sh, 2, r, row[1], "inFig")
		b.str(sh, 3, r, row[2], "inText")
	}
	b.validate(sh, "A5:B8", decimalAny, "Batas", "Isi angka.")
	b.validate(sh, "C5:C8", list("Amat Baik", "Baik", "Cukup Baik", "Kurang", "Sangat Baik", "Sangat Kurang"), "Predikat", "Pilih predikat dari daftar.")
	b.widths(sh, "sss")
	b.freeze(sh, 4, 0)
	b.protect(sh)
}
