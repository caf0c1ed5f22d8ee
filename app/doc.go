// Package app is the demo's user interface: go-app components that call the
// wallet engine and render what it decides. What runs around them — the
// store, deep links, a host page, tours and their autoplay — is below, in
// app/runner and app/store.
//
// Of this module it may import app/runner, app/store, wallet, app/i18n and
// app/tour; nothing imports it but the commands and the bench
// (internal/layers checks both).
package app
