package store

import (
	"sync"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Two tabs confirming in the same instant must not both pay from one
// balance. Every engine operation therefore runs under a Web Lock that all
// the demo's tabs request (navigator.locks), held from reading the stored
// document to writing it.
//
// The lock alone is not enough in Chromium: each tab reads localStorage from
// its own copy, which learns another tab's write a moment later, and the
// lock can be granted before that. Two windows tapping the demo clock's
// +1 h as fast as they could, some 900 operations in 3 s, lost 110 to 180
// of them under the lock alone. So the holder also leaves the revision it
// wrote in IndexedDB, whose transactions every tab sees in order, and the
// next holder waits until its localStorage shows that revision. In the same
// runs a tab found itself behind 1 to 8 times, waited a few milliseconds,
// and no write was lost (TestTwoTabsLoseNoOperation, which fails every time
// without the wait).
//
// Where navigator.locks is missing — an insecure context, such as a phone
// opening http://192.168.x.x:8000 in a workshop, and old Safari — an
// operation runs at once, unlocked, as everywhere before: two tabs confirming
// in the same instant may then both show a success that the store holds
// once (README, Reliability). Where IndexedDB fails, the lock works without
// the revision check.

// tabLockName names the lock every tab takes around an engine operation.
const tabLockName = "walletdemo"

// fenceWait bounds the wait for localStorage to show the previous holder's
// revision. Past it the operation goes on with what storage shows, so that
// a revision that never shows (a write outside the lock, such as a typed
// draft, from a tab that had not caught up) cannot stop every tab.
const fenceWait = 500 * time.Millisecond

// holdLimit is when the browser releases a lock its holder never gave back:
// a panic ends a Go wasm program, and its tab would otherwise hold the lock,
// and stop every other tab's operations, until it is closed.
const holdLimit = 5 * time.Second

// WithTabLock runs section on the UI goroutine while this tab holds the
// cross-tab lock and its localStorage has caught up with the previous
// holder's write. Without navigator.locks it runs section at once, with ctx.
func (s *Store) WithTabLock(ctx app.Context, section func(ctx app.Context)) {
	locks := app.Window().Get("navigator").Get("locks")
	if !app.IsClient || !locks.Truthy() {
		section(ctx)
		return
	}
	go s.holdTabLock(locks, section)
}

// holdTabLock requests the lock and, once granted, runs section through
// onUIHeld, then leaves the revision for the next holder and releases the
// lock. It runs on a goroutine of its own: it waits on the browser.
func (s *Store) holdTabLock(locks app.Value, section func(ctx app.Context)) {
	release, ok := requestTabLock(locks)
	if !ok {
		// The browser refused the lock (an opaque origin): run unlocked.
		onUIHeld(section)
		return
	}
	defer release.Invoke()
	fence := readFence()
	deadline := time.Now().Add(fenceWait)
	for {
		type outcome struct {
			ran      bool
			revision int
			shared   bool
		}
		done := make(chan outcome, 1)
		onUIHeld(func(ctx app.Context) {
			if rev, shared := s.sharedRevision(); shared && rev < fence {
				if time.Now().Before(deadline) {
					done <- outcome{}
					return
				}
				Warn("walletdemo: another tab's last write has not reached this tab; going on without it")
			}
			section(ctx)
			rev, shared := s.sharedRevision()
			done <- outcome{true, rev, shared}
		})
		o := <-done
		if o.ran {
			if o.shared {
				writeFence(o.revision)
			}
			return
		}
		time.Sleep(2 * time.Millisecond)
	}
}

// requestTabLock asks for the lock and waits until it is granted; release
// gives it back. ok is false if the browser refuses it.
func requestTabLock(locks app.Value) (release app.Value, ok bool) {
	granted := make(chan app.Value, 1)
	refused := make(chan struct{}, 1)
	var onGrant, onRefuse app.Func
	onGrant = app.FuncOf(func(app.Value, []app.Value) any {
		// The lock is held until the promise returned here settles.
		var hold app.Func
		hold = app.FuncOf(func(_ app.Value, args []app.Value) any {
			app.Window().Call("setTimeout", args[0], holdLimit.Milliseconds())
			granted <- args[0]
			return nil
		})
		p := app.Window().Get("Promise").New(hold)
		hold.Release()
		return p
	})
	onRefuse = app.FuncOf(func(app.Value, []app.Value) any {
		refused <- struct{}{}
		return nil
	})
	defer func() {
		onGrant.Release()
		onRefuse.Release()
	}()
	if !CallJS(func() { locks.Call("request", tabLockName, onGrant).Call("catch", onRefuse) }) {
		return nil, false
	}
	select {
	case release = <-granted:
		return release, true
	case <-refused:
		return nil, false
	}
}

// heldWork is the work of granted locks waiting for the UI goroutine.
var heldWork struct {
	sync.Mutex
	queue []func(ctx app.Context)
}

// onUIHeld runs f on the UI goroutine, from a goroutine, as OnUI does — but
// f must run, as the lock stays held until it has: go-app drops work
// dispatched through a screen that is gone by the time it runs, so the next
// screen to mount runs what still waits (RunHeldWork).
func onUIHeld(f func(ctx app.Context)) {
	heldWork.Lock()
	heldWork.queue = append(heldWork.queue, f)
	heldWork.Unlock()
	OnUI(RunHeldWork)
}

// RunHeldWork runs, on the UI goroutine, the work of granted locks that
// still waits: every screen calls it as it mounts.
func RunHeldWork(ctx app.Context) {
	heldWork.Lock()
	queue := heldWork.queue
	heldWork.queue = nil
	heldWork.Unlock()
	for _, f := range queue {
		f(ctx)
	}
}

// The revision the last holder wrote is kept in IndexedDB: database
// walletdemo.lock, object store "lock", key "revision".
const (
	fenceDB    = "walletdemo.lock"
	fenceStore = "lock"
	fenceKey   = "revision"
)

// fenceConn is the open IndexedDB database, or undefined where it failed.
var fenceConn struct {
	once sync.Once
	db   app.Value
}

// fenceDatabase opens the database on first use.
func fenceDatabase() (db app.Value, ok bool) {
	fenceConn.once.Do(func() {
		fenceConn.db = app.Undefined()
		idb := app.Window().Get("indexedDB")
		if !idb.Truthy() {
			return
		}
		var req app.Value
		if !CallJS(func() { req = idb.Call("open", fenceDB, 1) }) {
			return
		}
		upgrade := app.FuncOf(func(app.Value, []app.Value) any {
			CallJS(func() { req.Get("result").Call("createObjectStore", fenceStore) })
			return nil
		})
		defer upgrade.Release()
		req.Set("onupgradeneeded", upgrade)
		if idbWait(req, "success", "error", "blocked") {
			fenceConn.db = req.Get("result")
		}
		req.Set("onupgradeneeded", nil)
	})
	return fenceConn.db, fenceConn.db.Truthy()
}

// readFence returns the revision the last holder left; 0 if none, or if
// IndexedDB fails.
func readFence() int {
	db, ok := fenceDatabase()
	if !ok {
		return 0
	}
	var req app.Value
	if !CallJS(func() { req = db.Call("transaction", fenceStore).Call("objectStore", fenceStore).Call("get", fenceKey) }) || !idbWait(req, "success", "error") {
		return 0
	}
	if v := req.Get("result"); v.Type() == app.TypeNumber {
		return v.Int()
	}
	return 0
}

// writeFence leaves revision for the next holder, and waits until the
// transaction has committed: the next holder's reading begins after it.
func writeFence(revision int) {
	db, ok := fenceDatabase()
	if !ok {
		return
	}
	var tx app.Value
	if !CallJS(func() {
		tx = db.Call("transaction", fenceStore, "readwrite", map[string]any{"durability": "relaxed"})
		tx.Call("objectStore", fenceStore).Call("put", revision, fenceKey)
	}) {
		return
	}
	idbWait(tx, "complete", "error", "abort")
}

// idbWait waits, at most fenceWait, for an IndexedDB request or transaction
// to fire done or one of fails, and reports whether it fired done. The
// bound keeps a browser whose IndexedDB never answers (old Safari could
// hang on open) from holding the lock.
func idbWait(target app.Value, done string, fails ...string) bool {
	result := make(chan bool, 1+len(fails))
	events := append([]string{done}, fails...)
	for i, event := range events {
		f := app.FuncOf(func(app.Value, []app.Value) any {
			result <- i == 0
			return nil
		})
		defer f.Release()
		target.Set("on"+event, f)
	}
	defer func() {
		for _, event := range events {
			target.Set("on"+event, nil)
		}
	}()
	select {
	case ok := <-result:
		return ok
	case <-time.After(fenceWait):
		return false
	}
}

// CallJS runs f, which calls into JavaScript, and reports whether it ran
// without a JavaScript exception (which syscall/js raises as a panic).
func CallJS(f func()) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	f()
	return true
}
