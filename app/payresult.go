package app

import (
	"slices"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

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
	q := pageQuery(ctx)
	r.id, r.back = q.Get("id"), q.Get("back")
}

// Render implements app.Composer.
func (r *payResult) Render() app.UI {
	done := "/"
	if strings.HasPrefix(r.back, "/") {
		done = r.back
	}
	st := currentStore().Wallet()
	var pay wallet.Payment
	ok := false
	if st != nil {
		pay, ok = st.Payment(r.id)
	}
	if !ok || pay.Status != wallet.PaymentPaid {
		return r.shell(screen{Title: r.t("paid.title"), Back: done, Money: true, Body: []app.UI{errorBox(r.t("pay.unknown"))}})
	}
	return r.shell(screen{Title: r.t("paid.title"), Money: true, Body: []app.UI{
		app.Div().Class("result").Body(
			app.Div().Class("result-tick").Aria("hidden", "true").Text("✓"),
			app.P().Class("result-status").Text(r.t("paid.success")),
			app.P().Class("result-amount").Text(pay.Money.String()),
			app.P().Class("result-payee").Text(pay.Merchant.Name),
		),
		group(
			infoRow(r.t("sheet.method"), methodName(r.page, st, pay.Method)),
			app.If(pay.Fee.Amount > 0, func() app.UI { return infoRow(r.t("sheet.fee"), pay.Fee.String()) }),
			infoRow(r.t("bill.kind"), r.t(kindKeys[pay.Kind])),
		),
		app.Div().Class("form").Body(link(done).Class("btn btn-primary").Text(r.t("pay.done"))),
	}})
}

// infoRow is a label and its value in a group.
func infoRow(label, value string) app.UI {
	return app.Div().Class("info-row").Body(
		app.Span().Class("info-label").Text(label),
		app.Span().Class("info-value").Text(value),
	)
}

// payService is "/pay-service": the "Pay" service account's conversation,
// one receipt per payment made, oldest first as in a chat.
type payService struct{ page }

// Render implements app.Composer.
func (s *payService) Render() app.UI {
	st := currentStore().Wallet()
	var paid []wallet.Payment
	if st != nil {
		paid = slices.DeleteFunc(slices.Clone(st.Payments), func(p wallet.Payment) bool { return p.Status != wallet.PaymentPaid })
	}
	body := []app.UI{}
	if len(paid) == 0 {
		body = append(body, app.P().Class("empty").Text(s.t("receipt.none")))
	}
	for _, p := range paid {
		body = append(body, s.receipt(st, p))
	}
	return s.shell(screen{Title: s.t("receipt.service"), Back: "/", Money: true, Body: body})
}

// receipt is one payment's message card.
func (s *payService) receipt(st *wallet.State, p wallet.Payment) app.UI {
	return app.Article().Class("receipt").Body(
		app.P().Class("receipt-time").Text(demoTime(p.Paid)),
		app.Div().Class("receipt-card").Body(
			app.H3().Text(s.t("receipt.title")),
			app.P().Class("receipt-amount").Text(p.Money.String()),
			infoRow(s.t("receipt.payee"), p.Merchant.Name),
			infoRow(s.t("sheet.method"), methodName(s.page, st, p.Method)),
			app.If(p.Fee.Amount > 0, func() app.UI { return infoRow(s.t("sheet.fee"), p.Fee.String()) }),
			link("/bills").Class("receipt-link").Text(s.t("bills.title")),
		),
	)
}

// demoTime writes a demo time the way the wallet does, in China time.
func demoTime(t time.Time) string {
	return t.In(time.FixedZone("UTC+8", 8*3600)).Format("2006-01-02 15:04")
}

// payServiceRow leads from Chats to the "Pay" service account once it has
// sent a receipt.
func (p *page) payServiceRow() app.UI {
	st := currentStore().Wallet()
	paid := st != nil && slices.ContainsFunc(st.Payments, func(p wallet.Payment) bool { return p.Status == wallet.PaymentPaid })
	return app.If(paid, func() app.UI { return group(cell("/pay-service", iconWallet, p.t("receipt.service"))) })
}
