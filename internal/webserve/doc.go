// Package webserve serves a go-app site safely: the web folder and nothing
// else, app.wasm and text files precompressed, security headers on every
// answer.
//
// It imports nothing of this module: cmd/walletdemo wires it to the app
// (internal/layers checks it).
package webserve
