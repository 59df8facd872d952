package layout

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	wb "lkjip/reconcile/workbook"
)

var reCapaianSasaran = regexp.MustCompile(`^capaian sasaran (?:strategis )?(\d+)$`)

// readPairs reads a label/value sheet: on each row the first text is the label and the next
// filled cell to its right the value ("Tahun Laporan | 2021"; "Tahun Laporan : 2021" in one
// cell works too). Only labels the spec knows are kept.
func readPairs(sh *wb.Sheet, kind wb.Kind) *wb.Pairs {
	p := &wb.Pairs{Kind: kind, Sheet: sh}
	keys := identitasKeys
	if kind == wb.Ringkasan {
		keys = ringkasanKeys
	}
	for _, gr := range sh.Rows {
		var label, value *wb.Cell
		for _, c := range gr.Cells {
			if c == nil || c.Kind == wb.Blank {
				continue
			}
			if label == nil {
				if c.Kind == wb.Text && strings.TrimSpace(c.Text) != "" && strings.Trim(c.Text, " :") != "" {
					label = c
				}
				continue
			}
			if strings.TrimSpace(c.Text) == ":" {
				continue // a separator column
			}
			value = c
			break
		}
		if label == nil {
			continue
		}
		text := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(label.Text), ":"))
		if value == nil {
			if l, v, ok := strings.Cut(label.Text, ":"); ok && strings.TrimSpace(v) != "" {
				text = strings.TrimSpace(l)
				value = &wb.Cell{Sheet: label.Sheet, Ref: label.Ref, Row: label.Row, Col: label.Col, Kind: wb.Text, Text: strings.TrimSpace(v)}
			} else {
				value = sh.At(label.Row, label.Col+1)
			}
		}
		key, fig := pairKeyOf(text, keys, kind)
		if key == "" {
			continue
		}
		if fig {
			toFigure(value)
		}
		p.Items = append(p.Items, &wb.Pair{Key: key, Label: label, Value: value})
	}
	return p
}

func pairKeyOf(label string, keys []pairKey, kind wb.Kind) (string, bool) {
	lw := wordsOpt(label, false)
	n := strings.Join(lw, " ")
	if kind == wb.Ringkasan {
		if m := reCapaianSasaran.FindStringSubmatch(n); m != nil {
			return "Capaian Sasaran " + m[1], true
		}
	}
	best, bestScore, fig := "", 0, false
	for _, k := range keys {
		for _, a := range k.aliases {
			s := 0
			if n == a {
				s = 1000 + len(a)
			} else if strings.HasPrefix(n+" ", a+" ") {
				s = len(a)
			}
			if s > bestScore {
				best, bestScore, fig = k.key, s, k.figure
			}
		}
	}
	return best, fig
}

// finish sets what the whole workbook needs from its sheets: the report year, the Renstra
// period, the unit, and the predikat scale.
func finish(w *wb.Workbook) {
	if p := w.Identitas.Get("Tahun Laporan"); p != nil {
		if y := yearOf(p.Value); y != 0 {
			w.Year, w.YearCell = y, p.Value
		}
	}
	if p := w.Identitas.Get("Periode Renstra"); p != nil {
		ys := reYear.FindAllString(p.Value.String(), -1)
		if len(ys) >= 2 {
			w.RenstraFrom, _ = strconv.Atoi(ys[0])
			w.RenstraTo, _ = strconv.Atoi(ys[len(ys)-1])
			w.RenstraCell = p.Value
		}
	}
	if p := w.Identitas.Get("Nama Instansi"); p != nil {
		w.Unit = p.Value.String()
	}
	w.Scale = wb.DefaultScale()
	if t := w.Table(wb.Skala); t != nil {
		var s wb.Scale
		s.Table = t
		for _, r := range t.Rows {
			lo, hi, label := r.Cell(wb.RoleBatasBawah), r.Cell(wb.RoleBatasAtas), r.Cell(wb.RolePredikat)
			if label.Value() == "" {
				continue
			}
			var b wb.Band
			switch {
			case lo.IsFigure():
				b = wb.Band{Lower: lo.Num, Label: label.Value(), Row: r}
				if hi.IsFigure() {
					b.Upper, b.HasUpper = hi.Num, true
				}
			case lo.IsEmpty() && hi.IsFigure():
				// "below 50": no lower bound ("-" or blank). Such a row can only be the
				// bottom band, which takes everything below its lower bound (Scale.Predikat);
				// its lower bound is its upper one, so that it sorts last and covers exactly
				// the values under Batas Atas. Dropping it would hand them to the band above.
				b = wb.Band{Lower: hi.Num, Upper: hi.Num, HasUpper: true, Label: label.Value(), Row: r}
			default:
				continue
			}
			s.Bands = append(s.Bands, b)
		}
		if len(s.Bands) > 0 {
			sortBands(s.Bands)
			w.Scale = s
		}
	}
}

func sortBands(b []wb.Band) {
	for i := 1; i < len(b); i++ {
		for j := i; j > 0 && b[j].Lower.GreaterThan(b[j-1].Lower); j-- {
			b[j], b[j-1] = b[j-1], b[j]
		}
	}
}

func yearOf(c *wb.Cell) int {
	if c.IsFigure() && c.Num.IsInteger() {
		if y := c.Num.IntPart(); y >= 1900 && y <= 2199 {
			return int(y)
		}
	}
	return yearIn(c.String())
}

var _ = decimal.Zero
