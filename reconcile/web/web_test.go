package web

import (
	"bytes"
	"context"
	"encoding/base64"
	"fmt"
	"html"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"lkjip/reconcile"
	"lkjip/rules"
	"lkjip/samples/golden"
)

var (
	kragan = filepath.Join("..", "..", "samples", "kragan-2021.xlsx")
	clean  = filepath.Join("..", "..", "samples", "bersih-2023.xlsx")
)

// file is one file of a sending: its name as the browser sends it, and its bytes.
type file struct {
	name string
	data []byte
}

func sample(t testing.TB, path string) file {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return file{filepath.Base(path), b}
}

// form builds a sending as a browser's form does: the password field, then one "berkas" part
// per file (an empty one when no file is chosen).
func form(t testing.TB, files ...file) (body *bytes.Buffer, contentType string) {
	t.Helper()
	body = &bytes.Buffer{}
	mw := multipart.NewWriter(body)
	if err := mw.WriteField("sandi", ""); err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		w, err := mw.CreateFormFile("berkas", f.name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(f.data)
	}
	if err := mw.Close(); err != nil {
		t.Fatal(err)
	}
	return body, mw.FormDataContentType()
}

// newHandler returns a handler whose sendings are kept under a folder of the test, and that
// folder: it must be empty after every answer. It answers httptest.NewRequest's host,
// example.com, besides this computer's.
func newHandler(t testing.TB, s *reconcile.Settings) (*Handler, string) {
	t.Helper()
	tmp := t.TempDir()
	return New(Options{Settings: s, Rules: rules.All, Summarize: rules.Summarize, TempDir: tmp, Hosts: []string{"example.com"}}), tmp
}

func post(t testing.TB, h http.Handler, query string, files ...file) *httptest.ResponseRecorder {
	t.Helper()
	body, ct := form(t, files...)
	req := httptest.NewRequest("POST", "/periksa"+query, body)
	req.Header.Set("Content-Type", ct)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func emptyDir(t testing.TB, dir string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		t.Errorf("%s left behind in the temporary folder", e.Name())
	}
}

// downloads returns the page's downloads by name, decoded from their data: URIs.
func downloads(t testing.TB, page string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	for _, m := range regexp.MustCompile(`<a class="download[^"]*" download="([^"]+)" href="data:([^;]+);base64,([^"]+)"`).FindAllStringSubmatch(page, -1) {
		b, err := base64.StdEncoding.DecodeString(html.UnescapeString(m[3]))
		if err != nil {
			t.Fatalf("%s: %v", m[1], err)
		}
		out[html.UnescapeString(m[1])] = b
	}
	return out
}

// temuan opens an annotated workbook and returns its Temuan sheet's rows.
func temuan(t testing.TB, b []byte) [][]string {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("the annotated workbook does not open: %v", err)
	}
	defer f.Close()
	if f.GetSheetName(0) != "Temuan" {
		t.Errorf("first sheet %q, want Temuan", f.GetSheetName(0))
	}
	rows, err := f.GetRows("Temuan")
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// hasRow reports whether a row holds every one of the texts as a cell.
func hasRow(rows [][]string, texts ...string) bool {
	for _, row := range rows {
		n := 0
		for _, want := range texts {
			for _, c := range row {
				if c == want {
					n++
					break
				}
			}
		}
		if n == len(texts) {
			return true
		}
	}
	return false
}

func kraganResult(t testing.TB) *reconcile.Result {
	t.Helper()
	r := reconcile.CheckFile(kragan, rules.All, nil, reconcile.Options{})
	if r.Err != nil {
		t.Fatal(r.Err)
	}
	return r
}

// selfContained fails when a page names anything outside itself, or runs a script or a style
// sheet without the answer's nonce.
func selfContained(t testing.TB, rec *httptest.ResponseRecorder) {
	t.Helper()
	page := rec.Body.String()
	csp := rec.Header().Get("Content-Security-Policy")
	m := regexp.MustCompile(`script-src 'nonce-([A-Z2-7]+)'; style-src 'nonce-([A-Z2-7]+)'`).FindStringSubmatch(csp)
	if m == nil || m[1] != m[2] || !strings.HasPrefix(csp, "default-src 'none';") {
		t.Fatalf("Content-Security-Policy %q", csp)
	}
	if n := strings.Count(page, "<script"); n != 1 || strings.Count(page, `<script nonce="`+m[1]+`">`) != 1 {
		t.Errorf("%d scripts, want one with the nonce", n)
	}
	if strings.Count(page, "<style") != 1 || !strings.Contains(page, `<style nonce="`+m[1]+`">`) {
		t.Errorf("the style sheet lacks the nonce")
	}
	for _, banned := range []string{"http://", "https://", "<link", "<iframe", "<img", "url(", "@import", " src="} {
		if strings.Contains(page, banned) {
			t.Errorf("the page holds %q", banned)
		}
	}
	for _, h := range []string{"X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy", "Cache-Control"} {
		if rec.Header().Get(h) == "" {
			t.Errorf("no %s header", h)
		}
	}
}

