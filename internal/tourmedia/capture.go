package tourmedia

import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"walletdemo/app/i18n"
	"walletdemo/app/tour"
)

// Width and Height are the phone's screen: every picture's size, at one
// pixel a CSS pixel.
const Width, Height = 390, 844

// Recording is a tour as the app's autoplay played it.
type Recording struct {
	// Frames are the screen's pictures from the moment the app was live,
	// one each time it changed.
	Frames []Frame
	// End is when the recording stopped, the closing screen shown a while.
	End time.Duration
	// Steps are a picture of each step, its tip shown.
	Steps []Shot
	// Done is a picture of the end, with the closing message.
	Done Shot
}

// Shot is a picture of the screen and the words it is about.
type Shot struct {
	PNG  []byte
	Text string
}

const (
	// playLimit bounds a recording; a tour plays in about half a minute.
	playLimit = 3 * time.Minute
	// settle lets a new step's tip and ring arrive before the picture
	// (the ring moves for 0.2 s); the autoplay reads for 1.5 s at least.
	settle = 500 * time.Millisecond
	// closing is how long the recording goes on after the tour is done,
	// so the GIF rests on the closing message.
	closing = 2 * time.Second
	// poll is how often the page's state is read: a step lasts seconds.
	poll = 100 * time.Millisecond
)

// state is what the recorder watches on the page.
const state = `(() => {
  const d = document.documentElement.dataset, tip = document.querySelector(".tour-tip .tour-text");
  return {live: d.live === "1", autoplay: d.autoplay || "", step: d.tourStep ?? "", tip: tip ? tip.innerText : ""};
})()`

type pageState struct {
	Live                bool
	Autoplay, Step, Tip string
}

// Record opens tour t in language lang on the demo at base, playing itself,
// in the tab ctx (a fresh profile: the tour sets the demo up itself), and
// records the screen until the tour is done: every frame Chromium paints,
// a picture at each step once its tip shows, and one at the end.
func Record(ctx context.Context, base string, t tour.Tour, lang i18n.Lang) (Recording, error) {
	ctx, cancel := context.WithTimeout(ctx, playLimit)
	defer cancel()
	u := strings.TrimSuffix(base, "/") + "/?" + url.Values{"tour": {t.ID}, "autoplay": {"1"}, "lang": {string(lang)}}.Encode()
	if err := chromedp.Run(ctx, chromedp.EmulateViewport(Width, Height), chromedp.Navigate(u)); err != nil {
		return Recording{}, fmt.Errorf("opening %s: %w", u, err)
	}
	var console consoleLog
	chromedp.ListenTarget(ctx, console.listen)
	var st pageState
	// read reads the page's state again; a failed look (the page busy) is
	// tried again until the time is up.
	read := func() error {
		for chromedp.Run(ctx, chromedp.Evaluate(state, &st)) != nil {
			if ctx.Err() != nil {
				return fmt.Errorf("tour %s (%s) did not finish within %s: last seen at step %q, autoplay %q", t.ID, lang, playLimit, st.Step, st.Autoplay)
			}
			time.Sleep(poll)
		}
		return nil
	}
	for !st.Live {
		if err := read(); err != nil {
			return Recording{}, err
		}
		time.Sleep(poll)
	}
	var cast screencast
	if err := cast.start(ctx); err != nil {
		return Recording{}, err
	}
	var rec Recording
	for {
		if err := read(); err != nil {
			return Recording{}, err
		}
		switch st.Autoplay {
		case "done":
			if len(rec.Steps) != len(t.Steps) {
				return Recording{}, fmt.Errorf("tour %s (%s) was done after %d steps of %d", t.ID, lang, len(rec.Steps), len(t.Steps))
			}
			time.Sleep(closing)
			shot, err := shoot(ctx, ".banner.done")
			if err != nil {
				return Recording{}, err
			}
			rec.Done = shot
			rec.Frames, rec.End, err = cast.stop(ctx)
			return rec, err
		case "stopped", "stuck":
			return Recording{}, fmt.Errorf("tour %s (%s): the autoplay %s at step %q; the console:\n%s", t.ID, lang, st.Autoplay, st.Step, console.String())
		}
		if step, err := strconv.Atoi(st.Step); err == nil && step >= len(rec.Steps) && st.Tip != "" {
			if step != len(rec.Steps) {
				return Recording{}, fmt.Errorf("tour %s (%s) went to step %d before step %d was seen", t.ID, lang, step, len(rec.Steps))
			}
			time.Sleep(settle)
			shot, err := shoot(ctx, ".tour-tip .tour-text")
			if err != nil {
				return Recording{}, err
			}
			rec.Steps = append(rec.Steps, shot)
		}
		time.Sleep(poll)
	}
}

