// Package web serves the page of lkjip serve: a unit drops one or several workbooks on it (or
// picks them), sees the findings in the HTML report's form, and downloads the annotated copy of
// each workbook and, for several, the recap. Most finance staff of a kecamatan office work in
// Windows and Excel and never open a terminal; the Inspektorat runs lkjip once on its network
// and every unit checks its own workbook before sending it.
//
// The page is one answer, compiled into the binary: its style sheet and its script are written
// inline under a per-answer nonce, and it names no other file, so it works without network.
// It works without JavaScript (a plain multipart form); the script adds drag and drop, the
// limits checked before sending, and downloads of any size.
//
// Nothing a unit sends outlives the answer. Each sending is written, file by file as it
// arrives, into a private folder (os.MkdirTemp, mode 0700) that is removed as soon as the
// files are checked, and in every case when the request ends (a deferred RemoveAll, which a
// panic runs too). The downloads travel inside the answer as data: URIs, so the server keeps
// no copy, no token and no state between requests.
//
// Only the page itself is served and may send: a request naming another host (Host) is
// refused, which stops DNS rebinding, and so is a POST that another site's page makes
// (Origin, Sec-Fetch-Site), which stops cross-site request forgery. A sending arrives at a
// minimum rate or is cut off (paced), holds no place while it arrives, and then waits in a
// bounded queue for its turn to be checked; a check ends when its client goes away. The
// connections one client holds are bounded by LimitListener.
package web

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"mime/multipart"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"lkjip/reconcile"
	"lkjip/reconcile/report"
)

// The defaults of the settings' serve limits (reconcile.ServeLimits).
const (
	DefaultMaxUploadMiB = 32
	DefaultMaxFiles     = 20
)

const (
	// formSlack is what a sending may hold beyond its files: the multipart headers of each
	// part and the small fields (the password).
	formSlack = 1 << 20
	// drainLimit is how much of a refused sending is still read (and thrown away) so that a
	// browser, which sends the whole body before it reads any answer, shows the message
	// rather than a broken connection.
	drainLimit = 256 << 20
	// fieldLimit bounds a form field that is not a file.
	fieldLimit = 1 << 10
)

// Options build a Handler.
type Options struct {
	// Settings are the run's settings (lkjip serve --config); nil for the defaults. Their Serve
	// limits bound a sending; their Units are not used: each unit checks its own workbooks, so a
	// unit of the list with no workbook in a sending is no finding.
	Settings *reconcile.Settings
	// Rules is the catalogue (rules.All); Summarize its Summarizer (rules.Summarize), for the
	// recap and the checks across the files of one sending.
	Rules     []*reconcile.Rule
	Summarize reconcile.Summarizer
	// Lang is the page's language when the address names none ("?lang=en"): "id" (the
	// default) or "en".
	Lang string
	// TempDir is where each sending's private folder is made; "" for the system's.
	TempDir string
	// Checks bounds how many files are checked at once over all sendings, which bounds the
	// memory the server uses; 0 for GOMAXPROCS.
	Checks int
	// Hosts are the host names the page answers besides LoopbackHosts (lkjip serve's
	// listening address, this computer's network addresses, the names given to --public);
	// a request for any other Host is refused 403.
	Hosts []string
	// Queue bounds the sendings received whole that wait for their turn or are being
	// checked; one more is answered 503 with a message to try again. 0 for 64. A sending
	// still arriving holds no place, so slow senders cannot keep a real upload out.
	Queue int
	// QueueWait is the most a sending waits for its turn; then it is answered 503. 0 for
	// 2 min.
	QueueWait time.Duration
	// Log, when set, gets one line per sending: its files, the answer's status and the time
	// it took (never a file's name or content); and one per request refused for its Host or
	// its Origin.
	Log *log.Logger
}

// Handler serves the page (GET /) and checks what is sent to it (POST /periksa).
type Handler struct {
	opt      Options
	settings *reconcile.Settings
	maxBytes int64
	maxFiles int
	hosts    map[string]bool
	checks   reconcile.Slots
	// queue holds a place for each sending received whole, until it is answered; turns for
	// each sending being checked (Checks at once), whose files share the checks' slots.
	queue, turns chan struct{}
	// The pace a sending must keep (see paced); a test shortens them.
	grace, total time.Duration
	minRate      int64
	disk         disk
	mux          *http.ServeMux
}

