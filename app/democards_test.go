package app

import (
	"testing"

	"walletdemo/app/i18n"
	"walletdemo/app/store"
	"walletdemo/wallet"
)

// TestDemoCardLabels: Chinese names the demo cards in Chinese, with what
// is special about them; English keeps the engine's labels.
func TestDemoCardLabels(t *testing.T) {
	withWallet(t, nil)
	p := &page{}
	got := map[string]string{}
	for _, d := range wallet.DemoCards() {
		change(t, func(d *store.Document) { d.Lang = i18n.English })
		if l := p.demoCardLabel(d); l != d.Label {
			t.Errorf("English %s: %q, want the engine's %q", d.Number, l, d.Label)
		}
		change(t, func(d *store.Document) { d.Lang = i18n.Simplified })
		got[d.Number] = p.demoCardLabel(d)
	}
	for number, want := range map[string]string{
		"6217880076543210":    "中国大陆银联卡，无校验位的旧卡",
		"6205500000000000004": "中国大陆银联卡，19 位卡号",
		"5227880012345675":    "马来西亚 Mastercard 卡",
	} {
		if got[number] != want {
			t.Errorf("zh-Hans %s: %q, want %q", number, got[number], want)
		}
	}
}
