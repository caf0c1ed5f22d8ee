package app

import (
	"slices"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"walletdemo/app/runner"
	"walletdemo/wallet"
)

// payResult is "/paid?id=": the success screen of a payment, with a tick,
// the amount, the payee and Done, which leads back where the flow came
// from (the merchant, for hand-offs).
type payResult struct {
	page
	id, back string
}

// OnNav reads the payment from the URL.
func (r *payResult) OnNav(ctx app.Context) {
	r.page.OnNav(ctx)
	q := runner.PageQuery(ctx)
	r.id, r.back = q.Get("id"), q.Get("back")
}

// Render implements app.Composer.
func (r *payResult) Render() app.UI {
	done := "/"
	if runner.LocalPath(r.back) {
		done = r.back
	}
	st := runner.Store().Wallet()
	var pay wallet.Payment
	ok := false
	if st != nil {
		pay, ok = st.Payment(r.id)
	}
	if !ok || pay.Status != wallet.PaymentPaid {
		return r.shell(screen{Title: r.t("paid.title"), Back: done, Money: true, Body: []app.UI{errorBox(r.t("pay.unknown"))}})
	}
	return r.shell(screen{Title: r.t("paid.title"), Money: true, Body: []app.UI{
		div("result",
			app.Div().Class("result-tick").Aria("hidden", "true").Text("✓"),
			para("result-status", r.t("paid.success")),
			para("result-amount", pay.Money.String()),
			para("result-payee", pay.Merchant.Name),
		),
		group(
			infoRow(r.t("sheet.method"), paidWith(r.page, st, pay.Method)),
			app.If(pay.Fee.Amount > 0, func() app.UI { return infoRow(r.t("sheet.fee"), pay.Fee.String()) }),
			infoRow(r.t("bill.kind"), r.t(kindKeys[pay.Kind])),
		),
		div("form", link(done).Class("btn btn-primary").Text(r.t("pay.done"))),
	}})
}

// infoRow is a label and its value in a group.
func infoRow(label, value string) app.UI {
	return div("info-row",
		span("info-label", label),
		span("info-value", value),
	)
}

// payServiceKey is the "Pay" service account's conversation in Chats
// (/chat?c=pay): one receipt per payment made.
const payServiceKey = "pay"

// paidPayments are the payments made, oldest first.
func paidPayments(st *wallet.State) []wallet.Payment {
	return slices.DeleteFunc(slices.Clone(st.Payments), func(p wallet.Payment) bool { return p.Status != wallet.PaymentPaid })
}

// receiptSummaries is the "Pay" service account's row in Chats, once it has
// sent a receipt.
func receiptSummaries(p *page, st *wallet.State, now time.Time) []chatSummary {
	paid := paidPayments(st)
	if len(paid) == 0 {
		return nil
	}
	last := paid[len(paid)-1]
	return []chatSummary{{Key: payServiceKey, Time: last.Paid, Preview: "[" + p.t("receipt.title") + "] " + last.Money.String() + " " + last.Merchant.Name}}
}

// receiptMessages are the receipts of the "Pay" service account.
func receiptMessages(c *page, st *wallet.State, key string, now time.Time) []message {
	if key != payServiceKey {
		return nil
	}
	var out []message
	for _, p := range paidPayments(st) {
		out = append(out, message{Time: p.Paid, Body: c.receipt(st, p)})
	}
	return out
}

// receipt is one payment's message card.
func (p *page) receipt(st *wallet.State, pay wallet.Payment) app.UI {
	return div("receipt-card",
		app.Elem("h3").Text(p.t("receipt.title")),
		para("receipt-amount", pay.Money.String()),
		infoRow(p.t("receipt.payee"), pay.Merchant.Name),
		infoRow(p.t("sheet.method"), paidWith(*p, st, pay.Method)),
		app.If(pay.Fee.Amount > 0, func() app.UI { return infoRow(p.t("sheet.fee"), pay.Fee.String()) }),
		link("/bills").Class("receipt-link").Text(p.t("bills.title")),
	)
}