// New returns the handler of the page.
func New(opt Options) *Handler {
	if opt.Settings == nil {
		opt.Settings = reconcile.DefaultSettings()
	}
	if opt.Lang != "en" {
		opt.Lang = "id"
	}
	if opt.Checks <= 0 {
		opt.Checks = runtime.GOMAXPROCS(0)
	}
	if opt.Queue <= 0 {
		opt.Queue = 64
	}
	if opt.QueueWait <= 0 {
		opt.QueueWait = 2 * time.Minute
	}
	h := &Handler{opt: opt, settings: opt.Settings, maxBytes: DefaultMaxUploadMiB << 20, maxFiles: DefaultMaxFiles,
		hosts: map[string]bool{}, checks: reconcile.NewSlots(opt.Checks),
		queue: make(chan struct{}, opt.Queue), turns: make(chan struct{}, opt.Checks),
		grace: sendingGrace, total: sendingTimeout, minRate: minRate, disk: disk{budget: diskBudget}, mux: http.NewServeMux()}
	for _, name := range append(slices.Clip(LoopbackHosts), opt.Hosts...) {
		h.hosts[hostName(name)] = true
	}
	if n := opt.Settings.Serve.MaxUploadMiB; n > 0 {
		h.maxBytes = int64(n) << 20
	}
	if n := opt.Settings.Serve.MaxFiles; n > 0 {
		h.maxFiles = n
	}
	h.mux.HandleFunc("GET /{$}", h.home)
	h.mux.HandleFunc("POST /periksa", h.check)
	h.mux.HandleFunc("GET /periksa", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/?lang="+h.lang(r), http.StatusSeeOther) // a reloaded answer
	})
	h.mux.HandleFunc("GET /favicon.ico", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNoContent) })
	return h
}

// ServeHTTP sets the security headers of every answer, refuses a request for another host
// and a POST from another site (403), and routes the request. A panic is answered 500 with
// a message; the sending's folder is removed by then (see check).
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	hd := w.Header()
	hd.Set("X-Content-Type-Options", "nosniff")
	hd.Set("X-Frame-Options", "DENY")
	// "same-origin" rather than "no-referrer": the page links nowhere else, and under
	// "no-referrer" a browser sends the page's own form with "Origin: null" (the Fetch
	// standard), which sameOrigin cannot tell from another site's sandboxed frame.
	hd.Set("Referrer-Policy", "same-origin")
	hd.Set("Cache-Control", "no-store") // an answer holds a unit's figures
	hd.Set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
	defer func() {
		if v := recover(); v != nil {
			if h.opt.Log != nil {
				h.opt.Log.Printf("lkjip serve: %s %s: internal error: %v", r.Method, r.URL.Path, v)
			}
			lang := h.lang(r)
			h.answer(w, r, &view{Lang: lang, Notice: msgInternal.In(lang)}, http.StatusInternalServerError)
		}
	}()
	if !h.knownHost(r) {
		forbid(w, msgForeignHost)
		if h.opt.Log != nil {
			h.opt.Log.Printf("lkjip serve: refused: host %q is not this page's (--public=NAME to answer it)", r.Host)
		}
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead && !sameOrigin(r) {
		forbid(w, msgCrossOrigin)
		if h.opt.Log != nil {
			h.opt.Log.Printf("lkjip serve: refused: a %s from another origin (%q)", r.Method, r.Header.Get("Origin"))
		}
		return
	}
	h.mux.ServeHTTP(w, r)
}

// lang is the page's language: the address's ?lang=, or the default.
func (h *Handler) lang(r *http.Request) string {
	switch r.URL.Query().Get("lang") {
	case "en":
		return "en"
	case "id":
		return "id"
	}
	return h.opt.Lang
}

func (h *Handler) home(w http.ResponseWriter, r *http.Request) {
	h.answer(w, r, &view{Lang: h.lang(r)}, http.StatusOK)
}

// upload is one file of a sending: its name as the unit's computer calls it, and where it is
// kept until it is checked.
type upload struct {
	name, path string
}

// refusal is a sending answered with a message instead of findings.
type refusal struct {
	status int
	msg    reconcile.Text
}

