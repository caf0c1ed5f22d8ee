package app

import (
	"cmp"
	"encoding/json"
	"errors"
	"maps"
	"sync"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

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

// revState is the go-app state the store bumps after every change, so that
// observing components render again.
const revState = "walletdemo.rev"

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

// Store owns the current Document: it loads it once, runs every change on
// the UI goroutine, writes the whole document and tells subscribers.
type Store struct {
	storage Storage
	doc     Document
	rev     int
	// notice is the catalogue key of a problem the user should know about
	// (no storage, unreadable data), or "".
	notice string
	// clock is real time; the demo's time adds the state's offset.
	clock       wallet.Clock
	subscribers []func([]wallet.Event)
	// lastRaw and lastDrafts are the stored texts of the document and the
	// drafts last read or written: another tab's write shows as a
	// difference.
	lastRaw, lastDrafts string
	// memory is set once the store keeps to memory, where no other tab
	// reads or writes.
	memory bool
	// readOnly marks the server's store: prerendering serves many visitors
	// at once, so nothing a page does while rendering may change it.
	readOnly bool
}

// NewStore loads the document from storage. An empty one starts afresh; an
// unreadable one starts afresh with a notice, and is kept aside.
func NewStore(s Storage) *Store {
	st := &Store{storage: s, doc: Document{Version: documentVersion}, clock: wallet.SystemClock{}}
	raw, ok, err := s.Get(storageKey)
	switch {
	case err != nil:
		st.toMemory()
	case ok:
		if d, err := decodeDocument(raw); err == nil {
			st.doc, st.lastRaw = d, raw
			break
		}
		st.notice = "storage.corrupt"
		_ = s.Set(asideKey, raw)
		// The spare is the newest document that was read back whole.
		if spare, ok, _ := s.Get(spareKey); ok {
			if d, err := decodeDocument(spare); err == nil {
				st.doc = d
				st.notice = "storage.recovered"
				// Written back at once, so the next load needs no rescue.
				if s.Set(storageKey, spare) == nil {
					st.lastRaw = spare
				}
			}
		}
	}
	// Drafts are kept even before there is a document: onboarding's form.
	st.readDrafts()
	return st
}

// Refresh reloads the document and the drafts if another tab has written
// newer ones, and reports whether it did. Every change starts with it, so
// that two tabs work on one document: neither overwrites the other's
// payment.
func (s *Store) Refresh() bool {
	changed := false
	if raw, ok, err := s.storage.Get(storageKey); err == nil && ok && raw != s.lastRaw {
		if d, err := decodeDocument(raw); err == nil {
			d.Drafts = s.doc.Drafts
			s.doc, s.lastRaw = d, raw
			changed = true
		}
	}
	if s.readDrafts() || changed {
		s.rev++
		return true
	}
	return false
}

// readDrafts takes the stored drafts if they changed, and reports whether
// they did. Unreadable drafts are left to be overwritten: they are only
// unfinished input.
func (s *Store) readDrafts() bool {
	raw, ok, err := s.storage.Get(draftsKey)
	if err != nil || !ok || raw == s.lastDrafts {
		return false
	}
	var d map[string]string
	if json.Unmarshal([]byte(raw), &d) != nil {
		return false
	}
	s.doc.Drafts, s.lastDrafts = d, raw
	return true
}

// SetDrafts keeps each value as the draft of its field; "" forgets the
// field. Only the drafts are written: this runs on every keystroke.
func (s *Store) SetDrafts(values map[string]string) {
	if s.readOnly {
		return
	}
	s.readDrafts()
	next := maps.Clone(s.doc.Drafts)
	for id, v := range values {
		if v == "" {
			delete(next, id)
			continue
		}
		if next == nil {
			next = map[string]string{}
		}
		next[id] = v
	}
	if s.writeDrafts(next) {
		s.rev++
	}
}

// writeDrafts stores drafts unless they are stored already, and reports
// whether it wrote. Storage that refuses turns the store to memory, as for
// the document.
func (s *Store) writeDrafts(drafts map[string]string) bool {
	raw := "{}"
	if len(drafts) > 0 {
		b, _ := json.Marshal(drafts) // a map of strings always marshals
		raw = string(b)
	}
	if raw == s.lastDrafts {
		return false
	}
	if s.storage.Set(draftsKey, raw) != nil {
		s.toMemory()
		_ = s.storage.Set(draftsKey, raw)
	}
	s.doc.Drafts, s.lastDrafts = drafts, raw
	return true
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
		if _, ok := tour.Lookup(k.Tour); ok && validIdle(k.Idle) {
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

// toMemory switches to memory after the browser refused storage. A
// storage that still reads (a full quota) keeps the last save, which the
// next load shows: the notice says that changes stop being kept, not that
// everything is forgotten.
func (s *Store) toMemory() {
	s.notice = memoryNotice(s.storage)
	s.storage, s.memory = &MemoryStorage{}, true
}

// memoryNotice is the notice of a store that keeps to memory in front of
// storage s: with a saved document, which the next load shows, changes
// are not kept; with none (private mode), everything is forgotten.
func memoryNotice(s Storage) string {
	if _, saved, err := s.Get(storageKey); err == nil && saved {
		return "storage.full"
	}
	return "storage.memory"
}

// Doc returns the current document. Its wallet state is the store's own:
// read it, change it only through Do.
func (s *Store) Doc() Document { return s.doc }

// Wallet returns the engine's state, or nil before onboarding.
func (s *Store) Wallet() *wallet.State { return s.doc.Wallet }

// Now returns the demo's time: real time plus the state's clock offset.
func (s *Store) Now() time.Time {
	if s.doc.Wallet == nil {
		return s.clock.Now().UTC()
	}
	return s.doc.Wallet.Now(s.clock)
}

// SharedRevision reads the stored document afresh and returns its
// revision; shared is false when the store keeps to memory, where no other
// tab reads or writes.
func (s *Store) SharedRevision() (revision int, shared bool) {
	if s.memory {
		return 0, false
	}
	s.Refresh()
	return s.doc.Revision, true
}

// Notice returns the catalogue key of a storage problem to show, or "".
func (s *Store) Notice() string { return s.notice }

// Rev counts the changes since the store was opened.
func (s *Store) Rev() int { return s.rev }

// Subscribe calls f with the events of every successful engine operation.
func (s *Store) Subscribe(f func([]wallet.Event)) {
	s.subscribers = append(s.subscribers, f)
}

// Update applies change to a copy of the document and writes it. If change
// fails, nothing is changed. A storage that refuses the write (a full quota)
// turns the store to memory, with a notice, so nothing the user did is lost
// while the page is open.
func (s *Store) Update(change func(*Document) error) error {
	if s.readOnly {
		return nil
	}
	s.Refresh()
	next := s.doc
	next.Drafts = maps.Clone(s.doc.Drafts)
	if err := change(&next); err != nil {
		return err
	}
	return s.commit(next)
}

// Do runs one engine operation on the wallet state at the demo's time,
// writes the result and tells subscribers its events. The engine leaves the
// state as it was when it refuses, so a refusal needs no undo — except a
// wrong PIN, which is counted and so written too: a reload must not reset
// the lockout.
func (s *Store) Do(op func(st *wallet.State, now time.Time) ([]wallet.Event, error)) ([]wallet.Event, error) {
	if s.readOnly {
		return nil, nil
	}
	s.Refresh()
	if s.doc.Wallet == nil {
		return nil, wallet.Errorf(wallet.EINVALID, "Pick who you are in the demo first.")
	}
	events, err := op(s.doc.Wallet, s.Now())
	if err != nil {
		if wallet.Counted(err) {
			_ = s.commit(s.doc)
		}
		return nil, err
	}
	if err := s.commit(s.doc); err != nil {
		return nil, err
	}
	for _, f := range s.subscribers {
		f(events)
	}
	return events, nil
}

// Start begins the demo as persona under rules, replacing any wallet state.
func (s *Store) Start(p wallet.Persona, rules wallet.RulesetID) error {
	if s.readOnly {
		return nil
	}
	st, err := wallet.NewState(p, rules, s.clock.Now().UTC())
	if err != nil {
		return err
	}
	next := s.doc
	next.Wallet = st
	return s.commit(next)
}

// ResetAll forgets everything but the language: the demo starts over at
// its first screen.
func (s *Store) ResetAll() error {
	if s.readOnly {
		return nil
	}
	return s.commit(Document{Version: documentVersion, Lang: s.doc.Lang})
}

// Export returns the current document as the JSON a file keeps.
func (s *Store) Export() ([]byte, error) { return json.MarshalIndent(s.doc, "", "  ") }

// maxImport caps an imported file; a real document is a few kilobytes.
const maxImport = 1 << 20

// Import replaces the document with an exported one, after the same checks
// and migrations as a stored one. A file that fails them changes nothing.
func (s *Store) Import(raw []byte) error {
	if len(raw) > maxImport {
		return wallet.Errorf(wallet.EINVALID, "This file is too large to be a demo export.")
	}
	d, err := decodeDocument(string(raw))
	if err != nil {
		return wallet.Errorf(wallet.EINVALID, "This file is not a demo export this version can read: %s", wallet.ErrorMessage(err))
	}
	if s.readOnly {
		return nil
	}
	return s.commit(d)
}

// InstallDeclined reports whether the user said no to installing the demo.
func (s *Store) InstallDeclined() bool {
	v, _, _ := s.storage.Get(installKey)
	return v == "declined"
}

// DeclineInstall remembers that the user said no to installing the demo.
// Where storage refuses, the offer comes back on the next load: nothing
// else is lost.
func (s *Store) DeclineInstall() { _ = s.storage.Set(installKey, "declined") }

// Unreadable returns a stored document that could not be read, kept aside
// for export, or "".
func (s *Store) Unreadable() string {
	v, _, _ := s.storage.Get(asideKey)
	return v
}

// commit writes next as the current document, one revision on: first to
// the spare key, read back to verify, then under the main key; its drafts
// go under their own key. Storage that refuses (a full quota) turns the
// store to memory with a notice.
func (s *Store) commit(next Document) error {
	next.Revision = s.doc.Revision + 1
	drafts := next.Drafts
	next.Drafts = nil
	b, err := json.Marshal(next)
	if err != nil {
		return err
	}
	raw := string(b)
	if err := s.write(raw); err != nil {
		s.toMemory()
		_ = s.write(raw)
	}
	next.Drafts = s.doc.Drafts
	s.doc, s.lastRaw = next, raw
	s.writeDrafts(drafts)
	s.rev++
	return nil
}

func (s *Store) write(raw string) error {
	if err := s.storage.Set(spareKey, raw); err != nil {
		return err
	}
	if back, ok, err := s.storage.Get(spareKey); err != nil || !ok || back != raw {
		return errors.New("the stored document did not read back")
	}
	return s.storage.Set(storageKey, raw)
}

// theStore is the app's store, opened on first use: localStorage in a
// browser; on the server, an empty read-only store shared by every
// prerendered page.
var (
	theStore     *Store
	theStoreOnce sync.Once
)

// currentStore returns theStore, opened by openTheStore on first use.
func currentStore() *Store {
	theStoreOnce.Do(openTheStore)
	return theStore
}

func openTheStore() {
	if !app.IsClient {
		theStore = NewStore(&MemoryStorage{})
		theStore.readOnly = true
		return
	}
	// A preview (Share & embed's) keeps its demo in memory: trying the
	// preview must not change the writer's own demo, which shares this
	// origin's localStorage.
	if app.Window().URL().Query().Get("preview") == "1" {
		theStore = NewStore(&MemoryStorage{})
		return
	}
	theStore = storeOn(openLocalStorage())
}

// storeOn opens the store on the browser's storage as openLocalStorage
// found it. A storage that reads but refuses writes (a full quota) still
// holds the user's wallet: the store starts from a copy of what it holds,
// shows it, and says that changes will not be kept.
func storeOn(ls Storage, err error) *Store {
	var st *Store
	switch {
	case errors.Is(err, errStorageFull):
		saved := copyOf(ls, storageKey, spareKey, draftsKey)
		st = NewStore(saved)
		st.notice = cmp.Or(st.notice, memoryNotice(saved))
	case err != nil:
		st = NewStore(&MemoryStorage{})
		st.notice = "storage.memory"
	default:
		return NewStore(ls)
	}
	st.memory = true
	return st
}

// copyOf copies the keys s holds into memory.
func copyOf(s Storage, keys ...string) *MemoryStorage {
	m := &MemoryStorage{}
	for _, k := range keys {
		if v, ok, err := s.Get(k); err == nil && ok {
			_ = m.Set(k, v) // memory takes every write
		}
	}
	return m
}
