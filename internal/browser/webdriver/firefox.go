package webdriver

import (
	"bufio"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/gobwas/ws"
	"github.com/gobwas/ws/wsutil"
)

// FindFirefox finds Firefox: $FIREFOX, else Debian's firefox-esr or
// firefox.
func FindFirefox() (string, error) {
	return find("FIREFOX", "Firefox", "firefox-esr", "/usr/bin/firefox-esr", "/usr/bin/firefox")
}

// find returns $env's program or the first of paths on the machine.
func find(env, name, pkg string, paths ...string) (string, error) {
	for _, p := range append([]string{os.Getenv(env)}, paths...) {
		if p == "" {
			continue
		}
		if _, err := exec.LookPath(p); err == nil {
			return p, nil
		}
	}
	return "", fmt.Errorf("%s not found: install Debian's %s (`apt-get install %s`, which `make test-engines` does) or set %s", name, pkg, pkg, env)
}

// firefoxPrefs keep a test's Firefox quiet on a machine without network
// (Remote Agent's recommended preferences do most of it) and let a page
// ask for the camera without a prompt.
const firefoxPrefs = `user_pref("browser.shell.checkDefaultBrowser", false);
user_pref("app.normandy.enabled", false);
user_pref("messaging-system.rsexperimentloader.enabled", false);
user_pref("media.navigator.permission.disabled", true);
user_pref("media.navigator.streams.fake", true);
`

var bidiURL = regexp.MustCompile(`WebDriver BiDi listening on (ws://\S+)`)

// StartFirefox starts a headless Firefox with a new, empty profile (private
// browsing throughout when private) and opens a BiDi session on its
// window.
func StartFirefox(ctx context.Context, private bool) (Session, error) {
	exe, err := FindFirefox()
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "walletdemo-firefox-")
	if err != nil {
		return nil, err
	}
	prefs := firefoxPrefs
	if private {
		prefs += `user_pref("browser.privatebrowsing.autostart", true);` + "\n"
	}
	if err := os.WriteFile(filepath.Join(dir, "user.js"), []byte(prefs), 0o644); err != nil {
		return nil, err
	}
	cmd := exec.Command(exe, "--headless", "--no-remote", "--profile", dir, "--remote-debugging-port=0", "about:blank")
	cmd.Env = append(os.Environ(), "MOZ_CRASHREPORTER_DISABLE=1")
	ownGroup(cmd)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	b := &bidi{cmd: cmd, dir: dir, pending: map[int]chan bidiReply{}}
	addr := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			if m := bidiURL.FindStringSubmatch(sc.Text()); m != nil {
				addr <- m[1]
			}
		}
		io.Copy(io.Discard, stderr)
	}()
	select {
	case u := <-addr:
		err = b.connect(ctx, u+"/session")
	case <-ctx.Done():
		err = fmt.Errorf("firefox did not open its WebDriver BiDi port: %w", ctx.Err())
	}
	if err != nil {
		b.Close()
		return nil, err
	}
	return b, nil
}

// bidi is a WebDriver BiDi session on one browsing context (a tab or an
// iframe); the frames of a tab share its connection.
type bidi struct {
	cmd *exec.Cmd
	dir string

	conn    net.Conn
	wmu     sync.Mutex
	mu      sync.Mutex
	next    int
	pending map[int]chan bidiReply
	logs    *[]string
	context string
	root    *bidi
}

type bidiReply struct {
	Type    string          `json:"type"`
	ID      int             `json:"id"`
	Method  string          `json:"method"`
	Result  json.RawMessage `json:"result"`
	Params  json.RawMessage `json:"params"`
	Error   string          `json:"error"`
	Message string          `json:"message"`
}

func (b *bidi) connect(ctx context.Context, url string) error {
	conn, _, _, err := ws.Dial(ctx, url)
	if err != nil {
		return err
	}
	b.conn, b.root, b.logs = conn, b, new([]string)
	go b.read()
	if err := b.call(ctx, "session.new", map[string]any{"capabilities": map[string]any{}}, nil); err != nil {
		return err
	}
	var tree struct{ Contexts []struct{ Context string } }
	if err := b.call(ctx, "browsingContext.getTree", map[string]any{"maxDepth": 0}, &tree); err != nil {
		return err
	}
	if len(tree.Contexts) == 0 {
		return errors.New("firefox has no window")
	}
	b.context = tree.Contexts[0].Context
	return b.call(ctx, "session.subscribe", map[string]any{"events": []string{"log.entryAdded"}}, nil)
}

// read hands each reply to its caller and keeps the log events.
func (b *bidi) read() {
	for {
		msg, err := wsutil.ReadServerText(b.conn)
		if err != nil {
			b.mu.Lock()
			for id, ch := range b.pending {
				ch <- bidiReply{Type: "error", Error: "connection closed", Message: err.Error()}
				delete(b.pending, id)
			}
			b.mu.Unlock()
			return
		}
		var r bidiReply
		if json.Unmarshal(msg, &r) != nil {
			continue
		}
		if r.Type == "event" {
			b.logEvent(r.Params)
			continue
		}
		b.mu.Lock()
		ch := b.pending[r.ID]
		delete(b.pending, r.ID)
		b.mu.Unlock()
		if ch != nil {
			ch <- r
		}
	}
}

func (b *bidi) logEvent(params json.RawMessage) {
	var e struct {
		Type, Level, Text, Method string
	}
	if json.Unmarshal(params, &e) != nil {
		return
	}
	line := e.Level + ": " + e.Text
	if e.Type == "javascript" {
		line = "exception: " + e.Text
	}
	b.mu.Lock()
	*b.logs = append(*b.logs, line)
	b.mu.Unlock()
}