// check receives a sending, waits for its turn and answers its findings. The sending holds
// nothing while it arrives (its pace is kept by paced); once whole, it takes a place in the
// queue or is answered 503 when the queue is full, then waits for a turn at most QueueWait.
// Its files are removed on every way out: answered, refused, its client gone, the server
// stopping, a panic.
func (h *Handler) check(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	lang := h.lang(r)
	use := &held{d: &h.disk}
	defer use.release()
	dir, err := os.MkdirTemp(h.opt.TempDir, "lkjip-serve-")
	if err != nil {
		panic(fmt.Sprintf("temporary folder: %v", err))
	}
	defer os.RemoveAll(dir) // on every path, a panic's too

	rc := http.NewResponseController(w)
	r.Body = &paced{body: r.Body, rc: rc, start: start, grace: h.grace, minRate: h.minRate, total: h.total}
	body := r.Body
	ups, password, ref := h.receive(w, r, dir, use)
	rc.SetWriteDeadline(time.Now().Add(writeTimeout)) // the answer's time counts from here, not from the sending's start
	if ref != nil {
		os.RemoveAll(dir)
		if ref.status == http.StatusRequestEntityTooLarge || ref.status == http.StatusServiceUnavailable {
			h.drain(body)
		}
		h.answer(w, r, &view{Lang: lang, Notice: ref.msg.In(lang)}, ref.status)
		h.log("refused", len(ups), ref.status, start)
		return
	}
	// What follows the form's last part (a line end): once the body is read to its end, the
	// server watches the connection and ends the request's context when the client goes.
	io.Copy(io.Discard, r.Body)
	if afterReceive != nil {
		afterReceive(r.Context())
	}
	busy := func() {
		os.RemoveAll(dir)
		h.answer(w, r, &view{Lang: lang, Notice: msgBusy.In(lang)}, http.StatusServiceUnavailable)
		h.log("busy", len(ups), http.StatusServiceUnavailable, start)
	}
	select {
	case h.queue <- struct{}{}:
		defer func() { <-h.queue }()
	default:
		busy()
		return
	}
	wait := time.NewTimer(h.opt.QueueWait)
	defer wait.Stop()
	select {
	case h.turns <- struct{}{}:
		defer func() { <-h.turns }()
	case <-wait.C:
		busy()
		return
	case <-r.Context().Done():
		os.RemoveAll(dir)
		h.ended(w, r, lang, len(ups), start)
		return
	}
	v, ok := h.checkFiles(r.Context(), ups, password, lang, start)
	os.RemoveAll(dir) // checked: the answer needs nothing of the files any more
	if !ok {
		h.ended(w, r, lang, len(ups), start)
		return
	}
	rc.SetWriteDeadline(time.Now().Add(writeTimeout)) // and not from before the wait and the check
	h.answer(w, r, v, http.StatusOK)
	h.log("checked", len(ups), http.StatusOK, start)
}

// ended answers a sending whose check ended before its findings were ready: the server stops
// (the client is told), or the client went away (nobody to tell).
func (h *Handler) ended(w http.ResponseWriter, r *http.Request, lang string, files int, start time.Time) {
	if errors.Is(context.Cause(r.Context()), ErrStopping) {
		h.answer(w, r, &view{Lang: lang, Notice: msgStopping.In(lang)}, http.StatusServiceUnavailable)
		h.log("stopping", files, http.StatusServiceUnavailable, start)
		return
	}
	h.log("gone", files, 0, start) // the browser left before its answer
}

func (h *Handler) log(what string, files, status int, start time.Time) {
	if h.opt.Log != nil {
		h.opt.Log.Printf("lkjip serve: %s: %d file(s), status %d, %v", what, files, status, time.Since(start).Round(time.Millisecond))
	}
}

// drain reads what is left of a refused sending, up to drainLimit, so that the browser gets
// to read the answer.
func (h *Handler) drain(body io.Reader) {
	io.Copy(io.Discard, io.LimitReader(body, drainLimit))
}

