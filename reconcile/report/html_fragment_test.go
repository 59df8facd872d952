package report

import (
	"bytes"
	"strings"
	"testing"

	"lkjip/reconcile"
)

// TestHTMLFragment: the fragment is the report page's <main>, whole, and nothing around it.
func TestHTMLFragment(t *testing.T) {
	rs := []*reconcile.Result{checkKragan(t)}
	var b bytes.Buffer
	if err := HTMLFragment(&b, rs, "en", nil); err != nil {
		t.Fatal(err)
	}
	frag := b.String()
	page := renderHTML(t, rs, "en")
	if !strings.Contains(page, "<main>"+frag+"</main>") {
		t.Errorf("the fragment is not the page's <main>")
	}
	for _, unwanted := range []string{"<html", "<head>", "<style", "<body", "<main"} {
		if strings.Contains(frag, unwanted) {
			t.Errorf("the fragment holds %q", unwanted)
		}
	}
	if n := strings.Count(frag, `<tr class="finding `); n != len(rs[0].Findings) {
		t.Errorf("%d finding rows, want %d", n, len(rs[0].Findings))
	}
	if !strings.Contains(HTMLStyle(), ".finding") {
		t.Errorf("HTMLStyle is not the report's style sheet")
	}
}
