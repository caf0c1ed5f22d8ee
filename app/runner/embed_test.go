package runner

import (
	"strings"
	"testing"

	"walletdemo/app/tour"
)

var allowed = []string{"https://tutorials.example", "http://localhost:8080"}

func TestParseHostMessage(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		origin, data string
		want         hostCommand
		ok           bool
	}{
		{"https://tutorials.example", `{"type":"walletdemo:command","command":"reset"}`, hostCommand{Command: "reset"}, true},
		{"http://localhost:8080", `{"type":"walletdemo:command","command":"set-lang","lang":"zh-HK"}`, hostCommand{Command: "set-lang", Lang: "zh-Hant-HK"}, true},
		{"https://tutorials.example", `{"type":"walletdemo:command","command":"start-tour","tour":"quick-pay"}`, hostCommand{Command: "start-tour", Tour: "quick-pay"}, true},
		{"https://tutorials.example", `{"type":"walletdemo:command","command":"goto-step","tour":"setup","step":2}`, hostCommand{Command: "goto-step", Tour: "setup", Step: 2}, true},
		{"https://tutorials.example", `{"type":"walletdemo:command","command":"start-tour","tour":"scan","autoplay":true,"loop":true,"idle":30}`, hostCommand{Command: "start-tour", Tour: "scan", Autoplay: true, Loop: true, Idle: 30}, true},
		// A loop without autoplay, or autoplay with goto-step, is dropped.
		{"https://tutorials.example", `{"type":"walletdemo:command","command":"start-tour","tour":"scan","loop":true}`, hostCommand{Command: "start-tour", Tour: "scan"}, true},
		{"https://tutorials.example", `{"type":"walletdemo:command","command":"goto-step","tour":"scan","autoplay":true}`, hostCommand{Command: "goto-step", Tour: "scan"}, true},
		{"https://tutorials.example", `{"type":"walletdemo:command","command":"start-tour","tour":"scan","autoplay":true,"loop":true,"idle":2}`, hostCommand{}, false},
		// Not allowed, or not the protocol.
		{"https://evil.example", `{"type":"walletdemo:command","command":"reset"}`, hostCommand{}, false},
		{"https://tutorials.example.evil", `{"type":"walletdemo:command","command":"reset"}`, hostCommand{}, false},
		{"", `{"type":"walletdemo:command","command":"reset"}`, hostCommand{}, false},
		{"null", `{"type":"walletdemo:command","command":"reset"}`, hostCommand{}, false},
		{"https://tutorials.example", `{"command":"reset"}`, hostCommand{}, false},
		{"https://tutorials.example", `{"type":"walletdemo:command","command":"format-disk"}`, hostCommand{}, false},
		{"https://tutorials.example", `{"type":"walletdemo:command","command":"set-lang","lang":"fr"}`, hostCommand{}, false},
		{"https://tutorials.example", `{"type":"walletdemo:command","command":"start-tour","tour":"<img src=x>"}`, hostCommand{}, false},
		{"https://tutorials.example", `{"type":"walletdemo:command","command":"goto-step","tour":"setup","step":-1}`, hostCommand{}, false},
		{"https://tutorials.example", `{"type":"walletdemo:command","command":"goto-step","tour":"setup","step":1e9}`, hostCommand{}, false},
		{"https://tutorials.example", `"reset"`, hostCommand{}, false},
		{"https://tutorials.example", `{"type":"walletdemo:command","command":"reset","pad":"` + strings.Repeat("x", maxMessage) + `"}`, hostCommand{}, false},
	} {
		got, err := parseHostMessage(c.origin, c.data, allowed)
		if (err == nil) != c.ok || got != c.want {
			t.Errorf("parseHostMessage(%q, %.60q) = %+v, %v; want %+v, ok %v", c.origin, c.data, got, err, c.want, c.ok)
		}
	}
}

func TestParseOrigins(t *testing.T) {
	t.Parallel()
	got, err := ParseOrigins("https://Tutorials.Example, http://localhost:8080 https://a.example:8443/")
	if err != nil || strings.Join(got, " ") != "https://tutorials.example http://localhost:8080 https://a.example:8443" {
		t.Errorf("got %q, %v", got, err)
	}
	for _, bad := range []string{"tutorials.example", "ftp://x.example", "https://x.example/path", "https://user@x.example", "https://x.example?q", "javascript:alert(1)", "*"} {
		if _, err := ParseOrigins(bad); err == nil {
			t.Errorf("ParseOrigins(%q) accepted", bad)
		}
	}
	if got, err := ParseOrigins(""); err != nil || len(got) != 0 {
		t.Errorf("empty list: %q, %v", got, err)
	}
}

func FuzzParseHostMessage(f *testing.F) {
	f.Add("https://tutorials.example", `{"type":"walletdemo:command","command":"goto-step","tour":"setup","step":2}`)
	f.Add("http://localhost:8080", `{"type":"walletdemo:command","command":"set-lang","lang":"zh-CN"}`)
	f.Add("https://evil.example", `{}`)
	f.Fuzz(func(t *testing.T, origin, data string) {
		c, err := parseHostMessage(origin, data, allowed)
		if err != nil {
			if c != (hostCommand{}) {
				t.Fatalf("refused message left a command: %+v", c)
			}
			return
		}
		if !originAllowed(origin, allowed) || len(data) > maxMessage {
			t.Fatalf("obeyed %q from %q", data, origin)
		}
		if c.Tour != "" && !isTourID(c.Tour) {
			t.Fatalf("tour %q passed", c.Tour)
		}
	})
}

// TestHostsCanStartEveryTour: every tour's id passes the protocol's check,
// so a host page can start any tour.
func TestHostsCanStartEveryTour(t *testing.T) {
	t.Parallel()
	for _, tr := range tour.All() {
		if !isTourID(tr.ID) {
			t.Errorf("tour id %q is malformed", tr.ID)
		}
	}
}
