package store

import (
	"errors"
	"strings"
	"testing"
	"time"

	"walletdemo/app/i18n"
	"walletdemo/wallet"
)

// failingStorage refuses every call, as a disabled localStorage does.
type failingStorage struct{}

func (failingStorage) Get(string) (string, bool, error) { return "", false, errNoStorage }
func (failingStorage) Set(string, string) error         { return errNoStorage }

// fullStorage reads but refuses writes, as a full quota does.
type fullStorage struct{ MemoryStorage }

func (*fullStorage) Set(string, string) error { return errors.New("QuotaExceededError") }

func TestStoreLoads(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name, stored string
		want         Document
		notice       string
	}{
		{"empty", "", Document{Version: documentVersion}, ""},
		{"saved", `{"version":1,"lang":"zh-Hans"}`, Document{Version: 1, Lang: i18n.Simplified}, ""},
		{"unknown language", `{"version":1,"lang":"<b>"}`, Document{Version: 1}, ""},
		{"corrupt", `{"version":1,"lang":`, Document{Version: documentVersion}, "storage.corrupt"},
		{"future version", `{"version":99}`, Document{Version: documentVersion}, "storage.corrupt"},
		{"not an object", `[1,2]`, Document{Version: documentVersion}, "storage.corrupt"},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			m := &MemoryStorage{}
			if c.stored != "" {
				m.Set(storageKey, c.stored)
			}
			s := New(m)
			if s.Doc().Version != c.want.Version || s.Doc().Lang != c.want.Lang || s.Doc().Wallet != nil || s.Notice() != c.notice {
				t.Errorf("loaded %+v with notice %q; want %+v, %q", s.Doc(), s.Notice(), c.want, c.notice)
			}
			if got, _, _ := m.Get(storageKey); got != c.stored {
				t.Errorf("loading changed what was stored: %q", got)
			}
		})
	}
}

func TestStoreUpdateWrites(t *testing.T) {
	t.Parallel()
	m := &MemoryStorage{}
	s := New(m)
	if err := s.Update(func(d *Document) error { d.Lang = i18n.Traditional; return nil }); err != nil {
		t.Fatal(err)
	}
	if got, _, _ := m.Get(storageKey); got != `{"version":1,"revision":1,"lang":"zh-Hant-HK"}` {
		t.Errorf("stored %q", got)
	}
	if again := New(m); again.Doc().Lang != i18n.Traditional {
		t.Errorf("a new store reads %+v", again.Doc())
	}
	if s.rev != 1 {
		t.Errorf("rev %d", s.rev)
	}
}

func TestStoreFailedChangeChangesNothing(t *testing.T) {
	t.Parallel()
	m := &MemoryStorage{}
	s := New(m)
	err := s.Update(func(d *Document) error { d.Lang = i18n.Simplified; return errors.New("refused") })
	if err == nil || s.Doc().Lang != "" || s.rev != 0 {
		t.Errorf("after a failed change: %v, %+v, rev %d", err, s.Doc(), s.rev)
	}
	if _, ok, _ := m.Get(storageKey); ok {
		t.Error("a failed change was written")
	}
}

func TestStoreWithoutStorage(t *testing.T) {
	t.Parallel()
	s := New(failingStorage{})
	if s.Notice() != "storage.memory" {
		t.Fatalf("notice %q", s.Notice())
	}
	if err := s.Update(func(d *Document) error { d.Lang = i18n.Simplified; return nil }); err != nil || s.Doc().Lang != i18n.Simplified {
		t.Errorf("memory store: %v, %+v", err, s.Doc())
	}
}

func TestStoreQuotaExceeded(t *testing.T) {
	t.Parallel()
	s := New(&fullStorage{})
	if err := s.Update(func(d *Document) error { d.Lang = i18n.Simplified; return nil }); err != nil {
		t.Fatal(err)
	}
	if s.Doc().Lang != i18n.Simplified || s.Notice() != "storage.memory" {
		t.Errorf("after a refused write: %+v, notice %q", s.Doc(), s.Notice())
	}
}

