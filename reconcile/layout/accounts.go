package layout

import (
	"regexp"
	"slices"

	wb "lkjip/reconcile/workbook"
)

// A region's budget printed without codes or numbering (the DJPK portal's "Postur APBD", a
// summary of the APBD in an LKPJ) still has levels: those of the account structure. Its rows
// name accounts ("Pendapatan Daerah", "PAD", "Pajak Daerah"), and each account belongs under a
// known group. Two groupings are in use: Permendagri 77/2020's (Pendapatan Transfer holds
// the transfers between regions; Belanja Operasi holds Belanja Pegawai) and the DJPK portal's
// (TKDD holds the central transfers only, Pendapatan Lainnya the transfers between regions;
// Belanja Pegawai is a group of its own, printed twice, over its one account). An account
// names its possible groups, most specific first: the first the table holds is its parent,
// wherever it stands (the portal may print a child before its group).

// apbdAccount is one account: the groups it may belong to, and whether it counts against its
// group (Pengeluaran Pembiayaan in a netto Pembiayaan: penerimaan − pengeluaran).
type apbdAccount struct {
	groups []string
	netto  bool
}

var (
	pendapatan = []string{"Pendapatan Daerah", "Pendapatan"}
	belanja    = []string{"Belanja Daerah", "Belanja"}
	pembiayaan = []string{"Pembiayaan Daerah", "Pembiayaan"}
	pad        = []string{"PAD", "Pendapatan Asli Daerah"}
	transfer   = []string{"Pendapatan Transfer", "TKDD", "Dana Perimbangan"}
	lainnya    = []string{"Pendapatan Lainnya", "Lain-lain Pendapatan Daerah yang Sah"}
	penerimaan = []string{"Penerimaan Pembiayaan Daerah", "Penerimaan Pembiayaan"}
	keluar     = []string{"Pengeluaran Pembiayaan Daerah", "Pengeluaran Pembiayaan"}
)

// apbdNames are the accounts by their printed names (normalised with norm at init).
var apbdNames = map[string]apbdAccount{
	// The three roots, and the derived lines some tables print between them.
	"Pendapatan Daerah": {}, "Pendapatan": {}, "Belanja Daerah": {}, "Belanja": {},
	"Pembiayaan Daerah": {}, "Pembiayaan": {}, "Surplus/(Defisit)": {}, "Surplus/Defisit": {},
	"Pembiayaan Netto": {}, "Sisa Lebih Pembiayaan Anggaran": {},

	"PAD": {groups: pendapatan}, "Pendapatan Asli Daerah": {groups: pendapatan},
	"Pajak Daerah": {groups: pad}, "Retribusi Daerah": {groups: pad},
	"Hasil Pengelolaan Kekayaan Daerah yang Dipisahkan": {groups: pad},
	"Lain-Lain PAD yang Sah":                            {groups: pad}, "Lain-lain Pendapatan Asli Daerah yang Sah": {groups: pad},

	"TKDD": {groups: pendapatan}, "Pendapatan Transfer": {groups: pendapatan}, "Dana Perimbangan": {groups: pendapatan},
	"Pendapatan Transfer Pemerintah Pusat": {groups: transfer},
	// Between regions: under Pendapatan Transfer (Permendagri), else under Pendapatan
	// Lainnya (the portal, whose TKDD holds the central transfers only).
	"Pendapatan Transfer Antar Daerah": {groups: []string{"Pendapatan Transfer", "Pendapatan Lainnya", "Lain-lain Pendapatan Daerah yang Sah", "TKDD"}},
	"Pendapatan Lainnya":               {groups: pendapatan}, "Lain-lain Pendapatan Daerah yang Sah": {groups: pendapatan},
	"Pendapatan Hibah": {groups: lainnya}, "Dana Darurat": {groups: lainnya},
	"Lain-lain Pendapatan Sesuai dengan Ketentuan Peraturan Perundang-Undangan": {groups: lainnya},

	"Belanja Operasi": {groups: belanja}, "Belanja Transfer": {groups: belanja}, "Belanja Lainnya": {groups: belanja},
	"Belanja Pegawai":                           {groups: append([]string{"Belanja Operasi"}, belanja...)},
	"Belanja Barang dan Jasa":                   {groups: append([]string{"Belanja Operasi"}, belanja...)},
	"Belanja Modal":                             {groups: belanja},
	"Belanja Tidak Terduga":                     {groups: append([]string{"Belanja Lainnya"}, belanja...)},
	"Belanja Bunga":                             {groups: append([]string{"Belanja Operasi", "Belanja Lainnya"}, belanja...)},
	"Belanja Subsidi":                           {groups: append([]string{"Belanja Operasi", "Belanja Lainnya"}, belanja...)},
	"Belanja Hibah":                             {groups: append([]string{"Belanja Operasi", "Belanja Lainnya"}, belanja...)},
	"Belanja Bantuan Sosial":                    {groups: append([]string{"Belanja Operasi", "Belanja Lainnya"}, belanja...)},
	"Belanja Bagi Hasil":                        {groups: append([]string{"Belanja Transfer", "Belanja Lainnya"}, belanja...)},
	"Belanja Bantuan Keuangan":                  {groups: append([]string{"Belanja Transfer", "Belanja Lainnya"}, belanja...)},
	"Belanja Modal Tanah":                       {groups: []string{"Belanja Modal"}},
	"Belanja Modal Peralatan dan Mesin":         {groups: []string{"Belanja Modal"}},
	"Belanja Modal Gedung dan Bangunan":         {groups: []string{"Belanja Modal"}},
	"Belanja Modal Jalan, Irigasi dan Jaringan": {groups: []string{"Belanja Modal"}},
	"Belanja Modal Aset Tetap Lainnya":          {groups: []string{"Belanja Modal"}},

	"Penerimaan Pembiayaan Daerah": {groups: pembiayaan}, "Penerimaan Pembiayaan": {groups: pembiayaan},
	"Pengeluaran Pembiayaan Daerah": {groups: pembiayaan, netto: true}, "Pengeluaran Pembiayaan": {groups: pembiayaan, netto: true},
	"Sisa Lebih Perhitungan Anggaran Tahun Sebelumnya": {groups: penerimaan}, "SiLPA": {groups: penerimaan},
	"Pencairan Dana Cadangan":                         {groups: penerimaan},
	"Hasil Penjualan Kekayaan Daerah yang Dipisahkan": {groups: penerimaan},
	"Penerimaan Pinjaman Daerah":                      {groups: penerimaan},
	"Penerimaan Kembali Pemberian Pinjaman Daerah":    {groups: penerimaan},
	"Pembentukan Dana Cadangan":                       {groups: keluar},
	"Penyertaan Modal Daerah":                         {groups: keluar},
	"Pembayaran Cicilan Pokok Utang yang Jatuh Tempo": {groups: keluar},
	"Pemberian Pinjaman Daerah":                       {groups: keluar},
}

