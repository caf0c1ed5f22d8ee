package app

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"walletdemo/app/runner"
	"walletdemo/wallet"
)

// cashierMerchant is the demo café whose counter scans Quick Pay codes.
var cashierMerchant = wallet.Merchant{ID: "lucky-bean", Name: "Lucky Bean Coffee"}

// cashierView draws "/cashier": the café's till, played by the demo. The cashier
// types the amount and "scans" the code the Money screen shows on this
// device; the engine decides whether it pays at once or asks the payer's
// PIN, which then opens the pay sheet.
func cashierView(c *page) app.UI {
	st := runner.Store().Wallet()
	cur := wallet.CNY
	if st != nil {
		cur = st.Entry(runner.Store().Now()).Currency
	}
	return c.shell(screen{Title: c.t("cashier.title"), Back: "/shop?id=cafe", Money: true, Body: []app.UI{
		div("merchant-head till",
			app.Div().Class("merchant-logo").Aria("hidden", "true").Text(initial(cashierMerchant.Name)),
			para("merchant-name", cashierMerchant.Name),
			para("merchant-sub", c.t("cashier.role")),
		),
		div("form",
			c.amountInput("cashier-amount", c.t("cashier.amount"), cur, ""),
			c.input(field{ID: "cashier-code", Label: c.t("cashier.code"), Mode: "numeric", Max: 18, Autocomplete: "off"}),
			button(c.t("cashier.scanhere"), false, func(ctx app.Context, e app.Event) { cashierScanHere(c, ctx, e) }),
			errorBox(c.errText(c.err)),
			button(c.t("cashier.charge"), true, func(ctx app.Context, e app.Event) { cashierCharge(c, ctx, cur) }),
			para("hint", c.t("cashier.hint")),
			link("/money").Class("btn").Text(c.t("cashier.showcode")),
		),
	}})
}

// cashierScanHere reads the code the Money screen shows on this device, as the
// cashier's scanner would: the engine keeps the current one.
func cashierScanHere(c *page, ctx app.Context, e app.Event) {
	st := runner.Store().Wallet()
	if st == nil || st.PayCode == nil {
		c.err = wallet.Errorf(wallet.EINVALID, "%s", c.t("cashier.nocode"))
		return
	}
	c.err = nil
	c.pick("cashier-code", st.PayCode.Digits)
}

// cashierCharge has the engine take the payment.
func cashierCharge(c *page, ctx app.Context, cur wallet.Currency) {
	amount, err := wallet.ParseAmount(c.draft("cashier-amount"), cur)
	if err != nil {
		c.err = err
		return
	}
	var pay wallet.Payment
	c.act(ctx, func(st *wallet.State, now time.Time) ([]wallet.Event, error) {
		var ev []wallet.Event
		var err error
		pay, ev, err = st.MerchantScan(c.draft("cashier-code"), cashierMerchant, amount, now)
		return ev, err
	}, func(ctx app.Context, err error) {
		if c.err = err; err != nil {
			return
		}
		c.clearDrafts("cashier-amount", "cashier-code")
		if pay.Status == wallet.PaymentPaid {
			runner.Navigate(ctx, "/paid?id="+pay.ID+"&back="+queryEscape("/cashier"))
			return
		}
		runner.Navigate(ctx, "/pay?id="+pay.ID+"&back="+queryEscape("/cashier"))
	})
}
