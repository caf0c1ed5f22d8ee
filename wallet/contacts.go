package wallet

import (
	"slices"
	"time"
)

// Contact is a made-up person in the demo's address book. Contacts react to
// the user's red packets and transfers by themselves after ReactAfter of
// demo time; a contact with ReactAfter zero never reacts, so the money
// comes back after 24 hours.
type Contact struct {
	ID         string
	Name       string
	Region     RegionCode
	ReactAfter time.Duration
	// Gift is what the activating contact sends an overseas account, in
	// minor units of the wallet it activates.
	Gift Amount
}

// activatorID is the contact who sends the activating red packet.
const activatorID = "li-wei"

// Contacts returns the demo's address book.
func Contacts() []Contact {
	return []Contact{
		{ID: activatorID, Name: "Li Wei", Region: Mainland, ReactAfter: 2 * time.Minute, Gift: 888},
		{ID: "chen-jing", Name: "Chen Jing", Region: Mainland, ReactAfter: 5 * time.Minute},
		{ID: "wong-ka-ho", Name: "Wong Ka Ho", Region: HongKong, ReactAfter: 3 * time.Minute},
		{ID: "thandi", Name: "Thandi Nkosi", Region: SouthAfrica, ReactAfter: 10 * time.Minute},
		{ID: "aisyah", Name: "Nur Aisyah", Region: Malaysia, ReactAfter: time.Hour},
		{ID: "sam", Name: "Sam Taylor", Region: "GB"},
	}
}

// LookupContact returns the contact with id, or ENOTFOUND (on the field
// "contact") if the address book has none.
func LookupContact(id string) (Contact, error) {
	all := Contacts()
	i := slices.IndexFunc(all, func(c Contact) bool { return c.ID == id })
	if i < 0 {
		return Contact{}, FieldErrorf("contact", ENOTFOUND, "No contact %q in the demo's address book.", id)
	}
	return all[i], nil
}

func activator() Contact {
	c, _ := LookupContact(activatorID)
	return c
}
