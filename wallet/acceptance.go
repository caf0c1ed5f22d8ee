package wallet

// Acceptance says in how many countries and regions besides Mainland China
// merchants took WeChat Pay on a date, and which, by continent, where the
// source lists them.
type Acceptance struct {
	AsOf       string                `json:"asOf"`  // YYYY-MM-DD
	Count      int                   `json:"count"` // countries and regions, Mainland China not counted
	Continents []AcceptanceContinent `json:"continents,omitempty"`
	Currencies []Currency            `json:"currencies,omitempty"` // settlement currencies then
}

// AcceptanceContinent is one continent of an acceptance list, its regions
// in the order of the source.
type AcceptanceContinent struct {
	Name    LocalName    `json:"name"`
	Regions []RegionCode `json:"regions"`
}

// Acceptance2020 is the figure the 2020 tutorial gives: 64 countries and
// regions as of 6 May 2020. The tutorial shows the list only as a picture,
// so the demo has the count and no list.
var Acceptance2020 = Acceptance{AsOf: "2020-05-06", Count: 64}

// Acceptance2022 is the list of 31 May 2022: 68 countries and regions, and
// the 16 currencies merchants could settle in.
var Acceptance2022 = Acceptance{
	AsOf:  "2022-05-31",
	Count: 68,
	Continents: []AcceptanceContinent{
		{LocalName{"Asia", "亚洲", "亞洲"}, []RegionCode{
			"HK", "MO", "TW", "JP", "KR", "KH", "MY", "TH", "MM", "PH", "LA", "SG",
			"VN", "ID", "NP", "PK", "LK", "MV", "QA", "AE", "IL", "KZ", "MN"}},
		{LocalName{"Europe", "欧洲", "歐洲"}, []RegionCode{
			"DK", "FI", "IS", "NO", "SE", "AT", "BE", "FR", "DE", "IE", "LU", "NL",
			"CH", "GB", "BG", "HR", "CZ", "PL", "RO", "RU", "SK", "HU", "GR", "IT",
			"PT", "ES", "MT", "TR", "EE", "RS", "MC", "GI"}},
		{LocalName{"Americas", "美洲", "美洲"}, []RegionCode{"US", "CA", "AR", "BR"}},
		{LocalName{"Oceania", "大洋洲", "大洋洲"}, []RegionCode{"AU", "NZ", "FJ", "VU"}},
		{LocalName{"Africa", "非洲", "非洲"}, []RegionCode{"EG", "KE", "MA", "ZA", "MU"}},
	},
	Currencies: []Currency{
		"GBP", HKD, USD, "JPY", "CAD", "AUD", "EUR", "NZD",
		"KRW", "THB", "SGD", "RUB", "DKK", "SEK", "CHF", "NOK"},
}
