package web

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"lkjip/reconcile"
	"lkjip/rules"
)

// startServer serves h as lkjip serve does (NewServer's timeouts and stop, LimitListener's
// shares) on a loopback port until the test ends.
func startServer(t testing.TB, h http.Handler, perClient, total int) (*httptest.Server, *Server) {
	t.Helper()
	srv := NewServer("", h)
	ts := httptest.NewUnstartedServer(h)
	ts.Config = srv.Server
	ts.Listener = LimitListener(ts.Listener, perClient, total)
	ts.Start()
	t.Cleanup(ts.Close)
	return ts, srv
}

// lines is a log that hands each line to the test.
type lines chan string

func (l lines) Write(p []byte) (int, error) {
	select {
	case l <- string(p):
	default:
	}
	return len(p), nil
}

// await waits for a log line holding want.
func (l lines) await(t testing.TB, want string) string {
	t.Helper()
	deadline := time.After(10 * time.Second)
	for {
		select {
		case s := <-l:
			if strings.Contains(s, want) {
				return s
			}
		case <-deadline:
			t.Fatalf("no log line with %q", want)
		}
	}
}

// blocking is a rule whose run on a workbook is counted, tells the test it began, and waits
// until the test lets it go.
type blocking struct {
	runs    atomic.Int32
	started chan struct{}
	release chan struct{}
}

func newBlocking() *blocking {
	return &blocking{started: make(chan struct{}, 64), release: make(chan struct{})}
}

func (b *blocking) rules() []*reconcile.Rule {
	return []*reconcile.Rule{{ID: "TST001", Severity: reconcile.Error, Run: func(*reconcile.Pass) {
		b.runs.Add(1)
		b.started <- struct{}{}
		select {
		case <-b.release:
		case <-time.After(10 * time.Second): // a test gone wrong does not hang
		}
	}}}
}

// rawPost is the head of a POST of a sending of n bytes, as a browser sends it.
func rawPost(host, contentType string, n int, extra ...string) string {
	return fmt.Sprintf("POST /periksa HTTP/1.1\r\nHost: %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n%s\r\n",
		host, contentType, n, strings.Join(extra, ""))
}

// TestHosts: the page answers this computer's names and the names it was given, whatever the
// port or case, and refuses any other Host with 403 and a message in both languages, before
// anything is received.
func TestHosts(t *testing.T) {
	h, tmp := newHandler(t, nil)
	for host, want := range map[string]int{
		"127.0.0.1:8080": 200, "localhost:8080": 200, "[::1]:8080": 200, "LOCALHOST.:9000": 200, "example.com": 200, "Example.COM:80": 200,
		"evil.example": 403, "evil.example:8080": 403, "127.0.0.1.evil.example": 403, "": 403, "10.0.0.1:8080": 403, "localhost.evil.example": 403,
	} {
		req := httptest.NewRequest("GET", "/", nil)
		req.Host = host
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != want {
			t.Errorf("GET Host %q: %d, want %d", host, rec.Code, want)
		}
		if want == 403 && (rec.Body.String() != msgForeignHost.ID+"\n"+msgForeignHost.EN+"\n" || !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/plain")) {
			t.Errorf("GET Host %q: %.200q", host, rec.Body.String())
		}
	}
	body, ct := form(t, sample(t, kragan))
	req := httptest.NewRequest("POST", "/periksa", body)
	req.Host = "evil.example:8080"
	req.Header.Set("Content-Type", ct)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != 403 || !strings.Contains(rec.Body.String(), "tidak melayani alamat ini") || !strings.Contains(rec.Body.String(), "--public=NAME") {
		t.Errorf("POST from a foreign host: %d %q", rec.Code, rec.Body.String())
	}
	emptyDir(t, tmp)

	// Names given (--public=NAME) are answered besides this computer's; nothing else.
	h2 := New(Options{Rules: rules.All, Hosts: []string{"Inspektorat.Rembang.go.id.", "192.168.1.10", "[fe80::1]"}})
	for host, want := range map[string]int{"inspektorat.rembang.go.id:8080": 200, "192.168.1.10:8080": 200, "[fe80::1]:8080": 200, "127.0.0.1:8080": 200,
		"rembang.go.id": 403, "example.com": 403} {
		req := httptest.NewRequest("GET", "/", nil)
		req.Host = host
		rec := httptest.NewRecorder()
		h2.ServeHTTP(rec, req)
		if rec.Code != want {
			t.Errorf("--public: GET Host %q: %d, want %d", host, rec.Code, want)
		}
	}
}

