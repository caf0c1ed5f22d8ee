package app

import (
	"strings"
	"testing"
	"time"

	"walletdemo/app/runner"
	"walletdemo/app/store"
	"walletdemo/wallet"
)

// withWallet makes st the store's wallet for one test.
func withWallet(t *testing.T, st *wallet.State) {
	t.Helper()
	old := runner.SetStore(store.New(&store.MemoryStorage{}))
	t.Cleanup(func() { runner.SetStore(old) })
	change(t, func(d *store.Document) { d.Wallet = st })
}

// change changes the test's store's document.
func change(t *testing.T, f func(d *store.Document)) {
	t.Helper()
	if err := runner.Store().Update(func(d *store.Document) error { f(d); return nil }); err != nil {
		t.Fatal(err)
	}
}

// activeState is a Mainland wallet with a card, the PIN 135790 and ¥100.
func activeState(t *testing.T) *wallet.State {
	t.Helper()
	now := time.Now()
	st, err := wallet.NewState(wallet.Persona{Name: "Test", Region: wallet.Mainland}, wallet.Rules2020, now)
	if err != nil {
		t.Fatal(err)
	}
	steps := []func() error{
		func() error {
			_, err := st.Authenticate(wallet.Identity{Type: wallet.IDMainland, Name: "Test", Number: "110101199003074514"}, now)
			return err
		},
		func() error { _, _, err := st.LinkCard("6200000000000005", now); return err },
		func() error { _, err := st.SetPIN("135790", now); return err },
		func() error { _, err := st.ConfirmPIN("135790", now); return err },
		func() error { _, err := st.TopUp(st.Cards[0].ID, 10000, "135790", now); return err },
	}
	for _, step := range steps {
		if err := step(); err != nil {
			t.Fatal(err)
		}
	}
	return st
}

func TestPaySheetShowsThePadOnlyWhenReady(t *testing.T) {
	withWallet(t, activeState(t))
	m := wallet.Money{Amount: 1250, Currency: wallet.CNY}
	ready := render(t, &paySheet{Title: "Pay", Payee: "Shop", Amount: m, Ready: true, Method: wallet.MethodBalance})
	if !strings.Contains(ready, "Enter payment PIN") || !strings.Contains(ready, "¥12.50") {
		t.Error("a ready sheet lacks the PIN pad or the amount")
	}
	refused := render(t, &paySheet{Title: "Pay", Payee: "Shop", Amount: m, Err: "Your balance is too low."})
	if strings.Contains(refused, "Enter payment PIN") || !strings.Contains(refused, "Your balance is too low.") {
		t.Error("a refused sheet shows the PIN pad or hides the refusal")
	}
}

func TestPaySheetSaysWhenLocked(t *testing.T) {
	st := activeState(t)
	withWallet(t, st)
	for range 5 {
		st.TopUp(st.Cards[0].ID, 100, "000000", runner.Store().Now())
	}
	html := render(t, &paySheet{Title: "Pay", Payee: "Shop", Amount: wallet.Money{Amount: 100, Currency: wallet.CNY}, Ready: true})
	if strings.Contains(html, "Enter payment PIN") || !strings.Contains(html, "payments are locked until") {
		t.Error("a locked account gets the PIN pad, or no word why")
	}
}

func TestQuickPayHidesTheDigits(t *testing.T) {
	st := activeState(t)
	withWallet(t, st)
	code, _, err := st.ShowPayCode(runner.Store().Now())
	if err != nil {
		t.Fatal(err)
	}
	html := render(t, &quickPay{})
	if strings.Contains(html, code.Digits[4:8]) || !strings.Contains(html, "Tap to view numbers") {
		t.Error("the digits show before they are tapped")
	}
	if !strings.Contains(html, "<svg") || !strings.Contains(html, "Payment barcode") || !strings.Contains(html, "Payment QR code") {
		t.Error("the barcode or the QR code is missing")
	}
	st.RevealPayCode(runner.Store().Now())
	if html := render(t, &quickPay{}); !strings.Contains(html, code.Digits[4:8]) {
		t.Error("revealed digits do not show")
	}
}

func TestDiscoverListsAShopPerPaymentType(t *testing.T) {
	kinds := map[wallet.PaymentKind]int{}
	for _, s := range demoShops {
		kinds[s.Kind]++
	}
	if len(demoShops) != 5 || kinds[wallet.PayInAppWeb] != 1 || kinds[wallet.PayNativeApp] != 1 || kinds[wallet.PayMiniProgram] != 1 || kinds[wallet.PayQR] != 2 {
		t.Errorf("shops by kind %v", kinds)
	}
	html := render(t, screenAt("/discover"))
	for _, s := range demoShops {
		if !strings.Contains(html, s.Merchant.Name) {
			t.Errorf("Discover lacks %s", s.Merchant.Name)
		}
	}
}

func TestCodesAreDrawnOnce(t *testing.T) {
	a := qrSVG("/pay?m=x&cur=CNY")
	if b := qrSVG("/pay?m=x&cur=CNY"); a != b || !strings.HasPrefix(a, "<svg") {
		t.Fatal("the same content drew differently")
	}
	for i := range codeCacheSize + 2 {
		qrSVG(strings.Repeat("1", i+1))
	}
	if len(qrCache.svgs) > codeCacheSize || len(qrCache.keys) != len(qrCache.svgs) {
		t.Errorf("the cache holds %d codes, %d keys", len(qrCache.svgs), len(qrCache.keys))
	}
}
