package web

import (
	"bytes"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"lkjip/samples/golden"
)

// TestLoad is the load test: 20 users on loopback send at the same moment, half the
// Kragan sample and half the clean one; each answer must be right (Kragan's errors, as the golden file counts them, and its
// annotated copy, the clean workbook's "no findings"), and the heap must stay bounded: the
// checks run at most GOMAXPROCS at a time, and a sending is streamed to disk, never held whole.
func TestLoad(t *testing.T) {
	const users = 20
	if testing.Short() {
		t.Skip("the load test is not short")
	}
	// The bound: a check of a small workbook and its annotated copy take a few MiB each, at
	// most GOMAXPROCS of them run at once, and 20 answers of about 150 KB wait to be written.
	boundMiB := 24 + 4*runtime.GOMAXPROCS(0)
	findings := len(kraganResult(t).Findings)
	h, tmp := newHandler(t, nil)
	srv := httptest.NewServer(h)
	defer srv.Close()
	files := []file{sample(t, kragan), sample(t, clean)}
	bodies := make([][]byte, users)
	types := make([]string, users)
	for i := range users {
		b, ct := form(t, files[i%2])
		bodies[i], types[i] = b.Bytes(), ct
	}
	client := &http.Client{Transport: &http.Transport{MaxConnsPerHost: users, MaxIdleConnsPerHost: users}, Timeout: 60 * time.Second}

	runtime.GC()
	var base runtime.MemStats
	runtime.ReadMemStats(&base)
	var peak atomic.Uint64
	stop := make(chan struct{})
	sampled := make(chan struct{})
	go func() {
		defer close(sampled)
		var m runtime.MemStats
		for {
			runtime.ReadMemStats(&m)
			if m.HeapAlloc > peak.Load() {
				peak.Store(m.HeapAlloc)
			}
			select {
			case <-stop:
				return
			case <-time.After(2 * time.Millisecond):
			}
		}
	}()

	start := time.Now()
	ready := make(chan struct{})
	latencies := make([]time.Duration, users)
	var wg sync.WaitGroup
	for i := range users {
		wg.Go(func() {
			<-ready // every user sends at the same moment
			began := time.Now()
			resp, err := client.Post(srv.URL+"/periksa", types[i], bytes.NewReader(bodies[i]))
			if err != nil {
				t.Errorf("user %d: %v", i, err)
				return
			}
			page, err := io.ReadAll(resp.Body)
			resp.Body.Close()
			latencies[i] = time.Since(began)
			if err != nil || resp.StatusCode != 200 {
				t.Errorf("user %d: status %d, %v", i, resp.StatusCode, err)
				return
			}
			s := string(page)
			if i%2 == 0 {
				got := downloads(t, s)["kragan-2021-temuan.xlsx"]
				if !strings.Contains(s, fmt.Sprintf(`<span class="n">%d</span><span class="l">kesalahan</span>`, golden.Kragan().Errors)) || !strings.Contains(s, "<dd>kragan-2021.xlsx</dd>") ||
					!bytes.HasPrefix(got, []byte("PK\x03\x04")) || strings.Count(s, `<tr class="finding `) != findings {
					t.Errorf("user %d (Kragan): a wrong answer", i)
				}
			} else if !strings.Contains(s, "Tidak ada temuan.") || !strings.Contains(s, "<dd>bersih-2023.xlsx</dd>") || strings.Contains(s, `<tr class="finding `) {
				t.Errorf("user %d (clean): a wrong answer", i)
			}
		})
	}
	close(ready)
	wg.Wait()
	elapsed := time.Since(start)
	close(stop)
	<-sampled

	growth := int64(peak.Load()) - int64(base.HeapAlloc)
	slices.Sort(latencies)
	t.Logf("%d users at once on loopback (GOMAXPROCS %d): all answered in %v; answer times median %v, slowest %v",
		users, runtime.GOMAXPROCS(0), elapsed.Round(time.Millisecond), latencies[users/2].Round(time.Millisecond), latencies[users-1].Round(time.Millisecond))
	t.Logf("heap: %d MiB before, peak %d MiB, growth %d MiB (bound %d MiB)%s",
		base.HeapAlloc>>20, peak.Load()>>20, growth>>20, boundMiB, peakRSS())
	if growth > int64(boundMiB)<<20 {
		t.Errorf("the heap grew by %d MiB under %d users, above the bound of %d MiB", growth>>20, users, boundMiB)
	}
	if elapsed > 25*time.Second {
		t.Errorf("%d users took %v", users, elapsed)
	}
	emptyDir(t, tmp)
}

