// Package wasmdata rewrites the data section of a WebAssembly module as a
// single segment.
//
// Go's linker starts a new data segment at every run of eight or more zero
// bytes, up to its cap of 100,000 segments. Each segment costs its own
// header (flags, offset expression, length), and those headers compress
// badly: in app.wasm they cost over 100 kB of brotli. One segment that
// spells the zeros out instead compresses far better, and since linear
// memory starts zeroed the memory image is byte for byte the same. OneSegment
// checks that it is before it answers.
//
// It imports nothing of this module (internal/layers checks it).
package wasmdata
