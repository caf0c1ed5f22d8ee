//go:build !wasm

package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"walletdemo/app/i18n"
	"walletdemo/internal/browser"
	"walletdemo/wallet"
)

// shot is one main screen to photograph: the demo's state (built with the
// engine), form drafts, the path, a text that shows it is there, and an
// optional click before the picture.
type shot struct {
	Name, Title string
	State       func(t *testing.T) *wallet.State
	Drafts      map[string]string
	Path, Wait  string
	Click       string
}

// screens is the list `make screens` photographs, in the order of the
// tutorial. Add a row to add a screen.
var screens = []shot{
	{Name: "onboarding", Title: "First run: who you are", Path: "/welcome", Wait: "Registration region",
		Drafts: map[string]string{"welcome.name": "Sam", "welcome.region": "GB", "welcome.q": "united"}},
	{Name: "onboarding-rules", Title: "First run: the rules", Path: "/welcome?step=rules", Wait: "Current rules",
		Drafts: map[string]string{"welcome.name": "Sam", "welcome.region": "MY"}},
	{Name: "me-hidden", Title: "Me, Pay hidden (UK, 2020)", State: gbFresh, Path: "/me", Wait: "not shown"},
	{Name: "chats", Title: "Chats", State: gbFresh, Path: "/", Wait: "Li Wei"},
	{Name: "chat-red-packet", Title: "A red packet to open", State: gbFresh, Path: "/chat?c=li-wei", Wait: "Best wishes!"},
	{Name: "activation", Title: "The 24-hour window", State: gbOpened, Path: "/services", Wait: "Verify your identity within"},
	{Name: "realname", Title: "Real-name authentication", State: gbOpened, Path: "/realname", Wait: "Passport number",
		Drafts: map[string]string{"id-name": "Sam Taylor", "id-number": "K1234567", "id-expiry": "2020-01-31"}},
	{Name: "realname-photo", Title: "Photo step (placeholder)", State: gbOpened, Path: "/realname?step=photo", Wait: "Photo of your document"},
	{Name: "add-card", Title: "Add a card: number and demo cards", State: myFresh, Path: "/cards/add", Wait: "Demo cards",
		Drafts: map[string]string{"card-number": "5227880012345675"}},
	{Name: "add-card-holder", Title: "Add a card: holder and phone", State: myFresh, Path: "/cards/add?step=holder&id=1", Wait: "MyKad number",
		Drafts: map[string]string{"card-number": "5227880012345675", "id-name": "Nur Aisyah", "id-number": "900101-14-5567", "card-phone": "123456789"}},
	{Name: "add-card-sms", Title: "Add a card: the SMS code", State: myVerified, Path: "/cards/add?step=sms", Wait: "Your verification code is",
		Drafts: map[string]string{"card-number": "5227880012345675", "card-phone": "123456789", "card-code": "482913"}},
	{Name: "add-card-terms", Title: "Add a card: the terms", State: myVerified, Path: "/cards/add?step=terms", Wait: "I have read and agree",
		Drafts: map[string]string{"card-number": "5227880012345675", "card-agree": "1"}},
	{Name: "pin", Title: "Payment PIN", State: myCardLinked, Path: "/pin", Wait: "Set a 6-digit payment PIN"},
	{Name: "wallet", Title: "Wallet home", State: gbActive, Path: "/wallet", Wait: "Balance"},
	{Name: "cards", Title: "Cards", State: gbActive, Path: "/cards", Wait: "Peony Demo Bank"},
	{Name: "wallets", Title: "Wallets side by side (2024)", State: usActive, Path: "/wallets", Wait: "can never be combined"},
	{Name: "countries", Title: "Supported countries and regions", State: usActive, Path: "/countries", Wait: "68 countries"},
	{Name: "paysettings", Title: "Payment settings", State: gbActive, Path: "/paysettings", Wait: "Change payment PIN"},
	{Name: "settings", Title: "Settings: persona, rules, Pay switch, clock", State: usFresh, Path: "/settings", Wait: "Weixin Pay"},
	{Name: "share", Title: "Share & embed", State: usFresh, Path: "/share", Wait: "Download the QR code",
		Drafts: map[string]string{"share.tour": "setup", "share.poster": "1"}},
	{Name: "clock", Title: "The demo clock", State: gbOpened, Path: "/me", Wait: "Sam", Click: "Demo clock"},
	{Name: "contacts", Title: "Contacts", State: gbFresh, Path: "/contacts", Wait: "Thandi Nkosi"},
	{Name: "money", Title: "Money: Quick Pay code", State: gbActive, Path: "/money", Wait: "Tap to view numbers"},
	{Name: "cashier", Title: "The café's till charges the code", State: gbActive, Path: "/cashier", Wait: "Charge",
		Drafts: map[string]string{"cashier-amount": "25"}},
	{Name: "scan", Title: "Scan", State: gbActive, Path: "/scan", Wait: "Demo merchant codes"},
	{Name: "discover", Title: "Discover: the demo shops", State: gbActive, Path: "/discover", Wait: "Little Leaf Tea"},
	{Name: "shop-static-qr", Title: "Café: static QR", State: gbActive, Path: "/shop?id=cafe", Wait: "Counter QR code"},
	{Name: "shop-order-qr", Title: "Noodles: order QR", State: gbActive, Path: "/shop?id=noodles&item=0&order=o1&exp=4102444800", Wait: "Order QR code"},
	{Name: "shop-official-account", Title: "Official-account shop (JSAPI)", State: gbPaid, Path: "/shop?id=books", Wait: `"ok"`},
	{Name: "shop-app", Title: "Third-party app (App Pay)", State: gbActive, Path: "/shop?id=metro", Wait: "Day pass"},
	{Name: "pay-amount", Title: "Static code: the amount", State: gbActive, Path: "/pay?m=lucky-bean&n=Lucky+Bean+Coffee&cur=CNY", Wait: "Next",
		Drafts: map[string]string{"pay-amount": "25"}},
	{Name: "pay-sheet", Title: "The pay sheet", State: gbActive, Path: "/pay?m=jade-noodles&n=Jade+Garden+Noodles&a=3200&o=o1&exp=4102444800&cur=CNY", Wait: "Enter payment PIN"},
	{Name: "paid", Title: "Payment successful", State: gbPaid, Path: "/paid?id=" + paidID, Wait: "Payment successful"},
	{Name: "pay-receipts", Title: "The Pay service's receipts", State: gbPaid, Path: "/chat?c=pay", Wait: "Payment receipt"},
	{Name: "bills", Title: "Bills", State: gbSocial, Path: "/bills", Wait: "Wong Ka Ho"},
	{Name: "topup", Title: "Top up: the sheet", State: gbActive, Path: "/topup?step=confirm", Wait: "Enter payment PIN",
		Drafts: map[string]string{"topup-amount": "100"}},
	{Name: "withdraw", Title: "Withdraw: the fee before the PIN", State: gbRich, Path: "/withdraw?step=confirm", Wait: "Enter payment PIN",
		Drafts: map[string]string{"withdraw-amount": "1200"}},
	{Name: "red-packet", Title: "Red packet to a group", State: gbActive, Path: "/redpacket?to=group", Wait: "Number of packets",
		Drafts: map[string]string{"packet-count": "3", "packet-amount": "20", "packet-greeting": "Happy new year"}},
	{Name: "red-packets-sent", Title: "Red packets between you", State: gbSocial, Path: "/redpacket?to=chen-jing", Wait: "Your red packet"},
	{Name: "transfer", Title: "Transfers between you", State: gbSocial, Path: "/transfer?to=wong-ka-ho", Wait: "Transfer from them"},
	{Name: "spend-only", Title: "Foreign card (2024): spend only", State: usActive, Path: "/redpacket?to=chen-jing", Wait: "can only pay merchants"},
}

