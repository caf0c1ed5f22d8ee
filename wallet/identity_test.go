package wallet

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
)

// testToday is the demo clock's day in the identity tests.
var testToday = time.Date(2025, time.June, 15, 12, 0, 0, 0, time.UTC)

// idCase is an ID number and the error code a checker gives it ("" when
// the number is valid).
type idCase struct {
	in, code string
}

// testChecker runs an ID number checker over its cases.
func testChecker(t *testing.T, check func(string) error, cases []idCase) {
	t.Helper()
	for _, tt := range cases {
		err := check(tt.in)
		if code := ErrorCode(err); code != tt.code {
			t.Errorf("%q: error %v, want code %q", tt.in, err, tt.code)
		} else if err != nil && (ErrorField(err) != "number" || ErrorMessage(err) == "") {
			t.Errorf("%q: error %#v, want field number and a message", tt.in, err)
		}
	}
}

func TestCheckMainlandID(t *testing.T) {
	testChecker(t, func(s string) error { return CheckMainlandID(s, testToday) }, []idCase{
		{"11010519491231002X", ""},
		{"440524188001010014", ""},
		{"110101199003074514", ""},
		{"11010519491231002x", ""},
		{" 11010519491231002X ", ""},
		{"110101200002290018", ""},          // 2000-02-29
		{"110105180001010010", ""},          // 1800-01-01
		{"110101190002290011", EIDDATE},     // 1900-02-29
		{"110101199013010012", EIDDATE},     // month 13
		{"110101179912310010", EIDDATE},     // before 1800
		{"110101300001010019", EIDBIRTH},    // born in 3000
		{"990101199001010019", EIDNUMBER},   // no province 99
		{"110105194912310021", EIDCHECKSUM}, // last digit wrong
		{"11010519491231002Y", EIDNUMBER},   // Y is no check character
		{"1101051949123100X2", EIDNUMBER},   // X inside
		{"11010519491231002", EIDNUMBER},    // 17 characters
		{"11010519491231002XX", EIDNUMBER},  // 19 characters
		{"", EIDMISSING},
		{strings.Repeat("1", 201), EIDTOOLONG},
	})
	// Born on the demo clock's day is valid; a day later is the future.
	if err := CheckMainlandID("110101199003074514", time.Date(1990, 3, 7, 0, 0, 0, 0, time.UTC)); err != nil {
		t.Errorf("born today: %v", err)
	}
	if err := CheckMainlandID("110101199003074514", time.Date(1990, 3, 6, 23, 59, 0, 0, time.UTC)); ErrorCode(err) != EIDBIRTH {
		t.Errorf("born tomorrow: %v", err)
	}
}

func TestCheckHKID(t *testing.T) {
	testChecker(t, CheckHKID, []idCase{
		{"A123456(3)", ""},
		{"C668668(9)", ""},
		{"CA182361(1)", ""},
		{"G123456(A)", ""},
		{"Z999999(0)", ""},
		{"XY000000(3)", ""},
		{"a123456(3)", ""},
		{"A1234563", ""},
		{"g123456a", ""},
		{" A123456(3) ", ""},
		{"A123456(4)", EIDCHECKSUM},
		{"CA182361(2)", EIDCHECKSUM},
		{"B123456(3)", EIDCHECKSUM},
		{"A123456(B)", EIDNUMBER},
		{"A123456()", EIDNUMBER},
		{"A12345(3)", EIDNUMBER},
		{"A1234567(3)", EIDNUMBER},
		{"ABC123456(3)", EIDNUMBER},
		{"1234567(3)", EIDNUMBER},
		{"1A23456(3)", EIDNUMBER},
		{"A12345X(3)", EIDNUMBER},
		{"A123456[3]", EIDNUMBER},
		{"(3)", EIDNUMBER},
		{"3", EIDNUMBER},
		{"Ａ123456(3)", EIDNUMBER},
		{"", EIDMISSING},
	})
}

