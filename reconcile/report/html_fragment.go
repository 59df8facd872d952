package report

import (
	"bytes"
	"errors"
	"io"

	"lkjip/reconcile"
	"lkjip/reconcile/safetext"
)

// HTMLFragment writes the HTML report of the results (see printHTML) as a fragment to place inside
// another page, such as the page of lkjip serve: what the report's <main> element holds, the
// same markup printHTML writes, without the document around it. The fragment needs the style sheet
// HTMLStyle returns; for several results, the page's body should carry the class "multi", as
// the report's does, so that each file starts a printed page.
func HTMLFragment(out io.Writer, results []*reconcile.Result, lang string, prov *reconcile.Provenance) error {
	v := safetext.NewWriter(out) // control characters from the workbook shown, not obeyed
	defer v.Flush()
	out = v
	var page bytes.Buffer
	if err := printHTML(&page, Files{results}, Options{Lang: lang, Provenance: prov}); err != nil {
		return err
	}
	b := page.Bytes()
	start := bytes.Index(b, []byte("<main>"))
	end := bytes.LastIndex(b, []byte("</main>"))
	if start < 0 || end < start {
		return errors.New("report: the HTML report has no <main> element")
	}
	_, err := out.Write(b[start+len("<main>") : end])
	return err
}

// HTMLStyle returns the style sheet of the HTML report, for a page that shows an HTMLFragment.
func HTMLStyle() string { return htmlStyle }
