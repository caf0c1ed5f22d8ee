//go:build load && !wasm

package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"walletdemo/wallet"
)

// TestLoadRoom is a workshop room: ROOM_PHONES phones (40) join at once,
// each over its own link slowed to a phone's (9 Mbit/s down, 165 ms round
// trip), and load what a browser loads: the page, the files it names,
// app.wasm in brotli, then a deep link. The server runs as its own process,
// the binary a trainer runs, so that its CPU time and peak memory are its
// own. It reports the time until the last phone has everything, the
// server's CPU and memory, and errors, which must be none.
func TestLoadRoom(t *testing.T) {
	phones := envInt("ROOM_PHONES", 40)
	const (
		downlink = 9e6 / 8 // bytes a second
		rtt      = 165 * time.Millisecond
	)
	base, pid := startServerProcess(t)
	// One phone alone first: what the link itself allows, the yardstick
	// of the room's figure.
	alone := time.Now()
	if _, err := joinRoom(base, newPhoneLink(downlink, rtt)); err != nil {
		t.Fatalf("one phone alone: %v", err)
	}
	aloneTook := time.Since(alone)
	load0 := loadAverage()
	cpu0, self0 := processCPU(t, pid), processCPU(t, os.Getpid())

	type result struct {
		took  time.Duration
		bytes int64
		err   error
	}
	results := make([]result, phones)
	start := time.Now()
	var wg sync.WaitGroup
	for i := range phones {
		wg.Add(1)
		go func() {
			defer wg.Done()
			began := time.Now()
			n, err := joinRoom(base, newPhoneLink(downlink, rtt))
			results[i] = result{time.Since(began), n, err}
		}()
	}
	wg.Wait()
	wall := time.Since(start)
	cpu, self := processCPU(t, pid)-cpu0, processCPU(t, os.Getpid())-self0
	peak := processPeakRSS(t, pid)

	var took []time.Duration
	var bytes int64
	errors := 0
	for _, r := range results {
		if r.err != nil {
			errors++
			t.Logf("a phone failed: %v", r.err)
			continue
		}
		took = append(took, r.took)
		bytes += r.bytes
	}
	sort.Slice(took, func(a, b int) bool { return took[a] < took[b] })
	perPhone := int64(0)
	if len(took) > 0 {
		perPhone = bytes / int64(len(took))
	}
	fmt.Printf("\nRoom: %d phones join at once, each over 9 Mbit/s with a 165 ms round trip (server process on 127.0.0.1, %s)\n\n", phones, time.Now().Format("2006-01-02"))
	fmt.Println("| phones | per phone | one phone alone | fastest | median | last phone has everything | server CPU | server peak memory | errors |")
	fmt.Println("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
	fmt.Printf("| %d | %.0f kB | %s | %s | %s | %s | %.2f s (%.0f%% of one core) | %.1f MB | %d |\n", phones, float64(perPhone)/1e3,
		aloneTook.Round(10*time.Millisecond), pct(took, 0).Round(10*time.Millisecond), pct(took, 50).Round(10*time.Millisecond), wall.Round(10*time.Millisecond),
		cpu.Seconds(), 100*cpu.Seconds()/wall.Seconds(), float64(peak)/1e6, errors)
	fmt.Printf("\nLoad average (1 min) %s before, %s after, on %d CPUs; the phones' simulation used %.2f s of CPU.\n", load0, loadAverage(), runtime.NumCPU(), self.Seconds())
	if errors > 0 {
		t.Errorf("%d of %d phones failed", errors, phones)
	}
}

// resourceRef finds the files a page names: scripts, styles, the manifest.
var resourceRef = regexp.MustCompile(`(?:src|href)="(/[^"]+\.(?:js|css|webmanifest))"`)

// joinRoom loads the demo as a phone's browser does over link, returning
// the bytes it received: the page, then the files it names (six at a time,
// as a browser), then app.wasm in brotli, then a deep link.
func joinRoom(base string, link *phoneLink) (int64, error) {
	client := &http.Client{
		Transport: &http.Transport{DialContext: link.dial, DisableCompression: true, MaxConnsPerHost: 6, MaxIdleConnsPerHost: 6},
		Timeout:   2 * time.Minute,
	}
	defer client.CloseIdleConnections()
	var total int64
	var mu sync.Mutex
	get := func(path string) ([]byte, error) {
		req, _ := http.NewRequest(http.MethodGet, base+path, nil)
		req.Header.Set("Accept-Encoding", "gzip, deflate, br")
		res, err := client.Do(req)
		if err != nil {
			return nil, err
		}
		defer res.Body.Close()
		body, err := io.ReadAll(res.Body)
		mu.Lock()
		total += int64(len(body))
		mu.Unlock()
		if err == nil && res.StatusCode != http.StatusOK {
			err = fmt.Errorf("%s: status %d", path, res.StatusCode)
		}
		return body, err
	}
	page, err := get("/")
	if err != nil {
		return 0, err
	}
	refs := resourceRef.FindAllStringSubmatch(string(page), -1)
	if len(refs) == 0 {
		return 0, fmt.Errorf("the page names no scripts or styles")
	}
	errs := make(chan error, len(refs))
	for _, ref := range refs {
		go func() { _, err := get(ref[1]); errs <- err }()
	}
	for range refs {
		if err := <-errs; err != nil {
			return 0, err
		}
	}
	if _, err := get("/web/app.wasm"); err != nil {
		return 0, err
	}
	if _, err := get(wallet.EncodeMerchantQR(wallet.MerchantQR{Merchant: wallet.Merchants()[0], Currency: wallet.CNY, Amount: 880})); err != nil {
		return 0, err
	}
	return total, nil
}

// phoneLink is one phone's radio link: everything the server sends it
// shares the downlink's bandwidth and arrives half a round trip later.
type phoneLink struct {
	rate  float64 // bytes a second
	delay time.Duration
	mu    sync.Mutex
	free  time.Time // when the downlink has sent what it was given
}

func newPhoneLink(rate float64, rtt time.Duration) *phoneLink {
	return &phoneLink{rate: rate, delay: rtt / 2}
}

// arrival is when n bytes the server sends now reach the phone.
func (l *phoneLink) arrival(n int) time.Time {
	l.mu.Lock()
	defer l.mu.Unlock()
	start := time.Now()
	if l.free.After(start) {
		start = l.free
	}
	l.free = start.Add(time.Duration(float64(n) / l.rate * float64(time.Second)))
	return l.free.Add(l.delay)
}

// dial opens a connection over the link: the TCP handshake costs a round
// trip.
func (l *phoneLink) dial(ctx context.Context, network, addr string) (net.Conn, error) {
	wait(ctx, time.Now().Add(2*l.delay))
	c, err := (&net.Dialer{}).DialContext(ctx, network, addr)
	if err != nil {
		return nil, err
	}
	s := &slowConn{Conn: c, link: l, chunks: make(chan chunk, 4)}
	go s.receive()
	return s, nil
}

// wait blocks until at, the link's clock, or until ctx ends.
func wait(ctx context.Context, at time.Time) {
	timer := time.NewTimer(time.Until(at))
	defer timer.Stop()
	select {
	case <-timer.C:
	case <-ctx.Done():
	}
}

// slowConn is a connection whose reads arrive as over its link. Its
// receive buffer is 4 chunks of up to 64 kB, about a phone's TCP window,
// so a slow phone holds the server back as a real one does; large chunks
// keep the wake-ups few on a busy machine.
type slowConn struct {
	net.Conn
	link   *phoneLink
	chunks chan chunk
	buf    []byte
	err    error
}

type chunk struct {
	data []byte
	at   time.Time
	err  error
}

func (s *slowConn) receive() {
	for {
		b := make([]byte, 64<<10)
		n, err := s.Conn.Read(b)
		if n > 0 {
			s.chunks <- chunk{data: b[:n], at: s.link.arrival(n)}
		}
		if err != nil {
			s.chunks <- chunk{err: err}
			close(s.chunks)
			return
		}
	}
}

func (s *slowConn) Read(p []byte) (int, error) {
	if len(s.buf) == 0 {
		if s.err != nil {
			return 0, s.err
		}
		c := <-s.chunks
		if c.err != nil {
			s.err = c.err
			return 0, c.err
		}
		wait(context.Background(), c.at)
		s.buf = c.data
	}
	n := copy(p, s.buf)
	s.buf = s.buf[n:]
	return n, nil
}

// Write sends a request, which reaches the server half a round trip later.
func (s *slowConn) Write(p []byte) (int, error) {
	wait(context.Background(), time.Now().Add(s.link.delay))
	return s.Conn.Write(p)
}

// Close closes the connection and lets receive end.
func (s *slowConn) Close() error {
	err := s.Conn.Close()
	go func() {
		for range s.chunks { // until receive, which the close ends, is done
		}
	}()
	return err
}

// startServerProcess builds the walletdemo binary and runs it on a free
// loopback port, serving the repository's web folder; it returns the base
// URL and the process id once the server answers.
func startServerProcess(t *testing.T) (string, int) {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "walletdemo")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	ln, err := net.Listen("tcp4", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	cmd := exec.Command(bin, "-addr", addr, "-web", webDir(t), "-qr=false")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Signal(os.Interrupt); cmd.Wait() })
	base := "http://" + addr
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		if res, err := http.Get(base + "/healthz"); err == nil {
			res.Body.Close()
			if res.StatusCode == http.StatusOK {
				return base, cmd.Process.Pid
			}
		}
		if time.Now().After(deadline) {
			t.Fatal("the server did not answer /healthz within 30 s")
		}
	}
}

// loadAverage is the machine's load average over the last minute.
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	return strings.Fields(string(b))[0]
}

// processCPU is the user and system CPU time process pid has used, from
// /proc (Linux), in clock ticks of 1/100 s.
func processCPU(t *testing.T, pid int) time.Duration {
	t.Helper()
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		t.Fatal(err)
	}
	// Fields after the command name, which may hold spaces: utime and
	// stime are the 14th and 15th of the line.
	f := strings.Fields(string(b[strings.LastIndexByte(string(b), ')')+1:]))
	utime, _ := strconv.ParseInt(f[11], 10, 64)
	stime, _ := strconv.ParseInt(f[12], 10, 64)
	return time.Duration(utime+stime) * 10 * time.Millisecond
}

// processPeakRSS is the most resident memory process pid has held, in
// bytes (VmHWM).
func processPeakRSS(t *testing.T, pid int) int64 {
	t.Helper()
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			return kb << 10
		}
	}
	t.Fatal("no VmHWM in /proc status")
	return 0
}
