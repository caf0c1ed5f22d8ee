package main

import (
	"net"
	"net/url"
	"sync"
	"time"
)

// The phone-like network: 9 Mbit/s each way, 165 ms round trip.
const (
	phoneLatency    = 165 * time.Millisecond
	phoneThroughput = 9_000_000 / 8 // bytes/s
)

// phoneLink serves a phone-like network in front of the site at siteURL
// and returns its own URL, a different origin. It slows every byte, what
// the service worker fetches included, which Chromium's network emulation
// does not reach: once the new worker controls the page, the page's own
// download of app.wasm can go through it, and the emulation made a cold
// load faster than app.wasm's transfer alone. Each byte waits half the
// round trip each way, and each direction's bytes, of every connection,
// share its bandwidth.
func phoneLink(siteURL string) (string, func(), error) {
	u, err := url.Parse(siteURL)
	if err != nil {
		return "", nil, err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", nil, err
	}
	down, up := &pacer{perByte: time.Second / phoneThroughput}, &pacer{perByte: time.Second / phoneThroughput}
	go func() {
		for {
			client, err := ln.Accept()
			if err != nil {
				return
			}
			go func() {
				site, err := net.Dial("tcp", u.Host)
				if err != nil {
					client.Close()
					return
				}
				var wg sync.WaitGroup
				wg.Go(func() { delayed(site, client, up) })
				wg.Go(func() { delayed(client, site, down) })
				wg.Wait()
				client.Close()
				site.Close()
			}()
		}
	}()
	return "http://" + ln.Addr().String() + "/", func() { ln.Close() }, nil
}

// delayed copies src to dst, each chunk half a round trip late and paced
// by p, then closes dst for writing.
func delayed(dst, src net.Conn, p *pacer) {
	type chunk struct {
		data []byte
		due  time.Time
	}
	chunks := make(chan chunk, 4096)
	go func() {
		defer close(chunks)
		for {
			buf := make([]byte, 16<<10)
			n, err := src.Read(buf)
			if n > 0 {
				chunks <- chunk{buf[:n], time.Now().Add(phoneLatency / 2)}
			}
			if err != nil {
				return
			}
		}
	}()
	for c := range chunks {
		time.Sleep(time.Until(c.due))
		p.wait(len(c.data))
		if _, err := dst.Write(c.data); err != nil {
			src.Close()
			break
		}
	}
	// Drain what is left, so the reader ends.
	for range chunks {
	}
	if tc, ok := dst.(*net.TCPConn); ok {
		tc.CloseWrite()
	}
}

// pacer shares a bandwidth among connections: each send of n bytes waits
// until the sends before it have had their time.
type pacer struct {
	perByte time.Duration
	mu      sync.Mutex
	free    time.Time // when the link is next free
}

func (p *pacer) wait(n int) {
	p.mu.Lock()
	start := time.Now()
	if p.free.After(start) {
		start = p.free
	}
	p.free = start.Add(time.Duration(n) * p.perByte)
	end := p.free
	p.mu.Unlock()
	time.Sleep(time.Until(end))
}
