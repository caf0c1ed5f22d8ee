package app

import (
	"slices"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"walletdemo/app/runner"
	"walletdemo/wallet"
)

// transfer is "/transfer?to=": send a contact money they accept within 24
// hours, and accept or return what they sent.
type transfer struct{ socialFlow }

// request is the transfer the form describes.
func (t *transfer) request(st *wallet.State) (wallet.TransferRequest, error) {
	cur := st.Entry(runner.Store().Now()).Currency
	a, err := wallet.ParseAmount(t.draft("transfer-amount"), cur)
	return wallet.TransferRequest{To: t.to, Amount: a, Note: strings.TrimSpace(t.draft("transfer-note")), Method: t.sheetMethod(st)}, err
}

// Render implements app.Composer.
func (t *transfer) Render() app.UI {
	st := runner.Store().Wallet()
	now := runner.Store().Now()
	title := t.t("transfer.title")
	switch {
	case st == nil:
		return t.social(title, "/", []app.UI{para("empty", t.t("pay.nowallet"))})
	case t.to == groupID || t.recipients() == nil:
		return t.social(title, "/money", []app.UI{t.picker("/transfer", false)})
	}
	if _, err := st.QuoteTransfer(wallet.TransferRequest{To: t.to, Amount: 1}, now); wallet.ErrorCode(err) == wallet.ESPENDONLY || wallet.ErrorCode(err) == wallet.ESTAGE {
		return t.social(title+" · "+t.who(), "/transfer", []app.UI{div("form", errorBox(t.errText(err)))})
	}
	if t.step == "sent" {
		if i := slices.IndexFunc(st.Transfers, func(tr wallet.Transfer) bool { return tr.ID == runner.Query("id") }); i >= 0 {
			tr := st.Transfers[i]
			return t.sentView(st, "/transfer", title, "transfer.sent", "transfer.sent.next", tr.Money, tr.Note, tr.Expires, tr.Source)
		}
	}
	req, amountErr := t.request(st)
	if t.step == "confirm" {
		quote, qerr := st.QuoteTransfer(req, now)
		if amountErr != nil {
			qerr = amountErr
		}
		return t.confirm(st, "/transfer", title, quote, qerr, req.Method, []string{"transfer-amount", "transfer-note"},
			func(st *wallet.State, pin string, now time.Time) ([]wallet.Event, error) {
				_, ev, err := st.SendTransfer(req, pin, now)
				return ev, err
			})
	}
	body := []app.UI{div("form",
		t.amountInput("transfer-amount", t.t("pay.amount"), balanceOf(st).Currency, ""),
		t.input(field{ID: "transfer-note", Label: t.t("transfer.note"), Max: 60}),
		errorBox(t.errText(t.err)),
		button(t.t("transfer.send"), true, func(ctx app.Context, e app.Event) {
			req, err := t.request(st)
			if err == nil {
				_, err = st.QuoteTransfer(req, runner.Store().Now())
			}
			if t.err = err; err != nil && wallet.ErrorCode(err) != wallet.EBALANCE {
				return
			}
			t.err = nil
			runner.Navigate(ctx, "/transfer?to="+t.to+"&step=confirm")
		}),
	)}
	body = append(body, app.Elem("h2").Class("group-title").Text(t.t("transfer.history")))
	for i := len(st.Transfers) - 1; i >= 0; i-- {
		tr := st.Transfers[i]
		if tr.To != t.to {
			continue
		}
		body = append(body, div("item to",
			span("item-what", t.t("social.sent.transfer")+" "+tr.Money.String()),
			span("item-status", t.t(statusKeys[tr.Status])),
		))
	}
	body = append(body, t.incoming(st, wallet.IncomingTransfer)...)
	body = append(body, div("form", t.ask(wallet.IncomingTransfer, "transfer.ask"), t.clock()))
	return t.social(title+" · "+t.who(), "/transfer", body)
}
