package main

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func TestPhoneLink(t *testing.T) {
	body := strings.Repeat("x", phoneThroughput/4) // a quarter second's worth
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, body) }))
	defer site.Close()
	url, stop, err := phoneLink(site.URL + "/")
	if err != nil {
		t.Fatal(err)
	}
	defer stop()
	start := time.Now()
	res, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	got, err := io.ReadAll(res.Body)
	res.Body.Close()
	took := time.Since(start)
	if err != nil || string(got) != body {
		t.Fatalf("read %d bytes through the link (%v), want %d", len(got), err, len(body))
	}
	if least := phoneLatency + 250*time.Millisecond; took < least || took > 3*least {
		t.Errorf("%d bytes took %s through the link, want about %s", len(body), took, least)
	}
}
