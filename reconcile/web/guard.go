package web

import (
	"errors"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"strings"
	"sync/atomic"
	"time"

	"lkjip/reconcile"
)

// LoopbackHosts are the names of this computer that the page always answers: no other site
// can make a browser send them (a DNS rebinding attack sends the attacker's own name).
var LoopbackHosts = []string{"localhost", "127.0.0.1", "::1"}

var (
	msgForeignHost = reconcile.Msg("lkjip serve tidak melayani alamat ini. Buka halaman di alamat yang dicetak lkjip serve; untuk nama server lain, jalankan lkjip serve dengan --public=NAMA.",
		"lkjip serve does not answer this address. Open the page at the address lkjip serve printed; for another server name, run lkjip serve with --public=NAME.")
	msgCrossOrigin = reconcile.Msg("Kiriman ditolak: kiriman hanya diterima dari halaman lkjip serve ini sendiri, bukan dari situs lain.",
		"Sending refused: sendings are accepted only from this lkjip serve page itself, not from another site.")
	msgTooSlow = reconcile.Msg("Kiriman terlalu lambat dan dihentikan. Periksa sambungan jaringan, lalu kirim lagi.",
		"The sending was too slow and was stopped. Check the network connection, then send it again.")
	msgStopping = reconcile.Msg("Server lkjip serve sedang dihentikan; kiriman ini tidak diperiksa. Kirim lagi setelah server berjalan kembali.",
		"lkjip serve is stopping; this sending was not checked. Send it again once the server runs again.")
)

// hostName is a Host header's or a listed name's host, without port, brackets or final dot,
// in lower case.
func hostName(h string) string {
	if host, _, err := net.SplitHostPort(h); err == nil {
		h = host
	}
	h = strings.TrimSuffix(strings.TrimPrefix(h, "["), "]")
	return strings.ToLower(strings.TrimSuffix(h, "."))
}

// knownHost reports whether the request names a host the page answers. The port is not
// compared: a rebinding attack cannot choose it (the browser connects to the port of the
// attacker's address), and a tunnel (ssh -L 9000:localhost:8080) changes it legitimately.
func (h *Handler) knownHost(r *http.Request) bool {
	return h.hosts[hostName(r.Host)]
}

// sameOrigin reports whether a POST comes from the page itself. A browser names the page a
// sending comes from in Origin (every browser of the last years, on every POST): its host
// must be the one the request was sent to (already a known host); the scheme may be https,
// for a server behind a proxy that passes the Host through. "Origin: null" is what a
// sandboxed frame of any site sends, and also what a browser sends for the page's own form
// under some referrer policies: it passes only when Sec-Fetch-Site says "same-origin". A
// request without Origin is judged by Sec-Fetch-Site alone; a client that sends neither is
// not a browser (curl, a script), which no other site can drive, and is let through.
func sameOrigin(r *http.Request) bool {
	site := r.Header.Get("Sec-Fetch-Site")
	switch o := r.Header.Get("Origin"); o {
	case "":
		return site == "" || site == "same-origin" || site == "none" // "none": the user's own action
	case "null":
		return site == "same-origin"
	default:
		u, err := url.Parse(o)
		return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Path == "" && u.User == nil &&
			strings.EqualFold(u.Host, r.Host)
	}
}

// forbid answers 403 with a short message in both languages, as plain text: the one who
// reads it may be a person whose proxy rewrites the address, or another site's script.
func forbid(w http.ResponseWriter, msg reconcile.Text) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.WriteHeader(http.StatusForbidden)
	io.WriteString(w, msg.ID+"\n"+msg.EN+"\n")
}

// paced is a sending's body read at a minimum rate: before each read, the connection's read
// deadline is set to the time by which the bytes read so far plus the next ones are due,
// grace + read/minRate after the sending began, and never beyond total. A sender of one byte
// a second is cut off after the grace; a real upload, even over a slow office line, is far
// ahead of the deadline. Its count is of what it has read, so a sender cannot earn time
// without sending bytes.
type paced struct {
	body    io.ReadCloser
	rc      *http.ResponseController
	start   time.Time
	grace   time.Duration
	minRate int64 // bytes per second
	total   time.Duration
	read    int64
	done    bool
}

func (p *paced) Read(b []byte) (int, error) {
	if p.done {
		// Once the body has ended the server reads the connection itself (to notice a client
		// that goes away); a deadline set now would cut that read and cancel the request.
		return p.body.Read(b)
	}
	due := p.grace + time.Duration(p.read)*time.Second/time.Duration(p.minRate)
	p.rc.SetReadDeadline(p.start.Add(min(due, p.total))) // unsupported by a test's recorder: no deadline
	n, err := p.body.Read(b)
	p.read += int64(n)
	if err != nil {
		p.done = true
	}
	return n, err
}

func (p *paced) Close() error { return p.body.Close() }

// isTimeout reports whether a read failed on its deadline (the sender too slow).
func isTimeout(err error) bool {
	if errors.Is(err, os.ErrDeadlineExceeded) {
		return true
	}
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}

// diskBudget bounds the bytes of the files of every sending on disk at once: 2 GiB, what 64
// sendings of 32 MiB hold. A sending counts what it has written, not what it announces, so
// slow senders hold next to nothing of it.
const diskBudget = 2 << 30

var errDiskFull = errors.New("the sendings' disk budget is used up")

// disk counts the bytes of the sendings' files on disk, against its budget.
type disk struct {
	used   atomic.Int64
	budget int64
}

// held is one sending's share of the disk, given back when the sending ends.
type held struct {
	d *disk
	n int64
}

func (u *held) release() { u.d.used.Add(-u.n) }

// writer writes to w what fits in the budget, and fails with errDiskFull beyond.
func (u *held) writer(w io.Writer) io.Writer { return heldWriter{u, w} }

type heldWriter struct {
	u *held
	w io.Writer
}

func (hw heldWriter) Write(p []byte) (int, error) {
	n := int64(len(p))
	if hw.u.d.used.Add(n) > hw.u.d.budget {
		hw.u.d.used.Add(-n)
		return 0, errDiskFull
	}
	hw.u.n += n
	return hw.w.Write(p)
}
