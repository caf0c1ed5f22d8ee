package main

import (
	"errors"
	"fmt"
	"mime"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"walletdemo/bench/floorpage"
	"walletdemo/internal/webserve"
)

// server is a site being served on a loopback port. stop really stops
// serving (the port refuses connections), for the offline loads; start
// serves again at the same address.
type server struct {
	url         string
	start, stop func() error
}

// startApp runs the demo's own server binary on the web folder web, its
// log going to logFile.
func startApp(bin, web, logFile string) (*server, error) {
	return startProcess(logFile, "healthz", func(addr string) *exec.Cmd {
		return exec.Command(bin, "-addr", addr, "-web", web)
	})
}

// startStock runs the stock floor's binary in dir, whose web folder
// go-app's handler serves, its log going to logFile.
func startStock(bin, dir, logFile string) (*server, error) {
	return startProcess(logFile, "", func(addr string) *exec.Cmd {
		cmd := exec.Command(bin, "-addr", addr)
		cmd.Dir = dir
		return cmd
	})
}

// startProcess runs the server newCmd makes for a loopback address, and
// waits until its health path answers.
func startProcess(logFile, health string, newCmd func(addr string) *exec.Cmd) (*server, error) {
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	logs, err := os.Create(logFile)
	if err != nil {
		return nil, err
	}
	addr := net.JoinHostPort("127.0.0.1", strconv.Itoa(port))
	s := &server{url: "http://" + addr + "/"}
	var cmd *exec.Cmd
	s.start = func() error {
		cmd = newCmd(addr)
		cmd.Stdout, cmd.Stderr = logs, logs
		if err := cmd.Start(); err != nil {
			return err
		}
		if err := waitUp(s.url + health); err != nil {
			s.stop()
			return fmt.Errorf("%s (log in %s): %w", cmd.Path, logFile, err)
		}
		return nil
	}
	s.stop = func() error {
		// SIGINT: the demo's server shuts down gracefully, the stock
		// floor's dies.
		cmd.Process.Signal(os.Interrupt)
		cmd.Wait()
		return nil
	}
	if err := s.start(); err != nil {
		logs.Close()
		return nil, err
	}
	return s, nil
}

// serve serves h in this process on a loopback port of its own.
func serve(h http.Handler) (*server, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	addr := ln.Addr().String()
	s := &server{url: "http://" + addr + "/"}
	var srv *http.Server
	run := func(ln net.Listener) {
		srv = &http.Server{Handler: h, ReadHeaderTimeout: 5 * time.Second}
		go srv.Serve(ln)
	}
	s.start = func() error {
		ln, err := net.Listen("tcp", addr)
		if err == nil {
			run(ln)
		}
		return err
	}
	// Close, not Shutdown: the browser's open connections go too.
	s.stop = func() error { return srv.Close() }
	run(ln)
	return s, nil
}

// freePort asks the system for a loopback port no one listens on.
func freePort() (int, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port, nil
}

// waitUp waits until url answers 200 OK.
func waitUp(url string) error {
	deadline := time.Now().Add(15 * time.Second)
	for {
		res, err := http.Get(url)
		if err == nil {
			res.Body.Close()
			if res.StatusCode == http.StatusOK {
				return nil
			}
			err = errors.New(res.Status)
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("%s does not answer: %w", url, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// icons are the demo's icon paths (cmd/walletdemo), which the floor's web
// folder has too: go-app's defaults are remote.
var icons = app.Icon{
	Default:  "/web/icons/icon-192.png",
	Large:    "/web/icons/icon-512.png",
	Maskable: "/web/icons/icon-maskable-512.png",
	SVG:      "/web/icons/icon.svg",
}

// startFloor serves the floor from the web folder web in this process, as
// the demo's server serves the demo: go-app's handler for the pages (its
// pages and app.js through webserve.WasmLoader, its answers
// webserve.Compressed), the web folder by webserve.Files, all behind
// webserve.Secure. workerFile is
// the demo's service worker template; the floor uses it too, because
// go-app's own worker activates before its cache is filled, and a warm
// load must find everything cached.
func startFloor(web, workerFile string) (*server, error) {
	wasm, err := webserve.LoadWasm(web)
	if err != nil {
		return nil, err
	}
	files, err := webserve.NewFiles(web, wasm)
	if err != nil {
		return nil, err
	}
	worker, err := os.ReadFile(workerFile)
	if err != nil {
		return nil, err
	}
	// go-app prerenders the route's component into the page.
	app.Route("/", func() app.Composer { return &floorpage.Page{} })
	mux := http.NewServeMux()
	mux.Handle("/web/", files)
	mux.Handle("/", webserve.Compressed(webserve.WasmLoader(&app.Handler{
		Name:                  "Floor",
		Title:                 "Floor",
		Icon:                  icons,
		CacheableResources:    []string{icons.SVG},
		Resources:             webserve.Prefixed(""),
		Version:               wasm.Version,
		WasmContentLength:     strconv.FormatInt(wasm.Size, 10),
		ServiceWorkerTemplate: string(worker),
	}, "/web/app.wasm")))
	return serve(webserve.Secure("'self'", mux))
}

// staticHost serves the static export in dir as a plain static file
// server does, nginx with brotli_static and try_files $uri $uri.html
// $uri/index.html: a file's .br sibling to clients that accept brotli,
// nothing generated, no Go app.
func staticHost(dir string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		base := filepath.Join(dir, filepath.FromSlash(path.Clean("/"+r.URL.Path)))
		for _, f := range []string{base, base + ".html", filepath.Join(base, "index.html")} {
			if !isFile(f) {
				continue
			}
			w.Header().Set("Vary", "Accept-Encoding")
			if strings.Contains(r.Header.Get("Accept-Encoding"), "br") && isFile(f+".br") {
				w.Header().Set("Content-Type", mime.TypeByExtension(filepath.Ext(f)))
				w.Header().Set("Content-Encoding", "br")
				f += ".br"
			}
			http.ServeFile(w, r, f)
			return
		}
		http.NotFound(w, r)
	})
}

// isFile reports whether name is a regular file.
func isFile(name string) bool {
	st, err := os.Stat(name)
	return err == nil && st.Mode().IsRegular()
}
