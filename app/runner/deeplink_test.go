package runner

import (
	"net/url"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"walletdemo/app/i18n"
	"walletdemo/app/store"
	"walletdemo/app/tour"
	"walletdemo/wallet"
)

func TestDeepLinkReadsKnownValuesOnly(t *testing.T) {
	t.Parallel()
	q, _ := url.ParseQuery("region=gb&rules=2024&name=Sam&utm_source=mail")
	if r := readLink(q); r.Region != "GB" || r.Rules != wallet.Rules2024 || r.Name != "Sam" {
		t.Errorf("read %+v", r)
	}
	q, _ = url.ParseQuery("region=XX&rules=1999&name=" + strings.Repeat("n", 60))
	if r := readLink(q); r.Region != "" || r.Rules != "" || r.Name != "" {
		t.Errorf("unknown values were taken: %+v", r)
	}
}

// TestReadLinkCountsStepsFromOne: step=N and tourstep=N count as the tip
// does; step=0, from links that counted from 0, is the first step.
func TestReadLinkCountsStepsFromOne(t *testing.T) {
	t.Parallel()
	for raw, want := range map[string]int{"step=1": 0, "step=2": 1, "tourstep=7": 6, "step=0": 0, "step=100": 99} {
		q, _ := url.ParseQuery("tour=setup&" + raw)
		if got := readLink(q).Step; got != want {
			t.Errorf("%s reads as the step at index %d, want %d", raw, got, want)
		}
	}
}

// FuzzReadLink feeds readLink any query: it never panics, and what it
// returns is only values the demo knows, each within the length cap.
func FuzzReadLink(f *testing.F) {
	f.Add("region=GB&rules=2024&name=Sam&lang=zh-HK")
	f.Add("tour=setup&step=2")
	f.Add("tourstep=99&step=holder")
	f.Add("region=%00&name=%3Cscript%3E&lang=xx")
	f.Add("step=-1&step=1e9&tour=../../etc")
	f.Add("tour=setup&autoplay=1&loop=1&idle=30")
	f.Add("autoplay=yes&loop=2&idle=4&idle=99999")
	f.Fuzz(func(t *testing.T, raw string) {
		q, err := url.ParseQuery(raw)
		if err != nil {
			return
		}
		r := readLink(q)
		if r.Region != "" {
			if _, ok := wallet.LookupRegion(r.Region); !ok {
				t.Fatalf("region %q passed", r.Region)
			}
		}
		if r.Rules != "" {
			if _, err := wallet.LookupRuleset(r.Rules); err != nil {
				t.Fatalf("rules %q passed", r.Rules)
			}
		}
		if r.Lang != "" {
			if _, ok := i18n.Parse(string(r.Lang)); !ok {
				t.Fatalf("lang %q passed", r.Lang)
			}
		}
		if r.Tour != "" {
			if _, ok := tour.Lookup(r.Tour); !ok {
				t.Fatalf("tour %q passed", r.Tour)
			}
		}
		if r.Step < 0 || r.Step >= 100 {
			t.Fatalf("step %d passed", r.Step)
		}
		if !store.ValidIdle(r.Idle) {
			t.Fatalf("idle %d passed", r.Idle)
		}
		if len(r.Name) > maxParam || !utf8.ValidString(r.Name) {
			t.Fatalf("name %q passed", r.Name)
		}
	})
}

func TestReadLinkAutoplay(t *testing.T) {
	t.Parallel()
	for raw, want := range map[string]linkRequest{
		"tour=setup&autoplay=1":                 {Tour: "setup", Autoplay: true},
		"tour=setup&autoplay=1&loop=1&idle=30":  {Tour: "setup", Autoplay: true, Loop: true, Idle: 30},
		"tour=setup&autoplay=yes&loop=0&idle=4": {Tour: "setup"},
		"autoplay=1&idle=3601":                  {Autoplay: true},
	} {
		q, _ := url.ParseQuery(raw)
		if got := readLink(q); got != want {
			t.Errorf("readLink(%s) = %+v, want %+v", raw, got, want)
		}
	}
	if k := kioskOf("setup", true, 0); k == nil || k.Tour != "setup" || k.IdleTime() != store.DefaultIdle*time.Second {
		t.Errorf("a loop is a kiosk with the default idle time: %+v", k)
	}
	if kioskOf("setup", false, 30) != nil {
		t.Error("without loop there is no kiosk")
	}
}

// TestUnmetDropsWhatIsSo: a link naming the tour step under way, the
// language and persona already chosen asks for nothing.
func TestUnmetDropsWhatIsSo(t *testing.T) {
	t.Parallel()
	s := store.New(&store.MemoryStorage{})
	s.Start(wallet.Persona{Name: "Li", Region: "CN"}, wallet.Rules2020)
	s.Update(func(d *store.Document) error {
		d.Lang = i18n.Simplified
		d.Tour = &store.TourState{ID: "setup", Step: 1}
		return nil
	})
	same := linkRequest{Region: "CN", Name: "Li", Rules: wallet.Rules2020, Lang: i18n.Simplified, Tour: "setup", Step: 1, Loop: true}
	if got := unmet(s, same); got != (linkRequest{}) {
		t.Errorf("unmet(%+v) = %+v, want nothing", same, got)
	}
	other := linkRequest{Region: "GB", Tour: "setup", Step: 2}
	if got := unmet(s, other); got != other {
		t.Errorf("unmet(%+v) = %+v", other, got)
	}
	play := linkRequest{Tour: "setup", Step: 1, Autoplay: true}
	if got := unmet(s, play); got != play {
		t.Errorf("autoplay of the tour under way is dropped: %+v", got)
	}
}
