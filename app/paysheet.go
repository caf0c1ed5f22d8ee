package app

import (
	"net/url"
	"slices"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"walletdemo/app/runner"
	"walletdemo/app/store"
	"walletdemo/wallet"
)

// sheetMethodDraft keeps the way to pay chosen on the sheet, so a reload
// keeps it; a finished or closed sheet forgets it.
const sheetMethodDraft = "sheet-method"

// paySheet is the one confirmation sheet every payment, red packet,
// transfer, top-up and withdrawal ends in: it slides up from the bottom
// with a close button, the payee, the amount, the fee, the way to pay with
// Change, and the six-box PIN pad. The screen under it owns the operation:
// it quotes, and runs OnPIN; the sheet only shows.
type paySheet struct {
	page
	Title  string
	Payee  string
	Amount wallet.Money
	// Quote is the engine's quote, for the fee; nil when there is none.
	Quote *wallet.Quote
	// Ready shows the PIN pad: the engine accepted the operation so far.
	Ready bool
	// Method is the way to pay shown; Methods, when set, lets the user
	// change it.
	Method  wallet.Method
	Methods []wallet.Method
	Err     string
	// Actions are offered under the error, e.g. top up when the balance is
	// short.
	Actions []app.UI
	Wrong   int
	OnPIN   func(ctx app.Context, pin string)
	OnClose func(ctx app.Context)

	changing bool
}

// OnMount observes the store, as every screen does, but leaves the way
// onto the UI goroutine (onUI) to the screen under the sheet: the sheet can
// close while that screen stays, and go-app drops work dispatched through a
// closed sheet.
func (s *paySheet) OnMount(ctx app.Context) { store.Observe(ctx, &s.rev) }

// Render implements app.Composer.
func (s *paySheet) Render() app.UI {
	st := runner.Store().Wallet()
	var lockedUntil time.Time
	if st != nil {
		lockedUntil = st.Entry(runner.Store().Now()).LockedUntil
	}
	locked := !lockedUntil.IsZero()
	msg := s.Err
	if locked {
		// Said here, not only by the refusal, so that it still shows after
		// a reload.
		msg = s.tf("err.locked.until", s.clockText(lockedUntil))
	}
	return div("sheet-backdrop",
		app.Elem("section").Class("sheet").Attr("role", "dialog").Aria("modal", "true").Aria("labelledby", "sheet-title").Body(
			div("sheet-head",
				app.Button().Type("button").Class("sheet-close").Aria("label", s.t("sheet.close")).Text("✕").OnClick(s.close),
				app.Elem("h2").ID("sheet-title").Text(s.Title),
			),
			para("sheet-payee", s.Payee),
			para("sheet-amount", s.Amount.String()),
			app.If(s.Quote != nil && s.Quote.Fee.Amount > 0, func() app.UI {
				return para("sheet-fee", s.t("sheet.fee")+" "+s.Quote.Fee.String()+" · "+s.t("sheet.total")+" "+s.Quote.Total.String())
			}),
			s.methodRow(st),
			app.If(s.changing, func() app.UI { return s.methodList(st) }),
			errorBox(msg),
			app.If(len(s.Actions) > 0, func() app.UI { return div("sheet-actions", s.Actions...) }),
			app.If(!locked && s.Ready, func() app.UI {
				return &pinPad{ID: "sheet-pin", Label: s.t("sheet.pin"), Delete: s.t("sheet.delete"), Wrong: s.Wrong, OnDone: s.OnPIN}
			}),
		),
	)
}

// methodRow shows how the money is paid, with Change when there is a
// choice.
func (s *paySheet) methodRow(st *wallet.State) app.UI {
	return div("sheet-method",
		span("sheet-method-label", s.t("sheet.method")),
		span("sheet-method-value", methodName(s.page, st, s.Method)),
		app.If(len(s.Methods) > 1, func() app.UI {
			return app.Button().Type("button").Class("link").Text(s.t("sheet.change")).
				Aria("expanded", boolText(s.changing)).
				OnClick(func(ctx app.Context, e app.Event) { s.changing = !s.changing })
		}),
	)
}

// methodList offers every way to pay; picking one keeps it in the drafts.
func (s *paySheet) methodList(st *wallet.State) app.UI {
	return methodChoices(s.page, st, s.Methods, s.Method, s.t("sheet.method"), func(ctx app.Context, m wallet.Method) {
		s.changing = false
		s.pick(sheetMethodDraft, string(m))
	})
}

