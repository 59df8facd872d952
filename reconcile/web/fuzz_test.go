package web

import (
	"bytes"
	"log"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"

	"lkjip/rules"
)

// FuzzServe sends the page whatever a hostile sender might: arbitrary bytes as a workbook
// under an arbitrary file name, or as the whole body of a multipart sending, with an
// arbitrary query. Whatever it is, the page answers with a page or a refusal (never an
// internal error: the handler turns a panic into a 500), writes nothing to its log about an
// internal error, and keeps nothing in its temporary folder.
//
// A check takes tens of milliseconds, so minimizing a workbook-sized input takes minutes:
// bound it.
//
//	go test ./reconcile/web -run '^$' -fuzz FuzzServe -fuzztime 120s -fuzzminimizetime 10s
func FuzzServe(f *testing.F) {
	for _, p := range []string{kragan, clean} {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b, "laporan.xlsx", "", false)
		f.Add(b[:len(b)*9/10], "terpotong.xlsx", "?lang=en", false)
		f.Add(b, "../../etc/passwd", "?format=json", false)
	}
	f.Add([]byte("--b\r\nContent-Disposition: form-data; name=\"berkas\"; filename=\"a.xlsx\"\r\n\r\nPK\x03\x04\r\n--b--\r\n"), "", "", true)
	f.Add([]byte("--b\r\nContent-Disposition: form-data; name=\"sandi\"\r\n\r\n"+strings.Repeat("x", 5000)+"\r\n--b--\r\n"), "", "", true)
	f.Add([]byte("No;Uraian\n1;Program\n"), "teks.csv", "?lang=id", false)
	f.Fuzz(func(t *testing.T, data []byte, name, query string, raw bool) {
		if !strings.HasPrefix(query, "?") || strings.ContainsFunc(query, func(r rune) bool { return r <= ' ' || r >= 0x7f || r == '#' }) {
			query = "" // not a request line httptest can build (it panics), as no client sends
		}
		var logged bytes.Buffer
		tmp := t.TempDir()
		h := New(Options{Rules: rules.All, Summarize: rules.Summarize, TempDir: tmp, Hosts: []string{"example.com"},
			Log: log.New(&logged, "", 0)})
		var body *bytes.Buffer
		ct := "multipart/form-data; boundary=b"
		if raw {
			body = bytes.NewBuffer(data)
		} else {
			body, ct = form(t, file{name, data})
		}
		req := httptest.NewRequest("POST", "/periksa"+query, body)
		req.Header.Set("Content-Type", ct)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		switch rec.Code {
		case http.StatusOK, http.StatusBadRequest, http.StatusRequestEntityTooLarge, http.StatusServiceUnavailable:
		default:
			t.Errorf("status %d for a sending of %d bytes (raw %v, name %q, query %q)", rec.Code, len(data), raw, name, query)
		}
		if strings.Contains(logged.String(), "internal error") || strings.Contains(rec.Body.String(), "runtime error") {
			t.Errorf("internal error: %s", logged.String())
		}
		if rec.Body.Len() == 0 {
			t.Errorf("status %d with an empty page", rec.Code)
		}
		emptyDir(t, tmp)
	})
}