// apbd is apbdNames by normalised name, its groups normalised too.
var apbd = func() map[string]apbdAccount {
	out := map[string]apbdAccount{}
	for name, a := range apbdNames {
		groups := make([]string, len(a.groups))
		for i, g := range a.groups {
			groups[i] = norm(g)
		}
		out[norm(name)] = apbdAccount{groups: groups, netto: a.netto}
	}
	return out
}()

// reAccountLead is numbering or a code before an account's name ("4.1.", "I.", "a)").
var reAccountLead = regexp.MustCompile(`^\s*(?:[0-9]+(?:\.[0-9]+)*|[IVX]+|[a-z])[.)]?\s+`)

// levelsFromAccounts nests a budget table whose every row names an APBD account, and sets
// each row's parent itself (a child may stand before its group). It reports false, leaving
// the table alone, when any row names something else: a table of programmes, or a summary
// with lines it does not know.
func levelsFromAccounts(t *wb.Table) bool {
	if t.Kind != wb.RealisasiAnggaran || len(t.Rows) < 3 {
		return false
	}
	keys := make([]string, len(t.Rows))
	roots := 0
	for i, r := range t.Rows {
		label := r.Label()
		if m := reAccountLead.FindString(label); m != "" {
			label = label[len(m):]
		}
		k := norm(label)
		a, ok := apbd[k]
		if !ok || r.IsTotal {
			return false
		}
		if len(a.groups) == 0 {
			roots++
		}
		keys[i] = k
	}
	if roots == 0 {
		return false
	}
	parent := make([]int, len(t.Rows))
	for i := range t.Rows {
		parent[i] = -1
		if i > 0 && keys[i-1] == keys[i] && (i < 2 || keys[i-2] != keys[i]) {
			parent[i] = i - 1 // a group printed over its one account of the same name
			continue
		}
		for _, g := range apbd[keys[i]].groups {
			if j := nearest(keys, i, g); j >= 0 {
				parent[i] = j
				break
			}
		}
	}
	for i, r := range t.Rows {
		r.Parent, r.Children, r.Level = nil, nil, 1
		if p := parent[i]; p >= 0 {
			r.Parent = t.Rows[p]
		}
	}
	for i, r := range t.Rows {
		if r.Parent != nil {
			r.Parent.Children = append(r.Parent.Children, r)
			r.Netto = apbd[keys[i]].netto && slices.Contains(apbd[keys[i]].groups, keys[parent[i]])
		}
		for p := r.Parent; p != nil && r.Level <= len(t.Rows); p = p.Parent {
			r.Level++
		}
	}
	return true
}

// nearest finds the row of a group for row i: the closest before it, else the closest after
// it. A group printed twice over its account (Belanja Pegawai over Belanja Pegawai) is the
// first of the two.
func nearest(keys []string, i int, group string) int {
	for j := i - 1; j >= 0; j-- {
		if keys[j] == group {
			for j > 0 && keys[j-1] == group {
				j--
			}
			return j
		}
	}
	for j := i + 1; j < len(keys); j++ {
		if keys[j] == group {
			return j
		}
	}
	return -1
}
