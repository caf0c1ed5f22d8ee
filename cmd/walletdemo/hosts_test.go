//go:build hosts && !wasm

package main

import (
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"walletdemo/internal/browser"
)

// These tests serve the static export from real web servers — Debian's
// nginx (with the brotli_static module) and Caddy — using the configurations
// the export writes, and check it in Chromium online and offline. Run them
// with `make test-hosts`, which installs the servers.

// freeAddr returns a loopback address nothing listens on.
func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// need fails the test, with how to install it, when a server is missing.
func need(t *testing.T, bin, pkg string) string {
	t.Helper()
	p, err := exec.LookPath(bin)
	if err != nil {
		t.Fatalf("%s not found: install Debian's %s (make test-hosts does)", bin, pkg)
	}
	return p
}

// startNginx runs nginx in the foreground with the export's snippet
// included in a server on addr; it returns a stop function.
func startNginx(t *testing.T, site, addr string) func() {
	bin := need(t, "nginx", "nginx and libnginx-mod-http-brotli-static")
	dir := t.TempDir()
	conf := fmt.Sprintf(`load_module /usr/lib/nginx/modules/ngx_http_brotli_static_module.so;
user root;
worker_processes 1;
daemon off;
pid %[1]s/nginx.pid;
error_log stderr warn;
events {}
http {
    include /etc/nginx/mime.types;
    access_log off;
    client_body_temp_path %[1]s/body;
    proxy_temp_path %[1]s/proxy;
    fastcgi_temp_path %[1]s/fastcgi;
    uwsgi_temp_path %[1]s/uwsgi;
    scgi_temp_path %[1]s/scgi;
    server {
        listen %[2]s;
        include %[3]s/walletdemo.nginx.conf;
    }
}
`, dir, addr, site)
	file := filepath.Join(dir, "nginx.conf")
	if err := os.WriteFile(file, []byte(conf), 0o644); err != nil {
		t.Fatal(err)
	}
	return startProcess(t, addr, exec.Command(bin, "-c", file, "-p", dir))
}

// startCaddy runs Caddy with the export's Caddyfile (and the admin API off,
// so that several can run).
func startCaddy(t *testing.T, site, addr string) func() {
	bin := need(t, "caddy", "caddy")
	generated, err := os.ReadFile(filepath.Join(site, "Caddyfile"))
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "Caddyfile")
	if err := os.WriteFile(file, append([]byte("{\n\tadmin off\n\tauto_https off\n}\n"), generated...), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "run", "--config", file, "--adapter", "caddyfile")
	cmd.Env = append(os.Environ(), "WALLETDEMO_ADDRESS=http://"+addr, "HOME="+t.TempDir())
	return startProcess(t, addr, cmd)
}

// startProcess starts cmd and waits until addr accepts connections.
func startProcess(t *testing.T, addr string, cmd *exec.Cmd) func() {
	t.Helper()
	var out strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &out
	// nginx forks workers: stop the whole process group, and do not wait
	// long for output pipes a stray child may hold.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.WaitDelay = 2 * time.Second
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	stopped := false
	stop := func() {
		if !stopped {
			stopped = true
			syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
			cmd.Wait()
		}
	}
	t.Cleanup(stop)
	for deadline := time.Now().Add(10 * time.Second); ; {
		if c, err := net.Dial("tcp", addr); err == nil {
			c.Close()
			return stop
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s did not start:\n%s", cmd.Path, out.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func TestHosts(t *testing.T) {
	hosts := map[string]func(*testing.T, string, string) func(){"nginx": startNginx, "caddy": startCaddy}
	for _, name := range []string{"nginx", "caddy"} {
		for _, prefix := range []string{"", "/tutorials/wallet"} {
			t.Run(name+"/prefix="+prefix, func(t *testing.T) {
				site := t.TempDir()
				if err := exportStatic(site, webDir(t), prefix, siteOptions{FrameAncestors: "'self'"}); err != nil {
					t.Fatal(err)
				}
				// The servers' workers read the files as another user.
				os.Chmod(site, 0o755)
				addr := freeAddr(t)
				stop := hosts[name](t, site, addr)
				base := "http://" + addr + prefix
				checkHostHeaders(t, base)

				p := browser.NewPage(t)
				p.Open(base + "/")
				p.WaitText("No chats yet")
				p.Click("Me")
				p.WaitText("Pay and Services")
				waitCached(p)
				stop()

				p.Open(base + "/")
				p.WaitText("No chats yet")
				p.Open(base + "/settings?utm_source=newsletter")
				p.WaitText("Language")
			})
		}
	}
}

// checkHostHeaders checks what a static host answers: brotli wasm with the
// right type, security headers, pages for routes, nothing for the configs.
func checkHostHeaders(t *testing.T, base string) {
	t.Helper()
	client := &http.Client{Transport: &http.Transport{DisableCompression: true}, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	fetch := func(path, accept string) *http.Response {
		req, _ := http.NewRequest(http.MethodGet, base+path, nil)
		if accept != "" {
			req.Header.Set("Accept-Encoding", accept)
		}
		res, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		return res
	}
	res := fetch("/web/app.wasm", "gzip, deflate, br")
	if res.StatusCode != 200 || res.Header.Get("Content-Encoding") != "br" || res.Header.Get("Content-Type") != "application/wasm" {
		t.Errorf("app.wasm: %d, encoding %q, type %q", res.StatusCode, res.Header.Get("Content-Encoding"), res.Header.Get("Content-Type"))
	}
	if res := fetch("/web/app.wasm", "gzip"); res.Header.Get("Content-Encoding") != "gzip" {
		t.Errorf("app.wasm for a gzip-only client: encoding %q", res.Header.Get("Content-Encoding"))
	}
	for _, path := range []string{"/", "/settings", "/web/app.wasm", "/app.js"} {
		res := fetch(path, "")
		if res.StatusCode != 200 {
			t.Errorf("%s: status %d", path, res.StatusCode)
		}
		csp := res.Header.Get("Content-Security-Policy")
		if !strings.Contains(csp, "'wasm-unsafe-eval'") || !strings.Contains(csp, "frame-ancestors 'self'") || res.Header.Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("%s: headers %v", path, res.Header)
		}
	}
	for _, path := range hostFiles {
		if res := fetch("/"+path, ""); res.StatusCode != 404 {
			t.Errorf("/%s is served (%d): configurations must not be", path, res.StatusCode)
		}
	}
}
