package app

import (
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"walletdemo/app/runner"
	"walletdemo/wallet"
)

// groupID is the demo group chat a group red packet goes to.
const groupID = "group"

// groupMembers are the demo contacts in the group chat.
var groupMembers = []string{"li-wei", "chen-jing", "wong-ka-ho"}

// socialFlow is what red packets and transfers share: the contact from
// ?to=, the step from ?step=, the list of what went between the user and
// the contact, and the demo clock that lets the contact react.
type socialFlow struct {
	stepFlow
	to string
}

// OnNav reads the contact and the step from the URL.
func (f *socialFlow) OnNav(ctx app.Context) {
	f.stepFlow.OnNav(ctx)
	f.to = runner.PageQuery(ctx).Get("to")
}

// OnMount settles what fell due, so statuses are current.
func (f *socialFlow) OnMount(ctx app.Context) {
	f.page.OnMount(ctx)
	f.settleDue(ctx)
}

// recipients are the contact ids ?to= names, or nil if unknown.
func (f *socialFlow) recipients() []string {
	if f.to == groupID {
		return groupMembers
	}
	if _, err := wallet.LookupContact(f.to); err == nil {
		return []string{f.to}
	}
	return nil
}

// who names ?to= for titles.
func (f *socialFlow) who() string {
	if f.to == groupID {
		return f.t("social.group")
	}
	c, _ := wallet.LookupContact(f.to)
	return c.Name
}

// picker lists the contacts (and the group, where allowed) to send to.
func (f *socialFlow) picker(route string, withGroup bool) app.UI {
	cells := []app.UI{}
	for _, c := range wallet.Contacts() {
		cells = append(cells, cell(route+"?to="+c.ID, "", c.Name))
	}
	if withGroup {
		cells = append(cells, cell(route+"?to="+groupID, "", f.t("social.group")))
	}
	return app.Div().Body(app.Elem("h2").Class("group-title").Text(f.t("social.choose")), group(cells...))
}

// clock moves demo time on, so contacts react and 24-hour refunds happen
// in a second.
func (f *socialFlow) clock() app.UI {
	jump := func(d time.Duration) app.EventHandler {
		return func(ctx app.Context, e app.Event) {
			f.act(ctx, func(st *wallet.State, now time.Time) ([]wallet.Event, error) { return st.AdvanceClock(d, now) }, keepErr(&f.err))
		}
	}
	return app.Div().Class("demo-clock").Attr("role", "group").Aria("label", f.t("clock.label")).Body(
		app.Span().Text(f.t("clock.label")+" "+f.clockText(runner.Store().Now())),
		app.Button().Type("button").Class("btn-small").Text(f.t("clock.10m")).OnClick(jump(10*time.Minute)),
		app.Button().Type("button").Class("btn-small").Text(f.t("clock.24h")).OnClick(jump(24*time.Hour)),
	)
}

// ask has the contact send the user money (a demo button: in a real chat
// the contact decides).
func (f *socialFlow) ask(kind wallet.IncomingKind, key string) app.UI {
	if f.to == groupID {
		return nil
	}
	return button(f.t(key), false, func(ctx app.Context, e app.Event) {
		f.act(ctx, func(st *wallet.State, now time.Time) ([]wallet.Event, error) {
			_, ev, err := st.ReceiveFrom(f.to, kind, askAmount, now)
			return ev, err
		}, keepErr(&f.err))
	})
}

// incoming lists what the contact sent the user of kind, with take (open or
// accept) and, for transfers, return.
func (f *socialFlow) incoming(st *wallet.State, kind wallet.IncomingKind) []app.UI {
	var ui []app.UI
	for i := len(st.Incoming) - 1; i >= 0; i-- {
		in := st.Incoming[i]
		if in.Kind != kind || in.From != f.to {
			continue
		}
		id := in.ID
		row := div("item from",
			span("item-what", f.t(map[wallet.IncomingKind]string{wallet.IncomingPacket: "social.from.packet", wallet.IncomingTransfer: "social.from.transfer"}[kind])+" "+in.Money.String()),
			span("item-status", f.t(statusKeys[in.Status])),
		)
		ui = append(ui, row)
		if in.Status != wallet.StatusPending {
			continue
		}
		take := func(ctx app.Context, e app.Event) {
			f.act(ctx, func(st *wallet.State, now time.Time) ([]wallet.Event, error) {
				var ev []wallet.Event
				var err error
				if kind == wallet.IncomingPacket {
					_, ev, err = st.OpenRedPacket(id, now)
				} else {
					_, ev, err = st.AcceptTransfer(id, now)
				}
				return ev, err
			}, keepErr(&f.err))
		}
		actions := []app.UI{app.Button().Type("button").Class("btn-small primary").Text(f.t(map[wallet.IncomingKind]string{wallet.IncomingPacket: "social.open", wallet.IncomingTransfer: "social.accept"}[kind])).OnClick(take)}
		if kind == wallet.IncomingTransfer {
			actions = append(actions, app.Button().Type("button").Class("btn-small").Text(f.t("social.return")).OnClick(func(ctx app.Context, e app.Event) {
				f.act(ctx, func(st *wallet.State, now time.Time) ([]wallet.Event, error) {
					_, ev, err := st.ReturnTransfer(id, now)
					return ev, err
				}, keepErr(&f.err))
			}))
		}
		ui = append(ui, div("item-actions", actions...))
	}
	return ui
}

