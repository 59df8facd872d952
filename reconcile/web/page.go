package web

import (
	"bytes"
	"crypto/rand"
	_ "embed"
	"encoding/base64"
	"fmt"
	"html/template"
	"net/http"
	"strconv"

	"lkjip/reconcile"
	"lkjip/reconcile/report"
)

// The page, its style sheet and its script are compiled into the binary; the answer writes the
// style sheet and the script inline under a nonce, so the page fetches nothing.
var (
	//go:embed page.gohtml
	pageSource string
	//go:embed page.css
	pageStyle string
	//go:embed page.js
	pageScript string

	page = template.Must(template.New("page").Option("missingkey=error").Parse(pageSource))
)

const (
	xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
	xlsmType = "application/vnd.ms-excel.sheet.macroEnabled.12"
)

// words are the page's own texts.
var words = map[string]reconcile.Text{
	"title":   {ID: "Periksa LKjIP", EN: "Check an LKjIP"},
	"heading": {ID: "Periksa buku kerja LKjIP", EN: "Check LKjIP workbooks"},
	"intro": {ID: "Pilih atau seret satu atau beberapa buku kerja LKjIP (.xlsx) ke halaman ini. lkjip menghitung ulang setiap angka turunan dan menunjukkan setiap sel yang tidak sesuai, dengan apa yang tertulis dan apa yang seharusnya.",
		EN: "Choose or drop one or several LKjIP workbooks (.xlsx) on this page. lkjip recomputes every derived figure and shows each cell that does not match, with what it says and what it should say."},
	"privacy": {ID: "Berkas yang dikirim hanya dipakai untuk pemeriksaan ini dan dihapus dari server setelah jawaban dikirim.",
		EN: "The files sent are used for this check only and removed from the server once the answer is sent."},
	"choose":    {ID: "Pilih berkas", EN: "Choose files"},
	"drop":      {ID: "atau seret berkas .xlsx ke sini", EN: "or drop .xlsx files here"},
	"password":  {ID: "Kata sandi buku kerja (hanya jika dilindungi)", EN: "Workbook password (only if protected)"},
	"submit":    {ID: "Periksa", EN: "Check"},
	"checking":  {ID: "Memeriksa…", EN: "Checking…"},
	"switch":    {ID: "English", EN: "Bahasa Indonesia"},
	"downloads": {ID: "Unduhan", EN: "Downloads"},
	"annotated": {ID: "Buku kerja bertanda", EN: "Annotated workbook"},
	"annotatedHelp": {ID: "salinan buku kerja: sel bertemuan diwarnai dan diberi komentar, sheet pertama Temuan mendaftar semua temuan.",
		EN: "a copy of the workbook: cells with findings coloured and commented, a first sheet Temuan listing every finding."},
	"recap":      {ID: "Rekap semua berkas", EN: "Recap of all files"},
	"recapHelp":  {ID: "satu baris per unit: kesalahan, peringatan, pagu, realisasi, % serapan, capaian, predikat.", EN: "one row per unit: errors, warnings, budget, realised, % absorbed, capaian, predikat."},
	"notChecked": {ID: "tidak dapat diperiksa; lihat pesannya di bawah.", EN: "could not be checked; see its message below."},
}

var (
	annotatedSuffix = reconcile.Text{ID: "temuan", EN: "findings"}
	msgBusy         = reconcile.Msg("Server sedang sibuk memeriksa kiriman lain. Coba kirim lagi sebentar lagi.", "The server is busy checking other sendings. Try again in a moment.")
	msgNotForm      = reconcile.Msg("Kirim buku kerja lewat formulir halaman ini.", "Send the workbooks with this page's form.")
	msgCutShort     = reconcile.Msg("Kiriman terputus sebelum selesai. Kirim lagi.", "The sending was cut short. Send it again.")
	msgNoFile       = reconcile.Msg("Belum ada berkas yang dipilih. Pilih atau seret satu buku kerja .xlsx atau lebih, lalu tekan Periksa.", "No file was chosen. Choose or drop one or more .xlsx workbooks, then press Check.")
	msgInternal     = reconcile.Msg("lkjip gagal menjawab karena kesalahan internal. Coba lagi; bila berulang, laporkan kepada pengelola lkjip.", "lkjip failed to answer because of an internal error. Try again; if it happens again, report it to the lkjip maintainers.")
)

