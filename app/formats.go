package app

import (
	"strings"
	"time"

	"walletdemo/app/i18n"
	"walletdemo/app/runner"
	"walletdemo/wallet"
)

// How the screens write what the engine names: regions, days, times,
// cards, and texts with arguments.

// regionName is the name of a region in the user's language.
func (p *page) regionName(c wallet.RegionCode) string {
	if r, ok := wallet.LookupRegion(c); ok {
		return r.Name.In(string(runner.Lang()))
	}
	return string(c)
}

// regionLabel is a region's flag and name.
func (p *page) regionLabel(c wallet.RegionCode) string {
	return strings.TrimSpace(wallet.FlagEmoji(c) + " " + p.regionName(c))
}

// local is a name the engine gives in three languages, in the user's.
func (p *page) local(n wallet.LocalName) string { return n.In(string(runner.Lang())) }

// tf formats the text of key with args.
func (p *page) tf(key string, args ...any) string { return i18n.Tf(runner.Lang(), key, args...) }

// date writes a day in the user's language, in the rules' time zone (the
// wallets' dates are days in China).
func (p *page) date(t time.Time) string {
	t = t.In(rulesZone())
	if runner.Lang() == i18n.English {
		return t.Format("2 January 2006")
	}
	return t.Format("2006年1月2日")
}

// clockText writes a demo time, with its date, the one way the demo shows
// times (the clock, chats, bills, locks, deadlines), in the rules' zone.
func (p *page) clockText(t time.Time) string {
	t = t.In(rulesZone())
	if runner.Lang() == i18n.English {
		return t.Format("2 Jan 15:04")
	}
	return t.Format("1月2日 15:04")
}

// timeParseDay reads a "YYYY-MM-DD" day of the rules' calendar.
func timeParseDay(s string) (time.Time, error) {
	return time.ParseInLocation("2006-01-02", s, rulesZone())
}

// rulesZone is where the ruleset's days begin.
func rulesZone() *time.Location {
	if st := runner.Store().Wallet(); st != nil {
		if r, err := wallet.LookupRuleset(st.Ruleset); err == nil && r.Zone != nil {
			return r.Zone
		}
	}
	return time.UTC
}

// cardName names a linked card the one way the demo shows cards: bank,
// network and the masked number.
func cardName(c wallet.LinkedCard) string {
	return c.Bank.Name + " " + c.Network.Name() + " " + maskedCard(c.Last4)
}

// maskedCard is a card number as the demo shows it: the last four digits
// only (the only ones it keeps).
func maskedCard(last4 string) string { return "•••• " + last4 }
