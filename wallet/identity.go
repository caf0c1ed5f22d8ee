package wallet

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// IDType is the kind of identity document a person authenticates with.
type IDType string

// The identity documents the demo checks.
const (
	IDPassport    IDType = "passport"
	IDMainland    IDType = "cn_resident" // Mainland China resident identity card
	IDHongKong    IDType = "hkid"        // Hong Kong identity card
	IDMyKad       IDType = "mykad"       // Malaysian identity card
	IDSouthAfrica IDType = "za_id"       // South African identity number
)

// Codes of the errors ValidateIdentity and the ID number checkers return.
// Each error names the field at fault.
const (
	EIDTYPE        = "id_type"        // a document the demo does not know
	EIDMISSING     = "id_missing"     // a required field is empty
	EIDTOOLONG     = "id_too_long"    // a field is longer than maxIDInput
	EIDTEXT        = "id_text"        // control characters or broken text
	EIDNAME        = "id_name"        // characters no name has
	EIDNUMBER      = "id_number"      // the number has the wrong shape
	EIDCHECKSUM    = "id_checksum"    // the number's check character is wrong: a typo
	EIDDATE        = "id_date"        // a date that does not exist or is not YYYY-MM-DD
	EIDBIRTH       = "id_birth"       // born in the future, or not on the date in the number
	EIDUNDERAGE    = "id_underage"    // younger than 18
	EIDEXPIRED     = "id_expired"     // the document has expired
	EIDNATIONALITY = "id_nationality" // not a known country or region
)

// maxIDInput caps every identity field, in bytes, before any other check.
const maxIDInput = 200

// adultAge is the age a passport holder must have reached in the demo.
const adultAge = 18

// Identity is what a person enters for real-name authentication. Dates are
// "YYYY-MM-DD". A passport needs every field; the other documents need the
// name and number, and the rest is checked when given.
type Identity struct {
	Type        IDType     `json:"type"`
	Name        string     `json:"name"`
	Number      string     `json:"number"`
	Nationality RegionCode `json:"nationality,omitempty"`
	Expiry      string     `json:"expiry,omitempty"`
	Birth       string     `json:"birth,omitempty"`
	Occupation  string     `json:"occupation,omitempty"`
	Address     string     `json:"address,omitempty"`
}

// ValidateIdentity checks id as of the day of today (the demo clock), field
// by field in the order of the form, and returns the first fault as an
// *Error naming the field: "type", "name", "number", "nationality",
// "expiry", "birth", "occupation" or "address". A date of birth given next
// to a number that holds one must be the same; a passport holder must be
// 18 or older (the demo's rule). Refusals: EIDTYPE; EIDTOOLONG, EIDMISSING
// or EIDTEXT on any field; EIDNAME; EIDNUMBER or EIDCHECKSUM for the
// number; EIDNATIONALITY; EIDDATE for a date that does not exist, typed
// or in the number; EIDEXPIRED; EIDBIRTH or EIDUNDERAGE for the birth.
func ValidateIdentity(id Identity, today time.Time) error {
	on := calDateOf(today)
	passport := id.Type == IDPassport
	if _, ok := idNumbers[id.Type]; !ok {
		return FieldErrorf("type", EIDTYPE, "Choose the kind of identity document.")
	}
	if err := checkName(id.Name); err != nil {
		return err
	}
	inNumber, err := checkIDNumber(id.Type, id.Number, on)
	if err != nil {
		return err
	}
	if err := checkNationality(id.Nationality, passport); err != nil {
		return err
	}
	if err := checkExpiry(id.Expiry, on, passport); err != nil {
		return err
	}
	if err := checkBirth(id.Birth, inNumber, on, passport); err != nil {
		return err
	}
	if _, err := textField("occupation", id.Occupation, passport); err != nil {
		return err
	}
	_, err = textField("address", id.Address, passport)
	return err
}

// normalized returns id as the engine keeps it: every field trimmed, the
// number in capitals and in the document's printed form (A123456(3),
// 900101-14-5567). id must have passed ValidateIdentity.
func (id Identity) normalized() Identity {
	trim := strings.TrimSpace
	id.Name, id.Expiry, id.Birth = trim(id.Name), trim(id.Expiry), trim(id.Birth)
	id.Occupation, id.Address = trim(id.Occupation), trim(id.Address)
	id.Number = normalIDNumber(id.Type, id.Number)
	return id
}

// normalIDNumber writes a number of a document of type t the way the
// document prints it.
func normalIDNumber(t IDType, s string) string {
	s = strings.ToUpper(strings.TrimSpace(s))
	switch n := len(s); {
	case t == IDHongKong && n > 1 && s[n-1] != ')':
		return s[:n-1] + "(" + s[n-1:] + ")"
	case t == IDMyKad && n == 12:
		return s[:6] + "-" + s[6:8] + "-" + s[8:]
	}
	return s
}

