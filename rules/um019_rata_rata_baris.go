package rules

import (
	"github.com/shopspring/decimal"

	"lkjip/reconcile"
	"lkjip/reconcile/number"
	wb "lkjip/reconcile/workbook"
)

// UM019 checks a table's Rata-rata row: many reports close a table of percentages (capaian
// per indicator, realisation per program) with a Jumlah row and a Rata-rata row under it,
// and the Rata-rata is the figure the narrative quotes. It is the Jumlah over the number of
// rows, that is the average of the rows (spec, "Which cell a finding names": every derived
// figure is judged against its inputs). The layout closes a table at its Jumlah row, so the
// Rata-rata row is read here from the sheet, right under it; a table without Jumlah may end
// with it as its last row.
var UM019 = &reconcile.Rule{
	ID:       "UM019",
	Severity: reconcile.Error,
	Scope:    reconcile.ScopeTable,
	Title:    reconcile.Text{ID: "Baris Rata-rata tidak sesuai barisnya", EN: "Rata-rata row does not follow its rows"},
	Doc: reconcile.Text{
		ID: `Baris Rata-rata di bawah sebuah tabel (langsung di bawah baris Jumlah, atau sebagai baris terakhir tabel tanpa Jumlah) harus sama dengan rata-rata baris tabel itu di setiap kolom angkanya: Jumlah dibagi banyaknya baris, dibulatkan pada desimal yang ditampilkan. Pada tabel bertingkat, yang dirata-rata adalah baris tingkat satu. Kolom yang salah satu barisnya kosong atau tidak tersedia (n/a) tidak dinilai, karena banyaknya baris yang dimaksud tidak pasti. Temuan menunjuk sel Rata-rata.

Contoh:
    % Capaian: 95,00; 100,00; 90,00 | Jumlah 285,00 | Rata-rata 96,00
    UM019: Rata-rata % Capaian seharusnya 95,00 (Jumlah 285,00 / 3 baris), tertulis 96,00.`,
		EN: `A Rata-rata row under a table (right under its Jumlah row, or the last row of a table without Jumlah) must equal the average of the table's rows in each of its figure columns: the Jumlah over the number of rows, rounded at the decimals shown. In a table with levels, the level-one rows are averaged. A column where a row is empty or not available (n/a) is not judged: which rows count is not certain. The finding names the Rata-rata cell.

Example:
    % Capaian: 95.00; 100.00; 90.00 | Jumlah 285.00 | Rata-rata 96.00
    UM019: Rata-rata of % Capaian should be 95.00 (Jumlah 285.00 / 3 rows), it says 96.00.`,
	},
	Run: func(p *reconcile.Pass) {
		for _, t := range p.Workbook.Tables {
			at, rows := averageRow(t)
			if at == 0 || len(rows) == 0 {
				continue
			}
		columns:
			for _, col := range t.Columns {
				if !col.Figure {
					continue
				}
				avg := t.Sheet.At(at, col.Col)
				rel := reconcile.Relation{Kind: reconcile.Equals, Out: avg}
				switch {
				case avg.IsFigure():
				case avg.Kind == wb.Text:
					v, places, ok := textFigure(avg)
					if !ok {
						continue
					}
					rel.Value, rel.OutPlaces = &v, places
				default:
					continue
				}
				var cells []*wb.Cell
				sum := decimal.Zero
				for _, r := range rows {
					c := r.At(col)
					if !c.IsFigure() {
						continue columns // an empty or "n/a" row: the count is not certain
					}
					cells = append(cells, c)
					sum = sum.Add(c.Num)
				}
				n := len(cells)
				rel.Num = reconcile.Sum(cells...).Over(decimal.NewFromInt(int64(n)))
				label := col.Label
				var total *wb.Cell
				if t.Total != nil {
					total = t.Total.At(col)
				}
				rel.Says = func(e, g reconcile.Fig) reconcile.Text {
					switch {
					case total.IsFigure() && number.Equal(total.Num, int(total.Decimals), sum, decimal.Zero):
						return reconcile.Msg("Rata-rata %s seharusnya %s (Jumlah %s / %d baris), tertulis %s.",
							"Rata-rata of %s should be %s (Jumlah %s / %d rows), it says %s.", label, e, reconcile.Fig{Value: total.Num, Places: int(total.Decimals)}, n, g)
					case total.IsFigure():
						return reconcile.Msg("Rata-rata %s seharusnya %s (rata-rata %d baris, yang berjumlah %s; Jumlah tertulis %s), tertulis %s.",
							"Rata-rata of %s should be %s (the average of %d rows, which add up to %s; the Jumlah says %s), it says %s.",
							label, e, n, reconcile.Fig{Value: sum, Places: int(total.Decimals)}, reconcile.Fig{Value: total.Num, Places: int(total.Decimals)}, g)
					}
					return reconcile.Msg("Rata-rata %s seharusnya %s (rata-rata %d baris), tertulis %s.",
						"Rata-rata of %s should be %s (the average of %d rows), it says %s.", label, e, n, g)
				}
				p.Relate(rel)
			}
		}
	},
}

// averageRow finds a table's Rata-rata row and the rows it averages: the first filled row
// right under the Jumlah row (the layout ends a table there), or, in a table without Jumlah,
// its last data row when that says Rata-rata. at is 0 when there is none.
func averageRow(t *wb.Table) (at int, rows []*wb.Row) {
	data := t.Rows
	if t.Total != nil {
		for _, gr := range t.Sheet.Rows {
			if gr.Num <= t.Total.Num {
				continue
			}
			if gr.Num > t.Total.Num+2 {
				break // a blank line at most between them: further down is another thing
			}
			if filled(gr) {
				if averageLabelIn(gr) {
					at = gr.Num
				}
				break
			}
		}
	} else if n := len(data); n > 1 {
		if gr := gridRow(t.Sheet, data[n-1].Num); gr != nil && averageLabelIn(gr) {
			at, data = data[n-1].Num, data[:n-1]
		}
	}
	if at == 0 {
		return 0, nil
	}
	for _, r := range data {
		if r.Parent == nil {
			rows = append(rows, r)
		}
	}
	return at, rows
}

func gridRow(sh *wb.Sheet, num int) *wb.GridRow {
	for _, gr := range sh.Rows {
		if gr.Num == num {
			return gr
		}
	}
	return nil
}

func filled(gr *wb.GridRow) bool {
	for _, c := range gr.Cells {
		if c != nil && c.Kind != wb.Blank && c.String() != "" {
			return true
		}
	}
	return false
}

// averageLabels are the labels of a Rata-rata row, normalised. Whole labels only: an indicator
// named "Rata-rata waktu penyelesaian layanan" is a data row, not the table's average.
var averageLabels = map[string]bool{
	"rata rata": true, "rerata": true, "rata2": true, "nilai rata rata": true, "rata rata capaian": true,
	"rata rata capaian kinerja": true, "rata rata persentase": true, "rata rata nilai": true, "jumlah rata rata": true,
}

// averageLabelIn reports whether a row's first text is a Rata-rata row's label ("Rata-rata",
// "Rerata", "Rata-rata Capaian", "Nilai Rata-rata").
func averageLabelIn(gr *wb.GridRow) bool {
	for _, c := range gr.Cells {
		if c == nil || c.Kind != wb.Text || c.String() == "" {
			continue
		}
		if len(c.Text) > 60 {
			return false
		}
		return averageLabels[normText(c.Text)]
	}
	return false
}
