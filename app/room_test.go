package app

import "testing"

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
