//go:build wasm

package main

import (
	"runtime/debug"
	"syscall/js"
)

// In the browser the collector runs on the page's only thread, so a
// collection that falls in a tap delays its answer. Collecting at five
// times the live heap rather than twice makes that rarer: tab taps at CPU
// x4, p95 of 3 × 50, 45–51 ms → 42–45 ms, for 21 MB of wasm memory
// after 80 tab switches instead of 13.
func init() { debug.SetGCPercent(400) }

// yieldToBrowser ends the browser task the program started in and goes on
// in a new one: the end of app.wasm's compilation, the Go runtime's start
// and the packages' set-up (tables, texts, routes) on one side, go-app's
// start and the first screen's mount on the other, so that neither holds
// the page's thread for the whole start-up (at CPU x4 a warm load's
// 430–490 ms task became about 300 and 110–140). A message on a channel
// of its own comes back in the next task without the wait a timer has in
// a hidden page. (A yield in app.js before the program starts cost about
// 100 ms of time to live in five warm loads; this one nothing measurable.)
func yieldToBrowser() {
	next := make(chan struct{})
	channel := js.Global().Get("MessageChannel").New()
	var resume js.Func
	resume = js.FuncOf(func(js.Value, []js.Value) any {
		resume.Release()
		close(next)
		return nil
	})
	channel.Get("port1").Set("onmessage", resume)
	channel.Get("port2").Call("postMessage", nil)
	<-next
}
