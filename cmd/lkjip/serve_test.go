package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"mime/multipart"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"lkjip/samples/golden"
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

// get sends a GET / to url under another Host header ("" for url's own).
func get(t *testing.T, url, host string) (int, string) {
	t.Helper()
	req, err := http.NewRequest("GET", url, nil)
	if err != nil {
		t.Fatal(err)
	}
	if host != "" {
		req.Host = host
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// TestServeHosts: the page answers the host it was started on and this computer's names;
// with --public=NAME,NAME those names too; any other Host gets 403 (DNS rebinding). A POST
// from another site's page gets 403.
func TestServeHosts(t *testing.T) {
	url, _ := startServe(t, "--addr", "127.0.0.1:0")
	port := strings.TrimSuffix(url[strings.LastIndex(url, ":")+1:], "/")
	for host, want := range map[string]int{"": 200, "localhost:" + port: 200, "[::1]:" + port: 200,
		"lkjip.inspektorat.test:" + port: 403, "evil.example:" + port: 403} {
		if code, page := get(t, url, host); code != want {
			t.Errorf("Host %q: %d, want %d", host, code, want)
		} else if want == 403 && !strings.Contains(page, "lkjip serve tidak melayani alamat ini") {
			t.Errorf("Host %q: %q", host, page)
		}
	}
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	w, _ := mw.CreateFormFile("berkas", "kragan-2021.xlsx")
	data, _ := os.ReadFile(kragan)
	w.Write(data)
	mw.Close()
	req, _ := http.NewRequest("POST", url+"periksa", &body)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	req.Header.Set("Origin", "http://evil.example")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 403 || !strings.Contains(string(page), "Kiriman ditolak") {
		t.Errorf("a POST from another site: %d %q", resp.StatusCode, page)
	}

	url, _ = startServe(t, "--addr", "127.0.0.1:0", "--public=LKJIP.inspektorat.test,kantor-inspektorat")
	port = strings.TrimSuffix(url[strings.LastIndex(url, ":")+1:], "/")
	for host, want := range map[string]int{"lkjip.inspektorat.test:" + port: 200, "kantor-inspektorat:" + port: 200, "localhost:" + port: 200,
		"inspektorat.test:" + port: 403, "evil.example:" + port: 403} {
		if code, _ := get(t, url, host); code != want {
			t.Errorf("--public=NAMES: Host %q: %d, want %d", host, code, want)
		}
	}

	// Every network: this computer's addresses, which the other computers type.
	url, stdout := startServe(t, "--addr", "0.0.0.0:0", "--public")
	port = strings.TrimSuffix(url[strings.LastIndex(url, ":")+1:], "/")
	printed := 0
	for _, line := range strings.Split(stdout.String(), "\n") {
		if i := strings.Index(line, "http://"); i >= 0 && !strings.Contains(line, "127.0.0.1") {
			other := strings.TrimPrefix(strings.Fields(line[i:])[0], "http://")
			if code, _ := get(t, url, strings.TrimSuffix(other, "/")); code != 200 {
				t.Errorf("every network: Host %q, an address it prints: %d", other, code)
			}
			printed++
		}
	}
	t.Logf("every network: %d network address(es) printed and answered", printed)
	if code, _ := get(t, url, "evil.example:"+port); code != 403 {
		t.Errorf("every network: a foreign Host: %d", code)
	}

	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--public", "lkjip.inspektorat.test"}, "--public=lkjip.inspektorat.test"},
		{[]string{"--public=http://lkjip.inspektorat.test/"}, `"http://lkjip.inspektorat.test/" bukan nama host`},
	} {
		if code, _, errOut := runArgs(append([]string{"serve", "--addr", "127.0.0.1:0"}, c.args...)...); code != 2 || !strings.Contains(errOut, c.want) {
			t.Errorf("%v: exit %d %s", c.args, code, errOut)
		}
	}
}

// serverFolders lists what the servers' temporary folders hold under tmp.
func serverFolders(t *testing.T, tmp string) []string {
	t.Helper()
	var out []string
	filepath.WalkDir(tmp, func(path string, d os.DirEntry, err error) error {
		if path != tmp {
			out = append(out, strings.TrimPrefix(path, tmp))
		}
		return nil
	})
	return out
}

// slowSending sends the head and half the body of a sending of Kragan to the page at url, and
// leaves the rest unsent: a sending still arriving.
func slowSending(t *testing.T, url string) net.Conn {
	t.Helper()
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	w, _ := mw.CreateFormFile("berkas", "kragan-2021.xlsx")
	data, _ := os.ReadFile(kragan)
	w.Write(data)
	mw.Close()
	host := strings.TrimSuffix(strings.TrimPrefix(url, "http://"), "/")
	c, err := net.Dial("tcp", host)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	fmt.Fprintf(c, "POST /periksa HTTP/1.1\r\nHost: %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n", host, mw.FormDataContentType(), body.Len())
	c.Write(body.Bytes()[:body.Len()/2])
	return c
}

// waitFor polls until ok holds, for at most 10 s.
func waitFor(t *testing.T, what string, ok func() bool) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); !ok(); time.Sleep(5 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("waited 10 s for %s", what)
		}
	}
}

