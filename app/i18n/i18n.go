package i18n

import (
	"fmt"
	"slices"
	"strings"
)

// Lang is a language the demo speaks, as a BCP 47 tag.
type Lang string

// The languages of the catalogue, in catalogue column order.
const (
	English     Lang = "en"
	Simplified  Lang = "zh-Hans"
	Traditional Lang = "zh-Hant-HK"
)

// Default is the language used when nothing else decides.
const Default = English

// Langs lists the languages in the order a picker shows them.
func Langs() []Lang { return []Lang{English, Simplified, Traditional} }

// column returns the catalogue column of l; unknown languages read English.
func (l Lang) column() int {
	switch l {
	case Simplified:
		return 1
	case Traditional:
		return 2
	default:
		return 0
	}
}

// Name returns the language's own name for itself, for pickers.
func (l Lang) Name() string {
	return [...]string{"English", "简体中文", "繁體中文（香港）"}[l.column()]
}

// Parse maps a browser or URL language tag to a catalogue language:
// "zh", "zh-CN", "zh-Hans-*" read Simplified; "zh-HK", "zh-TW", "zh-MO",
// "zh-Hant-*" read Traditional; "en-*" reads English. ok is false for any
// other tag.
func Parse(tag string) (l Lang, ok bool) {
	t := strings.ToLower(strings.TrimSpace(tag))
	if len(t) > 35 { // longer than any well-formed tag we accept
		return Default, false
	}
	switch {
	case t == "en" || strings.HasPrefix(t, "en-"):
		return English, true
	case strings.HasPrefix(t, "zh-hant"), t == "zh-hk", t == "zh-tw", t == "zh-mo":
		return Traditional, true
	case t == "zh" || strings.HasPrefix(t, "zh-"):
		return Simplified, true
	}
	return Default, false
}

// FromBrowser picks the first of the browser's preferred tags the demo
// speaks, or Default.
func FromBrowser(tags []string) Lang {
	for _, t := range tags {
		if l, ok := Parse(t); ok {
			return l
		}
	}
	return Default
}

// T returns the text of key in l. A key missing from the catalogue returns
// the key itself, so a slip shows on screen (and the catalogue test fails).
func T(l Lang, key string) string {
	row, ok := catalogue[key]
	if !ok {
		return key
	}
	if s := row[l.column()]; s != "" {
		return s
	}
	return row[0]
}

// Tf formats the text of key in l with args, as fmt.Sprintf does.
func Tf(l Lang, key string, args ...any) string {
	return fmt.Sprintf(T(l, key), args...)
}

// Has reports whether key is in the catalogue.
func Has(key string) bool {
	_, ok := catalogue[key]
	return ok
}

// Keys returns every key of the catalogue, sorted, for tests that check
// what the app shows against it.
func Keys() []string {
	keys := make([]string, 0, len(catalogue))
	for k := range catalogue {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
