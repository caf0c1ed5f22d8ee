package runner

import "testing"

func TestInstallWay(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name, ua string
		touch    int
		want     string
	}{
		{"iPhone Safari", "Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1", 5, "install.apple"},
		{"iPhone Chrome", "Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/138.0 Mobile/15E148 Safari/604.1", 5, "install.apple"},
		{"iPad, which says Mac", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Safari/605.1.15", 5, "install.apple"},
		{"Mac Safari", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Safari/605.1.15", 0, "install.mac"},
		{"Mac Chrome prompts", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Safari/537.36", 0, ""},
		{"Mac Firefox cannot install", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:140.0) Gecko/20100101 Firefox/140.0", 0, ""},
		{"Android Firefox", "Mozilla/5.0 (Android 15; Mobile; rv:140.0) Gecko/140.0 Firefox/140.0", 5, "install.firefox"},
		{"Android Chrome prompts", "Mozilla/5.0 (Linux; Android 15; Pixel 9) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Mobile Safari/537.36", 5, ""},
		{"Linux Firefox cannot install", "Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0", 0, ""},
		{"WebKitGTK", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/60.5 Safari/605.1.15", 0, ""},
	} {
		if got := installWay(c.ua, c.touch); got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
}

func TestHasWordIsWholeWords(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		ua, word string
		want     bool
	}{
		{"Safari", "Safari", true},
		{"Version/17.0 Safari/605.1.15", "Safari", true},
		{"MobileSafari/604.1", "Safari", false},
		{"SafariX and then Safari/1", "Safari", true},
		{"Edge/18", "Edg", false},
		{"Chrome/120 Edg/120", "Edg", true},
		{"Chrome_x", "Chrome", false},
		{"", "Safari", false},
	} {
		if got := hasWord(c.ua, c.word); got != c.want {
			t.Errorf("hasWord(%q, %q) = %v, want %v", c.ua, c.word, got, c.want)
		}
	}
}
