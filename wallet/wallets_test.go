package wallet

import (
	"testing"
	"time"
)

func TestWalletViews(t *testing.T) {
	at := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 12, 0, 0, 0, time.UTC) }
	for _, tt := range []struct {
		name   string
		region RegionCode
		rules  RulesetID
		now    time.Time
		want   map[RegionCode]WalletStatus
	}{
		{"2020 Mainland", Mainland, Rules2020, t0, map[RegionCode]WalletStatus{Mainland: WalletYours, HongKong: WalletOpen, SouthAfrica: WalletOpen, Malaysia: WalletOpen}},
		{"2020 overseas, hidden", "GB", Rules2020, t0, map[RegionCode]WalletStatus{Mainland: WalletOpen, HongKong: WalletOpen, SouthAfrica: WalletOpen, Malaysia: WalletOpen}},
		{"2024 today", HongKong, Rules2024, t0, map[RegionCode]WalletStatus{Mainland: WalletOpen, HongKong: WalletYours, SouthAfrica: WalletClosed, Malaysia: WalletClosed}},
		{"2024 in August 2024", "GB", Rules2024, at(2024, time.August, 15), map[RegionCode]WalletStatus{Mainland: WalletOpen, HongKong: WalletOpen, SouthAfrica: WalletClosed, Malaysia: WalletSignUpsEnded}},
		{"2024 before", Malaysia, Rules2024, at(2024, time.July, 15), map[RegionCode]WalletStatus{Mainland: WalletOpen, HongKong: WalletOpen, SouthAfrica: WalletClosed, Malaysia: WalletYours}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s, err := NewState(Persona{"A", tt.region}, tt.rules, tt.now)
			noErr(t, err)
			views := s.WalletViews(tt.now)
			if len(views) != len(tt.want) {
				t.Fatalf("%d wallets", len(views))
			}
			for _, v := range views {
				if v.Status != tt.want[v.Region] || v.Name.EN == "" || v.Balance.Currency != v.Currency {
					t.Errorf("%s: %+v, want status %s", v.Region, v, tt.want[v.Region])
				}
			}
		})
	}
	s := funded(t, 1234)
	if v := s.WalletViews(t0)[0]; v.Balance != cny(1234) {
		t.Fatalf("balance shown %v", v.Balance)
	}
}

func TestClosedWalletRefusesEverything(t *testing.T) {
	closes := time.Date(2024, time.September, 1, 0, 0, 0, 0, chinaTime)
	start := closes.Add(-72 * time.Hour)
	s, err := NewState(Persona{"A", Malaysia}, Rules2024, time.Date(2024, time.July, 1, 0, 0, 0, 0, time.UTC))
	noErr(t, err)
	refused(t, s, ECLOSED, func() error { _, err := s.Authenticate(myResident, closes); return err })
	ok(t)(s.Authenticate(myResident, start))
	made[LinkedCard](t)(s.LinkCard(myCard, start))
	ok(t)(s.SetPIN(goodPIN, start))
	ok(t)(s.ConfirmPIN(goodPIN, start))
	ok(t)(s.TopUp(s.Cards[0].ID, 1000, goodPIN, closes.Add(-time.Second)))
	in := made[Incoming](t)(s.ReceiveFrom("aisyah", IncomingTransfer, 100, closes.Add(-time.Second)))
	p := made[Payment](t)(s.StartOrder(PayMiniProgram, shop, Money{100, MYR}, closes.Add(-time.Second)))
	after := closes.Add(time.Second)
	refused(t, s, ECLOSED, func() error { _, _, err := s.AcceptTransfer(in.ID, after); return err })
	refused(t, s, ECLOSED, func() error { _, _, err := s.ConfirmPayment(p.ID, "", goodPIN, after); return err })
	refused(t, s, ECLOSED, func() error { _, err := s.TopUp(s.Cards[0].ID, 1000, goodPIN, after); return err })
	refused(t, s, ECLOSED, func() error { _, _, err := s.ShowPayCode(after); return err })
	refused(t, s, ECLOSED, func() error { _, _, err := s.ReceiveFrom("aisyah", IncomingPacket, 100, after); return err })
	if v := s.WalletViews(after)[3]; v.Status != WalletClosed || !v.Closes.Equal(closes) || v.Balance.Amount != 1000 {
		t.Fatalf("view %+v", v)
	}
}
