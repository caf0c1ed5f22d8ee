//go:build !wasm

package main

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"io"
	"log"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"walletdemo/internal/browser"
)

// Browser tests of a workshop room: presenter mode on the trainer's laptop
// encodes an address phones can open, HTTPS with the trainer's own
// certificate, and phones on plain HTTP, which is not a secure context.

// startRoomDemo serves the demo on every interface, as `walletdemo -addr
// :0` does, and returns the room phones join; the page on this machine
// opens it at room.Local.
func startRoomDemo(t *testing.T) room {
	t.Helper()
	ln, err := net.Listen("tcp4", ":0")
	if err != nil {
		t.Fatal(err)
	}
	r := newRoom("http", ln.Addr(), "")
	if len(r.Join) == 0 {
		t.Fatal("no address for phones: the machine needs a network interface that is up")
	}
	h, err := newServer(config{Web: webDir(t), Room: r, siteOptions: siteOptions{FrameAncestors: "'self'"}})
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: h, ErrorLog: log.New(io.Discard, "", 0)}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return r
}

// TestPresenterUsesRoomAddress opens /present on the laptop's localhost:
// the codes carry the laptop's network address, a phone opens the charge
// code there, and choosing localhost instead warns that phones cannot.
func TestPresenterUsesRoomAddress(t *testing.T) {
	r := startRoomDemo(t)
	lan := r.Join[0]
	p := browser.NewPage(t)
	p.Run(chromedp.EmulateViewport(1280, 900))
	p.Open(r.Local + "/present")
	p.WaitText("Address the phones open")
	p.WaitText("over plain HTTP") // the room's address is plain HTTP
	if got := decodeQR(t, p, ".present-card:nth-child(1) .present-qr"); got != lan+"/?lang=en&rules=2020" {
		t.Errorf("the join code says %q, want the room's address %s", got, lan)
	}
	if got := decodeQR(t, p, ".present-card:nth-child(2) .present-qr"); !strings.HasPrefix(got, lan+"/pay?") {
		t.Errorf("the café's code says %q", got)
	}
	p.Type("Amount in yuan", "8.80")
	p.WaitText("Pay this amount")
	charge := decodeQR(t, p, ".present-card:nth-child(3) .present-qr")
	if !strings.HasPrefix(charge, lan+"/pay?") {
		t.Fatalf("the charge code says %q", charge)
	}

	// The presenter picks this computer's own address: phones could not
	// open it, and the page says so; the choice survives a reload.
	p.Type("Address the phones open", r.Local)
	p.WaitText("Phones cannot open this address")
	p.Reload()
	p.WaitText("Phones cannot open this address")
	axeCheck(t, p, readAxe(t), "present (address choice)")
	if got := decodeQR(t, p, ".present-card:nth-child(1) .present-qr"); !strings.HasPrefix(got, r.Local+"/?") {
		t.Errorf("after choosing %s the join code says %q", r.Local, got)
	}
	p.Type("Address the phones open", lan)
	p.WaitGone("Phones cannot open this address")

	// A phone on the network opens the charge code it scanned.
	a := browser.NewPage(t)
	openSeeded(a, lan, strings.TrimPrefix(charge, lan), activeWallet(t, seed{Balance: 5000}))
	a.WaitText("Enter payment PIN")
	a.WaitText("¥8.80")
}

// insecureHost is the made-up name phones open the test server by: plain
// HTTP to a name that is not localhost, so no secure context.
const insecureHost = "room.test"

// insecureDemo serves the demo and returns its address under insecureHost.
func insecureDemo(t *testing.T) string {
	t.Helper()
	return strings.Replace(startDemo(t).URL, "127.0.0.1", insecureHost, 1)
}

// insecurePage is a phone's browser that resolves insecureHost to the
// test server, and checks the page it opens is not a secure context.
func insecurePage(t *testing.T, base string) *browser.Page {
	t.Helper()
	p := browser.NewPage(t, browser.MapHost(insecureHost))
	p.Open(base + "/")
	var ctx struct {
		Secure, Worker, Locks bool
	}
	p.Eval(`({Secure: window.isSecureContext, Worker: "serviceWorker" in navigator, Locks: "locks" in navigator})`, &ctx)
	if ctx.Secure || ctx.Worker || ctx.Locks {
		t.Fatalf("%s is a secure context (%+v): the test would not test plain HTTP", base, ctx)
	}
	return p
}

