// Command bench compares the demo with the floor, the smallest go-app app
// (bench/floor), built and served the same way, and with the stock floor,
// the same app built and served as go-app documents (bench/stockfloor):
// app.wasm sizes, first contentful paint and time until the app is live
// in several kinds of load at a quarter CPU speed, tap latency, and
// Lighthouse's mobile report on /. It prints markdown tables; with
// -readme it also writes them into README.md. `make bench` runs it.
package main

import (
	"errors"
	"flag"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"time"
)

// minRuns is the fewest runs the README's medians may come from.
const minRuns = 5

func main() {
	runs := flag.Int("runs", minRuns, "runs for each site, each a cold, a warm, an offline and a phone-like load; the table gives their medians")
	lighthouseRuns := flag.Int("lighthouse-runs", 3, "Lighthouse runs on / of the demo and of both floors; the table gives their medians")
	readme := flag.Bool("readme", false, "also write the table into README.md")
	flag.Parse()
	log.SetFlags(0)
	log.SetPrefix("bench: ")
	if err := run(*runs, *lighthouseRuns, *readme); err != nil {
		log.Fatal(err)
	}
}

func run(runs, lighthouseRuns int, readme bool) error {
	switch {
	case runs < 1:
		return errors.New("-runs must be at least 1")
	case lighthouseRuns < 1:
		return errors.New("-lighthouse-runs must be at least 1")
	case readme && runs < minRuns:
		return fmt.Errorf("the README takes medians of at least %d runs (-runs %d)", minRuns, runs)
	}
	root, err := moduleRoot()
	if err != nil {
		return err
	}
	// A browser first: if there is none, say so before the long builds.
	version, err := chromiumVersion()
	if err != nil {
		return err
	}
	work := filepath.Join(root, "out", "bench")
	if err := os.RemoveAll(work); err != nil {
		return err
	}
	log.Printf("building the demo and the floor into %s", work)
	began := time.Now()
	b, err := build(root, work)
	if err != nil {
		return err
	}
	log.Printf("built in %s", time.Since(began).Round(time.Second))
	app, err := startApp(b.server, b.appWeb, filepath.Join(work, "walletdemo.log"))
	if err != nil {
		return err
	}
	defer app.stop()
	static, err := serve(staticHost(b.static))
	if err != nil {
		return err
	}
	defer static.stop()
	floor, err := startFloor(b.floorWeb, filepath.Join(root, "cmd", "walletdemo", "worker.js"))
	if err != nil {
		return err
	}
	defer floor.stop()
	engine, err := startFloor(b.engineWeb, filepath.Join(root, "cmd", "walletdemo", "worker.js"))
	if err != nil {
		return err
	}
	defer engine.stop()
	stock, err := startStock(b.stockBin, b.stock, filepath.Join(work, "stockfloor.log"))
	if err != nil {
		return err
	}
	defer stock.stop()
	doc, err := seededDocument()
	if err != nil {
		return err
	}

	// The static export serves the same app.wasm files.
	res := results{App: result{Sizes: b.appSizes}, Static: result{Sizes: b.appSizes}, Floor: result{Sizes: b.floorSizes}, Stock: result{Sizes: b.stockSizes}, Engine: result{Sizes: b.engineSizes}}
	// The engine floor's table has no phone-like loads: it gets none. The
	// stock floor gets no offline load: go-app's own worker activates
	// before its cache is filled, so it may not have one to serve.
	sites := []struct {
		name               string
		srv                *server
		phoneLike, offline bool
		phone              string // the site behind a phone-like link
		into               *result
	}{
		{"app", app, true, true, "", &res.App},
		{"static", static, true, true, "", &res.Static},
		{"floor", floor, true, true, "", &res.Floor},
		{"stock", stock, true, false, "", &res.Stock},
		{"engine", engine, false, true, "", &res.Engine},
	}
	for i := range sites {
		if !sites[i].phoneLike {
			continue
		}
		url, stop, err := phoneLink(sites[i].srv.url)
		if err != nil {
			return err
		}
		defer stop()
		sites[i].phone = url
	}
	loadBefore := loadAverage()
	// Each run takes every site in turn, so that the machine's other work
	// spreads over all of them.
	for i := 1; i <= runs; i++ {
		for _, s := range sites {
			l, err := measure(s.srv, s.offline)
			if err != nil {
				return fmt.Errorf("%s: %w", s.name, err)
			}
			loads := map[kind]timing{cold: l.Cold, warm: l.Warm}
			if s.offline {
				loads[offline] = l.Offline
			}
			phoneLike := ""
			if s.phoneLike {
				p, err := measurePhone(s.phone)
				if err != nil {
					return fmt.Errorf("%s: %w", s.name, err)
				}
				loads[phone] = p
				phoneLike = fmt.Sprintf(", phone-like %4.0f/%5.0f", p.FCP, p.Live)
			}
			for k, t := range loads {
				s.into.add(k, t)
			}
			log.Printf("run %d/%d, %-6s FCP/live (ms): cold %4.0f/%5.0f, warm %4.0f/%5.0f, offline %4.0f/%5.0f%s",
				i, runs, s.name, l.Cold.FCP, l.Cold.Live, l.Warm.FCP, l.Warm.Live, l.Offline.FCP, l.Offline.Live, phoneLike)
		}
	}
	for _, s := range sites[:2] {
		t, err := measureTaps(s.srv.url, doc)
		if err != nil {
			return fmt.Errorf("%s: %w", s.name, err)
		}
		s.into.Taps = &t
		log.Printf("%-6s taps: PIN pad median %.0f ms, p95 %.0f ms; tab median %.0f ms, p95 %.0f ms",
			s.name, median(t.PINKey), p95(t.PINKey), median(t.Tab), p95(t.Tab))
	}
	articles, err := measureArticles(root, app.url)
	if err != nil {
		return fmt.Errorf("the article: %w", err)
	}
	// Lighthouse last: each run is a cold load of its own browser.
	for i := 1; i <= lighthouseRuns; i++ {
		for _, s := range []struct {
			name string
			srv  *server
			into *result
		}{{"app", app, &res.App}, {"floor", floor, &res.Floor}, {"stock", stock, &res.Stock}} {
			f, err := twice(func() (map[string]float64, error) {
				return lighthouse(root, s.srv.url, filepath.Join(work, fmt.Sprintf("lighthouse-%s-%d.json", s.name, i)))
			})
			if err != nil {
				return fmt.Errorf("%s: %w", s.name, err)
			}
			s.into.addLighthouse(f)
			log.Printf("lighthouse %d/%d, %-6s performance %.0f, TBT %.0f ms", i, lighthouseRuns, s.name, f["performance"], f["total blocking time"])
		}
	}
	loadAfter := loadAverage()
	log.Printf("measured in %s", time.Since(began).Round(time.Second))

	code, err := packageSizes(root, b)
	if err != nil {
		return err
	}
	table := res.table() + "\n" + res.lighthouseTable()
	code = res.engineTable() + "\n" + articles.table() + "\n" + code
	fmt.Print(table + "\n" + code)
	if !readme {
		return nil
	}
	about := fmt.Sprintf("Measured %s on %d CPUs (`nproc`), load average (`uptime`, 1 min) %s before and %s after, Chromium %s, medians of %d runs; taps: %d on each control; Lighthouse: medians of %d runs.",
		time.Now().Format("2006-01-02"), runtime.NumCPU(), loadBefore, loadAfter, version, runs, tapsEach, lighthouseRuns)
	return writeReadme(filepath.Join(root, "README.md"), table+"\n"+about+"\n\n"+code)
}

// loadAverage is the machine's load average over the last minute, as
// `uptime` gives it.
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	avg, _, _ := strings.Cut(string(b), " ")
	return avg
}

// packageSizes is the table of app.wasm's code by package, beside the
// floor's.
func packageSizes(root string, b built) (string, error) {
	list := exec.Command("go", "list", "-deps", "./cmd/walletdemo", "./bench/floor")
	list.Dir = root
	list.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := list.Output()
	if err != nil {
		return "", fmt.Errorf("go list: %w", err)
	}
	pkgs := strings.Fields(string(out))
	app, err := readCodeSizes(b.appSyms, pkgs)
	if err != nil {
		return "", err
	}
	floor, err := readCodeSizes(b.floorSyms, pkgs)
	if err != nil {
		return "", err
	}
	return sizeTable(app, floor, 15), nil
}

// writeReadme puts block between the bench markers of the README at path.
func writeReadme(path, block string) error {
	old, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	updated, err := splice(string(old), block)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return os.WriteFile(path, []byte(updated), 0o644)
}
