// Package corpus generates synthetic standard LKjIP workbooks for the benchmark and the recall
// test: Unit builds a clean, fully consistent workbook for a named unit with seeded random
// figures; Inject breaks it with a chosen set of fault kinds, the way a typist does, and
// says what a careful auditor marks (the truth); Generate writes many of them with a
// ground-truth file beside each; Compare scores lkjip's findings against a truth.
//
// Figures are decimals throughout: amounts are random whole rupiah drawn as integers,
// percentages are exact quotients rounded half up at the decimals they show, and no value
// passes through float64. Workbooks are written in the plain layout (build.Layout{}), and
// every cell a Fault names is a cell of that layout.
package corpus

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"github.com/shopspring/decimal"

	"lkjip/reconcile/terbilang"
	"lkjip/samples/build"
)

// Salts keep the random streams of a seed apart: the unit's figures, the faults injected
// into it, and a corpus's choices.
const (
	saltUnit   = 0x756e6974 // "unit"
	saltFault  = 0x666c7473 // "flts"
	saltCorpus = 0x63727073 // "crps"
)

func newRand(seed int64, salt uint64) *rand.Rand {
	return rand.New(rand.NewPCG(uint64(seed), salt))
}

// between draws a whole number from lo to hi inclusive.
func between(rng *rand.Rand, lo, hi int64) int64 {
	if hi <= lo {
		return lo
	}
	return lo + rng.Int64N(hi-lo+1)
}

// lraRow is one row of the budget table: a program, a kegiatan or a sub kegiatan.
type lraRow struct {
	kode, uraian string
	a, r         decimal.Decimal
	children     []*lraRow
}

func (n *lraRow) cells() []build.Cell {
	return []build.Cell{build.T(n.kode), build.T(n.uraian), amount(n.a), amount(n.r),
		amount(n.a.Sub(n.r)), pct(percent(n.r, n.a))}
}

// indicator is one row of Pengukuran.
type indicator struct {
	sasaran              int
	spec                 indikatorSpec
	target, akhir        build.Cell      // a figure, or for Rentang a range such as "70 – 80"
	lo, hi, lo2, hi2     decimal.Decimal // the Rentang ranges of the target and the Renstra target
	t, realisasi, tAkhir decimal.Decimal
	capaian, sd, c1, c2  decimal.Decimal // % Capaian T, s/d T, T-1, T-2
}

