// Command floor is the bench's baseline: the smallest go-app app there can
// be, the one component of floorpage. The bench builds it to wasm with the
// demo's flags and serves it itself, so natively it does nothing.
package main

import "walletdemo/bench/floorpage"

func main() { floorpage.Run() }
