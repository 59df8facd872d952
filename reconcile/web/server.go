package web

import (
	"net"
	"net/http"
	"strings"
	"time"
)

// NewServer returns the server of a handler at addr, with timeouts that keep a slow or idle
// client from holding a connection: the headers within 10 s, a whole sending within 5 min (a
// 32 MiB sending over a slow office line), the answer within 5 min.
func NewServer(addr string, h http.Handler) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       5 * time.Minute,
		WriteTimeout:      5 * time.Minute,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
	}
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
