package webdriver

import (
	"bufio"
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"
)

// FindMiniBrowser finds WebKitGTK's MiniBrowser, which libwebkit2gtk-4.1
// installs in its library folder rather than on the PATH: $MINIBROWSER,
// else that folder.
func FindMiniBrowser() (string, error) {
	paths, _ := filepath.Glob("/usr/lib/*/webkit2gtk-4.1/MiniBrowser")
	return find("MINIBROWSER", "WebKitGTK's MiniBrowser", "webkit2gtk-driver", paths...)
}

// display is the X server every WebKit of the test binary draws on:
// MiniBrowser has no headless mode.
var display struct {
	once sync.Once
	name string
	err  error
}

// xDisplay starts Xvfb once, or uses $DISPLAY where there is one.
func xDisplay() (string, error) {
	display.once.Do(func() {
		if d := os.Getenv("DISPLAY"); d != "" {
			display.name = d
			return
		}
		r, w, err := os.Pipe()
		if err != nil {
			display.err = err
			return
		}
		// -displayfd: Xvfb picks a free display and writes its number.
		cmd := exec.Command("Xvfb", "-displayfd", "3", "-screen", "0", "1280x1024x24", "-nolisten", "tcp")
		ownGroup(cmd)
		cmd.ExtraFiles = []*os.File{w}
		if err := cmd.Start(); err != nil {
			display.err = fmt.Errorf("starting Xvfb (Debian's xvfb), which WebKit needs: %w", err)
			return
		}
		w.Close()
		// Xvfb writes the number and its newline apart, and dies if the
		// pipe is closed between the two.
		line, _ := bufio.NewReader(r).ReadString('\n')
		r.Close()
		num := strings.TrimSpace(line)
		if _, err := strconv.Atoi(num); err != nil {
			display.err = fmt.Errorf("Xvfb gave no display number (%q)", num)
			return
		}
		display.name = ":" + num
	})
	return display.name, display.err
}

// StartWebKit starts WebKitWebDriver and, through it, a MiniBrowser in
// automation mode, a fresh ephemeral profile (in private browsing when
// private), and returns its session.
func StartWebKit(ctx context.Context, private bool) (Session, error) {
	mini, err := FindMiniBrowser()
	if err != nil {
		return nil, err
	}
	driver, err := find("WEBKITWEBDRIVER", "WebKitWebDriver", "webkit2gtk-driver", "WebKitWebDriver")
	if err != nil {
		return nil, err
	}
	disp, err := xDisplay()
	if err != nil {
		return nil, err
	}
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(driver, "--port="+strconv.Itoa(port))
	cmd.Env = append(os.Environ(), "DISPLAY="+disp)
	out := &consoleLog{}
	// MiniBrowser writes the page's console to its standard output, which
	// the driver passes on.
	cmd.Stdout, cmd.Stderr = out, io.Discard
	ownGroup(cmd)
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	c := &classic{cmd: cmd, out: out, base: fmt.Sprintf("http://127.0.0.1:%d", port)}
	args := []string{"--automation", "--enable-write-console-messages-to-stdout=true", "--enable-media-stream=true", "--enable-mock-capture-devices=true"}
	if private {
		args = append(args, "--private")
	}
	caps := map[string]any{"capabilities": map[string]any{"alwaysMatch": map[string]any{
		"webkitgtk:browserOptions": map[string]any{"binary": mini, "args": args},
	}}}
	var sess struct{ SessionID string }
	for {
		err = c.do(ctx, "POST", "/session", caps, &sess)
		if err == nil || ctx.Err() != nil {
			break
		}
		time.Sleep(100 * time.Millisecond) // the driver is not listening yet
	}
	if err != nil {
		c.Close()
		return nil, fmt.Errorf("starting MiniBrowser through WebKitWebDriver: %w", err)
	}
	c.base += "/session/" + sess.SessionID
	return c, nil
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// consoleLog keeps MiniBrowser's console lines.
type consoleLog struct {
	mu    sync.Mutex
	part  []byte
	lines []string
}

func (l *consoleLog) Write(b []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.part = append(l.part, b...)
	for {
		i := bytes.IndexByte(l.part, '\n')
		if i < 0 {
			return len(b), nil
		}
		if line := string(l.part[:i]); strings.HasPrefix(line, "CONSOLE ") {
			l.lines = append(l.lines, consoleLine(line))
		}
		l.part = l.part[i+1:]
	}
}

// consoleLine turns "CONSOLE JS ERROR …" into "error: …".
func consoleLine(line string) string {
	f := strings.SplitN(strings.TrimPrefix(line, "CONSOLE "), " ", 3)
	if len(f) == 3 {
		return strings.ToLower(f[1]) + ": " + f[0] + " " + f[2]
	}
	return line
}

// classic is a classic WebDriver session; frame, when not "", is the
// iframe (by the start of its address) its commands go to.
type classic struct {
	cmd   *exec.Cmd
	out   *consoleLog
	base  string
	frame string
	top   *classic
	// mu keeps a frame's commands and the switch to it together.
	mu sync.Mutex
}

// do sends one command; res receives its value.
func (c *classic) do(ctx context.Context, method, path string, body, res any) error {
	var rd io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return err
		}
		rd = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, rd)
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var r struct {
		Value json.RawMessage
	}
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		return fmt.Errorf("%s %s: %s: %w", method, path, resp.Status, err)
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("%s %s: %s: %s", method, path, resp.Status, r.Value)
	}
	if res != nil {
		return json.Unmarshal(r.Value, res)
	}
	return nil
}