// TestOrigin: a POST is checked only from the page itself: the Origin of the host it was sent
// to (http, or https through a proxy), or with no Origin a Sec-Fetch-Site of the same origin,
// or from a client that is no browser (neither header). Another site's page, a sandboxed
// frame ("null") or another port of the same host is refused 403 before anything is read.
func TestOrigin(t *testing.T) {
	h, tmp := newHandler(t, nil)
	for _, c := range []struct {
		origin, site string
		want         int
	}{
		{"", "", 200},
		{"http://example.com", "", 200},
		{"http://EXAMPLE.com", "same-origin", 200},
		{"https://example.com", "", 200},
		{"null", "same-origin", 200},
		{"", "same-origin", 200},
		{"", "none", 200},
		{"http://evil.example", "", 403},
		{"http://evil.example", "cross-site", 403},
		{"http://example.com:8080", "same-site", 403},
		{"http://example.com.evil.example", "", 403},
		{"http://user@example.com", "", 403},
		{"ftp://example.com", "", 403},
		{"null", "", 403},
		{"null", "cross-site", 403},
		{"", "cross-site", 403},
		{"", "same-site", 403},
		{"example.com", "", 403},
	} {
		body, ct := form(t, sample(t, clean))
		req := httptest.NewRequest("POST", "/periksa?lang=en", body)
		req.Header.Set("Content-Type", ct)
		if c.origin != "" {
			req.Header.Set("Origin", c.origin)
		}
		if c.site != "" {
			req.Header.Set("Sec-Fetch-Site", c.site)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != c.want {
			t.Errorf("Origin %q, Sec-Fetch-Site %q: %d, want %d", c.origin, c.site, rec.Code, c.want)
		}
		if c.want == 200 && !strings.Contains(rec.Body.String(), "No findings.") {
			t.Errorf("Origin %q, Sec-Fetch-Site %q: not checked", c.origin, c.site)
		}
		if c.want == 403 && rec.Body.String() != msgCrossOrigin.ID+"\n"+msgCrossOrigin.EN+"\n" {
			t.Errorf("Origin %q: %.200q", c.origin, rec.Body.String())
		}
		emptyDir(t, tmp)
	}
	// A GET from another site is only the page: it holds nothing of anyone.
	req := httptest.NewRequest("GET", "/", nil)
	req.Header.Set("Origin", "http://evil.example")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != 200 || rec.Header().Get("Referrer-Policy") != "same-origin" {
		t.Errorf("GET with another Origin: %d, Referrer-Policy %q", rec.Code, rec.Header().Get("Referrer-Policy"))
	}
}

// TestPace: a sender slower than the minimum rate is cut off once the grace has passed and
// answered 408 with a message, its partial file removed; a sender above the rate is checked
// however long past the grace it takes.
func TestPace(t *testing.T) {
	h, tmp := newHandler(t, nil)
	h.grace, h.minRate = 300*time.Millisecond, 8<<10
	ts, _ := startServer(t, h, DefaultPerClient, DefaultConns)
	host := ts.Listener.Addr().String()
	body, ct := form(t, sample(t, clean))

	// 100 bytes a second.
	c, err := net.Dial("tcp", host)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	start := time.Now()
	io.WriteString(c, rawPost(host, ct, body.Len()))
	answered := make(chan *http.Response, 1)
	go func() {
		resp, err := http.ReadResponse(bufio.NewReader(c), nil)
		if err != nil {
			t.Error(err)
			resp = nil
		}
		answered <- resp
	}()
	var resp *http.Response
	for i := 0; resp == nil && i < body.Len(); i += 10 {
		c.Write(body.Bytes()[i : i+10])
		select {
		case resp = <-answered:
		case <-time.After(100 * time.Millisecond):
		}
	}
	cut := time.Since(start)
	if resp == nil {
		t.Fatalf("a sender of 100 B/s was not cut off")
	}
	page, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusRequestTimeout || !strings.Contains(string(page), "Kiriman terlalu lambat") {
		t.Errorf("the slow sender: %d", resp.StatusCode)
	}
	if cut < h.grace || cut > h.grace+time.Second {
		t.Errorf("the slow sender was cut off after %v, want about %v", cut, h.grace)
	}
	t.Logf("a sender of 100 B/s cut off after %v (grace %v, minimum %d B/s)", cut.Round(time.Millisecond), h.grace, h.minRate)
	emptyDir(t, tmp)

	// 16 KiB/s, twice the minimum, for about 1 s: three times the grace.
	c2, err := net.Dial("tcp", host)
	if err != nil {
		t.Fatal(err)
	}
	defer c2.Close()
	start = time.Now()
	io.WriteString(c2, rawPost(host, ct, body.Len()))
	for i := 0; i < body.Len(); i += 2 << 10 {
		c2.Write(body.Bytes()[i:min(i+2<<10, body.Len())])
		time.Sleep(125 * time.Millisecond)
	}
	resp, err = http.ReadResponse(bufio.NewReader(c2), nil)
	if err != nil {
		t.Fatal(err)
	}
	page, _ = io.ReadAll(resp.Body)
	if resp.StatusCode != 200 || !strings.Contains(string(page), "Tidak ada temuan.") {
		t.Errorf("a sender of 16 KiB/s: %d", resp.StatusCode)
	}
	t.Logf("a sender of 16 KiB/s checked after %v", time.Since(start).Round(time.Millisecond))
	emptyDir(t, tmp)
}

// TestQueue: a sending that finds every check taken waits for its turn and is checked; one
// that finds the queue full is answered 503 at once; one that waits longer than QueueWait is
// answered 503. None keeps a file.
func TestQueue(t *testing.T) {
	b := newBlocking()
	tmp := t.TempDir()
	h := New(Options{Rules: b.rules(), TempDir: tmp, Checks: 1, Queue: 2, QueueWait: 10 * time.Second, Hosts: []string{"example.com"}})
	send := func() chan *httptest.ResponseRecorder {
		out := make(chan *httptest.ResponseRecorder, 1)
		go func() { out <- post(t, h, "", sample(t, clean)) }()
		return out
	}
	first := send()
	<-b.started // the first is being checked
	second := send()
	for len(h.queue) < 2 { // the second waits for its turn
		time.Sleep(time.Millisecond)
	}
	if rec := post(t, h, "", sample(t, clean)); rec.Code != http.StatusServiceUnavailable || !strings.Contains(rec.Body.String(), "Server sedang sibuk") {
		t.Errorf("a third with the queue full: %d", rec.Code)
	}
	close(b.release)
	for i, ch := range []chan *httptest.ResponseRecorder{first, second} {
		if rec := <-ch; rec.Code != 200 {
			t.Errorf("sending %d: %d", i+1, rec.Code)
		}
	}
	if n := b.runs.Load(); n != 2 {
		t.Errorf("%d checks, want 2", n)
	}
	emptyDir(t, tmp)

	// A turn that does not come within QueueWait.
	b = newBlocking()
	h = New(Options{Rules: b.rules(), TempDir: tmp, Checks: 1, QueueWait: 200 * time.Millisecond, Hosts: []string{"example.com"}})
	first = send()
	<-b.started
	start := time.Now()
	rec := post(t, h, "?lang=en", sample(t, clean))
	if waited := time.Since(start); rec.Code != http.StatusServiceUnavailable || !strings.Contains(rec.Body.String(), "The server is busy") || waited < 200*time.Millisecond || waited > 2*time.Second {
		t.Errorf("a sending past QueueWait: %d after %v", rec.Code, waited)
	}
	close(b.release)
	if rec := <-first; rec.Code != 200 {
		t.Errorf("the first: %d", rec.Code)
	}
	emptyDir(t, tmp)
}

// TestClientGone: when the client goes away while its sending is checked, the check stops
// after the workbook under way (the others of the sending are never checked), nothing is
// answered, and the files are removed.
func TestClientGone(t *testing.T) {
	b := newBlocking()
	tmp := t.TempDir()
	log := lines(make(chan string, 16))
	h := New(Options{Rules: b.rules(), TempDir: tmp, Checks: 1, Log: newLog(log)})
	ts, _ := startServer(t, h, DefaultPerClient, DefaultConns)
	ctxs := make(chan context.Context, 1)
	afterReceive = func(ctx context.Context) { ctxs <- ctx }
	defer func() { afterReceive = nil }()

	c, err := net.Dial("tcp", ts.Listener.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	s := sample(t, clean)
	body, ct := form(t, s, s, s, s, s)
	io.WriteString(c, rawPost(ts.Listener.Addr().String(), ct, body.Len()))
	c.Write(body.Bytes())
	ctx := <-ctxs
	<-b.started // the first workbook is being checked
	c.Close()
	select {
	case <-ctx.Done():
	case <-time.After(5 * time.Second):
		t.Fatal("the request's context did not end when its client went away")
	}
	close(b.release)
	log.await(t, "gone: 5 file(s)")
	if n := b.runs.Load(); n != 1 {
		t.Errorf("%d of 5 workbooks checked after the client went away, want 1", n)
	}
	emptyDir(t, tmp)
}

func newLog(w io.Writer) *log.Logger { return log.New(w, "", 0) }

// TestStop: Server.Stop cancels the check under way, whose client is told that the server
// stops (503), cuts off a sending still arriving once the wait is over, and leaves no file.
func TestStop(t *testing.T) {
	b := newBlocking()
	tmp := t.TempDir()
	log := lines(make(chan string, 16))
	h := New(Options{Rules: b.rules(), TempDir: tmp, Log: newLog(log)})
	ts, srv := startServer(t, h, DefaultPerClient, DefaultConns)
	ctxs := make(chan context.Context, 1)
	afterReceive = func(ctx context.Context) { ctxs <- ctx }
	defer func() { afterReceive = nil }()

	// A sending still arriving: half its body sent.
	host := ts.Listener.Addr().String()
	body, ct := form(t, sample(t, kragan))
	slow, err := net.Dial("tcp", host)
	if err != nil {
		t.Fatal(err)
	}
	defer slow.Close()
	io.WriteString(slow, rawPost(host, ct, body.Len()))
	slow.Write(body.Bytes()[:body.Len()/2])

	answered := make(chan *http.Response, 1)
	go func() {
		body, ct := form(t, sample(t, clean))
		resp, err := http.Post(ts.URL+"/periksa?lang=en", ct, body)
		if err != nil {
			t.Error(err)
		}
		answered <- resp
	}()
	ctx := <-ctxs
	<-b.started
	for entries, _ := os.ReadDir(tmp); len(entries) < 2; entries, _ = os.ReadDir(tmp) {
		time.Sleep(time.Millisecond) // both sendings' folders are there
	}
	start := time.Now()
	stopped := make(chan bool)
	go func() { stopped <- srv.Stop(500 * time.Millisecond) }()
	<-ctx.Done()
	if !strings.Contains(fmt.Sprint(context.Cause(ctx)), "stopping") {
		t.Errorf("the check's context ended with %v", context.Cause(ctx))
	}
	close(b.release)
	resp := <-answered
	if resp == nil {
		t.FailNow()
	}
	page, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusServiceUnavailable || !strings.Contains(string(page), "lkjip serve is stopping; this sending was not checked.") {
		t.Errorf("the sending under check: %d", resp.StatusCode)
	}
	if <-stopped {
		t.Errorf("Stop says every answer ended, with a sending still arriving")
	}
	t.Logf("stopped in %v", time.Since(start).Round(time.Millisecond))
	log.await(t, "refused: 0 file(s), status 400") // the sending still arriving, cut off
	if n := b.runs.Load(); n != 1 {
		t.Errorf("%d checks", n)
	}
	emptyDir(t, tmp)
}

// TestLimitListener: one client address holds at most its share of connections, the next is
// answered 503 and closed while another address is still served; a connection closed gives
// its place back; over the total, a connection waits unaccepted until one ends.
func TestLimitListener(t *testing.T) {
	h, _ := newHandler(t, nil)
	ts, _ := startServer(t, h, 3, 5)
	addr := ts.Listener.Addr().String()
	dial := func(ip string) net.Conn {
		t.Helper()
		d := net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(ip)}, Timeout: 2 * time.Second}
		c, err := d.Dial("tcp", addr)
		if err != nil {
			t.Skipf("cannot connect from %s (a loopback address other than 127.0.0.1): %v", ip, err)
		}
		t.Cleanup(func() { c.Close() })
		return c
	}
	// get sends a GET / on c and returns the status line, or "" when nothing came in time.
	get := func(c net.Conn, wait time.Duration) string {
		io.WriteString(c, "GET / HTTP/1.1\r\nHost: "+addr+"\r\n\r\n")
		c.SetReadDeadline(time.Now().Add(wait))
		resp, err := http.ReadResponse(bufio.NewReader(c), nil)
		if err != nil {
			return ""
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		return resp.Status
	}
	a := []net.Conn{dial("127.0.0.2"), dial("127.0.0.2"), dial("127.0.0.2")}
	for i, c := range a {
		if s := get(c, 2*time.Second); s != "200 OK" {
			t.Errorf("connection %d of 127.0.0.2: %q", i+1, s)
		}
	}
	over := dial("127.0.0.2")
	over.SetReadDeadline(time.Now().Add(2 * time.Second))
	refused, _ := io.ReadAll(over)
	if !bytes.HasPrefix(refused, []byte("HTTP/1.1 503 Service Unavailable\r\n")) || !bytes.Contains(refused, []byte(msgTooManyConns.ID+"\n"+msgTooManyConns.EN)) {
		t.Errorf("the 4th connection of 127.0.0.2: %q", refused)
	}
	b := []net.Conn{dial("127.0.0.3"), dial("127.0.0.3")}
	for i, c := range b {
		if s := get(c, 2*time.Second); s != "200 OK" {
			t.Errorf("connection %d of 127.0.0.3: %q", i+1, s)
		}
	}
	// Five held: the sixth, of a third address, waits...
	waiting := dial("127.0.0.4")
	if s := get(waiting, 300*time.Millisecond); s != "" {
		t.Errorf("over the total: %q", s)
	}
	// ...until one ends; and 127.0.0.2 has a place again.
	a[0].Close()
	waiting.SetReadDeadline(time.Now().Add(2 * time.Second))
	if resp, err := http.ReadResponse(bufio.NewReader(waiting), nil); err != nil || resp.StatusCode != 200 {
		t.Errorf("the waiting connection once one ended: %v", err)
	}
	waiting.Close()
	if s := get(dial("127.0.0.2"), 2*time.Second); s != "200 OK" {
		t.Errorf("127.0.0.2 once two of its connections ended: %q", s)
	}
}

// TestDiskBudget: the sendings' files on disk stay within the budget: a sending that would
// pass it is answered 503 (busy) and its share given back; within it, a sending is checked.
func TestDiskBudget(t *testing.T) {
	h, tmp := newHandler(t, nil)
	h.disk.budget = 20 << 10
	rec := post(t, h, "", sample(t, kragan), sample(t, clean)) // 17 KB + 15 KB
	if rec.Code != http.StatusServiceUnavailable || !strings.Contains(rec.Body.String(), "Server sedang sibuk") {
		t.Errorf("32 KB over a budget of 20 KiB: %d", rec.Code)
	}
	if n := h.disk.used.Load(); n != 0 {
		t.Errorf("%d bytes still counted after the refusal", n)
	}
	emptyDir(t, tmp)
	if rec := post(t, h, "", sample(t, kragan)); rec.Code != 200 {
		t.Errorf("17 KB within a budget of 20 KiB: %d", rec.Code)
	}
	if n := h.disk.used.Load(); n != 0 {
		t.Errorf("%d bytes still counted after the answer", n)
	}
	emptyDir(t, tmp)
}
