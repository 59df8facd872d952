package report

import (
	"bytes"
	"context"
	"image"
	"image/draw"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"lkjip/reconcile/internal/officetest"
)

// TestAnnotateScreenshot saves the picture the README shows, docs/annotated-kragan.png: the
// Realisasi Anggaran sheet of the annotated Kragan copy as LibreOffice Calc prints it, with
// LRA002's red F7, as LibreOffice prints the copy. Run it with LKJIP_SCREENSHOTS=1 go test
// ./reconcile/report -run AnnotateScreenshot (it needs soffice and pdftoppm).
func TestAnnotateScreenshot(t *testing.T) {
	if os.Getenv("LKJIP_SCREENSHOTS") != "1" {
		t.Skip("LKJIP_SCREENSHOTS=1 writes docs/annotated-kragan.png")
	}
	soffice := officetest.Soffice(t, "render the annotated copy to PNG")
	pdftoppm, err := exec.LookPath("pdftoppm")
	if err != nil {
		t.Fatal("pdftoppm (poppler-utils) is needed for the screenshot")
	}
	// The copy as lkjip writes it, printed whole: the picture is the page of its Realisasi
	// Anggaran sheet as LibreOffice prints it, head and page number included.
	dir := t.TempDir()
	in := filepath.Join(dir, "kragan-2021-temuan.xlsx")
	if err := os.WriteFile(in, annotateCopy(t, annotateCheck(t, annotateKragan), "id", AnnotateOptions{}), 0o644); err != nil {
		t.Fatal(err)
	}
	data := annotateConvert(t, soffice, in, "pdf", "pdf")
	pdf := filepath.Join(dir, "kragan.pdf")
	if err := os.WriteFile(pdf, data, 0o644); err != nil {
		t.Fatal(err)
	}
	n := 0
	for i, p := range officetest.PDFPages(t, data, "find the Realisasi Anggaran page") {
		if strings.Contains(p, "LAPORAN REALISASI ANGGARAN") {
			n = i + 1
			break
		}
	}
	if n == 0 {
		t.Fatal("no printed page of the Realisasi Anggaran sheet")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	pageNo := strconv.Itoa(n)
	out, err := exec.CommandContext(ctx, pdftoppm, "-png", "-r", "80", "-f", pageNo, "-l", pageNo, "-singlefile", pdf, filepath.Join(dir, "page")).CombinedOutput()
	if err != nil {
		t.Fatalf("pdftoppm: %v: %s", err, out)
	}
	raw, err := os.ReadFile(filepath.Join(dir, "page.png"))
	if err != nil {
		t.Fatal(err)
	}
	page, err := png.Decode(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	img := annotateCrop(page, 12)
	var b bytes.Buffer
	if err := (&png.Encoder{CompressionLevel: png.BestCompression}).Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	if b.Len() > 300<<10 {
		t.Fatalf("the screenshot takes %d KB; keep it under 300 KB", b.Len()>>10)
	}
	if err := os.MkdirAll("../../docs", 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("../../docs/annotated-kragan.png", b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("docs/annotated-kragan.png: %dx%d, %d KB", img.Bounds().Dx(), img.Bounds().Dy(), b.Len()>>10)
}

// annotateCrop cuts a page down to what is printed on it, with a white margin.
func annotateCrop(img image.Image, margin int) image.Image {
	b := img.Bounds()
	box := image.Rectangle{Min: b.Max, Max: b.Min}
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			if r < 0xf000 || g < 0xf000 || bl < 0xf000 {
				box = box.Union(image.Rect(x, y, x+1, y+1))
			}
		}
	}
	if box.Empty() {
		return img
	}
	box = image.Rect(box.Min.X-margin, box.Min.Y-margin, box.Max.X+margin, box.Max.Y+margin).Intersect(b)
	out := image.NewRGBA(image.Rect(0, 0, box.Dx(), box.Dy()))
	draw.Draw(out, out.Bounds(), img, box.Min, draw.Src)
	return out
}
