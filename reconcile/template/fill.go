package template

import (
	"fmt"
	"regexp"
	"strconv"
	"time"
)

// Data holds the figures a submitter types into the input cells; WriteFilled puts them
// there. Numbers are plain decimal text ("87.55", "2145678000"), written exactly; a target
// that is not a plain number ("60 – 70") is written as text.
type Data struct {
	NamaKepala, Jabatan, Pangkat, NIP, Tempat string
	Tanggal                                   time.Time // zero: left empty
	JumlahProgram, JumlahKegiatan             int
	PaguTerbilang, RealisasiTerbilang         string // written on Identitas and Ringkasan

	Sasaran    []Sasaran
	Program    []Program
	Pegawai    []Pegawai
	Inventaris []Barang
}

// Sasaran is one sasaran strategis with its indicators; ProgramKegiatan and Anggaran go to
// the PK row of its first indicator, Realisasi to Anggaran Sasaran.
type Sasaran struct {
	Nama, ProgramKegiatan, Anggaran, Realisasi string
	Indikator                                  []Indikator
}

// Indikator is one indicator: IKU (Nama, Target, Satuan) and Pengukuran inputs.
type Indikator struct {
	Nama, Satuan, Polaritas, Target, Realisasi string
	CapaianT1, CapaianT2, TargetAkhir          string
}

// Program, Kegiatan and Sub are the Realisasi Anggaran rows; only sub kegiatan carry amounts.
type Program struct {
	Kode, Uraian string
	Kegiatan     []Kegiatan
}

type Kegiatan struct {
	Kode, Uraian string
	Sub          []Sub
}

type Sub struct{ Kode, Uraian, Anggaran, Realisasi string }

// Pegawai is one row of the Pegawai table; Counts follow the columns Laki-laki, Perempuan,
// S2, S1, D3, SLTA, SLTP, IV, III, II, I, Kontrak/THL ("" for none).
type Pegawai struct {
	No     int
	Unit   string
	Counts [12]string
}

// Barang is one row of Inventaris.
type Barang struct {
	No      int
	Nama    string
	Jumlah  int
	Kondisi string
}

var plainNumber = regexp.MustCompile(`^-?[0-9]+(\.[0-9]+)?$`)

// put writes s into an input cell, as a number when it is one, keeping the cell's style.
func (b *book) put(sheet string, col, row int, s string) {
	if s == "" {
		return
	}
	ref := cell(col, row)
	if plainNumber.MatchString(s) {
		b.check(b.f.SetCellDefault(sheet, ref, s))
	} else {
		b.check(b.f.SetCellStr(sheet, ref, s))
	}
}

func (b *book) putAt(sheet, ref, s string) {
	col, row, err := cellCoords(ref)
	b.check(err)
	b.put(sheet, col, row, s)
}