// TestInsecureContextJourneys runs set-up, paying a shop and red packets,
// with their reloads, on a phone that opened the demo over plain HTTP:
// no service worker, no Web Locks, no camera.
func TestInsecureContextJourneys(t *testing.T) {
	browser.Parallel(t)
	base := insecureDemo(t)
	t.Run("setup", func(t *testing.T) { setupMalaysian(t, insecurePage(t, base), base) })
	t.Run("pay a shop", func(t *testing.T) { payStaticQR(t, insecurePage(t, base), base) })
	t.Run("red packets", func(t *testing.T) { redPackets(t, insecurePage(t, base), base) })
	t.Run("scan", func(t *testing.T) {
		p := insecurePage(t, base)
		openSeeded(p, base, "/scan", activeWallet(t, seed{Balance: 5000}))
		p.WaitText("Point your phone's own camera app at the code instead")
		if strings.Contains(p.Text(), "Open the camera") {
			t.Error("the Scan screen offers a camera the browser will not give")
		}
		axeCheck(t, p, readAxe(t), "scan (not a secure context)")
		p.Run(chromedp.EmulateViewport(320, 640))
		var wide bool
		p.Eval(`document.documentElement.scrollWidth > window.innerWidth`, &wide)
		if wide {
			t.Error("the Scan screen is wider than 320 pixels")
		}
		// The demo codes still lead to the pay screen.
		follow(t, p, "Lucky Bean Coffee", "/pay?")
		p.WaitText("Lucky Bean Coffee")
	})
}

// testCert writes a certificate for host and 127.0.0.1, and its key, into
// dir, as a trainer's own CA or mkcert would give them.
func testCert(t *testing.T, dir, host string) (certFile, keyFile string, cert *x509.Certificate) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1),
		Subject:      pkix.Name{CommonName: host},
		DNSNames:     []string{host},
		IPAddresses:  []net.IP{net.IPv4(127, 0, 0, 1)},
		NotBefore:    time.Now().Add(-time.Hour),
		NotAfter:     time.Now().Add(24 * time.Hour),
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	if cert, err = x509.ParseCertificate(der); err != nil {
		t.Fatal(err)
	}
	keyDER, err := x509.MarshalPKCS8PrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	certFile, keyFile = filepath.Join(dir, "cert.pem"), filepath.Join(dir, "key.pem")
	for file, block := range map[string]*pem.Block{certFile: {Type: "CERTIFICATE", Bytes: der}, keyFile: {Type: "PRIVATE KEY", Bytes: keyDER}} {
		if err := os.WriteFile(file, pem.EncodeToMemory(block), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return certFile, keyFile, cert
}

// TestTLSServesSecureContext serves the demo over HTTPS with a test
// certificate, as -tls-cert and -tls-key do: a phone gets a secure context,
// the service worker caches the demo, and it reloads offline.
func TestTLSServesSecureContext(t *testing.T) {
	const host = "wallet.test"
	certFile, keyFile, cert := testCert(t, t.TempDir(), host)
	tlsCfg, err := loadTLS(certFile, keyFile)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp4", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	_, port, _ := net.SplitHostPort(ln.Addr().String())
	base := "https://" + net.JoinHostPort(host, port)
	h, err := newServer(config{Web: webDir(t), Room: room{Join: []string{base}}, siteOptions: siteOptions{FrameAncestors: "'self'"}})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- serve(ctx, tls.NewListener(ln, tlsCfg), h, log.New(io.Discard, "", 0)) }()
	t.Cleanup(func() { cancel(); <-served })

	p := browser.NewPage(t, browser.MapHost(host), browser.TrustKey(cert))
	p.Open(base + "/")
	var secure bool
	p.Eval(`window.isSecureContext && location.protocol === "https:"`, &secure)
	if !secure {
		t.Fatal("the HTTPS page is not a secure context")
	}
	waitCached(p)
	p.Open(base + "/scan")
	p.WaitText("Open the camera") // a secure context has the camera
	cancel()
	if err := <-served; err != nil {
		t.Fatalf("serve: %v", err)
	}
	served <- nil // for the cleanup

	p.Open(base + "/settings?utm_source=offline")
	p.WaitText("Language")
	p.Open(base + "/")
	p.WaitText("No chats yet")
}
