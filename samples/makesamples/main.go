// Command makesamples (re)writes the sample workbooks of samples/build:
// kragan-2021.xlsx (the Kecamatan Kragan 2021 report, mistakes included) and
// bersih-2023.xlsx (a clean workbook). Run from the module root:
//
//	go run ./samples/makesamples [-dir samples]
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"lkjip/samples/build"
)

func main() {
	dir := flag.String("dir", "samples", "folder to write the samples into")
	flag.Parse()
	for _, s := range build.Samples() {
		p := filepath.Join(*dir, s.File)
		if err := s.Workbook.Write(p, s.Layout); err != nil {
			fmt.Fprintln(os.Stderr, "makesamples:", err)
			os.Exit(1)
		}
		fmt.Printf("wrote %s (%s, layout %s)\n", p, s.Workbook.Name, s.Layout)
	}
}