// CheckMainlandID checks a Mainland China resident ID number (GB 11643-1999):
// a 6-digit area code, the 8-digit date of birth, a 3-digit sequence and a
// check character (a digit or X, either case) computed from the first 17
// digits. The date of birth must exist and not be after today. Refusals,
// on the field "number": EIDTOOLONG, EIDMISSING or EIDTEXT for the text,
// EIDNUMBER, EIDCHECKSUM, EIDDATE, or EIDBIRTH for a birth in the future.
func CheckMainlandID(s string, today time.Time) error {
	_, err := checkIDNumber(IDMainland, s, calDateOf(today))
	return err
}

// CheckHKID checks a Hong Kong identity card number, "A123456(3)": one or two
// letters, six digits and a check digit or A, in brackets or not, either
// case. Refusals, on the field "number": EIDTOOLONG, EIDMISSING or EIDTEXT
// for the text, EIDNUMBER or EIDCHECKSUM.
func CheckHKID(s string) error {
	_, err := checkIDNumber(IDHongKong, s, calDate{})
	return err
}

// CheckMyKad checks a Malaysian MyKad number, YYMMDD-PB-###G with or without
// the dashes: the date of birth must exist (in the latest century that does
// not put it after today) and PB must be a place-of-birth code. MyKad has no
// check digit. Refusals, on the field "number": EIDTOOLONG, EIDMISSING or
// EIDTEXT for the text, EIDNUMBER, or EIDDATE for a birth that does not
// exist.
func CheckMyKad(s string, today time.Time) error {
	_, err := checkIDNumber(IDMyKad, s, calDateOf(today))
	return err
}

// CheckSouthAfricanID checks a South African identity number, 13 digits
// YYMMDD SSSS C A Z: the date of birth must exist (in the latest century
// that does not put it after today), C is 0 for a citizen or 1 for a
// permanent resident, and Z is a Luhn check digit. Refusals, on the field
// "number": EIDTOOLONG, EIDMISSING or EIDTEXT for the text, EIDNUMBER,
// EIDCHECKSUM, or EIDDATE for a birth that does not exist.
func CheckSouthAfricanID(s string, today time.Time) error {
	_, err := checkIDNumber(IDSouthAfrica, s, calDateOf(today))
	return err
}

// idNumbers checks the number of each document and returns the date of
// birth it holds, or the zero calDate if it holds none. It is given the
// number trimmed and in capitals.
var idNumbers = map[IDType]func(s string, today calDate) (calDate, error){
	IDPassport:    passportNumber,
	IDMainland:    mainlandID,
	IDHongKong:    hongKongID,
	IDMyKad:       myKadNumber,
	IDSouthAfrica: southAfricanID,
}

// checkIDNumber checks the "number" field for a document of type t.
func checkIDNumber(t IDType, s string, today calDate) (calDate, error) {
	s, err := textField("number", s, true)
	if err != nil {
		return calDate{}, err
	}
	return idNumbers[t](strings.ToUpper(s), today)
}

// passportNumber checks a passport number: 5 to 20 letters and digits.
func passportNumber(s string, _ calDate) (calDate, error) {
	if len(s) < 5 || len(s) > 20 || strings.Trim(s, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ") != "" {
		return calDate{}, FieldErrorf("number", EIDNUMBER, "A passport number has 5 to 20 letters and digits, with no spaces.")
	}
	return calDate{}, nil
}

// mainlandWeights are the GB 11643-1999 weights of the first 17 digits, and
// mainlandCheck the check character for each weighted sum mod 11.
var (
	mainlandWeights = [17]int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	mainlandCheck   = "10X98765432"
)

// mainlandProvinces are the first two digits of the area codes (GB/T 2260)
// in use: 71 and 83 stand for Taiwan, 81 for Hong Kong, 82 for Macao.
var mainlandProvinces = setOf("11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 71 81 82 83")

// mainlandID checks a Mainland resident ID number; see CheckMainlandID.
func mainlandID(s string, today calDate) (calDate, error) {
	if len(s) != 18 || !allDigits(s[:17]) || !isDigit(s[17]) && s[17] != 'X' {
		return calDate{}, FieldErrorf("number", EIDNUMBER, "A resident ID number has 18 characters: 17 digits, then a digit or X.")
	}
	sum := 0
	for i, w := range mainlandWeights {
		sum += int(s[i]-'0') * w
	}
	if mainlandCheck[sum%11] != s[17] {
		return calDate{}, FieldErrorf("number", EIDCHECKSUM, "This ID number has a typo: check each character against the card.")
	}
	if !mainlandProvinces[s[:2]] {
		return calDate{}, FieldErrorf("number", EIDNUMBER, "This ID number starts with an area code that does not exist.")
	}
	birth := calDate{atoi(s[6:10]), atoi(s[10:12]), atoi(s[12:14])}
	return birth, checkBirthInNumber(birth, today)
}

