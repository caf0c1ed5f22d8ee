package runner

import "testing"

func TestIsLoopbackHost(t *testing.T) {
	t.Parallel()
	for host, want := range map[string]bool{
		"localhost": true, "LOCALHOST.": true, "demo.localhost": true, "127.0.0.1": true, "127.1.2.3": true,
		"::1": true, "[::1]": true, "0.0.0.0": true,
		"192.168.1.20": false, "fd00::2": false, "demo.example": false, "localhost.example": false, "": false,
		"127.example.com": false, "127.0.0.1.nip.io": false, "127.0.0": false, "127.0.0.1000": false,
	} {
		if got := IsLoopbackHost(host); got != want {
			t.Errorf("IsLoopbackHost(%q) = %v, want %v", host, got, want)
		}
	}
}
