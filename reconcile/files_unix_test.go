//go:build unix

package reconcile_test

import (
	"io"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"lkjip/reconcile"
)

// TestWriteFileUmask: an output gets 0666 less the user's umask (0644 under the usual 022),
// as any file the user makes, not the 0600 of a temporary file.
func TestWriteFileUmask(t *testing.T) {
	dir := t.TempDir()
	old := syscall.Umask(0o022)
	defer syscall.Umask(old)
	for _, c := range []struct {
		umask int
		want  os.FileMode
	}{{0o022, 0o644}, {0o002, 0o664}, {0o077, 0o600}} {
		syscall.Umask(c.umask)
		target := filepath.Join(dir, "hasil.json")
		if err := reconcile.WriteFile(target, func(w io.Writer) error { _, err := io.WriteString(w, "{}"); return err }); err != nil {
			t.Fatal(err)
		}
		info, err := os.Stat(target)
		if err != nil {
			t.Fatal(err)
		}
		if got := info.Mode().Perm(); got != c.want {
			t.Errorf("umask %03o: the output has mode %04o, want %04o", c.umask, got, c.want)
		}
		os.Remove(target)
	}
}