// hongKongID checks a Hong Kong identity card number; see CheckHKID. Letters
// count A=10 to Z=35 and a missing first letter 36; the weights are 9 to 2,
// and the check digit makes the weighted sum a multiple of 11 (10 is "A").
func hongKongID(s string, _ calDate) (calDate, error) {
	body, check := s, byte(0)
	if n := len(s); n > 3 && s[n-3] == '(' && s[n-1] == ')' {
		body, check = s[:n-3], s[n-2]
	} else if n > 0 {
		body, check = s[:n-1], s[n-1]
	}
	letters := len(body) - 6
	if letters < 1 || letters > 2 || !isUpper(body[0]) || !isUpper(body[letters-1]) || !allDigits(body[letters:]) || !isDigit(check) && check != 'A' {
		return calDate{}, FieldErrorf("number", EIDNUMBER, "A Hong Kong ID number looks like A123456(3): one or two letters, six digits and a check digit in brackets.")
	}
	sum := 0
	if letters == 1 {
		sum = 36 * 9
	}
	for i := range len(body) {
		v := int(body[i] - '0')
		if isUpper(body[i]) {
			v = int(body[i]-'A') + 10
		}
		sum += v * (len(body) + 1 - i) // weights 9..2 over the body padded to 8
	}
	if "0123456789A"[(11-sum%11)%11] != check {
		return calDate{}, FieldErrorf("number", EIDCHECKSUM, "This ID number has a typo: check each character against the card.")
	}
	return calDate{}, nil
}

// myKadPlaces are the place-of-birth codes of a MyKad number: Malaysian
// states 01–16 and 21–59, births abroad 60–68, 71–72, 74–79 and 83–93,
// unknown state 82, and 98–99.
var myKadPlaces = [][2]int{{1, 16}, {21, 59}, {60, 68}, {71, 72}, {74, 79}, {82, 93}, {98, 99}}

// myKadNumber checks a MyKad number; see CheckMyKad.
func myKadNumber(s string, today calDate) (calDate, error) {
	if len(s) == 14 && s[6] == '-' && s[9] == '-' {
		s = s[:6] + s[7:9] + s[10:]
	}
	if len(s) != 12 || !allDigits(s) {
		return calDate{}, FieldErrorf("number", EIDNUMBER, "A MyKad number has 12 digits: YYMMDD-PB-###G.")
	}
	pb := atoi(s[6:8])
	if !slices.ContainsFunc(myKadPlaces, func(r [2]int) bool { return r[0] <= pb && pb <= r[1] }) {
		return calDate{}, FieldErrorf("number", EIDNUMBER, "Digits 7 and 8 of a MyKad number are a place-of-birth code; %s is not one.", s[6:8])
	}
	return twoDigitYearBirth(s[:6], today)
}

// southAfricanID checks a South African identity number; see
// CheckSouthAfricanID.
func southAfricanID(s string, today calDate) (calDate, error) {
	if len(s) != 13 || !allDigits(s) {
		return calDate{}, FieldErrorf("number", EIDNUMBER, "A South African ID number has 13 digits.")
	}
	if !Luhn(s) {
		return calDate{}, FieldErrorf("number", EIDCHECKSUM, "This ID number has a typo: check each digit against the document.")
	}
	if s[10] != '0' && s[10] != '1' {
		return calDate{}, FieldErrorf("number", EIDNUMBER, "Digit 11 of a South African ID number is 0 for a citizen or 1 for a permanent resident.")
	}
	return twoDigitYearBirth(s[:6], today)
}

// twoDigitYearBirth reads a YYMMDD date of birth in the latest century that
// does not put it after today.
func twoDigitYearBirth(s string, today calDate) (calDate, error) {
	birth := calDate{today.y/100*100 + atoi(s[:2]), atoi(s[2:4]), atoi(s[4:6])}
	if today.before(birth) {
		birth.y -= 100
	}
	return birth, checkBirthInNumber(birth, today)
}

// checkBirthInNumber checks the date of birth an ID number holds.
func checkBirthInNumber(birth, today calDate) error {
	if !birth.valid() || birth.y < 1800 {
		return FieldErrorf("number", EIDDATE, "The date of birth in this ID number does not exist: check the digits.")
	}
	if today.before(birth) {
		return FieldErrorf("number", EIDBIRTH, "The date of birth in this ID number is in the future: check the digits.")
	}
	return nil
}

