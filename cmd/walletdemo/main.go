// Command walletdemo is the Wallet Demo: in a browser (GOOS=js GOARCH=wasm)
// it is the app; natively it serves the app, exports it as a static site, or
// precompresses app.wasm.
package main

import (
	"os"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	ui "walletdemo/app"
)

func main() {
	ui.Register()
	yieldToBrowser()
	app.RunWhenOnBrowser()
	os.Exit(run(os.Args[1:]))
}