func msgTooBig(mib int64) reconcile.Text {
	return reconcile.Msg("Kiriman terlalu besar: semua berkas bersama-sama paling besar %d MiB. Kirim lebih sedikit berkas sekaligus.",
		"The sending is too large: all files together may be at most %d MiB. Send fewer files at once.", mib)
}

func msgTooMany(n int) reconcile.Text {
	return reconcile.Msg("Terlalu banyak berkas: paling banyak %d berkas sekaligus. Kirim sebagian dulu, lalu sisanya.",
		"Too many files: at most %d files at once. Send some first, then the rest.", n)
}

func msgLimits(n int, mib int64) reconcile.Text {
	return reconcile.Msg("Paling banyak %d berkas, %d MiB sekaligus.", "At most %d files, %d MiB together.", n, mib)
}

func msgAnnotate(name string, why any) reconcile.Text {
	return reconcile.Msg("%s: salinan bertanda tidak dapat dibuat (%v). Temuannya tetap tercantum di bawah.",
		"%s: the annotated copy could not be made (%v). Its findings are still listed below.", name, why)
}

func recapName(lang string) string {
	if lang == "en" {
		return "lkjip-recap.xlsx"
	}
	return "rekap-lkjip.xlsx"
}

// view is what the page template renders, every text already in the reader's language.
type view struct {
	Lang    string
	Notice  string // a message about the whole sending: too large, too many files, none...
	Results bool
	Multi   bool
	// Downloads holds one entry per file sent, in order; Recap is set for several files.
	Downloads []download
	Recap     *download
	Report    string // the HTML report's fragment (report.HTMLFragment)

	// Set by answer.
	W                      map[string]string
	Other, Nonce           string
	Style                  template.CSS
	Script                 template.JS
	Body                   template.HTML
	MaxFiles               int
	MaxBytes               int64
	TooMany, TooBig, Limit string
}

// download is one file of the answer, carried in it as a data: URI.
type download struct {
	Source  string // the file sent
	File    string // the download's name
	Href    template.URL
	Problem string // why there is no download
}

func dataURI(typ string, b []byte) template.URL {
	return template.URL("data:" + typ + ";base64," + base64.StdEncoding.EncodeToString(b))
}

// answer renders the page into memory, then writes it with its status and a content security
// policy that lets the page run its own inline style sheet and script (by nonce) and nothing
// else; the bars of the report's chart are style attributes, the only inline style allowed.
func (h *Handler) answer(w http.ResponseWriter, r *http.Request, v *view, status int) {
	v.W = map[string]string{}
	for k, t := range words {
		v.W[k] = t.In(v.Lang)
	}
	v.Other = "en"
	if v.Lang == "en" {
		v.Other = "id"
	}
	v.Nonce = rand.Text()
	v.Style = template.CSS(report.HTMLStyle() + "\n" + pageStyle)
	v.Script = template.JS(pageScript)
	v.Body = template.HTML(v.Report) // written by report.HTMLFragment through html/template
	v.MaxFiles, v.MaxBytes = h.maxFiles, h.maxBytes
	v.TooMany, v.TooBig, v.Limit = msgTooMany(h.maxFiles).In(v.Lang), msgTooBig(h.maxBytes>>20).In(v.Lang), msgLimits(h.maxFiles, h.maxBytes>>20).In(v.Lang)
	var b bytes.Buffer
	if err := page.Execute(&b, v); err != nil {
		http.Error(w, fmt.Sprintf("lkjip: %v", err), http.StatusInternalServerError)
		return
	}
	hd := w.Header()
	hd.Set("Content-Security-Policy", fmt.Sprintf("default-src 'none'; script-src 'nonce-%s'; style-src 'nonce-%s'; style-src-attr 'unsafe-inline'; "+
		"form-action 'self'; base-uri 'none'; frame-ancestors 'none'", v.Nonce, v.Nonce))
	hd.Set("Content-Type", "text/html; charset=utf-8")
	hd.Set("Content-Length", strconv.Itoa(b.Len()))
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		w.Write(b.Bytes())
	}
}
