package runner

import (
	"net/url"
	"testing"
)

func TestLocalPath(t *testing.T) {
	t.Parallel()
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
		if got := LocalPath(s); got != want {
			t.Errorf("LocalPath(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestCappedQuery(t *testing.T) {
	t.Parallel()
	long := string(make([]byte, maxParam+1))
	q := cappedQuery(url.Values{"id": {"cafe"}, "back": {long}})
	if q.Get("id") != "cafe" || q.Has("back") {
		t.Errorf("capped query %v", q)
	}
	if got := CapRunes("你好世界", 2); got != "你好" {
		t.Errorf("CapRunes cut to %q", got)
	}
}
