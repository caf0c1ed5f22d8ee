package runner

import (
	"encoding/json"
	"errors"
	"net/url"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"walletdemo/app/i18n"
	"walletdemo/app/store"
	"walletdemo/wallet"
)

// The embedding protocol. A host page sends
//
//	{type: "walletdemo:command", command: "reset" | "start-tour" | "goto-step" | "set-lang", tour, step, lang, autoplay, loop, idle}
//
// and receives
//
//	{type: "walletdemo:event", event: "ready" | "step" | "complete" | "payment" | "reset", ...}
//
// Both directions are limited to the origins the operator allows.
const (
	commandType = "walletdemo:command"
	eventType   = "walletdemo:event"
	// maxMessage caps a host message; the largest real one is far smaller.
	maxMessage = 1024
)

// EmbedOriginsEnv names the go-app environment variable that carries the
// operator's allow-list to the app: origins separated by spaces.
const EmbedOriginsEnv = "WALLETDEMO_EMBED_ORIGINS"

// hostCommand is a command from the host page, validated.
type hostCommand struct {
	Command string `json:"command"`
	Tour    string `json:"tour,omitempty"`
	Step    int    `json:"step,omitempty"`
	Lang    string `json:"lang,omitempty"`
	// Autoplay, with start-tour, plays the tour by itself; Loop and Idle
	// make the demo a kiosk (see store.Kiosk).
	Autoplay bool `json:"autoplay,omitempty"`
	Loop     bool `json:"loop,omitempty"`
	Idle     int  `json:"idle,omitempty"`
}