// TestScreens opens every screen of the list in English, switches it to
// each Chinese in place, and on each checks everything a screen owes its reader:
// it fits the window (390 and 1280 px wide, and 320 px with nothing wider
// inside), axe-core finds no serious or critical violation in the light
// and the dark theme, nothing to read or tap sits under the demo clock at
// the top or the bottom (320 and 390 px), and no English shows in Chinese.
// Each size, theme and language is the same page resized, restyled or
// re-rendered: a load costs about four seconds of CPU, and the layout is
// CSS's alone. It photographs each
// screen at a phone's and a laptop's size: with SCREENS_DIR set (make
// screens) the pictures and their index go there; otherwise to a temporary
// folder. The list is walked in two halves side by side.
func TestScreens(t *testing.T) {
	browser.Parallel(t)
	dir := os.Getenv("SCREENS_DIR")
	if dir == "" {
		dir = t.TempDir()
	}
	lib := readAxe(t)
	ts := startDemo(t)
	const halves = 2
	for half := range halves {
		t.Run(fmt.Sprintf("half %d of %d", half+1, halves), func(t *testing.T) {
			p := browser.NewPage(t)
			p.Open(ts.URL + "/")
			for i, s := range screens {
				if i%halves == half {
					checkScreen(t, p, ts.URL, dir, lib, s)
				}
			}
		})
	}
	t.Cleanup(func() { writeScreensIndex(t, dir, phone.W, phone.H, laptop.W, laptop.H) })
}