// methodChoices lists the ways to pay as buttons, the current one marked.
func methodChoices(p page, st *wallet.State, methods []wallet.Method, current wallet.Method, label string, pick func(ctx app.Context, m wallet.Method)) app.UI {
	return app.Div().Class("sheet-methods").Attr("role", "group").Aria("label", label).Body(
		app.Range(methods).Slice(func(i int) app.UI {
			m := methods[i]
			b := app.Button().Type("button").Class("sheet-choice").Text(methodName(p, st, m)).
				OnClick(func(ctx app.Context, e app.Event) { pick(ctx, m) })
			if m == current {
				b = b.Aria("current", "true")
			}
			return b
		}),
	)
}

func (s *paySheet) close(ctx app.Context, e app.Event) {
	s.clearDrafts(sheetMethodDraft)
	if s.OnClose != nil {
		s.OnClose(ctx)
	}
}

// boolText writes a boolean for ARIA attributes, which take "true"/"false".
func boolText(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// methodName names a way to pay: the balance with what it holds, or a card.
func methodName(p page, st *wallet.State, m wallet.Method) string {
	if st == nil {
		return ""
	}
	if m == "" {
		m = st.Account.Method
	}
	if m == wallet.MethodBalance {
		return p.t("method.balance") + " (" + balanceOf(st).String() + ")"
	}
	if i := slices.IndexFunc(st.Cards, func(c wallet.LinkedCard) bool { return c.ID == string(m) }); i >= 0 {
		return cardName(st.Cards[i])
	}
	return st.PartyName(wallet.CardParty(string(m)))
}

// paidWith names the way a payment was made, for records: the balance
// (without today's amount) or the card.
func paidWith(p page, st *wallet.State, m wallet.Method) string {
	if m == wallet.MethodBalance {
		return p.t("method.balance")
	}
	return methodName(p, st, m)
}

// payMethods lists the ways the account can pay: the balance, then each
// linked card (the engine refuses a card it does not take, with a reason).
func payMethods(st *wallet.State) []wallet.Method {
	ms := []wallet.Method{wallet.MethodBalance}
	for _, c := range st.Cards {
		ms = append(ms, wallet.Method(c.ID))
	}
	return ms
}

// sheetMethod is the method chosen on the sheet, else the account's.
func (p *page) sheetMethod(st *wallet.State) wallet.Method {
	if m := p.draft(sheetMethodDraft); m != "" {
		return wallet.Method(m)
	}
	return st.Account.Method
}

// shortActions are what the sheet offers when the balance is short: top up,
// or pay with a card instead.
func (p *page) shortActions(st *wallet.State, err error, back string) []app.UI {
	if wallet.ErrorCode(err) != wallet.EBALANCE {
		return nil
	}
	actions := []app.UI{link("/topup?back=" + queryEscape(back)).Class("btn").Text(p.t("sheet.topup"))}
	if local := st.LocalCards(); len(local) > 0 {
		id := local[0].ID
		actions = append(actions, button(p.t("sheet.usecard"), false, func(ctx app.Context, e app.Event) {
			p.pick(sheetMethodDraft, id)
		}))
	}
	return actions
}

// queryEscape escapes a value for a URL query.
func queryEscape(s string) string { return url.QueryEscape(s) }

// payPage is "/pay": the pay flow of a payment. With ?id= it shows the
// sheet for that payment (back= is where closing or Done leads, the
// merchant for in-app hand-offs). Otherwise its query is a scanned
// merchant QR code: a code with an amount opens its payment at once, a
// static one asks the amount first.
type payPage struct {
	page
	id, back string
	qr       wallet.MerchantQR
	qrErr    error
	wrong    int
}

// OnNav reads the payment or the merchant code from the URL.
func (p *payPage) OnNav(ctx app.Context) {
	p.page.OnNav(ctx)
	q := runner.PageQuery(ctx)
	p.id, p.back, p.err, p.qrErr = q.Get("id"), q.Get("back"), nil, nil
	if p.id != "" {
		return
	}
	p.qr, p.qrErr = wallet.ParseMerchantQR("/pay?" + ctx.Page().URL().RawQuery)
	if p.qrErr == nil && p.qr.Amount != 0 && app.IsClient {
		// A code with its amount: scanning it again reopens the same
		// order, so a reload lands on the same payment.
		p.start(ctx, p.qr.Amount, false)
	}
}

// start opens the payment of the scanned code for amount.
func (p *payPage) start(ctx app.Context, amount wallet.Amount, open bool) {
	var pay wallet.Payment
	p.act(ctx, func(st *wallet.State, now time.Time) ([]wallet.Event, error) {
		var ev []wallet.Event
		var err error
		pay, ev, err = st.StartQRPayment(p.qr, amount, now)
		return ev, err
	}, func(ctx app.Context, err error) {
		switch p.err = err; {
		case err != nil:
		case open:
			p.clearDrafts("pay-amount")
			runner.Navigate(ctx, "/pay?id="+pay.ID)
		default:
			p.id = pay.ID
		}
	})
}

// Render implements app.Composer.
func (p *payPage) Render() app.UI {
	st := runner.Store().Wallet()
	body := []app.UI{}
	switch {
	case st == nil:
		body = append(body, para("empty", p.t("pay.nowallet")))
	case p.id != "":
		body = append(body, p.payment(st)...)
	case p.qrErr != nil:
		body = append(body, errorBox(p.errText(p.qrErr)))
	case p.qr.Amount != 0:
		// A code with its amount that the engine would not open (paid,
		// expired): say why.
		body = append(body, p.merchantHead(), div("form", errorBox(p.errText(p.err))))
	default:
		body = append(body, p.amountForm(st)...)
	}
	return p.shell(screen{Title: p.t("pay.sheet"), Back: p.closeTo(), Money: true, Body: body})
}

// closeTo is where leaving the flow leads.
func (p *payPage) closeTo() string {
	if runner.LocalPath(p.back) {
		return p.back
	}
	return "/"
}

// amountForm asks what to pay a static code.
func (p *payPage) amountForm(st *wallet.State) []app.UI {
	return []app.UI{
		p.merchantHead(),
		div("form",
			p.amountInput("pay-amount", p.t("pay.amount"), p.qr.Currency, p.errText(p.err)),
			button(p.t("pay.next"), true, func(ctx app.Context, e app.Event) {
				a, err := wallet.ParseAmount(p.draft("pay-amount"), p.qr.Currency)
				if err != nil {
					p.err = err
					return
				}
				p.start(ctx, a, true)
			}),
		),
	}
}

// merchantHead shows whom a scanned code pays.
func (p *payPage) merchantHead() app.UI {
	return div("merchant-head",
		app.Div().Class("merchant-logo").Aria("hidden", "true").Text(initial(p.qr.Merchant.Name)),
		para("merchant-name", p.qr.Merchant.Name),
	)
}

// payment shows the sheet of a pending payment, or where it ended.
func (p *payPage) payment(st *wallet.State) []app.UI {
	pay, ok := st.Payment(p.id)
	if !ok {
		return []app.UI{errorBox(p.t("pay.unknown"))}
	}
	switch pay.Status {
	case wallet.PaymentPaid:
		return []app.UI{para("empty", p.t("pay.already")), link(p.resultPath(pay.ID)).Class("btn").Text(p.t("pay.viewresult"))}
	case wallet.PaymentCancelled:
		return []app.UI{para("empty", p.t("pay.cancelled")), link(p.closeTo()).Class("btn").Text(p.t("pay.done"))}
	case wallet.PaymentFailed:
		return []app.UI{para("empty", p.t("pay.expired")), link(p.closeTo()).Class("btn").Text(p.t("pay.done"))}
	}
	now := runner.Store().Now()
	method := p.sheetMethod(st)
	var quote *wallet.Quote
	q, qerr := st.QuotePayment(pay.ID, method, now)
	if qerr == nil {
		quote = &q
	}
	msg := p.errText(p.err)
	if msg == "" {
		msg = p.errText(qerr)
	}
	return []app.UI{
		para("sheet-under", pay.Merchant.Name),
		&paySheet{
			Title: p.t("pay.sheet"), Payee: pay.Merchant.Name, Amount: pay.Money, Quote: quote, Ready: qerr == nil,
			Method: method, Methods: payMethods(st), Err: msg, Wrong: p.wrong,
			Actions: p.shortActions(st, qerr, "/pay?id="+pay.ID+"&back="+queryEscape(p.back)),
			OnPIN:   func(ctx app.Context, pin string) { p.confirm(ctx, pay.ID, method, pin) },
			OnClose: func(ctx app.Context) {
				p.act(ctx, func(st *wallet.State, now time.Time) ([]wallet.Event, error) {
					_, ev, err := st.CancelPayment(pay.ID, now)
					return ev, err
				}, func(ctx app.Context, _ error) { runner.Navigate(ctx, p.closeTo()) })
			},
		},
	}
}

// confirm pays with pin; a wrong PIN shakes the boxes.
func (p *payPage) confirm(ctx app.Context, id string, method wallet.Method, pin string) {
	p.act(ctx, func(st *wallet.State, now time.Time) ([]wallet.Event, error) {
		_, ev, err := st.ConfirmPayment(id, method, pin, now)
		return ev, err
	}, func(ctx app.Context, err error) {
		if p.err = err; err != nil {
			p.wrong++
			return
		}
		p.clearDrafts(sheetMethodDraft)
		runner.Navigate(ctx, p.resultPath(id))
	})
}

// resultPath is the success screen of payment id, leading back where the
// flow came from.
func (p *payPage) resultPath(id string) string {
	path := "/paid?id=" + id
	if p.back != "" {
		path += "&back=" + queryEscape(p.back)
	}
	return path
}