func TestHome(t *testing.T) {
	h, _ := newHandler(t, nil)
	for _, c := range []struct{ url, lang, want string }{
		{"/", "id", "Periksa buku kerja LKjIP"},
		{"/?lang=en", "en", "Check LKjIP workbooks"},
		{"/?lang=xx", "id", "Paling banyak 20 berkas, 32 MiB sekaligus."},
	} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", c.url, nil))
		page := rec.Body.String()
		if rec.Code != 200 || !strings.Contains(page, `<html lang="`+c.lang+`">`) || !strings.Contains(page, c.want) {
			t.Errorf("%s: %d\n%s", c.url, rec.Code, page)
		}
		for _, want := range []string{`<form class="upload" method="post" action="/periksa?lang=` + c.lang + `" enctype="multipart/form-data"`,
			`<input id="berkas" type="file" name="berkas" multiple`, `<button type="submit">`} {
			if !strings.Contains(page, want) {
				t.Errorf("%s: the page lacks %q", c.url, want)
			}
		}
		selfContained(t, rec)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/lain", nil))
	if rec.Code != 404 {
		t.Errorf("GET /lain: %d", rec.Code)
	}
	h2 := New(Options{Lang: "en", Rules: rules.All, Hosts: []string{"example.com"}})
	rec = httptest.NewRecorder()
	h2.ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	if !strings.Contains(rec.Body.String(), `<html lang="en">`) {
		t.Errorf("--lang en: the page is not in English")
	}
}

// TestKragan sends the Kragan sample: its findings in the report's form, and an annotated
// workbook that opens with its Temuan sheet.
func TestKragan(t *testing.T) {
	want := kraganResult(t)
	h, tmp := newHandler(t, nil)
	rec := post(t, h, "", sample(t, kragan))
	page := rec.Body.String()
	if rec.Code != 200 {
		t.Fatalf("%d\n%s", rec.Code, page)
	}
	selfContained(t, rec)
	emptyDir(t, tmp)
	if n := strings.Count(page, `<tr class="finding `); n != len(want.Findings) {
		t.Errorf("%d finding rows, want %d", n, len(want.Findings))
	}
	for _, s := range []string{
		fmt.Sprintf(`<span class="n">%d</span><span class="l">kesalahan</span>`, golden.Kragan().Errors), "Kecamatan Kragan · 2021", "<dd>kragan-2021.xlsx</dd>",
		"<td class=\"cell\">F7</td>\n          <td class=\"rule\">LRA002</td>", `<td class="should num" data-label="Seharusnya">98,32</td>`,
		`download="kragan-2021-temuan.xlsx"`,
	} {
		if !strings.Contains(page, s) {
			t.Errorf("the page lacks %q", s)
		}
	}
	if strings.Contains(page, tmp) || strings.Contains(page, "lkjip-serve-") {
		t.Errorf("the page names the temporary folder")
	}
	if strings.Contains(page, "rekap-lkjip.xlsx") {
		t.Errorf("a recap for one file")
	}
	got := downloads(t, page)
	rows := temuan(t, got["kragan-2021-temuan.xlsx"])
	if len(rows) < len(want.Findings) || !hasRow(rows, "LRA002", "F7") {
		t.Errorf("Temuan: %d rows, LRA002 at F7 missing: %v", len(rows), rows[:min(3, len(rows))])
	}

	rec = post(t, h, "?lang=en", sample(t, kragan))
	page = rec.Body.String()
	for _, s := range []string{`<html lang="en">`, fmt.Sprintf(`<span class="n">%d</span><span class="l">errors</span>`, golden.Kragan().Errors), "should be 98.32", `download="kragan-2021-findings.xlsx"`} {
		if !strings.Contains(page, s) {
			t.Errorf("English: the page lacks %q", s)
		}
	}
	emptyDir(t, tmp)
}

func TestClean(t *testing.T) {
	h, tmp := newHandler(t, nil)
	rec := post(t, h, "", sample(t, clean))
	page := rec.Body.String()
	if rec.Code != 200 || !strings.Contains(page, "Tidak ada temuan.") || strings.Contains(page, `<tr class="finding `) {
		t.Errorf("%d\n%s", rec.Code, page)
	}
	if len(downloads(t, page)) != 1 {
		t.Errorf("no annotated copy of the clean workbook")
	}
	emptyDir(t, tmp)
}

