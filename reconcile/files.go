package reconcile

import (
	"bufio"
	"errors"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
)

// This file holds what a run reads and writes: the files named on the command line, the
// outputs, and the rule that joins them: an output never names an input.

// Expand turns the paths a user gives into the files a run checks: a folder is walked for
// .xlsx and .xlsm files (Excel's "~$" lock files left out), in name order; any other path is
// checked as it is (the check says what is wrong with it). A folder that cannot be read, or
// holds no workbook, is an input with its error.
func Expand(paths []string) []Input {
	var out []Input
	for _, p := range paths {
		info, err := os.Stat(p)
		if errors.Is(err, fs.ErrNotExist) {
			out = append(out, Input{Path: p, Err: notFound(p)})
			continue
		}
		if err != nil || !info.IsDir() {
			out = append(out, Input{Path: p})
			continue
		}
		var found []string
		walkErr := filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				out = append(out, Input{Path: path, Folder: p, Err: &FileError{Code: "unreadable", Message: Msg(
					"%s: folder tidak dapat dibaca (%v).", "%s: the folder cannot be read (%v).", path, err)}})
				return nil
			}
			name := strings.ToLower(d.Name())
			if !d.IsDir() && !strings.HasPrefix(name, "~$") && (strings.HasSuffix(name, ".xlsx") || strings.HasSuffix(name, ".xlsm")) {
				found = append(found, path)
			}
			return nil
		})
		if walkErr != nil {
			continue
		}
		sort.Strings(found)
		if len(found) == 0 {
			out = append(out, Input{Path: p, Err: &FileError{Code: "not-found", Message: Msg(
				"%s: folder ini tidak memuat berkas .xlsx atau .xlsm.", "%s: this folder holds no .xlsx or .xlsm file.", p)}})
		}
		for _, f := range found {
			out = append(out, Input{Path: f, Folder: p})
		}
	}
	return out
}

// Output is a file a run writes, with the option that names it ("-o", "--recap").
type Output struct {
	Option string
	Path   string
}

// CheckOutputs says why a run must not start, or nil: before anything is read, every output
// is compared with every file the run reads (the workbooks, those found in folders included,
// and the others: the settings file, the LRA export), by resolved path and by file identity
// (the same file through a link, or another spelling of its name), and with the other
// outputs. A run that would write over what it reads loses the input and reports on nothing;
// it is refused, naming both. An output whose folder does not exist or cannot be written is
// refused too, before a long batch is checked for nothing.
func CheckOutputs(outputs []Output, inputs []Input, others ...string) *Text {
	var reads []Input
	for _, o := range others {
		if o != "" {
			reads = append(reads, Input{Path: o})
		}
	}
	reads = append(reads, inputs...)
	var written []Output
	for _, o := range outputs {
		if o.Path == "" {
			continue
		}
		for _, in := range reads {
			if !SameFile(o.Path, in.Path) {
				continue
			}
			if in.Folder != "" {
				m := Msg("%s %s akan menimpa %s, buku kerja di folder %s yang diperiksa. Pilih nama atau folder lain; tidak ada yang diperiksa atau ditulis.",
					"%s %s would overwrite %s, a workbook in the folder %s being checked. Choose another name or folder; nothing was checked or written.",
					o.Option, o.Path, in.Path, in.Folder)
				return &m
			}
			m := Msg("%s %s akan menimpa %s, berkas yang dibaca pemeriksaan ini. Pilih nama lain; tidak ada yang diperiksa atau ditulis.",
				"%s %s would overwrite %s, a file this run reads. Choose another name; nothing was checked or written.",
				o.Option, o.Path, in.Path)
			return &m
		}
		for _, w := range written {
			if SameFile(o.Path, w.Path) {
				m := Msg("%s dan %s menulis berkas yang sama (%s). Pilih nama lain untuk salah satunya.",
					"%s and %s write the same file (%s). Choose another name for one of them.", w.Option, o.Option, o.Path)
				return &m
			}
		}
		if m := writableFolder(o); m != nil {
			return m
		}
		written = append(written, o)
	}
	return nil
}

// SameFile reports whether two paths name the same file, or would once written: the same
// path once made absolute and its links resolved, or the same file on disk (a hard link, or
// another spelling on a file system that ignores case).
func SameFile(a, b string) bool {
	if resolved(a) == resolved(b) {
		return true
	}
	sa, err1 := os.Stat(a)
	sb, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(sa, sb)
}

// resolved makes a path absolute and resolves the links of the longest part of it that
// exists: a file not yet written has a resolved name too.
func resolved(p string) string {
	abs, err := filepath.Abs(p)
	if err != nil {
		return filepath.Clean(p)
	}
	dir, rest := abs, ""
	for {
		if r, err := filepath.EvalSymlinks(dir); err == nil {
			return filepath.Join(r, rest)
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return abs
		}
		rest = filepath.Join(filepath.Base(dir), rest)
		dir = parent
	}
}