// Unit returns a clean workbook for a kecamatan (name, e.g. "Lasem" or "Kecamatan Lasem") of a
// kabupaten (e.g. "Rembang") and a report year, like build.Clean() but with figures drawn
// from seed: 2 to 5 programs with their kegiatan and sub kegiatan (Kode 7.01.0N, 7.01.0N.2.0K,
// 7.01.0N.2.0K.000S), 2 to 4 sasaran with 1 to 3 indicators each (Positif, Negatif and
// Rentang targets), and every sheet of the contract. Every derived figure is exact, so
// lkjip finds nothing in it. The same arguments give the same workbook.
func Unit(seed int64, name, kabupaten string, year int) *build.Workbook {
	rng := newRand(seed, saltUnit)
	unit := name
	if !strings.HasPrefix(unit, "Kecamatan ") {
		unit = "Kecamatan " + name
	}
	kecamatan := strings.TrimPrefix(unit, "Kecamatan ")
	kab := strings.TrimPrefix(strings.TrimPrefix(kabupaten, "Kabupaten "), "Kota ")
	kabFull := kabupaten
	if !strings.HasPrefix(kabFull, "Kabupaten ") && !strings.HasPrefix(kabFull, "Kota ") {
		kabFull = "Kabupaten " + kabupaten
	}
	tahun := fmt.Sprint(year)

	// --- Realisasi Anggaran -------------------------------------------------
	progs := pick(rng, len(programSpecs), 2+rng.IntN(4))
	var programs []*lraRow
	var kegiatan []*lraRow // in table order
	var kegProgram []int   // the program of each kegiatan
	for pi, p := range progs {
		ps := programSpecs[p]
		prog := &lraRow{kode: ps.kode, uraian: ps.uraian}
		for _, k := range pick(rng, len(ps.kegiatan), 1+rng.IntN(min(3, len(ps.kegiatan)))) {
			ks := ps.kegiatan[k]
			keg := &lraRow{kode: fmt.Sprintf("%s.2.%02d", ps.kode, k+1), uraian: ks.uraian}
			for _, s := range pick(rng, len(ks.subs), 1+rng.IntN(min(3, len(ks.subs)))) {
				var a int64
				if strings.Contains(ks.subs[s], "Gaji") {
					a = between(rng, 1_200_000, 3_600_000) * 1000
				} else {
					a = between(rng, 500, 30_000) * 10_000
				}
				// Realisasi below Anggaran (a Selisih of at least 1 rupiah), at least 85 %.
				r := a - between(rng, 1, a*15/100)
				keg.children = append(keg.children, &lraRow{
					kode: fmt.Sprintf("%s.%04d", keg.kode, s+1), uraian: ks.subs[s],
					a: decimal.NewFromInt(a), r: decimal.NewFromInt(r)})
			}
			for _, s := range keg.children {
				keg.a, keg.r = keg.a.Add(s.a), keg.r.Add(s.r)
			}
			prog.children = append(prog.children, keg)
			kegiatan = append(kegiatan, keg)
			kegProgram = append(kegProgram, pi)
		}
		for _, k := range prog.children {
			prog.a, prog.r = prog.a.Add(k.a), prog.r.Add(k.r)
		}
		programs = append(programs, prog)
	}
	var totalA, totalR decimal.Decimal
	var lra [][]build.Cell
	for _, p := range programs {
		totalA, totalR = totalA.Add(p.a), totalR.Add(p.r)
		lra = append(lra, p.cells())
		for _, k := range p.children {
			lra = append(lra, k.cells())
			for _, s := range k.children {
				lra = append(lra, s.cells())
			}
		}
	}
	lraTotal := (&lraRow{uraian: "Jumlah", a: totalA, r: totalR}).cells()
	lraTotal[0] = build.Cell{}
	serapan := percent(totalR, totalA)

	// --- Sasaran and their budgets: the kegiatan in table order, cut into one run per sasaran.
	nSasaran := min(2+rng.IntN(3), len(kegiatan))
	sasaran := make([]string, nSasaran)
	for i, s := range pick(rng, len(sasaranPool), nSasaran) {
		sasaran[i] = sasaranPool[s]
	}
	cuts := pick(rng, len(kegiatan)-1, nSasaran-1) // cut after kegiatan c (0-based) + 1
	bounds := []int{0}
	for _, c := range cuts {
		bounds = append(bounds, c+1)
	}
	bounds = append(bounds, len(kegiatan))
	type budget struct {
		label string
		a, r  decimal.Decimal
	}
	budgets := make([]budget, nSasaran)
	for s := range nSasaran {
		var lines []string
		last, n := -1, 0
		for k := bounds[s]; k < bounds[s+1]; k++ {
			if kegProgram[k] != last {
				last, n = kegProgram[k], 0
				lines = append(lines, programs[last].uraian)
			}
			n++
			lines = append(lines, fmt.Sprintf("%d. %s", n, kegiatan[k].uraian))
			budgets[s].a = budgets[s].a.Add(kegiatan[k].a)
			budgets[s].r = budgets[s].r.Add(kegiatan[k].r)
		}
		budgets[s].label = strings.Join(lines, "\n")
	}

	// --- Pengukuran -----------------------------------------------------------
	renstraFrom := year - rng.IntN(5)
	renstraTo := renstraFrom + 5
	var inds []*indicator
	counts := make([]int, nSasaran)
	for s := range nSasaran {
		counts[s] = 1 + rng.IntN(3)
		for range counts[s] {
			inds = append(inds, &indicator{sasaran: s})
		}
	}
	polar := make([]string, len(inds))
	for i := range polar {
		switch n := rng.IntN(10); {
		case n < 6:
			polar[i] = "Positif"
		case n < 8:
			polar[i] = "Negatif"
		default:
			polar[i] = "Rentang"
		}
	}
	if len(polar) >= 3 { // every polarity in a workbook with three indicators or more
		a, b := pick2(rng, len(polar))
		polar[a], polar[b] = "Negatif", "Rentang"
	}
	used := map[int]bool{}
	for i, in := range inds {
		in.spec = drawIndicator(rng, polar[i], used)
		measure(rng, in)
	}
	sums := make([]decimal.Decimal, nSasaran)
	for _, in := range inds {
		sums[in.sasaran] = sums[in.sasaran].Add(in.capaian)
	}
	capSasaran, rataRata := capaianSummary(sums, counts)

	var pengukuran, iku, pk [][]build.Cell
	for i, in := range inds {
		no, sas, prog, amt := build.Cell{}, build.Cell{}, build.Cell{}, build.Cell{}
		if i == 0 || inds[i-1].sasaran != in.sasaran {
			no, sas = build.N(fmt.Sprint(in.sasaran+1)), build.T(sasaran[in.sasaran])
			prog, amt = build.T(budgets[in.sasaran].label), amount(budgets[in.sasaran].a)
		}
		pengukuran = append(pengukuran, []build.Cell{no, sas, build.T(in.spec.nama), build.T(in.spec.satuan),
			build.T(in.spec.polar), in.target, build.N(short(in.realisasi)), pct(in.capaian), pct(in.c1), pct(in.c2),
			in.akhir, pct(in.sd), build.T(predikat(in.capaian))})
		iku = append(iku, []build.Cell{no, sas, build.T(in.spec.nama), in.target, build.T(in.spec.satuan)})
		pk = append(pk, []build.Cell{no, sas, build.T(in.spec.nama), in.target, build.T(in.spec.satuan), prog, amt})
	}

	// --- Anggaran Sasaran ---------------------------------------------------
	var anggaranSasaran [][]build.Cell
	for s, b := range budgets {
		anggaranSasaran = append(anggaranSasaran, []build.Cell{build.N(fmt.Sprint(s + 1)), build.T(sasaran[s]),
			amount(b.a), amount(b.r), pct(percent(b.r, b.a)), pct(capSasaran[s]), pct(efisiensi(b.a, b.r))})
	}

	// --- Identitas and Ringkasan ---------------------------------------------
	spell := func(d decimal.Decimal) build.Cell { return build.T(spellRupiah(d)) }
	ringkasan := []build.Pair{}
	for s := range sasaran {
		ringkasan = append(ringkasan, build.Pair{Label: fmt.Sprintf("Capaian Sasaran %d", s+1), Value: pct(capSasaran[s])})
	}
	ringkasan = append(ringkasan,
		build.Pair{Label: "Rata-rata Capaian", Value: pct(rataRata)},
		build.Pair{Label: "Predikat", Value: build.T(predikat(rataRata))},
		build.Pair{Label: "Pagu Anggaran", Value: amount(totalA)},
		build.Pair{Label: "Pagu Anggaran (terbilang)", Value: spell(totalA)},
		build.Pair{Label: "Realisasi Anggaran", Value: amount(totalR)},
		build.Pair{Label: "Realisasi Anggaran (terbilang)", Value: spell(totalR)},
		build.Pair{Label: "% Serapan Anggaran", Value: pct(serapan)},
	)
	newYear := time.Date(year+1, time.January, 1, 0, 0, 0, 0, time.UTC)
	window := int(time.Date(year+1, time.April, 1, 0, 0, 0, 0, time.UTC).Sub(newYear).Hours() / 24)
	signed := newYear.AddDate(0, 0, rng.IntN(window))
	kepala := fmt.Sprintf("%s %s, %s", firstNames[rng.IntN(len(firstNames))], lastNames[rng.IntN(len(lastNames))],
		titles[rng.IntN(len(titles))])

	titles := func(first string) []string { return []string{first, unit + ", " + kabFull, ""} }
	col := func(label string) build.Column { return build.Column{Label: label} }
	key := func(label string) build.Column { return build.Column{Label: label, Key: true} }
	return &build.Workbook{Name: unit + " " + tahun, Sheets: []build.Sheet{
		{Kind: build.Identitas, Titles: titles("IDENTITAS LAPORAN KINERJA TAHUN " + tahun),
			Pairs: []build.Pair{
				{Label: "Nama Instansi", Value: build.T(unit)},
				{Label: "Kabupaten/Kota", Value: build.T(kabFull)},
				{Label: "Provinsi", Value: build.T(provinsiOf(kab))},
				{Label: "Tahun Laporan", Value: build.N(tahun)},
				{Label: "Periode Renstra", Value: build.T(fmt.Sprintf("%d-%d", renstraFrom, renstraTo))},
				{Label: "Nama Kepala", Value: build.T(kepala)},
				{Label: "Jabatan", Value: build.T("Camat " + kecamatan)},
				{Label: "Pangkat/Golongan", Value: build.T(pangkat[rng.IntN(len(pangkat))])},
				{Label: "NIP", Value: build.T(drawNIP(rng, year))},
				{Label: "Tempat", Value: build.T(kecamatan)},
				{Label: "Tanggal", Value: build.D(signed)},
				{Label: "Pagu Anggaran", Value: amount(totalA)},
				{Label: "Pagu Anggaran (terbilang)", Value: spell(totalA)},
				{Label: "Realisasi Anggaran", Value: amount(totalR)},
				{Label: "Realisasi Anggaran (terbilang)", Value: spell(totalR)},
				{Label: "Jumlah Program", Value: build.N(fmt.Sprint(len(programs)))},
				{Label: "Jumlah Kegiatan", Value: build.N(fmt.Sprint(len(kegiatan)))},
			}},
		{Kind: build.IKU, Titles: titles("INDIKATOR KINERJA UTAMA TAHUN " + tahun),
			Tables: []build.Table{{
				Columns: []build.Column{key("No"), key("Sasaran Strategis"), key("Indikator Kinerja Utama"), col("Target"), col("Satuan")},
				Numbers: []build.Cell{build.N("1"), build.N("2"), build.N("3"), build.N("4"), build.N("5")},
				Rows:    iku,
			}}},
		{Kind: build.PK, Titles: titles("PERJANJIAN KINERJA TAHUN " + tahun),
			Tables: []build.Table{{
				Columns: []build.Column{key("No"), key("Sasaran Strategis"), key("Indikator Kinerja"), col("Target"), col("Satuan"),
					col("Program/Kegiatan"), col("Anggaran (Rp)")},
				Numbers: []build.Cell{build.N("1"), build.N("2"), build.N("3"), build.N("4"), build.N("5"), build.N("6"), build.N("7")},
				Rows:    pk,
				Total:   []build.Cell{{}, build.T("Jumlah"), {}, {}, {}, {}, amount(totalA)},
			}}},
		{Kind: build.Pengukuran, Titles: titles("PENGUKURAN KINERJA TAHUN " + tahun),
			Tables: []build.Table{{
				// Negatif and Rentang rows follow their polarity; the column numbers declare
				// the Positif formulas, the standard ones.
				Columns: []build.Column{key("No"), key("Sasaran Strategis"), key("Indikator Kinerja"), col("Satuan"), col("Polaritas"),
					col("Target " + tahun), col("Realisasi " + tahun), col("% Capaian " + tahun), col(fmt.Sprintf("%% Capaian %d", year-1)),
					col(fmt.Sprintf("%% Capaian %d", year-2)), col(fmt.Sprintf("Target Akhir Renstra %d", renstraTo)),
					col("% Capaian s/d " + tahun), col("Predikat")},
				Numbers: []build.Cell{build.N("1"), build.N("2"), build.N("3"), build.N("4"), build.N("5"), build.N("6"), build.N("7"),
					build.T("8=7/6*100"), build.N("9"), build.N("10"), build.N("11"), build.T("12=7/11*100"), build.N("13")},
				Rows: pengukuran,
			}}},
		{Kind: build.AnggaranSasaran, Titles: titles("ANGGARAN PER SASARAN STRATEGIS TAHUN " + tahun),
			Tables: []build.Table{{
				Columns: []build.Column{key("No"), key("Sasaran Strategis"), col("Pagu (Rp)"), col("Realisasi (Rp)"), col("% Serapan"),
					col("% Capaian Kinerja"), col("% Efisiensi")},
				Rows: anggaranSasaran,
				Total: []build.Cell{{}, build.T("Jumlah"), amount(totalA), amount(totalR), pct(serapan), {},
					pct(efisiensi(totalA, totalR))},
			}}},
		{Kind: build.RealisasiAnggaran, Titles: titles("LAPORAN REALISASI ANGGARAN TAHUN " + tahun),
			Tables: []build.Table{{
				Columns: []build.Column{key("Kode"), key("Uraian"), col("Anggaran"), col("Realisasi"), col("Selisih"), col("%")},
				Rows:    lra,
				Total:   lraTotal,
			}}},
		{Kind: build.Ringkasan, Titles: titles("RINGKASAN CAPAIAN KINERJA TAHUN " + tahun), Pairs: ringkasan},
		{Kind: build.Pegawai, Titles: []string{"Tabel 1", "Jabatan Struktural " + unit, ""}, Tables: pegawai(rng, unit, tahun)},
		{Kind: build.Inventaris, Titles: titles("DAFTAR INVENTARIS SARANA DAN PRASARANA"), Tables: []build.Table{inventaris(rng)}},
		{Kind: build.Skala, Titles: []string{"SKALA NILAI PERINGKAT KINERJA", ""},
			Tables: []build.Table{{
				Columns: []build.Column{col("Batas Bawah"), col("Batas Atas"), key("Predikat")},
				Rows: [][]build.Cell{
					{build.N("90"), build.N("100"), build.T("Amat Baik")},
					{build.N("80"), build.N("90"), build.T("Baik")},
					{build.N("50"), build.N("80"), build.T("Cukup Baik")},
					{build.N("0"), build.N("50"), build.T("Kurang")},
				},
			}}},
	}}
}

