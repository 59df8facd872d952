package report

import (
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"
	"time"
)

// TestInOrder renders parts that end in a random order and checks they are written in
// order, that a failing part stops the writing after the parts before it, and that a failing
// writer does too; none of it may hang.
func TestInOrder(t *testing.T) {
	if runtime.GOMAXPROCS(0) < 2 {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(2))
	}
	render := func(fail int) func(i int, w io.Writer) error {
		return func(i int, w io.Writer) error {
			time.Sleep(time.Duration(rand.IntN(200)) * time.Microsecond)
			if i == fail {
				return fmt.Errorf("part %d failed", i)
			}
			_, err := fmt.Fprintf(w, "%d\n", i)
			return err
		}
	}
	want := func(n int) string {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, "%d\n", i)
		}
		return b.String()
	}

	var b strings.Builder
	if err := inOrder(1000, render(-1), &b); err != nil {
		t.Fatal(err)
	}
	if b.String() != want(1000) {
		t.Fatalf("parts out of order: %.60q...", b.String())
	}

	b.Reset()
	err := inOrder(1000, render(500), &b)
	if err == nil || err.Error() != "part 500 failed" || b.String() != want(500) {
		t.Fatalf("a failing part: err %v, %d bytes written (want %d)", err, b.Len(), len(want(500)))
	}

	w := &failingWriter{after: 100}
	if err := inOrder(1000, render(-1), w); !errors.Is(err, errFull) || w.writes != 101 {
		t.Fatalf("a failing writer: err %v after %d writes", err, w.writes)
	}
}

var errFull = errors.New("disk full")

type failingWriter struct{ after, writes int }

func (w *failingWriter) Write(p []byte) (int, error) {
	w.writes++
	if w.writes > w.after {
		return 0, errFull
	}
	return len(p), nil
}
