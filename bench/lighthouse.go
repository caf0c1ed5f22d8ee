package main

import (
	"encoding/json"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"walletdemo/internal/browser"
)

// lighthouseCLI is Lighthouse's command line in its pinned install
// (tools/lighthouse, npm ci from its lock file).
const lighthouseCLI = "tools/lighthouse/node_modules/lighthouse/cli/index.js"

// audit is one figure of a Lighthouse report: a category's score (0–100)
// or an audit's value (ms, or none for layout shift).
type audit struct {
	Name, Unit string
	category   string
	id         string
	// budget, when set, is what the demo's figure must keep to.
	budget *lighthouseBudget
}

// lighthouseBudget is a Lighthouse figure's bound: at least Min, or at
// most Max.
type lighthouseBudget struct{ Min, Max float64 }

func (b lighthouseBudget) String() string {
	if b.Max > 0 {
		return "≤ " + group(b.Max)
	}
	return "≥ " + group(b.Min)
}

func (b lighthouseBudget) verdict(x float64, unit string) string {
	switch {
	case b.Max > 0 && x > b.Max:
		return fmt.Sprintf("FAIL by %s %s", group(x-b.Max), unit)
	case b.Max == 0 && x < b.Min:
		return fmt.Sprintf("FAIL by %s", group(b.Min-x))
	}
	return "pass"
}

// audits are the figures the bench reports, in the table's order.
var audits = []audit{
	{Name: "performance", category: "performance", budget: &lighthouseBudget{Min: 90}},
	{Name: "accessibility", category: "accessibility", budget: &lighthouseBudget{Min: 100}},
	{Name: "best practices", category: "best-practices", budget: &lighthouseBudget{Min: 100}},
	{Name: "SEO", category: "seo", budget: &lighthouseBudget{Min: 100}},
	{Name: "first contentful paint", Unit: "ms", id: "first-contentful-paint"},
	{Name: "largest contentful paint", Unit: "ms", id: "largest-contentful-paint"},
	{Name: "speed index", Unit: "ms", id: "speed-index"},
	{Name: "total blocking time", Unit: "ms", id: "total-blocking-time", budget: &lighthouseBudget{Max: 600}},
	{Name: "time to interactive", Unit: "ms", id: "interactive"},
}

// lighthouseReport is the part of Lighthouse's JSON report the bench reads.
type lighthouseReport struct {
	Categories map[string]struct {
		Score *float64 `json:"score"`
	} `json:"categories"`
	Audits map[string]struct {
		NumericValue *float64 `json:"numericValue"`
	} `json:"audits"`
	RuntimeError *struct {
		Code, Message string
	} `json:"runtimeError"`
}

// figures are one report's figures by audit name; an audit the report
// lacks is missing from them.
func (r lighthouseReport) figures() map[string]float64 {
	out := map[string]float64{}
	for _, a := range audits {
		if a.category != "" {
			if c, ok := r.Categories[a.category]; ok && c.Score != nil {
				out[a.Name] = *c.Score * 100
			}
			continue
		}
		if v, ok := r.Audits[a.id]; ok && v.NumericValue != nil {
			out[a.Name] = *v.NumericValue
		}
	}
	return out
}

// lighthouse runs Lighthouse once on url with its mobile defaults (slow
// 4G, CPU x4, a new profile), against the Chromium the browser tests use,
// and returns its figures; the report is kept as out.
func lighthouse(root, url, out string) (map[string]float64, error) {
	chromium, err := browser.FindChromium()
	if err != nil {
		return nil, err
	}
	err = command(root, []string{"CHROME_PATH=" + chromium}, "node", filepath.Join(root, lighthouseCLI), url,
		"--output=json", "--output-path="+out, "--quiet",
		"--chrome-flags=--headless=new --no-sandbox --disable-dev-shm-usage")
	if err != nil {
		return nil, fmt.Errorf("lighthouse (make bench installs it into tools/lighthouse): %w", err)
	}
	raw, err := os.ReadFile(out)
	if err != nil {
		return nil, err
	}
	var r lighthouseReport
	if err := json.Unmarshal(raw, &r); err != nil {
		return nil, fmt.Errorf("%s: %w", out, err)
	}
	if r.RuntimeError != nil && r.RuntimeError.Code != "" && r.RuntimeError.Code != "NO_ERROR" {
		return nil, fmt.Errorf("lighthouse on %s: %s: %s", url, r.RuntimeError.Code, r.RuntimeError.Message)
	}
	return r.figures(), nil
}

// twice runs a Lighthouse run, and once more if it fails: now and then
// Lighthouse fails to record its own trace (NO_NAVSTART) and asks to be
// run again, which would otherwise end a bench of a quarter of an hour.
func twice[T any](run func() (T, error)) (T, error) {
	v, err := run()
	if err != nil {
		log.Printf("%v: running it again", err)
		v, err = run()
	}
	return v, err
}
