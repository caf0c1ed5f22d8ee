package wallet

import "strings"

// The checks of Add a card's form that come before the engine links the
// card: the bank's phone number, the SMS code it texted, the holder's name.

// CheckPhone returns EINVALID (on the field "phone") unless phone, as
// typed, holds 6 to 15 digits: a national number of any country.
func CheckPhone(phone string) error {
	if n := len(Digits(phone)); n < 6 || n > 15 {
		return FieldErrorf("phone", EINVALID, "Enter the mobile number the bank has: 6 to 15 digits.")
	}
	return nil
}

// CheckSMSCode returns EINVALID (on the field "sms") unless typed, less
// surrounding spaces, is the code that was sent; a code never sent matches
// nothing.
func CheckSMSCode(typed, sent string) error {
	if sent == "" || strings.TrimSpace(typed) != sent {
		return FieldErrorf("sms", EINVALID, "That is not the code we sent. Check the notification at the top.")
	}
	return nil
}

// CheckCardHolder returns EIDMISSING (on the field "holder") when the
// account has no identity yet and holder is blank: the bank then needs the
// name on the card. With an identity, the bank has the name already.
func (s *State) CheckCardHolder(holder string) error {
	if s.Account.Identity == nil && strings.TrimSpace(holder) == "" {
		return FieldErrorf("holder", EIDMISSING, "Enter the name on the card.")
	}
	return nil
}

// Digits keeps the ASCII digits of s.
func Digits(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, s)
}