// The sizes of the pictures.
var phone, laptop = size{390, 844}, size{1280, 800}

type size struct{ W, H int64 }

// checkScreen opens s and runs every check of TestScreens on it.
func checkScreen(t *testing.T, p *browser.Page, base, dir, lib string, s shot) {
	t.Helper()
	// Reduced motion, which the app honours: a sheet still sliding up
	// would be photographed wherever its animation had got to.
	media := func(scheme string) {
		p.Run(emulation.SetEmulatedMedia().WithFeatures([]*emulation.MediaFeature{
			{Name: "prefers-reduced-motion", Value: "reduce"}, {Name: "prefers-color-scheme", Value: scheme}}))
		drawn(p)
	}
	resize := func(to size) {
		p.Run(chromedp.EmulateViewport(to.W, to.H))
		drawn(p)
	}
	photo := func(at size) {
		// Let the page settle (fonts, a banner) before the picture.
		time.Sleep(150 * time.Millisecond)
		p.Screenshot(filepath.Join(dir, fmt.Sprintf("%s-%dx%d.png", s.Name, at.W, at.H)))
	}
	resize(phone)
	media("light")
	openShot(t, p, base, s)
	fits(t, p, s.Name, phone)
	photo(phone)
	axeCheck(t, p, lib, s.Name+" (light)")
	clockCoversNothing(t, p, s, phone)
	media("dark")
	axeCheck(t, p, lib, s.Name+" (dark)")
	media("light")
	narrow := size{320, 640}
	resize(narrow)
	fits(t, p, s.Name, narrow)
	clockCoversNothing(t, p, s, narrow)
	resize(laptop)
	fits(t, p, s.Name, laptop)
	photo(laptop)
	resize(phone)
	for _, lang := range []i18n.Lang{i18n.Simplified, i18n.Traditional} {
		showIn(p, lang)
		englishOf(lang).check(t, p, lang, s.Name)
	}
}

// showIn switches the open screen to lang in place, as another tab's
// Settings does: it writes the document's language and fires the storage
// event that another tab's write fires. A screen left partly in English
// fails the check that follows, as it would for the person with two tabs;
// a screen loaded in lang is TestLanguageSurvivesReload's and
// TestTipsAndRefusalsTranslated's. In place, the walk loads each screen
// once instead of three times.
func showIn(p *browser.Page, lang i18n.Lang) {
	p.Eval(`(() => {
  const d = JSON.parse(localStorage.getItem("walletdemo"));
  d.lang = `+browserJSON(string(lang))+`;
  d.revision = (d.revision || 0) + 1;
  const v = JSON.stringify(d);
  localStorage.setItem("walletdemo", v);
  dispatchEvent(new StorageEvent("storage", {key: "walletdemo", newValue: v, storageArea: localStorage}));
  return true;
})()`, nil)
	p.WaitTrue("the page in "+string(lang), `document.documentElement.lang === `+browserJSON(string(lang)))
	settle(p)
}

// drawn waits until the page has drawn two frames since: a new size or
// theme is laid out.
func drawn(p *browser.Page) {
	p.WaitTrue("two frames drawn", `new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))`)
}

// fits fails when the page, or the screen's scrolling content, is wider
// than the window.
func fits(t *testing.T, p *browser.Page, name string, at size) {
	t.Helper()
	var wide bool
	p.Eval(`document.documentElement.scrollWidth > window.innerWidth || (c => !!c && c.scrollWidth > c.clientWidth)(document.getElementById("content"))`, &wide)
	if wide {
		t.Errorf("%s at %d×%d is wider than the window", name, at.W, at.H)
	}
}

