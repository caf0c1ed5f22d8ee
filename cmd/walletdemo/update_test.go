//go:build !wasm

package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/andybalholm/brotli"

	"walletdemo/internal/browser"
)

// newVersion copies the web folder and appends a custom section to its
// app.wasm: still a valid module, but another build with another version.
// Its compressed siblings are written fast (the server's best compression
// takes many seconds), before the server would write them.
func newVersion(t *testing.T, web string) string {
	t.Helper()
	dir := t.TempDir()
	if err := copyTree(web, dir); err != nil {
		t.Fatal(err)
	}
	wasm, err := os.ReadFile(filepath.Join(dir, "app.wasm"))
	if err != nil {
		t.Fatal(err)
	}
	// Section id 0 (custom), size 5, name length 4, name "next".
	wasm = append(wasm, 0, 5, 4, 'n', 'e', 'x', 't')
	var br, gz bytes.Buffer
	bw := brotli.NewWriterLevel(&br, brotli.BestSpeed)
	gw, _ := gzip.NewWriterLevel(&gz, gzip.BestSpeed)
	for _, w := range []io.WriteCloser{bw, gw} {
		if _, err := w.Write(wasm); err != nil || w.Close() != nil {
			t.Fatal("compressing the new version failed")
		}
	}
	for name, b := range map[string][]byte{"app.wasm": wasm, "app.wasm.br": br.Bytes(), "app.wasm.gz": gz.Bytes()} {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// The siblings must be newer than app.wasm to count as fresh.
	later := time.Now().Add(time.Minute)
	for _, name := range []string{"app.wasm.br", "app.wasm.gz"} {
		if err := os.Chtimes(filepath.Join(dir, name), later, later); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestUpdateBannerReloadsIntoTheNewVersion(t *testing.T) {
	ts := startCachingDemo(t)
	p := browser.NewPage(t)
	p.Open(ts.URL + "/me")
	waitCached(p)
	var before []string
	p.Eval(`caches.keys()`, &before)

	next := newVersion(t, webDir(t))
	h, err := newServer(config{Web: next, siteOptions: siteOptions{FrameAncestors: "'self'"}})
	if err != nil {
		t.Fatal(err)
	}
	ts.Stop()
	startServerAt(t, strings.TrimPrefix(ts.URL, "http://"), h)

	p.Reload()
	p.WaitText("A new version is ready.")
	p.Click("Reload")
	p.WaitLive()
	p.WaitGone("A new version is ready.")
	var after []string
	p.WaitTrue("only the new version's cache", `caches.keys().then((k) => k.length === 1 && k[0] !== `+browserJSON(before[0])+`)`)
	p.Eval(`caches.keys()`, &after)
	if len(before) != 1 || len(after) != 1 || before[0] == after[0] {
		t.Errorf("caches before %v, after %v: want one each, different", before, after)
	}
	p.WaitText("Pay and Services")
}
