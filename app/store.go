package app

import (
	"encoding/json"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"walletdemo/app/i18n"
)

// storageKey is the one localStorage key the demo writes.
const storageKey = "walletdemo"

// revState is the go-app state the store bumps after every change, so that
// observing components render again.
const revState = "walletdemo.rev"

// Document is everything the demo remembers, written whole on every change.
type Document struct {
	Version int       `json:"version"`
	Lang    i18n.Lang `json:"lang,omitempty"`
}

// documentVersion is the schema version Document is written with.
const documentVersion = 1

// Store owns the current Document: it loads it once, runs every change on
// the UI goroutine, writes the whole document and tells observers.
type Store struct {
	storage Storage
	doc     Document
	rev     int
	// notice is the catalogue key of a problem the user should know about
	// (no storage, unreadable data), or "".
	notice string
}

// NewStore loads the document from storage; an empty or unreadable one
// starts afresh (with a notice when data was there but unreadable).
func NewStore(s Storage) *Store {
	st := &Store{storage: s, doc: Document{Version: documentVersion}}
	raw, ok, err := s.Get(storageKey)
	switch {
	case err != nil:
		st.toMemory()
	case ok:
		var d Document
		if json.Unmarshal([]byte(raw), &d) != nil || d.Version != documentVersion {
			st.notice = "storage.corrupt"
			break
		}
		if _, known := i18n.Parse(string(d.Lang)); !known {
			d.Lang = ""
		}
		st.doc = d
	}
	return st
}

// toMemory switches to memory after the browser refused storage.
func (s *Store) toMemory() {
	s.storage = &MemoryStorage{}
	s.notice = "storage.memory"
}

// Doc returns a copy of the current document.
func (s *Store) Doc() Document { return s.doc }

// Notice returns the catalogue key of a storage problem to show, or "".
func (s *Store) Notice() string { return s.notice }

// Update applies change to a copy of the document and writes it. If change
// fails, nothing is changed. A storage that refuses the write (a full quota)
// turns the store to memory, with a notice, so nothing the user did is lost
// while the page is open.
func (s *Store) Update(change func(*Document) error) error {
	next := s.doc
	if err := change(&next); err != nil {
		return err
	}
	b, err := json.Marshal(next)
	if err != nil {
		return err
	}
	if err := s.storage.Set(storageKey, string(b)); err != nil {
		s.toMemory()
		_ = s.storage.Set(storageKey, string(b))
	}
	s.doc = next
	s.rev++
	return nil
}

// Rev counts the changes since the store was opened.
func (s *Store) Rev() int { return s.rev }

// theStore is the app's store, opened on first use: localStorage in a
// browser, memory when prerendering on the server.
var theStore *Store

func currentStore() *Store {
	switch {
	case theStore != nil:
	case !app.IsClient:
		theStore = NewStore(&MemoryStorage{})
	default:
		ls, err := openLocalStorage()
		if err != nil {
			theStore = NewStore(&MemoryStorage{})
			theStore.notice = "storage.memory"
			break
		}
		theStore = NewStore(ls)
	}
	return theStore
}
