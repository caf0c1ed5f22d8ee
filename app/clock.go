package app

import (
	"fmt"
	"strconv"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"walletdemo/app/i18n"
	"walletdemo/app/runner"
	"walletdemo/app/store"
	"walletdemo/wallet"
)

// The demo clock: a small floating button on every screen (and a section in
// Settings) jumps demo time forward so 24-hour expiries show in a second.
// While a screen is open, a one-second ticker settles whatever falls due and
// keeps countdowns current.

// clockSteps are the jumps the clock offers.
var clockSteps = []struct {
	Label string
	D     time.Duration
}{
	{"clock.plus1h", time.Hour},
	{"clock.plus24h", 24 * time.Hour},
}

// clockControls are the demo clock's time and buttons.
func (p *page) clockControls() app.UI {
	return div("clock-controls",
		app.P().Class("clock-now").Body(
			app.Text(p.t("clock.now")+" "),
			app.Elem("strong").Attr("data-clock", "1").Text(p.clockText(p.now())),
		),
		div("clock-buttons",
			app.Range(clockSteps).Slice(func(i int) app.UI {
				s := clockSteps[i]
				return app.Button().Type("button").Class("btn btn-small").Text(p.t(s.Label)).
					OnClick(func(ctx app.Context, e app.Event) { p.advance(ctx, s.D) })
			}),
			app.Button().Type("button").Class("btn btn-small").Text(p.t("clock.reset")).
				OnClick(p.resetClock),
		),
		para("clock-hint", p.t("clock.hint")),
	)
}

// advance moves the demo clock forward by d.
func (p *page) advance(ctx app.Context, d time.Duration) {
	p.act(ctx, func(st *wallet.State, now time.Time) ([]wallet.Event, error) {
		return st.AdvanceClock(d, now)
	}, func(_ app.Context, err error) {
		if err != nil {
			store.Warn("walletdemo: " + err.Error())
		}
	})
}

// resetClock starts the demo again, as the same persona under the same
// rules, at the real time: the engine's clock only moves forward.
func (p *page) resetClock(ctx app.Context, e app.Event) {
	s := runner.Store()
	st := s.Wallet()
	if st == nil {
		return
	}
	if err := s.Start(st.Persona, st.Ruleset); err != nil {
		store.Warn("walletdemo: " + err.Error())
		return
	}
}

// clockFab is the demo-clock button in the title bar and its panel. It
// also runs the screen's ticker.
type clockFab struct {
	app.Compo
	// Lang is the language it is drawn in: go-app draws a child again only
	// when one of its exported fields changes, so without it the button's
	// label stayed in the old language after a change in another tab.
	Lang i18n.Lang
	page page
	open bool
	stop chan struct{}
}

// OnMount starts the ticker.
func (c *clockFab) OnMount(ctx app.Context) {
	stop := make(chan struct{})
	c.stop = stop
	ctx.Async(func() {
		t := time.NewTicker(time.Second)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				tick(ctx)
			}
		}
	})
}

// OnDismount stops the ticker.
func (c *clockFab) OnDismount() {
	if c.stop != nil {
		close(c.stop)
		c.stop = nil
	}
}

// tick refreshes countdowns and the clock in place (no re-render), and
// settles what fell due, which re-renders the screen.
func tick(ctx app.Context) {
	s := runner.Store()
	st := s.Wallet()
	if st == nil {
		return
	}
	now := s.Now()
	doc := app.Window().Get("document")
	nodes := doc.Call("querySelectorAll", "[data-deadline]")
	for i := 0; i < nodes.Length(); i++ {
		n := nodes.Index(i)
		ms, _ := strconv.ParseInt(n.Get("dataset").Get("deadline").String(), 10, 64)
		n.Set("textContent", remaining(time.UnixMilli(ms).Sub(now)))
	}
	var pg page
	clocks := doc.Call("querySelectorAll", "[data-clock]")
	for i := 0; i < clocks.Length(); i++ {
		clocks.Index(i).Set("textContent", pg.clockText(now))
	}
	if due, ok := st.NextDue(); ok && !due.After(now) {
		ctx.Dispatch(func(ctx app.Context) {
			actAlways(ctx, func(st *wallet.State, now time.Time) ([]wallet.Event, error) { return st.Settle(now) }, nil)
		})
	}
}

// remaining writes a duration as h:mm:ss, never below zero.
func remaining(d time.Duration) string {
	if d < 0 {
		d = 0
	}
	s := int(d / time.Second)
	return fmt.Sprintf("%d:%02d:%02d", s/3600, s/60%60, s%60)
}

// countdown is a live h:mm:ss until deadline, refreshed by the ticker.
func (p *page) countdown(deadline time.Time) app.UI {
	return app.Span().Class("countdown").Attr("data-deadline", strconv.FormatInt(deadline.UnixMilli(), 10)).
		Text(remaining(deadline.Sub(p.now())))
}

// Render implements app.Composer.
func (c *clockFab) Render() app.UI {
	p := &c.page
	return div("clock-fab",
		app.If(c.open, func() app.UI {
			return app.Div().Class("clock-panel").ID("clock-panel").Attr("role", "group").Aria("label", p.t("clock.title")).Body(
				para("clock-title", p.t("clock.title")),
				p.clockControls(),
			)
		}),
		app.Button().Type("button").Class("clock-button").Aria("label", p.t("clock.title")).
			Aria("expanded", strconv.FormatBool(c.open)).Aria("controls", "clock-panel").
			Body(app.Raw(iconClock)).
			OnClick(func(ctx app.Context, e app.Event) { c.open = !c.open }),
	)
}

const iconClock = `<svg aria-hidden="true" viewBox="0 0 24 24" width="24" height="24"><circle cx="12" cy="12" r="8.5" fill="none" stroke="currentColor" stroke-width="1.8"/><path fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" d="M12 7v5l3 2"/></svg>`
