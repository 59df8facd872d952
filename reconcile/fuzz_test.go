package reconcile_test

import (
	"os"
	"path/filepath"
	"testing"

	"lkjip/reconcile"
	"lkjip/rules"
)

// FuzzCheckBytes checks arbitrary bytes as a workbook: whatever they are, lkjip answers with
// findings or one file error, never a panic (an internal error is a failure here).
func FuzzCheckBytes(f *testing.F) {
	for _, p := range []string{"kragan-2021.xlsx", "bersih-2023.xlsx"} {
		b, err := os.ReadFile(filepath.Join("..", "samples", p))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
		f.Add(b[:len(b)/2])
	}
	f.Add([]byte("No;Uraian;Anggaran\n"))
	f.Add([]byte{})
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(dir, "fuzz.xlsx")
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		r := reconcile.CheckFile(path, rules.All, nil, reconcile.Options{})
		if r.Err != nil {
			if r.Err.Code == "internal" {
				t.Fatalf("internal error: %s", r.Err.Message.EN)
			}
			if r.Err.Message.ID == "" || r.Err.Message.EN == "" {
				t.Fatalf("a file error without its message: %+v", r.Err)
			}
			return
		}
		for _, x := range r.Findings {
			if x.Rule == reconcile.Internal.ID {
				t.Fatalf("a rule failed: %s", x.Message.EN)
			}
		}
	})
}
