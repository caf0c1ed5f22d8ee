package store

import (
	"encoding/json"
	"errors"
	"maps"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"walletdemo/wallet"
)

// Store owns the current Document: it loads it once, runs every change on
// the UI goroutine, writes the whole document, tells subscribers the
// engine's events and tells the screens that it changed.
type Store struct {
	storage Storage
	// tab keeps the tab-only drafts (drafts.go).
	tab Storage
	doc Document
	// rev counts the changes announced to the screens.
	rev int
	// changed, if set, tells the screens of a change: the app's store
	// (Open) re-renders the components that Observe it. A store of its
	// own, in a test, tells nobody.
	changed func(rev int)
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

// New loads the document from storage s, with the tab-only drafts in
// memory. An empty document starts afresh; an unreadable one starts
// afresh with a notice, and is kept aside.
func New(s Storage) *Store {
	st := &Store{storage: s, tab: &MemoryStorage{}, doc: Document{Version: documentVersion}, clock: wallet.SystemClock{}}
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

// revState is the go-app state the app's store bumps after every change,
// so that the components that Observe it render again.
const revState = "walletdemo.rev"

// Observe makes ctx's component render again after every change of the
// app's store; *rev receives the count of changes. The observer it
// returns takes OnChange, for work each change calls for.
func Observe(ctx app.Context, rev *int) app.Observer { return ctx.ObserveState(revState, rev) }

// bumpRevState tells the observing components that the app's store
// changed. The go-app state is set through the latest mounted component:
// the change may come from work handed to the UI goroutine, with no
// event's context.
func bumpRevState(rev int) { WithUI(func(ctx app.Context) { ctx.SetState(revState, rev) }) }

// announce counts a change and tells the screens, if anyone listens.
func (s *Store) announce() {
	s.rev++
	if s.changed != nil {
		s.changed(s.rev)
	}
}

// refresh reloads the document and the drafts if another tab has written
// newer ones, and reports whether it did. Every change starts with it, so
// that two tabs work on one document: neither overwrites the other's
// payment.
func (s *Store) refresh() bool {
	changed := false
	if raw, ok, err := s.storage.Get(storageKey); err == nil && ok && raw != s.lastRaw {
		if d, err := decodeDocument(raw); err == nil {
			d.Drafts = s.doc.Drafts
			s.doc, s.lastRaw = d, raw
			changed = true
		}
	}
	return s.readDrafts() || changed
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

// sharedRevision reads the stored document afresh and returns its
// revision; shared is false when the store keeps to memory, where no other
// tab reads or writes.
func (s *Store) sharedRevision() (revision int, shared bool) {
	if s.memory {
		return 0, false
	}
	s.refresh()
	return s.doc.Revision, true
}

// Notice returns the catalogue key of a storage problem to show, or "".
func (s *Store) Notice() string { return s.notice }

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
	s.refresh()
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
// the lockout. The screens hear of it either way: a refusal is theirs to
// show, and the document may have been refreshed from another tab.
func (s *Store) Do(op func(st *wallet.State, now time.Time) ([]wallet.Event, error)) ([]wallet.Event, error) {
	if s.readOnly {
		return nil, nil
	}
	events, err := s.do(op)
	s.announce()
	return events, err
}

// do runs Do's operation; Do tells the screens however it ends.
func (s *Store) do(op func(st *wallet.State, now time.Time) ([]wallet.Event, error)) ([]wallet.Event, error) {
	s.refresh()
	if s.doc.Wallet == nil {
		return nil, wallet.Errorf(wallet.EINVALID, "Pick who you are in the demo first.")
	}
	events, err := op(s.doc.Wallet, s.Now())
	if err != nil {
		if wallet.Counted(err) {
			_ = s.write(s.doc)
		}
		return nil, err
	}
	if err := s.write(s.doc); err != nil {
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

// MaxImport caps an imported file; a real document is a few kilobytes.
const MaxImport = 1 << 20

// Import replaces the document with an exported one, after the same checks
// and migrations as a stored one. A file that fails them changes nothing.
func (s *Store) Import(raw []byte) error {
	if len(raw) > MaxImport {
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

// commit writes next as the current document and tells the screens.
func (s *Store) commit(next Document) error {
	if err := s.write(next); err != nil {
		return err
	}
	s.announce()
	return nil
}

// write stores next as the current document, one revision on: first
// under the spare key, read back to verify, then under the main key; its
// drafts go under their own key. Storage that refuses (a full quota)
// turns the store to memory with a notice.
func (s *Store) write(next Document) error {
	next.Revision = s.doc.Revision + 1
	drafts := next.Drafts
	next.Drafts = nil
	b, err := json.Marshal(next)
	if err != nil {
		return err
	}
	raw := string(b)
	if err := s.put(raw); err != nil {
		s.toMemory()
		_ = s.put(raw)
	}
	next.Drafts = s.doc.Drafts
	s.doc, s.lastRaw = next, raw
	s.writeDrafts(drafts)
	return nil
}

// put writes raw under the spare key, reads it back, then under the main
// key.
func (s *Store) put(raw string) error {
	if err := s.storage.Set(spareKey, raw); err != nil {
		return err
	}
	if back, ok, err := s.storage.Get(spareKey); err != nil || !ok || back != raw {
		return errors.New("the stored document did not read back")
	}
	return s.storage.Set(storageKey, raw)
}
