package layout_test

import (
	"os"
	"path/filepath"
	"testing"

	"lkjip/reconcile/layout"
	wb "lkjip/reconcile/workbook"
	"lkjip/reconcile/xlsx"
)

// BenchmarkBuild recognises the tables of the shipped samples, the layout step of every check:
// in a batch it costs about as much as reading the files. LKJIP_BENCH_CORPUS=DIR takes the
// first 200 workbooks of a generated corpus (samples/bench.sh) instead.
//
//	go test ./reconcile/layout -run '^$' -bench Build -cpuprofile /tmp/layout.prof
func BenchmarkBuild(b *testing.B) {
	paths, _ := filepath.Glob("../../samples/*.xlsx")
	if dir := os.Getenv("LKJIP_BENCH_CORPUS"); dir != "" {
		paths, _ = filepath.Glob(filepath.Join(dir, "*.xlsx"))
		paths = paths[:min(200, len(paths))]
	}
	var books [][]*wb.Sheet
	for _, p := range paths {
		sheets, err := xlsx.Read(p, xlsx.Options{})
		if err != nil {
			b.Fatal(err)
		}
		books = append(books, sheets)
	}
	if len(books) == 0 {
		b.Fatal("no samples")
	}
	b.ResetTimer()
	for b.Loop() {
		for i, sheets := range books {
			if w := layout.Build(paths[i], sheets); len(w.Tables) == 0 {
				b.Fatalf("%s: no tables", paths[i])
			}
		}
	}
}
