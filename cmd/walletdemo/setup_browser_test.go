//go:build !wasm

package main

import (
	"strings"
	"testing"

	"walletdemo/internal/browser"
)

// Browser tests of setting the wallet up, clicked through as a new user
// would, each with a reload in the middle that must keep every typed value
// and the step.

// onboard picks a persona and rules on the first-run screens.
func onboard(t *testing.T, p browser.Tab, name, search, region, rules string) {
	t.Helper()
	p.Click("Get started")
	onboardSteps(t, p, name, search, region, rules)
}

// onboardSteps fills in the first-run screens' two steps.
func onboardSteps(t *testing.T, p browser.Tab, name, search, region, rules string) {
	t.Helper()
	p.WaitText("Step 1 of 2")
	p.Type("Display name", name)
	pickRegion(p, search, region)
	p.WaitText("Chosen:")
	p.Click("Next")
	p.WaitText("Step 2 of 2")
	p.Click(rules)
	p.Click("Start the demo")
	p.WaitGone("Welcome to Wallet Demo")
}

// pickRegion searches the region list and picks region once the list has
// caught up with the typing.
func pickRegion(p browser.Tab, search, region string) {
	p.Type("Search countries and regions", search)
	p.WaitTrue("the list to filter", `(document.querySelector(".region-list input") || {}).ariaLabel === `+browserJSON(region))
	p.Click(region)
}

// value returns the value of the field labelled label.
func value(p browser.Tab, id string) string {
	var v string
	p.Eval(`(document.getElementById(`+browserJSON(id)+`) || {}).value || ""`, &v)
	return v
}

// wantValue fails unless the field with id holds want.
func wantValue(t *testing.T, p browser.Tab, id, want string) {
	t.Helper()
	if got := value(p, id); got != want {
		t.Errorf("field %s holds %q, want %q", id, got, want)
	}
}

// wantStep fails unless the page's URL is at step ("" for the first).
func wantStep(t *testing.T, p browser.Tab, step string) {
	t.Helper()
	path := p.Path()
	if step == "" && strings.Contains(path, "step=") || step != "" && !strings.Contains(path, "step="+step) {
		t.Errorf("the URL is %q, want step %q", path, step)
	}
}

// smsCode reads the code from the in-app notification.
func smsCode(t *testing.T, p browser.Tab) string {
	t.Helper()
	p.WaitText("Your verification code is")
	var code string
	p.Eval(`document.querySelector(".sms-code").textContent`, &code)
	if len(code) != 6 {
		t.Fatalf("the notification shows the code %q", code)
	}
	return code
}

// finishCard goes through the SMS code and the terms of Add a card.
func finishCard(t *testing.T, p browser.Tab) {
	t.Helper()
	p.Click("Send code")
	code := smsCode(t, p)
	p.Type("SMS code", "000000")
	p.Click("Next")
	if code != "000000" {
		p.WaitText("That is not the code we sent")
	}
	p.Type("SMS code", code)
	p.Click("Next")
	p.WaitText("Step 4 of 4")
	p.Click("Add card")
	p.WaitText("Tick the box to agree to the terms first.")
	p.Click("I have read and agree to the terms")
	p.Click("Add card")
	p.WaitText("Card added")
}

// setPIN refuses a weak PIN, then sets one, with a reload between the two
// entries.
func setPIN(t *testing.T, p browser.Tab) {
	t.Helper()
	p.Click("Set payment PIN")
	p.Type("Set a 6-digit payment PIN", "123456")
	p.WaitText("too easy to guess")
	p.Type("Set a 6-digit payment PIN", "258036")
	p.WaitText("Enter the same PIN again")
	p.Reload()
	p.Type("Enter the same PIN again", "258037")
	// The refusal and the pad ask for the same thing: the first PIN again,
	// not a new one.
	p.WaitText("The two PINs differ. Enter the PIN you chose first once more.")
	p.WaitText("Enter the same PIN again")
	p.Type("Enter the same PIN again", "258036")
	p.WaitText("Your wallet is ready")
}

// typePassport fills the real-name form's passport fields for name, with
// the given expiry date.
func typePassport(p browser.Tab, name, expiry string) {
	for _, f := range [][2]string{
		{"Full name as on the document", name}, {"Passport number", "K1234567"}, {"Passport expiry date", expiry},
		{"Date of birth", "1990-03-07"}, {"Occupation", "Engineer"}, {"Address", "1 High Street, London"},
	} {
		p.Type(f[0], f[1])
	}
}

