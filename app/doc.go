// Package app is the demo's user interface: go-app components that call the
// wallet engine and render what it decides.
//
// Of this module it may import app/store, wallet, app/i18n and app/tour;
// nothing imports it but the commands and the bench (internal/layers
// checks both).
package app
