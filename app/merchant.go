package app

import (
	"strconv"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"walletdemo/app/runner"
	"walletdemo/wallet"
)

// shopItem is something a demo shop sells, priced in minor units of the
// wallet's currency.
type shopItem struct {
	Key   string // catalogue key of its name
	Price wallet.Amount
}

// demoShop is a demo merchant of Discover, one per payment type.
type demoShop struct {
	ID       string // the "/shop?id=" value
	Merchant wallet.Merchant
	// Kind is the payment type the shop shows; PayQuick and PayQR shops
	// show codes, the in-app ones hand off to the pay sheet.
	Kind  wallet.PaymentKind
	Key   string // catalogue key of its description
	Items []shopItem
	// Order marks the shop that prints a dynamic order code per purchase;
	// the café's code is static.
	Order bool
}

// demoShops are Discover's shops, in the order the list shows them.
var demoShops = []demoShop{
	{ID: "cafe", Merchant: cashierMerchant, Kind: wallet.PayQR, Key: "shop.cafe"},
	{ID: "noodles", Merchant: wallet.Merchant{ID: "jade-noodles", Name: "Jade Garden Noodles"}, Kind: wallet.PayQR, Key: "shop.noodles", Order: true,
		Items: []shopItem{{"item.beefnoodles", 3200}, {"item.dumplings", 1800}}},
	{ID: "books", Merchant: wallet.Merchant{ID: "bookshop", Name: "Paper Lantern Books"}, Kind: wallet.PayInAppWeb, Key: "shop.books",
		Items: []shopItem{{"item.novel", 4500}, {"item.atlas", 12800}}},
	{ID: "metro", Merchant: wallet.Merchant{ID: "metro", Name: "City Metro"}, Kind: wallet.PayNativeApp, Key: "shop.metro",
		Items: []shopItem{{"item.ticket", 600}, {"item.daypass", 2000}}},
	{ID: "tea", Merchant: wallet.Merchant{ID: "little-leaf", Name: "Little Leaf Tea"}, Kind: wallet.PayMiniProgram, Key: "shop.tea",
		Items: []shopItem{{"item.milktea", 1600}, {"item.oolong", 2200}}},
}

func findShop(id string) (demoShop, bool) {
	for _, s := range demoShops {
		if s.ID == id {
			return s, true
		}
	}
	return demoShop{}, false
}

// shopPage is "/shop?id=": a demo merchant. The café shows its static QR
// and its till; the noodle shop prints an order QR per dish (?order=,
// ?item=, ?exp= keep it across reloads); the in-app shops start an order
// and hand off to the pay sheet, which hands back to the shop.
type shopPage struct {
	page
	shop             demoShop
	found            bool
	order, item, exp string
}

// OnNav reads the shop and its state from the URL.
func (s *shopPage) OnNav(ctx app.Context) {
	s.page.OnNav(ctx)
	q := runner.PageQuery(ctx)
	s.shop, s.found = findShop(q.Get("id"))
	s.order, s.item, s.exp, s.err = q.Get("order"), q.Get("item"), q.Get("exp"), nil
}

// Render implements app.Composer.
func (s *shopPage) Render() app.UI {
	if !s.found {
		return s.shell(screen{Title: s.t("tab.discover"), Back: "/discover", Body: []app.UI{errorBox(s.t("shop.unknown"))}})
	}
	st := runner.Store().Wallet()
	body := []app.UI{
		div("merchant-head shop-"+s.shop.ID,
			app.Div().Class("merchant-logo").Aria("hidden", "true").Text(initial(s.shop.Merchant.Name)),
			para("merchant-name", s.shop.Merchant.Name),
			para("merchant-sub", s.t(s.shop.Key)),
		),
	}
	if st == nil {
		body = append(body, para("empty", s.t("pay.nowallet")))
	} else {
		cur := st.Entry(runner.Store().Now()).Currency
		switch {
		case s.shop.ID == "cafe":
			body = append(body, s.cafe(cur)...)
		case s.shop.Order:
			body = append(body, s.orders(st, cur)...)
		default:
			body = append(body, s.inApp(st, cur)...)
		}
	}
	return s.shell(screen{Title: s.shop.Merchant.Name, Back: "/discover", Money: true, Body: body})
}

// cafe shows the counter's static QR and the way to its till.
func (s *shopPage) cafe(cur wallet.Currency) []app.UI {
	path := wallet.EncodeMerchantQR(wallet.MerchantQR{Merchant: s.shop.Merchant, Currency: cur})
	return []app.UI{
		s.qrCard(path, s.t("shop.staticqr")),
		div("form",
			link(path).Class("btn btn-primary").Text(s.t("shop.scanhere")),
			link("/cashier").Class("btn").Text(s.t("shop.till")),
		),
	}
}

// qrCard shows a merchant QR code that another phone can scan: its URL is
// this site's own address of path.
func (s *shopPage) qrCard(path, caption string) app.UI {
	full := path
	if app.IsClient {
		loc := app.Window().Get("location")
		full = loc.Get("origin").String() + runner.Prefixed(path)
	}
	return app.Elem("figure").Class("shop-qr").Body(
		qrImage(full, caption),
		app.Elem("figcaption").Text(caption),
	)
}

