package report

import (
	"bytes"
	"context"
	"fmt"
	"html/template"
	"image/png"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"lkjip/reconcile"
	"lkjip/reconcile/internal/browsertest"
	"lkjip/reconcile/internal/officetest"
	"lkjip/rules"
)

const kragan = "../../samples/kragan-2021.xlsx"

func renderHTML(t *testing.T, results []*reconcile.Result, lang string) string {
	t.Helper()
	var b bytes.Buffer
	if err := write("html", &b, results, lang); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func checkKragan(t *testing.T) *reconcile.Result {
	t.Helper()
	r := reconcile.CheckFile(kragan, rules.All, nil, reconcile.Options{})
	if r.Err != nil || len(r.Findings) == 0 {
		t.Fatalf("%s: %v, %d findings", kragan, r.Err, len(r.Findings))
	}
	return r
}

// selfContained fails when a page refers to anything outside itself.
func selfContained(t *testing.T, page string) {
	t.Helper()
	for _, banned := range []string{"http://", "https://", "<link", "<script", "url(", "@import", "<iframe", "<object", "<embed", "<img"} {
		if strings.Contains(strings.ToLower(page), banned) {
			t.Errorf("the page contains %q: it must need no other file and no network", banned)
		}
	}
	// A src or href attribute in a tag; a text may say "src=", escaped, outside any tag.
	if m := regexp.MustCompile(`(?i)<[^>]+\s(src|srcset|data|action)\s*=|<[^>]+\shref\s*=\s*"[^#]`).FindString(page); m != "" {
		t.Errorf("the page refers to another file: %s", m)
	}
}

func TestHTMLStructure(t *testing.T) {
	rs := results()
	rs[0].Findings[2].Accepted, rs[0].Findings[2].Reason = true, "dibetulkan di LKjIP 2022"
	out := renderHTML(t, rs, "id")
	selfContained(t, out)
	for _, want := range []string{`<!DOCTYPE html>`, `<html lang="id">`, `<meta charset="utf-8">`, "<style>", "@media print", "@media (max-width: 640px)",
		"Laporan Pemeriksaan LKjIP", "Rekap berkas", `href="#f1"`, `href="#f2"`, // several files: a recap linking each section
		`<article class="file" id="f1">`, `<article class="file" id="f2">`, "Kecamatan Kragan · 2021",
		"a.xlsx", "b.xlsx: berkas kosong", "Berkas ini tidak dapat diperiksa",
		"Kesalahan per sheet", "(buku kerja)", `<h3>LRA <span class="count">(2)</span></h3>`,
		`<th class="val">Tertulis</th><th class="val">Seharusnya</th>`,
		`<span class="badge error">kesalahan</span>`, `<span class="badge warning">peringatan</span>`,
		`<span class="badge accepted">kesalahan</span><span class="mark">diterima</span>`, `<span class="reason">Diterima: dibetulkan di LKjIP 2022</span>`,
		// what the cell says and what it should say side by side, in Indonesian notation
		`<td class="says num" data-label="Tertulis">98,82</td>` + "\n" + `          <td class="should num" data-label="Seharusnya">98,32</td>`,
		`<td class="says num" data-label="Tertulis">2.739.149.000</td>`, `<td class="should num" data-label="Seharusnya">2.600.634.075</td>`,
		`<td class="should" data-label="Seharusnya">Ringkasan</td>`,
		"2 berkas diperiksa: 1 kesalahan, 1 peringatan, 0 catatan, 1 diterima; 1 berkas tidak dapat diperiksa.",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the page lacks %q", want)
		}
	}
	for _, f := range rs[0].Findings {
		for _, s := range []string{f.Cell, f.Rule, f.Message.ID} {
			if !strings.Contains(out, template.HTMLEscapeString(s)) {
				t.Errorf("the page lacks %q of %s", s, f.Rule)
			}
		}
	}
	// The counts of the recap row and of the file's header, accepted findings apart.
	if !regexp.MustCompile(`<td class="num" data-label="Kesalahan">1</td><td class="num" data-label="Peringatan">1</td><td class="num" data-label="Catatan">0</td><td class="num" data-label="Diterima">1</td>`).MatchString(out) {
		t.Errorf("recap counts of a.xlsx (1 error, 1 warning, 0 notes, 1 accepted) missing")
	}
	for _, want := range []string{`<span class="n">1</span><span class="l">kesalahan</span>`, `<span class="n">1</span><span class="l">diterima</span>`} {
		if !strings.Contains(out, want) {
			t.Errorf("the file header lacks %q", want)
		}
	}
	// The chart counts errors only, accepted ones left out: the workbook group has none, LRA one.
	if !strings.Contains(out, `style="width: 100%"></span></span><span class="n">1</span>`) || !strings.Contains(out, `style="width: 0%"></span></span><span class="n zero">0</span>`) {
		t.Errorf("chart bars wrong:\n%s", out[strings.Index(out, `<div class="chart">`):])
	}

	en := renderHTML(t, rs, "en")
	for _, want := range []string{`<html lang="en">`, "LKjIP Check Report", "Errors per sheet", `<th class="val">Says</th><th class="val">Should be</th>`,
		`<td class="says num" data-label="Says">2,739,149,000</td>`, `<span class="badge accepted">error</span><span class="mark">accepted</span>`, "b.xlsx: the file is empty", "should be 98.32"} {
		if !strings.Contains(en, want) {
			t.Errorf("the English page lacks %q", want)
		}
	}
}

