package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strconv"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"walletdemo/internal/webserve"
)

// server is a site being served on a loopback port.
type server struct {
	url  string
	stop func()
}

// startApp runs the demo's own server binary on the web folder web, its
// log going to logFile.
func startApp(bin, web, logFile string) (*server, error) {
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	logs, err := os.Create(logFile)
	if err != nil {
		return nil, err
	}
	addr := net.JoinHostPort("127.0.0.1", strconv.Itoa(port))
	cmd := exec.Command(bin, "-addr", addr, "-web", web)
	cmd.Stdout, cmd.Stderr = logs, logs
	if err := cmd.Start(); err != nil {
		logs.Close()
		return nil, err
	}
	s := &server{url: "http://" + addr + "/", stop: func() {
		// SIGINT: the server shuts down gracefully.
		cmd.Process.Signal(os.Interrupt)
		cmd.Wait()
		logs.Close()
	}}
	if err := waitUp(s.url + "healthz"); err != nil {
		s.stop()
		return nil, fmt.Errorf("the demo's server (log in %s): %w", logFile, err)
	}
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

// floorPage stands natively for the floor's one component, whose package
// cannot be imported: go-app prerenders a route's component into the page,
// and this is the markup the floor's renders.
type floorPage struct{ app.Compo }

func (*floorPage) Render() app.UI { return app.P().Text("Floor") }

// startFloor serves the floor from the web folder web in this process, as
// the demo's server serves the demo: go-app's handler for the pages, the
// web folder by webserve.Files, all behind webserve.Secure. workerFile is
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
	app.Route("/", func() app.Composer { return &floorPage{} })
	mux := http.NewServeMux()
	mux.Handle("/web/", files)
	mux.Handle("/", &app.Handler{
		Name:                  "Floor",
		Title:                 "Floor",
		Icon:                  icons,
		CacheableResources:    []string{icons.SVG},
		Resources:             webserve.Prefixed(""),
		Version:               wasm.Version,
		WasmContentLength:     strconv.FormatInt(wasm.Size, 10),
		ServiceWorkerTemplate: string(worker),
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	srv := &http.Server{Handler: webserve.Secure("'self'", mux), ReadHeaderTimeout: 5 * time.Second}
	go srv.Serve(ln)
	return &server{url: "http://" + ln.Addr().String() + "/", stop: func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(ctx)
	}}, nil
}
