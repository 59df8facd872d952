//go:build !unix

package main

import "os"

// fileWidth is 0 where lkjip does not ask the console its width (Windows): $COLUMNS, or the
// report's default width, applies.
func fileWidth(*os.File) int { return 0 }