// openShot opens s's screen with its state and drafts, as if the user had
// got that far. The page must be on the demo's origin already.
func openShot(t *testing.T, p browser.Tab, base string, s shot) {
	t.Helper()
	doc := map[string]any{"version": 1, "lang": "en", "drafts": s.Drafts}
	if s.State != nil {
		doc["wallet"] = s.State(t)
	}
	b, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	p.Eval(`localStorage.clear(), localStorage.setItem("walletdemo", `+browserJSON(string(b))+`), sessionStorage.clear(), true`, nil)
	// A field that takes a card number keeps its draft in the tab only.
	for k, v := range s.Drafts {
		p.Eval(`sessionStorage.setItem("walletdemo.tab." + `+browserJSON(k)+`, `+browserJSON(v)+`), true`, nil)
	}
	p.Open(base + s.Path)
	p.WaitText(s.Wait)
	if s.Click != "" {
		p.Click(s.Click)
	}
}

// writeScreensIndex writes dir/README.md: every screen at both sizes.
func writeScreensIndex(t *testing.T, dir string, w1, h1, w2, h2 int64) {
	var b strings.Builder
	b.WriteString("# Screens\n\nMade by `make screens` (cmd/walletdemo/screens_test.go); do not edit by hand.\n\n")
	fmt.Fprintf(&b, "| screen | phone (%d×%d) | laptop (%d×%d) |\n| --- | --- | --- |\n", w1, h1, w2, h2)
	for _, s := range screens {
		fmt.Fprintf(&b, "| %s | <img src=\"%s-%dx%d.png\" width=\"195\" alt=\"%s, phone\"> | <img src=\"%s-%dx%d.png\" width=\"400\" alt=\"%s, laptop\"> |\n",
			s.Title, s.Name, w1, h1, s.Title, s.Name, w2, h2, s.Title)
	}
	if err := os.WriteFile(filepath.Join(dir, "README.md"), []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// The states the screens start from, built with the engine at the real
// time (the demo clock's zero).

func newState(t *testing.T, name string, region wallet.RegionCode, rules wallet.RulesetID) *wallet.State {
	t.Helper()
	s, err := wallet.NewState(wallet.Persona{Name: name, Region: region}, rules, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// must fails the test on an engine refusal.
func must(t *testing.T) func([]wallet.Event, error) {
	return func(_ []wallet.Event, err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
}

func gbFresh(t *testing.T) *wallet.State { return newState(t, "Sam", "GB", wallet.Rules2020) }

func gbOpened(t *testing.T) *wallet.State {
	s := gbFresh(t)
	_, ev, err := s.OpenRedPacket(s.Incoming[0].ID, time.Now())
	must(t)(ev, err)
	return s
}

func gbActive(t *testing.T) *wallet.State {
	s, now := gbOpened(t), time.Now()
	must(t)(s.Authenticate(wallet.Identity{Type: wallet.IDPassport, Name: "Sam Taylor", Number: "K1234567", Nationality: "GB",
		Expiry: "2031-05-01", Birth: "1990-03-07", Occupation: "Engineer", Address: "1 High Street, London"}, now))
	c, ev, err := s.LinkCard("6200000000000005", now)
	must(t)(ev, err)
	activate(t, s)
	must(t)(s.TopUp(c.ID, 50000, "258036", now))
	return s
}

func myFresh(t *testing.T) *wallet.State {
	return newState(t, "Aisyah", wallet.Malaysia, wallet.Rules2020)
}

func myVerified(t *testing.T) *wallet.State {
	s := myFresh(t)
	must(t)(s.Authenticate(wallet.Identity{Type: wallet.IDMyKad, Name: "Nur Aisyah", Number: "900101-14-5567"}, time.Now()))
	return s
}

func myCardLinked(t *testing.T) *wallet.State {
	s := myVerified(t)
	_, ev, err := s.LinkCard("5227880012345675", time.Now())
	must(t)(ev, err)
	return s
}

func usFresh(t *testing.T) *wallet.State { return newState(t, "Alex", "US", wallet.Rules2024) }

func usActive(t *testing.T) *wallet.State {
	s := usFresh(t)
	must(t)(s.TurnOnPay(time.Now()))
	_, ev, err := s.LinkCard("4111111111111111", time.Now())
	must(t)(ev, err)
	activate(t, s)
	return s
}

// activate sets the payment PIN 258036.
func activate(t *testing.T, s *wallet.State) {
	must(t)(s.SetPIN("258036", time.Now()))
	must(t)(s.ConfirmPIN("258036", time.Now()))
}
