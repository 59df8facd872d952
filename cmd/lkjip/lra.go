package main

import (
	"os"

	"lkjip/reconcile"
	"lkjip/reconcile/workbook"
)

// readLRA reads the finance system's LRA export given with --lra, for the one workbook it is
// compared with (the EKS rules), or returns the message that stops the run: --lra takes one
// workbook, and an export that cannot be read is named with what to do about it.
func readLRA(file string, paths []string, opt reconcile.Options) (*workbook.Export, *reconcile.Text) {
	if len(paths) != 1 {
		m := reconcile.Msg("--lra membandingkan satu buku kerja dengan ekspor LRA-nya; berikan tepat satu buku kerja.",
			"--lra compares one workbook with its LRA export; give exactly one workbook.")
		return nil, &m
	}
	if info, err := os.Stat(paths[0]); err == nil && info.IsDir() {
		m := reconcile.Msg("--lra membandingkan satu buku kerja dengan ekspor LRA-nya, bukan sebuah folder.",
			"--lra compares one workbook with its LRA export, not a folder.")
		return nil, &m
	}
	// The export is the finance system's own file: the workbook's password is not its.
	e, ferr := reconcile.ReadExport(file, reconcile.Options{MaxUnzipSize: opt.MaxUnzipSize})
	if ferr != nil {
		m := reconcile.Msg("--lra: %s", "--lra: %s", ferr.Message)
		return nil, &m
	}
	return e, nil
}
