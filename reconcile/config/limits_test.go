package config

import (
	"strings"
	"testing"
)

func TestLimits(t *testing.T) {
	s, err := Parse("lkjip.yaml", []byte("limits:\n  max_unzip_mib: 64\n"), nil)
	if err != nil || s.MaxUnzipMiB != 64 {
		t.Fatalf("%v %+v", err, s)
	}
	for _, bad := range []string{"limits:\n  max_unzip_mib: 0\n", "limits:\n  max_unzip_mib: banyak\n", "limits:\n  max_unzip_mb: 64\n"} {
		_, err := Parse("lkjip.yaml", []byte(bad), nil)
		if err == nil || !strings.Contains(err.Error(), "lkjip.yaml:2") {
			t.Errorf("%q: %v", bad, err)
		}
	}
}
