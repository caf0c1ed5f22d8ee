package app

import (
	"strings"
	"testing"
	"time"

	"walletdemo/app/i18n"
	"walletdemo/app/store"
	"walletdemo/wallet"
)

// TestErrTextKeepsTheDetails: a translated wrong PIN still says the tries
// left and the lockout, a lock until when; English keeps the engine's words.
func TestErrTextKeepsTheDetails(t *testing.T) {
	st := activeState(t)
	withWallet(t, st)
	p := &page{}
	wrong := func() error {
		_, err := st.TopUp(st.Cards[0].ID, 100, "000000", time.Now())
		return err
	}
	err := wrong()
	if wallet.ErrorCode(err) != wallet.EPIN {
		t.Fatalf("a wrong PIN: %v", err)
	}
	if got := p.errText(err); got != wallet.ErrorMessage(err) {
		t.Errorf("English shows %q, want the engine's %q", got, wallet.ErrorMessage(err))
	}
	change(t, func(d *store.Document) { d.Lang = i18n.Simplified })
	if got, want := p.errText(err), "还可尝试 4 次，之后付款将锁定 3 小时"; !strings.Contains(got, want) {
		t.Errorf("zh-Hans shows %q, want it to say %q", got, want)
	}
	for range 4 {
		err = wrong()
	}
	if wallet.ErrorCode(err) != wallet.ELOCKED {
		t.Fatalf("the fifth wrong PIN: %v", err)
	}
	change(t, func(d *store.Document) { d.Lang = i18n.Traditional })
	if got, want := p.errText(err), p.clockText(st.Account.PIN.LockedUntil); !strings.Contains(got, want) || !strings.Contains(got, "鎖定至") {
		t.Errorf("zh-Hant shows %q, want the lock's end %q", got, want)
	}
	// A refusal without details reads the general translation.
	refused := wallet.Errorf(wallet.ECARDREFUSED, "This UK card was issued in the United Kingdom.")
	if got := p.errText(refused); got != i18n.T(i18n.Traditional, "err.card_not_accepted") {
		t.Errorf("zh-Hant refusal shows %q", got)
	}
}
