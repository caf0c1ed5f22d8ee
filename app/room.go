package app

import (
	"net/url"

	"walletdemo/app/runner"
)

// addressWarning is the catalogue key of what phones would miss at addr,
// the address a code carries: everything when it names this machine only,
// a secure context when it is plain HTTP; "" when nothing.
func addressWarning(addr string) string {
	u, err := url.Parse(addr)
	switch {
	case err != nil || runner.IsLoopbackHost(u.Hostname()):
		return "present.at.loopback"
	case u.Scheme == "http":
		return "present.at.plain"
	}
	return ""
}