// receive reads a sending part by part and writes each file as it arrives into its own
// sub-folder of dir, within the settings' limits: memory holds one buffer at a time, whatever
// the size of the files.
func (h *Handler) receive(w http.ResponseWriter, r *http.Request, dir string, use *held) (ups []upload, password string, ref *refusal) {
	tooBig := &refusal{http.StatusRequestEntityTooLarge, msgTooBig(h.maxBytes >> 20)}
	tooSlow := &refusal{http.StatusRequestTimeout, msgTooSlow}
	r.Body = http.MaxBytesReader(w, r.Body, h.maxBytes+formSlack)
	mr, err := r.MultipartReader()
	if err != nil {
		return nil, "", &refusal{http.StatusBadRequest, msgNotForm}
	}
	left := h.maxBytes
	for {
		part, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			if isTooLarge(err) {
				return ups, "", tooBig
			}
			if isTimeout(err) {
				return ups, "", tooSlow
			}
			return ups, "", &refusal{http.StatusBadRequest, msgCutShort}
		}
		switch part.FormName() {
		case "sandi":
			b, err := io.ReadAll(io.LimitReader(part, fieldLimit))
			if isTimeout(err) {
				return ups, "", tooSlow
			}
			if err != nil {
				return ups, "", tooBig
			}
			password = string(b)
		case "berkas":
			raw := rawFileName(part)
			if raw == "" {
				io.Copy(io.Discard, part) // the empty field of a form sent with no file chosen
				continue
			}
			if len(ups) == h.maxFiles {
				return ups, "", &refusal{http.StatusRequestEntityTooLarge, msgTooMany(h.maxFiles)}
			}
			u, n, err := save(dir, len(ups)+1, raw, part, left, use)
			if n > left || isTooLarge(err) {
				return ups, "", tooBig
			}
			if err != nil {
				if errors.Is(err, errWrite) {
					panic(err)
				}
				if isTimeout(err) {
					return ups, "", tooSlow
				}
				if errors.Is(err, errDiskFull) {
					return ups, "", &refusal{http.StatusServiceUnavailable, msgBusy}
				}
				return ups, "", &refusal{http.StatusBadRequest, msgCutShort}
			}
			left -= n
			ups = append(ups, u)
		default:
			io.Copy(io.Discard, io.LimitReader(part, fieldLimit))
		}
	}
	if len(ups) == 0 {
		return nil, "", &refusal{http.StatusBadRequest, msgNoFile}
	}
	return ups, password, nil
}

func isTooLarge(err error) bool {
	var mb *http.MaxBytesError
	return errors.As(err, &mb)
}

// rawFileName is the file name the browser sent, as sent: multipart's FileName keeps only
// what follows the last "/", and an old browser on Windows sends "C:\...\name.xlsx".
func rawFileName(p *multipart.Part) string {
	name := p.FileName()
	if i := strings.LastIndexAny(name, `/\`); i >= 0 {
		name = name[i+1:]
	}
	return name
}

// afterReceive, when set (by a test), runs once a sending's files are written, with the
// request's context.
var afterReceive func(context.Context)

var errWrite = errors.New("writing a received file")

// save writes one file of a sending to dir/n/name, within the sending's share of the disk,
// and returns how many bytes it read: at most limit+1, so that a file beyond the limit is
// known as such without reading it whole.
func save(dir string, n int, raw string, part io.Reader, limit int64, use *held) (upload, int64, error) {
	u := upload{name: safeName(raw, n)}
	sub := filepath.Join(dir, strconv.Itoa(n))
	if err := os.Mkdir(sub, 0o700); err != nil {
		return u, 0, fmt.Errorf("%w: %v", errWrite, err)
	}
	u.path = filepath.Join(sub, u.name)
	f, err := os.OpenFile(u.path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return u, 0, fmt.Errorf("%w: %v", errWrite, err)
	}
	written, err := io.Copy(use.writer(f), io.LimitReader(part, limit+1))
	if cerr := f.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("%w: %v", errWrite, cerr)
	}
	return u, written, err
}

// safeName makes a received file name one that every system can write and every message can
// show: the characters Windows refuses and control characters become "_", a name Windows
// reserves (CON, NUL, COM1...) gets a "_" before it, a name too long is cut (its extension
// kept), and an empty one becomes "berkas-N.xlsx". The base name is otherwise kept: the
// settings' acceptances name files by it.
func safeName(raw string, n int) string {
	name := strings.Map(func(r rune) rune {
		if r < 32 || r == 127 || strings.ContainsRune(`<>:"/\|?*`, r) {
			return '_'
		}
		return r
	}, strings.ToValidUTF8(raw, "_"))
	name = strings.TrimRight(strings.TrimSpace(name), ". ")
	if name == "" || strings.Trim(name, ".") == "" {
		return fmt.Sprintf("berkas-%d.xlsx", n)
	}
	ext := filepath.Ext(name)
	if len(ext) > 16 {
		ext = ""
	}
	stem := strings.TrimSuffix(name, ext)
	if len(stem) > 120 {
		cut := 120
		for cut > 0 && !utf8.RuneStart(stem[cut]) {
			cut--
		}
		stem = stem[:cut]
	}
	base := strings.ToUpper(stem)
	if i := strings.IndexByte(base, '.'); i >= 0 {
		base = base[:i]
	}
	switch base {
	case "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
		"LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9":
		stem = "_" + stem
	}
	return stem + ext
}

