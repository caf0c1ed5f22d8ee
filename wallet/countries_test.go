package wallet

import (
	"regexp"
	"strings"
	"testing"
)

// foldAccents spells the accented letters of the English names without
// their accents, so that "Åland" sorts with the A's.
var foldAccents = strings.NewReplacer("Å", "A", "ô", "o", "ç", "c", "é", "e", "ã", "a", "í", "i", "ü", "u")

func TestRegionsTable(t *testing.T) {
	rs := Regions()
	if len(rs) != 249 {
		t.Errorf("%d regions, want the 249 of ISO 3166-1", len(rs))
	}
	dial := regexp.MustCompile(`^\+[1-9][0-9]{0,3}$`)
	seen := map[RegionCode]bool{}
	for i, r := range rs {
		if FlagEmoji(r.Code) == "" {
			t.Errorf("%q is not a two-letter code", r.Code)
		}
		if seen[r.Code] {
			t.Errorf("%s listed twice", r.Code)
		}
		seen[r.Code] = true
		if !dial.MatchString(r.Dial) {
			t.Errorf("%s: calling code %q", r.Code, r.Dial)
		}
		if r.Name.EN == "" || r.Name.Hans == "" || r.Name.Hant == "" {
			t.Errorf("%s: a name is missing: %+v", r.Code, r.Name)
		}
		if key := strings.ToLower(foldAccents.Replace(r.Name.EN)); strings.ContainsFunc(key, func(c rune) bool { return c > 127 }) {
			t.Errorf("%s: %q has a letter foldAccents does not know", r.Code, r.Name.EN)
		}
		if i > 0 {
			prev := strings.ToLower(foldAccents.Replace(rs[i-1].Name.EN))
			if cur := strings.ToLower(foldAccents.Replace(r.Name.EN)); prev >= cur {
				t.Errorf("%q sorts before %q", r.Name.EN, rs[i-1].Name.EN)
			}
		}
	}
}

func TestRegionsIsACopy(t *testing.T) {
	Regions()[0].Name.EN = "changed"
	if Regions()[0].Name.EN == "changed" {
		t.Error("Regions hands out the table itself")
	}
}

func TestLookupRegion(t *testing.T) {
	tests := []struct {
		code RegionCode
		dial string
		name LocalName
	}{
		{Mainland, "+86", LocalName{"Mainland China", "中国大陆", "中國內地"}},
		{HongKong, "+852", LocalName{"Hong Kong SAR", "中国香港", "中國香港"}},
		{"MO", "+853", LocalName{"Macao SAR", "中国澳门", "中國澳門"}},
		{"TW", "+886", LocalName{"Taiwan", "中国台湾", "中國台灣"}},
		{SouthAfrica, "+27", LocalName{"South Africa", "南非", "南非"}},
		{Malaysia, "+60", LocalName{"Malaysia", "马来西亚", "馬來西亞"}},
		{"GB", "+44", LocalName{"United Kingdom", "英国", "英國"}},
		{"US", "+1", LocalName{"United States", "美国", "美國"}},
		{"NZ", "+64", LocalName{"New Zealand", "新西兰", "新西蘭"}},
		{"AQ", "+672", LocalName{"Antarctica", "南极洲", "南極洲"}},
	}
	for _, tt := range tests {
		r, ok := LookupRegion(tt.code)
		if !ok || r.Code != tt.code || r.Dial != tt.dial || r.Name != tt.name {
			t.Errorf("LookupRegion(%s) = %+v, %v", tt.code, r, ok)
		}
	}
	for _, c := range []RegionCode{NoRegion, "XX", "gb", "GBR", "EU", "UK"} {
		if r, ok := LookupRegion(c); ok {
			t.Errorf("LookupRegion(%q) = %+v, want none", c, r)
		}
	}
}

func TestFlagEmoji(t *testing.T) {
	tests := map[RegionCode]string{
		"CN": "🇨🇳", "HK": "🇭🇰", "ZA": "🇿🇦", "MY": "🇲🇾", "GB": "🇬🇧", "AZ": "🇦🇿",
		"": "", "C": "", "CNY": "", "cn": "", "C1": "", "@Z": "", "Z[": "",
	}
	for c, want := range tests {
		if got := FlagEmoji(c); got != want {
			t.Errorf("FlagEmoji(%q) = %q, want %q", c, got, want)
		}
	}
}

func TestLocalNameIn(t *testing.T) {
	n := LocalName{"Hong Kong SAR", "中国香港", "中國香港"}
	tests := map[string]string{
		"en": "Hong Kong SAR", "": "Hong Kong SAR", "fr": "Hong Kong SAR", "zh-": "Hong Kong SAR",
		"zh-Hans": "中国香港", "zh-CN": "中国香港", "zh": "中国香港",
		"zh-Hant": "中國香港", "zh-HK": "中國香港", "zh-Hant-HK": "中國香港", "zh-TW": "中國香港",
	}
	for lang, want := range tests {
		if got := n.In(lang); got != want {
			t.Errorf("In(%q) = %q, want %q", lang, got, want)
		}
	}
	if got := (LocalName{EN: "Only English"}).In("zh-Hans"); got != "Only English" {
		t.Errorf("a missing translation gave %q, want the English", got)
	}
}