// pick returns k distinct indices below n, in increasing order.
func pick(rng *rand.Rand, n, k int) []int {
	out := rng.Perm(n)[:k]
	slices.Sort(out)
	return out
}

// pick2 returns two distinct indices below n.
func pick2(rng *rand.Rand, n int) (int, int) {
	p := rng.Perm(n)
	return p[0], p[1]
}

// drawIndicator draws an unused indicator of a polarity, or of any polarity once those of
// the one asked for are used up.
func drawIndicator(rng *rand.Rand, polar string, used map[int]bool) indikatorSpec {
	var free, any []int
	for i, s := range indikatorPool {
		if used[i] {
			continue
		}
		any = append(any, i)
		if s.polar == polar {
			free = append(free, i)
		}
	}
	if len(free) == 0 {
		free = any
	}
	i := free[rng.IntN(len(free))]
	used[i] = true
	return indikatorPool[i]
}

// measure draws an indicator's target, realisation, Renstra target and earlier capaian, and
// computes its capaian.
func measure(rng *rand.Rand, in *indicator) {
	s := in.spec
	switch {
	case s.polar == "Rentang":
		lo := between(rng, 60, 85)
		hi := lo + between(rng, 5, 15)
		lo2 := lo + between(rng, 0, 5)
		hi2 := min(hi+between(rng, 0, 5), 100)
		if lo2 >= hi2 {
			lo2 = hi2 - 1
		}
		in.lo, in.hi, in.lo2, in.hi2 = decimal.NewFromInt(lo), decimal.NewFromInt(hi), decimal.NewFromInt(lo2), decimal.NewFromInt(hi2)
		in.target = build.T(fmt.Sprintf("%d – %d", lo, hi))
		in.akhir = build.T(fmt.Sprintf("%d – %d", lo2, hi2))
		in.realisasi = hundredths(between(rng, (lo-10)*100, min(hi+5, 100)*100))
	// A Negatif Renstra target stays at 65 % of the target or above, so that 2 x target -
	// realisation (at most 130 % of the target) is never negative.
	case s.polar == "Negatif" && s.count:
		t := between(rng, 3, 20)
		in.t, in.tAkhir = decimal.NewFromInt(t), decimal.NewFromInt(t-between(rng, 0, min(3, t*35/100)))
		in.realisasi = decimal.NewFromInt(between(rng, t*6/10, t*14/10))
	case s.polar == "Negatif":
		t := between(rng, 15, 70) // tenths of a day
		in.t, in.tAkhir = decimal.New(t, -1), decimal.New(t-between(rng, 0, min(10, t*35/100)), -1)
		in.realisasi = hundredths(between(rng, t*7, t*13))
	case s.satuan == "%":
		t := between(rng, 70, 100)
		in.t, in.tAkhir = decimal.NewFromInt(t), decimal.NewFromInt(t+between(rng, 0, min(10, 100-t)))
		in.realisasi = hundredths(between(rng, t*75, min(t*110, 10_000)))
	default: // an index, such as the IKM
		t := between(rng, 70, 90)
		in.t, in.tAkhir = decimal.NewFromInt(t), decimal.NewFromInt(t+between(rng, 0, 8))
		in.realisasi = hundredths(between(rng, t*85, min(t*110, 10_000)))
	}
	if s.polar != "Rentang" {
		in.target, in.akhir = build.N(short(in.t)), build.N(short(in.tAkhir))
	}
	in.capaian = capaian(s.polar, in.realisasi, in.t, in.lo, in.hi)
	in.sd = capaian(s.polar, in.realisasi, in.tAkhir, in.lo2, in.hi2)
	in.c1, in.c2 = hundredths(between(rng, 6000, 11_000)), hundredths(between(rng, 6000, 11_000))
}

