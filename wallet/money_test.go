package wallet

import (
	"math"
	"testing"
)

func TestParseAmount(t *testing.T) {
	tests := []struct {
		in   string
		cur  Currency
		want Amount
		code string
	}{
		{"12", CNY, 1200, ""},
		{"12.5", CNY, 1250, ""},
		{"12.50", CNY, 1250, ""},
		{"0.01", CNY, 1, ""},
		{"0", CNY, 0, ""},
		{"007", CNY, 700, ""},
		{"1,234.50", CNY, 123450, ""},
		{"1,234,567", CNY, 123456700, ""},
		{"  ¥ 1,234.50  ", CNY, 123450, ""},
		{"¥12", CNY, 1200, ""},
		{"￥12", CNY, 1200, ""},
		{"RMB 12", CNY, 1200, ""},
		{"cny12.3", CNY, 1230, ""},
		{"HK$12.00", HKD, 1200, ""},
		{"hk$ 12", HKD, 1200, ""},
		{"HKD 12", HKD, 1200, ""},
		{"R5.00", ZAR, 500, ""},
		{"ZAR5", ZAR, 500, ""},
		{"RM3.10", MYR, 310, ""},
		{"MYR 3.1", MYR, 310, ""},
		{"US$1,000.00", USD, 100000, ""},
		{"10,000,000,000.00", CNY, MaxAmount, ""},
		{"00000000000000000000000000000000000000000000000001", CNY, 100, ""},

		{"", CNY, 0, EAMOUNT},
		{"   ", CNY, 0, EAMOUNT},
		{"¥", CNY, 0, EAMOUNT},
		{"abc", CNY, 0, EAMOUNT},
		{"12a", CNY, 0, EAMOUNT},
		{"1 2", CNY, 0, EAMOUNT},
		{"12.", CNY, 0, EAMOUNT},
		{".5", CNY, 0, EAMOUNT},
		{"1.2.3", CNY, 0, EAMOUNT},
		{"12,34", CNY, 0, EAMOUNT},
		{"1234,567", CNY, 0, EAMOUNT},
		{",123", CNY, 0, EAMOUNT},
		{"1,23a", CNY, 0, EAMOUNT},
		{"1,,234", CNY, 0, EAMOUNT},
		{"1.234,5", CNY, 0, EAMOUNT},
		{"+12", CNY, 0, EAMOUNT},
		{"1e3", CNY, 0, EAMOUNT},
		{"HK$12", CNY, 0, EAMOUNT},
		{"RM3", ZAR, 0, EAMOUNT},
		{"¥¥12", CNY, 0, EAMOUNT},
		{"12¥", CNY, 0, EAMOUNT},
		{"１２", CNY, 0, EAMOUNT},
		{string(make([]byte, 65)), CNY, 0, EAMOUNT},
		{"-1", CNY, 0, EAMOUNTNEGATIVE},
		{" -¥1.00", CNY, 0, EAMOUNTNEGATIVE},
		{"¥-1.00", CNY, 0, EAMOUNTNEGATIVE},
		{"- 1", CNY, 0, EAMOUNTNEGATIVE},
		{"1.234", CNY, 0, EAMOUNTPRECISION},
		{"0.001", CNY, 0, EAMOUNTPRECISION},
		{"10,000,000,000.01", CNY, 0, EAMOUNTTOOLARGE},
		{"99999999999999999999999999", CNY, 0, EAMOUNTTOOLARGE},
		{"12", "EUR", 0, ECURRENCYUNKNOWN},
		{"12", "", 0, ECURRENCYUNKNOWN},
	}
	for _, tt := range tests {
		got, err := ParseAmount(tt.in, tt.cur)
		if code := ErrorCode(err); code != tt.code {
			t.Errorf("ParseAmount(%q, %s) error %v, want code %q", tt.in, tt.cur, err, tt.code)
			continue
		}
		if err != nil {
			if f := ErrorField(err); f != "amount" {
				t.Errorf("ParseAmount(%q, %s) field %q, want amount", tt.in, tt.cur, f)
			}
			if ErrorMessage(err) == "" {
				t.Errorf("ParseAmount(%q, %s) has no message", tt.in, tt.cur)
			}
		}
		if got != tt.want {
			t.Errorf("ParseAmount(%q, %s) = %d, want %d", tt.in, tt.cur, got, tt.want)
		}
	}
}