func TestStoreKeepsTheWallet(t *testing.T) {
	t.Parallel()
	m := &MemoryStorage{}
	s := New(m)
	if err := s.Start(wallet.Persona{Name: "Ana", Region: "GB"}, wallet.Rules2020); err != nil {
		t.Fatal(err)
	}
	var seen []wallet.Event
	s.Subscribe(func(e []wallet.Event) { seen = append(seen, e...) })
	if _, err := s.Do(func(st *wallet.State, now time.Time) ([]wallet.Event, error) {
		return st.AdvanceClock(25*time.Hour, now)
	}); err != nil {
		t.Fatal(err)
	}
	again := New(m)
	if again.Wallet() == nil || again.Wallet().Persona.Name != "Ana" || again.Wallet().ClockOffset != 25*time.Hour {
		t.Fatalf("reloaded wallet: %+v", again.Wallet())
	}
	if d := again.Now().Sub(time.Now()); d < 24*time.Hour || d > 26*time.Hour {
		t.Errorf("demo time is %v ahead, want 25h", d)
	}
	if len(seen) == 0 || seen[len(seen)-1].Kind != wallet.EventClockAdvanced {
		t.Errorf("subscribers saw %v, want the clock advanced", seen)
	}
}

func TestStoreRefusalWritesNothing(t *testing.T) {
	t.Parallel()
	m := &MemoryStorage{}
	s := New(m)
	if _, err := s.Do(func(st *wallet.State, now time.Time) ([]wallet.Event, error) { return nil, nil }); err == nil {
		t.Error("Do before Start must refuse")
	}
	s.Start(wallet.Persona{Name: "Ana", Region: "GB"}, wallet.Rules2020)
	before, _, _ := m.Get(storageKey)
	_, err := s.Do(func(st *wallet.State, now time.Time) ([]wallet.Event, error) { return st.SetPIN("111111", now) })
	if wallet.ErrorCode(err) == "" {
		t.Fatal("a weak PIN was accepted")
	}
	if after, _, _ := m.Get(storageKey); after != before {
		t.Error("a refused operation was written")
	}
}

func TestStoreKeepsUnreadableWalletAside(t *testing.T) {
	t.Parallel()
	m := &MemoryStorage{}
	bad := `{"version":1,"lang":"zh-Hans","wallet":{"version":1,"ruleset":"1999"}}`
	m.Set(storageKey, bad)
	s := New(m)
	if s.Notice() != "storage.corrupt" || s.Wallet() != nil {
		t.Fatalf("notice %q, wallet %v", s.Notice(), s.Wallet())
	}
	if aside, _, _ := m.Get(asideKey); aside != bad {
		t.Errorf("kept aside %q", aside)
	}
}

func TestStoreWritesWrongPINs(t *testing.T) {
	t.Parallel()
	m := &MemoryStorage{}
	activeStore(t, m)
	topUp := func(pin string) func(st *wallet.State, now time.Time) ([]wallet.Event, error) {
		return func(st *wallet.State, now time.Time) ([]wallet.Event, error) {
			return st.TopUp(st.Cards[0].ID, 1000, pin, now)
		}
	}
	for i := 0; i < 5; i++ {
		// Each wrong PIN is written: a new store (a reload) sees the count.
		if _, err := New(m).Do(topUp("000001")); wallet.ErrorCode(err) != wallet.EPIN && wallet.ErrorCode(err) != wallet.ELOCKED {
			t.Fatalf("wrong PIN %d: %v", i+1, err)
		}
	}
	if _, err := New(m).Do(topUp("135790")); wallet.ErrorCode(err) != wallet.ELOCKED {
		t.Errorf("after five wrong PINs and a reload, the right PIN gives %v; want locked", err)
	}
}

