package web

import (
	"context"
	"fmt"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/xuri/excelize/v2"

	"lkjip/reconcile"
	"lkjip/reconcile/internal/browsertest"
	"lkjip/samples/golden"
)

// startBrowser starts a headless Chromium for one test (see browsertest.Start).
func startBrowser(t *testing.T) context.Context {
	t.Helper()
	return browsertest.Start(t, "drive the page of lkjip serve")
}

func evalJS[T any](t *testing.T, tab context.Context, expr string) T {
	t.Helper()
	v, err := chromedp.Run(tab, chromedp.Evaluate[T](expr))
	if err != nil {
		t.Fatalf("%s: %v", expr, err)
	}
	return v
}

// TestUploadInChromium is the end-to-end test: in headless Chromium, a unit opens the
// page, picks the Kragan sample in the file input and sends it, sees its findings on the page,
// and downloads the annotated workbook, which excelize opens with its Temuan sheet. The page
// fetches nothing from outside the server, the browser reports no error (a script or a style
// sheet the content security policy blocked would be one), and the sending's files are gone.
func TestUploadInChromium(t *testing.T) {
	want := kraganResult(t)
	h, tmp := newHandler(t, nil)
	srv := httptest.NewServer(h)
	defer srv.Close()
	abs, err := filepath.Abs(kragan)
	if err != nil {
		t.Fatal(err)
	}

	tab, cancel := chromedp.NewContext(startBrowser(t))
	defer cancel()
	var mu sync.Mutex
	var outside, logged []string
	done := make(chan *browser.EventDownloadProgress, 1)
	err = chromedp.Listen(tab, func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch e := ev.(type) {
		case *network.EventRequestWillBeSent:
			if u := e.Request.URL; !strings.HasPrefix(u, srv.URL+"/") && !strings.HasPrefix(u, "data:") && !strings.HasPrefix(u, "blob:") {
				outside = append(outside, u)
			}
		case *cdplog.EventEntryAdded:
			if e.Entry.Level == cdplog.EntryLevelError || e.Entry.Source == cdplog.EntrySourceSecurity {
				logged = append(logged, fmt.Sprintf("%s %s: %s", e.Entry.Source, e.Entry.Level, e.Entry.Text))
			}
		case *browser.EventDownloadProgress:
			if e.State == browser.DownloadProgressStateCompleted || e.State == browser.DownloadProgressStateCanceled {
				select {
				case done <- e:
				default:
				}
			}
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(tab, network.Enable, network.EnableParams{}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(tab, cdplog.Enable, cdp.Empty{}); err != nil {
		t.Fatal(err)
	}
	downloadDir := t.TempDir()
	yes := true
	if _, err := chromedp.Call(tab, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior: browser.SetDownloadBehaviorBehaviorAllow, DownloadPath: downloadDir, EventsEnabled: &yes}); err != nil {
		t.Fatal(err)
	}

	start := time.Now()
	if err := chromedp.Do(tab,
		chromedp.Navigate(srv.URL),
		chromedp.WaitReady(chromedp.CSS("form.upload")),
		chromedp.SetUploadFiles(chromedp.CSS("#berkas"), []string{abs}),
		chromedp.Click(chromedp.CSS(`button[type="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS("a.download")),
	); err != nil {
		t.Fatalf("sending the Kragan sample: %v", err)
	}
	t.Logf("sent and answered in %v", time.Since(start).Round(time.Millisecond))

	// The findings, in the report's form.
	body := evalJS[string](t, tab, `document.body.innerText`)
	for _, s := range []string{"Kecamatan Kragan", "kragan-2021.xlsx", "LRA002", "98,32", "98,82", "Buku kerja bertanda: kragan-2021-temuan.xlsx"} {
		if !strings.Contains(body, s) {
			t.Errorf("the page does not show %q", s)
		}
	}
	rows := evalJS[[]string](t, tab, `Array.from(document.querySelectorAll("tr.finding")).map(tr => tr.innerText.split(/\s+/).join(" "))`)
	if len(rows) != len(want.Findings) {
		t.Errorf("%d findings shown, want %d", len(rows), len(want.Findings))
	}
	f7 := false
	for _, r := range rows {
		f7 = f7 || strings.HasPrefix(r, "F7 LRA002 galat 98,82 98,32")
	}
	if !f7 {
		t.Errorf("no row F7 LRA002 galat 98,82 98,32 among %d", len(rows))
	}
	stats := evalJS[[]string](t, tab, `Array.from(document.querySelectorAll(".file-head .stat .n")).map(n => n.innerText)`)
	if len(stats) == 0 || stats[0] != fmt.Sprint(want.Count(reconcile.Error)) || stats[0] != fmt.Sprint(golden.Kragan().Errors) {
		t.Errorf("the counts shown %v, want %d errors first", stats, golden.Kragan().Errors)
	}
	// The style sheet and the script ran under the nonce, the chart's bars under the policy.
	if r := evalJS[string](t, tab, `getComputedStyle(document.querySelector(".card")).borderTopLeftRadius`); r != "10px" {
		t.Errorf("the report's style sheet is not applied (border radius %q)", r)
	}
	if n := evalJS[int](t, tab, `Array.from(document.querySelectorAll(".chart .bar")).filter(b => b.getBoundingClientRect().width > 0).length`); n == 0 {
		t.Errorf("the chart draws no bar")
	}
	if href := evalJS[string](t, tab, `document.querySelector("a.download").href`); !strings.HasPrefix(href, "blob:") {
		t.Errorf("the script did not run: the download is %.40s", href)
	}

	// The download, as a unit gets it.
	if err := chromedp.Do(tab, chromedp.Click(chromedp.CSS("a.download"))); err != nil {
		t.Fatal(err)
	}
	var ev *browser.EventDownloadProgress
	select {
	case ev = <-done:
	case <-time.After(20 * time.Second):
		t.Fatal("the download did not finish")
	}
	if ev.State != browser.DownloadProgressStateCompleted {
		t.Fatalf("download %s", ev.State)
	}
	path := filepath.Join(downloadDir, "kragan-2021-temuan.xlsx")
	if ev.FilePath != "" {
		path = ev.FilePath
	}
	if filepath.Base(path) != "kragan-2021-temuan.xlsx" {
		t.Errorf("downloaded as %s", filepath.Base(path))
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatalf("the downloaded workbook does not open: %v", err)
	}
	defer f.Close()
	if f.GetSheetName(0) != "Temuan" {
		t.Errorf("first sheet %q, want Temuan", f.GetSheetName(0))
	}
	sheet, err := f.GetRows("Temuan")
	if err != nil {
		t.Fatal(err)
	}
	if len(sheet) < len(want.Findings)+1 || !hasRow(sheet, "LRA002", "F7") {
		t.Errorf("Temuan: %d rows, want a header and %d findings with LRA002 at F7", len(sheet), len(want.Findings))
	}

	// The language switch.
	if err := chromedp.Do(tab, chromedp.Click(chromedp.CSS("nav.lang a")), chromedp.WaitReady(chromedp.CSS(`html[lang="en"]`))); err != nil {
		t.Fatal(err)
	}
	if h1 := evalJS[string](t, tab, `document.querySelector("h1").innerText`); h1 != "Check LKjIP workbooks" {
		t.Errorf("English page: %q", h1)
	}

	mu.Lock()
	defer mu.Unlock()
	if len(outside) > 0 {
		t.Errorf("the page fetched %v", outside)
	}
	if len(logged) > 0 {
		t.Errorf("the browser reported %v", logged)
	}
	emptyDir(t, tmp)
}