// sendRun sends with pin; success shows what was sent (step=sent, with
// its id in the URL, so a reload keeps it).
func (f *socialFlow) sendRun(ctx app.Context, route string, clear []string, op func(st *wallet.State, now time.Time) ([]wallet.Event, error)) {
	var id string
	f.act(ctx, func(st *wallet.State, now time.Time) ([]wallet.Event, error) {
		ev, err := op(st, now)
		for _, e := range ev {
			if e.Kind == wallet.EventPacketSent || e.Kind == wallet.EventTransferSent {
				id = e.Ref
			}
		}
		return ev, err
	}, func(ctx app.Context, err error) {
		if f.err = err; err != nil {
			f.wrong++
			return
		}
		f.clearDrafts(append(clear, sheetMethodDraft)...)
		runner.Navigate(ctx, route+"?to="+f.to+"&step=sent&id="+url.QueryEscape(id))
	})
}

// sentView is the screen after sending: what went to whom, and what
// happens next, when the money comes back if it is not taken in time.
// headline and next are catalogue keys; next takes the deadline and where
// the money returns.
func (f *socialFlow) sentView(st *wallet.State, route, title, headline, next string, money wallet.Money, detail string, expires time.Time, source wallet.Party) app.UI {
	back := route + "?to=" + f.to
	return f.social(title+" · "+f.who(), back, []app.UI{
		div("result",
			app.P().Class("result-tick").Aria("hidden", "true").Text("✓"),
			app.Elem("h2").Text(f.t(headline)),
			para("result-amount", money.String()),
		),
		div("receipt-card",
			infoRow(f.t("social.to"), f.who()),
			app.If(detail != "", func() app.UI { return infoRow(f.t("social.detail"), detail) }),
			infoRow(f.t("sheet.method"), f.sourceName(st, source)),
		),
		note(f.tf(next, f.clockText(expires), f.sourceName(st, source))),
		div("form",
			link("/chat?c="+f.to).Class("btn btn-primary").Text(f.t("social.tochat")),
			link(back).Class("btn").Text(f.t("social.sendmore")),
		),
	})
}

// sourceName names where money came from and returns to: the balance or
// a card.
func (f *socialFlow) sourceName(st *wallet.State, p wallet.Party) string {
	if p.Kind() == "card" {
		return methodName(f.page, st, wallet.Method(p.ID()))
	}
	return f.t("method.balance")
}

// confirm is the pay sheet of a red packet or transfer: the engine's quote,
// the way to pay with Change, and send with the PIN. clear are the form's
// drafts, forgotten once sent.
func (f *socialFlow) confirm(st *wallet.State, route, title string, quote wallet.Quote, qerr error, method wallet.Method, clear []string,
	send func(st *wallet.State, pin string, now time.Time) ([]wallet.Event, error)) app.UI {
	msg := f.errText(f.err)
	if msg == "" {
		msg = f.errText(qerr)
	}
	here := route + "?to=" + f.to
	return f.social(title+" · "+f.who(), here, []app.UI{&paySheet{
		Title: title, Payee: f.who(), Amount: quote.Total, Quote: &quote, Ready: qerr == nil,
		Method: method, Methods: payMethods(st), Err: msg, Wrong: f.wrong,
		Actions: f.shortActions(st, qerr, here+"&step=confirm"),
		OnPIN: func(ctx app.Context, pin string) {
			f.sendRun(ctx, route, clear, func(st *wallet.State, now time.Time) ([]wallet.Event, error) { return send(st, pin, now) })
		},
		OnClose: func(ctx app.Context) { runner.Navigate(ctx, here) },
	}})
}