func TestServerStoreIsReadOnly(t *testing.T) {
	t.Parallel()
	s := Open() // the tests run natively, as the server does
	s.Update(func(d *Document) error { d.Lang = i18n.Simplified; return nil })
	s.Start(wallet.Persona{Name: "Li", Region: "CN"}, wallet.Rules2020)
	s.SetDrafts(map[string]string{"welcome.name": "Li"})
	s.Keep("card-number", "4111111111111111", true)
	if s.rev != 0 || s.Doc().Lang != "" || s.Wallet() != nil || s.Draft("welcome.name", false) != "" || s.Draft("card-number", true) != "" {
		t.Errorf("a prerendering store changed: rev %d, %+v", s.rev, s.Doc())
	}
}

// activeStore returns a store over m with an active Mainland wallet holding
// ¥100.00, set up through the engine as the user would.
func activeStore(t *testing.T, m Storage) *Store {
	t.Helper()
	s := New(m)
	s.Start(wallet.Persona{Name: "Li", Region: "CN"}, wallet.Rules2020)
	steps := []func(st *wallet.State, now time.Time) ([]wallet.Event, error){
		func(st *wallet.State, now time.Time) ([]wallet.Event, error) {
			return st.Authenticate(wallet.Identity{Type: wallet.IDMainland, Name: "李明", Number: "110101199003074514"}, now)
		},
		func(st *wallet.State, now time.Time) ([]wallet.Event, error) {
			_, ev, err := st.LinkCard("6200000000000005", now)
			return ev, err
		},
		func(st *wallet.State, now time.Time) ([]wallet.Event, error) { return st.SetPIN("135790", now) },
		func(st *wallet.State, now time.Time) ([]wallet.Event, error) { return st.ConfirmPIN("135790", now) },
		func(st *wallet.State, now time.Time) ([]wallet.Event, error) {
			return st.TopUp(st.Cards[0].ID, 10000, "135790", now)
		},
	}
	for i, op := range steps {
		if _, err := s.Do(op); err != nil {
			t.Fatalf("set-up step %d: %v", i, err)
		}
	}
	return s
}

func withdraw(amount wallet.Amount) func(st *wallet.State, now time.Time) ([]wallet.Event, error) {
	return func(st *wallet.State, now time.Time) ([]wallet.Event, error) {
		return st.Withdraw(st.Cards[0].ID, amount, "135790", now)
	}
}

func TestTwoTabsNeverDoubleSpend(t *testing.T) {
	t.Parallel()
	shared := &MemoryStorage{}
	tabA := activeStore(t, shared)
	tabB := New(shared) // opened before A spends
	if _, err := tabA.Do(withdraw(8000)); err != nil {
		t.Fatal(err)
	}
	if _, err := tabB.Do(withdraw(8000)); wallet.ErrorCode(err) != wallet.EBALANCE {
		t.Errorf("tab B spent money tab A had already spent: %v", err)
	}
	if n, m := len(tabA.Wallet().Ledger), len(New(shared).Wallet().Ledger); n != m {
		t.Errorf("tab A's ledger has %d entries, the stored one %d", n, m)
	}
}

// laggingStorage is one tab's view of storage shared with others, as
// Chromium gives each tab its own copy of localStorage: another tab's write
// shows only after catchUp, the tab's own writes at once.
type laggingStorage struct {
	shared *MemoryStorage
	copy   MemoryStorage
}

func (l *laggingStorage) Get(key string) (string, bool, error) { return l.copy.Get(key) }

func (l *laggingStorage) Set(key, value string) error {
	l.copy.Set(key, value)
	return l.shared.Set(key, value)
}

func (l *laggingStorage) catchUp() {
	for k, v := range l.shared.m {
		l.copy.Set(k, v)
	}
}

