package main

import (
	"strings"
	"testing"
)

// TestHelpVersionAndUnknownFlags: every command's --help is its help on stdout, in the chosen
// language, exit 0; --version says the version; a flag a command does not know is one line on
// stderr that names it and the way to the help, exit 2, never Go's English listing.
func TestHelpVersionAndUnknownFlags(t *testing.T) {
	for _, cmd := range []string{"check", "diff", "serve", "template", "rules", "explain", "config"} {
		for _, c := range []struct {
			args []string
			want string
		}{{[]string{cmd, "--help"}, "Pemakaian:"}, {[]string{cmd, "-h"}, "Pemakaian:"}, {[]string{cmd, "--lang", "en", "--help"}, "Usage:"}} {
			code, out, errOut := runArgs(c.args...)
			if code != 0 || !strings.Contains(out, c.want) || !strings.Contains(out, "lkjip "+cmd) || errOut != "" {
				t.Errorf("%v: exit %d, stdout %.60q, stderr %q", c.args, code, out, errOut)
			}
		}
		code, out, errOut := runArgs(cmd, "--tidak-ada", "x.xlsx")
		lines := strings.Split(strings.TrimSpace(errOut), "\n")
		if code != 2 || out != "" || len(lines) != 1 || !strings.Contains(errOut, "-tidak-ada") || !strings.Contains(errOut, "lkjip "+cmd+" --help") ||
			strings.Contains(errOut, "Usage of") || strings.Contains(errOut, "flag provided") {
			t.Errorf("%s --tidak-ada: exit %d, stdout %q, stderr %q", cmd, code, out, errOut)
		}
	}
	for _, args := range [][]string{{"--version"}, {"version"}} {
		if code, out, _ := runArgs(args...); code != 0 || !strings.HasPrefix(out, "lkjip 0.") {
			t.Errorf("%v: exit %d, %q", args, code, out)
		}
	}
	if code, _, errOut := runArgs("check", "--lang", "en", "-o"); code != 2 || errOut != "lkjip check: option -o needs a value; see lkjip check --help.\n" {
		t.Errorf("check -o: exit %d, %q", code, errOut)
	}
	if code, _, errOut := runArgs("template", "--tahun", "dua"); code != 2 || !strings.Contains(errOut, `nilai "dua" untuk -tahun tidak sah`) {
		t.Errorf("template --tahun dua: exit %d, %q", code, errOut)
	}
	if code, _, errOut := runArgs("periksa"); code != 2 || errOut != "lkjip: perintah \"periksa\" tidak dikenal; lihat lkjip help.\n" {
		t.Errorf("unknown command: exit %d, %q", code, errOut)
	}
}
