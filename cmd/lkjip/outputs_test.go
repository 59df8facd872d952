package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestOutputsNeverNameInputs: an output (-o, --recap, --annotate, --fix) that names a file the run
// reads, directly, through a link, by another spelling or inside a folder being checked, is
// refused with exit 2 before anything is read: the input keeps its bytes, nothing is written
// and nothing is printed on stdout.
func TestOutputsNeverNameInputs(t *testing.T) {
	dir := t.TempDir()
	x := filepath.Join(dir, "x.xlsx")
	copyFile(t, kragan, x)
	kab := filepath.Join(dir, "kab")
	os.Mkdir(kab, 0o755)
	inFolder := filepath.Join(kab, "kragan-2021.xlsx")
	copyFile(t, kragan, inFolder)
	copyFile(t, clean, filepath.Join(kab, "bersih-2023.xlsx"))
	link := filepath.Join(dir, "tautan.xlsx")
	if err := os.Symlink(x, link); err != nil {
		t.Fatal(err)
	}
	hard := filepath.Join(dir, "keras.xlsx")
	if err := os.Link(x, hard); err != nil {
		t.Fatal(err)
	}
	config := writeConfig(t, "deadline: 1 April\n")
	original, _ := os.ReadFile(kragan)
	before := listDir(t, dir)

	cases := []struct {
		name string
		args []string
		says []string // what the message must name
	}{
		{"-o over the workbook", []string{"-o", x, x}, []string{x}},
		{"--recap over the workbook", []string{"--recap", x, x}, []string{"--recap", x, "menimpa"}},
		{"--annotate over the workbook", []string{"--annotate", x, x}, []string{"--annotate", x, "menimpa"}},
		{"--recap through a symbolic link", []string{"--recap", link, x}, []string{link, x}},
		{"--annotate through a symbolic link", []string{"--annotate", link, x}, []string{link, x}},
		{"--fix over the workbook", []string{"--fix", x, x}, []string{"--fix", x, "menimpa"}},
		{"--perbaiki through a hard link", []string{"--perbaiki", hard, x}, []string{"--fix", hard, x}},
		{"--fix and --annotate in one file", []string{"--fix", filepath.Join(dir, "s.xlsx"), "--annotate", filepath.Join(dir, "s.xlsx"), x}, []string{"--fix", "--annotate", "sama"}},
		{"--recap through a hard link", []string{"--recap", hard, x}, []string{hard, x}},
		{"--recap spelt another way", []string{"--recap", filepath.Join(dir, "kab", "..", "x.xlsx"), x}, []string{"menimpa"}},
		{"--recap inside the folder checked", []string{"--recap", inFolder, kab}, []string{inFolder, "folder " + kab}},
		{"-o and --recap inside the folder, spelt another way", []string{"--recap", filepath.Join(kab, ".", "kragan-2021.xlsx"), kab}, []string{inFolder}},
		{"-o over the settings file", []string{"--config", config, "-o", config, x}, []string{config, "menimpa"}},
		{"two outputs in one file", []string{"-o", filepath.Join(dir, "r.csv"), "--recap", filepath.Join(dir, "r.csv"), kab}, []string{"-o", "--recap", "sama"}},
		{"an output folder that does not exist", []string{"-o", filepath.Join(dir, "tidak-ada", "r.json"), x}, []string{filepath.Join(dir, "tidak-ada"), "tidak ada"}},
		{"an output that is a folder", []string{"-o", kab, x}, []string{kab, "folder"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, stdout, stderr := runArgs(append([]string{"check", "--quiet"}, c.args...)...)
			if code != 2 || stdout != "" {
				t.Errorf("exit %d, stdout %.200q", code, stdout)
			}
			for _, s := range c.says {
				if !strings.Contains(stderr, s) {
					t.Errorf("the message does not name %q: %s", s, stderr)
				}
			}
			for _, in := range []string{x, inFolder} {
				if b, err := os.ReadFile(in); err != nil || !bytes.Equal(b, original) {
					t.Fatalf("%s lost its bytes (%v)", in, err)
				}
			}
			if after := listDir(t, dir); after != before {
				t.Errorf("something was written:\nbefore %s\nafter  %s", before, after)
			}
		})
	}

	// The same refusals in English, and for lkjip diff.
	if code, _, stderr := runArgs("check", "--lang", "en", "--recap", link, x); code != 2 || !strings.Contains(stderr, "would overwrite") {
		t.Errorf("English: exit %d: %s", code, stderr)
	}
	if code, _, stderr := runArgs("diff", "--annotate", link, kragan, x); code != 2 || !strings.Contains(stderr, link) {
		t.Errorf("diff --annotate through a link: exit %d: %s", code, stderr)
	}
	if code, _, stderr := runArgs("diff", "-o", hard, kragan, x); code != 2 || !strings.Contains(stderr, hard) {
		t.Errorf("diff -o over a hard link: exit %d: %s", code, stderr)
	}
	if b, _ := os.ReadFile(x); !bytes.Equal(b, original) {
		t.Fatal("diff wrote over its input")
	}

	// A recap written beside the folder, not in it, is fine, and the folder is checked.
	recap := filepath.Join(dir, "rekap.xlsx")
	if code, _, stderr := runArgs("check", "--quiet", "--recap", recap, kab); code != 1 || stderr != "" {
		t.Errorf("a recap beside the folder: exit %d: %s", code, stderr)
	}
	if _, err := os.Stat(recap); err != nil {
		t.Errorf("the recap was not written: %v", err)
	}
}

// listDir lists every file under dir with its size, for telling that nothing was written.
func listDir(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	filepath.Walk(dir, func(path string, info os.FileInfo, err error) error {
		if err == nil {
			fmt.Fprintf(&b, "%s:%s:%d ", path, info.Mode(), info.Size())
		}
		return nil
	})
	return b.String()
}

// TestOutputFormat: the report's format follows -o's extension unless --format says it, and an
// extension of another format is refused.
func TestOutputFormat(t *testing.T) {
	dir := t.TempDir()
	html := filepath.Join(dir, "laporan.html")
	if code, _, stderr := runArgs("check", "-o", html, clean); code != 0 || stderr != "" {
		t.Fatalf("-o laporan.html: exit %d: %s", code, stderr)
	}
	if b, _ := os.ReadFile(html); !bytes.HasPrefix(b, []byte("<!DOCTYPE html>")) {
		t.Errorf("-o laporan.html wrote %.40q", b)
	}
	if code, _, stderr := runArgs("check", "--format", "csv", "-o", filepath.Join(dir, "laporan.json"), clean); code != 2 || !strings.Contains(stderr, "--format csv") {
		t.Errorf("--format csv -o laporan.json: exit %d: %s", code, stderr)
	}
	if code, _, stderr := runArgs("check", "-o", filepath.Join(dir, "laporan.xlsx"), clean); code != 2 || !strings.Contains(stderr, "--annotate") {
		t.Errorf("-o laporan.xlsx: exit %d: %s", code, stderr)
	}
	if code, _, stderr := runArgs("check", "--format", "xml", clean); code != 2 || !strings.Contains(stderr, "text, json, html, csv") {
		t.Errorf("--format xml: exit %d: %s", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "laporan.json")); err == nil {
		t.Error("a refused run wrote its output")
	}
}