// toAddCard walks the tutorial's path: Me > Pay and Services > Wallet >
// Cards > Add a card.
func toAddCard(p browser.Tab) {
	p.Click("Me")
	p.Click("Pay and Services")
	p.WaitText("Money")
	p.Click("Wallet")
	p.WaitText("Balance")
	p.Click("Cards (0)")
	p.WaitText("No cards yet.")
	p.Click("Add a card")
	p.WaitText("Step 1 of 4")
}

// (a) A Malaysian persona on the 2020 rules gets the Malaysian wallet, links
// a Malaysian card (authenticating with MyKad on the way) and sets a PIN.
func TestSetupMalaysianLinksLocalCard(t *testing.T) {
	ts := startDemo(t)
	setupMalaysian(t, browser.NewPage(t), ts.URL)
}

// setupMalaysian is that journey on the demo at base.
func setupMalaysian(t *testing.T, p *browser.Page, base string) {
	p.Open(base + "/")
	p.Click("Get started")
	p.WaitText("Step 1 of 2")
	p.Type("Display name", "Aisyah")
	pickRegion(p, "Malay", "Malaysia")
	p.WaitText("Chosen: 🇲🇾 Malaysia")
	p.Reload()
	p.WaitText("Chosen: 🇲🇾 Malaysia")
	wantValue(t, p, "welcome.name", "Aisyah")
	p.Click("Next")
	p.WaitText("You get the Malaysia wallet (MYR) straight away.")
	p.Click("Start the demo")
	p.WaitText("No chats yet")

	toAddCard(p)
	p.Click("Use demo card: Malaysian Mastercard")
	p.Click("Next")
	p.WaitText("Step 2 of 4")
	p.WaitText("Cards issued in Malaysia need real-name authentication first.")
	p.Type("Full name as on the document", "Nur Aisyah")
	p.Type("MyKad number", "900101-17-5567") // 17 is no place of birth
	p.Type("Mobile number at the bank (+60)", "123456789")
	p.Reload()
	wantStep(t, p, "holder")
	wantValue(t, p, "id-name", "Nur Aisyah")
	wantValue(t, p, "id-number", "900101-17-5567")
	wantValue(t, p, "card-phone", "123456789")
	p.Click("Send code")
	p.WaitText("17 is not one")
	p.Type("MyKad number", "900101-14-5567")
	finishCard(t, p)
	p.WaitText("Hibiscus Demo Bank")
	setPIN(t, p)

	p.Click("Back to Wallet")
	p.WaitText("Malaysia wallet · MYR")
	p.WaitText("RM0.00")
	p.Click("Cards (1)")
	p.WaitText("•••• 5675")
}

// (b) A UK persona on the 2020 rules has no Pay entry, opens the red packet
// a contact sent, fails real-name authentication once on an expired
// passport, passes, is refused a card not issued in Mainland China, links
// a Mainland card and sets a PIN.
func TestSetupOverseasActivatesByRedPacket(t *testing.T) {
	ts := startDemo(t)
	p := browser.NewPage(t)
	p.Open(ts.URL + "/")
	onboard(t, p, "Sam", "United Kingdom", "United Kingdom", "As in the tutorial (May 2020)")

	p.Click("Me")
	p.WaitText("Pay and Services — not shown")
	p.WaitText("Accept a red packet or transfer from a contact to activate it")
	p.Click("Open Chats")
	p.Click("Li Wei")
	p.WaitText("Best wishes!")
	p.Click("Open")
	p.WaitText("You accepted ¥8.88. It is held until you verify your identity.")
	p.WaitText("Verify your identity within")
	p.Click("Verify identity")

	p.WaitText("Step 1 of 3")
	typePassport(p, "Sam Taylor", "2020-01-31")
	p.Reload()
	for id, want := range map[string]string{"id-name": "Sam Taylor", "id-number": "K1234567", "id-expiry": "2020-01-31", "id-birth": "1990-03-07", "id-occupation": "Engineer", "id-address": "1 High Street, London", "id-nationality": "GB"} {
		wantValue(t, p, id, want)
	}
	p.Click("Next")
	p.WaitText("This document has expired")
	var invalid string
	p.Eval(`document.getElementById("id-expiry").getAttribute("aria-invalid")`, &invalid)
	if invalid != "true" {
		t.Error("the expiry field is not marked invalid")
	}
	p.Type("Passport expiry date", "2031-05-01")
	p.Click("Next")
	p.WaitText("Photo of your document")
	p.WaitText("The demo takes no photo and no face scan")
	p.Reload()
	p.WaitText("Photo of your document")
	p.Click("Continue")
	p.WaitText("Face scan")
	p.Click("Submit")
	p.WaitText("Identity verified")
	p.WaitText("Verified as Sam Taylor")

	p.Click("Add a card")
	p.WaitText("Step 1 of 4")
	p.Click("Use demo card: UK Visa")
	p.Click("Next")
	p.WaitText("This Visa card was issued in United Kingdom. The Mainland China wallet accepts only cards issued in Mainland China.")
	wantStep(t, p, "") // still on the number step
	p.Click("Use demo card: Mainland China UnionPay")
	p.Click("Next")
	p.WaitText("Step 2 of 4")
	p.WaitText("Sam Taylor") // the verified holder
	p.Type("Mobile number at the bank (+44)", "7700 900123")
	p.Reload()
	wantStep(t, p, "holder")
	wantValue(t, p, "card-phone", "7700 900123")
	finishCard(t, p)
	p.WaitText("Peony Demo Bank")
	setPIN(t, p)
	p.Click("Back to Wallet")
	p.WaitText("¥8.88")
}

