package web

import (
	"context"
	"fmt"
	"log"
	"net/http"
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
	var posted []string // the Origin and Sec-Fetch-Site of each POST
	var postedMu sync.Mutex
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == "POST" {
			postedMu.Lock()
			posted = append(posted, r.Header.Get("Origin")+" "+r.Header.Get("Sec-Fetch-Site"))
			postedMu.Unlock()
		}
		h.ServeHTTP(w, r)
	}))
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
		f7 = f7 || strings.HasPrefix(r, "F7 LRA002 kesalahan 98,82 98,32")
	}
	if !f7 {
		t.Errorf("no row F7 LRA002 kesalahan 98,82 98,32 among %d", len(rows))
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

	// The form was sent with the page's own origin, which the server checks.
	postedMu.Lock()
	if len(posted) != 1 || posted[0] != srv.URL+" same-origin" {
		t.Errorf("the form's POST came with Origin and Sec-Fetch-Site %q, want %q", posted, srv.URL+" same-origin")
	}
	postedMu.Unlock()

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

// TestCrossSiteInChromium: a page of another site (localhost on another port, while the page
// is served at 127.0.0.1) makes Chromium post to the page twice, the two ways a site can
// without asking: a form it submits, and a fetch in no-cors mode. Both are refused 403 before
// anything is received; the browser shows the refusal; nothing is checked.
func TestCrossSiteInChromium(t *testing.T) {
	h, tmp := newHandler(t, nil)
	got := lines(make(chan string, 16))
	h.opt.Log = log.New(got, "", 0)
	srv := httptest.NewServer(h)
	defer srv.Close()
	evil := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, `<!doctype html><html><body>
<form id="f" method="post" action="%[1]s/periksa" enctype="multipart/form-data"><input type="file" name="berkas" id="b"></form>
<script>
const dt = new DataTransfer();
dt.items.add(new File(["PK not a workbook"], "curian.xlsx"));
document.getElementById("b").files = dt.files;
const fd = new FormData(document.getElementById("f"));
fetch("%[1]s/periksa", {method: "POST", mode: "no-cors", body: fd}).then(() => { document.title = "fetched"; }, () => { document.title = "fetch failed"; });
</script></body></html>`, srv.URL)
	}))
	defer evil.Close()
	evilURL := strings.Replace(evil.URL, "127.0.0.1", "localhost", 1)

	tab, cancel := chromedp.NewContext(startBrowser(t))
	defer cancel()
	if err := chromedp.Do(tab,
		chromedp.Navigate(evilURL),
		chromedp.Poll[chromedp.Void](`document.title !== ""`, chromedp.WithPollingTimeout(10*time.Second)),
	); err != nil {
		t.Fatalf("the other site's fetch: %v", err)
	}
	if s := got.await(t, "refused: a POST from another origin"); !strings.Contains(s, `"`+evilURL+`"`) {
		t.Errorf("the fetch: %s", s)
	}
	if err := chromedp.Do(tab, chromedp.Evaluate[chromedp.Void](`setTimeout(() => document.getElementById("f").submit(), 0)`)); err != nil {
		t.Fatalf("the other site's form: %v", err)
	}
	got.await(t, "refused: a POST from another origin")
	// The tab navigates to the answer: evaluating fails while it does.
	for deadline := time.Now().Add(10 * time.Second); ; {
		here, err := chromedp.Run(tab, chromedp.Evaluate[bool](`location.href.startsWith(`+fmt.Sprintf("%q", srv.URL)+`) && document.readyState === "complete"`))
		if err == nil && here {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the tab did not show the answer to the form: %v", err)
		}
		time.Sleep(50 * time.Millisecond)
	}
	if body := evalJS[string](t, tab, `document.body.innerText`); !strings.Contains(body, "Kiriman ditolak") || !strings.Contains(body, "Sending refused") {
		t.Errorf("the browser shows %q", body)
	}
	select {
	case s := <-got:
		t.Errorf("logged after the refusals: %s", s)
	default:
	}
	emptyDir(t, tmp)
}
