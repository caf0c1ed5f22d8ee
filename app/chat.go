package app

import (
	"slices"
	"sort"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"walletdemo/app/runner"
	"walletdemo/wallet"
)

// message is one bubble of a conversation.
type message struct {
	Time time.Time
	Mine bool // sent by the user, shown on the right
	Body app.UI
}

// oldestFirst orders messages by time, oldest first (a sort.Interface for
// the reason newestFirst is one).
type oldestFirst []message

func (m oldestFirst) Len() int           { return len(m) }
func (m oldestFirst) Swap(i, j int)      { m[i], m[j] = m[j], m[i] }
func (m oldestFirst) Less(i, j int) bool { return m[i].Time.Before(m[j].Time) }

// messageSources list one kind of the engine's state as messages of the
// conversation key. The conversation shows every source's messages by time.
var messageSources = []func(c *page, st *wallet.State, key string, now time.Time) []message{
	incomingMessages,
	sentMessages,
	receiptMessages,
}

// askAmount is what a contact sends when the user asks for a transfer, in
// minor units of the wallet's currency.
const askAmount wallet.Amount = 5200

// chatView draws one conversation, /chat?c=<key>: its messages oldest first, and
// what the user can do with money a contact sent (open, accept, return).
func chatView(c *page) app.UI {
	key := runner.Query("c")
	st := runner.Store().Wallet()
	var msgs []message
	if st != nil {
		now := c.now()
		for _, source := range messageSources {
			msgs = append(msgs, source(c, st, key, now)...)
		}
		sort.Stable(oldestFirst(msgs))
	}
	_, notContact := wallet.LookupContact(key)
	e := c.entry()
	return c.shell(screen{Title: c.chatName(key), Back: "/", Body: []app.UI{
		c.activationCard(e),
		errorBox(c.errText(c.err)),
		app.If(len(msgs) == 0, func() app.UI { return para("empty", c.t("chat.empty")) }),
		app.Elem("ol").Class("messages").Aria("label", c.t("chat.messages")).Body(
			app.Range(msgs).Slice(func(i int) app.UI {
				m := msgs[i]
				class := "message"
				if m.Mine {
					class += " mine"
				}
				return app.Elem("li").Class(class).Body(
					para("message-time", c.clockText(m.Time)),
					m.Body,
				)
			}),
		),
		app.If(notContact == nil && st != nil, func() app.UI {
			return div("chat-actions",
				button(c.t("chat.ask"), false, func(ctx app.Context, e app.Event) { chatAsk(c, ctx, runner.Query("c")) }),
				link("/redpacket?to="+key).Class("btn").Text(c.t("money.redpacket")),
				link("/transfer?to="+key).Class("btn").Text(c.t("money.transfer")),
			)
		}),
	}})
}

// chatAsk has the contact send the user a transfer, as a friend would when
// asked for money.
func chatAsk(c *page, ctx app.Context, key string) {
	c.act(ctx, func(st *wallet.State, now time.Time) ([]wallet.Event, error) {
		_, ev, err := st.ReceiveFrom(key, wallet.IncomingTransfer, askAmount, now)
		return ev, err
	}, keepErr(&c.err))
}

// incomingMessages are the red packets and transfers the contact sent.
func incomingMessages(c *page, st *wallet.State, key string, now time.Time) []message {
	var out []message
	for _, in := range st.Incoming {
		if in.From == key {
			out = append(out, message{Time: in.Sent, Body: chatIncomingBubble(c, in)})
		}
	}
	return out
}

// chatIncomingBubble is a red packet or transfer card with what can be done
// with it, or what became of it.
func chatIncomingBubble(c *page, in wallet.Incoming) app.UI {
	packet := in.Kind == wallet.IncomingPacket
	class, title, sub := "money-card transfer", c.t("chat.transfer"), in.Money.String()
	if packet {
		class, title, sub = "money-card packet", c.t("chat.packet"), c.t("chat.packet.greeting")
	}
	from := c.chatName(in.From)
	var status app.UI
	switch in.Status {
	case wallet.StatusPending:
		status = div("money-actions",
			app.P().Class("money-status").Body(app.Text(c.t("chat.expiresin")+" "), c.countdown(in.Expires)),
			app.If(packet, func() app.UI {
				return button(c.t("chat.open"), true, nil).OnClick(func(ctx app.Context, e app.Event) { chatTake(c, ctx, in) }, app.EventScope(in.ID))
			}).Else(func() app.UI {
				return div("money-buttons",
					button(c.t("chat.accept"), true, nil).OnClick(func(ctx app.Context, e app.Event) { chatTake(c, ctx, in) }, app.EventScope(in.ID)),
					button(c.t("chat.return"), false, nil).OnClick(func(ctx app.Context, e app.Event) { chatGiveBack(c, ctx, in) }, app.EventScope(in.ID)),
				)
			}),
		)
	case wallet.StatusHeld:
		status = para("money-status", c.tf("chat.held", in.Money.String()))
	case wallet.StatusAccepted:
		status = para("money-status", c.tf("chat.accepted", in.Money.String()))
	case wallet.StatusReturned:
		key := "chat.returned"
		if lapsed(in) {
			key = "chat.lapsed"
		}
		status = para("money-status", c.tf(key, in.Money.String(), from))
	case wallet.StatusRefunded:
		status = para("money-status", c.tf("chat.refunded", in.Money.String(), from))
	}
	return div(class,
		para("money-title", title),
		para("money-sub", sub),
		status,
	)
}

// chatTake opens a red packet or accepts a transfer.
func chatTake(c *page, ctx app.Context, in wallet.Incoming) {
	c.act(ctx, func(st *wallet.State, now time.Time) ([]wallet.Event, error) {
		var ev []wallet.Event
		var err error
		if in.Kind == wallet.IncomingPacket {
			_, ev, err = st.OpenRedPacket(in.ID, now)
		} else {
			_, ev, err = st.AcceptTransfer(in.ID, now)
		}
		return ev, err
	}, keepErr(&c.err))
}

// chatGiveBack returns a transfer to its sender at once.
func chatGiveBack(c *page, ctx app.Context, in wallet.Incoming) {
	c.act(ctx, func(st *wallet.State, now time.Time) ([]wallet.Event, error) {
		_, ev, err := st.ReturnTransfer(in.ID, now)
		return ev, err
	}, keepErr(&c.err))
}

// lapsed reports whether in went back because the activation it started
// lapsed, rather than because the user returned it.
func lapsed(in wallet.Incoming) bool {
	return slices.ContainsFunc(runner.Store().Wallet().Ledger, func(e wallet.Entry) bool {
		return e.Kind == wallet.EntryActivationReturn && e.Ref == in.ID
	})
}