// TestBrokenAmongOthers: a broken file gets its message and the others are still checked; a
// recap comes with several files; each file's name is its own, even twice the same.
func TestBrokenAmongOthers(t *testing.T) {
	h, tmp := newHandler(t, nil)
	text := file{"laporan.xlsx", []byte("Uraian;Anggaran;Realisasi\n1;2;3\n")}
	rec := post(t, h, "", text, sample(t, kragan), sample(t, clean), file{"kosong.xlsx", nil})
	page := rec.Body.String()
	if rec.Code != 200 {
		t.Fatalf("%d\n%s", rec.Code, page)
	}
	for _, s := range []string{
		"laporan.xlsx: berkas ini bukan buku kerja Excel (.xlsx)", "kosong.xlsx: berkas kosong (0 byte)",
		"Kecamatan Kragan · 2021", fmt.Sprintf(`<span class="n">%d</span><span class="l">kesalahan</span>`, golden.Kragan().Errors), "4 berkas diperiksa",
		`<body class="serve multi">`, "laporan.xlsx: tidak dapat diperiksa",
	} {
		if !strings.Contains(page, s) {
			t.Errorf("the page lacks %q", s)
		}
	}
	got := downloads(t, page)
	for _, name := range []string{"kragan-2021-temuan.xlsx", "bersih-2023-temuan.xlsx", "rekap-lkjip.xlsx"} {
		if len(got[name]) == 0 {
			t.Errorf("no download %s (have %d)", name, len(got))
		}
	}
	f, err := excelize.OpenReader(bytes.NewReader(got["rekap-lkjip.xlsx"]))
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := f.GetRows("Rekap")
	f.Close()
	if !hasRow(rows, "Kecamatan Kragan", "kragan-2021.xlsx") {
		t.Errorf("the recap lacks Kragan: %v", rows)
	}
	if strings.Contains(page, tmp) {
		t.Errorf("the page names the temporary folder")
	}
	emptyDir(t, tmp)

	// Two files of the same name: each is checked, BKS001 names the double.
	rec = post(t, h, "", sample(t, kragan), sample(t, kragan))
	if page := rec.Body.String(); rec.Code != 200 || !strings.Contains(page, "BKS001") || strings.Count(page, `download="kragan-2021-temuan.xlsx"`) != 2 {
		t.Errorf("the same file twice: %d", rec.Code)
	}
	emptyDir(t, tmp)
}

func TestLimits(t *testing.T) {
	s := reconcile.DefaultSettings()
	s.Serve = reconcile.ServeLimits{MaxUploadMiB: 1, MaxFiles: 2}
	h, tmp := newHandler(t, s)

	rec := post(t, h, "", sample(t, clean), sample(t, clean), sample(t, kragan))
	if rec.Code != http.StatusRequestEntityTooLarge || !strings.Contains(rec.Body.String(), "Terlalu banyak berkas: paling banyak 2 berkas sekaligus.") {
		t.Errorf("three files: %d\n%s", rec.Code, rec.Body.String())
	}
	selfContained(t, rec)
	emptyDir(t, tmp)

	big := file{"besar.xlsx", bytes.Repeat([]byte("x"), 3<<20/2)}
	rec = post(t, h, "?lang=en", big)
	if rec.Code != http.StatusRequestEntityTooLarge || !strings.Contains(rec.Body.String(), "The sending is too large: all files together may be at most 1 MiB.") {
		t.Errorf("1.5 MiB: %d\n%s", rec.Code, rec.Body.String())
	}
	emptyDir(t, tmp)

	// Each file is within the limit, their sum is not.
	half := file{"separuh.xlsx", bytes.Repeat([]byte("x"), 600<<10)}
	if rec = post(t, h, "", half, half); rec.Code != http.StatusRequestEntityTooLarge || !strings.Contains(rec.Body.String(), "Kiriman terlalu besar") {
		t.Errorf("2 x 600 KiB: %d", rec.Code)
	}
	emptyDir(t, tmp)

	if rec = post(t, h, ""); rec.Code != http.StatusBadRequest || !strings.Contains(rec.Body.String(), "Belum ada berkas yang dipilih.") {
		t.Errorf("no file: %d", rec.Code)
	}
	if rec = post(t, h, "", file{"", nil}); rec.Code != http.StatusBadRequest {
		t.Errorf("the empty field of a form sent with no file: %d", rec.Code)
	}
	req := httptest.NewRequest("POST", "/periksa", strings.NewReader("berkas=x"))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusBadRequest || !strings.Contains(rec.Body.String(), "lewat formulir") {
		t.Errorf("not a multipart form: %d", rec.Code)
	}
	emptyDir(t, tmp)
}

