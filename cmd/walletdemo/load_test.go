//go:build load && !wasm

package main

import (
	"fmt"
	"io"
	"net/http"
	"os"
	"sort"
	"sync"
	"testing"
	"time"
)

// TestLoad sends concurrent clients at a demo server on 127.0.0.1 for a
// fixed time — the page, app.wasm in brotli and gzip, a deep link — and
// reports requests per second, latency percentiles and errors (which must
// be none). Run it with `make load` (LOAD_SECONDS, LOAD_CLIENTS to change).
func TestLoad(t *testing.T) {
	seconds, clients := envInt("LOAD_SECONDS", 30), envInt("LOAD_CLIENTS", 32)
	ts := startDemo(t)
	targets := []struct{ name, path, encoding string }{
		{"page /", "/", "gzip, br"},
		{"app.wasm (br)", "/web/app.wasm", "gzip, deflate, br"},
		{"app.wasm (gzip)", "/web/app.wasm", "gzip"},
		{"deep link", "/settings?lang=zh-Hans&utm_source=load", "gzip, br"},
	}
	type sample struct {
		target  int
		latency time.Duration
		err     error
		bytes   int64
	}
	var (
		mu      sync.Mutex
		samples []sample
		wg      sync.WaitGroup
	)
	client := &http.Client{Transport: &http.Transport{DisableCompression: true, MaxIdleConnsPerHost: clients}, Timeout: 30 * time.Second}
	deadline := time.Now().Add(time.Duration(seconds) * time.Second)
	for c := 0; c < clients; c++ {
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			for i := c; time.Now().Before(deadline); i++ {
				target := i % len(targets)
				req, _ := http.NewRequest(http.MethodGet, ts.URL+targets[target].path, nil)
				req.Header.Set("Accept-Encoding", targets[target].encoding)
				start := time.Now()
				res, err := client.Do(req)
				var n int64
				if err == nil {
					n, err = io.Copy(io.Discard, res.Body)
					res.Body.Close()
					if err == nil && res.StatusCode != http.StatusOK {
						err = fmt.Errorf("status %d", res.StatusCode)
					}
				}
				mu.Lock()
				samples = append(samples, sample{target, time.Since(start), err, n})
				mu.Unlock()
			}
		}(c)
	}
	wg.Wait()

	fmt.Printf("\nLoad: %d clients for %ds against 127.0.0.1 (in-process server, %s)\n\n", clients, seconds, time.Now().Format("2006-01-02"))
	fmt.Println("| request | requests/s | MB/s | p50 | p99 | errors |")
	fmt.Println("| --- | ---: | ---: | ---: | ---: | ---: |")
	errors := 0
	for i, tg := range targets {
		var lat []time.Duration
		var bytes int64
		errs := 0
		for _, s := range samples {
			if s.target != i {
				continue
			}
			if s.err != nil {
				errs++
				continue
			}
			lat = append(lat, s.latency)
			bytes += s.bytes
		}
		errors += errs
		sort.Slice(lat, func(a, b int) bool { return lat[a] < lat[b] })
		fmt.Printf("| %s | %.0f | %.1f | %s | %s | %d |\n", tg.name, float64(len(lat))/float64(seconds),
			float64(bytes)/1e6/float64(seconds), pct(lat, 50), pct(lat, 99), errs)
	}
	if errors > 0 {
		t.Errorf("%d requests failed", errors)
	}
}

func pct(sorted []time.Duration, p int) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	return sorted[(len(sorted)-1)*p/100].Round(10 * time.Microsecond)
}

func envInt(name string, def int) int {
	var v int
	if _, err := fmt.Sscan(os.Getenv(name), &v); err == nil && v > 0 {
		return v
	}
	return def
}
