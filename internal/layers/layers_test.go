package layers

import (
	"go/build"
	"io/fs"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// module is the module's import path.
const module = "walletdemo"

// mayImport lists, for each package of the module, the packages of the
// module it may import (outside its tests). The commands and the bench sit
// on top; nothing imports them.
var mayImport = map[string][]string{
	"wallet":                     nil,
	"app/i18n":                   nil,
	"app/tour":                   {"wallet"},
	"app/store":                  {"wallet", "app/i18n", "app/tour"},
	"app/runner":                 {"wallet", "app/i18n", "app/tour", "app/store"},
	"app":                        {"wallet", "app/i18n", "app/tour", "app/store", "app/runner"},
	"internal/wasmdata":          nil,
	"internal/webserve":          nil,
	"internal/browser/webdriver": nil,
	"internal/browser":           {"internal/browser/webdriver"},
	"internal/tourmedia":         {"app/i18n", "app/tour"},
	"cmd/walletdemo":             {"app", "app/runner", "internal/wasmdata", "internal/webserve"},
	"cmd/tourmedia":              {"app/i18n", "app/tour", "internal/browser", "internal/tourmedia"},
	"bench/floorpage":            nil,
	"bench/floor":                {"bench/floorpage"},
	"bench/stockfloor":           {"bench/floorpage"},
	"bench":                      {"app", "wallet", "bench/floorpage", "internal/browser", "internal/wasmdata", "internal/webserve"},
	"internal/layers":            nil,
}

// contexts are the builds a package's files are chosen for: natively, and
// for the browser.
var contexts = func() []build.Context {
	native, wasm := build.Default, build.Default
	wasm.GOOS, wasm.GOARCH = "js", "wasm"
	return []build.Context{native, wasm}
}()

func TestImportsFollowTheLayers(t *testing.T) {
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	err = filepath.WalkDir(root, func(dir string, d fs.DirEntry, err error) error {
		if err != nil || !d.IsDir() {
			return err
		}
		name := d.Name()
		if dir != root && (strings.HasPrefix(name, ".") || name == "testdata" || name == "node_modules" || name == "out" || name == "web" || name == "tools" || name == "docs") {
			return filepath.SkipDir
		}
		rel, err := filepath.Rel(root, dir)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		for _, ctx := range contexts {
			p, err := ctx.ImportDir(dir, 0)
			if err != nil {
				continue // no Go files for this build
			}
			seen[rel] = true
			allowed, ok := mayImport[rel]
			if !ok {
				t.Errorf("%s: not in mayImport; give it a line saying what of the module it may import", rel)
				return nil
			}
			for _, imp := range p.Imports {
				own, ok := strings.CutPrefix(imp, module+"/")
				if ok && !slices.Contains(allowed, own) {
					t.Errorf("%s (GOOS=%s) imports %s: mayImport allows %v", rel, ctx.GOOS, own, allowed)
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for p := range mayImport {
		if !seen[p] {
			t.Errorf("mayImport lists %s, which has no Go files", p)
		}
	}
}
