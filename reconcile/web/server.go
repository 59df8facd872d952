package web

import (
	"context"
	"errors"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"lkjip/reconcile"
)

// The limits of connections and of the time a sending may take to arrive.
const (
	// DefaultPerClient bounds the connections one client address holds at once: a browser
	// opens a few; an office behind one address (NAT) has several browsers.
	DefaultPerClient = 32
	// DefaultConns bounds the connections held at once, over every client; beyond it, new
	// connections wait in the system's queue until one ends.
	DefaultConns = 256

	headerTimeout = 10 * time.Second
	// sendingTimeout is the most a sending may take to arrive, however fast it goes (a 32 MiB
	// sending over a slow office line), and writeTimeout the most its answer may take to leave.
	sendingTimeout = 5 * time.Minute
	writeTimeout   = 5 * time.Minute
	// A sending's body arrives at least at minRate on average once its first sendingGrace
	// has passed (see paced): 8 KiB/s is a poor mobile line; a sender of one byte a second
	// holds its connection for 10 s, not 5 min.
	sendingGrace = 10 * time.Second
	minRate      = 8 << 10
)

// ErrStopping is the cause of the requests' context when the server stops (Server.Stop):
// the checks under way end, and their answer says so.
var ErrStopping = errors.New("lkjip serve is stopping")

// Server is the page's server: an http.Server whose requests' contexts end when it stops.
type Server struct {
	*http.Server
	stop context.CancelCauseFunc
}

// NewServer returns the server of a handler at addr, with timeouts that keep a slow or idle
// client from holding a connection: the headers within 10 s, an idle connection 2 min. The
// body of a sending has its own deadline (see paced), and so has its answer.
func NewServer(addr string, h http.Handler) *Server {
	base, stop := context.WithCancelCause(context.Background())
	return &Server{Server: &http.Server{
		Addr:              addr,
		Handler:           h,
		ReadHeaderTimeout: headerTimeout,
		ReadTimeout:       sendingTimeout,
		WriteTimeout:      writeTimeout,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		BaseContext:       func(net.Listener) context.Context { return base },
	}, stop: stop}
}

// Stop stops the server: the checks under way are cancelled (their answers say the server
// stops), no connection is taken any more, and the answers under way get at most wait to
// end before every connection is closed. It reports whether every answer ended in time.
// http.Server.Shutdown alone waits for the checks, however long they take.
func (s *Server) Stop(wait time.Duration) bool {
	s.stop(ErrStopping)
	ctx, cancel := context.WithTimeout(context.Background(), wait)
	defer cancel()
	if err := s.Shutdown(ctx); err != nil {
		s.Close()
		return false
	}
	return true
}

// LimitListener bounds the connections a listener hands out: at most perClient from one
// client address (more are answered 503 and closed at once), at most total over all (more
// wait, unaccepted, until one ends). A client that opens many slow connections thus holds
// its own share only, and the others' connections are still taken.
func LimitListener(ln net.Listener, perClient, total int) net.Listener {
	return &limitListener{Listener: ln, perClient: perClient, slots: make(chan struct{}, total),
		open: map[string]int{}, done: make(chan struct{})}
}

type limitListener struct {
	net.Listener
	perClient int
	slots     chan struct{}
	done      chan struct{}
	closing   sync.Once
	mu        sync.Mutex
	open      map[string]int
}

var msgTooManyConns = reconcile.Msg("Terlalu banyak sambungan dari komputer ini ke lkjip serve. Tutup tab halaman lain, lalu coba lagi.",
	"Too many connections from this computer to lkjip serve. Close the page's other tabs, then try again.")

func (l *limitListener) Accept() (net.Conn, error) {
	for {
		select {
		case l.slots <- struct{}{}:
		case <-l.done:
			return nil, net.ErrClosed
		}
		c, err := l.Listener.Accept()
		if err != nil {
			<-l.slots
			return nil, err
		}
		ip := clientAddr(c.RemoteAddr())
		l.mu.Lock()
		if l.open[ip] >= l.perClient {
			l.mu.Unlock()
			<-l.slots
			refuse(c)
			continue
		}
		l.open[ip]++
		l.mu.Unlock()
		return &limitConn{Conn: c, l: l, ip: ip}, nil
	}
}

func (l *limitListener) Close() error {
	l.closing.Do(func() { close(l.done) })
	return l.Listener.Close()
}

// refuse answers a connection over its client's share with 503 and closes it. The answer
// fits the socket's empty send buffer, so the write does not wait on the client; the
// deadline is there should it ever.
func refuse(c net.Conn) {
	body := msgTooManyConns.ID + "\n" + msgTooManyConns.EN + "\n"
	c.SetWriteDeadline(time.Now().Add(time.Second))
	c.Write([]byte("HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\nRetry-After: 10\r\n" +
		"Content-Length: " + strconv.Itoa(len(body)) + "\r\n\r\n" + body))
	c.Close()
}

// clientAddr is the client's IP address, the key of its share.
func clientAddr(a net.Addr) string {
	if t, ok := a.(*net.TCPAddr); ok {
		return t.IP.String()
	}
	host, _, err := net.SplitHostPort(a.String())
	if err != nil {
		return a.String()
	}
	return host
}

type limitConn struct {
	net.Conn
	l      *limitListener
	ip     string
	closed sync.Once
}

func (c *limitConn) Close() error {
	err := c.Conn.Close()
	c.closed.Do(func() {
		c.l.mu.Lock()
		if c.l.open[c.ip]--; c.l.open[c.ip] == 0 {
			delete(c.l.open, c.ip)
		}
		c.l.mu.Unlock()
		<-c.l.slots
	})
	return err
}

// Loopback reports whether a listening address ("host:port") is reachable from this computer
// only: localhost or a loopback IP. An empty host (":8080") listens on every network, and a
// host name may resolve to anything; neither is loopback.
func Loopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