// capaian is the % capaian of a realisation by polarity (spec, "Pengukuran"): Positif R/T,
// Negatif (2T - R)/T, Rentang 100 inside [lo, hi], R/lo below it, R/hi above it; x 100, at 2
// decimals half up.
func capaian(polar string, r, t, lo, hi decimal.Decimal) decimal.Decimal {
	switch polar {
	case "Negatif":
		return percent(t.Mul(two).Sub(r), t)
	case "Rentang":
		switch {
		case r.LessThan(lo):
			return percent(r, lo)
		case r.GreaterThan(hi):
			return percent(r, hi)
		}
		return hundred.Round(2)
	}
	return percent(r, t)
}

// capaianSummary gives each sasaran's capaian (the average of its indicators' % Capaian as
// written, sums[s] / counts[s]) and the average of those, both at 2 decimals half up, from
// the exact values: the average is computed over the common denominator 6 x S, since a
// sasaran has 1 to 3 indicators.
func capaianSummary(sums []decimal.Decimal, counts []int) (perSasaran []decimal.Decimal, avg decimal.Decimal) {
	den := int64(1)
	for _, n := range counts {
		den = lcm(den, int64(n))
	}
	var num decimal.Decimal
	for s, sum := range sums {
		perSasaran = append(perSasaran, quo(sum, decimal.NewFromInt(int64(counts[s])), 2))
		num = num.Add(sum.Mul(decimal.NewFromInt(den / int64(counts[s]))))
	}
	return perSasaran, quo(num, decimal.NewFromInt(den*int64(len(sums))), 2)
}

