// Command stockfloor is the stock floor: the floor's one component built
// and served as go-app documents it, server and client in one binary, a
// plain `go build` of each, go-app's handler (its own service worker, the
// web folder as it is, uncompressed). The bench builds it to set the
// demo's pipeline beside go-app's own.
package main

import (
	"flag"
	"log"
	"net/http"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"walletdemo/bench/floorpage"
)

func main() {
	addr := flag.String("addr", ":8000", "address to listen on")
	flag.Parse()
	floorpage.Run()
	http.Handle("/", &app.Handler{
		Name:        "Floor",
		Description: "An empty go-app app",
		// The one departure from go-app's defaults, which are remote: a
		// load must not depend on the internet.
		Icon: app.Icon{Default: "/web/icons/icon-192.png", Large: "/web/icons/icon-512.png", SVG: "/web/icons/icon.svg"},
	})
	log.Fatal(http.ListenAndServe(*addr, nil))
}
