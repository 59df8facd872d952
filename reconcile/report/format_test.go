package report

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"lkjip/reconcile"
	"lkjip/rules"
)

// TestEveryFormatPrintsSpilledFindings prints one batch in every format twice: with the
// findings in memory, and with them moved to the spill file (as a batch of thousands does).
// A printer that read the results' findings without loading them would print only the
// findings across files added since; the two outputs must be the same bytes.
func TestEveryFormatPrintsSpilledFindings(t *testing.T) {
	paths := []string{"../../samples/kragan-2021.xlsx", "../../samples/bersih-2023.xlsx", "../../samples/kragan-2021.xlsx", "../../samples/kragan-2021-perbaikan.xlsx"}
	check := func(spill *reconcile.Spill) []*reconcile.Result {
		c := &reconcile.Checker{Rules: rules.All, Options: reconcile.Options{Summarize: rules.Summarize, Spill: spill, OnlyLang: "id"}}
		results, err := c.Check(context.Background(), reconcile.Inputs(paths...))
		if err != nil {
			t.Fatal(err)
		}
		return results
	}
	kept := check(nil)
	spill, err := reconcile.NewSpill()
	if err != nil {
		t.Fatal(err)
	}
	defer spill.Close()
	spilled := check(spill)
	inMemory, total := 0, 0
	for i := range kept {
		inMemory += len(spilled[i].Findings)
		total += len(kept[i].Findings)
	}
	if total < 100 || inMemory >= total/10 {
		t.Fatalf("%d findings, %d of them in memory after the spill: the comparison would prove nothing", total, inMemory)
	}
	for _, f := range Formats {
		var a, b bytes.Buffer
		if err := f.Write(&a, kept, Options{Lang: "id"}); err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		if err := f.Write(&b, spilled, Options{Lang: "id"}); err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		if a.String() != b.String() {
			t.Errorf("%s: the spilled batch prints differently (%d bytes, %d in memory)", f.Name, b.Len(), a.Len())
		}
		if !strings.Contains(a.String(), "LRA002") || !strings.Contains(a.String(), "BKS001") {
			t.Errorf("%s: the batch's findings are not all printed", f.Name)
		}
	}
}

// TestFormatRegistry: names and extensions are unique, each format has help in both
// languages, and a file name finds its format.
func TestFormatRegistry(t *testing.T) {
	names, exts := map[string]bool{}, map[string]bool{}
	for _, f := range Formats {
		if names[f.Name] || exts[f.Ext] || f.Help.ID == "" || f.Help.EN == "" || f.write == nil {
			t.Errorf("format %+v", f)
		}
		names[f.Name], exts[f.Ext] = true, true
		if FormatNamed(f.Name) != f || FormatOfFile("laporan"+strings.ToUpper(f.Ext)) != f {
			t.Errorf("%s is not found by its name or extension", f.Name)
		}
	}
	if FormatNames() != "text|json|html|csv" || FormatOfFile("laporan.htm").Name != "html" || FormatOfFile("laporan.xlsx") != nil || FormatNamed("xml") != nil {
		t.Errorf("names %q", FormatNames())
	}
}