func lcm(a, b int64) int64 {
	x, y := a, b
	for y != 0 {
		x, y = y, x%y
	}
	return a / x * b
}

// efisiensi is 100 - % Serapan, computed exactly before rounding: (pagu - realisasi) / pagu x 100.
func efisiensi(pagu, real decimal.Decimal) decimal.Decimal { return percent(pagu.Sub(real), pagu) }

// spellRupiah is the standard terbilang of a whole amount of rupiah.
func spellRupiah(d decimal.Decimal) string {
	s, err := terbilang.Spell(d)
	if err != nil {
		panic(err)
	}
	return s + " rupiah"
}

// drawNIP draws a valid 18-digit NIP for a camat in office in the report year: born 38 to 55
// years before, appointed 20 to 30 years after birth, sex digit 1 or 2, sequence 001-009.
func drawNIP(rng *rand.Rand, year int) string {
	born := year - int(between(rng, 38, 55))
	month, day := between(rng, 1, 12), between(rng, 1, 28)
	tmt := born + int(between(rng, 20, 30))
	return fmt.Sprintf("%04d%02d%02d %04d%02d %d %03d", born, month, day, tmt, between(rng, 1, 12),
		between(rng, 1, 2), between(rng, 1, 9))
}

// split draws k whole counts adding up to n.
func split(rng *rand.Rand, n, k int) []int {
	out := make([]int, k)
	for range n {
		out[rng.IntN(k)]++
	}
	return out
}

