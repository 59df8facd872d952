package rules

import (
	"strings"

	"lkjip/reconcile"
)

// identitasRequired are the Identitas labels the spec requires (spec, "Identitas").
var identitasRequired = []string{"Nama Instansi", "Kabupaten/Kota", "Provinsi", "Tahun Laporan", "Periode Renstra",
	"Nama Kepala", "Jabatan", "Pangkat/Golongan", "NIP", "Tempat", "Tanggal"}

// IDN001 reports required Identitas lines that are missing or empty, in one finding.
var IDN001 = &reconcile.Rule{
	ID:       "IDN001",
	Severity: reconcile.Warning,
	Scope:    reconcile.ScopeCell,
	Title:    reconcile.Text{ID: "Isian Identitas tidak lengkap", EN: "Identitas incomplete"},
	Doc: reconcile.Text{
		ID: `Sheet Identitas memuat Nama Instansi, Kabupaten/Kota, Provinsi, Tahun Laporan, Periode Renstra, Nama Kepala, Jabatan, Pangkat/Golongan, NIP, Tempat dan Tanggal penandatanganan. Baris yang tidak ada atau kosong dilaporkan dalam satu temuan di sel A1 sheet itu; pemeriksaan yang memerlukannya (tahun, NIP, tanggal) dilewati.

Contoh:
    Identitas tanpa baris NIP dan Tanggal
    IDN001: Identitas tidak memuat: NIP, Tanggal.`,
		EN: `The Identitas sheet holds Nama Instansi, Kabupaten/Kota, Provinsi, Tahun Laporan, Periode Renstra, Nama Kepala, Jabatan, Pangkat/Golongan, NIP, Tempat and the signing date (Tanggal). Lines that are missing or empty are reported in one finding at the sheet's cell A1; the checks that need them (years, NIP, date) are skipped.

Example:
    Identitas without NIP and Tanggal lines
    IDN001: Identitas lacks: NIP, Tanggal.`,
	},
	Run: func(p *reconcile.Pass) {
		id := p.Workbook.Identitas
		if id == nil || !hasFigures(p.Workbook) {
			return // UM001 reports a missing sheet, UM016 a workbook not filled in yet
		}
		var missing []string
		for _, k := range identitasRequired {
			if pair := id.Get(k); pair == nil || pair.Value.IsEmpty() && pair.Value.String() == "" {
				missing = append(missing, k)
			}
		}
		if len(missing) == 0 {
			return
		}
		list := strings.Join(missing, ", ")
		p.Report(id.Sheet.At(1, 1), reconcile.Msg("Identitas tidak memuat: %s.", "Identitas lacks: %s.", list), list, "")
	},
}
