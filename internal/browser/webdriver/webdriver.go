package webdriver

import (
	"context"
	"errors"
	"fmt"
	"strings"
)

// Session is one browser window under remote control.
type Session interface {
	// Navigate loads url and returns once its load event has fired.
	Navigate(ctx context.Context, url string) error
	// Reload reloads the page as the browser's button does.
	Reload(ctx context.Context) error
	// Eval evaluates a JavaScript expression, awaits it if it is a
	// promise, and returns its value as JSON ("null" for undefined).
	Eval(ctx context.Context, expr string) (string, error)
	// Click presses and releases the mouse's main button at a point of the
	// viewport.
	Click(ctx context.Context, x, y float64) error
	// Keys types text key by key into the focused element.
	Keys(ctx context.Context, text string) error
	// SetFile chooses the file at path in the file input selector finds,
	// as a person picking it does.
	SetFile(ctx context.Context, selector, path string) error
	// Screenshot returns a PNG of the viewport.
	Screenshot(ctx context.Context) ([]byte, error)
	// SetViewport sizes the page's viewport in CSS pixels.
	SetViewport(ctx context.Context, width, height int) error
	// Preload runs script in every document loaded from now on, before
	// the page's own scripts. ErrUnsupported where the protocol cannot.
	Preload(ctx context.Context, script string) error
	// Frame is the session of the page's iframe whose address starts with
	// urlPrefix, or an error while there is none.
	Frame(ctx context.Context, urlPrefix string) (Session, error)
	// Logs are the console messages and uncaught errors seen so far, one
	// a line: "error: …", "warn: …", "exception: …".
	Logs() []string
	// Close ends the browser and removes its profile.
	Close() error
}

// ErrUnsupported is what an engine's session returns for a command its
// protocol has not.
var ErrUnsupported = errors.New("not supported by this engine's driver")

// wrap is the page-side script that evaluates expr, awaited, and hands its
// JSON to done, or the error it threw as {"thrown": message}.
func wrap(expr, done string) string {
	return fmt.Sprintf(`Promise.resolve().then(() => (%s)).then((v) => %s(v === undefined ? "null" : JSON.stringify(v)), (e) => %s(JSON.stringify({thrown: String(e && e.stack || e)})))`, expr, done, done)
}

// unwrap turns wrap's result into the value's JSON or the page's error.
func unwrap(res string) (string, error) {
	if strings.HasPrefix(res, `{"thrown":`) {
		return "", fmt.Errorf("the page threw: %s", res)
	}
	return res, nil
}

// keyCodes maps the control characters tests type to WebDriver's key
// values.
var keyCodes = map[rune]string{
	'\t': "\ue004", '\r': "\ue007", '\n': "\ue007", '\b': "\ue003", 0x1b: "\ue00c", 0x7f: "\ue017",
}

// keyActions are the key presses that type text.
func keyActions(text string) []map[string]any {
	var acts []map[string]any
	for _, r := range text {
		v := string(r)
		if k, ok := keyCodes[r]; ok {
			v = k
		}
		acts = append(acts, map[string]any{"type": "keyDown", "value": v}, map[string]any{"type": "keyUp", "value": v})
	}
	return acts
}

// clickActions are a mouse move to (x, y) and a click there.
func clickActions(x, y float64) []map[string]any {
	return []map[string]any{
		{"type": "pointerMove", "x": int(x), "y": int(y), "origin": "viewport"},
		{"type": "pointerDown", "button": 0},
		{"type": "pointerUp", "button": 0},
	}
}