// checkFiles checks the files of one sending, each in a check slot, runs the checks across
// them, and makes the downloads: each readable workbook's annotated copy and, for several
// files, the recap. It returns false when the browser left before the answer was ready.
//
// The report and each annotated copy record how they were made (reconcile.Provenance): the
// server's settings file and its SHA-256, the time the sending arrived, and the SHA-256 of
// each file as received, under the name the unit's computer gave it.
func (h *Handler) checkFiles(ctx context.Context, ups []upload, password, lang string, start time.Time) (*view, bool) {
	s := *h.settings
	s.Units = nil
	inputs := make([]reconcile.Input, len(ups))
	for i, u := range ups {
		inputs[i] = reconcile.Input{Path: u.path, Name: u.name}
	}
	c := &reconcile.Checker{Rules: h.opt.Rules, Settings: &s, Slots: h.checks,
		Options: reconcile.Options{Password: password, OnlyLang: lang, Summarize: h.opt.Summarize}}
	results, err := c.Check(ctx, inputs)
	if err != nil {
		return nil, false
	}
	prov := reconcile.NewProvenance(h.opt.Rules, h.settings, start)
	if prov.Settings.Path != "" {
		prov.Settings.Path = filepath.Base(prov.Settings.Path) // the server's folders are not the unit's business
	}
	prov.AddResults("", results[:len(ups)]...)

	v := &view{Lang: lang, Results: true, Multi: len(results) > 1}
	v.Downloads = make([]download, len(ups))
	var wg sync.WaitGroup
	for i, u := range ups {
		wg.Go(func() {
			one := *prov // a copy records its own workbook only
			one.Inputs = nil
			one.AddResults("", results[i])
			v.Downloads[i] = h.annotated(ctx, results[i], u, password, lang, &one)
		})
	}
	wg.Wait()
	if ctx.Err() != nil {
		return nil, false
	}
	if len(ups) > 1 {
		var b bytes.Buffer
		if err := report.RecapXLSX(&b, results, lang); err == nil {
			v.Recap = &download{File: recapName(lang), Href: dataURI(xlsxType, b.Bytes())}
		}
	}
	var b bytes.Buffer
	if err := report.HTMLFragment(&b, results, lang, prov); err != nil {
		panic(err)
	}
	v.Report = b.String()
	return v, true
}

// annotated makes one result's annotated copy, in a check slot (excelize holds the whole
// workbook in memory), from the file kept at u.path.
func (h *Handler) annotated(ctx context.Context, r *reconcile.Result, u upload, password, lang string, prov *reconcile.Provenance) (d download) {
	d.Source = u.name
	if r.Err != nil {
		return d // the report says why it was not checked
	}
	if !h.checks.Acquire(ctx) {
		return d
	}
	defer h.checks.Release()
	defer func() {
		if v := recover(); v != nil {
			d.Problem = msgAnnotate(u.name, v).In(lang)
		}
	}()
	kept := *r
	kept.Path = u.path
	var b bytes.Buffer
	if err := report.Annotate(&b, &kept, lang, prov, report.AnnotateOptions{Password: password}); err != nil {
		d.Problem = msgAnnotate(u.name, strings.ReplaceAll(err.Error(), u.path, u.name)).In(lang)
		return d
	}
	ext := filepath.Ext(u.name)
	typ := xlsxType
	if strings.EqualFold(ext, ".xlsm") {
		typ = xlsmType
	} else if !strings.EqualFold(ext, ".xlsx") {
		ext = ".xlsx" // a workbook sent under another name is still an .xlsx inside
	}
	d.File = strings.TrimSuffix(u.name, filepath.Ext(u.name)) + "-" + annotatedSuffix.In(lang) + ext
	d.Href = dataURI(typ, b.Bytes())
	return d
}
