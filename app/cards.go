package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"walletdemo/app/runner"
	"walletdemo/wallet"
)

// cardsView draws Wallet > Cards: the linked cards and the way to add one.
func cardsView(c *page) app.UI {
	e := c.entry()
	if !e.Shows() {
		return c.shell(screen{Title: c.t("cards.title"), Back: "/wallet", Money: true, Body: []app.UI{c.payHidden(e)}})
	}
	linked := runner.Store().Wallet().Cards
	return c.shell(screen{Title: c.t("cards.title"), Back: "/wallet", Money: true, Body: []app.UI{
		app.If(len(linked) == 0, func() app.UI { return para("empty", c.t("cards.none")) }),
		app.Elem("ul").Class("card-list").Body(app.Range(linked).Slice(func(i int) app.UI {
			return app.Elem("li").Body(c.cardFace(linked[i]))
		})),
		div("form", link("/cards/add").Class("btn btn-primary").Text(c.t("cards.add"))),
	}})
}

// cardFace is a linked card as a small coloured card: bank, network, last
// digits, and whether it is foreign to the wallet.
func (p *page) cardFace(c wallet.LinkedCard) app.UI {
	return div("card-face net-"+string(c.Network),
		para("card-bank", c.Bank.Name),
		para("card-net", c.Network.Name()+" · "+p.regionLabel(c.Bank.Region)),
		para("card-number", maskedCard(c.Last4)),
		app.If(c.Foreign, func() app.UI { return para("card-tag", p.t("cards.foreign")) }),
	)
}
