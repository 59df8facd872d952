package main

import (
	"fmt"

	"lkjip/reconcile"
	"lkjip/reconcile/workbook"
	"lkjip/rules"
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

// pairExports handles the finance system's LRA exports found among a batch's files: each is
// compared, as --lra would, with the one workbook of the batch of the same unit and year (that
// workbook's result is checked again with it), and is no file of its own in the report. One
// that matches no workbook, or several, is said on stderr with what to do; neither is an
// unreadable file. inputs are the batch's files, results the Checker's (the first
// len(inputs) in their order).
func (c *command) pairExports(checker *reconcile.Checker, inputs []reconcile.Input, results []*reconcile.Result) []*reconcile.Result {
	drop := map[int]bool{}
	for i := range inputs {
		r := results[i]
		if r.Err == nil || r.Err.Code != "lra-export" {
			continue
		}
		drop[i] = true
		e := r.Err.Export // read once, as the check found it is an export
		if e == nil || e.Table == nil {
			fmt.Fprintln(c.stderr, c.name+": "+r.Err.Message.In(*c.lang))
			continue
		}
		var match []int
		for j := range inputs {
			w := results[j]
			// Both named: an unknown name matches anything in SameUnit, as the EKS rules need.
			if w.Err == nil && w.Unit != "" && e.Unit != "" && rules.SameUnit(w.Unit, e.Unit) && (e.Year == 0 || e.Year == w.Year) {
				match = append(match, j)
			}
		}
		if len(match) != 1 {
			m := reconcile.Msg("%s: ekspor LRA %s %d tidak dipasangkan: %d buku kerja unit dan tahun itu ada di antara berkas yang diperiksa. Bandingkan dengan: lkjip check BUKU-KERJA.xlsx --lra %s",
				"%s: the LRA export of %s %d was not paired: %d workbooks of that unit and year are among the files checked. Compare it with: lkjip check WORKBOOK.xlsx --lra %s",
				r.Path, e.Unit, e.Year, len(match), r.Path)
			fmt.Fprintln(c.stderr, c.name+": "+m.In(*c.lang))
			continue
		}
		j := match[0]
		paired := *checker
		paired.Options.Export = e
		paired.Progress = nil
		if _, res := paired.CheckWorkbook(inputs[j]); res != nil {
			results[j] = res
		}
		fmt.Fprintln(c.stderr, c.name+": "+reconcile.Msg("%s: ekspor LRA %s dibandingkan dengan %s (seperti --lra).",
			"%s: the LRA export of %s was compared with %s (as --lra does).", r.Path, e.Unit, results[j].Path).In(*c.lang))
	}
	if len(drop) == 0 {
		return results
	}
	var out []*reconcile.Result
	for i, r := range results {
		if !drop[i] {
			out = append(out, r)
		}
	}
	return out
}
