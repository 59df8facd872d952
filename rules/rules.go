// Package rules is the catalogue: every check lkjip makes, one small file per rule. A rule
// sees the workbook model (package workbook), never the file; it reports through its Pass.
//
// Rule IDs carry the sheet they are about:
//
//	UM   umum: the workbook as a whole, reading, formulas, numbering, years
//	LRA  Realisasi Anggaran (the budget realisation)
//	PGK  Pengukuran (measured achievement)
//	ASR  Anggaran Sasaran (budget per sasaran)
//	IDN  Identitas
//	PK   Perjanjian Kinerja
//	RGK  Ringkasan
//	SAS  sasaran across sheets
//	THN  years in titles
//	TBL  terbilang: amounts in words
//	NIP  the civil servant number of the signatory
//	PGW  Pegawai (staff counts)
//	INV  Inventaris
//	SKL  Skala (the predikat scale)
//	BKS  berkas: checks across the files of a batch (RunBatch)
//	EKS  ekspor: the Realisasi Anggaran against the finance system's LRA export (check --lra)
//
// To add a rule: write rules/<id>_<name>.go holding one *reconcile.Rule value with its
// titles, scope, documentation and Run, add it to All below (TestEveryRuleIsInAll fails until
// it is), and add a test in rules/<id>_<name>_test.go with a workbook that breaks it and one
// that does not.
package rules

import "lkjip/reconcile"

// All is the catalogue, in the order `lkjip rules` lists it. The order decides nothing else:
// which of two rules speaks for a cell both flag is their Scope's business (reconcile's
// collector).
var All = []*reconcile.Rule{
	reconcile.Internal,
	UM001, UM002, UM003, UM004, UM005, UM006, UM007, UM008, UM009, UM010, UM011, UM012, UM013, UM014, UM015, UM016, UM017, UM018, UM019, UM020, UM021, UM022,
	LRA001, LRA002, LRA003, LRA004, LRA005, LRA006, LRA007, LRA008, LRA009, LRA010, LRA011, LRA012,
	PGK001, PGK002, PGK003, PGK004, PGK005, PGK006,
	ASR001, ASR002, ASR003, ASR004,
	IDN001, IDN002, IDN003, IDN004, IDN005,
	PK001, PK002, PK003,
	RGK001, RGK002, RGK003, RGK004,
	SAS001, THN001,
	TBL001, TBL002,
	NIP001, NIP002, NIP003,
	PGW001, PGW002, PGW003, PGW004, PGW005,
	INV001, INV002,
	SKL001, SKL002, SKL003,
	BKS001, BKS002, BKS003, BKS004, BKS005, BKS006,
	EKS001, EKS002, EKS003, EKS004, EKS005, EKS006,
}

// UM017 is the rule of a finding at a typed figure that the figures computed from it agree is
// wrong: the diagnosis (package reconcile) names it, no rule of the catalogue computes it.
var UM017 = reconcile.Implied

// UM022 is the finding of a big workbook whose relations fail too often for their causes to
// be traced one by one: the diagnosis (package reconcile) reports it in their stead.
var UM022 = reconcile.TooManyConflicts

// ByID returns the rule with an ID, or nil.
func ByID(id string) *reconcile.Rule {
	for _, r := range All {
		if r.ID == id {
			return r
		}
	}
	return nil
}
