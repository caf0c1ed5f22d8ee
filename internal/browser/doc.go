// Package browser drives a real headless Chromium for the end-to-end tests:
// one browser a test binary, a fresh profile (browser context) a test, and
// helpers that act as a person does — click what has a visible label, type
// into a labelled field, read the screen.
//
// Launch starts the same browser for programs, such as the bench.
//
// Of this module it may import only internal/browser/webdriver; tests,
// commands and the bench import it, the app never (internal/layers checks
// it).
package browser
