package store

import (
	"cmp"
	"errors"
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Storage is where the store keeps its document: localStorage in a browser,
// memory elsewhere or when the browser refuses.
type Storage interface {
	// Get returns the value of key and whether it exists.
	Get(key string) (value string, ok bool, err error)
	// Set writes value under key.
	Set(key, value string) error
}

// Open opens the app's store, once, on first use: localStorage in a
// browser, with the tab-only drafts in sessionStorage; on the server, an
// empty read-only store shared by every prerendered page. Its changes
// re-render the components that Observe it.
func Open() *Store {
	if !app.IsClient {
		s := New(&MemoryStorage{})
		s.readOnly = true
		return s
	}
	var s *Store
	// A preview (Share & embed's) keeps its demo in memory: trying the
	// preview must not change the writer's own demo, which shares this
	// origin's localStorage.
	if app.Window().URL().Query().Get("preview") == "1" {
		s = New(&MemoryStorage{})
	} else {
		s = storeOn(openWebStorage("localStorage", storageReplaced))
	}
	if ss, err := openWebStorage("sessionStorage", sessionReplaced); err == nil {
		s.tab = ss
	}
	s.changed = bumpRevState
	return s
}

// storeOn opens the store on the browser's localStorage as openWebStorage
// found it. A storage that reads but refuses writes (a full quota) still
// holds the user's wallet: the store starts from a copy of what it holds,
// shows it, and says that changes will not be kept.
func storeOn(ls Storage, err error) *Store {
	var st *Store
	switch {
	case errors.Is(err, errStorageFull):
		saved := copyOf(ls, storageKey, spareKey, draftsKey)
		st = New(saved)
		st.notice = cmp.Or(st.notice, memoryNotice(saved))
	case err != nil:
		st = New(&MemoryStorage{})
		st.notice = "storage.memory"
	default:
		return New(ls)
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

// errNoStorage reports a browser that has no usable localStorage;
// errStorageFull one whose localStorage reads but refuses writes.
var (
	errNoStorage   = errors.New("localStorage is not available")
	errStorageFull = errors.New("localStorage refuses writes")
)

// MemoryStorage is a Storage that forgets on reload. The zero value is ready.
type MemoryStorage struct{ m map[string]string }

// Get implements Storage.
func (s *MemoryStorage) Get(key string) (string, bool, error) {
	v, ok := s.m[key]
	return v, ok, nil
}

// Set implements Storage.
func (s *MemoryStorage) Set(key, value string) error {
	if s.m == nil {
		s.m = make(map[string]string)
	}
	s.m[key] = value
	return nil
}

// webStorage is the browser's window.localStorage or sessionStorage. Any
// call can throw (a disabled or private-mode storage, a full quota); a
// throw reaches Go as a panic, which each method turns into an error.
type webStorage struct{ v app.Value }

// openWebStorage returns the browser's window[name], localStorage or
// sessionStorage, or an error if merely touching it throws or it stands
// replaced (storageguard.go); if it does not take a write (a full quota),
// it returns it with errStorageFull, to be read only.
func openWebStorage(name string, replaced bool) (s Storage, err error) {
	if replaced {
		return nil, errNoStorage
	}
	defer recoverJS(&err)
	v := app.Window().Get(name)
	if !v.Truthy() {
		return nil, errNoStorage
	}
	ws := webStorage{v}
	const probe = "walletdemo.probe"
	if err := ws.Set(probe, "1"); err != nil {
		return ws, fmt.Errorf("%w: %v", errStorageFull, err)
	}
	v.Call("removeItem", probe)
	return ws, nil
}

func (s webStorage) Get(key string) (value string, ok bool, err error) {
	defer recoverJS(&err)
	v := s.v.Call("getItem", key)
	if v.IsNull() || v.IsUndefined() {
		return "", false, nil
	}
	return v.String(), true, nil
}

func (s webStorage) Set(key, value string) (err error) {
	defer recoverJS(&err)
	s.v.Call("setItem", key, value)
	return nil
}

// recoverJS turns a JavaScript exception, which syscall/js raises as a panic,
// into *err.
func recoverJS(err *error) {
	if r := recover(); r != nil {
		*err = fmt.Errorf("%w: %v", errNoStorage, r)
	}
}
