package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"os/exec"
	"os/signal"
	"runtime"
	"strconv"
	"syscall"
	"time"

	"lkjip/reconcile"
	"lkjip/reconcile/web"
	"lkjip/rules"
)

// runServe serves the checking page in the browser (lkjip serve) until Ctrl+C.
func runServe(args []string, stdout, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return serve(ctx, args, stdout, stderr, nil)
}

// serve serves the page until ctx ends. listening, when set, gets the page's address once
// the server listens (for tests).
func serve(ctx context.Context, args []string, stdout, stderr io.Writer, listening func(url string)) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", "127.0.0.1:8080", "host:port")
	configFile := fs.String("config", "", "settings file")
	lang := fs.String("lang", "id", "id|en")
	var public, open bool
	fs.BoolVar(&public, "izinkan-jaringan", false, "allow an address other computers reach")
	fs.BoolVar(&public, "public", false, "allow an address other computers reach")
	fs.BoolVar(&open, "buka", false, "open the page in the browser")
	fs.BoolVar(&open, "open", false, "open the page in the browser")
	fs.Usage = func() { fmt.Fprint(stderr, usageID) }
	rest, err := parse(fs, args)
	if err != nil || len(rest) > 0 {
		if err == nil {
			fmt.Fprint(stderr, usageID)
		}
		return 2
	}
	if !validLang(*lang, stderr) {
		return 2
	}
	if !web.Loopback(*addr) && !public {
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
	h := web.New(web.Options{Settings: settings, Rules: rules.All, Summarize: rules.Summarize, Lang: *lang,
		Log: log.New(stderr, "", log.LstdFlags)})
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
	go func() { served <- srv.Serve(ln) }()
	select {
	case err := <-served:
		fmt.Fprintf(stderr, "lkjip serve: %v\n", err)
		return 2
	case <-ctx.Done():
	}
	// Answers under way are finished; their files are removed as each ends.
	shutdown, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil && !errors.Is(err, http.ErrServerClosed) {
		fmt.Fprintf(stderr, "lkjip serve: %v\n", err)
		return 2
	}
	return 0
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
