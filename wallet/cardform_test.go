package wallet

import "testing"

func TestCheckPhone(t *testing.T) {
	for phone, want := range map[string]bool{
		"7700 900123": true, "+44 7700-900-123": true, "123456": true, "12345": false,
		"1234567890123456": false, "": false, "phone": false,
	} {
		if err := CheckPhone(phone); (err == nil) != want || (err != nil && (ErrorCode(err) != EINVALID || ErrorField(err) != "phone")) {
			t.Errorf("CheckPhone(%q) = %v, want ok %v", phone, err, want)
		}
	}
}

func TestCheckSMSCode(t *testing.T) {
	for _, c := range []struct {
		typed, sent string
		want        bool
	}{
		{"123456", "123456", true}, {" 123456 ", "123456", true}, {"123457", "123456", false}, {"", "", false},
	} {
		if err := CheckSMSCode(c.typed, c.sent); (err == nil) != c.want || (err != nil && ErrorField(err) != "sms") {
			t.Errorf("CheckSMSCode(%q, %q) = %v, want ok %v", c.typed, c.sent, err, c.want)
		}
	}
}

func TestCheckCardHolderOnlyWithoutIdentity(t *testing.T) {
	s := fresh(t, "GB", Rules2024)
	if err := s.CheckCardHolder("  "); ErrorCode(err) != EIDMISSING || ErrorField(err) != "holder" {
		t.Errorf("no identity, no holder: %v", err)
	}
	if err := s.CheckCardHolder("Alex Doe"); err != nil {
		t.Errorf("no identity, a holder: %v", err)
	}
	ok(t)(s.TurnOnPay(t0))
	ok(t)(s.Authenticate(gbPassport, t0))
	if err := s.CheckCardHolder(""); err != nil {
		t.Errorf("with an identity the bank has the name: %v", err)
	}
}
