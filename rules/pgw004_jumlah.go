package rules

import (
	"lkjip/reconcile"
	wb "lkjip/reconcile/workbook"
)

// PGW004 checks a Pegawai table's Jumlah row against its column sums (spec, "Pegawai": Jumlah
// equals the column sums), and a group's own Jumlah sub-column (Lk | Pr | Jml) against the
// group's counts in its row.
var PGW004 = &reconcile.Rule{
	ID:       "PGW004",
	Severity: reconcile.Error,
	Scope:    reconcile.ScopeTable,
	Title:    reconcile.Text{ID: "Jumlah di tabel Pegawai tidak sama dengan jumlah kolomnya", EN: "A Pegawai Jumlah is not the sum of its column"},
	Doc: reconcile.Text{
		ID: `Setiap sel baris Jumlah tabel Pegawai harus sama dengan jumlah kolomnya pada baris-baris di atasnya, sebagaimana tertulis ("-" dan kosong dihitung nol; Jumlah "-" atau kosong hanya benar bila jumlah kolomnya nol). Bila sebuah kelompok punya sub-kolom Jumlah sendiri (Lk | Pr | Jml), sel itu di setiap baris harus sama dengan jumlah kelompoknya di baris itu. Satu temuan untuk setiap sel Jumlah yang salah, menunjuk sel itu. Sel Jumlah yang salah tidak lagi dipakai PGW001-PGW003, agar satu kesalahan menjadi satu temuan.

Contoh:
    Lk: Camat 1 | Kasi 2 | Staf 1 | Jumlah 5
    PGW004: Jumlah Lk seharusnya 4 (jumlah 3 baris), tertulis 5.`,
		EN: `Every cell of a Pegawai table's Jumlah row must equal the sum of its column over the rows above it, as written ("-" and blank count as zero; a Jumlah of "-" or blank is right only for a sum of zero). Where a group has its own Jumlah sub-column (Lk | Pr | Jml), that cell must equal the group's counts in its row. One finding for each wrong Jumlah cell, naming that cell. A wrong Jumlah cell is left out of PGW001-PGW003, so that one mistake gives one finding.

Example:
    Lk: Camat 1 | Kasi 2 | Staf 1 | Jumlah 5
    PGW004: Jumlah Lk should be 4 (the sum of 3 rows), it says 5.`,
	},
	Run: func(p *reconcile.Pass) {
		for _, t := range pgwTables(p.Workbook) {
			// A group's Jumlah sub-column in the data rows: the sum of the group in the row.
			for _, col := range t.Columns {
				sub := t.subtotal[col.Group]
				cols := t.groups[col.Group]
				if col != sub || len(cols) == 0 {
					continue
				}
				for _, r := range t.Rows {
					if _, _, ok := pgwSum(r, cols); !ok {
						continue
					}
					pgwCheckTotal(p, r.At(sub), pgwCells(r, cols),
						reconcile.Msg("%s %s %q", "%s %s of %q", sub.Group, sub.Label, r.Label()),
						reconcile.Msg("jumlah %s", "the sum of %s", pgwSpan(r, cols)))
				}
			}
			if t.Total == nil {
				continue
			}
			for _, col := range t.Columns {
				if col.Role != wb.RoleCount {
					continue
				}
				if _, ok := pgwColumnSum(t.Table, col); !ok {
					continue
				}
				cells := make([]*wb.Cell, len(t.Rows))
				for i, r := range t.Rows {
					cells[i] = r.At(col)
				}
				sum := reconcile.Sum(cells...)
				label := col.Label
				if col.Group != "" && col.Group != col.Label {
					label = col.Group + " " + col.Label
				}
				pgwCheckTotal(p, t.Total.At(col), sum,
					reconcile.Msg("Jumlah %s", "Jumlah %s", label),
					reconcile.Msg("jumlah %d baris", "the sum of %d rows", len(t.Rows)))
			}
		}
	},
}

// pgwCheckTotal relates a total cell to its sum: a figure by the rounding rule; a "-" or
// blank is right only for a sum of zero. A cell holding text that is no figure is UM004's.
func pgwCheckTotal(p *reconcile.Pass, c *wb.Cell, sum reconcile.Expr, what, of reconcile.Text) {
	switch {
	case c.IsFigure():
		p.Relate(reconcile.Relation{Kind: reconcile.Equals, Out: c, Num: sum, Sum: true,
			Says: func(e, a reconcile.Fig) reconcile.Text {
				return reconcile.Msg("%s seharusnya %s (%s), tertulis %s.", "%s should be %s (%s), it says %s.", what, e, of, a)
			}})
	case c.IsEmpty() && !sum.Value().IsZero():
		v := sum.Value()
		p.Report(c, reconcile.Msg("%s kosong; seharusnya %s (%s).", "%s is empty; it should be %s (%s).", what, pgwFig(v), of),
			pgwPlain(v), reconcile.Actual(c))
	}
}
