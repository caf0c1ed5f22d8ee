package app

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"walletdemo/wallet"
)

// The SMS a bank "texts" in the demo, shown as the phone's notification:
// Add a card and Forgot payment PIN both send one.

// newSMSCode is a six-digit code the demo "texts" to the user.
func newSMSCode() string { return fmt.Sprintf("%06d", rand.IntN(1_000_000)) }

// smsNotification shows the code as the phone's notification would.
func smsNotification(p *page, code string) app.UI {
	return app.If(code != "", func() app.UI {
		return app.Div().Class("notification").Attr("role", "status").Body(
			para("notification-app", p.t("sms.from")),
			app.P().Class("notification-text").Body(
				app.Text(p.t("sms.text")+" "),
				app.Elem("strong").Class("sms-code").Text(code),
			),
			para("notification-demo", p.t("sms.demo")),
		)
	})
}

// checkSMS asks the engine whether what was typed in the draft id is the
// code sent.
func checkSMS(p *page, id, code string) error {
	return p.reworded(wallet.CheckSMSCode(p.draft(id), code), "sms.wrong")
}

// maskPhone shows the last digits of a phone number only.
func maskPhone(s string) string {
	d := wallet.Digits(s)
	if len(d) <= 4 {
		return d
	}
	return strings.Repeat("•", len(d)-4) + d[len(d)-4:]
}
