//go:build !windows

package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// The test binary runs lkjip itself when LKJIP_AS_MAIN is set: the interrupt test needs a
// process of its own to send Ctrl+C to.
func init() {
	if os.Getenv("LKJIP_AS_MAIN") == "1" {
		args := os.Args[1:]
		for i, a := range args {
			if a == "--" {
				args = args[i+1:]
				break
			}
		}
		os.Exit(run(args, os.Stdout, os.Stderr))
	}
}

// TestInterruptLeavesNothing: Ctrl+C in a batch stops it, says so, and leaves neither the
// spill file (findings with the units' figures) in the temporary folder nor a report or a
// half-written temporary file in the output folder.
func TestInterruptLeavesNothing(t *testing.T) {
	sample, err := os.ReadFile(filepath.Join("..", "..", "samples", "kragan-2021.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	in, out, tmp := t.TempDir(), t.TempDir(), t.TempDir()
	for i := range 400 {
		if err := os.WriteFile(filepath.Join(in, fmt.Sprintf("kragan-%03d.xlsx", i)), sample, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cmd := exec.Command(os.Args[0], "-test.run=^$", "--", "check", "--quiet", "--format", "json", "-o", filepath.Join(out, "report.json"), in)
	cmd.Env = append(os.Environ(), "LKJIP_AS_MAIN=1", "TMPDIR="+tmp)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Wait until the batch has begun (its spill file exists), then interrupt it.
	deadline := time.Now().Add(20 * time.Second)
	for {
		if spills, _ := filepath.Glob(filepath.Join(tmp, "lkjip-*.spill")); len(spills) > 0 {
			break
		}
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatalf("no spill file appeared; stderr: %s", stderr.String())
		}
		time.Sleep(10 * time.Millisecond)
	}
	time.Sleep(200 * time.Millisecond)
	if err := cmd.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	err = cmd.Wait()
	if code := cmd.ProcessState.ExitCode(); code != 2 {
		t.Errorf("exit code %d (%v), want 2; stderr: %s", code, err, stderr.String())
	}
	if !strings.Contains(stderr.String(), "dihentikan sebelum selesai; tidak ada yang ditulis") {
		t.Errorf("stderr does not say the run was stopped: %q", stderr.String())
	}
	for _, dir := range []string{tmp, out} {
		left, _ := os.ReadDir(dir)
		for _, e := range left {
			t.Errorf("left behind after Ctrl+C: %s", filepath.Join(dir, e.Name()))
		}
	}
}
