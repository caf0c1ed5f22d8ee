package app

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"walletdemo/app/runner"
	"walletdemo/wallet"
)

// withdrawPage is "/withdraw": money from the balance to a linked card, with
// the engine's fee shown on the sheet before the PIN.
type withdrawPage struct{ moveFlow }

// Render implements app.Composer.
func (w *withdrawPage) Render() app.UI {
	st := runner.Store().Wallet()
	now := runner.Store().Now()
	body := []app.UI{}
	switch {
	case st == nil:
		body = append(body, para("empty", w.t("pay.nowallet")))
	case w.step == "done":
		m, _ := w.amount(st, "withdraw-amount")
		body = append(body, w.done(st, "withdraw.done", m, "withdraw-amount", "withdraw-card")...)
	case w.step == "confirm":
		m, err := w.amount(st, "withdraw-amount")
		var quote *wallet.Quote
		if err == nil {
			var q wallet.Quote
			q, err = st.QuoteWithdraw(m.Amount, now)
			quote = &q
		}
		card := w.chosenCard(st, "withdraw-card")
		msg := w.errText(w.err)
		if msg == "" {
			msg = w.errText(err)
		}
		body = append(body, &paySheet{
			Title: w.t("withdraw.title"), Payee: w.t("withdraw.to") + " " + st.PartyName(wallet.CardParty(card)), Amount: m,
			Quote: quote, Ready: err == nil && card != "", Method: wallet.MethodBalance, Err: msg, Wrong: w.wrong,
			OnPIN: func(ctx app.Context, pin string) {
				w.run(ctx, "/withdraw", func(st *wallet.State, now time.Time) ([]wallet.Event, error) {
					return st.Withdraw(card, m.Amount, pin, now)
				})
			},
			OnClose: func(ctx app.Context) { runner.Navigate(ctx, w.stepPath("/withdraw", "form")) },
		})
	default:
		free := st.WithdrawQuota(now)
		body = append(body, div("form",
			para("hint", w.t("method.balance")+" "+balanceOf(st).String()),
			w.cardChoice(st, "withdraw-card"),
			w.amountInput("withdraw-amount", w.t("pay.amount"), free.Currency, w.errText(w.err)),
			para("hint", w.t("withdraw.free")+" "+free.String()),
			button(w.t("pay.next"), true, func(ctx app.Context, e app.Event) {
				if _, err := w.amount(st, "withdraw-amount"); err != nil {
					w.err = err
					return
				}
				runner.Navigate(ctx, w.stepPath("/withdraw", "confirm"))
			}),
		))
	}
	return w.shell(screen{Title: w.t("withdraw.title"), Back: w.leave(), Money: true, Body: body})
}