// orders lists the dishes; ordering one prints its order QR, valid for
// the ruleset's order time.
func (s *shopPage) orders(st *wallet.State, cur wallet.Currency) []app.UI {
	ui := []app.UI{s.items(cur, s.t("shop.order"), func(ctx app.Context, i int) {
		rules, err := wallet.LookupRuleset(st.Ruleset)
		if err != nil {
			s.err = err
			return
		}
		q := rules.NewOrderQR(s.shop.Merchant, wallet.Money{Amount: s.shop.Items[i].Price, Currency: cur}, "o"+strconv.FormatInt(time.Now().UnixMilli(), 36), runner.Store().Now())
		runner.Navigate(ctx, "/shop?id="+s.shop.ID+"&item="+strconv.Itoa(i)+"&order="+q.Order+"&exp="+strconv.FormatInt(q.Expires.Unix(), 10))
	})}
	i, err := strconv.Atoi(s.item)
	exp, err2 := strconv.ParseInt(s.exp, 10, 64)
	if s.order == "" || err != nil || err2 != nil || i < 0 || i >= len(s.shop.Items) {
		return ui
	}
	item := s.shop.Items[i]
	q := wallet.MerchantQR{Merchant: s.shop.Merchant, Currency: cur, Amount: item.Price, Order: s.order, Expires: time.Unix(exp, 0).UTC()}
	// An order code lives in demo time: a jump of the demo clock past its
	// expiry takes it off the counter at once.
	if !s.now().Before(q.Expires) {
		return append(ui, para("note", s.t("shop.orderexpired")))
	}
	path := wallet.EncodeMerchantQR(q)
	return append(ui,
		s.qrCard(path, s.t("shop.orderqr")+" "+s.t(item.Key)+" · "+wallet.FormatAmount(item.Price, cur)),
		app.P().Class("note").Body(app.Text(s.t("shop.ordervalid")+" "), s.countdown(q.Expires)),
		div("form", link(path).Class("btn btn-primary").Text(s.t("shop.scanhere"))),
	)
}

// items is the shop's price list with one action per item.
func (s *shopPage) items(cur wallet.Currency, action string, do func(ctx app.Context, i int)) app.UI {
	return div("group",
		app.Range(s.shop.Items).Slice(func(i int) app.UI {
			it := s.shop.Items[i]
			return div("shop-item",
				span("shop-item-name", s.t(it.Key)),
				span("shop-item-price", wallet.FormatAmount(it.Price, cur)),
				app.Button().Type("button").Class("btn-small").Text(action).Aria("label", action+" "+s.t(it.Key)).
					OnClick(func(ctx app.Context, e app.Event) { do(ctx, i) }),
			)
		}),
	)
}

// inApp is an official-account page, a third-party app or a Mini Program:
// buying starts an order and hands off to the pay sheet, which comes back
// here with the result (JSAPI's ok / cancel / fail).
func (s *shopPage) inApp(st *wallet.State, cur wallet.Currency) []app.UI {
	back := "/shop?id=" + s.shop.ID
	ui := []app.UI{s.items(cur, s.t("shop.buy"), func(ctx app.Context, i int) {
		var pay wallet.Payment
		s.act(ctx, func(st *wallet.State, now time.Time) ([]wallet.Event, error) {
			var ev []wallet.Event
			var err error
			pay, ev, err = st.StartOrder(s.shop.Kind, s.shop.Merchant, wallet.Money{Amount: s.shop.Items[i].Price, Currency: cur}, now)
			return ev, err
		}, func(ctx app.Context, err error) {
			if s.err = err; err == nil {
				runner.Navigate(ctx, "/pay?id="+pay.ID+"&back="+queryEscape(back))
			}
		})
	})}
	ui = append(ui, errorBox(s.errText(s.err)))
	// The shop shows its latest order: the one the wallet handed back.
	id := ""
	for _, p := range st.Payments {
		if p.Merchant.ID == s.shop.Merchant.ID && p.Kind == s.shop.Kind {
			id = p.ID
		}
	}
	if id == "" {
		return append(ui, para("hint", s.t(map[wallet.PaymentKind]string{wallet.PayInAppWeb: "handoff.web", wallet.PayNativeApp: "handoff.app", wallet.PayMiniProgram: "handoff.mini"}[s.shop.Kind])))
	}
	pay, ok := st.Payment(id)
	if !ok {
		return ui
	}
	result := pay.Result()
	status := []app.UI{
		para("handoff-result", s.t("shop.result")+" "+resultWord(result)),
		para("hint", s.t(map[string]string{"": "result.pending", wallet.ResultOK: "result.ok", wallet.ResultCancel: "result.cancel", wallet.ResultFail: "result.fail"}[result])),
	}
	if result == "" {
		status = append(status,
			link("/pay?id="+pay.ID+"&back="+queryEscape(back)).Class("btn btn-primary").Text(s.t("shop.payagain")),
			button(s.t("shop.expire"), false, func(ctx app.Context, e app.Event) {
				s.act(ctx, func(st *wallet.State, now time.Time) ([]wallet.Event, error) {
					return st.AdvanceClock(pay.Expires.Sub(now)+time.Second, now)
				}, keepErr(&s.err))
			}),
		)
	}
	return append(ui, app.Div().Class("handoff form").Attr("role", "status").Body(status...))
}

// resultWord is the hand-off result as the merchant's code receives it.
func resultWord(r string) string {
	if r == "" {
		return "…"
	}
	return `"` + r + `"`
}
