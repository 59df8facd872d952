package reconcile

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/shopspring/decimal"

	"lkjip/reconcile/layout"
	"lkjip/reconcile/workbook"
	"lkjip/reconcile/xlsx"
)

// FileError says why a file could not be checked at all, and what to do about it.
type FileError struct {
	// Code is a stable word for scripts: empty, not-found, xls, ods, docx, pptx, text,
	// broken, password, not-lkjip, lra-export, too-large.
	Code    string
	Message Text
	// Export is the file read as the finance system's LRA export, for the code lra-export: a
	// batch compares it with its unit's workbook without reading it again.
	Export *workbook.Export
}

func (e *FileError) Error() string { return e.Message.ID }

// Options control reading and what a Checker keeps.
type Options struct {
	Password     string
	MaxUnzipSize int64
	// Summarize, when set, computes each workbook's Summary for a batch.
	Summarize Summarizer
	// Export, when set, is the finance system's LRA export the workbook's Realisasi Anggaran
	// is compared with (lkjip check --lra, the EKS rules): attached to the model before the
	// rules run.
	Export *workbook.Export
	// OnlyLang, when "id" or "en", keeps each finding's message in that language only. A
	// run prints one language, and a batch holds every file's findings until the end: the
	// other language would be a third of what it keeps, for nothing.
	OnlyLang string
	// Together, above 1, is how many workbooks the run holds in memory at once (lkjip diff:
	// two): each may hold that share of the cells a file of its size may (xlsx.Options.Share).
	Together int
	// Spill, when set, takes each checked file's findings and indicators out of memory until
	// they are printed (Checker.Check; see Spill).
	Spill *Spill
}

// Read reads a workbook into the model, or says why it cannot.
func Read(path string, opt Options) (*workbook.Workbook, *FileError) { return read(path, path, opt) }

// read reads the workbook at path under the name the reports give it: the model's Path and
// every message name the file so.
func read(path, name string, opt Options) (*workbook.Workbook, *FileError) {
	if e := sniff(path, name, opt.Password != ""); e != nil {
		return nil, e
	}
	sheets, err := xlsx.Read(path, xlsx.Options{Password: opt.Password, MaxUnzipSize: opt.MaxUnzipSize, Share: opt.Together})
	if err != nil {
		return nil, openError(path, name, err)
	}
	path = name
	w := layout.Build(path, sheets)
	if len(w.Tables) == 0 && w.Identitas == nil && w.Ringkasan == nil && len(w.NoHeader) == 0 {
		var names []string
		for _, sh := range sheets {
			names = append(names, sh.Name)
		}
		return nil, &FileError{Code: "not-lkjip", Message: Msg(
			"%s: buku kerja ini bukan LKjIP: tidak ada sheet yang dikenali (isinya: %s). Sheet yang diharapkan: Identitas, IKU, PK, Pengukuran, Anggaran Sasaran, Realisasi Anggaran, Ringkasan, Pegawai, Inventaris. Gunakan buku kerja LKjIP standar.",
			"%s: this workbook is not an LKjIP: no sheet was recognised (it holds: %s). Expected sheets: Identitas, IKU, PK, Pengukuran, Anggaran Sasaran, Realisasi Anggaran, Ringkasan, Pegawai, Inventaris. Use the standard LKjIP workbook.",
			path, strings.Join(names, ", "))}
	}
	if layout.LooksLikeExport(w) {
		return nil, &FileError{Code: "lra-export", Export: layout.BuildExport(path, sheets), Message: Msg(
			"%s: berkas ini ekspor LRA dari sistem keuangan (SIPD/SIMDA), bukan buku kerja LKjIP. Untuk membandingkan laporan dengan ekspor ini: lkjip check BUKU-KERJA-LKjIP.xlsx --lra %s",
			"%s: this file is a finance system's LRA export (SIPD/SIMDA), not an LKjIP workbook. To compare the report with it: lkjip check LKjIP-WORKBOOK.xlsx --lra %s",
			path, filepath.Base(path))}
	}
	return w, nil
}