func TestRevisionCountsEveryTabsWrites(t *testing.T) {
	t.Parallel()
	shared := &MemoryStorage{}
	tabA, tabB := New(shared), New(shared)
	tabA.Update(func(d *Document) error { d.Lang = i18n.Simplified; return nil })
	tabB.Update(func(d *Document) error { d.Drafts = map[string]string{"x": "1"}; return nil })
	if rev, shared := tabA.sharedRevision(); rev != 2 || !shared {
		t.Errorf("after one write in each tab, tab A reads revision %d (shared %v); want 2", rev, shared)
	}
	// An imported file's own revision does not set the count back.
	file, _ := tabA.Export()
	tabA.Update(func(d *Document) error { d.Lang = i18n.Traditional; return nil })
	if err := tabA.Import(file); err != nil {
		t.Fatal(err)
	}
	if rev, _ := New(shared).sharedRevision(); rev != 4 {
		t.Errorf("after the import the stored revision is %d, want 4", rev)
	}
	if _, shared := New(failingStorage{}).sharedRevision(); shared {
		t.Error("a store kept in memory says other tabs share it")
	}
}

// TestLaggingTabWaitsForTheRevision is what the cross-tab lock relies on
// (tablock.go): a tab whose copy of storage has not caught up with the
// previous holder's write reads an older revision than the one left for
// it, and once caught up it is refused the money already spent.
func TestLaggingTabWaitsForTheRevision(t *testing.T) {
	t.Parallel()
	shared := &MemoryStorage{}
	tabA := activeStore(t, shared)
	viewB := &laggingStorage{shared: shared}
	viewB.catchUp()
	tabB := New(viewB)
	if _, err := tabA.Do(withdraw(8000)); err != nil {
		t.Fatal(err)
	}
	left, _ := tabA.sharedRevision()
	if rev, _ := tabB.sharedRevision(); rev >= left {
		t.Fatalf("tab B, not caught up, reads revision %d; tab A left %d", rev, left)
	}
	viewB.catchUp()
	if rev, _ := tabB.sharedRevision(); rev != left {
		t.Fatalf("tab B, caught up, reads revision %d; tab A left %d", rev, left)
	}
	if _, err := tabB.Do(withdraw(8000)); wallet.ErrorCode(err) != wallet.EBALANCE {
		t.Errorf("tab B spent money tab A had already spent: %v", err)
	}
}

func TestOtherTabsChangesAreSeen(t *testing.T) {
	t.Parallel()
	shared := &MemoryStorage{}
	tabA, tabB := New(shared), New(shared)
	tabA.Update(func(d *Document) error { d.Lang = i18n.Traditional; return nil })
	if !tabB.refresh() || tabB.Doc().Lang != i18n.Traditional {
		t.Errorf("tab B: %+v", tabB.Doc())
	}
	if tabB.refresh() {
		t.Error("a second refresh with nothing new reported a change")
	}
	// Each tab's change keeps the other's.
	tabB.Update(func(d *Document) error { d.Drafts = map[string]string{"x": "1"}; return nil })
	tabA.Update(func(d *Document) error { d.Lang = i18n.Simplified; return nil })
	if got := New(shared).Doc(); got.Lang != i18n.Simplified || got.Drafts["x"] != "1" {
		t.Errorf("stored %+v: a tab's write was lost", got)
	}
}

func TestCutShortWriteRecoversTheSpare(t *testing.T) {
	t.Parallel()
	m := &MemoryStorage{}
	s := New(m)
	s.Update(func(d *Document) error { d.Lang = i18n.Simplified; return nil })
	good, _, _ := m.Get(storageKey)
	m.Set(storageKey, good[:len(good)/2]) // a write cut in the middle
	r := New(m)
	if r.Doc().Lang != i18n.Simplified || r.Notice() != "storage.recovered" {
		t.Errorf("after a cut-short write: %+v, notice %q", r.Doc(), r.Notice())
	}
	if aside, _, _ := m.Get(asideKey); aside != good[:len(good)/2] {
		t.Errorf("the damaged value was not kept aside: %q", aside)
	}
	if again := New(m); again.Notice() != "" || again.Doc().Lang != i18n.Simplified {
		t.Errorf("the restored document was not written back: notice %q", again.Notice())
	}
}