// (c) The same persona lets 24 hours pass without verifying: the money goes
// back to the contact and the Pay entry hides again. The persona comes by
// deep link this time.
func TestSetupOverseasActivationLapses(t *testing.T) {
	ts := startDemo(t)
	p := browser.NewPage(t)
	p.Open(ts.URL + "/chat?c=li-wei&region=GB&name=Sam")
	p.WaitText("Best wishes!")
	p.Click("Open")
	p.WaitText("Verify your identity within")
	p.WaitText("23:59:")
	p.Reload()
	p.WaitText("You accepted ¥8.88")
	p.Click("Back")
	p.Click("Me")
	p.WaitText("Sam")
	p.WaitText("Pay and Services")
	p.Click("Demo clock")
	p.Click("+1 h")
	p.WaitText("22:5")
	p.Click("+24 h")
	p.WaitText("Your activation lapsed")
	p.WaitText("Pay and Services — not shown")
	p.Click("Chats")
	p.Click("Li Wei")
	p.WaitText("¥8.88 went back to Li Wei: identity was not verified within 24 hours.")
	p.Open(ts.URL + "/wallet")
	p.WaitText("Pay and Services — not shown")
}

// (d) Under the 2024 rules a US persona turns Pay on in Settings and links a
// US Visa card before any real-name authentication, then sets a PIN.
func TestSetupCurrentRulesForeignCard(t *testing.T) {
	ts := startDemo(t)
	p := browser.NewPage(t)
	p.Open(ts.URL + "/")
	onboard(t, p, "Alex", "United States", "United States", "Current rules")

	p.Click("Me")
	p.WaitText("Pay is off.")
	p.Click("Open Settings")
	p.WaitText("General › Tools")
	p.Click("Weixin Pay")
	p.WaitText("On")
	p.Click("Back")
	toAddCard(p)
	p.Click("Use demo card: US Visa")
	p.Click("Next")
	p.WaitText("Step 2 of 4")
	p.WaitText("Magnolia Demo Bank · Visa •••• 1111")
	p.Type("Card holder", "Alex Doe")
	p.Type("Mobile number at the bank (+1)", "202 555 0123")
	p.Reload()
	wantValue(t, p, "card-holder", "Alex Doe")
	wantValue(t, p, "card-phone", "202 555 0123")
	finishCard(t, p)
	p.WaitText("Foreign card")
	setPIN(t, p)
	p.Click("Back to Wallet")
	p.WaitText("You pay with a foreign card")
	p.Click("All wallets")
	p.WaitText("Your wallet")
	p.WaitText("Closed 1 September 2024")
	p.WaitText("can never be combined")
}

// Payment settings: change the PIN (a wrong current PIN counts, a weak new
// one is refused), then reset a forgotten one with a linked card's number
// and an SMS code, with reloads on the way.
func TestPaymentSettingsChangeAndResetPIN(t *testing.T) {
	ts := startDemo(t)
	p := browser.NewPage(t)
	p.Open(ts.URL + "/")
	openShot(t, p, ts.URL, shot{State: gbActive, Path: "/wallet", Wait: "Balance"})
	p.Click("Payment settings")
	p.WaitText("Verified: Sam Taylor")
	p.Click("Change payment PIN")
	p.Type("Enter your current payment PIN", "111222")
	p.WaitText("Wrong payment PIN. 4 tries left")
	p.Type("Enter your current payment PIN", "258036")
	p.Type("Set a 6-digit payment PIN", "111111")
	p.WaitText("too easy to guess")
	p.Type("Set a 6-digit payment PIN", "369258")
	p.WaitText("Enter the same PIN again")
	p.Reload()
	p.Type("Enter the same PIN again", "369258")
	p.WaitText("Payment PIN changed")

	p.Click("Back to Wallet")
	p.Click("Payment settings")
	p.Click("Forgot payment PIN")
	p.Type("Number of a linked card", "4242424242424242")
	p.Click("Send code")
	p.WaitText("This is not the number of a card linked to your wallet.")
	p.Type("Number of a linked card", "6200 0000 0000 0005")
	p.Click("Send code")
	code := smsCode(t, p)
	p.Reload()
	p.Type("SMS code", code)
	p.Click("Next")
	p.Type("Set a 6-digit payment PIN", "470258")
	p.Type("Enter the same PIN again", "470258")
	p.WaitText("Payment PIN changed")

	// The reset PIN is the one that now works.
	p.Open(ts.URL + "/paysettings/pin")
	p.Type("Enter your current payment PIN", "369258")
	p.WaitText("Wrong payment PIN")
	p.Type("Enter your current payment PIN", "470258")
	p.WaitText("Set a 6-digit payment PIN")
}

