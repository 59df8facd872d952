// Command floor measures the least work any checker of these workbooks must do: unzip every
// part of every file and tokenize its XML with encoding/xml, on all cores, nothing else. The
// benchmark (samples/bench.sh) compares lkjip's time with this floor's on the same files.
//
//	go run ./samples/floor DIR...
package main

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"
)

func main() {
	var paths []string
	for _, dir := range os.Args[1:] {
		filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.HasSuffix(strings.ToLower(p), ".xlsx") {
				paths = append(paths, p)
			}
			return nil
		})
	}
	start := time.Now()
	jobs := make(chan string)
	var wg sync.WaitGroup
	var mu sync.Mutex
	tokens, failed := 0, 0
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p := range jobs {
				n, err := floor(p)
				mu.Lock()
				tokens += n
				if err != nil {
					failed++
				}
				mu.Unlock()
			}
		}()
	}
	for _, p := range paths {
		jobs <- p
	}
	close(jobs)
	wg.Wait()
	elapsed := time.Since(start)
	fmt.Printf("floor: %d files, %d XML tokens, %d failed, %.2f s, %.0f files/s\n",
		len(paths), tokens, failed, elapsed.Seconds(), float64(len(paths))/elapsed.Seconds())
}

// floor unzips every part of one file into memory and tokenizes the XML parts.
func floor(path string) (int, error) {
	zr, err := zip.OpenReader(path)
	if err != nil {
		return 0, err
	}
	defer zr.Close()
	n := 0
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			return n, err
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return n, err
		}
		if !strings.HasSuffix(f.Name, ".xml") && !strings.HasSuffix(f.Name, ".rels") {
			continue
		}
		d := xml.NewDecoder(bytes.NewReader(data))
		for {
			if _, err := d.RawToken(); err != nil {
				break
			}
			n++
		}
	}
	return n, nil
}
