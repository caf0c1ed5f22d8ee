package tour

import "walletdemo/wallet"

// The wallet a tour that starts Active has: a Mainland resident (the
// spec's test ID), a Mainland demo card, this payment PIN (the tips tell
// it) and ¥500.00.
const (
	ReadyPIN                   = "246810"
	ReadyCard                  = "6200000000000005"
	ReadyBalance wallet.Amount = 50000
)

// ReadyIdentity is the identity of an Active tour's wallet.
var ReadyIdentity = wallet.Identity{Type: wallet.IDMainland, Name: "Zhang Wei", Number: "110101199003074514"}

// ready is the start of the payment tours.
var ready = Start{Region: wallet.Mainland, Rules: wallet.Rules2020, Active: true}

// All returns the built-in tours, in the order the tour list shows them.
func All() []Tour {
	return []Tour{
		{
			ID: "setup", Title: "tour.setup", Start: Start{Region: wallet.Mainland, Rules: wallet.Rules2020},
			Steps: []Step{
				{ID: "open-me", Route: "/", Target: `.tabbar a[href$="/me"]`, Text: "tour.setup.me", Done: Done{Route: "/me"}},
				{ID: "open-services", Route: "/me", Target: `a[href$="/services"]`, Text: "tour.setup.services", Done: Done{Route: "/services"}},
				{ID: "open-wallet", Route: "/services", Target: `a[href$="/wallet"]`, Text: "tour.setup.wallet", Done: Done{Route: "/wallet"}},
				{ID: "open-cards", Route: "/wallet", Target: `a[href$="/cards"]`, Text: "tour.setup.cards", Done: Done{Route: "/cards"}},
				{ID: "add-card", Route: "/cards", Target: `a[href$="/cards/add"]`, Text: "tour.setup.add", Done: Done{Route: "/cards/add"}},
				{ID: "link-card", Route: "/cards/add", Target: `#demo-cards`, Text: "tour.setup.link", Done: Done{Event: wallet.EventCardLinked}},
				{ID: "set-pin", Route: "/pin", Target: `.pinpad`, Text: "tour.setup.pin", Done: Done{Event: wallet.EventActivated}},
			},
		},
		{
			ID: "activate", Title: "tour.activate", Start: Start{Region: "GB", Rules: wallet.Rules2020},
			Steps: []Step{
				{ID: "open-chat", Route: "/", Target: `a[href*="/chat"]`, Text: "tour.activate.chat", Done: Done{Route: "/chat"}},
				{ID: "open-packet", Route: "/chat", Target: `.incoming button`, Text: "tour.activate.open", Done: Done{Event: wallet.EventPayOffered}},
				{ID: "real-name", Route: "/realname", Target: `form, .form`, Text: "tour.activate.realname", Done: Done{Event: wallet.EventAuthenticated}},
				{ID: "link-card", Route: "/cards/add", Target: `#demo-cards`, Text: "tour.activate.card", Done: Done{Event: wallet.EventCardLinked}},
				{ID: "set-pin", Route: "/pin", Target: `.pinpad`, Text: "tour.activate.pin", Done: Done{Event: wallet.EventActivated}},
			},
		},
		{
			ID: "quick-pay", Title: "tour.quickpay", Start: ready,
			Steps: []Step{
				{ID: "open-money", Route: "/services", Target: `a[href$="/money"]`, Text: "tour.quickpay.money", Done: Done{Route: "/money"}},
				{ID: "show-code", Route: "/money", Target: `.paycode, .pay-code`, Text: "tour.quickpay.code", Done: Done{Event: wallet.EventPaymentMade}},
			},
		},
		{
			ID: "scan", Title: "tour.scan", Start: ready,
			Steps: []Step{
				{ID: "open-scan", Route: "/", Target: `.plus-menu summary, a[href$="/scan"]`, Text: "tour.scan.open", Done: Done{Route: "/scan"}},
				{ID: "pick-shop", Route: "/scan", Target: `a[href*="/pay?"]`, Text: "tour.scan.pick", Done: Done{Route: "/pay"}},
				{ID: "pay", Route: "/pay", Target: `.pinpad, .sheet`, Text: "tour.scan.pay", Done: Done{Event: wallet.EventPaymentMade}},
			},
		},
		{
			ID: "red-packet", Title: "tour.redpacket", Start: ready,
			Steps: []Step{
				{ID: "open-contacts", Route: "/", Target: `.tabbar a[href$="/contacts"]`, Text: "tour.redpacket.contacts", Done: Done{Route: "/contacts"}},
				{ID: "open-chat", Route: "/contacts", Target: `a[href*="/chat"]`, Text: "tour.redpacket.chat", Done: Done{Route: "/chat"}},
				{ID: "open-form", Route: "/chat", Target: `a[href*="/redpacket"]`, Text: "tour.redpacket.form", Done: Done{Route: "/redpacket"}},
				{ID: "send", Route: "/redpacket", Target: `.sheet, .form`, Text: "tour.redpacket.send", Done: Done{Event: wallet.EventPacketSent}},
			},
		},
		{
			ID: "in-app", Title: "tour.inapp", Start: ready,
			Steps: []Step{
				{ID: "open-discover", Route: "/", Target: `.tabbar a[href$="/discover"]`, Text: "tour.inapp.discover", Done: Done{Route: "/discover"}},
				{ID: "open-shop", Route: "/discover", Target: `a[href*="/merchant"], a[href*="/shop"]`, Text: "tour.inapp.shop", Done: Done{Event: wallet.EventPaymentStarted}},
				{ID: "pay", Route: "/pay", Target: `.pinpad, .sheet`, Text: "tour.inapp.pay", Done: Done{Event: wallet.EventPaymentMade}},
			},
		},
	}
}
