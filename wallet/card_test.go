package wallet

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestLuhn(t *testing.T) {
	tests := map[string]bool{
		"79927398713": true, "79927398710": false, "0": true, "18": true, "19": false,
		"4111111111111111": true, "4111111111111112": false,
		"": false, "abc": false, "4111 1111 1111 1111": false, "٤": false,
	}
	for in, want := range tests {
		if got := Luhn(in); got != want {
			t.Errorf("Luhn(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestNetworkOf(t *testing.T) {
	tests := map[string]Network{
		"4": Visa, "4999": Visa,
		"50": "", "51": Mastercard, "55": Mastercard, "56": "",
		"2220": "", "2221": Mastercard, "2720": Mastercard, "2721": "", "222": "",
		"3527": "", "3528": JCB, "3589": JCB, "3590": "", "35": "",
		"299": "", "300": Diners, "305": Diners, "306": "", "36": Diners, "38": Diners, "39": "",
		"34": Amex, "37": Amex, "33": "",
		"6010": "", "6011": Discover, "6012": "", "65": Discover, "64": "",
		"62": UnionPay, "6200000000000005": UnionPay, "61": "",
		"": "", "5": "", "x4": "", "23//": "", "5:": "", "1": "", "9": "",
	}
	for in, want := range tests {
		if got := NetworkOf(in); got != want {
			t.Errorf("NetworkOf(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestNetworkName(t *testing.T) {
	tests := map[Network]string{
		Visa: "Visa", Mastercard: "Mastercard", JCB: "JCB", Diners: "Diners Club",
		Discover: "Discover", Amex: "American Express", UnionPay: "UnionPay", "maestro": "",
	}
	for n, want := range tests {
		if got := n.Name(); got != want {
			t.Errorf("%q.Name() = %q, want %q", n, got, want)
		}
	}
}

func TestCheckCardSpecNumbers(t *testing.T) {
	tests := []struct {
		number  string
		network Network
	}{
		{"4111111111111111", Visa},
		{"4242424242424242", Visa},
		{"5555555555554444", Mastercard},
		{"3566002020360505", JCB},
		{"3056930009020004", Diners},
		{"378282246310005", Amex},
		{"6011111111111117", Discover},
		{"6200000000000005", UnionPay},
		{"6200000000000047", UnionPay},
		{"6205500000000000004", UnionPay},
	}
	for _, tt := range tests {
		info, err := CheckCard(tt.number)
		if err != nil || info.Network != tt.network || info.LuhnWarning || info.Last4 != tt.number[len(tt.number)-4:] {
			t.Errorf("CheckCard(%s) = %+v, %v; want a %s card", tt.number, info, err, tt.network)
		}
	}
}

func TestCheckCard(t *testing.T) {
	tests := []struct {
		in      string
		network Network
		last4   string
		warn    bool
		code    string
	}{
		{"4111 1111 1111 1111", Visa, "1111", false, ""},
		{" 4111-1111-1111-1111 ", Visa, "1111", false, ""},
		{"4-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1", Visa, "1111", false, ""},
		{"4222222222222", Visa, "2222", false, ""},          // 13 digits
		{"4111111111111111110", Visa, "1110", false, ""},    // 19 digits
		{"2221000000000009", Mastercard, "0009", false, ""}, // 2-series
		{"36227206271667", Diners, "1667", false, ""},       // 14 digits
		{"6217880076543210", UnionPay, "3210", true, ""},    // fails Luhn: warning
		{"6200 0000 0000 0006", UnionPay, "0006", true, ""}, // fails Luhn: warning
		{"6250880012345673", UnionPay, "5673", false, ""},   // passes Luhn
		{"", "", "", false, ECARDDIGITS},
		{"   ", "", "", false, ECARDDIGITS},
		{"- -", "", "", false, ECARDDIGITS},
		{"4111.1111.1111.1111", "", "", false, ECARDDIGITS},
		{"4111_1111_1111_1111", "", "", false, ECARDDIGITS},
		{"411111111111111a", "", "", false, ECARDDIGITS},
		{"４１１１１１１１１１１１１１１１", "", "", false, ECARDDIGITS},
		{"9111111111111111", "", "", false, ECARDNETWORK},
		{"1234567812345670", "", "", false, ECARDNETWORK},
		{"5011111111111111", "", "", false, ECARDNETWORK},
		{"411111111111111", "", "", false, ECARDLENGTH},      // Visa, 15
		{"41111111111111111111", "", "", false, ECARDLENGTH}, // Visa, 20
		{"55555555555544", "", "", false, ECARDLENGTH},       // Mastercard, 14
		{"3782822463100005", "", "", false, ECARDLENGTH},     // Amex, 16
		{"620000000000005", "", "", false, ECARDLENGTH},      // UnionPay, 15
		{"62000000000000000005", "", "", false, ECARDLENGTH}, // UnionPay, 20
		{"4", "", "", false, ECARDLENGTH},
		{strings.Repeat("4", 65), "", "", false, ECARDLENGTH}, // over the input cap
		{"4111111111111112", "", "", false, ECARDLUHN},
		{"5555555555554445", "", "", false, ECARDLUHN},
		{"378282246310006", "", "", false, ECARDLUHN},
		{"3566002020360506", "", "", false, ECARDLUHN},
	}
	for _, tt := range tests {
		info, err := CheckCard(tt.in)
		if code := ErrorCode(err); code != tt.code {
			t.Errorf("CheckCard(%q) error %v, want code %q", tt.in, err, tt.code)
			continue
		}
		if err != nil {
			if ErrorField(err) != "number" || ErrorMessage(err) == "" {
				t.Errorf("CheckCard(%q) error %#v, want field number and a message", tt.in, err)
			}
			if info != (CardInfo{}) {
				t.Errorf("CheckCard(%q) failed but returned %+v", tt.in, info)
			}
			continue
		}
		if info.Network != tt.network || info.Last4 != tt.last4 || info.LuhnWarning != tt.warn {
			t.Errorf("CheckCard(%q) = %+v, want %s ...%s warning %v", tt.in, info, tt.network, tt.last4, tt.warn)
		}
	}
}

func TestCheckCardMessages(t *testing.T) {
	tests := map[string]string{
		"411111111111111":  "A Visa card number has 13, 16 or 19 digits; this one has 15.",
		"55555555555544":   "A Mastercard card number has 16 digits; this one has 14.",
		"620000000000005":  "A UnionPay card number has 16 to 19 digits; this one has 15.",
		"3000000000000":    "A Diners Club card number has 14 to 19 digits; this one has 13.",
		"9111111111111111": "The demo does not know a card that starts with 9. Try Visa, Mastercard, JCB, Diners Club, Discover, American Express or UnionPay.",
	}
	for in, want := range tests {
		if _, err := CheckCard(in); ErrorMessage(err) != want {
			t.Errorf("CheckCard(%q) message %q, want %q", in, ErrorMessage(err), want)
		}
	}
}

func TestOrList(t *testing.T) {
	tests := []struct {
		in   []int
		want string
	}{
		{[]int{16}, "16"},
		{[]int{15, 16}, "15 or 16"},
		{[]int{13, 16, 19}, "13, 16 or 19"},
		{[]int{16, 17, 18, 19}, "16 to 19"},
	}
	for _, tt := range tests {
		if got := orList(tt.in); got != tt.want {
			t.Errorf("orList(%v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestCardInfoKeepsNoNumber holds the promise that only the last four
// digits of a card are kept.
func TestCardInfoKeepsNoNumber(t *testing.T) {
	for _, c := range DemoCards() {
		info, err := CheckCard(c.Number)
		if err != nil {
			t.Fatal(err)
		}
		b, err := json.Marshal(info)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(string(b), c.Number[:len(c.Number)-4]) {
			t.Errorf("CardInfo of %s holds more than the last four digits: %s", c.Number, b)
		}
	}
}

func FuzzCheckCard(f *testing.F) {
	codes := map[string]bool{ECARDDIGITS: true, ECARDLENGTH: true, ECARDLUHN: true, ECARDNETWORK: true}
	f.Fuzz(func(t *testing.T, number string) {
		info, err := CheckCard(number)
		if err != nil {
			if !codes[ErrorCode(err)] || ErrorField(err) != "number" {
				t.Fatalf("CheckCard(%q) error %#v", number, err)
			}
			return
		}
		digits := strings.NewReplacer(" ", "", "-", "").Replace(strings.TrimSpace(number))
		if !strings.HasSuffix(digits, info.Last4) || len(info.Last4) != 4 {
			t.Fatalf("CheckCard(%q).Last4 = %q", number, info.Last4)
		}
		if info.Network != NetworkOf(digits) || info.LuhnWarning == Luhn(digits) || info.LuhnWarning && info.Network != UnionPay {
			t.Fatalf("CheckCard(%q) = %+v", number, info)
		}
		// A valid number stays valid, and the same card, however grouped.
		if again, err := CheckCard(digits); err != nil || again != info {
			t.Fatalf("CheckCard(%q) = %+v, %v; CheckCard(%q) = %+v", digits, again, err, number, info)
		}
	})
}
