// Package tour holds the guided tours as data — which screen, which
// control, which words, and what the user must really do to go on — and
// the rule that decides when a step is done. It knows nothing of go-app,
// so the tours are tested natively, and a renamed screen fails a test.
//
// Of this module it may import only wallet (internal/layers checks it).
package tour
