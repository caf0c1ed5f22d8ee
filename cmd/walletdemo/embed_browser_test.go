//go:build !wasm

package main

import (
	"net"
	"net/http"
	"strings"
	"testing"

	"walletdemo/internal/browser"
)

// hostPage serves the example host page (and embed.js) from the web folder
// on addr: another origin than the demo's.
func hostPage(t *testing.T, addr string) *testServer {
	t.Helper()
	return startServerAt(t, addr, http.StripPrefix("/web/", http.FileServer(http.Dir(webDir(t)))))
}

// loopbackAddr returns a free port on the given loopback IP.
func loopbackAddr(t *testing.T, ip string) string {
	t.Helper()
	ln, err := net.Listen("tcp", ip+":0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

func TestEmbedInAnotherSite(t *testing.T) {
	hostAddr := loopbackAddr(t, "127.0.0.1")
	hostOrigin := "http://localhost:" + strings.Split(hostAddr, ":")[1]
	// A second site the operator lets frame the demo but not drive it.
	otherAddr := loopbackAddr(t, "127.0.0.2")
	otherOrigin := "http://" + otherAddr
	h, err := newServer(config{Web: webDir(t), siteOptions: siteOptions{
		FrameAncestors: "'self' " + otherOrigin,
		AllowOrigins:   []string{hostOrigin},
	}})
	if err != nil {
		t.Fatal(err)
	}
	demo := startServer(t, h)
	hostPage(t, hostAddr)
	hostPage(t, otherAddr)

	// The allowed host: it hears "ready", and its commands are obeyed.
	p := browser.NewPage(t)
	p.Visit(hostOrigin + "/web/embed-example.html?demo=" + demo.URL + "/")
	p.WaitText("ready {")
	frame := p.Frame(demo.URL)
	frame.WaitLive()
	var chrome string
	frame.Eval(`document.documentElement.className + "|" + getComputedStyle(document.querySelector(".phone")).borderTopWidth + "|" + document.body.innerText.includes("Install the demo")`, &chrome)
	if chrome != "embedded|0px|false" {
		t.Errorf("embedded, the demo shows its outer frame or an install prompt: %s", chrome)
	}
	p.Click("中文")
	frame.WaitTrue("the demo in Chinese", `document.documentElement.lang === "zh-Hans" || document.body.innerText.includes("我")`)
	p.Click("Start the guided tour")
	p.WaitText(`step {"event":"step","id":"open-me","index":0,"tour":"setup"`)
	frame.WaitTrue("the tour's first tip", `document.body.innerText.includes("第 1 步")`)
	// Doing the steps inside the frame completes the tour; the host hears it.
	frame.Click("我")
	frame.Click("支付与服务")
	frame.Click("钱包")
	frame.WaitTrue("step 4", `document.body.innerText.includes("第 4 步")`)
	p.WaitText(`"index":3`)
	p.Click("Start again")
	p.WaitText("reset {")
	// The host's reset is Settings' reset: only the language stays; the
	// persona, the wallet and the tour are gone, the first screen shows.
	frame.WaitTrue("the first screen", `!document.querySelector(".tour-tip") && document.body.innerText.includes("欢迎使用钱包演示")`)
	var stored string
	frame.Eval(`localStorage.getItem("walletdemo") || ""`, &stored)
	if !strings.Contains(stored, `"lang":"zh-Hans"`) || strings.Contains(stored, `"wallet"`) || strings.Contains(stored, `"tour"`) {
		t.Errorf("the embedded demo's document after a reset: %q", stored)
	}

	// The other site: the demo shows, but tells it nothing and obeys nothing.
	q := browser.NewPage(t)
	q.Visit(otherOrigin + "/web/embed-example.html?demo=" + demo.URL + "/")
	other := q.Frame(demo.URL)
	other.WaitLive()
	other.WaitTrue("the demo listening to its host", startDecided)
	other.Eval(`window.warned = []; const warn = console.warn; console.warn = (...a) => { warned.push(a.join(" ")); warn(...a); }; true`, nil)
	q.Click("中文") // embed.js holds it: the demo never said it was ready
	// A site posting to the frame itself is ignored, and the demo says so.
	q.Eval(`document.querySelector("iframe").contentWindow.postMessage({command: "set-lang", lang: "zh-Hans"}, "*"), true`, nil)
	other.WaitTrue("the demo's warning that it ignored the host", `warned.some((w) => w.includes("host message ignored from `+otherOrigin+`"))`)
	var log, text string
	q.Eval(`document.getElementById("log").textContent`, &log)
	other.Eval(`document.body.innerText`, &text)
	if log != "" {
		t.Errorf("a site not allowed received events: %q", log)
	}
	if strings.Contains(text, "我") {
		t.Error("a site not allowed changed the demo's language")
	}
}