// peakRSS reads the process's peak resident memory where the system says it (Linux).
func peakRSS() string {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return ""
	}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "VmHWM:") {
			return "; process peak RSS " + strings.Join(strings.Fields(strings.TrimPrefix(line, "VmHWM:")), " ")
		}
	}
	return ""
}

// TestSlowSenders is issue 15's load test of the page, on loopback and bounded in count and
// time (about 3 s): 64 connections send a sending at one byte a second (32 from each of two
// client addresses, each address's full share) and 16 more send their headers as slowly
// (a third address). While they all hold their connections:
//   - a real upload of the Kragan sample (from 127.0.0.1) is checked within 5 s, its answer
//     right: slow senders hold no place in the queue and no check;
//   - one more connection from a slow sender's address is answered 503 at once (its share);
//   - a POST with another site's Origin, and a request with another Host, are refused 403
//     and receive nothing; the page's own POST (its Origin, Sec-Fetch-Site same-origin) is
//     checked.
//
// Then every slow connection is still open, and once they close, no file is left.
func TestSlowSenders(t *testing.T) {
	if testing.Short() {
		t.Skip("the load test is not short")
	}
	const slowBodies, slowHeads = 64, 16
	h, tmp := newHandler(t, nil)
	ts, _ := startServer(t, h, DefaultPerClient, DefaultConns)
	host := ts.Listener.Addr().String()
	port := ts.Listener.Addr().(*net.TCPAddr).Port
	dial := func(ip string) (net.Conn, error) {
		d := net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(ip)}, Timeout: 2 * time.Second}
		return d.Dial("tcp", host)
	}
	if c, err := dial("127.0.0.9"); err != nil { // an address of its own: its place may not be back at once
		t.Skipf("cannot connect from 127.0.0.9 (a loopback address other than 127.0.0.1): %v", err)
	} else {
		c.Close()
	}

	body, ct := form(t, sample(t, kragan))
	head := rawPost(host, ct, body.Len())
	var slow []net.Conn
	defer func() {
		for _, c := range slow {
			c.Close()
		}
	}()
	for i := range slowBodies + slowHeads {
		ip := []string{"127.0.0.2", "127.0.0.3", "127.0.0.4"}[min(i/DefaultPerClient, 2)]
		c, err := dial(ip)
		if err != nil {
			t.Fatal(err)
		}
		slow = append(slow, c)
		if i < slowBodies {
			io.WriteString(c, head)
		}
	}
	stop := make(chan struct{})
	trickled := make(chan struct{})
	go func() { // one byte a second on each: the body's, or the headers'
		defer close(trickled)
		for sec := 0; ; sec++ {
			for i, c := range slow {
				if i < slowBodies {
					c.Write(body.Bytes()[sec : sec+1])
				} else {
					c.Write([]byte(head[sec : sec+1]))
				}
			}
			select {
			case <-stop:
				return
			case <-time.After(time.Second):
			}
		}
	}()
	defer func() { close(stop); <-trickled }()
	// Every slow sending has reached the page and made its folder.
	for deadline := time.Now().Add(5 * time.Second); ; {
		entries, _ := os.ReadDir(tmp)
		if len(entries) == slowBodies {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d of %d slow sendings reached the page", len(entries), slowBodies)
		}
		time.Sleep(10 * time.Millisecond)
	}
	time.Sleep(2 * time.Second) // a few bytes each
	t.Logf("%d slow sendings and %d slow heads hold their connections", slowBodies, slowHeads)

	// The real upload.
	start := time.Now()
	resp, err := http.Post(ts.URL+"/periksa", ct, bytes.NewReader(body.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	took := time.Since(start)
	if resp.StatusCode != 200 || !strings.Contains(string(page), fmt.Sprintf(`<span class="n">%d</span><span class="l">kesalahan</span>`, golden.Kragan().Errors)) ||
		!bytes.HasPrefix(downloads(t, string(page))["kragan-2021-temuan.xlsx"], []byte("PK\x03\x04")) {
		t.Errorf("the real upload: %d", resp.StatusCode)
	}
	if took > 5*time.Second {
		t.Errorf("the real upload took %v", took)
	}
	t.Logf("the real upload (Kragan, %d KB) checked in %v while %d slow connections are held", body.Len()>>10, took.Round(time.Millisecond), slowBodies+slowHeads)

	// One more from a slow sender's address: over its share.
	over, err := dial("127.0.0.2")
	if err != nil {
		t.Fatal(err)
	}
	over.SetReadDeadline(time.Now().Add(2 * time.Second))
	refused, _ := io.ReadAll(over)
	over.Close()
	if !bytes.HasPrefix(refused, []byte("HTTP/1.1 503 ")) {
		t.Errorf("a 33rd connection from 127.0.0.2: %q", refused)
	}

	// Another site's page, another Host, and the page's own form.
	do := func(what string, req *http.Request, want int, says string) {
		t.Helper()
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != want || !strings.Contains(string(b), says) {
			t.Errorf("%s: %d, want %d with %q", what, resp.StatusCode, want, says)
		}
	}
	req, _ := http.NewRequest("POST", ts.URL+"/periksa", bytes.NewReader(body.Bytes()))
	req.Header.Set("Content-Type", ct)
	req.Header.Set("Origin", "http://evil.example")
	req.Header.Set("Sec-Fetch-Site", "cross-site")
	do("a POST from another site", req, 403, "Kiriman ditolak")
	req, _ = http.NewRequest("POST", ts.URL+"/periksa", bytes.NewReader(body.Bytes()))
	req.Header.Set("Content-Type", ct)
	req.Host = fmt.Sprintf("evil.example:%d", port)
	do("a POST for another host", req, 403, "tidak melayani alamat ini")
	req, _ = http.NewRequest("GET", ts.URL+"/", nil)
	req.Host = fmt.Sprintf("rebound.evil.example:%d", port)
	do("a GET for another host", req, 403, "does not answer this address")
	req, _ = http.NewRequest("POST", ts.URL+"/periksa", bytes.NewReader(body.Bytes()))
	req.Header.Set("Content-Type", ct)
	req.Header.Set("Origin", ts.URL)
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	do("the page's own POST", req, 200, "<dd>kragan-2021.xlsx</dd>")
	if entries, _ := os.ReadDir(tmp); len(entries) != slowBodies {
		t.Errorf("%d folders while %d slow sendings arrive: a refused request was received", len(entries), slowBodies)
	}

	// Still held: no slow connection was answered or closed.
	for i, c := range slow {
		c.SetReadDeadline(time.Now().Add(5 * time.Millisecond))
		if n, err := c.Read(make([]byte, 1)); n > 0 || !isTimeout(err) {
			t.Errorf("slow connection %d: %d bytes, %v", i, n, err)
			break
		}
	}
	for _, c := range slow {
		c.Close()
	}
	for deadline := time.Now().Add(5 * time.Second); ; {
		entries, _ := os.ReadDir(tmp)
		if len(entries) == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d slow sendings' folders left once their clients closed", len(entries))
		}
		time.Sleep(10 * time.Millisecond)
	}
}
