package main

import (
	"lkjip/reconcile"
	"lkjip/reconcile/workbook"
)

// readExport reads the finance system's LRA export given with --lra (the EKS rules compare
// the workbook with it), or returns the message that stops the run: an export that cannot be
// read is named with what to do about it. No file, no export.
func readExport(file string, s *reconcile.Settings) (*workbook.Export, *reconcile.Text) {
	if file == "" {
		return nil, nil
	}
	// The export is the finance system's own file: the workbook's password is not its.
	e, ferr := reconcile.ReadExport(file, reconcile.Options{MaxUnzipSize: int64(s.MaxUnzipMiB) << 20})
	if ferr != nil {
		m := reconcile.Msg("--lra: %s", "--lra: %s", ferr.Message)
		return nil, &m
	}
	return e, nil
}
