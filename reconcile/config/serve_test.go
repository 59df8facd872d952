package config

import (
	"strings"
	"testing"
)

func TestServeLimits(t *testing.T) {
	s, err := Parse("lkjip.yaml", []byte("serve:\n  max_upload_mib: 8\n  max_files: 3\n"), nil)
	if err != nil || s.Serve.MaxUploadMiB != 8 || s.Serve.MaxFiles != 3 {
		t.Fatalf("%v %+v", err, s)
	}
	for _, bad := range []string{"serve:\n  max_upload_mib: 0\n", "serve:\n  max_files: banyak\n", "serve:\n  max_files: 1001\n", "serve:\n  max_upload_mb: 8\n"} {
		_, err := Parse("lkjip.yaml", []byte(bad), nil)
		if err == nil || !strings.Contains(err.Error(), "lkjip.yaml:2") {
			t.Errorf("%q: %v", bad, err)
		}
	}
	// The commented example of the defaults loads once uncommented.
	for _, lang := range []string{"id", "en"} {
		text := Default(lang)
		i := strings.Index(text, "# serve:\n")
		if i < 0 {
			t.Fatalf("%s: no commented-out serve example", lang)
		}
		var b strings.Builder
		for _, l := range strings.SplitAfter(text[i:], "\n") {
			if !strings.HasPrefix(l, "#") {
				break
			}
			b.WriteString(strings.TrimPrefix(strings.TrimPrefix(l, "#"), " "))
		}
		s, err := Parse("lkjip.yaml", []byte(b.String()), nil)
		if err != nil || s.Serve.MaxUploadMiB != 32 || s.Serve.MaxFiles != 20 {
			t.Errorf("%s: %q: %v %+v", lang, b.String(), err, s)
		}
	}
}