// checkName checks a name as written in the document: letters (any script)
// with spaces, hyphens, apostrophes, dots and commas between them.
func checkName(s string) error {
	s, err := textField("name", s, true)
	if err != nil {
		return err
	}
	if !strings.ContainsFunc(s, unicode.IsLetter) || strings.ContainsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsMark(r) && !strings.ContainsRune(" -'’.,·・", r)
	}) {
		return FieldErrorf("name", EIDNAME, "Enter the name as it is written in the document: letters, spaces, hyphens and apostrophes only.")
	}
	return nil
}

// checkNationality checks a nationality, required on a passport.
func checkNationality(c RegionCode, required bool) error {
	if c == NoRegion && !required {
		return nil
	}
	if c == NoRegion {
		return FieldErrorf("nationality", EIDMISSING, "Choose the nationality shown in the passport.")
	}
	if _, ok := LookupRegion(c); !ok {
		return FieldErrorf("nationality", EIDNATIONALITY, "Choose the nationality from the list.")
	}
	return nil
}

// checkExpiry checks an expiry date, required on a passport: the document
// must still be valid tomorrow.
func checkExpiry(s string, today calDate, required bool) error {
	expiry, ok, err := dateField("expiry", s, required)
	if !ok || err != nil {
		return err
	}
	if !today.before(expiry) {
		return FieldErrorf("expiry", EIDEXPIRED, "This document has expired. Use one that is still valid.")
	}
	return nil
}

// checkBirth checks a date of birth, required on a passport, against today
// and the date the ID number holds (inNumber, zero if none).
func checkBirth(s string, inNumber, today calDate, passport bool) error {
	birth, ok, err := dateField("birth", s, passport)
	if !ok || err != nil {
		return err
	}
	switch {
	case today.before(birth):
		return FieldErrorf("birth", EIDBIRTH, "The date of birth is in the future.")
	case inNumber != calDate{} && birth != inNumber:
		return FieldErrorf("birth", EIDBIRTH, "The date of birth differs from the one in the ID number.")
	case passport && today.before(calDate{birth.y + adultAge, birth.m, birth.d}):
		return FieldErrorf("birth", EIDUNDERAGE, "You must be %d or older to use the demo with a passport.", adultAge)
	}
	return nil
}

// dateField reads a YYYY-MM-DD field. It reports ok false, with no error,
// for an empty field that is not required.
func dateField(field, s string, required bool) (date calDate, ok bool, err error) {
	s, err = textField(field, s, required)
	if s == "" || err != nil {
		return calDate{}, false, err
	}
	if len(s) != 10 || s[4] != '-' || s[7] != '-' || !allDigits(s[:4]+s[5:7]+s[8:]) {
		return calDate{}, false, FieldErrorf(field, EIDDATE, "Enter the date as year-month-day, like 1990-03-07.")
	}
	date = calDate{atoi(s[:4]), atoi(s[5:7]), atoi(s[8:])}
	if !date.valid() {
		return calDate{}, false, FieldErrorf(field, EIDDATE, "The date %s does not exist.", s)
	}
	return date, true, nil
}

// textField checks a field of free text, after trimming spaces around it:
// not too long, present if required, and free of control characters. It
// returns the trimmed text.
func textField(field, s string, required bool) (string, error) {
	if len(s) > maxIDInput {
		return "", FieldErrorf(field, EIDTOOLONG, "This is too long: at most %d characters.", maxIDInput)
	}
	s = strings.TrimSpace(s)
	if s == "" && required {
		return "", FieldErrorf(field, EIDMISSING, "Fill in this field.")
	}
	if !utf8.ValidString(s) || strings.ContainsFunc(s, unicode.IsControl) {
		return "", FieldErrorf(field, EIDTEXT, "This contains characters that cannot be typed. Type it again.")
	}
	return s, nil
}

// calDate is a day of the calendar with no time zone: documents carry
// days, not instants.
type calDate struct{ y, m, d int }

// calDateOf returns the day of t in t's own location.
func calDateOf(t time.Time) calDate {
	y, m, d := t.Date()
	return calDate{y, int(m), d}
}

// before reports whether a comes before b.
func (a calDate) before(b calDate) bool {
	if a.y != b.y {
		return a.y < b.y
	}
	if a.m != b.m {
		return a.m < b.m
	}
	return a.d < b.d
}

// valid reports whether the day exists, from year 1 on.
func (a calDate) valid() bool {
	if a.y < 1 || a.m < 1 || a.m > 12 || a.d < 1 {
		return false
	}
	days := [13]int{0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[a.m]
	if a.m == 2 && a.y%4 == 0 && (a.y%100 != 0 || a.y%400 == 0) {
		days = 29
	}
	return a.d <= days
}

// atoi reads a short string of ASCII digits the caller has checked.
func atoi(s string) int {
	n := 0
	for i := range len(s) {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// setOf makes a set of the space-separated words of s.
func setOf(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}
