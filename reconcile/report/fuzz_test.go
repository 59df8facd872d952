package report

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"lkjip/reconcile"
	"lkjip/rules"
)

// FuzzAnnotateBytes writes the annotated and the corrected copy of arbitrary bytes that check
// as a workbook: whatever they hold, the writers return a copy or one error with a message,
// never a panic. (Bytes that do not check as a workbook get no copy: see TestAnnotate*.)
func FuzzAnnotateBytes(f *testing.F) {
	for _, p := range []string{"kragan-2021.xlsx", "bersih-2023.xlsx"} {
		b, err := os.ReadFile(filepath.Join("..", "..", "samples", p))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
		f.Add(b[:len(b)*9/10])
	}
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(dir, "fuzz.xlsx")
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		r := reconcile.CheckFile(path, rules.All, nil, reconcile.Options{})
		if r.Err != nil {
			return
		}
		for name, write := range map[string]func() error{
			"annotate": func() error { return Annotate(io.Discard, r, "id", nil, AnnotateOptions{}) },
			"fix":      func() error { return Fix(io.Discard, r, "id", nil, FixOptions{}) },
		} {
			err := func() (err error) {
				defer func() {
					if p := recover(); p != nil {
						err = fmt.Errorf("panic: %v", p)
					}
				}()
				return write()
			}()
			if err != nil && (strings.HasPrefix(err.Error(), "panic") || strings.Contains(err.Error(), "runtime error")) {
				t.Fatalf("%s: %v", name, err)
			}
		}
	})
}