// TestHTMLEscapes feeds the page texts that would break it or run as script.
func TestHTMLEscapes(t *testing.T) {
	evil := `<script>alert("x")</script> & <b>`
	rs := []*reconcile.Result{{Path: `<img src=x>.xlsx`, Unit: evil, Year: 2021, Findings: []reconcile.Finding{
		{Rule: "LRA002", Severity: reconcile.Error, Sheet: `</table><h1>`, Cell: "F7", Message: reconcile.Text{ID: evil}, Expected: evil, Actual: "98.82", Accepted: true, Reason: evil},
	}}}
	out := renderHTML(t, rs, "id")
	selfContained(t, out)
	for _, bad := range []string{"<script>", "<b>", "</table><h1>", "<img"} {
		if strings.Contains(out, bad) {
			t.Errorf("the page contains %q unescaped", bad)
		}
	}
	if !strings.Contains(out, "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; &lt;b&gt;") {
		t.Errorf("the message is not shown escaped")
	}
}

func TestHTMLSingleAndClean(t *testing.T) {
	out := renderHTML(t, []*reconcile.Result{{Path: "bersih.xlsx", Unit: "Kecamatan Bersih", Year: 2023}}, "id")
	selfContained(t, out)
	for _, want := range []string{"<title>Kecamatan Bersih · 2023 · Laporan Pemeriksaan LKjIP</title>", "<h1>Kecamatan Bersih · 2023</h1>", "Tidak ada temuan.", "<body>"} {
		if !strings.Contains(out, want) {
			t.Errorf("the page lacks %q", want)
		}
	}
	for _, unwanted := range []string{"Rekap berkas", "Kesalahan per sheet", `class="multi"`} {
		if strings.Contains(out, unwanted) {
			t.Errorf("a single clean file's page shows %q", unwanted)
		}
	}
	// Warnings only: the chart says there is no error rather than drawing empty bars.
	out = renderHTML(t, []*reconcile.Result{{Path: "x.xlsx", Findings: []reconcile.Finding{{Rule: "UM008", Severity: reconcile.Warning, Sheet: "IKU", Cell: "A10"}}}}, "en")
	if !strings.Contains(out, "No errors.") || strings.Contains(out, `class="bar"`) {
		t.Errorf("a page without errors draws a chart")
	}
}

func TestHTMLKragan(t *testing.T) {
	r := checkKragan(t)
	out := renderHTML(t, []*reconcile.Result{r}, "id")
	selfContained(t, out)
	if n := strings.Count(out, `<tr class="finding `); n != len(r.Findings) {
		t.Errorf("%d finding rows, want %d", n, len(r.Findings))
	}
	widths := regexp.MustCompile(`style="width: (\d+)%"`).FindAllStringSubmatch(out, -1)
	if len(widths) != len(bySheet(r)) {
		t.Errorf("%d bars for %d sheets", len(widths), len(bySheet(r)))
	}
	for _, want := range []string{"<h1>Kecamatan Kragan · 2021</h1>", "samples/kragan-2021.xlsx", `style="width: 100%"`,
		fmt.Sprintf(`<span class="n">%d</span><span class="l">kesalahan</span>`, r.Count(reconcile.Error))} {
		if !strings.Contains(out, want) {
			t.Errorf("the page lacks %q", want)
		}
	}
}

