package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"os"
	"os/exec"
	"os/signal"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"lkjip/reconcile"
	"lkjip/reconcile/web"
	"lkjip/rules"
)

// runServe serves the checking page in the browser (lkjip serve) until Ctrl+C, SIGTERM (on
// Windows also the console window closed) or SIGHUP (a terminal closed; not when started
// under nohup, which ignores it and would otherwise lose the server). The signals stay
// caught until serve returns, so that a second Ctrl+C during the stop does not kill the
// process before its temporary folder is removed.
func runServe(args []string, stdout, stderr io.Writer) int {
	sigs := []os.Signal{os.Interrupt, syscall.SIGTERM}
	if !signal.Ignored(syscall.SIGHUP) {
		sigs = append(sigs, syscall.SIGHUP)
	}
	ctx, stop := signal.NotifyContext(context.Background(), sigs...)
	defer stop()
	return serve(ctx, args, stdout, stderr, nil)
}

// stopWait is how long the answers under way get once lkjip serve is told to stop: the checks
// are cancelled first, so this is for the answers being written and the sendings still
// arriving. Windows ends a process 5 s after its console window is closed.
const stopWait = 2 * time.Second

// publicFlag is --public (--izinkan-jaringan): alone, it allows an address other computers
// reach; --public=NAME[,NAME] also names the host names the other computers type, which the
// page then answers besides this computer's addresses.
type publicFlag struct {
	on    bool
	names []string
}

func (p *publicFlag) IsBoolFlag() bool { return true }

func (p *publicFlag) String() string {
	if p == nil || !p.on {
		return "false"
	}
	if len(p.names) == 0 {
		return "true"
	}
	return strings.Join(p.names, ",")
}

func (p *publicFlag) Set(v string) error {
	if b, err := strconv.ParseBool(v); err == nil {
		p.on = b
		return nil
	}
	for _, name := range strings.Split(v, ",") {
		name = strings.TrimSpace(name)
		if name == "" {
			continue
		}
		if strings.Trim(strings.ToLower(name), "abcdefghijklmnopqrstuvwxyz0123456789.-:[]") != "" {
			m := reconcile.Msg("%q bukan nama host (contoh: --public=lkjip.inspektorat.go.id,192.168.1.10)",
				"%q is not a host name (for example: --public=lkjip.inspektorat.go.id,192.168.1.10)", name)
			return errors.New(m.ID + " / " + m.EN) // the flag package prints it before the settings' language is known
		}
		p.names = append(p.names, name)
	}
	p.on = true
	return nil
}

// serve serves the page until ctx ends, then stops it: the checks under way are cancelled,
// the answers under way get stopWait, and the server's temporary folder, which holds every
// sending's files, is removed. listening, when set, gets the page's address once the server
// listens (for tests).
func serve(ctx context.Context, args []string, stdout, stderr io.Writer, listening func(url string)) int {
	// The page's log and serve's own messages share stderr, and a sending cut off by the stop
	// may still log while serve says it stopped.
	stderr = &lockedWriter{w: stderr}
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", "127.0.0.1:8080", "host:port")
	configFile := fs.String("config", "", "settings file")
	lang := fs.String("lang", "id", "id|en")
	var public publicFlag
	var open bool
	fs.Var(&public, "izinkan-jaringan", "allow an address other computers reach[=NAME,...]")
	fs.Var(&public, "public", "allow an address other computers reach[=NAME,...]")
	fs.BoolVar(&open, "buka", false, "open the page in the browser")
	fs.BoolVar(&open, "open", false, "open the page in the browser")
	rest, code, done := parseFlags(fs, args, stdout, stderr)
	if done {
		return code
	}
	if len(rest) > 0 {
		if public.on && len(public.names) == 0 {
			// "--public NAME": a flag that may stand alone takes its value after "=" only.
			m := reconcile.Msg("lkjip serve: tulis nama host setelah tanda =, misalnya --public=%s", "lkjip serve: write the host names after =, for example --public=%s", rest[0])
			fmt.Fprintln(stderr, m.In(*lang))
		} else {
			fmt.Fprintln(stderr, reconcile.Msg("lkjip serve: %q tidak dipakai (serve tidak menerima berkas); lihat lkjip serve --help.",
				"lkjip serve: %q is not used (serve takes no files); see lkjip serve --help.", rest[0]).In(*lang))
		}
		return 2
	}
	if !validLang(*lang, stderr) {
		return 2
	}
	if !web.Loopback(*addr) && !public.on {
		// The page shows every unit's figures to whoever reaches it: other computers reach it
		// only when someone asks for that.
		fmt.Fprintf(stderr, "lkjip serve: alamat %s dapat dijangkau komputer lain di jaringan. Bila itu memang maksudnya (server Inspektorat), tambahkan --izinkan-jaringan; bila tidak, pakai --addr 127.0.0.1:8080.\n"+
			"lkjip serve: the address %s is reachable from other computers on the network. If that is meant (the Inspektorat's server), add --public; if not, use --addr 127.0.0.1:8080.\n", *addr, *addr)
		return 2
	}
	settings, ok := loadSettings(*configFile, *lang, stderr)
	if !ok {
		return 2
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		m := reconcile.Msg("lkjip serve: alamat %s tidak dapat dipakai (%v). Mungkin lkjip serve lain sudah berjalan di sana: buka halamannya, atau pilih alamat lain, misalnya --addr 127.0.0.1:8081.",
			"lkjip serve: the address %s cannot be used (%v). Another lkjip serve may be running there: open its page, or choose another address, such as --addr 127.0.0.1:8081.", *addr, err)
		fmt.Fprintln(stderr, m.In(*lang))
		return 2
	}
	// Every sending's files go into one folder of the server's, removed when it stops
	// whatever the answers under way are doing (a check that does not end, a sending
	// still arriving).
	tmp, err := os.MkdirTemp("", "lkjip-serve-")
	if err != nil {
		ln.Close()
		fmt.Fprintf(stderr, "lkjip serve: %v\n", err)
		return 2
	}
	defer removeAll(tmp, stderr)
	h := web.New(web.Options{Settings: settings, Rules: rules.All, Summarize: rules.Summarize, Lang: *lang,
		TempDir: tmp, Hosts: pageHosts(*addr, ln.Addr().(*net.TCPAddr), public.names), Log: log.New(stderr, "", log.LstdFlags)})
	srv := web.NewServer(ln.Addr().String(), h)
	urls := pageURLs(ln.Addr().(*net.TCPAddr))
	for _, u := range urls {
		m := reconcile.Msg("lkjip serve: buka %s di peramban (browser).", "lkjip serve: open %s in a browser.", u)
		fmt.Fprintln(stdout, m.In(*lang))
	}
	stopMsg := reconcile.Msg("Tekan Ctrl+C (atau tutup jendela ini) untuk berhenti.", "Press Ctrl+C (or close this window) to stop.")
	fmt.Fprintln(stdout, stopMsg.In(*lang))
	if open {
		if err := openBrowser(urls[0]); err != nil {
			fmt.Fprintf(stderr, "lkjip serve: --buka: %v\n", err)
		}
	}
	if listening != nil {
		listening(urls[0])
	}

	served := make(chan error, 1)
	// A client's share of the connections matters among the computers of a network; on this
	// computer only (or behind a proxy here) every client has one address, whose share would
	// be all there is.
	perClient := web.DefaultPerClient
	if web.Loopback(*addr) {
		perClient = web.DefaultConns
	}
	go func() { served <- srv.Serve(web.LimitListener(ln, perClient, web.DefaultConns)) }()
	select {
	case err := <-served:
		fmt.Fprintf(stderr, "lkjip serve: %v\n", err)
		return 2
	case <-ctx.Done():
	}
	if !srv.Stop(stopWait) {
		m := reconcile.Msg("lkjip serve: kiriman yang sedang berjalan dihentikan.", "lkjip serve: the sendings under way were stopped.")
		fmt.Fprintln(stderr, m.In(*lang))
	}
	return 0
}

