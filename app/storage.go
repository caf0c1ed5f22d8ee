package app

import (
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

// localStorage is the browser's window.localStorage. Any call can throw (a
// disabled or private-mode storage, a full quota); a throw reaches Go as a
// panic, which each method turns into an error.
type localStorage struct{ v app.Value }

// openLocalStorage returns the browser's localStorage, or an error if merely
// touching it throws; if it does not take a write (a full quota), it
// returns it with errStorageFull, to be read only.
func openLocalStorage() (s Storage, err error) {
	if storageReplaced {
		return nil, errNoStorage
	}
	defer recoverJS(&err)
	v := app.Window().Get("localStorage")
	if !v.Truthy() {
		return nil, errNoStorage
	}
	ls := localStorage{v}
	const probe = "walletdemo.probe"
	if err := ls.Set(probe, "1"); err != nil {
		return ls, fmt.Errorf("%w: %v", errStorageFull, err)
	}
	v.Call("removeItem", probe)
	return ls, nil
}

func (s localStorage) Get(key string) (value string, ok bool, err error) {
	defer recoverJS(&err)
	v := s.v.Call("getItem", key)
	if v.IsNull() || v.IsUndefined() {
		return "", false, nil
	}
	return v.String(), true, nil
}

func (s localStorage) Set(key, value string) (err error) {
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
