//go:build wasm

package main

// run is never reached in the browser: app.RunWhenOnBrowser does not
// return there. It exists so that main compiles in both builds while the
// server code stays out of app.wasm.
func run([]string) int { return 0 }
