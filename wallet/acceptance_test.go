package wallet

import (
	"strings"
	"testing"
)

func TestAcceptance2022(t *testing.T) {
	a := Acceptance2022
	if a.AsOf != "2022-05-31" {
		t.Errorf("AsOf %q", a.AsOf)
	}
	seen := map[RegionCode]bool{}
	for _, c := range a.Continents {
		if c.Name.EN == "" || c.Name.Hans == "" || c.Name.Hant == "" || len(c.Regions) == 0 {
			t.Errorf("continent %+v is incomplete", c)
		}
		for _, r := range c.Regions {
			if _, ok := LookupRegion(r); !ok || seen[r] || r == Mainland {
				t.Errorf("%s: unknown, listed twice, or Mainland China", r)
			}
			seen[r] = true
		}
	}
	if len(seen) != 68 || a.Count != 68 {
		t.Errorf("%d regions listed, count %d; the source has 68", len(seen), a.Count)
	}
	for _, r := range []RegionCode{HongKong, Malaysia, SouthAfrica, "GB", "US", "GI", "VU", "MU"} {
		if !seen[r] {
			t.Errorf("%s is missing", r)
		}
	}
	if len(a.Currencies) != 16 {
		t.Errorf("%d settlement currencies, want 16", len(a.Currencies))
	}
	currencies := map[Currency]bool{}
	for _, c := range a.Currencies {
		if len(c) != 3 || strings.ToUpper(string(c)) != string(c) || currencies[c] {
			t.Errorf("currency %q is not an ISO 4217 code or is listed twice", c)
		}
		currencies[c] = true
	}
}

func TestAcceptance2020(t *testing.T) {
	if a := Acceptance2020; a.AsOf != "2020-05-06" || a.Count != 64 || a.Continents != nil || a.Currencies != nil {
		t.Errorf("Acceptance2020 = %+v, want 64 as of 2020-05-06 and no list", a)
	}
}