func (b *book) fill(d *Data) error {
	o := b.o
	if len(d.Sasaran) > o.Sasaran || len(d.Program) > o.Program || len(d.Pegawai) > o.Pegawai || len(d.Inventaris) > o.Inventaris {
		return fmt.Errorf("template: more rows than the template has")
	}
	id := func(label, v string) { b.check(b.f.SetCellStr(SheetIdentitas, b.at.identitas[label], v)) }
	for label, v := range map[string]string{"Nama Kepala": d.NamaKepala, "Jabatan": d.Jabatan, "Pangkat/Golongan": d.Pangkat,
		"NIP": d.NIP, "Tempat": d.Tempat, "Pagu Anggaran (terbilang)": d.PaguTerbilang, "Realisasi Anggaran (terbilang)": d.RealisasiTerbilang} {
		if v != "" {
			id(label, v)
		}
	}
	for label, v := range map[string]string{"Pagu Anggaran (terbilang)": d.PaguTerbilang, "Realisasi Anggaran (terbilang)": d.RealisasiTerbilang} {
		if v != "" {
			b.check(b.f.SetCellStr(SheetRingkasan, b.at.ringkasan[label], v))
		}
	}
	if !d.Tanggal.IsZero() {
		b.check(b.f.SetCellValue(SheetIdentitas, b.at.identitas["Tanggal"], d.Tanggal))
		ref := b.at.identitas["Tanggal"]
		b.check(b.f.SetCellStyle(SheetIdentitas, ref, ref, b.st["inDate"]))
	}
	if d.JumlahProgram > 0 {
		b.putAt(SheetIdentitas, b.at.identitas["Jumlah Program"], strconv.Itoa(d.JumlahProgram))
	}
	if d.JumlahKegiatan > 0 {
		b.putAt(SheetIdentitas, b.at.identitas["Jumlah Kegiatan"], strconv.Itoa(d.JumlahKegiatan))
	}
	for s, sas := range d.Sasaran {
		if len(sas.Indikator) > o.Indikator {
			return fmt.Errorf("template: sasaran %d has more indicators than the template", s+1)
		}
		first := b.indRow(s, 0)
		b.put(SheetIKU, 2, first, sas.Nama)
		b.put(SheetPK, 6, first, sas.ProgramKegiatan)
		b.put(SheetPK, 7, first, sas.Anggaran)
		b.put(SheetAnggaranS, 4, b.at.asRow[s], sas.Realisasi)
		for i, in := range sas.Indikator {
			r := b.indRow(s, i)
			b.put(SheetIKU, 3, r, in.Nama)
			b.put(SheetIKU, 4, r, in.Target)
			b.put(SheetIKU, 5, r, in.Satuan)
			b.put(SheetPengukuran, 5, r, in.Polaritas)
			b.put(SheetPengukuran, 7, r, in.Realisasi)
			b.put(SheetPengukuran, 9, r, in.CapaianT1)
			b.put(SheetPengukuran, 10, r, in.CapaianT2)
			b.put(SheetPengukuran, 11, r, in.TargetAkhir)
		}
	}
	for p, pr := range d.Program {
		if len(pr.Kegiatan) > o.Kegiatan {
			return fmt.Errorf("template: program %d has more kegiatan than the template", p+1)
		}
		b.put(SheetLRA, 1, b.at.prog[p], pr.Kode)
		b.put(SheetLRA, 2, b.at.prog[p], pr.Uraian)
		for k, kg := range pr.Kegiatan {
			if len(kg.Sub) > o.Sub {
				return fmt.Errorf("template: kegiatan %s has more sub kegiatan than the template", kg.Kode)
			}
			b.check(b.f.SetCellStr(SheetLRA, cell(1, b.at.keg[p][k]), kg.Kode))
			b.put(SheetLRA, 2, b.at.keg[p][k], kg.Uraian)
			for s, sb := range kg.Sub {
				r := b.at.sub[p][k][s]
				b.check(b.f.SetCellStr(SheetLRA, cell(1, r), sb.Kode))
				b.put(SheetLRA, 2, r, sb.Uraian)
				b.put(SheetLRA, 3, r, sb.Anggaran)
				b.put(SheetLRA, 4, r, sb.Realisasi)
			}
		}
		b.check(b.f.SetCellStr(SheetLRA, cell(1, b.at.prog[p]), pr.Kode))
	}
	for i, pg := range d.Pegawai {
		r := b.at.pegawai[i]
		b.put(SheetPegawai, 1, r, strconv.Itoa(pg.No))
		b.put(SheetPegawai, 2, r, pg.Unit)
		for c, v := range pg.Counts {
			b.put(SheetPegawai, 3+c, r, v)
		}
	}
	for i, it := range d.Inventaris {
		r := b.at.inventaris[i]
		b.put(SheetInventaris, 1, r, strconv.Itoa(it.No))
		b.put(SheetInventaris, 2, r, it.Nama)
		b.put(SheetInventaris, 3, r, strconv.Itoa(it.Jumlah))
		b.put(SheetInventaris, 4, r, it.Kondisi)
	}
	return b.err
}