// removeAll removes the server's temporary folder. A handler cut off by the stop may still
// be closing a file in it (which Windows does not delete while open): it is tried again for
// a second.
func removeAll(dir string, stderr io.Writer) {
	var err error
	for range 20 {
		if err = os.RemoveAll(dir); err == nil {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	fmt.Fprintf(stderr, "lkjip serve: %v\n", err)
}

// pageHosts are the host names the page answers besides this computer's own (web.LoopbackHosts):
// the one it was started on (--addr), every address of this computer when it listens on
// every network (the addresses pageURLs prints), and the names given to --public.
// Addresses are taken when the server starts.
func pageHosts(addr string, ln *net.TCPAddr, names []string) []string {
	hosts := slices.Clone(names)
	if host, _, err := net.SplitHostPort(addr); err == nil && host != "" {
		hosts = append(hosts, host)
	}
	if !ln.IP.IsUnspecified() {
		return append(hosts, ln.IP.String())
	}
	addrs, _ := net.InterfaceAddrs()
	for _, x := range addrs {
		if n, ok := x.(*net.IPNet); ok {
			hosts = append(hosts, n.IP.String())
		}
	}
	return hosts
}

// pageURLs returns the addresses to open the page at: the one listened on, or, for every
// network (":8080"), this computer's own and each of its network addresses, which the other
// computers of the office type.
func pageURLs(a *net.TCPAddr) []string {
	port := strconv.Itoa(a.Port)
	if !a.IP.IsUnspecified() {
		return []string{"http://" + net.JoinHostPort(a.IP.String(), port) + "/"}
	}
	urls := []string{"http://" + net.JoinHostPort("127.0.0.1", port) + "/"}
	addrs, _ := net.InterfaceAddrs()
	for _, x := range addrs {
		if n, ok := x.(*net.IPNet); ok && n.IP.To4() != nil && !n.IP.IsLoopback() && !n.IP.IsLinkLocalUnicast() {
			urls = append(urls, "http://"+net.JoinHostPort(n.IP.String(), port)+"/")
		}
	}
	return urls
}

// openBrowser opens a page in the system's browser.
func openBrowser(url string) error {
	var cmd *exec.Cmd
	switch runtime.GOOS {
	case "windows":
		cmd = exec.Command("rundll32", "url.dll,FileProtocolHandler", url)
	case "darwin":
		cmd = exec.Command("open", url)
	default:
		cmd = exec.Command("xdg-open", url)
	}
	if err := cmd.Start(); err != nil {
		return err
	}
	go cmd.Wait()
	return nil
}

// lockedWriter serializes the writes of several goroutines to one writer.
type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}
