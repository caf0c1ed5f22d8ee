//go:build !wasm

package main

import (
	"bytes"
	"fmt"
	"image"
	"image/gif"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"walletdemo/app/i18n"
	"walletdemo/app/tour"
	"walletdemo/internal/tourmedia"
)

// TestRecordTour records the Quick Pay tour as `make tour-media` does, in
// real Chromium with the app's autoplay, and looks at what it wrote: the
// GIF frame by frame, a picture per step, the index.
func TestRecordTour(t *testing.T) {
	qp, _ := tour.Lookup("quick-pay")
	out := t.TempDir()
	if err := run(options{web: "../../web", out: out, langs: []i18n.Lang{i18n.English}, tours: []tour.Tour{qp}}); err != nil {
		t.Fatal(err)
	}
	g := checkGIF(t, filepath.Join(out, "quick-pay-en.gif"))
	// Each tip is read for 1.5 s at least: the delays are the real times.
	if d, least := duration(g), time.Duration(len(qp.Steps))*1500*time.Millisecond; d < least {
		t.Errorf("the GIF lasts %s, under the %s its tips are read", d, least)
	}
	index, err := os.ReadFile(filepath.Join(out, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	for i := range qp.Steps {
		files = append(files, fmt.Sprintf("quick-pay-en-%d.png", i+1))
	}
	files = append(files, "quick-pay-en-done.png")
	var shots [][]byte
	for _, f := range files {
		shots = append(shots, checkPNG(t, filepath.Join(out, f)))
		if !strings.Contains(string(index), `src="`+f+`"`) {
			t.Errorf("the index does not show %s", f)
		}
	}
	for i := 1; i < len(shots); i++ {
		if bytes.Equal(shots[i-1], shots[i]) {
			t.Errorf("%s and %s are the same picture", files[i-1], files[i])
		}
	}
	for _, want := range []string{"[Pay with Quick Pay](#quick-pay-en)", `src="quick-pay-en.gif"`, "| 1. Tap Money to show your payment code. |", "| Tour complete: Pay with Quick Pay |"} {
		if !strings.Contains(string(index), want) {
			t.Errorf("the index lacks %q:\n%s", want, index)
		}
	}
}

// checkGIF decodes a tour's GIF and looks at it frame by frame: a phone's
// screen, frames within it, a few of them at least, under the size cap, and
// the last picture shown unlike the first.
func checkGIF(t *testing.T, file string) *gif.GIF {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if len(data) >= tourmedia.MaxGIF {
		t.Errorf("%s is %d bytes, over %d", file, len(data), tourmedia.MaxGIF)
	}
	g, err := gif.DecodeAll(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	screen := image.Rect(0, 0, tourmedia.Width, tourmedia.Height)
	if got := image.Rect(0, 0, g.Config.Width, g.Config.Height); got != screen {
		t.Errorf("%s is %v, want %v", file, got, screen)
	}
	if len(g.Image) < 10 {
		t.Errorf("%s has %d frames", file, len(g.Image))
	}
	var first *image.RGBA
	changed := 0
	for i, img := range tourmedia.Composed(g) {
		if !g.Image[i].Bounds().In(screen) {
			t.Errorf("%s: frame %d is at %v, outside the screen", file, i, g.Image[i].Bounds())
		}
		if i == 0 {
			first = image.NewRGBA(img.Rect)
			copy(first.Pix, img.Pix)
			continue
		}
		if i == len(g.Image)-1 {
			for p := 0; p < len(img.Pix); p += 4 {
				if !bytes.Equal(img.Pix[p:p+4], first.Pix[p:p+4]) {
					changed++
				}
			}
		}
	}
	// A tour ends on another screen than it starts on: a tenth at least.
	if changed < len(first.Pix)/4/10 {
		t.Errorf("%s: the last picture differs from the first in %d pixels only", file, changed)
	}
	return g
}

// duration is how long one loop of g lasts.
func duration(g *gif.GIF) time.Duration {
	var d time.Duration
	for _, cs := range g.Delay {
		d += time.Duration(cs) * 10 * time.Millisecond
	}
	return d
}

// checkPNG decodes a step's picture, a phone's screen, and returns it.
func checkPNG(t *testing.T, file string) []byte {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	if got := img.Bounds(); got != image.Rect(0, 0, tourmedia.Width, tourmedia.Height) {
		t.Errorf("%s is %v", file, got)
	}
	return data
}