func TestFormatAmount(t *testing.T) {
	tests := []struct {
		m    Money
		want string
	}{
		{Money{123450, CNY}, "¥1,234.50"},
		{Money{1200, HKD}, "HK$12.00"},
		{Money{500, ZAR}, "R5.00"},
		{Money{310, MYR}, "RM3.10"},
		{Money{100000, USD}, "US$1,000.00"},
		{Money{-100, CNY}, "-¥1.00"},
		{Money{0, CNY}, "¥0.00"},
		{Money{5, CNY}, "¥0.05"},
		{Money{99, CNY}, "¥0.99"},
		{Money{100, CNY}, "¥1.00"},
		{Money{99999, CNY}, "¥999.99"},
		{Money{100000, CNY}, "¥1,000.00"},
		{Money{MaxAmount, CNY}, "¥10,000,000,000.00"},
		{Money{math.MaxInt64, CNY}, "¥92,233,720,368,547,758.07"},
		{Money{math.MinInt64, CNY}, "-¥92,233,720,368,547,758.08"},
		{Money{300, "EUR"}, "EUR 3.00"},
		{Money{300, ""}, "3.00"},
	}
	for _, tt := range tests {
		if got := tt.m.String(); got != tt.want {
			t.Errorf("%#v.String() = %q, want %q", tt.m, got, tt.want)
		}
	}
}

func TestFormatAmountNoDecimals(t *testing.T) {
	// No wallet currency lacks a minor unit; the format must still hold for
	// one that does.
	jpy := CurrencyInfo{"JPY", "JP¥", 0}
	if got := formatAmount(1234, jpy); got != "JP¥1,234" {
		t.Errorf("formatAmount(1234, JPY) = %q", got)
	}
	if got, err := parseAmount("JP¥1,234", jpy); err != nil || got != 1234 {
		t.Errorf("parseAmount(JP¥1,234) = %d, %v", got, err)
	}
	if _, err := parseAmount("1.5", jpy); ErrorCode(err) != EAMOUNTPRECISION {
		t.Errorf("parseAmount(1.5, JPY) error %v, want %s", err, EAMOUNTPRECISION)
	}
}

func FuzzParseAmount(f *testing.F) {
	f.Fuzz(func(t *testing.T, s string, n int64) {
		for _, c := range []Currency{CNY, HKD, ZAR, MYR, USD} {
			a, err := ParseAmount(s, c)
			if err == nil && (a < 0 || a > MaxAmount) {
				t.Fatalf("ParseAmount(%q, %s) = %d, outside 0..MaxAmount", s, c, a)
			}
			if err != nil && ErrorField(err) != "amount" {
				t.Fatalf("ParseAmount(%q, %s) error %v has no amount field", s, c, err)
			}
			if err == nil {
				// What parses once parses the same once formatted.
				if b, err := ParseAmount(FormatAmount(a, c), c); err != nil || b != a {
					t.Fatalf("ParseAmount(FormatAmount(%d, %s)) = %d, %v", a, c, b, err)
				}
			}
			want := Amount(n)
			if want < 0 {
				want = -(want + 1)
			}
			want %= MaxAmount + 1
			text := FormatAmount(want, c)
			if got, err := ParseAmount(text, c); err != nil || got != want {
				t.Fatalf("ParseAmount(%q, %s) = %d, %v; want %d", text, c, got, err, want)
			}
		}
	})
}
