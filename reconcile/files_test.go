package reconcile_test

import (
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"lkjip/reconcile"
)

// TestWriteFileFailureLeavesNothing: a printer that fails halfway leaves no file, and an
// output already in place keeps its bytes.
func TestWriteFileFailureLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "hasil.json")
	broken := errors.New("printer failed")
	err := reconcile.WriteFile(target, func(w io.Writer) error {
		io.WriteString(w, `{"files": [`)
		return broken
	})
	if !errors.Is(err, broken) {
		t.Fatalf("the printer's error was lost: %v", err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("a failed write left %v behind", entries)
	}
	os.WriteFile(target, []byte("lama"), 0o644)
	reconcile.WriteFile(target, func(w io.Writer) error { return broken })
	if b, _ := os.ReadFile(target); string(b) != "lama" {
		t.Errorf("the previous output was clobbered: %q", b)
	}
}

// TestWriteFileNamesTheOutput: an output in a folder that does not exist is named as the user
// named it, never as its hidden temporary file.
func TestWriteFileNamesTheOutput(t *testing.T) {
	target := filepath.Join(t.TempDir(), "tidak-ada", "hasil.json")
	err := reconcile.WriteFile(target, func(w io.Writer) error { _, err := io.WriteString(w, "{}"); return err })
	var we *reconcile.WriteError
	if !errors.As(err, &we) {
		t.Fatalf("error %v (%T), want a *WriteError", err, err)
	}
	msg := we.Message()
	if !strings.Contains(msg.ID, target) || !strings.Contains(msg.ID, "folder") || !strings.Contains(msg.EN, "does not exist") || strings.Contains(msg.ID+msg.EN, ".tmp") {
		t.Errorf("message %+v", msg)
	}
}

// TestWriteFileDiskFull fills a small file system (a 64 KiB tmpfs, mounted for the test:
// root only): the write fails naming the output and saying the disk is full, and no half file
// stays on the disk.
func TestWriteFileDiskFull(t *testing.T) {
	dir := t.TempDir()
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", dir).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a small file system here (%v: %s); TestWriteFileFailureLeavesNothing covers the cleanup", err, strings.TrimSpace(string(out)))
	}
	defer exec.Command("umount", dir).Run()
	target := filepath.Join(dir, "hasil.json")
	chunk := []byte(strings.Repeat("x", 4096))
	err := reconcile.WriteFile(target, func(w io.Writer) error {
		for range 64 { // 256 KiB into 64 KiB
			if _, err := w.Write(chunk); err != nil {
				return err
			}
		}
		return nil
	})
	var we *reconcile.WriteError
	if !errors.As(err, &we) || !strings.Contains(we.Message().ID, "disk penuh") || !strings.Contains(we.Message().EN, target) {
		t.Fatalf("error %v", err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("a full disk kept %v", entries)
	}
}

// TestWriteFilePanicLeavesNothing: a printer that panics (a library failing inside) leaves no
// temporary file behind, and the panic reaches whoever recovers it.
func TestWriteFilePanicLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "salinan.xlsx")
	func() {
		defer func() {
			if v := recover(); v != "excelize" {
				t.Errorf("recovered %v, want the printer's panic", v)
			}
		}()
		reconcile.WriteFile(target, func(w io.Writer) error {
			io.WriteString(w, "PK")
			panic("excelize")
		})
	}()
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("a panicking printer left %v behind", entries)
	}
}
