package store

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// storageReplaced and sessionReplaced record that the browser's localStorage
// or sessionStorage could not even be reached (storage disabled, or absent)
// and stands replaced by an empty one: the store then keeps to memory and
// says so.
var storageReplaced, sessionReplaced bool

func init() {
	if app.IsClient {
		storageReplaced = replaceUnreachableStorage("localStorage")
		sessionReplaced = replaceUnreachableStorage("sessionStorage")
	}
}

// replaceUnreachableStorage puts an empty stand-in in place of window[name]
// when reading it throws or finds nothing, and reports whether it did. go-app
// reads localStorage as it starts, and would stop the demo with a panic.
func replaceUnreachableStorage(name string) bool {
	if reachable(name) {
		return false
	}
	w := app.Window()
	none := app.FuncOf(func(app.Value, []app.Value) any { return nil })
	empty := map[string]any{"getItem": none, "setItem": none, "removeItem": none, "key": none, "clear": none, "length": 0}
	w.Get("Object").Call("defineProperty", w, name, map[string]any{"value": empty, "configurable": true})
	return true
}

// reachable reports whether window[name] can be read and is an object. It
// reads through Reflect.get: a getter that throws under a plain Get ends the
// whole program, while a throw in a Call comes back as a panic.
func reachable(name string) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	w := app.Window()
	return w.Get("Reflect").Call("get", w, name).Truthy()
}
