package store

import (
	"encoding/json"
	"maps"
)

// A form's input in progress is kept by field id, so a reload loses none.
// Most drafts go under draftsKey, beside the document. A tab-only field's
// draft — one that takes a full card number, which the field says of
// itself — is kept in the tab's sessionStorage instead: a reload keeps
// it, closing the tab forgets it, and it never reaches the saved document
// or an export, which hold a card's network, bank and last four digits
// only.

// tabDraftPrefix prefixes a tab-only draft's sessionStorage key.
const tabDraftPrefix = "walletdemo.tab."

// Draft returns the draft of field id, from the tab's own storage first
// if tabOnly, as Keep wrote it: only a tab-only field pays for asking the
// tab, a call into the browser, on every render.
func (s *Store) Draft(id string, tabOnly bool) string {
	if tabOnly {
		if v, _, _ := s.tab.Get(tabDraftPrefix + id); v != "" {
			return v
		}
	}
	return s.doc.Drafts[id]
}

// Keep keeps v, typed into field id, as its draft ("" forgets it), in the
// tab only if tabOnly. It tells the screens nothing: the input shows what
// was typed already, and this runs on every keystroke. A refusal of the
// tab's storage leaves the value on screen only, which is all that is lost.
func (s *Store) Keep(id, v string, tabOnly bool) {
	switch {
	case s.readOnly:
	case tabOnly:
		_ = s.tab.Set(tabDraftPrefix+id, v)
	default:
		s.setDrafts(map[string]string{id: v})
	}
}

// SetDrafts keeps each value as the draft of its field, "" forgetting the
// field, and tells the screens. Only the drafts are written.
func (s *Store) SetDrafts(values map[string]string) {
	if !s.readOnly && s.setDrafts(values) {
		s.announce()
	}
}

// ClearDrafts forgets the drafts of the given fields, the tab's own too,
// once a form is done with, and tells the screens if there were any.
func (s *Store) ClearDrafts(ids ...string) {
	if s.readOnly {
		return
	}
	gone := map[string]string{}
	changed := false
	for _, id := range ids {
		if v, _, _ := s.tab.Get(tabDraftPrefix + id); v != "" {
			_ = s.tab.Set(tabDraftPrefix+id, "")
			changed = true
		}
		gone[id] = ""
	}
	if s.setDrafts(gone) || changed {
		s.announce()
	}
}

// setDrafts writes values into the stored drafts, and reports whether
// that changed them.
func (s *Store) setDrafts(values map[string]string) bool {
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
	return s.writeDrafts(next)
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
