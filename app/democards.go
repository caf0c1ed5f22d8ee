package app

import (
	"walletdemo/app/i18n"
	"walletdemo/app/runner"
	"walletdemo/wallet"
)

// demoCardLabel names a demo card in the user's language. English keeps
// the engine's label; Chinese builds it from the issuing region, the
// network and what the number shows (no check digit, 19 digits), as the
// engine's labels do, so that no English phrase stands in a Chinese screen.
// Network brands other than UnionPay stay in Latin letters, as on the cards.
func (p *page) demoCardLabel(d wallet.DemoCard) string {
	if runner.Lang() == i18n.English {
		return d.Label
	}
	network := " " + d.Network.Name() + " "
	if d.Network == wallet.UnionPay {
		network = p.t("democard.unionpay")
	}
	label := p.tf("democard.label", p.regionName(d.Bank.Region), network)
	switch {
	case !wallet.Luhn(d.Number):
		return p.tf("democard.nocheck", label)
	case len(d.Number) == 19:
		return p.tf("democard.digits", label, len(d.Number))
	}
	return label
}
