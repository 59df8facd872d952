package reconcile_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
)

// TestNoFloatOnTheNumericPath parses every non-test source of the checker (cmd, reconcile,
// rules) and fails on any use of a float type or of a float conversion of decimal or strconv:
// amounts and percentages are decimals read from text, from reading to printing.
func TestNoFloatOnTheNumericPath(t *testing.T) {
	banned := map[string]bool{"float64": true, "float32": true, "ParseFloat": true, "NewFromFloat": true,
		"NewFromFloat32": true, "NewFromFloatWithExponent": true, "InexactFloat64": true, "Float64": true, "FormatFloat": true}
	checked := 0
	for _, root := range []string{"../cmd", "../reconcile", "../rules"} {
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
				return err
			}
			f, err := parser.ParseFile(token.NewFileSet(), path, nil, 0) // comments dropped
			if err != nil {
				return err
			}
			checked++
			ast.Inspect(f, func(n ast.Node) bool {
				if id, ok := n.(*ast.Ident); ok && banned[id.Name] {
					t.Errorf("%s: %s on the numeric path", path, id.Name)
				}
				return true
			})
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if checked < 20 {
		t.Fatalf("only %d files checked", checked)
	}
}