// TestServeStopRemovesUploads: when lkjip serve is told to stop (its context ends, as on
// Ctrl+C) while a sending is still arriving, it stops within its wait and leaves nothing in
// the temporary folder, although that sending's handler was cut off mid-file.
func TestServeStopRemovesUploads(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp) // os.TempDir on Unix
	if os.TempDir() != tmp {
		t.Skip("os.TempDir does not follow TMPDIR here")
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stderr bytes.Buffer
	urls := make(chan string, 1)
	code := make(chan int, 1)
	go func() {
		code <- serve(ctx, []string{"--addr", "127.0.0.1:0"}, io.Discard, &stderr, func(u string) { urls <- u })
	}()
	url := <-urls
	slowSending(t, url)
	waitFor(t, "the sending's file", func() bool {
		for _, f := range serverFolders(t, tmp) {
			if strings.HasSuffix(f, "kragan-2021.xlsx") {
				return true
			}
		}
		return false
	})
	start := time.Now()
	cancel()
	select {
	case c := <-code:
		if c != 0 {
			t.Errorf("exit %d", c)
		}
	case <-time.After(stopWait + 3*time.Second):
		t.Fatal("lkjip serve did not stop")
	}
	t.Logf("stopped in %v with a sending still arriving", time.Since(start).Round(time.Millisecond))
	if left := serverFolders(t, tmp); len(left) > 0 {
		t.Errorf("left in the temporary folder: %v", left)
	}
}

// TestServeSignal is the Ctrl+C test on the program itself: lkjip built with go build serves
// the page; a sending of 20 workbooks is sent whole (its check begins) and another is still
// arriving; SIGINT stops lkjip within a few seconds with exit 0, the sending under check is
// answered that the server stops (unless its check already ended), and the temporary folder
// holds nothing.
func TestServeSignal(t *testing.T) {
	if testing.Short() {
		t.Skip("builds lkjip")
	}
	if runtime.GOOS == "windows" {
		t.Skip("no SIGINT to send on Windows")
	}
	exe := filepath.Join(t.TempDir(), "lkjip")
	if out, err := exec.Command("go", "build", "-o", exe, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	tmp := t.TempDir()
	cmd := exec.Command(exe, "serve", "--addr", "127.0.0.1:0")
	cmd.Env = append(os.Environ(), "TMPDIR="+tmp)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil {
		t.Fatal(err)
	}
	url := strings.Fields(line[strings.Index(line, "http://"):])[0]
	go io.Copy(io.Discard, stdout)

	slowSending(t, url)
	answered := make(chan string, 1)
	go func() {
		var body bytes.Buffer
		mw := multipart.NewWriter(&body)
		data, _ := os.ReadFile(kragan)
		for i := range 20 {
			w, _ := mw.CreateFormFile("berkas", fmt.Sprintf("kragan-%02d.xlsx", i))
			w.Write(data)
		}
		mw.Close()
		resp, err := http.Post(url+"periksa", mw.FormDataContentType(), &body)
		if err != nil {
			answered <- err.Error()
			return
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		answered <- fmt.Sprintf("%d %s", resp.StatusCode, b)
	}()
	// The 20 files are written whole: the check begins.
	waitFor(t, "the 20 files", func() bool {
		n := 0
		for _, f := range serverFolders(t, tmp) {
			if strings.HasSuffix(f, "kragan-19.xlsx") {
				if fi, err := os.Stat(filepath.Join(tmp, f)); err == nil && fi.Size() > 16000 {
					n++
				}
			}
		}
		return n == 1
	})
	start := time.Now()
	if err := cmd.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	select {
	case err := <-exited:
		if err != nil {
			t.Errorf("lkjip serve after SIGINT: %v\n%s", err, stderr.String())
		}
	case <-time.After(stopWait + 5*time.Second):
		t.Fatalf("lkjip serve did not stop after SIGINT\n%s", stderr.String())
	}
	took := time.Since(start)
	answer := <-answered
	switch {
	case strings.HasPrefix(answer, "503 ") && strings.Contains(answer, "sedang dihentikan"):
		t.Logf("SIGINT stopped lkjip in %v; the check under way was cancelled and answered 503", took.Round(time.Millisecond))
	case strings.HasPrefix(answer, "200 "):
		t.Logf("SIGINT stopped lkjip in %v; the check had ended before the signal", took.Round(time.Millisecond))
	default:
		t.Errorf("the sending under check: %.300s", answer)
	}
	if left := serverFolders(t, tmp); len(left) > 0 {
		t.Errorf("left in the temporary folder after SIGINT: %v\n%s", left, stderr.String())
	}
}

// TestServeSlowSenders: on this computer only, 64 connections of this computer holding
// sendings that barely arrive (their heads and one byte, then nothing for a second) do not
// keep its own real upload from being checked: a loopback server gives its one client
// address every connection, not a share.
func TestServeSlowSenders(t *testing.T) {
	url, _ := startServe(t, "--addr", "127.0.0.1:0")
	host := strings.TrimSuffix(strings.TrimPrefix(url, "http://"), "/")
	for range 64 {
		c, err := net.Dial("tcp", host)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		fmt.Fprintf(c, "POST /periksa HTTP/1.1\r\nHost: %s\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: 100000\r\n\r\n-", host)
	}
	time.Sleep(time.Second)
	start := time.Now()
	if code, page := send(t, url, kragan); code != 200 || !strings.Contains(page, fmt.Sprintf(`<span class="n">%d</span><span class="l">kesalahan</span>`, golden.Kragan().Errors)) {
		t.Errorf("the real upload among 64 slow senders: %d", code)
	}
	t.Logf("the real upload checked in %v among 64 slow senders of the same address", time.Since(start).Round(time.Millisecond))
}
