package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"lkjip/samples/golden"
	"mime/multipart"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// startServe runs lkjip serve with args until the test ends and returns the page's address.
func startServe(t *testing.T, args ...string) (url string, stdout *bytes.Buffer) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	stdout = &bytes.Buffer{}
	var stderr bytes.Buffer
	urls := make(chan string, 1)
	code := make(chan int, 1)
	go func() { code <- serve(ctx, args, stdout, &stderr, func(u string) { urls <- u }) }()
	select {
	case url = <-urls:
	case c := <-code:
		t.Fatalf("lkjip serve %v: exit %d\n%s", args, c, stderr.String())
	case <-time.After(10 * time.Second):
		t.Fatal("lkjip serve does not listen")
	}
	t.Cleanup(func() {
		cancel()
		if c := <-code; c != 0 {
			t.Errorf("lkjip serve stopped with exit %d", c)
		}
	})
	return url, stdout
}

func send(t *testing.T, url string, paths ...string) (int, string) {
	t.Helper()
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		w, _ := mw.CreateFormFile("berkas", filepath.Base(p))
		w.Write(data)
	}
	mw.Close()
	resp, err := http.Post(url+"periksa", mw.FormDataContentType(), &body)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func TestServe(t *testing.T) {
	url, stdout := startServe(t, "--addr", "127.0.0.1:0", "--lang", "en")
	if !strings.HasPrefix(url, "http://127.0.0.1:") || !strings.Contains(stdout.String(), "lkjip serve: open "+url+" in a browser.") {
		t.Errorf("url %q, stdout %q", url, stdout.String())
	}
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(page), `<html lang="en">`) {
		t.Errorf("GET /: %d", resp.StatusCode)
	}
	if code, page := send(t, url, kragan); code != 200 || !strings.Contains(page, fmt.Sprintf(`<span class="n">%d</span><span class="l">errors</span>`, golden.Kragan().Errors)) {
		t.Errorf("Kragan: %d", code)
	}
}

func TestServeSettings(t *testing.T) {
	cfg := filepath.Join(t.TempDir(), "lkjip.yaml")
	if err := os.WriteFile(cfg, []byte("serve:\n  max_files: 1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	url, _ := startServe(t, "--config", cfg, "--addr", "localhost:0")
	if code, page := send(t, url, kragan, clean); code != http.StatusRequestEntityTooLarge || !strings.Contains(page, "paling banyak 1 berkas") {
		t.Errorf("two files over a limit of one: %d", code)
	}
}

// TestServeNetwork: an address other computers reach has to be asked for.
func TestServeNetwork(t *testing.T) {
	for _, addr := range []string{"0.0.0.0:8080", ":8080", "192.168.1.10:8080"} {
		code, _, errOut := runArgs("serve", "--addr", addr)
		if code != 2 || !strings.Contains(errOut, "--izinkan-jaringan") || !strings.Contains(errOut, "--public") || !strings.Contains(errOut, "dapat dijangkau komputer lain") {
			t.Errorf("%s: exit %d %s", addr, code, errOut)
		}
	}
	url, stdout := startServe(t, "--addr", "0.0.0.0:0", "--izinkan-jaringan")
	if !strings.HasPrefix(url, "http://127.0.0.1:") || !strings.Contains(stdout.String(), "lkjip serve: buka http://127.0.0.1:") {
		t.Errorf("url %q, stdout %q", url, stdout.String())
	}
	if code, _ := send(t, url, clean); code != 200 {
		t.Errorf("clean: %d", code)
	}
}

func TestServeMistakes(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	if code, _, errOut := runArgs("serve", "--addr", ln.Addr().String()); code != 2 || !strings.Contains(errOut, "tidak dapat dipakai") {
		t.Errorf("an address in use: exit %d %s", code, errOut)
	}
	for _, args := range [][]string{{"--lang", "fr"}, {"lebih"}, {"--tidak-ada"}, {"--config", filepath.Join(t.TempDir(), "tidak-ada.yaml")}} {
		if code, _, _ := runArgs(append([]string{"serve"}, args...)...); code != 2 {
			t.Errorf("%v: exit %d", args, code)
		}
	}
}
