package store

import (
	"encoding/json"
	"time"

	"walletdemo/app/i18n"
	"walletdemo/app/tour"
	"walletdemo/wallet"
)

// storageKey is the localStorage key of the demo's document.
const storageKey = "walletdemo"

// spareKey holds each new document before it replaces the one under
// storageKey: written and read back first, so a write cut short (a crash,
// a full quota) leaves the previous document whole.
const spareKey = "walletdemo.next"

// draftsKey holds the form drafts, apart from the document: typing writes
// only them, a small value, and never the wallet, so a keystroke cannot put
// back a wallet state another tab has just changed.
const draftsKey = "walletdemo.drafts"

// asideKey keeps a stored document the demo could not read, so that it can
// still be exported rather than lost.
const asideKey = "walletdemo.unreadable"

// installKey remembers that the user declined to install the demo; apart
// from the document, so that resetting the demo does not offer it again.
const installKey = "walletdemo.install"

// Document is everything the demo remembers, written whole on every change.
type Document struct {
	Version int `json:"version"`
	// Revision counts the writes of the document, whichever tab made them:
	// a tab taking the cross-tab lock waits until it reads the revision the
	// previous holder wrote (tablock.go).
	Revision int       `json:"revision,omitempty"`
	Lang     i18n.Lang `json:"lang,omitempty"`
	// Wallet is the engine's state; nil until the user has picked a persona.
	Wallet *wallet.State `json:"wallet,omitempty"`
	// Drafts keeps form input in progress by field, so a reload loses none.
	// They are stored under draftsKey; an export carries them, and a
	// document stored before they moved is read with them.
	Drafts map[string]string `json:"drafts,omitempty"`
	// Tour is the guided tour under way, if any.
	Tour *TourState `json:"tour,omitempty"`
	// Kiosk, if set, keeps a tour playing itself in a loop.
	Kiosk *Kiosk `json:"kiosk,omitempty"`
}

// TourState is where the user is in a guided tour.
type TourState struct {
	ID   string `json:"id"`
	Step int    `json:"step"`
	// Autoplay says the tour plays itself.
	Autoplay bool `json:"autoplay,omitempty"`
}

// Kiosk makes the device a kiosk: its tour plays itself over and over,
// and a visitor's touch hands it over until they have left it alone for
// Idle seconds.
type Kiosk struct {
	Tour string `json:"tour"`
	Idle int    `json:"idle,omitempty"`
}

// A kiosk's idle time, in seconds: 0 means DefaultIdle.
const (
	DefaultIdle = 60
	minIdle     = 5
	maxIdle     = 3600
)

// ValidIdle reports whether n seconds is an idle time a kiosk takes.
func ValidIdle(n int) bool { return n == 0 || (n >= minIdle && n <= maxIdle) }

// IdleTime is how long the kiosk waits after a visitor's last touch.
func (k Kiosk) IdleTime() time.Duration {
	if k.Idle == 0 {
		return DefaultIdle * time.Second
	}
	return time.Duration(k.Idle) * time.Second
}

// documentVersion is the schema version Document is written with.
const documentVersion = 1

// storedDocument is Document as read, before the wallet state is checked
// by the engine's own loader (which migrates and verifies it).
type storedDocument struct {
	Version  int               `json:"version"`
	Revision int               `json:"revision"`
	Lang     i18n.Lang         `json:"lang"`
	Wallet   json.RawMessage   `json:"wallet"`
	Drafts   map[string]string `json:"drafts"`
	Tour     *TourState        `json:"tour"`
	Kiosk    *Kiosk            `json:"kiosk"`
}

// decodeDocument reads a stored document; the wallet state goes through
// wallet.Load. An unknown language is dropped, not fatal.
func decodeDocument(raw string) (Document, error) {
	var sd storedDocument
	if err := json.Unmarshal([]byte(raw), &sd); err != nil {
		return Document{}, err
	}
	if sd.Version != documentVersion {
		return Document{}, wallet.Errorf(wallet.EINVALID, "unknown document version %d", sd.Version)
	}
	d := Document{Version: sd.Version, Revision: sd.Revision, Drafts: sd.Drafts}
	if sd.Tour != nil {
		// A tour that no longer exists, or has fewer steps, is dropped.
		if t, ok := tour.Lookup(sd.Tour.ID); ok && sd.Tour.Step >= 0 && sd.Tour.Step < len(t.Steps) {
			d.Tour = sd.Tour
		}
	}
	if k := sd.Kiosk; k != nil {
		if _, ok := tour.Lookup(k.Tour); ok && ValidIdle(k.Idle) {
			d.Kiosk = k
		}
	}
	if _, known := i18n.Parse(string(sd.Lang)); known {
		d.Lang = sd.Lang
	}
	if len(sd.Wallet) > 0 && string(sd.Wallet) != "null" {
		st, err := wallet.Load(sd.Wallet)
		if err != nil {
			return Document{}, err
		}
		d.Wallet = st
	}
	return d, nil
}
