package browser

import (
	"context"
	"os"
	"testing"

	"github.com/chromedp/chromedp"
)

// NewCameraPage is NewPage in a Chromium whose camera films the Y4M video
// at y4m, over and over, and is granted without asking: a real camera
// feed for the Scan screen.
func NewCameraPage(t testing.TB, y4m string) *Page {
	t.Helper()
	Parallel(t)
	dir, err := os.MkdirTemp("", "walletdemo-profile-")
	if err != nil {
		t.Fatal(err)
	}
	opts := append(options(ExecPath(t), dir),
		chromedp.Flag("use-fake-device-for-media-stream", true),
		chromedp.Flag("use-fake-ui-for-media-stream", true),
		chromedp.Flag("use-file-for-fake-video-capture", y4m),
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	p := &Page{t: t, ctx: ctx}
	chromedp.ListenTarget(ctx, p.listen)
	if err := chromedp.Run(ctx, chromedp.EmulateViewport(390, 844)); err != nil {
		t.Fatalf("starting Chromium with a camera: %v", err)
	}
	t.Cleanup(func() {
		if t.Failed() {
			p.saveFailure()
		}
		cancel()
		cancelAlloc()
		removeProfile(dir)
	})
	return p
}
