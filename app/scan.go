package app

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"walletdemo/app/runner"
	"walletdemo/wallet"
)

// scanPage is "/scan": the camera where the browser has one, a photo, and
// the demo's merchant codes to pick. A merchant code opens the pay flow.
// Codes are read by the browser's BarcodeDetector where it has one, else
// by web/qrdetector.js with jsQR, loaded only then: a Go decoder (gozxing)
// would add 373 KB of brotli to app.wasm for every visitor.
type scanPage struct {
	page
	// status is the catalogue key of what the camera or photo did.
	status string
	stream app.Value
	// polls counts camera sessions, so that a stopped one stops polling.
	polls int
}

// OnMount loads the fallback QR reader where the browser has no
// BarcodeDetector.
func (s *scanPage) OnMount(ctx app.Context) {
	s.page.OnMount(ctx)
	w := app.Window()
	if w.Get("BarcodeDetector").Truthy() || w.Get("WalletDemoQRDetector").Truthy() {
		return
	}
	doc := w.Get("document")
	qrScript = doc.Call("createElement", "script")
	qrScript.Set("src", runner.Prefixed("/web/qrdetector.js"))
	var settled app.Func
	settled = app.FuncOf(func(this app.Value, args []app.Value) any {
		settled.Release()
		qrScript = nil
		return nil
	})
	qrScript.Call("addEventListener", "load", settled)
	qrScript.Call("addEventListener", "error", settled)
	doc.Get("head").Call("appendChild", qrScript)
}

// qrScript is the fallback reader's script element while it loads.
var qrScript app.Value

// withDetector calls f with the QR reader (see detector) once the fallback
// reader's script, if it is loading, has loaded or failed: a tap on the
// camera right after the screen opens must not find no reader.
func withDetector(ctx app.Context, f func(ctx app.Context, det app.Value, ok bool)) {
	if det, ok := detector(); ok || qrScript == nil {
		f(ctx, det, ok)
		return
	}
	var settled app.Func
	settled = app.FuncOf(func(this app.Value, args []app.Value) any {
		settled.Release()
		ctx.Dispatch(func(ctx app.Context) {
			det, ok := detector()
			f(ctx, det, ok)
		})
		return nil
	})
	qrScript.Call("addEventListener", "load", settled)
	qrScript.Call("addEventListener", "error", settled)
}

// OnDismount turns the camera off.
func (s *scanPage) OnDismount() { s.stopCamera() }

// Render implements app.Composer.
func (s *scanPage) Render() app.UI {
	cur := wallet.CNY
	if st := runner.Store().Wallet(); st != nil {
		cur = st.Entry(runner.Store().Now()).Currency
	}
	cameraOn := s.stream != nil && s.stream.Truthy()
	// Outside a secure context the browser has neither camera nor code
	// reader; the phone's own camera app still opens the code's link.
	insecure := app.IsClient && !app.Window().Get("isSecureContext").Truthy()
	return s.shell(screen{Title: s.t("scan.title"), Back: "/", Money: true, Body: []app.UI{
		app.If(insecure, func() app.UI { return div("form", para("hint", s.t("scan.insecure"))) }),
		app.If(!insecure, func() app.UI { return s.readers(cameraOn) }),
		app.Elem("h2").Class("group-title").Text(s.t("scan.democodes")),
		div("group",
			app.Range(demoCodes(cur)).Slice(func(i int) app.UI {
				c := demoCodes(cur)[i]
				label := c.Merchant.Name
				if c.Amount != 0 {
					label += " · " + wallet.FormatAmount(c.Amount, cur)
				}
				return cell(wallet.EncodeMerchantQR(c), "", label)
			}),
		),
	}})
}

// readers are the camera and the photo, which read codes in a secure
// context.
func (s *scanPage) readers(cameraOn bool) app.UI {
	return app.Div().Body(
		div("scan-view",
			app.Elem("video").ID("scan-video").Class("scan-video").Attr("playsinline", "true").Attr("muted", "true").Aria("label", s.t("scan.viewfinder")),
			app.Div().Class("scan-frame").Aria("hidden", "true"),
		),
		div("form",
			app.If(!cameraOn, func() app.UI { return button(s.t("scan.camera"), true, s.openCamera) }),
			app.If(cameraOn, func() app.UI {
				return button(s.t("scan.stop"), false, func(ctx app.Context, e app.Event) { s.stopCamera() })
			}),
			app.Label().For("scan-photo").Class("btn").Text(s.t("scan.photo")),
			app.Input().ID("scan-photo").Class("visually-hidden").Type("file").Accept("image/*").OnChange(s.readPhoto),
			app.If(s.status != "", func() app.UI { return app.P().Class("hint").Attr("role", "status").Text(s.t(s.status)) }),
			errorBox(s.errText(s.err)),
		),
	)
}

// demoCodes are the merchant codes the scan screen offers to pick: each
// demo merchant's static code, and one that fixes its amount.
func demoCodes(cur wallet.Currency) []wallet.MerchantQR {
	var codes []wallet.MerchantQR
	for _, m := range wallet.Merchants() {
		codes = append(codes, wallet.MerchantQR{Merchant: m, Currency: cur})
	}
	return append(codes, wallet.MerchantQR{Merchant: cashierMerchant, Currency: cur, Amount: 2500})
}

