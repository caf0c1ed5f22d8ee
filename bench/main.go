// Command bench compares the demo with the floor, the smallest go-app app
// (bench/floor), built and served the same way: app.wasm sizes, and first
// contentful paint and time until the app is live, cold and warm, at full
// and at a quarter CPU speed. It prints a markdown table; with -readme it
// also writes it into README.md. `make bench` runs it.
package main

import (
	"errors"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"runtime"
	"time"
)

// minRuns is the fewest runs the README's medians may come from.
const minRuns = 5

func main() {
	runs := flag.Int("runs", minRuns, "runs for each site and CPU rate, each a cold and a warm load; the table gives their medians")
	readme := flag.Bool("readme", false, "also write the table into README.md")
	flag.Parse()
	log.SetFlags(0)
	log.SetPrefix("bench: ")
	if err := run(*runs, *readme); err != nil {
		log.Fatal(err)
	}
}

func run(runs int, readme bool) error {
	switch {
	case runs < 1:
		return errors.New("-runs must be at least 1")
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
	b, err := build(root, work)
	if err != nil {
		return err
	}
	app, err := startApp(b.server, b.appWeb, filepath.Join(work, "walletdemo.log"))
	if err != nil {
		return err
	}
	defer app.stop()
	floor, err := startFloor(b.floorWeb, filepath.Join(root, "cmd", "walletdemo", "worker.js"))
	if err != nil {
		return err
	}
	defer floor.stop()

	res := results{App: result{Sizes: b.appSizes}, Floor: result{Sizes: b.floorSizes}}
	for i := 1; i <= runs; i++ {
		for _, rate := range rates {
			for _, s := range []struct {
				name string
				url  string
				into *result
			}{{"app", app.url, &res.App}, {"floor", floor.url, &res.Floor}} {
				cold, warm, err := measure(s.url, rate)
				if err != nil {
					return fmt.Errorf("%s, CPU x%d: %w", s.name, rate, err)
				}
				s.into.add(rate, cold, warm)
				log.Printf("run %d/%d, CPU x%d, %-5s  cold: FCP %4.0f ms, live %5.0f ms   warm: FCP %4.0f ms, live %5.0f ms",
					i, runs, rate, s.name, cold.FCP, cold.Live, warm.FCP, warm.Live)
			}
		}
	}

	table := res.table()
	fmt.Print(table)
	if !readme {
		return nil
	}
	about := fmt.Sprintf("Measured %s on %d CPUs (`nproc`), Chromium %s, medians of %d runs.",
		time.Now().Format("2006-01-02"), runtime.NumCPU(), version, runs)
	return writeReadme(filepath.Join(root, "README.md"), table+"\n"+about+"\n")
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
