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
				value = &wb.Cell{Sheet: label.Sheet, Row: label.Row, Col: label.Col, Kind: wb.Text, Text: strings.TrimSpace(v)}
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
			} else if len(n) > len(a) && n[len(a)] == ' ' && strings.HasPrefix(n, a) {
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
		if s, ok := readScale(t); ok {
			w.Scale = s
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
