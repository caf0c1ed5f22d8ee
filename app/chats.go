package app

import (
	"sort"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"walletdemo/app/runner"
	"walletdemo/wallet"
)

// chatSummary is one row of the Chats list: a conversation and its latest
// message.
type chatSummary struct {
	// Key names the conversation in /chat?c=: a contact id, or the id of
	// a service account.
	Key       string
	Preview   string
	Time      time.Time
	Attention bool // something waits for the user, such as an unopened red packet
}

// chatSource lists the conversations one kind of the engine's state makes.
// The list merges every source, keeping each conversation's latest message.
var chatSources = []func(p *page, st *wallet.State, now time.Time) []chatSummary{
	incomingSummaries,
	receiptSummaries,
}

// chatsView draws the Chats tab, the app's home: one row a conversation, newest
// first.
func chatsView(c *page) app.UI {
	rows := chatsSummaries(c)
	return c.shell(screen{Title: c.t("tab.chats"), Tab: "/", Action: c.plusMenu(), Body: []app.UI{
		app.If(runner.Store().Wallet() == nil, func() app.UI { return c.welcomeCard() }),
		app.If(len(rows) == 0, func() app.UI { return para("empty", c.t("chats.empty")) }),
		app.If(len(rows) > 0, func() app.UI {
			return app.Elem("ul").Class("group chat-list").Body(app.Range(rows).Slice(func(i int) app.UI { return chatsRow(c, rows[i]) }))
		}),
	}})
}

// chatsSummaries merges the sources into one row a conversation, newest first.
func chatsSummaries(c *page) []chatSummary {
	st := runner.Store().Wallet()
	if st == nil {
		return nil
	}
	now := c.now()
	latest := map[string]chatSummary{}
	for _, source := range chatSources {
		for _, s := range source(c, st, now) {
			if old, seen := latest[s.Key]; seen {
				if old.Time.After(s.Time) {
					s.Preview, s.Time = old.Preview, old.Time
				}
				s.Attention = s.Attention || old.Attention
			}
			latest[s.Key] = s
		}
	}
	rows := make([]chatSummary, 0, len(latest))
	for _, s := range latest {
		rows = append(rows, s)
	}
	sort.Sort(newestFirst(rows))
	return rows
}

// newestFirst orders conversations by their latest time, newest first, and
// those at the same time by key, so that the list does not shuffle as the
// map it came from does. It is a sort.Interface rather than a
// slices.SortFunc: go-app already brings sort.Sort into app.wasm, and each
// element type given to slices.SortFunc compiles a sort of its own (20 kB
// before compression).
type newestFirst []chatSummary

func (r newestFirst) Len() int      { return len(r) }
func (r newestFirst) Swap(i, j int) { r[i], r[j] = r[j], r[i] }
func (r newestFirst) Less(i, j int) bool {
	if !r[i].Time.Equal(r[j].Time) {
		return r[i].Time.After(r[j].Time)
	}
	return r[i].Key < r[j].Key
}

func chatsRow(c *page, s chatSummary) app.UI {
	name := c.chatName(s.Key)
	return app.Elem("li").Body(
		link("/chat?c="+s.Key).Class("chat-row").Body(
			app.Span().Class("chat-avatar").Aria("hidden", "true").Text(initial(name)),
			app.Span().Class("chat-main").Body(
				span("chat-name", name),
				span("chat-preview", s.Preview),
			),
			app.Span().Class("chat-side").Body(
				span("chat-time", c.clockText(s.Time)),
				app.If(s.Attention, func() app.UI { return app.Span().Class("dot").Aria("label", c.t("chats.new")) }),
			),
		),
	)
}

// chatName names a conversation: the contact's name, or the key itself.
func (p *page) chatName(key string) string {
	if c, err := wallet.LookupContact(key); err == nil {
		return c.Name
	}
	if key == payServiceKey {
		return p.t("receipt.service")
	}
	return key
}

// incomingSummaries are the conversations of contacts who sent the user
// red packets or transfers.
func incomingSummaries(p *page, st *wallet.State, now time.Time) []chatSummary {
	var out []chatSummary
	for _, in := range st.Incoming {
		out = append(out, chatSummary{Key: in.From, Time: in.Sent, Preview: p.incomingPreview(in), Attention: in.Status == wallet.StatusPending})
	}
	return out
}

// incomingPreview is the list's line for money a contact sent.
func (p *page) incomingPreview(in wallet.Incoming) string {
	if in.Kind == wallet.IncomingTransfer {
		return "[" + p.t("chat.transfer") + "] " + in.Money.String()
	}
	return "[" + p.t("chat.packet") + "] " + p.t("chat.packet.greeting")
}
