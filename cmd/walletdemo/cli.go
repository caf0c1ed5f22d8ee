//go:build !wasm

package main

import (
	"context"
	"crypto/tls"
	"errors"
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"
	"walletdemo/app/runner"
	"walletdemo/internal/wasmdata"
	"walletdemo/internal/webserve"
)

const usage = `Usage:
  walletdemo [serve] [-addr :8000] [-web web] [-frame-ancestors "'self'"] [-allow-origin https://site.example]
                   [-qr=false] [-public-url https://demo.example] [-tls-cert FILE -tls-key FILE]
  walletdemo static [-web web] [-prefix /path] [-frame-ancestors "'self'"] [-allow-origin ...] DIR
  walletdemo compress FILE|DIR...
  walletdemo wasmdata FILE...

serve      serve the demo (the default)
static     export the demo as a static site into DIR, for any static host
compress   write FILE.br and FILE.gz beside each FILE, and beside each
           text file of a kilobyte or more in each DIR
wasmdata   rewrite the data of each app.wasm FILE smaller: as one segment,
           and with Go's function table written as it is instantiated (the
           memory image is checked to be the same)
`

// yieldToBrowser has nothing to yield to natively (browser_wasm.go).
func yieldToBrowser() {}

// run is the native command line; it returns the exit code.
func run(args []string) int {
	cmd := "serve"
	if len(args) > 0 && !isFlag(args[0]) {
		cmd, args = args[0], args[1:]
	}
	var err error
	switch cmd {
	case "serve":
		err = serveCmd(args)
	case "static":
		err = staticCmd(args)
	case "compress":
		err = compressCmd(args)
	case "wasmdata":
		err = wasmDataCmd(args)
	default:
		err = fmt.Errorf("unknown command %q\n\n%s", cmd, usage)
	}
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "walletdemo:", err)
		return 1
	}
	return 0
}

func isFlag(s string) bool { return len(s) > 0 && s[0] == '-' }

func newFlags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.Usage = func() { fmt.Fprint(fs.Output(), usage) }
	return fs
}

func serveCmd(args []string) error {
	fs := newFlags("serve")
	var (
		cfg               config
		qr                bool
		public            string
		certFile, keyFile string
	)
	fs.StringVar(&cfg.Addr, "addr", ":8000", "address to listen on")
	fs.StringVar(&cfg.Web, "web", "web", "folder of static files, with app.wasm")
	fs.BoolVar(&qr, "qr", true, "print a QR code of the address phones join at")
	fs.StringVar(&public, "public-url", "", "the address phones join at, instead of this machine's (a reverse proxy, a tunnel, a DNS name)")
	fs.StringVar(&certFile, "tls-cert", "", "serve HTTPS with this certificate (PEM; with -tls-key)")
	fs.StringVar(&keyFile, "tls-key", "", "the private key of -tls-cert (PEM)")
	cfg.addFlags(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q\n\n%s", fs.Arg(0), usage)
	}
	if err := checkFrameAncestors(cfg.FrameAncestors); err != nil {
		return err
	}
	if err := checkPublicURL(public); err != nil {
		return err
	}
	tlsCfg, err := loadTLS(certFile, keyFile)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return err
	}
	scheme := "http"
	if tlsCfg != nil {
		scheme = "https"
	}
	cfg.Room = newRoom(scheme, ln.Addr(), public)
	h, err := newServer(cfg)
	if err != nil {
		ln.Close()
		return err
	}
	if tlsCfg != nil {
		ln = tls.NewListener(ln, tlsCfg)
	}
	cfg.Room.announce(os.Stderr, qr)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return serve(ctx, ln, h, log.New(os.Stderr, "", log.LstdFlags))
}

// checkPublicURL refuses a -public-url a phone could not open as the
// demo's address: it must be http or https, with a host, and nothing
// after the path.
func checkPublicURL(v string) error {
	if v == "" {
		return nil
	}
	u, err := url.Parse(v)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.RawQuery != "" || u.Fragment != "" || u.User != nil {
		return fmt.Errorf("-public-url %q: give the address phones open, e.g. https://demo.example or http://192.168.1.20:8000", v)
	}
	return nil
}