func TestExportImportRoundTrip(t *testing.T) {
	t.Parallel()
	a := activeStore(t, &MemoryStorage{})
	a.Update(func(d *Document) error { d.Lang = i18n.Simplified; return nil })
	file, err := a.Export()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(file), "6200000000000005") {
		t.Error("the export holds a full card number")
	}
	b := New(&MemoryStorage{})
	if err := b.Import(file); err != nil {
		t.Fatal(err)
	}
	if b.Doc().Lang != i18n.Simplified || len(b.Wallet().Ledger) != len(a.Wallet().Ledger) || b.Wallet().Balances()[wallet.WalletParty(wallet.Mainland)][wallet.CNY] != 10000 {
		t.Errorf("imported %+v", b.Doc())
	}
}

func TestBadImportChangesNothing(t *testing.T) {
	t.Parallel()
	m := &MemoryStorage{}
	s := activeStore(t, m)
	before, _, _ := m.Get(storageKey)
	for _, bad := range []string{"", "{", `{"version":2}`, `{"version":1,"wallet":{"version":1,"ruleset":"1999"}}`, strings.Repeat(" ", MaxImport+1)} {
		if err := s.Import([]byte(bad)); err == nil {
			t.Errorf("imported %.40q", bad)
		}
	}
	if after, _, _ := m.Get(storageKey); after != before {
		t.Error("a refused import changed the stored document")
	}
}

func TestResetAllKeepsTheLanguage(t *testing.T) {
	t.Parallel()
	s := activeStore(t, &MemoryStorage{})
	s.Update(func(d *Document) error { d.Lang = i18n.Traditional; return nil })
	s.ResetAll()
	if s.Wallet() != nil || s.Doc().Lang != i18n.Traditional {
		t.Errorf("after reset: %+v", s.Doc())
	}
}

// keyWrites counts the writes under each key.
type keyWrites struct {
	MemoryStorage
	n map[string]int
}

func (k *keyWrites) Set(key, value string) error {
	if k.n == nil {
		k.n = map[string]int{}
	}
	k.n[key]++
	return k.MemoryStorage.Set(key, value)
}

// TestTypingWritesOnlyTheDrafts: a keystroke writes the drafts' small
// value, never the document, so it cannot put back a wallet another tab has
// just changed; the drafts survive a reload and reach the other tab.
func TestTypingWritesOnlyTheDrafts(t *testing.T) {
	t.Parallel()
	m := &keyWrites{}
	tab := activeStore(t, m)
	other := New(m)
	before, _, _ := m.Get(storageKey)
	writes := m.n[storageKey]
	rev := tab.Doc().Revision
	tab.SetDrafts(map[string]string{"pay-amount": "1", "packet-greeting": "Hi"})
	tab.SetDrafts(map[string]string{"pay-amount": "12"})
	if after, _, _ := m.Get(storageKey); after != before || m.n[storageKey] != writes || tab.Doc().Revision != rev {
		t.Errorf("typing wrote the document (%d writes, revision %d → %d)", m.n[storageKey]-writes, rev, tab.Doc().Revision)
	}
	if got := New(m).Doc().Drafts; got["pay-amount"] != "12" || got["packet-greeting"] != "Hi" {
		t.Errorf("after a reload the drafts are %v", got)
	}
	if !other.refresh() || other.Doc().Drafts["pay-amount"] != "12" {
		t.Errorf("the other tab sees the drafts %v", other.Doc().Drafts)
	}
	tab.SetDrafts(map[string]string{"pay-amount": "", "packet-greeting": ""})
	if got := New(m).Doc().Drafts; len(got) != 0 {
		t.Errorf("forgotten drafts come back: %v", got)
	}
	// A change of the document keeps the drafts apart, and them whole.
	tab.SetDrafts(map[string]string{"pay-amount": "3"})
	tab.Update(func(d *Document) error { d.Lang = i18n.Simplified; return nil })
	if raw, _, _ := m.Get(storageKey); strings.Contains(raw, "drafts") {
		t.Errorf("the document holds drafts: %s", raw)
	}
	if got := New(m).Doc(); got.Drafts["pay-amount"] != "3" || got.Lang != i18n.Simplified {
		t.Errorf("after a change and a reload: %+v", got)
	}
}