// isTourID reports whether s has the form of a tour's id: a lower-case
// letter, then up to 39 lower-case letters, digits and hyphens.
func isTourID(s string) bool {
	if len(s) == 0 || len(s) > 40 || s[0] < 'a' || s[0] > 'z' {
		return false
	}
	for i := 1; i < len(s); i++ {
		if c := s[i]; !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

// errIgnored is every reason a host message is not obeyed; the reason goes
// to the console, never to the host.
var errIgnored = errors.New("walletdemo: host message ignored")

// parseHostMessage checks a message from origin, given as the JSON of its
// data, against the allow-list and the protocol.
func parseHostMessage(origin, data string, allowed []string) (hostCommand, error) {
	var c hostCommand
	if !originAllowed(origin, allowed) {
		return c, errIgnored
	}
	if len(data) > maxMessage {
		return c, errIgnored
	}
	var raw struct {
		Type string `json:"type"`
		hostCommand
	}
	if err := json.Unmarshal([]byte(data), &raw); err != nil || raw.Type != commandType {
		return c, errIgnored
	}
	c = raw.hostCommand
	switch c.Command {
	case "reset":
		return hostCommand{Command: c.Command}, nil
	case "set-lang":
		l, ok := i18n.Parse(c.Lang)
		if !ok {
			return hostCommand{}, errIgnored
		}
		return hostCommand{Command: c.Command, Lang: string(l)}, nil
	case "start-tour", "goto-step":
		if !isTourID(c.Tour) || c.Step < 0 || c.Step > 99 {
			return hostCommand{}, errIgnored
		}
		if c.Command == "goto-step" || !c.Autoplay {
			c.Autoplay, c.Loop, c.Idle = false, false, 0
		}
		if !store.ValidIdle(c.Idle) {
			return hostCommand{}, errIgnored
		}
		return hostCommand{Command: c.Command, Tour: c.Tour, Step: c.Step, Autoplay: c.Autoplay, Loop: c.Loop, Idle: c.Idle}, nil
	}
	return hostCommand{}, errIgnored
}

// originAllowed reports whether origin is exactly one of allowed.
func originAllowed(origin string, allowed []string) bool {
	for _, a := range allowed {
		if origin != "" && origin == a {
			return true
		}
	}
	return false
}

// ParseOrigins reads an operator's allow-list — origins such as
// https://tutorials.example, separated by commas or spaces — into their
// canonical form, refusing anything that is not a plain http(s) origin.
func ParseOrigins(list string) ([]string, error) {
	var out []string
	for _, f := range strings.FieldsFunc(list, func(r rune) bool { return r == ',' || r == ' ' }) {
		u, err := url.Parse(f)
		if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" ||
			u.User != nil || (u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.Fragment != "" {
			return nil, errors.New("not an origin (like https://tutorials.example): " + f)
		}
		out = append(out, strings.ToLower(u.Scheme+"://"+u.Host))
	}
	return out, nil
}

// embedded is true when the app runs inside a host page's iframe (or with
// embed=1): install and update prompts and the phone's outer frame go.
var embedded bool

// Embedded reports whether the app runs inside a host page's iframe (or
// with embed=1), where it offers no install or update.
func Embedded() bool { return embedded }

// hostOrigin is the allowed origin of the page embedding the app, to which
// events are posted; "" posts nothing.
var hostOrigin string

// markEmbedded sets embedded, and styles the page for it before the first
// screen is painted.
func markEmbedded() {
	w := app.Window()
	embedded = inFrame() || w.URL().Query().Get("embed") == "1"
	if embedded {
		w.Get("document").Get("documentElement").Get("classList").Call("add", "embedded")
	}
}

func inFrame() bool {
	w := app.Window()
	return !w.Get("parent").Equal(w)
}

// startEmbed connects the app to its host page, if any.
func startEmbed() {
	if !inFrame() {
		return
	}
	w := app.Window()
	allowed := strings.Fields(app.Getenv(EmbedOriginsEnv))
	// The host is the iframe's parent; Chromium and Safari name it in
	// ancestorOrigins, others in the referrer.
	parent := ""
	if ao := w.Get("location").Get("ancestorOrigins"); ao.Truthy() && ao.Length() > 0 {
		parent = ao.Index(0).String()
	} else if u, err := url.Parse(w.Get("document").Get("referrer").String()); err == nil && u.Host != "" {
		parent = u.Scheme + "://" + u.Host
	}
	if originAllowed(parent, allowed) {
		hostOrigin = parent
	}
	store.Listen("message", func(ctx app.Context, e app.Value) {
		if !e.Get("source").Equal(w.Get("parent")) {
			return
		}
		data := app.Window().Get("JSON").Call("stringify", e.Get("data"))
		if !data.Truthy() {
			return
		}
		c, err := parseHostMessage(e.Get("origin").String(), data.String(), allowed)
		if err != nil {
			store.Warn(err.Error() + " from " + e.Get("origin").String())
			return
		}
		obey(ctx, c)
	})
	Store().Subscribe(postEngineEvents)
	postEvent(map[string]any{"event": "ready"})
}

// obey carries out a host command through the store, as the user's own
// taps would.
func obey(ctx app.Context, c hostCommand) {
	s := Store()
	switch c.Command {
	case "reset":
		s.WithTabLock(ctx, func(ctx app.Context) {
			if err := Reset(ctx); err != nil {
				store.Warn("walletdemo: reset: " + err.Error())
			}
		})
	case "set-lang":
		s.Update(func(d *store.Document) error { d.Lang = i18n.Lang(c.Lang); return nil })
	case "start-tour", "goto-step":
		var after func(ctx app.Context)
		if c.Autoplay {
			kiosk := kioskOf(c.Tour, c.Loop, c.Idle)
			after = func(app.Context) { startAutoplay(kiosk) }
		}
		StartTour(ctx, c.Tour, c.Step, after)
	}
}

// Reset is the one reset, for the user, a host page and a kiosk's
// next round alike: everything but the language forgotten (persona,
// wallet, drafts, tour, kiosk), a finished tour's note gone, the first
// screen. The host page hears it. It changes the wallet at once: run it
// under the tab lock.
func Reset(ctx app.Context) error {
	s := Store()
	if err := s.ResetAll(); err != nil {
		return err
	}
	TourDone = ""
	Navigate(ctx, "/")
	postEvent(map[string]any{"event": "reset"})
	return nil
}

// postEngineEvents tells the host about payments.
func postEngineEvents(events []wallet.Event) {
	for _, e := range events {
		if e.Kind == wallet.EventPaymentMade {
			kind := ""
			if p, ok := Store().Wallet().Payment(e.Ref); ok {
				kind = string(p.Kind)
			}
			postEvent(map[string]any{"event": "payment", "kind": kind, "amount": int64(e.Money.Amount), "currency": string(e.Money.Currency)})
		}
	}
}

// postEvent posts an event to the host page, only to its allowed origin.
func postEvent(fields map[string]any) {
	if hostOrigin == "" {
		return
	}
	fields["type"] = eventType
	b, err := json.Marshal(fields)
	if err != nil {
		return
	}
	w := app.Window()
	w.Get("parent").Call("postMessage", w.Get("JSON").Call("parse", string(b)), hostOrigin)
}
