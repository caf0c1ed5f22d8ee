package browser

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// FindChromium finds Chromium: $CHROMIUM, else /usr/bin/chromium (or
// chromium-browser).
func FindChromium() (string, error) {
	for _, p := range []string{os.Getenv("CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser"} {
		if p == "" {
			continue
		}
		if _, err := exec.LookPath(p); err == nil {
			return p, nil
		}
	}
	return "", errors.New("Chromium not found: install Debian's chromium (`apt-get install chromium`, which `make test` does) or set CHROMIUM")
}

// options are the flags of every browser the project starts: headless, a
// profile of its own in dir, a phone-sized window.
func options(execPath, dir string) []chromedp.ExecAllocatorOption {
	return []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(execPath),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.UserDataDir(dir),
		// The machine has no network: without these Chromium keeps trying.
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.WindowSize(390, 844),
	}
}

// Launch starts Chromium, outside any test, with a new, empty profile (no
// storage, no service worker, no cache) and returns the context of its
// first tab, blank. stop ends the browser and removes the profile.
func Launch() (ctx context.Context, stop func(), err error) {
	execPath, err := FindChromium()
	if err != nil {
		return nil, nil, err
	}
	if ctx, stop, err = launch(execPath); err != nil {
		return nil, nil, err
	}
	// The first Run starts the browser: a failure to start shows here.
	if err := chromedp.Run(ctx); err != nil {
		stop()
		return nil, nil, err
	}
	return ctx, stop, nil
}

// launch prepares a browser with a fresh profile in a new temporary folder
// and any extra flags; the browser process starts with the context's first
// Run.
func launch(execPath string, extra ...chromedp.ExecAllocatorOption) (context.Context, func(), error) {
	dir, err := os.MkdirTemp("", "walletdemo-profile-")
	if err != nil {
		return nil, nil, err
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), append(options(execPath, dir), extra...)...)
	ctx, cancel := chromedp.NewContext(actx)
	return ctx, func() {
		cancel()
		cancelAlloc()
		removeProfile(dir)
	}, nil
}

// removeProfile removes a profile folder. Chromium may still be writing it
// as it exits, so it tries a few times.
func removeProfile(dir string) {
	for i := 0; i < 20 && os.RemoveAll(dir) != nil; i++ {
		time.Sleep(50 * time.Millisecond)
	}
}

// shared is the one Chromium of a test binary: each test's page is a
// browser context in it (a profile of its own, as isolated as a new
// browser), which opens in milliseconds where a browser takes a second or
// more to start on a busy machine.
var shared struct {
	sync.Mutex
	ctx  context.Context
	stop func()
}

// sharedBrowser starts the shared browser on first use and returns its
// context.
func sharedBrowser(execPath string) (context.Context, error) {
	shared.Lock()
	defer shared.Unlock()
	if shared.ctx != nil {
		return shared.ctx, nil
	}
	ctx, stop, err := launch(execPath)
	if err != nil {
		return nil, err
	}
	if err := chromedp.Run(ctx); err != nil {
		stop()
		return nil, err
	}
	shared.ctx, shared.stop = ctx, stop
	return ctx, nil
}

// Main runs a test binary's tests, then ends the shared browser and removes
// its profile: call it from TestMain as os.Exit(browser.Main(m)). (Should a
// binary end without it, Chromium still dies with it.)
func Main(m *testing.M) int {
	code := m.Run()
	shared.Lock()
	if shared.stop != nil {
		shared.stop()
	}
	shared.Unlock()
	return code
}