func TestCheckMyKad(t *testing.T) {
	testChecker(t, func(s string) error { return CheckMyKad(s, testToday) }, []idCase{
		{"900101-14-5567", ""},
		{"900101145567", ""},
		{"000229-14-5567", ""}, // 2000-02-29
		{"991231-01-0001", ""},
		{"250615-10-1234", ""}, // born on the demo clock's day
		{"250616-10-1234", ""}, // 1925-06-16: a century ago, not tomorrow
		{"250229-14-5567", EIDDATE},
		{"901301-14-5567", EIDDATE},
		{"900100-14-5567", EIDDATE},
		{"900431-14-5567", EIDDATE},
		{"900101-00-5567", EIDNUMBER},
		{"900101-16-5567", ""},
		{"900101-17-5567", EIDNUMBER},
		{"900101-20-5567", EIDNUMBER},
		{"900101-21-5567", ""},
		{"900101-59-5567", ""},
		{"900101-60-5567", ""},
		{"900101-68-5567", ""},
		{"900101-69-5567", EIDNUMBER},
		{"900101-70-5567", EIDNUMBER},
		{"900101-71-5567", ""},
		{"900101-72-5567", ""},
		{"900101-73-5567", EIDNUMBER},
		{"900101-74-5567", ""},
		{"900101-79-5567", ""},
		{"900101-80-5567", EIDNUMBER},
		{"900101-81-5567", EIDNUMBER},
		{"900101-82-5567", ""},
		{"900101-93-5567", ""},
		{"900101-94-5567", EIDNUMBER},
		{"900101-97-5567", EIDNUMBER},
		{"900101-98-5567", ""},
		{"900101-99-5567", ""},
		{"900101-14-556", EIDNUMBER},
		{"900101-145567", EIDNUMBER},
		{"9001011-4-5567", EIDNUMBER},
		{"90010A-14-5567", EIDNUMBER},
		{"", EIDMISSING},
	})
	// On 2024-02-28, "240229" cannot be tomorrow: it is 1924-02-29, a leap day.
	if err := CheckMyKad("240229-14-5567", time.Date(2024, 2, 28, 0, 0, 0, 0, time.UTC)); err != nil {
		t.Errorf("1924-02-29: %v", err)
	}
	// On 2000-01-01, "000229" is 1900-02-29, which never was.
	if err := CheckMyKad("000229-14-5567", time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)); ErrorCode(err) != EIDDATE {
		t.Errorf("1900-02-29: %v", err)
	}
}

func TestCheckSouthAfricanID(t *testing.T) {
	testChecker(t, func(s string) error { return CheckSouthAfricanID(s, testToday) }, []idCase{
		{"9506245120008", ""},
		{"8001015009087", ""},
		{"8001015009186", ""}, // permanent resident
		{"0002295001081", ""}, // 2000-02-29
		{"9912315001088", ""},
		{"2502295001088", EIDDATE},
		{"8013015009082", EIDDATE},
		{"8001015009285", EIDNUMBER}, // citizenship 2
		{"8001015009088", EIDCHECKSUM},
		{"9506245120009", EIDCHECKSUM},
		{"800101500908", EIDNUMBER},
		{"80010150090877", EIDNUMBER},
		{"8001015 009087", EIDNUMBER},
		{"", EIDMISSING},
	})
}

// validPassport is a passport holder's identity that passes on testToday.
var validPassport = Identity{
	Type:        IDPassport,
	Name:        "Jane O'Neil-Smith",
	Number:      "K1234567",
	Nationality: "GB",
	Expiry:      "2030-01-01",
	Birth:       "1990-03-07",
	Occupation:  "Engineer",
	Address:     "1 High Street, London",
}

