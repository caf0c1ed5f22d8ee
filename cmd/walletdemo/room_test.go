//go:build !wasm

package main

import (
	"bytes"
	"encoding/json"
	"image"
	"image/color"
	"image/png"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"walletdemo/app/runner"
)

func TestRankIPs(t *testing.T) {
	var ips []net.IP
	for _, s := range []string{"fe80::1", "2001:db8::5", "127.0.0.1", "169.254.3.4", "203.0.113.7", "192.168.1.20", "::1", "10.0.0.3"} {
		ips = append(ips, net.ParseIP(s))
	}
	var got []string
	for _, ip := range rankIPs(ips) {
		got = append(got, ip.String())
	}
	want := []string{"192.168.1.20", "10.0.0.3", "203.0.113.7", "2001:db8::5", "169.254.3.4"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("rankIPs = %q, want %q", got, want)
	}
}

func TestNewRoom(t *testing.T) {
	wild := &net.TCPAddr{IP: net.IPv4zero, Port: 8000}
	r := newRoom("http", wild, "")
	if r.Local != "http://localhost:8000" {
		t.Errorf("local address %q", r.Local)
	}
	if len(r.Join) == 0 {
		t.Fatal("no address for phones: the machine needs a network interface that is up")
	}
	for _, u := range r.Join {
		if !strings.HasPrefix(u, "http://") || !strings.HasSuffix(u, ":8000") || strings.Contains(u, "127.0.0.1") || strings.Contains(u, "[::1]") {
			t.Errorf("phones are offered %q", u)
		}
	}
	if r := newRoom("https", wild, "https://demo.example/"); !reflect.DeepEqual(r.Join, []string{"https://demo.example"}) {
		t.Errorf("with -public-url phones are offered %q", r.Join)
	}
	if r := newRoom("http", &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 8000}, ""); len(r.Join) != 0 {
		t.Errorf("a loopback listener offers phones %q", r.Join)
	}
	var out bytes.Buffer
	newRoom("http", &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 8000}, "").announce(&out, true)
	if !strings.Contains(out.String(), "Phones cannot reach this address") {
		t.Errorf("a loopback listener announces %q", out.String())
	}
}

// TestAnnounceQR reads the terminal's QR code back into a picture and has
// zbarimg, an independent decoder, read it.
func TestAnnounceQR(t *testing.T) {
	r := room{Local: "http://localhost:8000", Join: []string{"http://192.168.1.20:8000", "http://[2001:db8::5]:8000"}}
	var out bytes.Buffer
	r.announce(&out, true)
	text := out.String()
	for _, want := range []string{"Wallet Demo on http://localhost:8000", "  http://192.168.1.20:8000\n", "  http://[2001:db8::5]:8000\n"} {
		if !strings.Contains(text, want) {
			t.Errorf("the terminal misses %q:\n%s", want, text)
		}
	}
	if got := decodeTerminalQR(t, text); got != "http://192.168.1.20:8000/" {
		t.Errorf("the terminal's code says %q", got)
	}
	out.Reset()
	r.announce(&out, false)
	if strings.ContainsAny(out.String(), "█▀▄") {
		t.Errorf("-qr=false still draws a code:\n%s", out.String())
	}
}

// decodeTerminalQR draws the half-block characters of text as a picture —
// a drawn character is light, a blank dark, as on a dark terminal — and
// decodes it with zbarimg.
func decodeTerminalQR(t *testing.T, text string) string {
	t.Helper()
	var rows [][]bool // true: dark module
	for _, line := range strings.Split(text, "\n") {
		if !strings.ContainsAny(line, "█▀▄") {
			continue
		}
		var top, bottom []bool
		for _, c := range line {
			switch c {
			case ' ':
				top, bottom = append(top, true), append(bottom, true)
			case '█':
				top, bottom = append(top, false), append(bottom, false)
			case '▀':
				top, bottom = append(top, false), append(bottom, true)
			case '▄':
				top, bottom = append(top, true), append(bottom, false)
			}
		}
		rows = append(rows, top, bottom)
	}
	if len(rows) == 0 {
		t.Fatalf("no code in the terminal:\n%s", text)
	}
	const scale = 8
	img := image.NewGray(image.Rect(0, 0, len(rows[0])*scale, len(rows)*scale))
	for y := range img.Bounds().Dy() {
		for x := range img.Bounds().Dx() {
			if row := rows[y/scale]; x/scale < len(row) && !row[x/scale] {
				img.SetGray(x, y, color.Gray{255})
			}
		}
	}
	file := filepath.Join(t.TempDir(), "terminal.png")
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	zbar, err := exec.LookPath("zbarimg")
	if err != nil {
		t.Fatal("zbarimg not found: install Debian's zbar-tools (make test does)")
	}
	got, err := exec.Command(zbar, "--quiet", "--raw", file).Output()
	if err != nil {
		t.Fatalf("zbarimg could not read the terminal's code: %v\n%s", err, text)
	}
	return strings.TrimSpace(string(got))
}

// TestRoomAddressesStayLocal: the room's addresses go to a browser on the
// server's machine only, never to another device or through a proxy.
func TestRoomAddressesStayLocal(t *testing.T) {
	h := room{Join: []string{"http://192.168.1.20:8000"}}.handler()
	ask := func(remote, host string, header http.Header) *httptest.ResponseRecorder {
		req := httptest.NewRequest(http.MethodGet, runner.RoomPath, nil)
		req.RemoteAddr, req.Host = remote, host
		for k, v := range header {
			req.Header[k] = v
		}
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		return w
	}
	w := ask("127.0.0.1:5000", "localhost:8000", nil)
	var got runner.RoomAddresses
	if err := json.Unmarshal(w.Body.Bytes(), &got); w.Code != http.StatusOK || err != nil || !reflect.DeepEqual(got.Join, []string{"http://192.168.1.20:8000"}) {
		t.Errorf("from this machine: %d %q", w.Code, w.Body)
	}
	if w := ask("[::1]:5000", "[::1]:8000", nil); w.Code != http.StatusOK {
		t.Errorf("from this machine over IPv6: %d", w.Code)
	}
	for name, c := range map[string]struct {
		remote, host string
		header       http.Header
	}{
		"another device":        {"192.168.1.31:5000", "192.168.1.20:8000", nil},
		"a proxy on this host":  {"127.0.0.1:5000", "demo.example", nil},
		"a forwarded request":   {"127.0.0.1:5000", "localhost:8000", http.Header{"X-Forwarded-For": {"203.0.113.9"}}},
		"a Forwarded header":    {"127.0.0.1:5000", "localhost:8000", http.Header{"Forwarded": {"for=203.0.113.9"}}},
		"a made-up remote addr": {"nonsense", "localhost:8000", nil},
	} {
		if w := ask(c.remote, c.host, c.header); w.Code != http.StatusNotFound || strings.Contains(w.Body.String(), "192.168") {
			t.Errorf("%s got %d %q", name, w.Code, w.Body)
		}
	}
}

// TestTerminalQRStaysOutOfWasm: go-qrcode draws the terminal's code only;
// linked into app.wasm it would bring the PNG encoder with it.
func TestTerminalQRStaysOutOfWasm(t *testing.T) {
	cmd := exec.Command("go", "list", "-deps", ".")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	if strings.Contains(string(out), "skip2/go-qrcode") {
		t.Error("app.wasm's build imports github.com/skip2/go-qrcode")
	}
}
