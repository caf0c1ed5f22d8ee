// Package wasmdata rewrites the data of a WebAssembly module Go built so
// that it is smaller, compressed and not: as a single segment, and with
// the runtime's function table written as the module is instantiated
// (Rewrite).
//
// Go's linker starts a new data segment at every run of eight or more zero
// bytes, up to its cap of 100,000 segments. Each segment costs its own
// header (flags, offset expression, length), and those headers compress
// badly: in app.wasm they cost over 100 kB of brotli. One segment that
// spells the zeros out instead compresses far better, and since linear
// memory starts zeroed the memory image is byte for byte the same. OneSegment
// checks that it is before it answers.
//
// The runtime's findfunctab, 320 bytes for each function on wasm, is a
// fifth of app.wasm and follows a rule a loop can write: FuncTabAtStart
// cuts it out of the data and adds a start function that writes it. It
// checks that the memory, once the start function has run, is the same.
//
// It imports nothing of this module (internal/layers checks it).
package wasmdata
