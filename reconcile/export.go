package reconcile

import (
	"lkjip/reconcile/layout"
	"lkjip/reconcile/workbook"
	"lkjip/reconcile/xlsx"
)

// ReadExport reads a finance system's LRA export (SIPD, SIMDA) for `lkjip check --lra`, with
// the reader of the workbooks: the same file checks (a broken, foreign or protected file gets
// the same messages), the same header-driven table reading. A file that holds no LRA table is
// refused with code "not-lra".
func ReadExport(path string, opt Options) (*workbook.Export, *FileError) {
	if e := sniff(path, path, opt.Password != ""); e != nil {
		return nil, e
	}
	sheets, err := xlsx.Read(path, xlsx.Options{Password: opt.Password, MaxUnzipSize: opt.MaxUnzipSize})
	if err != nil {
		return nil, openError(path, path, err)
	}
	e := layout.BuildExport(path, sheets)
	if e.Table == nil {
		return nil, &FileError{Code: "not-lra", Message: Msg(
			"%s: berkas ini bukan ekspor LRA: tidak ada tabel berjudul Kode Rekening | Uraian | Anggaran | Realisasi di 15 baris pertama sheet mana pun. Ekspor Laporan Realisasi Anggaran dari SIPD (atau SIMDA) ke .xlsx, lalu periksa lagi.",
			"%s: this file is not an LRA export: no sheet has a table headed Kode Rekening | Uraian | Anggaran | Realisasi in its first 15 rows. Export the Laporan Realisasi Anggaran from SIPD (or SIMDA) to .xlsx and check again.",
			path)}
	}
	return e, nil
}
