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
func onboard(t *testing.T, p *browser.Page, name, search, region, rules string) {
	t.Helper()
	p.Click("Get started")
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
func pickRegion(p *browser.Page, search, region string) {
	p.Type("Search countries and regions", search)
	p.WaitTrue("the list to filter", `(document.querySelector(".region-list input") || {}).ariaLabel === `+browserJSON(region))
	p.Click(region)
}

// value returns the value of the field labelled label.
func value(p *browser.Page, id string) string {
	var v string
	p.Eval(`(document.getElementById(`+browserJSON(id)+`) || {}).value || ""`, &v)
	return v
}

// wantValue fails unless the field with id holds want.
func wantValue(t *testing.T, p *browser.Page, id, want string) {
	t.Helper()
	if got := value(p, id); got != want {
		t.Errorf("field %s holds %q, want %q", id, got, want)
	}
}

// wantStep fails unless the page's URL is at step.
func wantStep(t *testing.T, p *browser.Page, step string) {
	t.Helper()
	if path := p.Path(); !strings.Contains(path, "step="+step) {
		t.Errorf("the URL is %q, want step %s", path, step)
	}
}

// smsCode reads the code from the in-app notification.
func smsCode(t *testing.T, p *browser.Page) string {
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
func finishCard(t *testing.T, p *browser.Page) {
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
func setPIN(t *testing.T, p *browser.Page) {
	t.Helper()
	p.Click("Set payment PIN")
	p.Type("Set a 6-digit payment PIN", "123456")
	p.WaitText("too easy to guess")
	p.Type("Set a 6-digit payment PIN", "258036")
	p.WaitText("Enter the same PIN again")
	p.Reload()
	p.Type("Enter the same PIN again", "258037")
	p.WaitText("The two PINs differ")
	p.Type("Enter the same PIN again", "258036")
	p.WaitText("Your wallet is ready")
}

// toAddCard walks the tutorial's path: Me > Pay and Services > Wallet >
// Cards > Add a card.
func toAddCard(p *browser.Page) {
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
	p := browser.NewPage(t)
	p.Open(ts.URL + "/")
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
