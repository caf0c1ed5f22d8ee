package app

import (
	"net/url"
	"testing"
	"time"
	"unicode/utf8"

	"walletdemo/app/i18n"
	"walletdemo/app/store"
	"walletdemo/app/tour"
	"walletdemo/wallet"
)

// TestReadLinkCountsStepsFromOne: step=N and tourstep=N count as the tip
// does; step=0, from links that counted from 0, is the first step.
func TestReadLinkCountsStepsFromOne(t *testing.T) {
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

func TestLocalPath(t *testing.T) {
	for s, want := range map[string]bool{
		"/shop?id=cafe":                      true,
		"/":                                  true,
		"":                                   false,
		"shop":                               false,
		"//evil.example/":                    false,
		`/\evil.example`:                     false,
		"https://evil.example":               false,
		"/a\nb":                              false,
		"/" + string(make([]byte, maxParam)): false,
	} {
		if got := localPath(s); got != want {
			t.Errorf("localPath(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestCappedQuery(t *testing.T) {
	long := string(make([]byte, maxParam+1))
	q := cappedQuery(url.Values{"id": {"cafe"}, "back": {long}})
	if q.Get("id") != "cafe" || q.Has("back") {
		t.Errorf("capped query %v", q)
	}
	if got := capRunes("你好世界", 2); got != "你好" {
		t.Errorf("capRunes cut to %q", got)
	}
}

func TestReadLinkAutoplay(t *testing.T) {
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
	old := currentStore()
	s := store.New(&store.MemoryStorage{})
	theStore = s
	t.Cleanup(func() { theStore = old })
	s.Start(wallet.Persona{Name: "Li", Region: "CN"}, wallet.Rules2020)
	s.Update(func(d *store.Document) error {
		d.Lang = i18n.Simplified
		d.Tour = &store.TourState{ID: "setup", Step: 1}
		return nil
	})
	same := linkRequest{Region: "CN", Name: "Li", Rules: wallet.Rules2020, Lang: i18n.Simplified, Tour: "setup", Step: 1, Loop: true}
	if got := unmet(same); got != (linkRequest{}) {
		t.Errorf("unmet(%+v) = %+v, want nothing", same, got)
	}
	other := linkRequest{Region: "GB", Tour: "setup", Step: 2}
	if got := unmet(other); got != other {
		t.Errorf("unmet(%+v) = %+v", other, got)
	}
	play := linkRequest{Tour: "setup", Step: 1, Autoplay: true}
	if got := unmet(play); got != play {
		t.Errorf("autoplay of the tour under way is dropped: %+v", got)
	}
}