func TestValidateIdentity(t *testing.T) {
	long := strings.Repeat("a", 201)
	tests := []struct {
		name  string
		edit  func(*Identity)
		field string
		code  string
	}{
		{"valid passport", func(*Identity) {}, "", ""},
		{"unknown type", func(id *Identity) { id.Type = "drivers_licence" }, "type", EIDTYPE},
		{"no type", func(id *Identity) { id.Type = "" }, "type", EIDTYPE},

		{"no name", func(id *Identity) { id.Name = "" }, "name", EIDMISSING},
		{"blank name", func(id *Identity) { id.Name = "  " }, "name", EIDMISSING},
		{"digit in name", func(id *Identity) { id.Name = "J4ne" }, "name", EIDNAME},
		{"name without letters", func(id *Identity) { id.Name = "-.-" }, "name", EIDNAME},
		{"name with a symbol", func(id *Identity) { id.Name = "Jane <b>" }, "name", EIDNAME},
		{"control in name", func(id *Identity) { id.Name = "Jane\x00" }, "name", EIDTEXT},
		{"broken name", func(id *Identity) { id.Name = "Jane \xff" }, "name", EIDTEXT},
		{"long name", func(id *Identity) { id.Name = long }, "name", EIDTOOLONG},
		{"name of 200", func(id *Identity) { id.Name = long[1:] }, "", ""},
		{"Chinese name", func(id *Identity) { id.Name = "王小明" }, "", ""},
		{"transliterated name", func(id *Identity) { id.Name = "安德烈·陈" }, "", ""},
		{"accents", func(id *Identity) { id.Name = "José Müller, Jr." }, "", ""},
		{"combining mark", func(id *Identity) { id.Name = "Zoe\u0308" }, "", ""},

		{"no number", func(id *Identity) { id.Number = " " }, "number", EIDMISSING},
		{"short passport", func(id *Identity) { id.Number = "K123" }, "number", EIDNUMBER},
		{"passport of 5", func(id *Identity) { id.Number = "K1234" }, "", ""},
		{"passport of 20", func(id *Identity) { id.Number = "K1234567890123456789" }, "", ""},
		{"passport of 21", func(id *Identity) { id.Number = "K12345678901234567890" }, "number", EIDNUMBER},
		{"lower-case passport", func(id *Identity) { id.Number = "k1234567" }, "", ""},
		{"space in passport", func(id *Identity) { id.Number = "K123 4567" }, "number", EIDNUMBER},
		{"accent in passport", func(id *Identity) { id.Number = "K1234567É" }, "number", EIDNUMBER},

		{"no nationality", func(id *Identity) { id.Nationality = "" }, "nationality", EIDMISSING},
		{"unknown nationality", func(id *Identity) { id.Nationality = "XX" }, "nationality", EIDNATIONALITY},
		{"lower-case nationality", func(id *Identity) { id.Nationality = "gb" }, "nationality", EIDNATIONALITY},

		{"no expiry", func(id *Identity) { id.Expiry = "" }, "expiry", EIDMISSING},
		{"expires today", func(id *Identity) { id.Expiry = "2025-06-15" }, "expiry", EIDEXPIRED},
		{"expires tomorrow", func(id *Identity) { id.Expiry = "2025-06-16" }, "", ""},
		{"expired", func(id *Identity) { id.Expiry = "2020-01-01" }, "expiry", EIDEXPIRED},
		{"expiry Feb 30", func(id *Identity) { id.Expiry = "2030-02-30" }, "expiry", EIDDATE},
		{"expiry day first", func(id *Identity) { id.Expiry = "01/01/2030" }, "expiry", EIDDATE},
		{"expiry short", func(id *Identity) { id.Expiry = "2030-1-1" }, "expiry", EIDDATE},
		{"expiry long", func(id *Identity) { id.Expiry = long }, "expiry", EIDTOOLONG},

		{"no birth", func(id *Identity) { id.Birth = "" }, "birth", EIDMISSING},
		{"18 today", func(id *Identity) { id.Birth = "2007-06-15" }, "", ""},
		{"18 tomorrow", func(id *Identity) { id.Birth = "2007-06-16" }, "birth", EIDUNDERAGE},
		{"child", func(id *Identity) { id.Birth = "2020-01-01" }, "birth", EIDUNDERAGE},
		{"born in the future", func(id *Identity) { id.Birth = "2026-01-01" }, "birth", EIDBIRTH},
		{"born 2000-02-29", func(id *Identity) { id.Birth = "2000-02-29" }, "", ""},
		{"born 1900-02-29", func(id *Identity) { id.Birth = "1900-02-29" }, "birth", EIDDATE},
		{"born in year 0", func(id *Identity) { id.Birth = "0000-01-01" }, "birth", EIDDATE},
		{"birth with a sign", func(id *Identity) { id.Birth = "+990-01-01" }, "birth", EIDDATE},

		{"no occupation", func(id *Identity) { id.Occupation = "" }, "occupation", EIDMISSING},
		{"long occupation", func(id *Identity) { id.Occupation = long }, "occupation", EIDTOOLONG},
		{"no address", func(id *Identity) { id.Address = "" }, "address", EIDMISSING},
		{"address on two lines", func(id *Identity) { id.Address = "1 High Street\nLondon" }, "address", EIDTEXT},

		{"first fault wins", func(id *Identity) { id.Name, id.Number = "", "" }, "name", EIDMISSING},

		{"Mainland ID alone", func(id *Identity) { *id = Identity{Type: IDMainland, Name: "王小明", Number: "11010519491231002X"} }, "", ""},
		{"Mainland ID, birth matches", func(id *Identity) {
			*id = Identity{Type: IDMainland, Name: "王小明", Number: "11010519491231002X", Birth: "1949-12-31", Nationality: Mainland}
		}, "", ""},
		{"Mainland ID, birth differs", func(id *Identity) {
			*id = Identity{Type: IDMainland, Name: "王小明", Number: "11010519491231002X", Birth: "1949-12-30"}
		}, "birth", EIDBIRTH},
		{"Mainland ID, bad checksum", func(id *Identity) { *id = Identity{Type: IDMainland, Name: "王小明", Number: "110105194912310021"} }, "number", EIDCHECKSUM},
		{"Mainland ID, unknown nationality", func(id *Identity) {
			*id = Identity{Type: IDMainland, Name: "王小明", Number: "11010519491231002X", Nationality: "ZZ"}
		}, "nationality", EIDNATIONALITY},
		{"Mainland ID, expired card", func(id *Identity) {
			*id = Identity{Type: IDMainland, Name: "王小明", Number: "11010519491231002X", Expiry: "2024-01-01"}
		}, "expiry", EIDEXPIRED},
		{"Mainland ID, 17 years old", func(id *Identity) { *id = Identity{Type: IDMainland, Name: "王小明", Number: "110101200801010019"} }, "", ""},
		{"HKID", func(id *Identity) {
			*id = Identity{Type: IDHongKong, Name: "Chan Tai Man", Number: "A123456(3)", Birth: "2015-05-05"}
		}, "", ""},
		{"HKID, no name", func(id *Identity) { *id = Identity{Type: IDHongKong, Number: "A123456(3)"} }, "name", EIDMISSING},
		{"MyKad", func(id *Identity) {
			*id = Identity{Type: IDMyKad, Name: "Siti binti Ahmad", Number: "900101-14-5567", Birth: "1990-01-01"}
		}, "", ""},
		{"MyKad, birth differs", func(id *Identity) {
			*id = Identity{Type: IDMyKad, Name: "Siti binti Ahmad", Number: "900101-14-5567", Birth: "1990-01-02"}
		}, "birth", EIDBIRTH},
		{"South African ID", func(id *Identity) {
			*id = Identity{Type: IDSouthAfrica, Name: "Thabo Mokoena", Number: "8001015009087", Occupation: "Teacher"}
		}, "", ""},
		{"South African ID, bad date", func(id *Identity) {
			*id = Identity{Type: IDSouthAfrica, Name: "Thabo Mokoena", Number: "8013015009082"}
		}, "number", EIDDATE},
	}
	for _, tt := range tests {
		id := validPassport
		tt.edit(&id)
		err := ValidateIdentity(id, testToday)
		if ErrorCode(err) != tt.code || ErrorField(err) != tt.field {
			t.Errorf("%s: error %v, want %s (%s)", tt.name, err, tt.code, tt.field)
		} else if err != nil && ErrorMessage(err) == "" {
			t.Errorf("%s: no message", tt.name)
		}
	}
}