// shoot takes a picture of the screen and the words of the element
// selector names, without its links and buttons ("" if there is none).
func shoot(ctx context.Context, selector string) (Shot, error) {
	var s Shot
	words := fmt.Sprintf(`(() => {
  const el = document.querySelector(%q);
  if (!el) return "";
  const c = el.cloneNode(true);
  c.querySelectorAll("a, button").forEach((e) => e.remove());
  return c.textContent.replace(/\s+/g, " ").trim();
})()`, selector)
	err := chromedp.Run(ctx, chromedp.CaptureScreenshot(&s.PNG), chromedp.Evaluate(words, &s.Text))
	return s, err
}

// screencast collects the frames Chromium sends as it paints the page. It
// sends one each time the screen changes, with the time it was shown, and
// waits for each to be acknowledged before the next.
type screencast struct {
	mu     sync.Mutex
	frames []Frame
	first  time.Time
	err    error
	cancel context.CancelFunc
}

func (s *screencast) start(ctx context.Context) error {
	lctx, cancel := context.WithCancel(ctx)
	s.cancel = cancel
	chromedp.ListenTarget(lctx, func(ev any) {
		e, ok := ev.(*page.EventScreencastFrame)
		if !ok {
			return
		}
		// The listener must not block: the acknowledgement goes apart.
		go chromedp.Run(lctx, chromedp.ActionFunc(func(ctx context.Context) error {
			return page.ScreencastFrameAck(e.SessionID).Do(ctx)
		}))
		s.add(e)
	})
	start := page.StartScreencast().WithFormat(page.ScreencastFormatPng).WithMaxWidth(Width).WithMaxHeight(Height).WithEveryNthFrame(1)
	if err := chromedp.Run(ctx, start); err != nil {
		cancel()
		return fmt.Errorf("starting the screencast: %w", err)
	}
	return nil
}

func (s *screencast) add(e *page.EventScreencastFrame) {
	at := time.Now()
	if e.Metadata != nil && e.Metadata.Timestamp != nil {
		at = e.Metadata.Timestamp.Time()
	}
	data, err := base64.StdEncoding.DecodeString(e.Data)
	s.mu.Lock()
	defer s.mu.Unlock()
	if err != nil {
		s.err = errors.Join(s.err, err)
		return
	}
	if s.first.IsZero() {
		s.first = at
	}
	s.frames = append(s.frames, Frame{At: at.Sub(s.first), PNG: data})
}

// stop ends the screencast and returns its frames and how long it ran.
func (s *screencast) stop(ctx context.Context) ([]Frame, time.Duration, error) {
	err := chromedp.Run(ctx, page.StopScreencast())
	s.cancel()
	s.mu.Lock()
	defer s.mu.Unlock()
	if err = errors.Join(err, s.err); err == nil && len(s.frames) == 0 {
		err = errors.New("the screencast sent no frames")
	}
	return s.frames, time.Since(s.first), err
}

// consoleLog keeps the page's warnings and errors, which say why an
// autoplay stopped.
type consoleLog struct {
	mu    sync.Mutex
	lines []string
}

func (c *consoleLog) listen(ev any) {
	e, ok := ev.(*runtime.EventConsoleAPICalled)
	if !ok || (e.Type != runtime.APITypeWarning && e.Type != runtime.APITypeError) {
		return
	}
	var words []string
	for _, a := range e.Args {
		words = append(words, strings.Trim(string(a.Value), `"`))
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.lines = append(c.lines, string(e.Type)+": "+strings.Join(words, " "))
}

func (c *consoleLog) String() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return strings.Join(c.lines, "\n")
}