// cmdIn sends a command in the session's frame (the top document when
// none), and goes back to the top document after.
func (c *classic) cmdIn(ctx context.Context, method, path string, body, res any) error {
	if c.frame == "" {
		return c.do(ctx, method, path, body, res)
	}
	t := c.top
	t.mu.Lock()
	defer t.mu.Unlock()
	defer t.do(context.Background(), "POST", "/frame", map[string]any{"id": nil}, nil)
	var idx int
	if err := t.do(ctx, "POST", "/execute/sync", map[string]any{"script": `return Array.from(document.querySelectorAll("iframe")).findIndex((f) => f.src.startsWith(arguments[0]))`, "args": []any{c.frame}}, &idx); err != nil {
		return err
	}
	if idx < 0 {
		return fmt.Errorf("no iframe at %s", c.frame)
	}
	if err := t.do(ctx, "POST", "/frame", map[string]any{"id": idx}, nil); err != nil {
		return err
	}
	return t.do(ctx, method, path, body, res)
}

func (c *classic) Navigate(ctx context.Context, url string) error {
	return c.cmdIn(ctx, "POST", "/url", map[string]any{"url": url}, nil)
}

func (c *classic) Reload(ctx context.Context) error {
	return c.cmdIn(ctx, "POST", "/refresh", map[string]any{}, nil)
}

func (c *classic) Eval(ctx context.Context, expr string) (string, error) {
	var s string
	script := wrap(expr, "arguments[arguments.length - 1]")
	if err := c.cmdIn(ctx, "POST", "/execute/async", map[string]any{"script": script, "args": []any{}}, &s); err != nil {
		return "", err
	}
	return unwrap(s)
}

func (c *classic) actions(ctx context.Context, act map[string]any) error {
	if err := c.cmdIn(ctx, "POST", "/actions", map[string]any{"actions": []any{act}}, nil); err != nil {
		return err
	}
	return c.cmdIn(ctx, "DELETE", "/actions", nil, nil)
}

func (c *classic) Click(ctx context.Context, x, y float64) error {
	return c.actions(ctx, map[string]any{"type": "pointer", "id": "mouse", "parameters": map[string]any{"pointerType": "mouse"}, "actions": clickActions(x, y)})
}

func (c *classic) Keys(ctx context.Context, text string) error {
	return c.actions(ctx, map[string]any{"type": "key", "id": "keyboard", "actions": keyActions(text)})
}

// elementKey names an element reference in classic WebDriver.
const elementKey = "element-6066-11e4-a52e-4f735466cecf"

func (c *classic) SetFile(ctx context.Context, selector, path string) error {
	var el map[string]string
	if err := c.cmdIn(ctx, "POST", "/element", map[string]any{"using": "css selector", "value": selector}, &el); err != nil {
		return err
	}
	return c.cmdIn(ctx, "POST", "/element/"+el[elementKey]+"/value", map[string]any{"text": path}, nil)
}

func (c *classic) Screenshot(ctx context.Context) ([]byte, error) {
	var s string
	if err := c.cmdIn(ctx, "GET", "/screenshot", nil, &s); err != nil {
		return nil, err
	}
	return base64.StdEncoding.DecodeString(s)
}

// SetViewport sizes the window so that its viewport gets the size: the
// window's frame is measured once and added. MiniBrowser's window has a
// minimum width (its toolbar's), so a narrow phone is framed instead.
func (c *classic) SetViewport(ctx context.Context, width, height int) error {
	var rect struct{ Width, Height int }
	if err := c.do(ctx, "POST", "/window/rect", map[string]any{"width": width, "height": height}, &rect); err != nil {
		return err
	}
	var inner []int
	if err := c.do(ctx, "POST", "/execute/sync", map[string]any{"script": "return [innerWidth, innerHeight]", "args": []any{}}, &inner); err != nil {
		return err
	}
	return c.do(ctx, "POST", "/window/rect", map[string]any{"width": 2*rect.Width - inner[0], "height": 2*rect.Height - inner[1]}, nil)
}

func (c *classic) Preload(ctx context.Context, script string) error { return ErrUnsupported }

func (c *classic) Frame(ctx context.Context, urlPrefix string) (Session, error) {
	f := &classic{base: c.base, frame: urlPrefix, top: c, out: c.out}
	if _, err := f.Eval(ctx, "1"); err != nil {
		return nil, err
	}
	return f, nil
}

func (c *classic) Logs() []string {
	c.out.mu.Lock()
	defer c.out.mu.Unlock()
	return append([]string(nil), c.out.lines...)
}

// Close ends the session (MiniBrowser with it) and the driver.
func (c *classic) Close() error {
	if c.top != nil {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if strings.Contains(c.base, "/session/") {
		c.do(ctx, "DELETE", "", nil, nil)
	}
	killGroup(c.cmd)
	return nil
}