// writableFolder says when an output cannot be written where it is asked for.
func writableFolder(o Output) *Text {
	if info, err := os.Stat(o.Path); err == nil && info.IsDir() {
		m := Msg("%s %s adalah folder; berikan nama berkas.", "%s %s is a folder; give a file name.", o.Option, o.Path)
		return &m
	}
	dir := filepath.Dir(o.Path)
	info, err := os.Stat(dir)
	if err != nil || !info.IsDir() {
		m := Msg("%s %s: folder %s tidak ada. Buat foldernya dulu atau pilih tempat lain; tidak ada yang diperiksa atau ditulis.",
			"%s %s: the folder %s does not exist. Make it first or choose another place; nothing was checked or written.", o.Option, o.Path, dir)
		return &m
	}
	probe, err := os.CreateTemp(dir, ".lkjip-*.tmp")
	if err != nil {
		m := Msg("%s %s: folder %s tidak dapat ditulis (%v); tidak ada yang diperiksa atau ditulis.",
			"%s %s: the folder %s cannot be written (%v); nothing was checked or written.", o.Option, o.Path, dir, cause(err))
		return &m
	}
	probe.Close()
	os.Remove(probe.Name())
	return nil
}

// WriteError is an output that could not be written. It names the output's own path, never
// the temporary file it was being written to.
type WriteError struct {
	Path string
	Err  error
}

func (e *WriteError) Error() string { return e.Message().ID }

func (e *WriteError) Unwrap() error { return e.Err }

// Message says what went wrong and what to do, in both languages.
func (e *WriteError) Message() Text {
	switch {
	case errors.Is(e.Err, syscall.ENOSPC):
		return Msg("%s tidak dapat ditulis: disk penuh. Kosongkan ruang atau pilih disk lain; tidak ada berkas setengah jadi yang tertinggal.",
			"%s could not be written: the disk is full. Free some space or choose another disk; no half-written file was left.", e.Path)
	case errors.Is(e.Err, fs.ErrNotExist):
		return Msg("%s tidak dapat ditulis: folder %s tidak ada.", "%s could not be written: the folder %s does not exist.", e.Path, filepath.Dir(e.Path))
	case errors.Is(e.Err, fs.ErrPermission):
		return Msg("%s tidak dapat ditulis: tidak ada izin menulis di folder %s.", "%s could not be written: no permission to write in the folder %s.", e.Path, filepath.Dir(e.Path))
	}
	return Msg("%s tidak dapat ditulis: %v. Tidak ada berkas setengah jadi yang tertinggal.", "%s could not be written: %v. No half-written file was left.", e.Path, e.Err)
}

// cause strips an operating-system error of the path it names: the path of a temporary file
// means nothing to the user.
func cause(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}

// WriteFile writes an output: to a temporary file beside path, renamed into place once
// whole, so that a failed write (a full disk, a printer's error, a printer's panic) never
// leaves half a file and never touches a file already at path. An error of the file system is
// a *WriteError naming path; a printer's own error is returned as it is, and its panic goes
// on once the temporary file is removed.
//
// The output gets the permissions any file the user creates gets (0666 less the umask: 0644
// by default), not os.CreateTemp's 0600: an annotated copy or a report is handed on, and a
// copy only its writer can read surprises whoever it is for. The temporary file is created
// with them, so that the system applies the umask and nothing has to read it.
func WriteFile(path string, write func(io.Writer) error) error {
	dir, base := filepath.Dir(path), "."+filepath.Base(path)+"."
	var tmp *os.File
	var err error
	for try := 0; try < 10000; try++ {
		tmp, err = os.OpenFile(filepath.Join(dir, base+strconv.FormatUint(uint64(rand.Uint32()), 10)+".tmp"), os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o666)
		if !errors.Is(err, fs.ErrExist) {
			break
		}
	}
	if err != nil {
		return &WriteError{Path: path, Err: cause(err)}
	}
	name := tmp.Name()
	defer func() {
		if v := recover(); v != nil {
			tmp.Close()
			os.Remove(name)
			panic(v)
		}
	}()
	fail := func(err error) error {
		tmp.Close()
		os.Remove(name)
		return err
	}
	w := &errWriter{w: tmp}
	bw := bufio.NewWriter(w)
	if err := write(bw); err != nil {
		if w.err != nil {
			return fail(&WriteError{Path: path, Err: cause(w.err)})
		}
		return fail(err)
	}
	if err := bw.Flush(); err != nil {
		return fail(&WriteError{Path: path, Err: cause(err)})
	}
	if err := tmp.Sync(); err != nil {
		return fail(&WriteError{Path: path, Err: cause(err)})
	}
	if err := tmp.Close(); err != nil {
		os.Remove(name)
		return &WriteError{Path: path, Err: cause(err)}
	}
	if err := os.Rename(name, path); err != nil {
		os.Remove(name)
		return &WriteError{Path: path, Err: cause(err)}
	}
	return nil
}

// errWriter remembers the file system's error, so that WriteFile tells it from a printer's.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	n, err := e.w.Write(p)
	if err != nil && e.err == nil {
		e.err = err
	}
	return n, err
}