// A contact's transfer, by deep link: an unknown parameter value is
// ignored with a console warning; the user returns one transfer and
// accepts another, which starts the activation window.
func TestSetupTransferReturnAndAccept(t *testing.T) {
	ts := startDemo(t)
	p := browser.NewPage(t)
	p.Open(ts.URL + "/contacts?region=GB&name=Sam&rules=1999")
	p.WaitText("Thandi Nkosi")
	if !strings.Contains(p.Logs(), "ignoring the URL parameter rules=1999") {
		t.Errorf("no console warning for rules=1999; console:\n%s", p.Logs())
	}
	p.Click("Sam Taylor")
	p.WaitText("No messages yet.")
	p.Click("Ask for a transfer")
	p.WaitText("¥52.00")
	p.Click("Return")
	p.WaitText("You returned ¥52.00 to Sam Taylor.")
	p.Click("Ask for a transfer")
	p.Click("Accept")
	p.WaitText("You accepted ¥52.00. It is held until you verify your identity.")
	p.WaitText("Verify your identity within")
	p.Reload()
	p.WaitText("You returned ¥52.00 to Sam Taylor.")
	p.WaitText("You accepted ¥52.00.")
	p.Click("Back")
	p.Click("Me")
	p.WaitText("Pay and Services")
	p.WaitGone("not shown")
}

// TestTickAndTapAtOnce: the terms ticked and Add card tapped in the same
// instant, after the refusal to add without the tick. The tick takes the
// refusal away, which draws the button anew before the tap's operation
// ends: the card is linked, and the screen must still move on.
func TestTickAndTapAtOnce(t *testing.T) {
	ts := startDemo(t)
	p := browser.NewPage(t)
	p.Open(ts.URL + "/")
	s := shotNamed(t, "add-card-terms")
	s.Drafts = map[string]string{"card-number": "5227880012345675"}
	openShot(t, p, ts.URL, s)
	p.Click("Add card")
	p.WaitText("Tick the box to agree to the terms first.")
	p.Eval(`(() => {
  document.getElementById("card-agree").click();
  [...document.querySelectorAll("button")].find((b) => b.textContent.trim() === "Add card").click();
  return true;
})()`, nil)
	p.WaitText("Card added")
}

// Settings changes the rules and the persona later, each starting the demo
// again, and the demo clock's Reset goes back to the real time.
func TestSettingsChangeRulesAndPersona(t *testing.T) {
	ts := startDemo(t)
	p := browser.NewPage(t)
	p.Open(ts.URL + "/settings?region=US&rules=2024&name=Alex")
	p.WaitText("Alex · 🇺🇸 United States")
	p.Click("2020 — As in the tutorial (May 2020)")
	p.WaitText("The 2020 rules have no switch")
	p.Click("Back")
	p.WaitText("Accept a red packet or transfer from a contact to activate it")

	p.Click("Settings")
	p.Click("Change name or region")
	p.WaitText("Chosen: 🇺🇸 United States")
	wantValue(t, p, "welcome.name", "Alex")
	p.Type("Display name", "Alex Chan")
	pickRegion(p, "Hong Kong", "Hong Kong SAR")
	p.Click("Next")
	p.WaitText("You get the Hong Kong SAR wallet (HKD) straight away.")
	p.Click("Start the demo")
	p.WaitText("Alex Chan · 🇭🇰 Hong Kong SAR")
	if got := p.Path(); got != "/settings" {
		t.Errorf("after the onboarding the path is %q, want /settings", got)
	}

	p.Click("+24 h")
	p.Click("Reset")
	p.Click("Back")
	p.Click("Pay and Services")
	p.Click("Wallet")
	p.WaitText("Hong Kong SAR wallet · HKD")
}
