package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
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

// TestRunTemplateSizes: the size options make the rows a report needs (Kragan: 5 programs, 45
// inventory items), and refuse sizes out of bounds in one line.
func TestRunTemplateSizes(t *testing.T) {
	out := filepath.Join(t.TempDir(), "kragan.xlsx")
	code, _, errOut := runArgs("template", "--tahun", "2021", "--instansi", "Kecamatan Kragan", "--sasaran", "5", "--program", "5", "--kegiatan", "3",
		"--subkegiatan", "2", "--inventaris", "45", "--unit-pegawai", "6", "-o", out)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	// The rows to fill are styled (yellow input cells): 30 more inventory rows than the
	// default 15, and 5 × 3 × 2 sub kegiatan rather than 3 × 2 × 2.
	def := filepath.Join(t.TempDir(), "bawaan.xlsx")
	if code, _, errOut := runArgs("template", "--tahun", "2021", "--instansi", "Kecamatan Kragan", "-o", def); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	styled := func(path, sheet, col string) int {
		f, err := excelize.OpenFile(path)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		n := 0
		for r := 1; r <= 400; r++ {
			if st, _ := f.GetCellStyle(sheet, col+strconv.Itoa(r)); st != 0 {
				n++
			}
		}
		return n
	}
	if got := styled(out, "Inventaris", "B") - styled(def, "Inventaris", "B"); got != 30 {
		t.Errorf("%d more inventory rows than the default, want 30", got)
	}
	if got := styled(out, "Realisasi Anggaran", "C") - styled(def, "Realisasi Anggaran", "C"); got != (5+15+30)-(3+6+12) {
		t.Errorf("%d more budget rows than the default, want %d", got, (5+15+30)-(3+6+12))
	}
	for _, bad := range [][]string{{"--program", "0"}, {"--inventaris", "5000"}, {"--program", "50", "--kegiatan", "30", "--subkegiatan", "30"}} {
		args := append([]string{"template", "--tahun", "2021", "--instansi", "X", "-o", filepath.Join(t.TempDir(), "x.xlsx")}, bad...)
		if code, _, errOut := runArgs(args...); code != 2 || strings.Count(errOut, "\n") != 1 {
			t.Errorf("%v: exit %d, %q", bad, code, errOut)
		}
	}
}