// TestDraftsInAnOlderDocumentAreKept: a document stored when the drafts
// were part of it loads with them, and the next write moves them apart.
func TestDraftsInAnOlderDocumentAreKept(t *testing.T) {
	t.Parallel()
	m := &MemoryStorage{}
	m.Set(storageKey, `{"version":1,"lang":"en","drafts":{"welcome.name":"Sam"}}`)
	s := New(m)
	if s.Doc().Drafts["welcome.name"] != "Sam" {
		t.Fatalf("drafts %v", s.Doc().Drafts)
	}
	s.Update(func(d *Document) error { d.Lang = i18n.Traditional; return nil })
	if got, _, _ := m.Get(draftsKey); got != `{"welcome.name":"Sam"}` {
		t.Errorf("stored drafts %q", got)
	}
	if New(m).Doc().Drafts["welcome.name"] != "Sam" {
		t.Error("the drafts did not survive the move")
	}
}

func TestDraftsBeforeAnyDocument(t *testing.T) {
	t.Parallel()
	m := &MemoryStorage{}
	New(m).SetDrafts(map[string]string{"welcome.name": "Aisyah"})
	if got := New(m).Doc().Drafts["welcome.name"]; got != "Aisyah" {
		t.Errorf("onboarding's draft after a reload: %q", got)
	}
}

// TestStoreOnFullStorage: a reload while the storage reads but refuses
// writes shows the saved wallet, says changes will not be kept, and
// leaves the saved document as it was.
func TestStoreOnFullStorage(t *testing.T) {
	t.Parallel()
	m := &MemoryStorage{}
	saved := New(m)
	if err := saved.Start(wallet.Persona{Name: "Ana", Region: "GB"}, wallet.Rules2020); err != nil {
		t.Fatal(err)
	}
	raw, _, _ := m.Get(storageKey)
	full := &fullStorage{}
	full.m = m.m
	s := storeOn(full, errStorageFull)
	if s.Wallet() == nil || s.Wallet().Persona.Name != "Ana" || s.Notice() != "storage.full" {
		t.Fatalf("wallet %+v, notice %q", s.Wallet(), s.Notice())
	}
	if err := s.Update(func(d *Document) error { d.Lang = i18n.Simplified; return nil }); err != nil || s.Doc().Lang != i18n.Simplified {
		t.Errorf("a change in memory: %v", err)
	}
	if now, _, _ := m.Get(storageKey); now != raw {
		t.Error("the saved document changed")
	}
	if _, shared := s.sharedRevision(); shared {
		t.Error("a store in memory says other tabs share it")
	}
	// With nothing saved, as in private mode, the demo forgets on reload.
	if s := storeOn(&fullStorage{}, errStorageFull); s.Notice() != "storage.memory" {
		t.Errorf("nothing saved, notice %q", s.Notice())
	}
}

// TestDeclinedInstallOutlivesAReset: "Not now" on the install offer is kept
// apart from the demo, so a reset does not bring the offer back.
func TestDeclinedInstallOutlivesAReset(t *testing.T) {
	t.Parallel()
	m := &MemoryStorage{}
	s := activeStore(t, m)
	if s.InstallDeclined() {
		t.Fatal("a new store has declined to install")
	}
	s.DeclineInstall()
	s.ResetAll()
	if !New(m).InstallDeclined() {
		t.Error("the declined install offer comes back after a reset and a reload")
	}
}

// counted gives s a listener that counts its announcements.
func counted(s *Store) *int {
	n := new(int)
	s.changed = func(int) { *n++ }
	return n
}

