package main

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// TestWasmFlagsAreTheMakefiles holds the bench to the flags `make wasm`
// builds app.wasm with: a bench of another build would measure nothing.
func TestWasmFlagsAreTheMakefiles(t *testing.T) {
	mk, err := os.ReadFile("../Makefile")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^WASMFLAGS\s*:=(.*)$`).FindSubmatch(mk)
	if m == nil {
		t.Fatal("the Makefile sets no WASMFLAGS")
	}
	if got, want := strings.Fields(string(m[1])), wasmFlags; strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("the Makefile's WASMFLAGS are %q, the bench's %q", got, want)
	}
	if !regexp.MustCompile(`(?m)^\t.*build \$\(WASMFLAGS\) -ldflags="-s -w" -o \$\(WASM\)`).Match(mk) {
		t.Error("make wasm does not build with $(WASMFLAGS) and -s -w")
	}
	if !regexp.MustCompile(`(?m)^\t.*walletdemo wasmdata \$\(WASM\)$`).Match(mk) {
		t.Error("make wasm does not rewrite app.wasm's data (walletdemo wasmdata)")
	}
}