var (
	zipMagic = []byte("PK\x03\x04")
	oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
	// encryptionInfo is the UTF-16 name of the stream an encrypted OOXML package carries
	// inside its OLE container; an .xls file has none.
	encryptionInfo = []byte("E\x00n\x00c\x00r\x00y\x00p\x00t\x00i\x00o\x00n\x00I\x00n\x00f\x00o")
)

// sniff looks at a file's first bytes to tell, before any parsing, the files that are not
// workbooks lkjip reads, so that each gets a message that says what to do.
func sniff(file, path string, havePassword bool) *FileError {
	f, err := os.Open(file)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return notFound(path)
		}
		return &FileError{Code: "unreadable", Message: Msg("%s: berkas tidak dapat dibuka (%v). Periksa izin aksesnya.", "%s: the file cannot be opened (%v). Check its permissions.", path, err)}
	}
	defer f.Close()
	// The first 512 bytes tell a zip from the rest; an OLE container (an encrypted workbook,
	// an .xls) is searched further for its encryption stream. A batch sniffs every file: the
	// larger buffer only where it is needed.
	head := make([]byte, 512)
	n, _ := io.ReadFull(f, head)
	head = head[:n]
	if bytes.HasPrefix(head, oleMagic) && n == 512 {
		more := make([]byte, 1<<16)
		copy(more, head)
		m, _ := io.ReadFull(f, more[n:])
		n += m
		head = more[:n]
	}
	switch {
	case n == 0:
		return &FileError{Code: "empty", Message: Msg("%s: berkas kosong (0 byte). Salin ulang berkas aslinya atau minta pengirim mengirim ulang.", "%s: the file is empty (0 bytes). Copy the original again or ask the sender to resend it.", path)}
	case bytes.HasPrefix(head, oleMagic):
		if bytes.Contains(head, encryptionInfo) || havePassword {
			if havePassword {
				return nil // excelize decrypts it; a wrong password is reported then
			}
			return &FileError{Code: "password", Message: Msg("%s: buku kerja dilindungi kata sandi. Jalankan lagi dengan --password KATASANDI, atau minta pengirim menyimpan tanpa kata sandi.", "%s: the workbook is password-protected. Run again with --password PASSWORD, or ask the sender to save it without a password.", path)}
		}
		return &FileError{Code: "xls", Message: Msg("%s: ini berkas Excel 97-2003 (.xls). Buka di Excel atau LibreOffice dan simpan sebagai .xlsx, lalu periksa lagi.", "%s: this is an Excel 97-2003 file (.xls). Open it in Excel or LibreOffice, save it as .xlsx, and check again.", path)}
	case bytes.HasPrefix(head, zipMagic):
		if bytes.Contains(head[:min(n, 200)], []byte("mimetypeapplication/vnd.oasis.opendocument")) {
			return &FileError{Code: "ods", Message: Msg("%s: ini berkas OpenDocument (.ods). Simpan sebagai .xlsx (Microsoft Excel 2007-365) di LibreOffice, lalu periksa lagi.", "%s: this is an OpenDocument file (.ods). Save it as .xlsx (Microsoft Excel 2007-365) in LibreOffice and check again.", path)}
		}
		return nil
	}
	ext := strings.ToLower(filepath.Ext(path))
	return &FileError{Code: "text", Message: Msg("%s: berkas ini bukan buku kerja Excel (.xlsx), walau bernama %s; mungkin teks atau CSV. Buka di Excel dan simpan sebagai .xlsx.", "%s: this file is not an Excel workbook (.xlsx) although it is named %s; it may be text or CSV. Open it in Excel and save it as .xlsx.", path, ext)}
}

// notFound is the message of a path that names no file.
func notFound(path string) *FileError {
	return &FileError{Code: "not-found", Message: Msg("%s: berkas tidak ditemukan. Periksa nama dan foldernya.", "%s: file not found. Check its name and folder.", path)}
}