// TestStoreAnnouncesItsChanges: every change tells the screens once, a
// refused operation too (the screen shows the refusal), and a keystroke
// not at all (the input shows it already).
func TestStoreAnnouncesItsChanges(t *testing.T) {
	t.Parallel()
	shared := &MemoryStorage{}
	s := New(shared)
	n := counted(s)
	steps := []struct {
		name string
		do   func()
		want int
	}{
		{"a change", func() { s.Update(func(d *Document) error { d.Lang = i18n.Simplified; return nil }) }, 1},
		{"a refused change", func() { s.Update(func(*Document) error { return errors.New("refused") }) }, 0},
		{"the start", func() { s.Start(wallet.Persona{Name: "Ana", Region: "GB"}, wallet.Rules2020) }, 1},
		{"an operation", func() {
			s.Do(func(st *wallet.State, now time.Time) ([]wallet.Event, error) { return st.AdvanceClock(time.Hour, now) })
		}, 1},
		{"a refused operation", func() {
			s.Do(func(st *wallet.State, now time.Time) ([]wallet.Event, error) { return st.SetPIN("111111", now) })
		}, 1},
		{"a keystroke", func() { s.Keep("pay-amount", "1", false) }, 0},
		{"a choice", func() { s.SetDrafts(map[string]string{"share.tour": "setup"}) }, 1},
		{"the same choice", func() { s.SetDrafts(map[string]string{"share.tour": "setup"}) }, 0},
		{"a form done with", func() { s.ClearDrafts("pay-amount", "share.tour") }, 1},
		{"nothing to clear", func() { s.ClearDrafts("pay-amount") }, 0},
		{"a reset", func() { s.ResetAll() }, 1},
	}
	for _, step := range steps {
		before := *n
		step.do()
		if got := *n - before; got != step.want {
			t.Errorf("%s: announced %d times, want %d", step.name, got, step.want)
		}
	}
	// Another tab's write is taken in before each change, quietly: the
	// change announces itself (WatchOtherTabs announces what the storage
	// event brings).
	New(shared).Update(func(d *Document) error { d.Lang = i18n.Traditional; return nil })
	if before := *n; !s.refresh() || s.Doc().Lang != i18n.Traditional || *n != before {
		t.Errorf("refresh: %+v, %d announcements", s.Doc(), *n-before)
	}
}

// TestTabOnlyDrafts: a tab-only field's draft stays in the tab's storage,
// out of the shared drafts, the document and an export; a reload of the
// tab keeps it, and clearing the form forgets it.
func TestTabOnlyDrafts(t *testing.T) {
	t.Parallel()
	shared, tab := &MemoryStorage{}, &MemoryStorage{}
	open := func() *Store {
		s := New(shared)
		s.tab = tab
		return s
	}
	s := open()
	if err := s.Start(wallet.Persona{Name: "Ana", Region: "GB"}, wallet.Rules2020); err != nil {
		t.Fatal(err)
	}
	const number = "4111111111111111"
	s.Keep("card-number", number, true)
	s.Keep("card-holder", "Ana Lee", false)
	if got := s.Draft("card-number", true); got != number {
		t.Errorf("the tab-only draft reads %q", got)
	}
	file, _ := s.Export()
	for key, v := range shared.m {
		if strings.Contains(v, number) {
			t.Errorf("%s holds the card number: %s", key, v)
		}
	}
	if strings.Contains(string(file), number) {
		t.Error("the export holds the card number")
	}
	again := open() // a reload of the tab
	if again.Draft("card-number", true) != number || again.Draft("card-holder", false) != "Ana Lee" {
		t.Errorf("after a reload: %q, %q", again.Draft("card-number", true), again.Draft("card-holder", false))
	}
	if New(shared).Draft("card-number", true) != "" {
		t.Error("another tab reads this tab's card number")
	}
	again.ClearDrafts("card-number", "card-holder")
	if v, _, _ := tab.Get(tabDraftPrefix + "card-number"); v != "" || again.Draft("card-holder", false) != "" {
		t.Errorf("after clearing, the tab holds %q and the holder reads %q", v, again.Draft("card-holder", false))
	}
}
