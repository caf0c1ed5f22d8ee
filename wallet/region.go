package wallet

// RegionCode is an ISO 3166-1 alpha-2 code ("CN", "HK", "GB"...) naming a
// registration region, a wallet's region or a card issuer's region.
type RegionCode string

// The regions that have (or had) their own wallet.
const (
	Mainland    RegionCode = "CN"
	HongKong    RegionCode = "HK"
	SouthAfrica RegionCode = "ZA"
	Malaysia    RegionCode = "MY"
	NoRegion    RegionCode = ""
)
