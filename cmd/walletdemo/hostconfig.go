//go:build !wasm

package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"walletdemo/internal/webserve"
)

// hostFiles are the server configurations the static export writes beside
// the site; the configurations themselves refuse to serve them.
var hostFiles = []string{"walletdemo.nginx.conf", "Caddyfile", "_headers"}

// writeHostConfigs writes ready-made configurations for nginx, Caddy and
// hosts that read a _headers file, for the site exported into dir (absolute)
// under prefix, with the same headers the Go server sends.
func writeHostConfigs(dir, prefix, frameAncestors string) error {
	headers := webserve.SecurityHeaders(frameAncestors)
	names := make([]string, 0, len(headers))
	for k := range headers {
		names = append(names, k)
	}
	sort.Strings(names)
	files := map[string]string{
		"walletdemo.nginx.conf": nginxConf(dir, prefix, names, headers),
		"Caddyfile":             caddyfile(dir, prefix, names, headers),
		"_headers":              headersFile(prefix, names, headers),
	}
	for _, name := range hostFiles {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(files[name]), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// nginxConf is a location block to include in a server block. It needs
// Debian's libnginx-mod-http-brotli-static for brotli_static.
func nginxConf(dir, prefix string, names []string, h map[string]string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# Wallet Demo for nginx: include this file inside a server { } block.\n")
	fmt.Fprintf(&b, "# brotli_static needs the module libnginx-mod-http-brotli-static.\n")
	fmt.Fprintf(&b, "# The site's files are in %s; move them and change alias below.\n", dir)
	if prefix != "" {
		fmt.Fprintf(&b, "location = %s { return 301 %s/; }\n", prefix, prefix)
	}
	fmt.Fprintf(&b, "location ^~ %s/ {\n", prefix)
	fmt.Fprintf(&b, "    alias %s/;\n", dir)
	b.WriteString("    brotli_static on;\n    gzip_static on;\n    gzip_vary on;\n")
	b.WriteString("    # Pages keep their names across versions: revalidate, never cache blind.\n")
	b.WriteString("    add_header Cache-Control \"no-cache\" always;\n")
	for _, k := range names {
		fmt.Fprintf(&b, "    add_header %s %q always;\n", k, h[k])
	}
	fmt.Fprintf(&b, "    location ~ ^%s/(%s)$ { return 404; }\n", prefix, strings.ReplaceAll(strings.Join(hostFiles, "|"), ".", `\.`))
	b.WriteString("    try_files $uri $uri.html $uri/index.html =404;\n")
	b.WriteString("}\n")
	return b.String()
}

// caddyfile is a whole Caddyfile; the site address comes from
// $WALLETDEMO_ADDRESS (default :8080).
func caddyfile(dir, prefix string, names []string, h map[string]string) string {
	var b strings.Builder
	b.WriteString("# Wallet Demo for Caddy: caddy run --config Caddyfile\n")
	b.WriteString("# The address comes from $WALLETDEMO_ADDRESS (default :8080).\n")
	b.WriteString("{$WALLETDEMO_ADDRESS::8080} {\n")
	if prefix != "" {
		fmt.Fprintf(&b, "\tredir %s %s/ 301\n", prefix, prefix)
	}
	fmt.Fprintf(&b, "\thandle_path %s/* {\n", prefix)
	fmt.Fprintf(&b, "\t\troot * %s\n", dir)
	b.WriteString("\t\theader {\n\t\t\tCache-Control \"no-cache\"\n")
	for _, k := range names {
		fmt.Fprintf(&b, "\t\t\t%s %q\n", k, h[k])
	}
	b.WriteString("\t\t}\n")
	fmt.Fprintf(&b, "\t\t@config path %s\n", "/"+strings.Join(hostFiles, " /"))
	b.WriteString("\t\trespond @config 404\n")
	b.WriteString("\t\ttry_files {path} {path}.html {path}/index.html\n")
	b.WriteString("\t\tfile_server {\n\t\t\tprecompressed br gzip\n\t\t}\n")
	b.WriteString("\t}\n}\n")
	return b.String()
}

// headersFile is the _headers file of hosts such as Netlify or Cloudflare
// Pages.
func headersFile(prefix string, names []string, h map[string]string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s/*\n", prefix)
	b.WriteString("  Cache-Control: no-cache\n")
	for _, k := range names {
		fmt.Fprintf(&b, "  %s: %s\n", k, h[k])
	}
	fmt.Fprintf(&b, "%s/web/app.wasm\n  Content-Type: application/wasm\n", prefix)
	return b.String()
}
