package app

import (
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"walletdemo/app/runner"
	"walletdemo/app/store"
	"walletdemo/wallet"
)

// quickPay is "/money": the Quick Pay code a cashier scans, as a barcode
// and a QR code on a white card over green. The engine issues the codes;
// this screen asks for a new one when the current one expires and when the
// user taps it, and reveals the digits on request.
type quickPay struct {
	page
	timer    int // bumps to cancel the pending refresh of an earlier code
	changing bool
}

// OnMount shows the current code and refreshes it when it expires: at its
// expiry, and at once when the demo clock jumps past it (the timer counts
// real time, which a jump does not move).
func (q *quickPay) OnMount(ctx app.Context) {
	q.page.OnMount(ctx)
	store.Observe(ctx, &q.rev).OnChange(func() { q.renewExpired(ctx) })
	q.renew(ctx)
}

// renew shows the current code, or a new one if it expired.
func (q *quickPay) renew(ctx app.Context) {
	q.show(ctx, func(st *wallet.State, now time.Time) (wallet.PayCode, []wallet.Event, error) {
		return st.ShowPayCode(now)
	})
}

// renewExpired renews the code on screen if demo time has passed its
// expiry.
func (q *quickPay) renewExpired(ctx app.Context) {
	st := runner.Store().Wallet()
	if st != nil && st.PayCode != nil && !runner.Store().Now().Before(st.PayCode.Expires) {
		q.renew(ctx)
	}
}

// OnDismount stops the refresh.
func (q *quickPay) OnDismount() { q.timer++ }

// show runs a code operation and schedules the next refresh for the code's
// expiry. It goes through actAlways: were a refresh ignored while another
// operation waits, the code would stop refreshing; and a second tap on a
// code only draws one more.
func (q *quickPay) show(ctx app.Context, op func(*wallet.State, time.Time) (wallet.PayCode, []wallet.Event, error)) {
	var code wallet.PayCode
	actAlways(ctx, func(st *wallet.State, now time.Time) ([]wallet.Event, error) {
		var ev []wallet.Event
		var err error
		code, ev, err = op(st, now)
		return ev, err
	}, func(ctx app.Context, err error) {
		if q.err = err; err != nil {
			return
		}
		q.timer++
		timer := q.timer
		wait := code.Expires.Sub(runner.Store().Now()) + 100*time.Millisecond
		ctx.After(wait, func(ctx app.Context) {
			if timer == q.timer {
				q.renew(ctx)
			}
		})
	})
}

// Render implements app.Composer.
func (q *quickPay) Render() app.UI {
	st := runner.Store().Wallet()
	body := []app.UI{}
	var code *wallet.PayCode
	if st != nil {
		code = st.PayCode
	}
	card := []app.UI{
		app.Elem("h2").Class("qp-title").Text(q.t("money.paymerchant")),
	}
	if q.err != nil || code == nil {
		card = append(card, errorBox(q.errText(q.err)))
	} else {
		card = append(card, q.codes(*code)...)
		card = append(card, q.methodRow(st))
	}
	body = append(body,
		div("qp",
			// ".paycode" is what the Quick Pay tour points at.
			div("qp-card paycode", card...),
			para("qp-hint", q.t("money.brightness")),
			q.prefixNote(st),
			div("qp-more",
				link("/redpacket").Class("qp-more-item").Text(q.t("money.redpacket")),
				link("/transfer").Class("qp-more-item").Text(q.t("money.transfer")),
				link("/bills").Class("qp-more-item").Text(q.t("bills.title")),
			),
		),
	)
	return q.shell(screen{Title: q.t("pay.money"), Back: "/services", Money: true, Body: body})
}

// codes are the barcode, the digits (hidden until tapped) and the QR code.
// Tapping a code draws a new one.
func (q *quickPay) codes(c wallet.PayCode) []app.UI {
	digits := c.Digits[:4] + " •••• •••• ••••"
	if c.Revealed {
		digits = c.Digits[:4] + " " + c.Digits[4:8] + " " + c.Digits[8:12] + " " + c.Digits[12:]
	}
	refresh := func(ctx app.Context, e app.Event) {
		q.show(ctx, func(st *wallet.State, now time.Time) (wallet.PayCode, []wallet.Event, error) {
			return st.RefreshPayCode(now)
		})
	}
	return []app.UI{
		app.Button().Type("button").Class("qp-code qp-bar").Aria("label", q.t("money.refresh")).OnClick(refresh).Body(
			barcodeImage(c.Digits, q.t("money.barcode")),
		),
		app.P().Class("qp-digits").Body(
			span("qp-digits-text", digits),
			app.If(!c.Revealed, func() app.UI {
				return app.Button().Type("button").Class("link").Text(q.t("money.view")).OnClick(func(ctx app.Context, e app.Event) {
					q.show(ctx, func(st *wallet.State, now time.Time) (wallet.PayCode, []wallet.Event, error) {
						return st.RevealPayCode(now)
					})
				})
			}),
		),
		app.If(c.Revealed, func() app.UI { return para("qp-note", q.t("money.revealed")) }),
		app.Button().Type("button").Class("qp-code qp-qr").Aria("label", q.t("money.refresh")).OnClick(refresh).Body(
			qrImage(c.Digits, q.t("money.qr")),
		),
		para("qp-note", q.t("money.autorefresh")),
	}
}

// prefixNote says so when the wallet's codes start with a prefix the demo
// made up.
func (q *quickPay) prefixNote(st *wallet.State) app.UI {
	if st == nil {
		return nil
	}
	rule, ok := walletRule(st)
	if !ok || !rule.OwnPrefixes {
		return nil
	}
	return para("qp-hint", q.tf("money.ownprefix", strings.Join(rule.PayCodePrefixes, ", "), q.regionName(rule.Region)))
}

// methodRow is how Quick Pay codes pay, with Change: the engine keeps the
// choice as the account's way to pay.
func (q *quickPay) methodRow(st *wallet.State) app.UI {
	methods := payMethods(st)
	return div("qp-method-box",
		div("qp-method",
			app.Span().Text(q.t("money.method")),
			span("qp-method-value", methodName(q.page, st, "")),
			app.If(len(methods) > 1, func() app.UI {
				return app.Button().Type("button").Class("link").Text(q.t("sheet.change")).Aria("expanded", boolText(q.changing)).
					OnClick(func(ctx app.Context, e app.Event) { q.changing = !q.changing })
			}),
		),
		app.If(q.changing, func() app.UI {
			return methodChoices(q.page, st, methods, st.Account.Method, q.t("money.method"), func(ctx app.Context, m wallet.Method) {
				q.changing = false
				q.act(ctx, func(st *wallet.State, now time.Time) ([]wallet.Event, error) { return st.ChooseMethod(m, now) }, keepErr(&q.err))
			})
		}),
	)
}
