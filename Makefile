# Wallet Demo. `make run` serves the demo on http://localhost:8000;
# `make test` runs every test. Both need only Go (and Chromium for the
# browser tests, which `make test` installs on Debian when missing).

GO     ?= go
ADDR   ?= :8000
DIR    ?= out/static
PREFIX ?=
LANGS  ?= en
WASM   := web/app.wasm
WASMENV := GOOS=js GOARCH=wasm
WASMEXEC := $(shell $(GO) env GOROOT)/lib/wasm/go_js_wasm_exec
# Every package but the runtime is built without inlining: an inlined
# function is compiled again, closures and all, into each caller, with its
# inlining tables. Brotli app.wasm: 1,746,675 bytes with only our packages
# so built, 1,675,437 with all but the runtime, 1,644,498 with all. The
# runtime keeps its inlining: its hot paths (allocation, maps, write
# barriers) run under every screen. The bench builds with the same flags
# (bench/build.go).
WASMFLAGS := -trimpath -gcflags=all=-l -gcflags=runtime=

.PHONY: run wasm test check test-load vet test-native test-wasm test-engines test-hosts load chromium engines static bench screens poster tour-media clean

run: wasm
	$(GO) run ./cmd/walletdemo -addr $(ADDR)

# app.wasm, trimmed; the server code stays out by build tags. Its data
# rewritten (internal/wasmdata, the memory image checked to be the same):
# as one segment (115 kB less brotli), and with Go's function table
# written by a start function (2.5 MB less raw, 16 kB less brotli). Then
# the brotli and gzip siblings of it and of web's text files, written in
# Go, which the server sends while they are newer than their files. And
# jsQR, pinned by npm, beside web/qrdetector.js: Scan's decoder where
# there is no BarcodeDetector.
wasm:
	@scripts/ensure-qr-reader
	$(WASMENV) $(GO) build $(WASMFLAGS) -ldflags="-s -w" -o $(WASM) ./cmd/walletdemo
	$(GO) run ./cmd/walletdemo wasmdata $(WASM)
	$(GO) run ./cmd/walletdemo compress $(WASM) web

test: vet test-wasm chromium wasm test-native test-engines

# The quick check while iterating: vet, the engine and the app's native
# tests, and one browser smoke test on a fresh app.wasm.
check: chromium wasm
	$(GO) vet ./...
	$(GO) test ./wallet/... ./app/... ./internal/browser ./internal/webserve
	$(GO) test -count=1 -run '^TestTabsNavigate$$' ./cmd/walletdemo

# make test with a CPU hog on every core for the whole run (RUNS=3 for
# three in a row): the suite must pass on a busy machine.
test-load:
	@scripts/test-under-load

vet:
	$(GO) vet ./...
	$(WASMENV) $(GO) vet ./app/... ./cmd/... ./wallet/...

# Native tests with the race detector; the browser tests (cmd/walletdemo)
# without it — they wait on Chromium, and it would slow the server they
# drive tenfold — two at a time. The other engines' tests run in
# test-engines and make screens.
test-native:
	$(GO) test -race $$($(GO) list ./... | grep -v /cmd/walletdemo)
	$(GO) test -parallel 2 -timeout 45m -skip '^TestEngines|^TestScreensEngines' ./cmd/walletdemo

# The cross-engine journeys (cmd/walletdemo/engines_browser_test.go and
# TestEnginesScanPhoto), each in Chromium, Firefox and WebKit, three
# browsers at a time: they wait on pages far more than they compute.
# TEST_ENGINES="firefox webkit" runs fewer engines.
test-engines: chromium engines wasm
	$(GO) test -run '^TestEngines' -parallel 3 -timeout 45m ./cmd/walletdemo

engines:
	@scripts/ensure-engines

# Packages that also run compiled to wasm, under Node.
test-wasm:
	$(WASMENV) $(GO) test -exec="$(WASMEXEC)" ./app/i18n ./wallet

chromium:
	@scripts/ensure-test-tools

# The static export served by real nginx and Caddy, root and prefix, online
# and offline. Needs Debian's nginx, libnginx-mod-http-brotli-static, caddy.
test-hosts: chromium wasm
	$(GO) test -tags hosts -run TestHosts -count=1 -timeout 10m ./cmd/walletdemo

# The load test: LOAD_CLIENTS concurrent clients for LOAD_SECONDS against
# the server on 127.0.0.1; prints requests/s, p50/p99 and errors (must be 0).
# Then a workshop room: ROOM_PHONES (40) phones on slow links join at once.
load: wasm
	$(GO) test -tags load -run '^TestLoad(Room)?$$' -count=1 -v -timeout 10m ./cmd/walletdemo

static: wasm
	$(GO) run ./cmd/walletdemo static -prefix "$(PREFIX)" $(DIR)

# Lighthouse (tools/lighthouse, pinned) runs against Debian's Chromium.
bench: chromium
	@scripts/ensure-test-tools lighthouse
	$(GO) run ./bench -readme

# Pictures of every main screen at 390×844 and 1280×800 into docs/screens,
# with their index; the list is in cmd/walletdemo/screens_test.go. Some of
# them in Firefox and WebKit too, beside Chromium's in engines.md. Flags
# need a colour emoji font (Debian's fonts-noto-color-emoji).
screens: chromium engines wasm
	@fc-list 2>/dev/null | grep -qi "color emoji" || apt-get install -y -qq fonts-noto-color-emoji >/dev/null 2>&1 || echo "screens: no colour emoji font; flags will show as boxes (apt-get install fonts-noto-color-emoji)"
	SCREENS_DIR=$(CURDIR)/docs/screens $(GO) test -run '^TestScreens(Engines)?$$' -count=1 ./cmd/walletdemo

# The picture embed.js's poster mode shows before a tap (web/poster.jpg):
# the first screen, as a JPEG under 30 KB.
poster: chromium wasm
	POSTER_OUT=$(CURDIR)/web/poster.jpg $(GO) test -run '^TestPoster$$' -count=1 ./cmd/walletdemo

# Each tour playing itself in Chromium at 390×844, per language of LANGS
# (en zh-Hans zh-Hant): an animated GIF and a picture per step, with their
# index, into docs/tours.
tour-media: chromium wasm
	$(GO) run ./cmd/tourmedia -langs "$(LANGS)"

clean:
	rm -rf out $(WASM) $(WASM).br $(WASM).gz
