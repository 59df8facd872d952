package rules

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"lkjip/reconcile"
	wb "lkjip/reconcile/workbook"
)

var reSasaranN = regexp.MustCompile(`^Capaian Sasaran (\d+)$`)

// ringkasanSasaran returns the Ringkasan's "Capaian Sasaran n" lines by n.
func ringkasanSasaran(w *wb.Workbook) (lines []*wb.Pair, numbers []int) {
	if w.Ringkasan == nil {
		return nil, nil
	}
	for _, it := range w.Ringkasan.Items {
		if m := reSasaranN.FindStringSubmatch(it.Key); m != nil {
			n, _ := strconv.Atoi(m[1])
			lines, numbers = append(lines, it), append(numbers, n)
		}
	}
	return lines, numbers
}

// RGK001 checks each "Capaian Sasaran n" of the Ringkasan against the n-th sasaran's capaian
// in Pengukuran (spec, "Ringkasan": the Kragan summary lists budget-absorption figures as
// sasaran achievements).
var RGK001 = &reconcile.Rule{
	ID:       "RGK001",
	Severity: reconcile.Error,
	Scope:    reconcile.ScopeWorkbook,
	Title:    reconcile.Text{ID: "Capaian sasaran di Ringkasan tidak sama dengan Pengukuran", EN: "Ringkasan sasaran capaian differs from Pengukuran"},
	Doc: reconcile.Text{
		ID: `"Capaian Sasaran n" di Ringkasan harus sama dengan % Capaian sasaran ke-n di Pengukuran (urut kemunculannya; rata-rata indikatornya bila lebih dari satu). Sasaran yang tidak ada di Pengukuran juga dilaporkan, demikian pula sasaran Pengukuran yang tidak disebut Ringkasan (satu temuan, di bawah baris Capaian Sasaran terakhir). Temuan menunjuk sel nilai di Ringkasan.

Contoh (Kragan 2021: yang ditulis adalah % realisasi anggaran program):
    Ringkasan: Capaian Sasaran 1 99,12; Pengukuran: sasaran 1 % Capaian 98,32
    RGK001: Capaian Sasaran 1 seharusnya 98,32 (Pengukuran), tertulis 99,12.`,
		EN: `"Capaian Sasaran n" in Ringkasan must equal the % Capaian of the n-th sasaran in Pengukuran (in order of appearance; the average of its indicators where it has several). A sasaran that Pengukuran does not have is reported too, and so are Pengukuran's sasaran that the Ringkasan leaves out (one finding, under the last Capaian Sasaran line). The finding names the value cell in Ringkasan.

Example (Kragan 2021: the programs' budget realisation was written instead):
    Ringkasan: Capaian Sasaran 1 99.12; Pengukuran: sasaran 1 % Capaian 98.32
    RGK001: Capaian Sasaran 1 should be 98.32 (Pengukuran), it says 99.12.`,
	},
	Run: func(p *reconcile.Pass) {
		measured := capaianBySasaran(p.Workbook)
		if len(measured) == 0 {
			return
		}
		lines, numbers := ringkasanSasaran(p.Workbook)
		listed := map[int]bool{}
		for _, n := range numbers {
			listed[n] = true
		}
		var missing []string
		for i, m := range measured {
			if !listed[i+1] {
				missing = append(missing, fmt.Sprintf("%d (%s)", i+1, m.name))
			}
		}
		if len(missing) > 0 && len(lines) > 0 {
			// The place the missing lines belong: under the last "Capaian Sasaran" line.
			last := lines[len(lines)-1].Label
			at := p.Workbook.Ringkasan.Sheet.At(last.Row+1, last.Col)
			list := strings.Join(missing, "; ")
			p.Report(at, reconcile.Msg("Ringkasan tidak memuat capaian sasaran %s yang diukur di Pengukuran.",
				"Ringkasan lacks the capaian of sasaran %s measured in Pengukuran.", list), list, "")
		}
		for i, pair := range lines {
			n := numbers[i]
			if !pair.Value.IsFigure() {
				continue
			}
			if n < 1 || n > len(measured) {
				p.Report(pair.Value, reconcile.Msg("Capaian Sasaran %d: Pengukuran hanya memuat %d sasaran.", "Capaian Sasaran %d: Pengukuran holds only %d sasaran.", n, len(measured)),
					"", reconcile.Actual(pair.Value))
				continue
			}
			m := measured[n-1]
			if m.unknown {
				continue // an indicator's capaian is not available: UM018
			}
			p.Relate(reconcile.Relation{Kind: reconcile.Equals, Out: pair.Value, Num: m.expr(),
				Says: func(e, a reconcile.Fig) reconcile.Text {
					return reconcile.Msg("Capaian Sasaran %d (%q) seharusnya %s (Pengukuran), tertulis %s.", "Capaian Sasaran %d (%q) should be %s (Pengukuran), it says %s.", n, m.name, e, a)
				}})
		}
	},
}
