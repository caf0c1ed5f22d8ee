package app

import (
	"strconv"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"walletdemo/app/i18n"
	"walletdemo/app/runner"
)

// tourView is the tour's overlay on a screen: a ring around the control
// the step is about, and a tip docked at the bottom of the phone (or the
// top, when the control is low), full width so it never leaves a 320 px
// screen.
type tourView struct {
	app.Compo
	Lang i18n.Lang

	ring    ringBox
	top     bool
	mounted bool
	// away is true when the user is on another screen than the step's.
	away bool
}

// ringBox is the ring's box within the phone, in pixels.
type ringBox struct{ X, Y, W, H int }

// ringGap is how far the ring stands off its control; ringGlow is how far
// its border and glow reach beyond its box.
const ringGap, ringGlow = 4, 4

// ringAround is the ring for a control's box in a phone w × h: off the
// control by ringGap, but pulled in at the phone's edges so that the ring
// and its glow stay whole (the Me tab sits in the bottom right corner).
func ringAround(c ringBox, w, h int) ringBox {
	x0, y0 := max(c.X-ringGap, ringGlow), max(c.Y-ringGap, ringGlow)
	x1, y1 := min(c.X+c.W+ringGap, w-ringGlow), min(c.Y+c.H+ringGap, h-ringGlow)
	if x1 <= x0 || y1 <= y0 {
		return ringBox{}
	}
	return ringBox{X: x0, Y: y0, W: x1 - x0, H: y1 - y0}
}

// OnMount measures the target now and keeps measuring: the screen scrolls,
// the keyboard opens, content arrives.
func (v *tourView) OnMount(ctx app.Context) {
	v.mounted = true
	runner.ScreenShown(ctx)
	if t, step, ok := runner.CurrentTour(); ok {
		v.away = t.Steps[step].Route != runner.Route(ctx)
	}
	v.measure(ctx)
}

// OnDismount stops the measuring.
func (v *tourView) OnDismount() { v.mounted = false }

func (v *tourView) measure(ctx app.Context) {
	if !v.mounted {
		return
	}
	t, step, ok := runner.CurrentTour()
	if ok {
		box, top := locate(t.Steps[step].Target)
		if box != v.ring || top != v.top {
			v.ring, v.top = box, top
			ctx.Update()
		}
	}
	ctx.After(300*time.Millisecond, v.measure)
}

// locate finds the step's control inside the phone and says where it is,
// and whether the tip should dock at the top to leave it visible.
func locate(selector string) (ringBox, bool) {
	doc := app.Window().Get("document")
	phone := doc.Call("querySelector", ".phone")
	if !phone.Truthy() {
		return ringBox{}, false
	}
	el := phone.Call("querySelector", selector)
	if !el.Truthy() {
		// Nothing to point at here: dock at the top, clear of the bottom
		// sheets and number pads.
		return ringBox{}, true
	}
	// Measured from the phone's inside edge (inside the frame's border on
	// a laptop), where the ring is positioned.
	p, r := phone.Call("getBoundingClientRect"), el.Call("getBoundingClientRect")
	h := phone.Get("clientHeight").Int()
	box := ringBox{
		X: r.Get("left").Int() - p.Get("left").Int() - phone.Get("clientLeft").Int(),
		Y: r.Get("top").Int() - p.Get("top").Int() - phone.Get("clientTop").Int(),
		W: r.Get("width").Int(),
		H: r.Get("height").Int(),
	}
	return ringAround(box, phone.Get("clientWidth").Int(), h), box.Y+box.H/2 > h/2
}

func (v *tourView) t(key string) string { return i18n.T(v.Lang, key) }

// Render implements app.Composer.
func (v *tourView) Render() app.UI {
	t, step, ok := runner.CurrentTour()
	if !ok {
		return app.Div().Class("tour-off")
	}
	s := t.Steps[step]
	place := "tour-tip bottom"
	if v.top {
		place = "tour-tip top"
	}
	return div("tour",
		app.If(v.ring.W > 0, func() app.UI {
			return app.Div().Class("tour-ring").Aria("hidden", "true").Style("left", px(v.ring.X)).
				Style("top", px(v.ring.Y)).Style("width", px(v.ring.W)).Style("height", px(v.ring.H))
		}),
		app.Elem("aside").Class(place).Attr("role", "dialog").Aria("labelledby", "tour-title").Aria("describedby", "tour-text").Body(
			// A viewer must know the taps are not theirs, and how to take over.
			app.If(runner.Store().Doc().Tour.Autoplay, func() app.UI {
				return app.P().Class("tour-auto").Attr("role", "status").Text(v.t("autoplay.badge"))
			}),
			app.P().ID("tour-title").Class("tour-count").Text(v.t(t.Title)+" · "+i18n.Tf(v.Lang, "tour.count", step+1, len(t.Steps))),
			app.P().ID("tour-text").Class("tour-text").Aria("live", "polite").Text(runner.StepText(v.Lang, s)),
			div("tour-actions",
				app.If(v.away, func() app.UI {
					return app.Button().Type("button").Class("link").Text(v.t("tour.goto")).OnClick(func(ctx app.Context, e app.Event) {
						runner.OpenStep(ctx, t, step)
					})
				}),
				app.If(step > 0, func() app.UI {
					return app.Button().Type("button").Class("link").Text(v.t("tour.back")).OnClick(func(ctx app.Context, e app.Event) { runner.GoToStep(ctx, t, step-1) })
				}),
				app.If(step+1 < len(t.Steps), func() app.UI {
					return app.Button().Type("button").Class("link").Text(v.t("tour.skip")).OnClick(func(ctx app.Context, e app.Event) { runner.GoToStep(ctx, t, step+1) })
				}),
				app.Button().Type("button").Class("link").Text(v.t("tour.restart")).OnClick(func(ctx app.Context, e app.Event) { runner.StartTour(ctx, t.ID, 0, nil) }),
				app.Button().Type("button").Class("link tour-close").Aria("label", v.t("tour.close")).Text("✕").OnClick(func(ctx app.Context, e app.Event) { runner.EndTour(ctx, false) }),
			),
		),
	)
}

func px(n int) string { return strconv.Itoa(n) + "px" }
