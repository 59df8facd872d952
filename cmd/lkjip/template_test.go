package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRunTemplateWrites(t *testing.T) {
	out := filepath.Join(t.TempDir(), "templat.xlsx")
	var so, se bytes.Buffer
	code := runTemplate([]string{"--tahun", "2023", "--instansi", "Kecamatan Lasem", "--kabupaten", "Kabupaten Rembang", "--renstra", "2021-2026", "-o", out}, &so, &se)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, se.String())
	}
	if info, err := os.Stat(out); err != nil || info.Size() == 0 {
		t.Fatalf("no template written: %v", err)
	}
	so.Reset()
	se.Reset()
	code = check([]string{"--quiet", out}, &so, &se)
	t.Logf("check on the empty template (exit %d):\n%s%s", code, so.String(), se.String())
}

func TestRunTemplateFlags(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		name string
		args []string
	}{
		{"no output", []string{"--tahun", "2023", "--instansi", "X"}},
		{"no year", []string{"--instansi", "X", "-o", filepath.Join(dir, "a.xlsx")}},
		{"no unit", []string{"--tahun", "2023", "-o", filepath.Join(dir, "a.xlsx")}},
		{"bad renstra", []string{"--tahun", "2023", "--instansi", "X", "--renstra", "2021", "-o", filepath.Join(dir, "a.xlsx")}},
		{"renstra without the year", []string{"--tahun", "2023", "--instansi", "X", "--renstra", "2015-2020", "-o", filepath.Join(dir, "a.xlsx")}},
		{"not xlsx", []string{"--tahun", "2023", "--instansi", "X", "-o", filepath.Join(dir, "a.xls")}},
		{"unknown flag", []string{"--tahun", "2023", "--instansi", "X", "--bogus", "-o", filepath.Join(dir, "a.xlsx")}},
		{"stray argument", []string{"--tahun", "2023", "--instansi", "X", "-o", filepath.Join(dir, "a.xlsx"), "extra"}},
	} {
		var so, se bytes.Buffer
		if code := runTemplate(tc.args, &so, &se); code != 2 {
			t.Errorf("%s: exit %d, want 2", tc.name, code)
		}
		if se.Len() == 0 {
			t.Errorf("%s: nothing said on stderr", tc.name)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("files left behind: %s", strings.Join(names, ", "))
	}
}
