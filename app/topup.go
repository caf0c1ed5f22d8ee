package app

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"walletdemo/app/runner"
	"walletdemo/wallet"
)

// moveFlow is what top-up and withdrawal share: a card and an amount, then
// the pay sheet (?step=confirm), then a done screen (?step=done), each
// step in the URL so a reload stays on it.
type moveFlow struct {
	stepFlow
	back string
}

// OnNav reads the step and where to go back to from the URL.
func (f *moveFlow) OnNav(ctx app.Context) {
	f.stepFlow.OnNav(ctx)
	f.back = runner.PageQuery(ctx).Get("back")
}

// leave is where Done and closing lead.
func (f *moveFlow) leave() string {
	if runner.LocalPath(f.back) {
		return f.back
	}
	return "/services"
}

// stepPath is the flow at step, keeping where it came from.
func (f *moveFlow) stepPath(route, step string) string {
	path := route + "?step=" + step
	if f.back != "" {
		path += "&back=" + queryEscape(f.back)
	}
	return path
}

// cardChoice offers the linked cards of the wallet's region as radios;
// the choice is kept in the drafts under id.
func (f *moveFlow) cardChoice(st *wallet.State, id string) app.UI {
	cards := st.LocalCards()
	if len(cards) == 0 {
		return para("hint", f.t("move.nocard"))
	}
	chosen := f.chosenCard(st, id)
	return app.Elem("fieldset").Class("group choices").Body(
		app.Elem("legend").Text(f.t("move.card")),
		app.Range(cards).Slice(func(i int) app.UI {
			c := cards[i]
			radio := app.Input().Type("radio").Name(id).Value(c.ID).
				OnChange(func(ctx app.Context, e app.Event) { f.pick(id, c.ID) })
			if c.ID == chosen {
				radio = radio.Checked(true)
			}
			return app.Label().Class("choice").Body(radio, app.Span().Text(st.PartyName(wallet.CardParty(c.ID))))
		}),
	)
}

// chosenCard is the card picked under id, else the first of the region.
func (f *moveFlow) chosenCard(st *wallet.State, id string) string {
	if c := f.draft(id); c != "" {
		return c
	}
	if local := st.LocalCards(); len(local) > 0 {
		return local[0].ID
	}
	return ""
}

// amount reads the amount typed under id in the wallet's currency.
func (f *moveFlow) amount(st *wallet.State, id string) (wallet.Money, error) {
	cur := st.Entry(runner.Store().Now()).Currency
	a, err := wallet.ParseAmount(f.draft(id), cur)
	return wallet.Money{Amount: a, Currency: cur}, err
}

// run carries out op with pin: a wrong PIN shakes the pad; success leads to
// the done step.
func (f *moveFlow) run(ctx app.Context, route string, op func(st *wallet.State, now time.Time) ([]wallet.Event, error)) {
	f.act(ctx, op, func(ctx app.Context, err error) {
		if f.err = err; err != nil {
			f.wrong++
			return
		}
		runner.Navigate(ctx, f.stepPath(route, "done"))
	})
}

// done is the last step: what moved and the balance now.
func (f *moveFlow) done(st *wallet.State, key string, m wallet.Money, clear ...string) []app.UI {
	return []app.UI{
		div("result",
			app.Div().Class("result-tick").Aria("hidden", "true").Text("✓"),
			para("result-status", f.t(key)),
			para("result-amount", m.String()),
			para("result-payee", f.t("method.balance")+" "+balanceOf(st).String()),
		),
		div("form",
			button(f.t("pay.done"), true, func(ctx app.Context, e app.Event) {
				f.clearDrafts(clear...)
				runner.Navigate(ctx, f.leave())
			}),
		),
	}
}

// topUp is "/topup": money from a linked card into the balance.
type topUp struct{ moveFlow }

// Render implements app.Composer.
func (t *topUp) Render() app.UI {
	st := runner.Store().Wallet()
	body := []app.UI{}
	switch {
	case st == nil:
		body = append(body, para("empty", t.t("pay.nowallet")))
	case t.step == "done":
		m, _ := t.amount(st, "topup-amount")
		body = append(body, t.done(st, "topup.done", m, "topup-amount", "topup-card")...)
	case t.step == "confirm":
		m, amountErr := t.amount(st, "topup-amount")
		card := t.chosenCard(st, "topup-card")
		msg := t.errText(t.err)
		if msg == "" {
			msg = t.errText(amountErr)
		}
		body = append(body, &paySheet{
			Title: t.t("topup.title"), Payee: t.t("topup.to"), Amount: m, Ready: amountErr == nil && card != "",
			Method: wallet.Method(card), Err: msg, Wrong: t.wrong,
			OnPIN: func(ctx app.Context, pin string) {
				t.run(ctx, "/topup", func(st *wallet.State, now time.Time) ([]wallet.Event, error) {
					return st.TopUp(card, m.Amount, pin, now)
				})
			},
			OnClose: func(ctx app.Context) { runner.Navigate(ctx, t.stepPath("/topup", "form")) },
		})
	default:
		body = append(body, div("form",
			para("hint", t.t("method.balance")+" "+balanceOf(st).String()),
			t.cardChoice(st, "topup-card"),
			t.amountInput("topup-amount", t.t("pay.amount"), balanceOf(st).Currency, t.errText(t.err)),
			button(t.t("pay.next"), true, func(ctx app.Context, e app.Event) {
				if _, err := t.amount(st, "topup-amount"); err != nil {
					t.err = err
					return
				}
				runner.Navigate(ctx, t.stepPath("/topup", "confirm"))
			}),
		))
	}
	return t.shell(screen{Title: t.t("topup.title"), Back: t.leave(), Money: true, Body: body})
}
