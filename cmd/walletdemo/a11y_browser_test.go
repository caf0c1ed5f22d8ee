//go:build !wasm

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"

	"walletdemo/internal/browser"
)

// axeLib is axe-core as scripts/ensure-test-tools installs it (npm ci in
// tools/axe).
const axeLib = "../../tools/axe/node_modules/axe-core/axe.min.js"

// axeViolation is what the test reports of one axe finding.
type axeViolation struct {
	ID, Impact, Help string
	Nodes            []string
}

// axeCheck runs axe-core on the page as it is and fails the test on each
// serious or critical violation, naming the screen, the rule and the
// elements.
func axeCheck(t *testing.T, p *browser.Page, lib, screen string) {
	t.Helper()
	var found []axeViolation
	p.Eval(`(async () => {
  if (!window.axe) { (0, eval)(`+browserJSON(lib)+`); }
  const r = await axe.run(document, {resultTypes: ["violations"]});
  return r.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => ({
    ID: v.id, Impact: v.impact, Help: v.help,
    Nodes: v.nodes.slice(0, 5).map((n) => n.target.join(" ") + ": " + n.failureSummary.replace(/\s+/g, " ")),
  }));
})()`, &found)
	for _, v := range found {
		t.Errorf("%s: %s (%s): %s\n\t%s", screen, v.ID, v.Impact, v.Help, strings.Join(v.Nodes, "\n\t"))
	}
}

// readAxe returns axe-core's script, or fails the test with how to get it.
func readAxe(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(filepath.FromSlash(axeLib))
	if err != nil {
		t.Fatalf("axe-core is not installed (run scripts/ensure-test-tools, or npm ci --prefix tools/axe): %v", err)
	}
	return string(b)
}

// TestAccessibility runs axe-core on every main screen of the screens list,
// in the light and the dark theme, and on a guided tour's tip: no serious or
// critical violation.
func TestAccessibility(t *testing.T) {
	lib := readAxe(t)
	ts := startDemo(t)
	p := browser.NewPage(t)
	p.Open(ts.URL + "/")
	for _, scheme := range []string{"light", "dark"} {
		p.Run(emulation.SetEmulatedMedia().WithFeatures([]*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}}))
		for _, s := range screens {
			openShot(t, p, ts.URL, s)
			axeCheck(t, p, lib, s.Name+" ("+scheme+")")
		}
	}

	startTourFromList(p, ts.URL, "Set up your wallet")
	p.WaitText("Open Me, at the bottom right.")
	axeCheck(t, p, lib, "tour tip")
}
