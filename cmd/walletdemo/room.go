//go:build !wasm

package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"sort"
	"strings"

	"github.com/skip2/go-qrcode"

	"walletdemo/app/runner"
)

// room is where the phones in a workshop join: the addresses of this
// machine that another device on the same network can open, best first,
// or the one address the operator named with -public-url.
type room struct {
	// Local is what a browser on this machine opens.
	Local string
	// Join are the addresses for phones, best first; none when the server
	// listens on loopback only.
	Join []string
}

// newRoom works out the room's addresses for a server listening on addr
// with scheme ("http" or "https"); public, when set, replaces them.
func newRoom(scheme string, addr net.Addr, public string) room {
	r := room{Local: scheme + "://" + displayAddr(addr)}
	if public != "" {
		r.Join = []string{strings.TrimSuffix(public, "/")}
		return r
	}
	host, port, err := net.SplitHostPort(addr.String())
	if err != nil {
		return r
	}
	var ips []net.IP
	if ip := net.ParseIP(host); ip != nil && !ip.IsUnspecified() {
		ips = []net.IP{ip} // a listener on one address is reachable there only
	} else {
		ips = interfaceIPs()
	}
	for _, ip := range rankIPs(ips) {
		r.Join = append(r.Join, scheme+"://"+net.JoinHostPort(ip.String(), port))
	}
	return r
}

// interfaceIPs are the addresses of the network interfaces that are up.
func interfaceIPs() []net.IP {
	ifaces, err := net.Interfaces()
	if err != nil {
		return nil
	}
	var ips []net.IP
	for _, ifc := range ifaces {
		if ifc.Flags&net.FlagUp == 0 || ifc.Flags&net.FlagLoopback != 0 {
			continue
		}
		addrs, err := ifc.Addrs()
		if err != nil {
			continue
		}
		for _, a := range addrs {
			if n, ok := a.(*net.IPNet); ok {
				ips = append(ips, n.IP)
			}
		}
	}
	return ips
}

// rankIPs keeps the addresses a phone can open and puts the likeliest
// first: a private IPv4 address (the venue's Wi-Fi), then other IPv4, then
// IPv6. Loopback and IPv6 link-local addresses (which need a zone no phone
// knows) go; IPv4 link-local comes last.
func rankIPs(ips []net.IP) []net.IP {
	rank := func(ip net.IP) int {
		switch {
		case ip.To4() != nil && ip.IsPrivate():
			return 0
		case ip.To4() != nil && !ip.IsLinkLocalUnicast():
			return 1
		case ip.To4() == nil:
			return 2
		default:
			return 3
		}
	}
	var kept []net.IP
	for _, ip := range ips {
		if ip.IsLoopback() || ip.IsUnspecified() || ip.IsMulticast() || ip.To4() == nil && ip.IsLinkLocalUnicast() {
			continue
		}
		kept = append(kept, ip)
	}
	sort.SliceStable(kept, func(a, b int) bool { return rank(kept[a]) < rank(kept[b]) })
	return kept
}

// announce tells the operator where the demo is and where phones join,
// with a QR code of the best address unless qr is false.
func (r room) announce(w io.Writer, qr bool) {
	fmt.Fprintf(w, "Wallet Demo on %s\n", r.Local)
	if len(r.Join) == 0 {
		fmt.Fprintln(w, "Phones cannot reach this address: to run a workshop, listen on the network (-addr :8000).")
		return
	}
	fmt.Fprintln(w, "Phones on the same network join at:")
	for _, u := range r.Join {
		fmt.Fprintln(w, "  "+u)
	}
	if !qr {
		return
	}
	code, err := qrcode.New(r.Join[0]+"/", qrcode.Medium)
	if err != nil {
		fmt.Fprintf(w, "no QR code: %v\n", err)
		return
	}
	// Light modules are drawn, dark ones left blank: the terminal's own
	// dark background makes the code's dark modules.
	fmt.Fprintf(w, "Scan to join %s/\n%s", r.Join[0], code.ToSmallString(false))
}

// handler answers /present on this machine with the room's addresses. They
// are internal addresses, nobody else's business: any request not from
// this machine, or relayed by a proxy, gets 404 as from a static host.
func (r room) handler() http.Handler {
	body, _ := json.Marshal(runner.RoomAddresses{Join: r.Join})
	return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		if !fromThisMachine(req) {
			http.NotFound(w, req)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Cache-Control", "no-store")
		w.Write(body)
	})
}

// fromThisMachine tells whether req comes from a browser on this machine:
// from a loopback address, to a loopback name, not through a proxy.
func fromThisMachine(req *http.Request) bool {
	host, _, err := net.SplitHostPort(req.RemoteAddr)
	if err != nil {
		return false
	}
	if ip := net.ParseIP(host); ip == nil || !ip.IsLoopback() {
		return false
	}
	if req.Header.Get("X-Forwarded-For") != "" || req.Header.Get("Forwarded") != "" {
		return false
	}
	return runner.IsLoopbackHost((&url.URL{Host: req.Host}).Hostname())
}
