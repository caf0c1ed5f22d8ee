//go:build !wasm

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

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

// TestAccessibilityTourTip runs axe-core on a guided tour's tip: no
// serious or critical violation. TestScreens runs it on every screen.
func TestAccessibilityTourTip(t *testing.T) {
	lib := readAxe(t)
	ts := startDemo(t)
	p := browser.NewPage(t)
	startTourFromList(p, ts.URL, "Set up your wallet")
	p.WaitText("Open Me, at the bottom right.")
	axeCheck(t, p, lib, "tour tip")
}
