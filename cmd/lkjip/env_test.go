package main

import (
	"os"
	"testing"
)

// TestMain runs the command's tests at the report's default width, whatever the terminal
// that runs them exports as $COLUMNS: the tests that want another width set it themselves.
func TestMain(m *testing.M) {
	os.Unsetenv("COLUMNS")
	os.Exit(m.Run())
}
