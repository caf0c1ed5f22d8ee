package app

import (
	"net/url"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"walletdemo/app/i18n"
	"walletdemo/app/runner"
	"walletdemo/wallet"
)

// present is presenter mode: on the room's screen, a large code to join
// the demo and merchant codes to pay, each a URL that carries everything —
// there is no server state.
type present struct {
	page
	// base is the demo's own address (origin and path prefix), known only
	// in the browser.
	base string
	// room are the addresses the server offers phones, when the page is
	// open on the server's own machine.
	room []string
}

const (
	// presentAmount is the draft field of the amount the presenter charges.
	presentAmount = "present.amount"
	// presentAt is the draft field of the address the codes carry.
	presentAt = "present.at"
)

// OnMount learns the demo's address, which the codes carry, and, opened on
// the server's machine, the addresses phones can open instead.
func (p *present) OnMount(ctx app.Context) {
	p.page.OnMount(ctx)
	u := app.Window().URL()
	p.base = u.Scheme + "://" + u.Host + strings.TrimSuffix(app.Getenv("GOAPP_ROOT_PREFIX"), "/")
	if runner.IsLoopbackHost(u.Hostname()) {
		runner.FetchRoom(ctx, func(ctx app.Context, join []string) { p.room = join })
	}
	ctx.Update()
}

// addresses are the addresses the codes may carry: the server's for
// phones, best first, then the page's own.
func (p *present) addresses() []string {
	return append(append([]string(nil), p.room...), p.base)
}

// at is the address the codes carry: the presenter's choice while it is
// on offer, else the best.
func (p *present) at() string {
	all := p.addresses()
	for _, a := range all {
		if a == p.draft(presentAt) {
			return a
		}
	}
	return all[0]
}

// addressChoice lets the presenter pick the address the codes carry, and
// warns when phones could not open it or would open it without a secure
// context.
func (p *present) addressChoice() app.UI {
	at := p.at()
	warn := addressWarning(at)
	all := p.addresses()
	return div("present-at",
		app.If(len(all) > 1, func() app.UI {
			return div("field",
				app.Label().For(presentAt).Class("field-label").Text(p.t("present.at")),
				app.Elem("select").ID(presentAt).Class("field-input").OnChange(func(ctx app.Context, _ app.Event) {
					runner.Store().Keep(presentAt, ctx.JSSrc().Get("value").String(), false)
					ctx.Update()
				}).Body(app.Range(all).Slice(func(i int) app.UI {
					o := app.Elem("option").Attr("value", all[i]).Text(all[i])
					if all[i] == at {
						o = o.Attr("selected", true)
					}
					return o
				})),
			)
		}),
		app.If(warn != "", func() app.UI {
			return app.P().Class("present-warn").Attr("role", "status").Text(p.t(warn))
		}),
	)
}

// Render implements app.Composer.
func (p *present) Render() app.UI {
	st := runner.Store().Wallet()
	rules := wallet.DefaultRuleset
	if st != nil {
		rules = st.Ruleset
	}
	join := url.Values{"lang": {string(runner.Lang())}, "rules": {string(rules)}}
	cafe := wallet.Merchants()[0]
	amount, amountErr := p.amount()
	return div("present",
		app.Elem("header").Class("present-head").Body(
			app.Elem("h1").Text(p.t("present.title")),
			link("/share").Class("link").Text(p.t("share.open")),
			link("/me").Class("link").Text(p.t("present.leave")),
		),
		app.If(p.base != "", p.addressChoice),
		div("present-grid",
			p.code("present.join", "present.join.hint", "/?"+join.Encode()),
			p.code("present.cafe", "present.cafe.hint", wallet.EncodeMerchantQR(wallet.MerchantQR{Merchant: cafe, Currency: wallet.CNY})),
			app.Elem("section").Class("present-card").Body(
				app.Elem("h2").Text(p.t("present.charge")),
				div("form", p.input(field{ID: presentAmount, Label: p.t("present.amount"), Mode: "decimal", Max: 12, Err: amountErr})),
				app.If(amount > 0, func() app.UI {
					return p.code("present.charge.code", "present.charge.hint", wallet.EncodeMerchantQR(wallet.MerchantQR{Merchant: cafe, Currency: wallet.CNY, Amount: amount}))
				}),
			),
		),
		app.If(p.base != "", func() app.UI {
			return app.Elem("section").Class("present-card present-preview").Body(
				app.Elem("h2").Text(p.t("present.preview")),
				app.Elem("iframe").Attr("src", p.base+"/?"+join.Encode()).Title(p.t("present.preview")).Attr("loading", "lazy"),
			)
		}),
		para("present-reset", i18n.Tf(runner.Lang(), "present.reset", p.dataPath()+" › "+p.t("data.reset"))),
	)
}

// amount is the presenter's amount in fen, and what is wrong with it.
func (p *present) amount() (wallet.Amount, string) {
	raw := strings.TrimSpace(p.draft(presentAmount))
	if raw == "" {
		return 0, ""
	}
	a, err := wallet.ParseAmount(raw, wallet.CNY)
	if err != nil {
		return 0, p.errText(err)
	}
	if a == 0 {
		return 0, ""
	}
	return a, ""
}

// code is one titled QR code of the demo's path (with its query), the URL
// written under it so it can be typed too.
func (p *present) code(title, hint, path string) app.UI {
	if p.base == "" {
		return app.Elem("section").Class("present-card").Body(app.Elem("h2").Text(p.t(title)), app.P().Text(p.t("present.loading")))
	}
	full := p.at() + path
	return app.Elem("section").Class("present-card").Body(
		app.Elem("h2").Text(p.t(title)),
		app.Div().Class("present-qr").Attr("role", "img").Aria("label", p.t(title)+": "+full).Body(app.Raw(qrSVG(full))),
		para("present-hint", p.t(hint)),
		para("present-url", full),
	)
}
