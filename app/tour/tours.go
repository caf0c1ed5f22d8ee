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

// The autoplay's scripts that several tours share.
var (
	// finishCard sends the SMS code, types it, agrees to the terms and adds
	// the card.
	finishCard = []Action{
		{Press: "card.sendcode"},
		{Fill: "#card-sms", Copy: ".sms-code"},
		{Press: "setup.next"},
		{Tap: "#card-agree"},
		{Press: "terms.done"},
	}
	setPIN = []Action{{Press: "pin.set"}, {Keys: ReadyPIN}, {Keys: ReadyPIN}}
	payPIN = []Action{{Keys: ReadyPIN}}
)

// play joins scripts into one.
func play(parts ...[]Action) []Action {
	var all []Action
	for _, p := range parts {
		all = append(all, p...)
	}
	return all
}

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
				{ID: "link-card", Route: "/cards/add", Target: `#demo-cards`, Text: "tour.setup.link", Done: Done{Event: wallet.EventCardLinked},
					Play: play([]Action{
						{Tap: ".demo-card"}, {Press: "setup.next"},
						{Tap: `input[name="idtype"][value="` + string(wallet.IDMainland) + `"]`},
						{Fill: "#id-name", Text: ReadyIdentity.Name}, {Fill: "#id-number", Text: ReadyIdentity.Number},
						{Fill: "#card-phone", Text: "13800138000"},
					}, finishCard)},
				{ID: "set-pin", Route: "/pin", Target: `.pinpad`, Text: "tour.setup.pin", Done: Done{Event: wallet.EventActivated}, Play: setPIN},
			},
		},
		{
			ID: "activate", Title: "tour.activate", Start: Start{Region: "GB", Rules: wallet.Rules2020},
			Steps: []Step{
				{ID: "open-chat", Route: "/", Target: `a[href*="/chat"]`, Text: "tour.activate.chat", Done: Done{Route: "/chat"}},
				{ID: "open-packet", Route: "/chat", Target: `.money-card.packet button`, Text: "tour.activate.open", Done: Done{Event: wallet.EventPayOffered}},
				{ID: "real-name", Route: "/realname", Target: `form, .form`, Text: "tour.activate.realname", Done: Done{Event: wallet.EventAuthenticated},
					Play: []Action{
						{Press: "act.verify"},
						{Fill: "#id-name", Text: "Alex Taylor"}, {Fill: "#id-number", Text: "K1234567"},
						{Fill: "#id-expiry", Text: "2031-05-01"}, {Fill: "#id-birth", Text: "1990-03-07"},
						{Fill: "#id-occupation", Text: "Engineer"}, {Fill: "#id-address", Text: "1 High Street, London"},
						{Press: "setup.next"}, {Press: "rn.continue"}, {Press: "rn.submit"},
					}},
				{ID: "link-card", Route: "/cards/add", Target: `#demo-cards`, Text: "tour.activate.card", Done: Done{Event: wallet.EventCardLinked},
					Play: play([]Action{{Press: "cards.add"}, {Tap: ".demo-card"}, {Press: "setup.next"}, {Fill: "#card-phone", Text: "7700 900123"}}, finishCard)},
				{ID: "set-pin", Route: "/pin", Target: `.pinpad`, Text: "tour.activate.pin", Done: Done{Event: wallet.EventActivated}, Play: setPIN},
			},
		},
		{
			ID: "quick-pay", Title: "tour.quickpay", Start: ready,
			Steps: []Step{
				{ID: "open-money", Route: "/services", Target: `a[href$="/money"]`, Text: "tour.quickpay.money", Done: Done{Route: "/money"}},
				{ID: "show-code", Route: "/money", Target: `.paycode, .pay-code`, Text: "tour.quickpay.code", Done: Done{Event: wallet.EventPaymentMade},
					// The shop's till scans the code; this phone plays the till too.
					Play: []Action{{Open: "/cashier"}, {Fill: "#cashier-amount", Text: "20"}, {Press: "cashier.scanhere"}, {Press: "cashier.charge"}}},
			},
		},
		{
			ID: "scan", Title: "tour.scan", Start: ready,
			Steps: []Step{
				{ID: "open-scan", Route: "/", Target: `.plus-menu summary, a[href$="/scan"]`, Text: "tour.scan.open", Done: Done{Route: "/scan"},
					Play: []Action{{Tap: ".plus-menu summary"}, {Tap: `.plus-menu a[href$="/scan"]`}}},
				{ID: "pick-shop", Route: "/scan", Target: `a[href*="/pay?"]`, Text: "tour.scan.pick", Done: Done{Route: "/pay"}},
				{ID: "pay", Route: "/pay", Target: `#pay-amount, .sheet`, Text: "tour.scan.pay", Done: Done{Event: wallet.EventPaymentMade},
					Play: play([]Action{{Fill: "#pay-amount", Text: "12.5"}, {Press: "pay.next"}}, payPIN)},
			},
		},
		{
			ID: "red-packet", Title: "tour.redpacket", Start: ready,
			Steps: []Step{
				{ID: "open-contacts", Route: "/", Target: `.tabbar a[href$="/contacts"]`, Text: "tour.redpacket.contacts", Done: Done{Route: "/contacts"}},
				{ID: "open-chat", Route: "/contacts", Target: `a[href*="/chat"]`, Text: "tour.redpacket.chat", Done: Done{Route: "/chat"}},
				{ID: "open-form", Route: "/chat", Target: `a[href*="/redpacket"]`, Text: "tour.redpacket.form", Done: Done{Route: "/redpacket"}},
				{ID: "send", Route: "/redpacket", Target: `.sheet, .form`, Text: "tour.redpacket.send", Done: Done{Event: wallet.EventPacketSent},
					Play: play([]Action{{Fill: "#packet-amount", Text: "6.66"}, {Fill: "#packet-greeting", Text: "Thank you!"}, {Press: "packet.prepare"}}, payPIN)},
			},
		},
		{
			ID: "in-app", Title: "tour.inapp", Start: ready,
			Steps: []Step{
				{ID: "open-discover", Route: "/", Target: `.tabbar a[href$="/discover"]`, Text: "tour.inapp.discover", Done: Done{Route: "/discover"}},
				{ID: "open-shop", Route: "/discover", Target: `a[href*="/shop?id=books"]`, Text: "tour.inapp.shop", Done: Done{Event: wallet.EventPaymentStarted},
					Play: []Action{{Tap: `a[href*="/shop?id=books"]`}, {Press: "shop.buy"}}},
				{ID: "pay", Route: "/pay", Target: `.pinpad, .sheet`, Text: "tour.inapp.pay", Done: Done{Event: wallet.EventPaymentMade}, Play: payPIN},
			},
		},
	}
}