// The codes and fields ValidateIdentity and the checkers may return.
var (
	identityCodes = setOf(strings.Join([]string{EIDTYPE, EIDMISSING, EIDTOOLONG, EIDTEXT, EIDNAME, EIDNUMBER,
		EIDCHECKSUM, EIDDATE, EIDBIRTH, EIDUNDERAGE, EIDEXPIRED, EIDNATIONALITY}, " "))
	identityFields = setOf("type name number nationality expiry birth occupation address")
)

// fuzzIDNumber fuzzes an ID number checker: it never panics, refuses with a
// code of its own on the number field, and a number it accepts stays valid
// in lower case and with spaces around.
func fuzzIDNumber(f *testing.F, check func(string) error) {
	f.Fuzz(func(t *testing.T, s string) {
		err := check(s)
		if err != nil {
			if !identityCodes[ErrorCode(err)] || ErrorField(err) != "number" {
				t.Fatalf("%q: error %#v", s, err)
			}
			return
		}
		if err := check(" " + strings.ToLower(s) + " "); err != nil {
			t.Fatalf("%q is valid but not in lower case: %v", s, err)
		}
	})
}

func FuzzCheckMainlandID(f *testing.F) {
	fuzzIDNumber(f, func(s string) error { return CheckMainlandID(s, testToday) })
}

func FuzzCheckHKID(f *testing.F) { fuzzIDNumber(f, CheckHKID) }

func FuzzCheckMyKad(f *testing.F) {
	fuzzIDNumber(f, func(s string) error { return CheckMyKad(s, testToday) })
}

func FuzzCheckSouthAfricanID(f *testing.F) {
	fuzzIDNumber(f, func(s string) error { return CheckSouthAfricanID(s, testToday) })
}

func FuzzValidateIdentity(f *testing.F) {
	f.Fuzz(func(t *testing.T, typ, name, number, nationality, expiry, birth, occupation, address string, days int16) {
		id := Identity{IDType(typ), name, number, RegionCode(nationality), expiry, birth, occupation, address}
		today := testToday.AddDate(0, 0, int(days))
		err := ValidateIdentity(id, today)
		if err != nil {
			if !identityCodes[ErrorCode(err)] || !identityFields[ErrorField(err)] {
				t.Fatalf("%+v: error %#v", id, err)
			}
			return
		}
		// What is valid stays valid once saved and loaded, and with the
		// spaces around each field trimmed.
		b, _ := json.Marshal(id)
		var loaded Identity
		if err := json.Unmarshal(b, &loaded); err != nil || loaded != id {
			t.Fatalf("%+v does not survive JSON: %s", id, b)
		}
		trimmed := Identity{id.Type, strings.TrimSpace(name), strings.TrimSpace(number), id.Nationality,
			strings.TrimSpace(expiry), strings.TrimSpace(birth), strings.TrimSpace(occupation), strings.TrimSpace(address)}
		if err := ValidateIdentity(trimmed, today); err != nil {
			t.Fatalf("%+v is valid but not trimmed: %v", id, err)
		}
	})
}