// social wraps a red packet or transfer screen.
func (f *socialFlow) social(title, back string, body []app.UI) app.UI {
	return f.shell(screen{Title: title, Back: back, Money: true, Body: body})
}

// redPacket is "/redpacket?to=": send a contact (or the group) a red
// packet, normal or lucky, and see what became of the packets between
// you.
type redPacket struct{ socialFlow }

// request is the red packet the form describes.
func (r *redPacket) request(st *wallet.State) (wallet.PacketRequest, error) {
	cur := st.Entry(runner.Store().Now()).Currency
	a, err := wallet.ParseAmount(r.draft("packet-amount"), cur)
	req := wallet.PacketRequest{To: r.recipients(), Count: 1, Amount: a, Greeting: strings.TrimSpace(r.draft("packet-greeting")), Method: r.sheetMethod(st)}
	if r.to == groupID {
		req.Lucky = r.draft("packet-type") != "normal"
		if n, cerr := strconv.Atoi(strings.TrimSpace(r.draft("packet-count"))); cerr == nil {
			req.Count = n
		} else {
			req.Count = 0
		}
	}
	return req, err
}

// Render implements app.Composer.
func (r *redPacket) Render() app.UI {
	st := runner.Store().Wallet()
	now := runner.Store().Now()
	title := r.t("packet.title")
	switch {
	case st == nil:
		return r.social(title, "/", []app.UI{para("empty", r.t("pay.nowallet"))})
	case r.recipients() == nil:
		return r.social(title, "/money", []app.UI{r.picker("/redpacket", true)})
	}
	// The engine says whether this account may send red packets at all
	// (a foreign-card account on the 2024 rules may only spend).
	if _, err := st.QuoteRedPacket(wallet.PacketRequest{To: r.recipients(), Count: 1, Amount: 1}, now); slices.Contains([]string{wallet.ESPENDONLY, wallet.ESTAGE, wallet.ECLOSED}, wallet.ErrorCode(err)) {
		return r.social(title+" · "+r.who(), "/redpacket", []app.UI{div("form", errorBox(r.errText(err)))})
	}
	if r.step == "sent" {
		if i := slices.IndexFunc(st.Packets, func(p wallet.RedPacket) bool { return p.ID == runner.Query("id") }); i >= 0 {
			p := st.Packets[i]
			detail := p.Greeting
			if len(p.To) > 1 {
				kind := r.t("packet.normal")
				if p.Lucky {
					kind = r.t("packet.lucky")
				}
				detail = strings.TrimSuffix(r.tf("packet.sent.count", len(p.Shares)+len(p.Claims), kind)+" · "+detail, " · ")
			}
			return r.sentView(st, "/redpacket", title, "packet.sent", "packet.sent.next", p.Money, detail, p.Expires, p.Source)
		}
	}
	req, amountErr := r.request(st)
	if r.step == "confirm" {
		quote, qerr := st.QuoteRedPacket(req, now)
		if amountErr != nil {
			qerr = amountErr
		}
		return r.confirm(st, "/redpacket", title, quote, qerr, req.Method, []string{"packet-amount", "packet-greeting", "packet-count"},
			func(st *wallet.State, pin string, now time.Time) ([]wallet.Event, error) {
				_, ev, err := st.SendRedPacket(req, pin, now)
				return ev, err
			})
	}
	// The cap is on the whole packet: the label says what the amount is,
	// and the engine's total of the shares shows under it, beside the cap.
	amountLabel, each := r.t("packet.amount.one"), false
	switch {
	case r.to != groupID:
	case req.Lucky:
		amountLabel = r.t("packet.total")
	default:
		amountLabel, each = r.t("packet.amount"), true
	}
	form := []app.UI{}
	if r.to == groupID {
		form = append(form, r.typeChoice(req.Lucky),
			r.input(field{ID: "packet-count", Label: r.t("packet.count"), Mode: "numeric", Max: 3}))
	}
	form = append(form,
		r.amountInput("packet-amount", amountLabel, balanceOf(st).Currency, ""),
		r.packetSum(st, req, amountErr == nil && each && req.Count > 1),
		r.input(field{ID: "packet-greeting", Label: r.t("packet.greeting"), Placeholder: r.t("packet.wishes"), Max: 60}),
		errorBox(r.errText(r.err)),
		button(r.t("packet.prepare"), true, func(ctx app.Context, e app.Event) {
			req, err := r.request(st)
			if err == nil {
				_, err = st.QuoteRedPacket(req, runner.Store().Now())
			}
			// A short balance is settled on the sheet (top up or a card).
			if r.err = err; err != nil && wallet.ErrorCode(err) != wallet.EBALANCE {
				return
			}
			r.err = nil
			runner.Navigate(ctx, "/redpacket?to="+r.to+"&step=confirm")
		}),
	)
	body := []app.UI{div("form", form...)}
	body = append(body, app.Elem("h2").Class("group-title").Text(r.t("packet.history")))
	body = append(body, r.sent(st)...)
	body = append(body, r.incoming(st, wallet.IncomingPacket)...)
	body = append(body, div("form", r.ask(wallet.IncomingPacket, "packet.ask"), r.clock()))
	return r.social(title+" · "+r.who(), "/redpacket", body)
}