// loadTLS reads the operator's certificate and key; nil, nil when neither
// is given.
func loadTLS(certFile, keyFile string) (*tls.Config, error) {
	if certFile == "" && keyFile == "" {
		return nil, nil
	}
	if certFile == "" || keyFile == "" {
		return nil, errors.New("-tls-cert and -tls-key go together: give both files")
	}
	cert, err := tls.LoadX509KeyPair(certFile, keyFile)
	if err != nil {
		return nil, fmt.Errorf("-tls-cert %s, -tls-key %s: %w", certFile, keyFile, err)
	}
	// h2 as well: a phone loads the page's files over one connection.
	return &tls.Config{Certificates: []tls.Certificate{cert}, NextProtos: []string{"h2", "http/1.1"}, MinVersion: tls.VersionTLS12}, nil
}

// serve runs h on ln until ctx ends, then lets requests in flight finish.
// The limits keep slow or oversized clients from holding the server.
func serve(ctx context.Context, ln net.Listener, h http.Handler, logger *log.Logger) error {
	srv := &http.Server{
		Handler:           webserve.AccessLog(logger, h),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      2 * time.Minute, // app.wasm on a slow phone
		IdleTimeout:       60 * time.Second,
		MaxHeaderBytes:    16 << 10,
		ErrorLog:          logger,
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	logger.Printf("shutting down")
	shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	return srv.Shutdown(shutdown)
}

// displayAddr names a wildcard listener by localhost, which a browser opens.
func displayAddr(a net.Addr) string {
	host, port, err := net.SplitHostPort(a.String())
	if err != nil {
		return a.String()
	}
	if ip := net.ParseIP(host); ip == nil || ip.IsUnspecified() {
		host = "localhost"
	}
	return net.JoinHostPort(host, port)
}

func compressCmd(args []string) error {
	if len(args) == 0 {
		return fmt.Errorf("compress: name at least one file\n\n%s", usage)
	}
	for _, f := range args {
		if st, err := os.Stat(f); err == nil && st.IsDir() {
			webserve.PrecompressText(f)
			continue
		}
		if err := webserve.Precompress(f); err != nil {
			return err
		}
	}
	return nil
}

func wasmDataCmd(args []string) error {
	if len(args) == 0 {
		return fmt.Errorf("wasmdata: name at least one file\n\n%s", usage)
	}
	for _, f := range args {
		if _, err := wasmdata.RewriteFile(f); err != nil {
			return err
		}
	}
	return nil
}

// siteOptions are what the server and the static export both take from
// the operator: who may embed the demo, and who may drive it.
type siteOptions struct {
	// FrameAncestors is the CSP frame-ancestors list.
	FrameAncestors string
	// AllowOrigins are the host pages whose messages the embedded demo
	// obeys and to which it posts events.
	AllowOrigins []string
}

func (o *siteOptions) addFlags(fs *flag.FlagSet) {
	fs.StringVar(&o.FrameAncestors, "frame-ancestors", "'self'", "CSP frame-ancestors: the sites that may embed the demo")
	fs.Func("allow-origin", "origins (comma-separated, or the flag repeated) of host pages that may embed and drive the demo", func(v string) error {
		origins, err := runner.ParseOrigins(v)
		o.AllowOrigins = append(o.AllowOrigins, origins...)
		return err
	})
}

// frameAncestors is the CSP list: the operator's, plus every allowed
// origin, since a page allowed to drive the demo must be able to embed it.
func (o siteOptions) frameAncestors() string {
	return strings.Join(append([]string{o.FrameAncestors}, o.AllowOrigins...), " ")
}

// checkFrameAncestors refuses a frame-ancestors value that would break out
// of its directive (";" or a line break would let it add others) or is
// empty.
func checkFrameAncestors(v string) error {
	if strings.TrimSpace(v) == "" || strings.ContainsAny(v, ";,\r\n") {
		return fmt.Errorf("-frame-ancestors %q: give sources separated by spaces, e.g. \"'self' https://tutorials.example\"", v)
	}
	return nil
}