// browser starts a headless Chromium for one test (see browsertest.Start).
func browser(t *testing.T) context.Context {
	t.Helper()
	return browsertest.Start(t, "render the HTML report")
}

// openPage writes a page to a file and loads it from its file:// URL in a new tab, recording
// every request that leaves the file: there must be none.
func openPage(t *testing.T, browserCtx context.Context, html string) (context.Context, func() []string) {
	t.Helper()
	file := filepath.Join(t.TempDir(), "report.html")
	if err := os.WriteFile(file, []byte(html), 0o644); err != nil {
		t.Fatal(err)
	}
	tab, cancel := chromedp.NewContext(browserCtx)
	t.Cleanup(cancel)
	var mu sync.Mutex
	var outside []string
	err := chromedp.Listen(tab, func(ev any) {
		if e, ok := ev.(*network.EventRequestWillBeSent); ok && !strings.HasPrefix(e.Request.URL, "file://") && !strings.HasPrefix(e.Request.URL, "data:") {
			mu.Lock()
			outside = append(outside, e.Request.URL)
			mu.Unlock()
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(tab, network.Enable, network.EnableParams{}); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(tab, chromedp.Navigate("file://"+file), chromedp.WaitReady(chromedp.CSS("footer"))); err != nil {
		t.Fatalf("loading the report: %v", err)
	}
	return tab, func() []string {
		mu.Lock()
		defer mu.Unlock()
		return append([]string(nil), outside...)
	}
}

// eval evaluates a JavaScript expression in the page and decodes its value.
func eval[T any](t *testing.T, tab context.Context, expr string) T {
	t.Helper()
	v, err := chromedp.Run(tab, chromedp.Evaluate[T](expr))
	if err != nil {
		t.Fatalf("%s: %v", expr, err)
	}
	return v
}

// TestHTMLInChromium renders the Kragan report in headless Chromium and checks that the page
// shows every finding: its rule, cell, severity, what the cell says and what it should say, in
// the reader's notation, in one row of the visible text; that the chart draws a bar for each
// sheet with errors; and that the page fetches nothing.
func TestHTMLInChromium(t *testing.T) {
	r := checkKragan(t)
	ctx := browser(t)
	for _, lang := range []string{"id", "en"} {
		t.Run(lang, func(t *testing.T) {
			tab, requests := openPage(t, ctx, renderHTML(t, []*reconcile.Result{r}, lang))
			body := eval[string](t, tab, `document.body.innerText`)
			if got := eval[string](t, tab, `document.documentElement.lang`); got != lang {
				t.Errorf("lang %q", got)
			}
			rows := eval[[]string](t, tab, `Array.from(document.querySelectorAll("tr.finding")).map(tr => tr.innerText)`)
			if len(rows) != len(r.Findings) {
				t.Fatalf("%d rows shown, %d findings", len(rows), len(r.Findings))
			}
			flat := func(s string) string { return strings.Join(strings.Fields(s), " ") }
			for i, f := range r.Findings {
				row := flat(rows[i])
				for _, s := range []string{f.Rule, f.Cell, SeverityName(f.Severity, lang), display(f.Actual, lang), display(f.Expected, lang), f.Message.In(lang)} {
					if !strings.Contains(row, flat(s)) {
						t.Errorf("finding %d (%s %s): the row %q does not show %q", i, f.Rule, f.Cell, row, s)
					}
				}
				for _, s := range []string{f.Rule, f.Cell, display(f.Expected, lang)} {
					if !strings.Contains(body, s) {
						t.Errorf("the page does not show %q of %s %s", s, f.Rule, f.Cell)
					}
				}
			}
			for _, want := range []string{"Kecamatan Kragan", "2021", "samples/kragan-2021.xlsx"} {
				if !strings.Contains(body, want) {
					t.Errorf("the page does not show %q", want)
				}
			}
			stats := eval[[]string](t, tab, `Array.from(document.querySelectorAll(".file-head .stat .n")).map(n => n.innerText)`)
			want := []string{fmt.Sprint(r.Count(reconcile.Error)), fmt.Sprint(r.Count(reconcile.Warning)), fmt.Sprint(r.Count(reconcile.Info)), fmt.Sprint(r.CountAccepted())}
			if n := r.CountFollowing(); n > 0 {
				want = append(want, fmt.Sprint(n))
			}
			if strings.Join(stats, " ") != strings.Join(want, " ") {
				t.Errorf("counts shown %v, want %v", stats, want)
			}
			bars := eval[[]int](t, tab, `Array.from(document.querySelectorAll(".chart .bar")).map(b => Math.round(b.getBoundingClientRect().width))`)
			groups := bySheet(r)
			if len(bars) != len(groups) {
				t.Fatalf("%d bars for %d sheets", len(bars), len(groups))
			}
			for i, g := range groups {
				errors := 0
				for _, f := range g.findings {
					if f.Severity == reconcile.Error && !f.Accepted {
						errors++
					}
				}
				if (errors > 0) != (bars[i] > 0) {
					t.Errorf("sheet %q: %d errors, bar %d px wide", g.sheet, errors, bars[i])
				}
			}
			if got := requests(); len(got) > 0 {
				t.Errorf("the page fetched %v", got)
			}
		})
	}
}

// TestHTMLPrintInChromium prints a report of several files: the printed page has no dark
// background, each file starts a new page, and Chromium makes a PDF of it.
func TestHTMLPrintInChromium(t *testing.T) {
	rs := []*reconcile.Result{checkKragan(t), results()[0], results()[1]}
	ctx := browser(t)
	tab, _ := openPage(t, ctx, renderHTML(t, rs, "id"))
	if _, err := chromedp.Call(tab, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"}); err != nil {
		t.Fatal(err)
	}
	if bg := eval[string](t, tab, `getComputedStyle(document.body).backgroundColor`); bg != "rgb(255, 255, 255)" {
		t.Errorf("printed background %s, want white", bg)
	}
	if dark := eval[[]string](t, tab, `Array.from(document.querySelectorAll("*")).filter(e => {
		const m = getComputedStyle(e).backgroundColor.match(/\d+/g);
		return m && (m.length < 4 || m[3] !== "0") && (+m[0] + +m[1] + +m[2]) < 3 * 160 && e.innerText.trim() !== "";
	}).map(e => e.tagName + "." + e.className)`); len(dark) > 0 {
		t.Errorf("text on a dark background in print: %v", dark)
	}
	breaks := eval[[]string](t, tab, `Array.from(document.querySelectorAll("article.file")).map(a => getComputedStyle(a).breakBefore)`)
	if strings.Join(breaks, " ") != "page page page" {
		t.Errorf("break-before of the file sections: %v, want page each", breaks)
	}
	pdf, err := chromedp.Run(tab, chromedp.PrintToPDF(chromedp.PDFPaper(chromedp.PaperA4)))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(pdf, []byte("%PDF")) {
		t.Errorf("no PDF printed")
	}
	// Every printed page says what it is part of and where it stands: a loose page of a
	// batch's report can be put back.
	pages := officetest.PDFPages(t, pdf, "read the printed report's pages")
	if len(pages) < 3 {
		t.Fatalf("%d pages printed", len(pages))
	}
	for i, p := range pages {
		if !strings.Contains(p, fmt.Sprintf("Halaman %d dari %d", i+1, len(pages))) || !strings.Contains(p, "Laporan Pemeriksaan LKjIP · 3 berkas diperiksa\u2236 ") {
			t.Errorf("printed page %d of %d lacks its head or its number:\n%s", i+1, len(pages), p)
		}
	}
	// A single file's pages name its unit, year and file.
	tab, _ = openPage(t, ctx, renderHTML(t, []*reconcile.Result{checkKragan(t)}, "en"))
	pdf, err = chromedp.Run(tab, chromedp.PrintToPDF(chromedp.PDFPaper(chromedp.PaperA4)))
	if err != nil {
		t.Fatal(err)
	}
	pages = officetest.PDFPages(t, pdf, "read the printed report's pages")
	for i, p := range pages {
		if !strings.Contains(p, fmt.Sprintf("Page %d of %d", i+1, len(pages))) || !strings.Contains(p, "Kecamatan Kragan · 2021 · kragan-2021.xlsx") {
			t.Errorf("printed page %d of %d of Kragan lacks its head or its number:\n%s", i+1, len(pages), p)
		}
	}
}

// TestHTMLScreenshot saves the screenshot the README shows, docs/html-report.png: the top of
// the Kragan report, 1200 px wide. Run it with
//
//	LKJIP_SCREENSHOTS=1 go test ./reconcile/report -run Screenshot
func TestHTMLScreenshot(t *testing.T) {
	if os.Getenv("LKJIP_SCREENSHOTS") != "1" {
		t.Skip("LKJIP_SCREENSHOTS=1 writes docs/html-report.png")
	}
	r := checkKragan(t)
	r.Path = "samples/kragan-2021.xlsx" // as the README's command names it
	ctx := browser(t)
	tab, _ := openPage(t, ctx, renderHTML(t, []*reconcile.Result{r}, "id"))
	if err := chromedp.Do(tab, chromedp.EmulateViewport(1200, 1500)); err != nil {
		t.Fatal(err)
	}
	shot, err := chromedp.Run(tab, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(shot))
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := (&png.Encoder{CompressionLevel: png.BestCompression}).Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	if b.Len() > 400<<10 {
		t.Fatalf("the screenshot takes %d KB; keep it under 400 KB", b.Len()>>10)
	}
	if err := os.MkdirAll("../../docs", 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("../../docs/html-report.png", b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("docs/html-report.png: %dx%d, %d KB", img.Bounds().Dx(), img.Bounds().Dy(), b.Len()>>10)
}

// TestHTMLPhoneInChromium shows a batch's report (recap, Kragan's findings, a file that could
// not be read) 420 pixels wide, as a phone does: nothing is wider than the screen, and every
// finding is a card whose message is readable (its text at least 200 pixels wide).
func TestHTMLPhoneInChromium(t *testing.T) {
	rs := []*reconcile.Result{checkKragan(t), results()[0], results()[1]}
	ctx := browser(t)
	tab, _ := openPage(t, ctx, renderHTML(t, rs, "id"))
	if _, err := chromedp.Call(tab, emulation.SetDeviceMetricsOverride, emulation.SetDeviceMetricsOverrideParams{Width: 420, Height: 900, DeviceScaleFactor: 1, Mobile: true}); err != nil {
		t.Fatal(err)
	}
	if w := eval[int](t, tab, `window.innerWidth`); w != 420 {
		// A phone widens its layout viewport to content wider than the screen.
		t.Fatalf("the page widens the phone's viewport to %d px: something is wider than 420", w)
	}
	if w := eval[int](t, tab, `document.documentElement.scrollWidth`); w > 420 {
		t.Errorf("the page is %d px wide on a 420 px screen", w)
	}
	wide := eval[[]string](t, tab, `Array.from(document.querySelectorAll("body *")).filter(e => {
		const r = e.getBoundingClientRect();
		return r.width > 0 && r.right > window.innerWidth + 0.5;
	}).map(e => e.tagName + "." + e.className + " " + Math.round(e.getBoundingClientRect().right))`)
	if len(wide) > 0 {
		t.Errorf("%d elements reach past the 420 px screen: %v", len(wide), wide[:min(len(wide), 10)])
	}
	// No text squeezed into a column a few letters wide ("Kecam / atan / Kragan").
	squeezed := eval[[]string](t, tab, `Array.from(document.querySelectorAll("td")).filter(td => {
		const r = td.getBoundingClientRect();
		return r.width > 0 && td.innerText.trim().length > 12 && r.width < 120;
	}).map(td => td.className + " " + Math.round(td.getBoundingClientRect().width) + " " + td.innerText.trim().slice(0, 30))`)
	if len(squeezed) > 0 {
		t.Errorf("%d cells squeezed narrower than 120 px: %v", len(squeezed), squeezed[:min(len(squeezed), 10)])
	}
	narrow := eval[[]string](t, tab, `Array.from(document.querySelectorAll("tr.finding td.msg")).filter(td => td.getBoundingClientRect().width < 200).map(td => td.innerText.slice(0, 40))`)
	if n := eval[int](t, tab, `document.querySelectorAll("tr.finding td.msg").length`); n < len(rs[0].Findings) || len(narrow) > 0 {
		t.Errorf("%d messages, %d narrower than 200 px: %v", n, len(narrow), narrow[:min(len(narrow), 5)])
	}
}