// TestTooLargeOverTheNetwork: a browser sends the whole body before it reads the answer; the
// server reads the rest of a refused sending so that the client gets the message, not a
// broken connection.
func TestTooLargeOverTheNetwork(t *testing.T) {
	s := reconcile.DefaultSettings()
	s.Serve.MaxUploadMiB = 1
	h, tmp := newHandler(t, s)
	srv := httptest.NewServer(h)
	defer srv.Close()
	body, ct := form(t, file{"besar.xlsx", bytes.Repeat([]byte("x"), 8<<20)})
	resp, err := http.Post(srv.URL+"/periksa", ct, body)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusRequestEntityTooLarge || !strings.Contains(string(b), "Kiriman terlalu besar") {
		t.Errorf("%d %s", resp.StatusCode, b)
	}
	emptyDir(t, tmp)
}

func TestBusy(t *testing.T) {
	h, tmp := newHandler(t, nil)
	h.queue = make(chan struct{}) // no room: every sending is one too many
	rec := post(t, h, "", sample(t, clean))
	if rec.Code != http.StatusServiceUnavailable || !strings.Contains(rec.Body.String(), "Server sedang sibuk") {
		t.Errorf("%d", rec.Code)
	}
	emptyDir(t, tmp)
}

// TestPanicRemovesTheFiles: a panic after the files are received is answered 500, and the
// files are gone all the same.
func TestPanicRemovesTheFiles(t *testing.T) {
	h, tmp := newHandler(t, nil)
	afterReceive = func(context.Context) { panic("boom") }
	defer func() { afterReceive = nil }()
	rec := post(t, h, "", sample(t, kragan))
	if rec.Code != http.StatusInternalServerError {
		t.Errorf("%d", rec.Code)
	}
	emptyDir(t, tmp)
}

// TestNames: a file's name is shown escaped, kept as the settings' acceptances know it, and
// made safe to write.
func TestNames(t *testing.T) {
	h, tmp := newHandler(t, nil)
	data := sample(t, clean).data
	rec := post(t, h, "", file{`<img src=x onerror=alert(1)>.xlsx`, data}, file{`C:\Users\Keuangan\LKjIP "2023" & Rekap.xlsx`, data})
	page := rec.Body.String()
	if rec.Code != 200 || strings.Contains(page, "<img") {
		t.Fatalf("%d", rec.Code)
	}
	for _, want := range []string{"<dd>_img src=x onerror=alert(1)_.xlsx</dd>", "<dd>LKjIP _2023_ &amp; Rekap.xlsx</dd>", `download="LKjIP _2023_ &amp; Rekap-temuan.xlsx"`} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks %q", want)
		}
	}
	emptyDir(t, tmp)
	for raw, want := range map[string]string{
		"kragan-2021.xlsx": "kragan-2021.xlsx", "": "berkas-3.xlsx", "..": "berkas-3.xlsx", "a\x00b?.xlsx": "a_b_.xlsx",
		"CON.xlsx": "_CON.xlsx", "laporan.xlsx. ": "laporan.xlsx", strings.Repeat("é", 100) + ".xlsx": strings.Repeat("é", 60) + ".xlsx",
		"bad\xffutf8.xlsx": "bad_utf8.xlsx",
	} {
		if got := safeName(raw, 3); got != want {
			t.Errorf("safeName(%q) = %q, want %q", raw, got, want)
		}
	}
}

// TestAcceptanceByFileName: an acceptance of the settings that names the file applies to the
// file sent under that name.
func TestAcceptanceByFileName(t *testing.T) {
	s := reconcile.DefaultSettings()
	s.Accept = []reconcile.Acceptance{{Rule: "LRA002", Sheet: "Realisasi Anggaran", Cell: "F7", File: "kragan-2021.xlsx", Reason: "salah ketik"}}
	h, _ := newHandler(t, s)
	page := post(t, h, "", sample(t, kragan)).Body.String()
	if !strings.Contains(page, "Diterima: salah ketik") || !strings.Contains(page, fmt.Sprintf(`<span class="n">%d</span><span class="l">kesalahan</span>`, golden.Kragan().Errors-1)) {
		t.Errorf("the acceptance did not apply")
	}
}

func TestLoopback(t *testing.T) {
	for addr, want := range map[string]bool{"127.0.0.1:8080": true, "localhost:80": true, "[::1]:8080": true, "127.0.0.2:1": true,
		":8080": false, "0.0.0.0:8080": false, "192.168.1.10:8080": false, "kantor:8080": false, "127.0.0.1": false} {
		if got := Loopback(addr); got != want {
			t.Errorf("Loopback(%q) = %v", addr, got)
		}
	}
}