// detector returns a QR reader: the browser's BarcodeDetector, else the
// fallback once loaded; false while there is neither.
func detector() (app.Value, bool) {
	for _, name := range []string{"BarcodeDetector", "WalletDemoQRDetector"} {
		if ctor := app.Window().Get(name); ctor.Truthy() {
			return ctor.New(map[string]any{"formats": []any{"qr_code"}}), true
		}
	}
	return nil, false
}

// openCamera asks for the back camera and reads what it sees every 300 ms.
func (s *scanPage) openCamera(ctx app.Context, e app.Event) {
	s.err = nil
	withDetector(ctx, s.startCamera)
}

// startCamera opens the camera once the reader det is known.
func (s *scanPage) startCamera(ctx app.Context, det app.Value, ok bool) {
	media := app.Window().Get("navigator").Get("mediaDevices")
	if !ok || !media.Truthy() || !media.Get("getUserMedia").Truthy() {
		s.status = "scan.nocamera"
		return
	}
	s.status = "scan.asking"
	var onOK, onErr app.Func
	onOK = app.FuncOf(func(this app.Value, args []app.Value) any {
		onOK.Release()
		onErr.Release()
		ctx.Dispatch(func(ctx app.Context) {
			s.stream, s.status = args[0], "scan.looking"
			video := app.Window().GetElementByID("scan-video")
			video.Set("srcObject", s.stream)
			video.Call("play")
			s.polls++
			s.poll(ctx, det, video, s.polls)
		})
		return nil
	})
	onErr = app.FuncOf(func(this app.Value, args []app.Value) any {
		onOK.Release()
		onErr.Release()
		ctx.Dispatch(func(ctx app.Context) { s.status = "scan.denied" })
		return nil
	})
	media.Call("getUserMedia", map[string]any{"video": map[string]any{"facingMode": "environment"}, "audio": false}).
		Call("then", onOK, onErr)
}

// poll asks the detector about the current video frame until it finds a
// code or the camera stops.
func (s *scanPage) poll(ctx app.Context, det, video app.Value, session int) {
	ctx.After(300*time.Millisecond, func(ctx app.Context) {
		if session != s.polls || s.stream == nil {
			return
		}
		s.detect(ctx, det, video, func(ctx app.Context) { s.poll(ctx, det, video, session) })
	})
}

// detect reads codes in source; none found calls next.
func (s *scanPage) detect(ctx app.Context, det, source app.Value, next func(app.Context)) {
	var onOK, onErr app.Func
	onOK = app.FuncOf(func(this app.Value, args []app.Value) any {
		onOK.Release()
		onErr.Release()
		codes := args[0]
		ctx.Dispatch(func(ctx app.Context) {
			if codes.Length() == 0 {
				next(ctx)
				return
			}
			s.found(ctx, codes.Index(0).Get("rawValue").String())
		})
		return nil
	})
	onErr = app.FuncOf(func(this app.Value, args []app.Value) any {
		onOK.Release()
		onErr.Release()
		ctx.Dispatch(next)
		return nil
	})
	det.Call("detect", source).Call("then", onOK, onErr)
}

// readPhoto reads a code from a chosen picture.
func (s *scanPage) readPhoto(ctx app.Context, e app.Event) {
	s.err = nil
	files := ctx.JSSrc().Get("files")
	if files.Length() == 0 {
		return
	}
	file := files.Index(0)
	withDetector(ctx, func(ctx app.Context, det app.Value, ok bool) { s.readFile(ctx, det, ok, file) })
}

// readFile reads a code from file once the reader det is known.
func (s *scanPage) readFile(ctx app.Context, det app.Value, ok bool, file app.Value) {
	if !ok {
		s.status = "scan.nophoto"
		return
	}
	s.status = "scan.reading"
	var onBitmap app.Func
	onBitmap = app.FuncOf(func(this app.Value, args []app.Value) any {
		onBitmap.Release()
		bmp := args[0]
		ctx.Dispatch(func(ctx app.Context) {
			s.detect(ctx, det, bmp, func(ctx app.Context) { s.status = "scan.nothing" })
		})
		return nil
	})
	app.Window().Call("createImageBitmap", file).Call("then", onBitmap)
}

// found opens the pay flow of a scanned merchant code, or says what is
// wrong with it.
func (s *scanPage) found(ctx app.Context, raw string) {
	q, err := wallet.ParseMerchantQR(raw)
	if err != nil {
		s.err, s.status = err, ""
		return
	}
	s.stopCamera()
	runner.Navigate(ctx, wallet.EncodeMerchantQR(q))
}

// stopCamera ends the camera's tracks.
func (s *scanPage) stopCamera() {
	if s.stream == nil || !s.stream.Truthy() {
		return
	}
	tracks := s.stream.Call("getTracks")
	for i := 0; i < tracks.Length(); i++ {
		tracks.Index(i).Call("stop")
	}
	s.stream = nil
	s.polls++
}

// plusMenu is the "+" of the Chats title bar: Scan and Money. A details
// element opens and closes by keyboard and touch without script.
func (p *page) plusMenu() app.UI {
	return app.Elem("details").Class("plus-menu").Body(
		app.Elem("summary").Aria("label", p.t("plus.menu")).Text("+"),
		div("plus-items",
			link("/scan").Text(p.t("scan.title")),
			link("/money").Text(p.t("pay.money")),
		),
	)
}
