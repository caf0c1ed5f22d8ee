package runner

import (
	"encoding/json"
	"net/netip"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"walletdemo/app/store"
)

// RoomPath is where the demo's server tells a page opened on its own
// machine the addresses phones in the room can open. A static host has
// nothing there.
const RoomPath = "/room.json"

// RoomAddresses is the server's answer at RoomPath.
type RoomAddresses struct {
	// Join are the addresses (scheme, host, port) best first.
	Join []string `json:"join"`
}

// IsLoopbackHost tells whether host, a URL's host name, names the machine
// the browser runs on, which no other device can open.
func IsLoopbackHost(host string) bool {
	host = strings.ToLower(strings.TrimSuffix(host, "."))
	if host == "localhost" || strings.HasSuffix(host, ".localhost") {
		return true
	}
	ip, err := netip.ParseAddr(strings.Trim(host, "[]"))
	return err == nil && (ip.IsLoopback() || ip.IsUnspecified())
}

// FetchRoom asks the server for the room's addresses and hands them to
// done on the UI goroutine. An answer that is missing (a static host) or
// not the server's JSON (a host answering every path with the page)
// leaves done uncalled.
func FetchRoom(ctx app.Context, done func(ctx app.Context, join []string)) {
	var onResponse, onText, onFail app.Func
	release := func() {
		onResponse.Release()
		onText.Release()
		onFail.Release()
	}
	onResponse = app.FuncOf(func(this app.Value, args []app.Value) any {
		if !args[0].Get("ok").Truthy() {
			release()
			return nil
		}
		args[0].Call("text").Call("then", onText, onFail)
		return nil
	})
	onText = app.FuncOf(func(this app.Value, args []app.Value) any {
		release()
		var room RoomAddresses
		if json.Unmarshal([]byte(args[0].String()), &room) != nil {
			return nil
		}
		ctx.Dispatch(func(ctx app.Context) { done(ctx, room.Join) })
		return nil
	})
	onFail = app.FuncOf(func(this app.Value, args []app.Value) any {
		release()
		return nil
	})
	if !store.CallJS(func() {
		app.Window().Call("fetch", Prefixed(RoomPath), map[string]any{"cache": "no-store"}).Call("then", onResponse, onFail)
	}) {
		release()
	}
}
