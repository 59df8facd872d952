package build

// KraganPerbaikan is Kragan2021 as the kecamatan sends it back after an auditor's review,
// for `lkjip diff`: some mistakes corrected, one left half-corrected, one new slip made while
// retyping, and one row added. Everything else is the Kragan transcription unchanged, so the
// difference between the two files is exactly this list:
//
//   - Identitas Jumlah Kegiatan 9 becomes 8 (the count of kegiatan in PK);
//   - IKU: the second sasaran numbered 4 becomes 5;
//   - Pengukuran: the label "% Capaian 2020" becomes "% Capaian 2021" (the other year labels
//     stay wrong), and % Capaian s/d of the fourth indicator 127,29 becomes 78,56;
//   - Realisasi Anggaran: % of program I. 98,82 becomes 98,32, and the mistyped Realisasi of
//     II.2 24.464.600 becomes 25.058.600 (what its % and its program say) with its Selisih
//     594.725 becoming 725;
//   - Ringkasan: Capaian Sasaran 2 is retyped 99,90 instead of 99,99 (a new mistake);
//   - Inventaris: item 46, Printer Multifungsi, is added.
func KraganPerbaikan() *Workbook {
	w := Kragan2021()
	w.Name = "Kecamatan Kragan 2021 (perbaikan)"
	setPair(w.Sheet(Identitas), "Jumlah Kegiatan", N("8"))
	w.Sheet(IKU).Tables[0].Rows[4][0] = N("5")
	peng := &w.Sheet(Pengukuran).Tables[0]
	peng.Columns[7].Label = "% Capaian 2021"
	peng.Rows[3][11] = N("78,56")
	lra := &w.Sheet(RealisasiAnggaran).Tables[0]
	lra.Rows[2][5] = N("98,32")       // I.
	lra.Rows[11][3] = N("25.058.600") // II.2
	lra.Rows[11][4] = N("725")
	setPair(w.Sheet(Ringkasan), "Capaian Sasaran 2", N("99,90"))
	inv := &w.Sheet(Inventaris).Tables[0]
	inv.Rows = append(inv.Rows, []Cell{N("46"), T("Printer Multifungsi"), N("2"), T("Baik")})
	return w
}

func setPair(s *Sheet, label string, v Cell) {
	for i := range s.Pairs {
		if s.Pairs[i].Label == label {
			s.Pairs[i].Value = v
			return
		}
	}
	panic("no pair " + label)
}
