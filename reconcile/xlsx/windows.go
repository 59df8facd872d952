package xlsx

import (
	"bytes"
	"errors"
	"fmt"
	"io"
)

// rowEnd ends the windows a worksheet is read in. "<" stands in no attribute value and is
// escaped in text, so the end of a row is the end of a token (only a comment or a CDATA
// section could hold it, which writers do not put between rows).
var rowEnd = []byte("</row>")

// windows unpacks a worksheet part a window at a time, each ending after a row, so that a
// sheet is read without holding its whole XML: a 100,000-row sheet unpacks to 30 MB, which
// the reading otherwise keeps whole while it builds the cells, and which the machine must
// first give it, page by page.
type windows struct {
	name string
	r    io.Reader
	// size is the least a window is unpacked in; budget what the part may still unpack to.
	size, budget int64
	// carry is what followed the last row end of the window before.
	carry []byte
	done  bool
	// read counts the bytes unpacked; err is the error the part ended with, if any.
	read int64
	err  error
}

// openWindows opens a part to be read in windows; nil, nil when the package has no such
// part.
func (p *pkg) openWindows(name string) (*windows, io.Closer, error) {
	f, err := p.lookup(name)
	if f == nil || err != nil {
		return nil, nil, err
	}
	rc, err := f.Open()
	if err != nil {
		return nil, nil, err
	}
	// A small part (most sheets) is read in one window of its own size, not of a mebibyte.
	size := min(int64(f.UncompressedSize64)+512, 1<<20)
	return &windows{name: name, r: rc, size: size, budget: p.budget}, rc, nil
}

// next returns the next window, nil at the end of the part. A window is the bytes up to the
// last row end in what was unpacked; a part with no row end left comes whole, as the last.
func (w *windows) next() []byte {
	for !w.done {
		n := int64(len(w.carry))
		// The room grows with what is carried, so that a part without rows is copied a
		// bounded number of times.
		room := max(w.size, n, 512)
		w.size = max(w.size, 1<<20) // a part bigger than it said is read in mebibytes
		// No more than one byte beyond the budget is unpacked: enough to know.
		room = min(room, w.budget-w.read+1)
		buf := make([]byte, n, n+room)
		copy(buf, w.carry)
		m, err := io.ReadFull(w.r, buf[n:n+room])
		buf = buf[:n+int64(m)]
		w.read += int64(m)
		if w.read > w.budget {
			w.done, w.carry, w.err = true, nil, ErrTooLarge
			return nil
		}
		if err != nil {
			w.done, w.carry = true, nil
			if !errors.Is(err, io.EOF) && !errors.Is(err, io.ErrUnexpectedEOF) {
				w.err = fmt.Errorf("%s: %w", w.name, err)
			}
			if len(buf) == 0 {
				return nil
			}
			return buf
		}
		// Only the new bytes and the end of the carry can hold a row end not seen yet.
		from := max(n-int64(len(rowEnd)), 0)
		if i := bytes.LastIndex(buf[from:], rowEnd); i >= 0 {
			cut := from + int64(i) + int64(len(rowEnd))
			w.carry = buf[cut:]
			return buf[:cut]
		}
		w.carry = buf
	}
	return nil
}
