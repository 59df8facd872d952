package web

import (
	"bytes"
	"fmt"
	"io"
	"lkjip/samples/golden"
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
				if !strings.Contains(s, fmt.Sprintf(`<span class="n">%d</span><span class="l">galat</span>`, golden.Kragan().Errors)) || !strings.Contains(s, "<dd>kragan-2021.xlsx</dd>") ||
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