// call sends a command and decodes its result into res.
func (b *bidi) call(ctx context.Context, method string, params, res any) error {
	r := b.root
	ch := make(chan bidiReply, 1)
	r.mu.Lock()
	r.next++
	id := r.next
	r.pending[id] = ch
	r.mu.Unlock()
	msg, err := json.Marshal(map[string]any{"id": id, "method": method, "params": params})
	if err != nil {
		return err
	}
	r.wmu.Lock()
	err = wsutil.WriteClientText(r.conn, msg)
	r.wmu.Unlock()
	if err != nil {
		return err
	}
	select {
	case rep := <-ch:
		if rep.Type == "error" {
			return fmt.Errorf("%s: %s: %s", method, rep.Error, rep.Message)
		}
		if res != nil {
			return json.Unmarshal(rep.Result, res)
		}
		return nil
	case <-ctx.Done():
		r.mu.Lock()
		delete(r.pending, id)
		r.mu.Unlock()
		return fmt.Errorf("%s: %w", method, ctx.Err())
	}
}

func (b *bidi) Navigate(ctx context.Context, url string) error {
	return b.call(ctx, "browsingContext.navigate", map[string]any{"context": b.context, "url": url, "wait": "complete"}, nil)
}

func (b *bidi) Reload(ctx context.Context) error {
	return b.call(ctx, "browsingContext.reload", map[string]any{"context": b.context, "wait": "complete"}, nil)
}

func (b *bidi) Eval(ctx context.Context, expr string) (string, error) {
	var res struct {
		Type   string
		Result struct {
			Type  string
			Value any
		}
		ExceptionDetails struct{ Text string }
	}
	err := b.call(ctx, "script.evaluate", map[string]any{
		"expression":      fmt.Sprintf(`new Promise((done) => %s)`, wrap(expr, "done")),
		"target":          map[string]any{"context": b.context},
		"awaitPromise":    true,
		"resultOwnership": "none",
	}, &res)
	if err != nil {
		return "", err
	}
	if res.Type == "exception" {
		return "", fmt.Errorf("the page threw: %s", res.ExceptionDetails.Text)
	}
	s, _ := res.Result.Value.(string)
	return unwrap(s)
}

func (b *bidi) actions(ctx context.Context, acts ...map[string]any) error {
	return b.call(ctx, "input.performActions", map[string]any{"context": b.context, "actions": acts}, nil)
}

func (b *bidi) Click(ctx context.Context, x, y float64) error {
	return b.actions(ctx, map[string]any{"type": "pointer", "id": "mouse", "parameters": map[string]any{"pointerType": "mouse"}, "actions": clickActions(x, y)})
}

func (b *bidi) Keys(ctx context.Context, text string) error {
	return b.actions(ctx, map[string]any{"type": "key", "id": "keyboard", "actions": keyActions(text)})
}

func (b *bidi) SetFile(ctx context.Context, selector, path string) error {
	var res struct {
		Type   string
		Result struct{ SharedID string }
	}
	err := b.call(ctx, "script.evaluate", map[string]any{
		"expression":   fmt.Sprintf("document.querySelector(%q)", selector),
		"target":       map[string]any{"context": b.context},
		"awaitPromise": false,
	}, &res)
	if err != nil {
		return err
	}
	if res.Result.SharedID == "" {
		return fmt.Errorf("no element %s", selector)
	}
	return b.call(ctx, "input.setFiles", map[string]any{"context": b.context, "element": map[string]any{"sharedId": res.Result.SharedID}, "files": []string{path}}, nil)
}

func (b *bidi) Screenshot(ctx context.Context) ([]byte, error) {
	var res struct{ Data string }
	if err := b.call(ctx, "browsingContext.captureScreenshot", map[string]any{"context": b.context}, &res); err != nil {
		return nil, err
	}
	return base64.StdEncoding.DecodeString(res.Data)
}

func (b *bidi) SetViewport(ctx context.Context, width, height int) error {
	return b.call(ctx, "browsingContext.setViewport", map[string]any{"context": b.context, "viewport": map[string]any{"width": width, "height": height}}, nil)
}

func (b *bidi) Preload(ctx context.Context, script string) error {
	return b.call(ctx, "script.addPreloadScript", map[string]any{"functionDeclaration": "() => {" + script + "\n}", "contexts": []string{b.context}}, nil)
}

func (b *bidi) Frame(ctx context.Context, urlPrefix string) (Session, error) {
	type node struct {
		Context, URL string
		Children     []json.RawMessage
	}
	var tree struct{ Contexts []node }
	if err := b.call(ctx, "browsingContext.getTree", map[string]any{"root": b.context}, &tree); err != nil {
		return nil, err
	}
	for _, top := range tree.Contexts {
		for _, raw := range top.Children {
			var c node
			if json.Unmarshal(raw, &c) == nil && strings.HasPrefix(c.URL, urlPrefix) {
				return &bidi{root: b.root, context: c.Context, logs: b.logs}, nil
			}
		}
	}
	return nil, fmt.Errorf("no iframe at %s yet", urlPrefix)
}

func (b *bidi) Logs() []string {
	b.root.mu.Lock()
	defer b.root.mu.Unlock()
	return append([]string(nil), *b.logs...)
}

// Close ends Firefox and its content processes.
func (b *bidi) Close() error {
	if b.root != b && b.root != nil {
		return nil
	}
	if b.conn != nil {
		ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
		b.call(ctx, "browser.close", map[string]any{}, nil)
		cancel()
		b.conn.Close()
	}
	killGroup(b.cmd)
	removeDir(b.dir)
	return nil
}

// removeDir removes a profile folder, which the browser may still be
// writing as it exits.
func removeDir(dir string) {
	for i := 0; i < 20 && os.RemoveAll(dir) != nil; i++ {
		time.Sleep(50 * time.Millisecond)
	}
}
