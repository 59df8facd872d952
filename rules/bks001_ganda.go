package rules

import (
	"fmt"
	"path/filepath"
	"strings"

	"lkjip/reconcile"
)

// duplicates groups a batch's results by unit and year; groups of one are left out.
func duplicates(results []*reconcile.Result) [][]*reconcile.Result {
	byKey := map[string][]*reconcile.Result{}
	var order []string
	for _, r := range checked(results) {
		k := fmt.Sprintf("%s|%d", unitKey(r), r.Year)
		if byKey[k] == nil {
			order = append(order, k)
		}
		byKey[k] = append(byKey[k], r)
	}
	var out [][]*reconcile.Result
	for _, k := range order {
		if len(byKey[k]) > 1 {
			out = append(out, byKey[k])
		}
	}
	return out
}

func names(rs []*reconcile.Result) string {
	var out []string
	for _, r := range rs {
		out = append(out, filepath.Base(r.Path))
	}
	return strings.Join(out, ", ")
}

// BKS001 reports a unit and year submitted twice with the same figures: one of the files is
// redundant, and counting both would count the unit twice in the recap.
var BKS001 = &reconcile.Rule{
	ID:       "BKS001",
	Severity: reconcile.Warning,
	Scope:    reconcile.ScopeFiles,
	Title:    reconcile.Text{ID: "Unit dan tahun yang sama dikirim dua kali", EN: "The same unit and year submitted twice"},
	Doc: reconcile.Text{
		ID: `Dalam satu pemeriksaan berkas banyak, dua berkas dengan instansi, kabupaten dan tahun laporan yang sama, yang angka-angkanya pun sama, adalah kiriman ganda: salah satunya cukup, dan rekap akan menghitung unit itu dua kali. Temuan dicatat pada berkas kedua dan seterusnya.

Contoh:
    Kragan-2021.xlsx dan Kragan-2021 (1).xlsx, angka sama
    BKS001: Kecamatan Kragan 2021 juga dikirim sebagai Kragan-2021.xlsx, dengan angka yang sama.`,
		EN: `In a batch, two files of the same unit, kabupaten and report year whose figures are also the same are a double submission: one of them is enough, and the recap would count the unit twice. The finding is recorded on the second file and the next ones.

Example:
    Kragan-2021.xlsx and Kragan-2021 (1).xlsx, same figures
    BKS001: Kecamatan Kragan 2021 was also submitted as Kragan-2021.xlsx, with the same figures.`,
	},
	RunBatch: func(p *reconcile.BatchPass) {
		for _, group := range duplicates(p.Results) {
			first := group[0]
			for _, r := range group[1:] {
				if r.Summary.Fingerprint != first.Summary.Fingerprint {
					continue // BKS002
				}
				p.Report(r, "", "", reconcile.Msg("%s %d juga dikirim sebagai %s, dengan angka yang sama.", "%s %d was also submitted as %s, with the same figures.",
					r.Unit, r.Year, filepath.Base(first.Path)), "", filepath.Base(first.Path))
			}
		}
	},
}

// BKS002 reports a unit and year submitted twice with different figures: the auditor must
// learn which one is final before anything else.
var BKS002 = &reconcile.Rule{
	ID:       "BKS002",
	Severity: reconcile.Error,
	Scope:    reconcile.ScopeFiles,
	Title:    reconcile.Text{ID: "Unit dan tahun yang sama dikirim dua kali dengan angka berbeda", EN: "The same unit and year submitted twice with different figures"},
	Doc: reconcile.Text{
		ID: `Dua berkas dengan instansi, kabupaten dan tahun laporan yang sama tetapi angka yang berbeda: hanya satu yang final, dan pemeriksa harus tahu yang mana sebelum hasil lainnya berarti. Temuan dicatat pada setiap berkas kelompok itu, menyebut berkas lainnya.

Contoh:
    Kragan-2021.xlsx dan Kragan-2021-revisi.xlsx, Realisasi berbeda
    BKS002: Kecamatan Kragan 2021 dikirim juga sebagai Kragan-2021-revisi.xlsx dengan angka berbeda; tentukan mana yang final.`,
		EN: `Two files of the same unit, kabupaten and report year with different figures: only one is final, and the auditor must know which before the other results mean anything. The finding is recorded on every file of the group, naming the others.

Example:
    Kragan-2021.xlsx and Kragan-2021-revisi.xlsx, different Realisasi
    BKS002: Kecamatan Kragan 2021 was also submitted as Kragan-2021-revisi.xlsx with different figures; decide which is final.`,
	},
	RunBatch: func(p *reconcile.BatchPass) {
		for _, group := range duplicates(p.Results) {
			differ := false
			for _, r := range group[1:] {
				differ = differ || r.Summary.Fingerprint != group[0].Summary.Fingerprint
			}
			if !differ {
				continue
			}
			for i, r := range group {
				others := append(append([]*reconcile.Result(nil), group[:i]...), group[i+1:]...)
				p.Report(r, "", "", reconcile.Msg("%s %d dikirim juga sebagai %s dengan angka berbeda; tentukan mana yang final.",
					"%s %d was also submitted as %s with different figures; decide which is final.", r.Unit, r.Year, names(others)), "", names(others))
			}
		}
	},
}