// packetSum says what the whole packet may hold and, for shares of the
// same amount (withSum), what this one holds. It is live: typing renders
// the form again.
func (r *redPacket) packetSum(st *wallet.State, req wallet.PacketRequest, withSum bool) app.UI {
	rule, ok := walletRule(st)
	if !ok {
		return nil
	}
	most := wallet.FormatAmount(rule.PacketMax, rule.Currency)
	text := r.tf("packet.cap", most)
	if withSum {
		text = r.tf("packet.sum", req.Count, wallet.FormatAmount(req.Amount, rule.Currency), wallet.FormatAmount(req.Total(), rule.Currency), most)
	}
	return app.P().Class("hint").Aria("live", "polite").Text(text)
}

// typeChoice picks normal (each the same) or lucky (a random split).
func (r *redPacket) typeChoice(lucky bool) app.UI {
	opt := func(v, key string, on bool) app.UI {
		radio := app.Input().Type("radio").Name("packet-type").Value(v).
			OnChange(func(ctx app.Context, e app.Event) { r.pick("packet-type", v) })
		if on {
			radio = radio.Checked(true)
		}
		return app.Label().Class("choice").Body(radio, app.Span().Text(r.t(key)))
	}
	return app.Elem("fieldset").Class("group choices").Body(
		app.Elem("legend").Text(r.t("packet.type")),
		opt("lucky", "packet.lucky", lucky),
		opt("normal", "packet.normal", !lucky),
	)
}

// sent lists the packets sent to ?to=, newest first, with who opened what.
func (r *redPacket) sent(st *wallet.State) []app.UI {
	var ui []app.UI
	for i := len(st.Packets) - 1; i >= 0; i-- {
		p := st.Packets[i]
		if !slices.Equal(p.To, r.recipients()) {
			continue
		}
		claims := []app.UI{}
		for _, c := range p.Claims {
			who, _ := wallet.LookupContact(c.Contact)
			claims = append(claims, app.Elem("li").Text(who.Name+" "+wallet.FormatAmount(c.Amount, p.Money.Currency)))
		}
		status := r.t(statusKeys[p.Status])
		if p.Status == wallet.StatusRefunded {
			status += " " + wallet.FormatAmount(p.Refunded, p.Money.Currency)
		}
		ui = append(ui, div("item to",
			span("item-what", r.t("social.sent.packet")+" "+p.Money.String()),
			span("item-status", status),
			app.If(len(claims) > 0, func() app.UI { return app.Elem("ul").Class("item-claims").Body(claims...) }),
		))
	}
	return ui
}

// sentMessages are the red packets and transfers the user sent the
// contact key, as the user's own bubbles with where the money is now.
func sentMessages(c *page, st *wallet.State, key string, now time.Time) []message {
	var out []message
	bubble := func(class, title, sub, status, href string) app.UI {
		return link(href).Class("money-card "+class).Body(
			para("money-title", title),
			para("money-sub", sub),
			para("money-status", status),
		)
	}
	for _, p := range st.Packets {
		if slices.Equal(p.To, []string{key}) {
			out = append(out, message{Time: p.Sent, Mine: true, Body: bubble("packet", c.t("packet.title"), p.Money.String(), c.t(statusKeys[p.Status]), "/redpacket?to="+key)})
		}
	}
	for _, t := range st.Transfers {
		if t.To == key {
			out = append(out, message{Time: t.Sent, Mine: true, Body: bubble("transfer", c.t("transfer.title"), t.Money.String(), c.t(statusKeys[t.Status]), "/transfer?to="+key)})
		}
	}
	return out
}