// TooLarge is the refusal of the file at path as unpacking beyond the size limit: the check
// and every copy made with excelize (annotated, corrected, compared) give this one.
func TooLarge(path string) *FileError {
	return &FileError{Code: "too-large", Message: Msg("%s: isi berkas ini mengembang melebihi batas ukuran (berkas rusak atau sengaja dibuat berbahaya); berkas tidak diperiksa. Minta pengirim mengirim ulang buku kerja aslinya.",
		"%s: this file unpacks beyond the size limit (broken, or built to harm); it was not checked. Ask the sender to resend the original workbook.", path)}
}

// officeKinds are the other Office documents a zip holds, by a part only they have: a Word
// document or a PowerPoint deck sent as a workbook (or renamed to .xlsx) is named as what it
// is, not as a broken workbook.
var officeKinds = []struct {
	part, code string
	name       Text
}{
	{"word/document.xml", "docx", Text{ID: "dokumen Word (.docx)", EN: "a Word document (.docx)"}},
	{"ppt/presentation.xml", "pptx", Text{ID: "presentasi PowerPoint (.pptx)", EN: "a PowerPoint presentation (.pptx)"}},
	{"content.xml", "ods", Text{ID: "dokumen OpenDocument", EN: "an OpenDocument file"}},
}

// foreignZip names the Office document a zip that is no workbook holds, or nil.
func foreignZip(file, path string) *FileError {
	zr, err := zip.OpenReader(file)
	if err != nil {
		return nil
	}
	defer zr.Close()
	names := map[string]bool{}
	for _, f := range zr.File {
		names[strings.TrimPrefix(f.Name, "/")] = true
	}
	if names["xl/workbook.xml"] {
		return nil
	}
	for _, k := range officeKinds {
		if names[k.part] {
			return &FileError{Code: k.code, Message: Text{
				ID: fmt.Sprintf("%s: berkas ini %s, bukan buku kerja Excel. Data LKjIP diperiksa dari buku kerjanya (.xlsx): kirim atau pilih berkas itu.", path, k.name.ID),
				EN: fmt.Sprintf("%s: this file is %s, not an Excel workbook. LKjIP data is checked from its workbook (.xlsx): send or choose that file.", path, k.name.EN)}}
		}
	}
	return nil
}

func openError(file, path string, err error) *FileError {
	if fe := foreignZip(file, path); fe != nil {
		return fe
	}
	// The kinds of error first: the message naming the file by path below keeps no type.
	if ce := (*xlsx.CellsError)(nil); errors.As(err, &ce) {
		max := Fig{Value: decimal.NewFromInt(int64(ce.Max))}
		return &FileError{Code: "too-large", Message: Msg("%s: buku kerja ini memuat lebih dari %s sel berisi, batas untuk berkas sebesar ini; berkas tidak diperiksa. Pindahkan sheet yang besar ke buku kerja lain, atau hapus isi yang bukan bagian laporan.",
			"%s: this workbook holds more than %s filled cells, the limit for a file of its size; it was not checked. Move large sheets to another workbook, or delete what is not part of the report.", path, max)}
	}
	if errors.Is(err, xlsx.ErrTooLarge) {
		return TooLarge(path)
	}
	if file != path {
		// The reader's errors name the file where it is kept; the reports call it path.
		err = errors.New(strings.ReplaceAll(err.Error(), file, path))
	}
	switch xlsx.Describe(err) {
	case "password":
		return &FileError{Code: "password", Message: Msg("%s: kata sandi salah. Periksa kata sandi yang diberikan dengan --password.", "%s: wrong password. Check the password given with --password.", path)}
	case "format":
		return &FileError{Code: "broken", Message: Msg("%s: format buku kerja tidak didukung atau rusak. Simpan ulang sebagai .xlsx di Excel atau LibreOffice.", "%s: unsupported or broken workbook format. Save it again as .xlsx in Excel or LibreOffice.", path)}
	}
	return &FileError{Code: "broken", Message: Msg("%s: berkas rusak atau terpotong (%v). Salin ulang berkas aslinya atau minta pengirim mengirim ulang.", "%s: the file is broken or cut short (%v). Copy the original again or ask the sender to resend it.", path, err)}
}