// pegawai draws the two staff tables, consistent in every row and Jumlah: Pendidikan and
// Pangkat/Golongan (with Kontrak/THL) add up to the head count by Jenis Kelamin, Eselon and
// Diklat stay within it.
func pegawai(rng *rand.Rand, unit, tahun string) []build.Table {
	grp := func(g, l string) build.Column { return build.Column{Label: l, Group: g} }
	key := func(l string) build.Column { return build.Column{Label: l, Key: true} }
	total := func(rows [][]build.Cell) []build.Cell {
		sums := make([]int, len(rows[0]))
		for _, r := range rows {
			for i := 2; i < len(r); i++ {
				if v, _, ok := valueOf(r[i]); ok {
					sums[i] += int(v.IntPart())
				}
			}
		}
		out := []build.Cell{build.T("Jumlah"), {}}
		for _, s := range sums[2:] {
			out = append(out, count(s))
		}
		return out
	}
	cells := func(no int, name string, groups ...[]int) []build.Cell {
		out := []build.Cell{build.N(fmt.Sprint(no)), build.T(name)}
		for _, g := range groups {
			for _, n := range g {
				out = append(out, count(n))
			}
		}
		return out
	}

	var t1 [][]build.Cell
	for i, j := range []struct {
		name   string
		lo, hi int
		eselon int // the column of its eselon: IIIa, IIIb, IVa, IVb
		pim    int // PIM III or PIM IV
	}{{"Camat", 1, 1, 0, 0}, {"Sekretaris Kecamatan", 1, 1, 1, 0}, {"Kepala Seksi", 3, 5, 2, 1}, {"Kepala Subbagian", 1, 3, 3, 1}} {
		h := int(between(rng, int64(j.lo), int64(j.hi)))
		l := rng.IntN(h + 1)
		eselon, diklat := make([]int, 4), make([]int, 2)
		eselon[j.eselon], diklat[j.pim] = h, rng.IntN(h+1)
		gol := []int{h, 0, 0} // an eselon III official is of golongan IV
		if j.eselon >= 2 {
			gol = append(split(rng, h, 2), 0)
		}
		t1 = append(t1, cells(i+1, j.name, split(rng, h, 4), []int{l, h - l}, eselon, gol, diklat))
	}
	var t2 [][]build.Cell
	for i, u := range []struct {
		name    string
		lo, hi  int
		kontrak bool
	}{{"Pimpinan", 2, 2, false}, {"Sekretariat", 5, 12, true}, {"Seksi", 6, 15, true}} {
		h := int(between(rng, int64(u.lo), int64(u.hi)))
		l := rng.IntN(h + 1)
		gol := []int{h, 0, 0, 0, 0} // the camat and the sekretaris: golongan IV
		if u.kontrak {
			gol = split(rng, h, 5)
		}
		t2 = append(t2, cells(i+1, u.name, []int{l, h - l}, split(rng, h, 5), gol))
	}
	return []build.Table{
		{
			Columns: []build.Column{key("No"), key("Jabatan"),
				grp("Pendidikan", "S2"), grp("Pendidikan", "S1"), grp("Pendidikan", "D3"), grp("Pendidikan", "SLTA"),
				grp("Jenis Kelamin", "Laki-laki"), grp("Jenis Kelamin", "Perempuan"),
				grp("Eselon", "IIIa"), grp("Eselon", "IIIb"), grp("Eselon", "IVa"), grp("Eselon", "IVb"),
				grp("Pangkat/Golongan", "IV"), grp("Pangkat/Golongan", "III"), grp("Pangkat/Golongan", "II"),
				grp("Diklat", "PIM III"), grp("Diklat", "PIM IV")},
			Rows:  t1,
			Total: total(t1),
		},
		{
			Caption: []string{"Tabel 2 Jumlah Pegawai " + unit + " Tahun " + tahun},
			Columns: []build.Column{key("No"), key("Unit Kerja"),
				grp("Jenis Kelamin", "Laki-laki"), grp("Jenis Kelamin", "Perempuan"),
				grp("Pendidikan", "S2"), grp("Pendidikan", "S1"), grp("Pendidikan", "D3"), grp("Pendidikan", "SLTA"), grp("Pendidikan", "SLTP"),
				grp("Pangkat/Golongan", "IV"), grp("Pangkat/Golongan", "III"), grp("Pangkat/Golongan", "II"), grp("Pangkat/Golongan", "I"),
				{Label: "Kontrak/THL"}},
			Rows:  t2,
			Total: total(t2),
		},
	}
}

// inventaris draws 6 to 12 items with their counts and conditions.
func inventaris(rng *rand.Rand) build.Table {
	var rows [][]build.Cell
	for i, it := range pick(rng, len(inventarisPool), 6+rng.IntN(7)) {
		rows = append(rows, []build.Cell{build.N(fmt.Sprint(i + 1)), build.T(inventarisPool[it]),
			build.N(fmt.Sprint(between(rng, 1, 40))), build.T(kondisi[rng.IntN(len(kondisi))])})
	}
	return build.Table{
		Columns: []build.Column{{Label: "No", Key: true}, {Label: "Nama Barang", Key: true}, {Label: "Jumlah"}, {Label: "Kondisi"}},
		Rows:    rows,
	}
}
