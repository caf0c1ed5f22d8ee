package app

import "testing"

func TestIsLoopbackHost(t *testing.T) {
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

func TestAddressWarning(t *testing.T) {
	for addr, want := range map[string]string{
		"http://localhost:8000":    "present.at.loopback",
		"http://127.0.0.1:8000":    "present.at.loopback",
		"https://[::1]:8443":       "present.at.loopback",
		"http://%zz":               "present.at.loopback",
		"http://192.168.1.20:8000": "present.at.plain",
		"https://demo.example":     "",
		"https://10.0.0.3:8443":    "",
	} {
		if got := addressWarning(addr); got != want {
			t.Errorf("addressWarning(%q) = %q, want %q", addr, got, want)
		}
	}
}
