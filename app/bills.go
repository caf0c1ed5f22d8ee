package app

import (
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"walletdemo/app/runner"
	"walletdemo/wallet"
)

// settleDue has the engine carry out what fell due (contacts opening
// packets, refunds after 24 hours), so lists show money where it is now.
func (p *page) settleDue(ctx app.Context) {
	st := runner.Store().Wallet()
	if st == nil {
		return
	}
	if due, ok := st.NextDue(); !ok || due.After(runner.Store().Now()) {
		return
	}
	actAlways(ctx, func(st *wallet.State, now time.Time) ([]wallet.Event, error) { return st.Settle(now) }, nil)
}

// bills is "/bills": every movement of the user's money, newest first.
type bills struct{ page }

// OnMount settles what is due before listing.
func (b *bills) OnMount(ctx app.Context) {
	b.page.OnMount(ctx)
	b.settleDue(ctx)
}

// Render implements app.Composer.
func (b *bills) Render() app.UI {
	var list []wallet.Bill
	if st := runner.Store().Wallet(); st != nil {
		list = st.Bills(runner.Store().Now())
	}
	body := []app.UI{}
	if len(list) == 0 {
		body = append(body, para("empty", b.t("bills.none")))
	} else {
		body = append(body, div("group",
			app.Range(list).Slice(func(i int) app.UI {
				bill := list[i]
				return link("/bill?id="+bill.ID).Class("cell bill").Body(
					app.Span().Class("cell-label").Body(
						app.Span().Text(b.counterparty(bill.Counterparty)),
						span("cell-sub", b.t(entryKeys[bill.Kind])+" · "+b.clockText(bill.Time)),
					),
					span(amountClass(bill), signed(bill)),
				)
			}),
		))
	}
	return b.shell(screen{Title: b.t("bills.title"), Back: "/services", Money: true, Body: body})
}

// signed writes a bill's amount with + for money in and − for money out.
func signed(b wallet.Bill) string {
	if b.In {
		return "+" + b.Money.String()
	}
	return "−" + b.Money.String()
}

func amountClass(b wallet.Bill) string {
	if b.In {
		return "bill-amount in"
	}
	return "bill-amount"
}

// billDetail is "/bill?id=": one bill, with the payment it belongs to.
type billDetail struct {
	page
	id string
}

// OnNav reads the bill from the URL.
func (d *billDetail) OnNav(ctx app.Context) {
	d.page.OnNav(ctx)
	d.id = runner.PageQuery(ctx).Get("id")
}

// Render implements app.Composer.
func (d *billDetail) Render() app.UI {
	st := runner.Store().Wallet()
	var bill *wallet.Bill
	if st != nil {
		for _, b := range st.Bills(runner.Store().Now()) {
			if b.ID == d.id {
				bill = &b
				break
			}
		}
	}
	if bill == nil {
		return d.shell(screen{Title: d.t("bill.title"), Back: "/bills", Money: true, Body: []app.UI{errorBox(d.t("bill.unknown"))}})
	}
	rows := []app.UI{
		infoRow(d.t("bill.kind"), d.t(entryKeys[bill.Kind])),
		infoRow(d.t("bill.time"), d.clockText(bill.Time)),
		infoRow(d.t("bill.id"), bill.ID),
	}
	if pay, ok := st.Payment(bill.Ref); ok {
		rows = append(rows,
			infoRow(d.t("bill.paytype"), d.t(kindKeys[pay.Kind])),
			infoRow(d.t("sheet.method"), paidWith(d.page, st, pay.Method)),
		)
		if pay.Order != "" {
			rows = append(rows, infoRow(d.t("bill.order"), pay.Order))
		}
	}
	return d.shell(screen{Title: d.t("bill.title"), Back: "/bills", Money: true, Body: []app.UI{
		div("result",
			para("result-payee", d.counterparty(bill.Counterparty)),
			para("result-amount", signed(*bill)),
		),
		group(rows...),
	}})
}

// kindKeys name the payment types in the catalogue.
var kindKeys = map[wallet.PaymentKind]string{
	wallet.PayQuick:       "kind.quick_pay",
	wallet.PayQR:          "kind.qr_code",
	wallet.PayInAppWeb:    "kind.in_app_web",
	wallet.PayNativeApp:   "kind.native_app",
	wallet.PayMiniProgram: "kind.mini_program",
}

// entryKeys name the kinds of bill in the catalogue.
var entryKeys = map[wallet.EntryKind]string{
	wallet.EntryPayment:          "entry.payment",
	wallet.EntryFee:              "entry.fee",
	wallet.EntryTopUp:            "entry.top_up",
	wallet.EntryWithdrawal:       "entry.withdrawal",
	wallet.EntryPacketSent:       "entry.packet_sent",
	wallet.EntryPacketClaimed:    "entry.packet_claimed",
	wallet.EntryPacketRefund:     "entry.packet_refund",
	wallet.EntryTransferSent:     "entry.transfer_sent",
	wallet.EntryTransferAccepted: "entry.transfer_accepted",
	wallet.EntryTransferRefund:   "entry.transfer_refund",
	wallet.EntryActivationHold:   "entry.activation_hold",
	wallet.EntryActivationPaid:   "entry.activation_released",
	wallet.EntryActivationReturn: "entry.activation_returned",
}

// statusKeys name where money in flight is.
var statusKeys = map[wallet.Status]string{
	wallet.StatusPending:  "status.pending",
	wallet.StatusHeld:     "status.held",
	wallet.StatusAccepted: "status.accepted",
	wallet.StatusReturned: "status.returned",
	wallet.StatusRefunded: "status.refunded",
}

// counterpartyKeys word the kinds of counterparty that have no name of
// their own; the others show the name the engine gives.
var counterpartyKeys = map[wallet.CounterpartyKind]string{
	wallet.CounterBalance:      "method.balance",
	wallet.CounterFee:          "party.fee",
	wallet.CounterActivation:   "party.activation",
	wallet.CounterPacketFrom:   "party.packet_from",
	wallet.CounterTransferFrom: "party.transfer_from",
	wallet.CounterPacketTo:     "party.packet_to",
	wallet.CounterTransferTo:   "party.transfer_to",
}

// counterparty words the other side of a bill in the user's language.
func (p *page) counterparty(c wallet.Counterparty) string {
	key, ok := counterpartyKeys[c.Kind]
	switch {
	case !ok:
		return c.Name
	case c.Names == nil:
		return p.t(key)
	}
	return p.tf(key, strings.Join(c.Names, p.t("party.and")))
}
