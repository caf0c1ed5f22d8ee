// Package tourmedia records a guided tour as the app plays it in headless
// Chromium — the screen's frames, a picture at each step — and encodes the
// frames as a small animated GIF with a palette made for the demo's flat,
// green-and-grey UI.
//
// Of this module it may import only app/i18n and app/tour (internal/layers
// checks it).
package tourmedia
